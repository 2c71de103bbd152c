"""What a researcher with a large, messy archive met in ingest (session 11's user pass): an archive read unlike its
folder, epoch and Mongo times, paragraphs given as a list, pages naming their address only by a canonical link,
one site under several names, a dump's own record ids, a JSONL stream on stdin larger than a file read whole."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from svodka.clean import clean_document
from svodka.clean.outlets import site_of
from svodka.export import full_export
from svodka.ingest import files as ingest_files
from svodka.ingest import read_inputs
from svodka.ingest.skipped import IGNORED, Skipped
from svodka.model import IngestError, RawDocument
from tests.test_export import SCHEMA

BODY = "Мост через Тьмаку открыли после ремонта, сообщила мэрия Твери во вторник."
GOLD = json.dumps({"stories": {"a": 1}})  # an annotation file, as the sample corpus keeps beside its articles


def read(*paths: Path) -> tuple[list[RawDocument], dict[str, str], list[Skipped]]:
    """The documents, the errors by origin, and what the walk passed by."""
    skipped: list[Skipped] = []
    found = list(read_inputs([str(path) for path in paths], None, skipped))
    return ([d for d in found if isinstance(d, RawDocument)],
            {e.origin: e.reason for e in found if isinstance(e, IngestError)}, skipped)


def in_d(origin: str) -> str:
    """A file's path below the folder "d", in a folder ("…/d/a.txt") or an archive ("…!d/a.txt")."""
    return re.split(r"[/!]d/", origin)[-1]


def folder_files() -> dict[str, bytes]:
    return {
        "d/.svodkaignore": b"gold*\n# notes\nnotes/\n",
        "d/gold.json": GOLD.encode(),
        "d/a.txt": f"Мост открыли\n\n{BODY}".encode(),
        "d/notes/todo.txt": "Проверить даты.\n\nЕщё раз.".encode(),
        "d/sub/b.txt": f"Второй мост\n\n{BODY} Второй.".encode(),
        "d/.git/config": b"[core]\n",
    }


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tarred(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(f"./{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.mark.parametrize("pack", [zipped, tarred])
def test_an_archive_gives_what_its_folder_gives_extracted(tmp_path: Path, pack) -> None:
    for name, data in folder_files().items():
        (tmp_path / "folder" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "folder" / name).write_bytes(data)
    # The ignore file listed last in the archive: it still keeps out the members listed before it.
    files = dict(reversed(list(folder_files().items())))
    (tmp_path / "pack").write_bytes(pack(files))
    from_folder, folder_errors, folder_skipped = read(tmp_path / "folder")
    from_archive, archive_errors, archive_skipped = read(tmp_path / "pack")
    assert not folder_errors and not archive_errors
    names = sorted(in_d(d.origin) for d in from_archive)
    assert names == sorted(in_d(d.origin) for d in from_folder) == ["a.txt", "sub/b.txt"]
    assert sorted(in_d(s.path) for s in archive_skipped if s.why == IGNORED) == [
        "gold.json", "notes/todo.txt"] == sorted(in_d(s.path) for s in folder_skipped)


def test_an_ignore_file_in_one_folder_of_an_archive_leaves_the_other_folders_alone(tmp_path: Path) -> None:
    (tmp_path / "two.zip").write_bytes(zipped({"a/.svodkaignore": b"*.txt\n", "a/x.txt": f"X\n\n{BODY}".encode(),
                                               "b/y.txt": f"Y\n\n{BODY}".encode()}))
    documents, errors, _ = read(tmp_path / "two.zip")
    assert [d.origin.rpartition("!")[2] for d in documents] == ["b/y.txt"] and not errors


def test_an_ignore_file_named_on_its_own_is_no_article(tmp_path: Path) -> None:
    (tmp_path / ".svodkaignore").write_text("gold*\n", encoding="utf-8")
    documents, errors, _ = read(tmp_path / ".svodkaignore")
    assert not documents and "ignore file" in errors[str(tmp_path / ".svodkaignore")]


def articles_of(tmp_path: Path, *records: dict) -> list:
    """The cleaned articles of a JSONL dump of the records, in order (a rejected record is its IngestError)."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return [clean_document(d) if isinstance(d, RawDocument) else d for d in read_inputs([str(dump)])]


@pytest.mark.parametrize("given", [1573714800, "1573714800", 1573714800000, "1573714800000", 1573714800.0,
                                   {"$date": "2019-11-14T07:00:00Z"}, {"$date": 1573714800000},
                                   {"$date": {"$numberLong": "1573714800000"}}])
def test_an_epoch_or_a_mongo_date_is_a_utc_instant_with_its_time(tmp_path: Path, given) -> None:
    [article] = articles_of(tmp_path, {"title": "Мост", "text": BODY, "published": given})
    assert article.published == datetime(2019, 11, 14, 7, 0, tzinfo=UTC)
    assert article.published.utcoffset() == timedelta(0) and not article.published_day_only


def test_a_compact_date_is_no_epoch(tmp_path: Path) -> None:
    [article] = articles_of(tmp_path, {"title": "Мост", "text": BODY, "published": "20191114"})
    assert article.published is None or article.published.date() == date(2019, 11, 14)


@pytest.mark.parametrize("given", [{"when": "yesterday"}, ["2019"], True, "когда-нибудь потом"])
def test_a_published_value_that_cannot_be_read_is_said_with_its_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, given) -> None:
    with caplog.at_level(logging.WARNING, logger="svodka.ingest"):
        first, second = articles_of(tmp_path, {"title": "Мост", "text": BODY},
                                    {"title": "Мост", "text": BODY + " Ещё.", "published": given})
    assert first.published is None and second.published is None  # kept, undated
    [said] = caplog.messages
    assert said.startswith(f"{tmp_path / 'dump.jsonl'}:2: published ") and "cannot be read" in said


def test_a_text_nested_in_lists_deep_is_read_once_per_item(tmp_path: Path) -> None:
    # each level read twice would double the work per level: 60 levels would never end
    nested: object = "Мост через Тьмаку открыли после ремонта, сообщила мэрия."
    for _ in range(60):
        nested = [nested]
    [article] = articles_of(tmp_path, {"title": "Мост открыли", "text": nested})
    assert article.text == "Мост через Тьмаку открыли после ремонта, сообщила мэрия."


def test_a_text_given_as_paragraphs_keeps_them_apart(tmp_path: Path) -> None:
    paragraphs = ["Мост через Тьмаку открыли после ремонта.", "Движение по нему пустят в пятницу.",
                  "Ремонт шёл два года."]
    [article] = articles_of(tmp_path, {"title": "Мост открыли", "text": paragraphs})
    assert article.text.split("\n\n") == paragraphs


def test_a_number_for_an_outlet_is_said_and_the_url_names_the_site(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="svodka.ingest"):
        [article] = articles_of(tmp_path, {"title": "Мост", "text": BODY, "outlet": 123,
                                           "url": "https://www.tver-news.example/most"})
    assert article.outlet == "tver-news.example"
    assert caplog.messages == [f"{tmp_path / 'dump.jsonl'}:1: outlet 123 is a number, not a name; left out"]


def test_a_number_for_a_text_is_refused_as_such(tmp_path: Path) -> None:
    [refused] = articles_of(tmp_path, {"title": "Мост", "text": 5})
    assert isinstance(refused, IngestError) and "text is a number" in refused.reason


def page(head: str) -> str:
    return (f"<!doctype html><html><head><title>Мост открыли | Тверские вести</title>{head}</head><body><article>"
            f"<h1>Мост открыли</h1><p>{BODY}</p><p>Движение по мосту пустят в пятницу, добавили в мэрии.</p>"
            "</article></body></html>")


def page_article(tmp_path: Path, head: str):
    (tmp_path / "page.html").write_text(page(head), encoding="utf-8")
    [document] = read_inputs([str(tmp_path / "page.html")])
    return clean_document(document)


ADDRESS = "https://www.tver-news.example/2019/11/14/most"


@pytest.mark.parametrize("head", [
    f'<link rel="canonical" href="{ADDRESS}">',
    f'<link rel="alternate" href="https://m.other.example/x"><link rel="Canonical" href="{ADDRESS}">',
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Мост открыли", '
     f'"url": "{ADDRESS}"}}</script>'),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
     '{"@type": "WebSite", "url": "https://www.tver-news.example/"}, '
     f'{{"@type": ["NewsArticle"], "mainEntityOfPage": {{"@type": "WebPage", "@id": "{ADDRESS}"}}}}]}}</script>'),
])
def test_a_saved_page_takes_its_address_and_site_from_a_canonical_link_or_json_ld(tmp_path: Path, head: str) -> None:
    article = page_article(tmp_path, head)
    assert article.url == ADDRESS and article.outlet == "tver-news.example"


def test_a_relative_canonical_names_no_address(tmp_path: Path) -> None:
    article = page_article(tmp_path, '<link rel="canonical" href="/2019/11/14/most">')
    assert article.url is None and article.outlet != "/2019/11/14/most"


def test_a_json_ld_publisher_named_by_reference_is_the_outlet(tmp_path: Path) -> None:
    article = page_article(tmp_path, '<script type="application/ld+json">{"@graph": ['
                           '{"@type": "NewsMediaOrganization", "@id": "#org", "name": "Тверские вести"}, '
                           '{"@type": "NewsArticle", "publisher": {"@id": "#org"}, '
                           '"author": [{"@type": "Person", "name": "Анна Петрова"}]}]}</script>')
    assert article.outlet == "Тверские вести" and article.author == "Анна Петрова"


WIRE_TEXT = ("ANKARA (Reuters) - Turkey said on Wednesday it had sent back a number of foreign fighters held in its "
             "prisons, and more would follow in the coming days, officials said.")


def test_one_site_comes_out_under_one_name_however_the_records_name_it(tmp_path: Path) -> None:
    articles = articles_of(
        tmp_path,
        {"title": "Turkey sends back fighters", "text": WIRE_TEXT, "url": "https://www.reuters.com/article/a1"},
        {"title": "Turkey sends back fighters 2", "text": WIRE_TEXT + " Two.", "url": "https://reuters.com/a2"},
        {"title": "Turkey sends back fighters 3", "text": WIRE_TEXT + " Three.", "outlet": "www.reuters.com"},
        {"title": "Turkey sends back fighters 4", "text": WIRE_TEXT + " Four.", "url": "https://m.reuters.com/a4"},
        {"title": "Turkey sends back fighters 5", "text": WIRE_TEXT + " Five.", "url": "https://amp.reuters.com/a5"},
        {"title": "Turkey sends back fighters 6", "text": WIRE_TEXT + " Six.", "outlet": "https://www.reuters.com/"},
    )
    assert {article.outlet for article in articles} == {"reuters.com"}


def test_a_given_name_is_kept_and_a_credit_names_the_outlet_only_without_an_address(tmp_path: Path) -> None:
    named, credited = articles_of(
        tmp_path, {"title": "Мост", "text": BODY, "outlet": "Тверские вести", "url": "https://www.tver.example/1"},
        {"title": "Turkey sends back fighters", "text": WIRE_TEXT})
    assert named.outlet == "Тверские вести" and credited.outlet == "Reuters"


def feed_articles(tmp_path: Path, feed: str) -> list[str | None]:
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    return [clean_document(d).outlet for d in read_inputs([str(tmp_path / "feed.xml")])]


def rss_item(link: str, number: int, source: str = "") -> str:
    return (f"<item><title>Мост {number}</title><link>{link}</link>{source}"
            f"<description>{BODY} Номер {number}.</description></item>")


def test_an_aggregator_feed_names_each_item_by_its_site(tmp_path: Path) -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Сводка региона</title>'
            "<link>https://www.svodka-region.example/</link>"
            + rss_item("https://svodka-region.example/own/1", 1)
            + rss_item("https://news.svodka-region.example/own/2", 2)
            + rss_item("https://www.tver.example/most", 3)
            + rss_item("https://other.example/x", 4, '<source url="https://other.example/rss">Другие вести</source>')
            + "</channel></rss>")
    assert feed_articles(tmp_path, feed) == ["Сводка региона", "Сводка региона", "tver.example", "Другие вести"]


def test_a_feed_without_its_own_link_is_an_aggregator_when_its_items_are_on_several_sites(tmp_path: Path) -> None:
    def atom(*links: str) -> str:
        entries = "".join(f'<entry><title>Мост {n}</title><link href="{link}"/><id>urn:{n}</id>'
                          f"<content>{BODY} Номер {n}.</content></entry>" for n, link in enumerate(links))
        return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Смесь</title>' \
               f"<id>urn:feed</id>{entries}</feed>"
    assert feed_articles(tmp_path, atom("https://a.example/1", "https://www.b.example/2")) == ["a.example", "b.example"]
    assert feed_articles(tmp_path, atom("https://a.example/1", "https://a.example/2")) == ["Смесь", "Смесь"]


def test_a_records_own_id_is_kept_through_the_store_to_the_export(engine, store, tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "rec-7", "title": "Мост открыли", "text": BODY},
        {"guid": 1042, "title": "Мост открыли снова", "text": BODY + " Снова."},
        {"title": "Без номера", "text": BODY + " Без номера."},
    )) + "\n", encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    assert sorted((a["source_id"] or "") for a in export["articles"]) == ["", "1042", "rec-7"]


def test_a_jsonl_stream_on_stdin_larger_than_a_file_read_whole_is_read_line_by_line(
        monkeypatch: pytest.MonkeyPatch, read_stdin) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 3000)
    lines = [json.dumps({"id": f"r{n}", "title": f"Мост {n}", "text": f"{BODY} Номер {n}."}, ensure_ascii=False)
             for n in range(1, 61)]
    data = ("\n".join(lines) + "\n").encode()
    assert len(data) > 3 * 3000
    found = read_stdin(data)
    assert [d.origin for d in found] == [f"<stdin>:{n}" for n in range(1, 61)]
    assert all(isinstance(d, RawDocument) for d in found) and found[59].hints["id"] == "r60"


@pytest.mark.parametrize(("console", "status"), [("svodka.cli:HEAD_READ_OUT", 0), ("rich.console:Console()", 1)])
def test_a_listing_read_only_in_part_ends_quietly(console: str, status: int) -> None:
    """`svodka search … | head`: the reader closing the pipe early is a finished job (rich's own console exits 1)."""
    module, _, name = console.partition(":")
    script = f"import {module} as m, sys\nout = m.{name}\nfor n in range(20000):\n    out.print('x' * 80)\n"
    shell = f'"{sys.executable}" -c "$0" | head -1 >/dev/null; exit "${{PIPESTATUS[0]}}"'
    pipeline = subprocess.run(["bash", "-c", shell, script], capture_output=True, text=True, check=False,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}, timeout=60)
    assert (pipeline.returncode, pipeline.stderr) == (status, "")


@pytest.mark.parametrize(("address", "site"), [
    ("https://www.reuters.com/article/x", "reuters.com"), ("https://m.lenta.ru/news/1", "lenta.ru"),
    ("https://amp.rbc.ru/a", "rbc.ru"), ("https://ru.reuters.com/a", "ru.reuters.com"), ("https://m.ru/", "m.ru"),
    ("news/1", None), ("/news/1", None), ("https://[broken", None)])
def test_a_site_is_named_by_its_host_without_a_screens_prefix(address: str, site: str | None) -> None:
    assert site_of(address) == site
