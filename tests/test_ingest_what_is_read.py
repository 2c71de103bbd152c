"""What ingest reads and what it leaves: a crawler's large or untidy dump, a saved page's assets, an empty body.

Each case is one a new user met on a first afternoon (session 10's user pass)."""

from __future__ import annotations

import io
import json
import os
import tarfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.clean import clean_document
from svodka.cli import app
from svodka.engine import NOTHING_LEFT, TITLE_ALONE, understand
from svodka.ingest import files as ingest_files
from svodka.ingest import archives, read_inputs
from svodka.ingest.skipped import FOLDER_NOTE, IGNORED, Skipped, skipped_summary
from svodka.ingest.stream import line_documents
from svodka.model import IngestError, RawDocument
from svodka.nlp import NlpModels

BODY = "Мост через Тьмаку открыли после ремонта, сообщила мэрия Твери во вторник."


def record(number: int, text: str = BODY) -> str:
    return json.dumps({"title": f"Статья {number}", "text": f"{text} Номер {number}.", "url": f"https://t.example/{number}"},
                      ensure_ascii=False)


def read(*paths: Path) -> tuple[list[RawDocument], dict[str, str]]:
    """The documents, and the errors by origin."""
    found = list(read_inputs([str(path) for path in paths]))
    return ([d for d in found if isinstance(d, RawDocument)],
            {e.origin: e.reason for e in found if isinstance(e, IngestError)})


def test_a_jsonl_dump_larger_than_a_file_read_whole_is_read_line_by_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 3000)
    lines = [record(n) for n in range(1, 41)]
    lines[6] = record(7, BODY * 40)  # one record over the limit: that record alone is refused
    dump = tmp_path / "day.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert dump.stat().st_size > 3 * 3000
    documents, errors = read(dump)
    assert len(documents) == 39 and documents[0].hints["url"] == "https://t.example/1"
    assert list(errors) == [f"{dump}:7"] and "longer than 3000 bytes" in errors[f"{dump}:7"]


def test_a_streamed_dump_gives_the_ids_a_dump_read_whole_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An article already stored from a small dump is not stored again when the dump has grown past the limit."""
    dump = tmp_path / "day.jsonl"
    dump.write_text("\r\n".join(record(n) for n in range(1, 6)) + "\r\n", encoding="utf-8")
    whole = [d.id for d in ingest_files.read_bytes(str(dump), dump.read_bytes())]
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 300)
    documents, errors = read(dump)
    assert errors == {} and [d.id for d in documents] == whole


# Short lines are what a code page is hard to tell from alone (this cp1251 «Явка» line reads as mac_cyrillic).
CYRILLIC_RECORDS = [{"title": "Мост", "text": "Цены на бензин"}, {"title": "Выборы", "text": "Явка составила 45%."},
                    *({"title": f"Статья {n}", "text": f"{BODY} Номер {n}."} for n in range(700))]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8-sig"])
def test_a_dump_in_any_encoding_streamed_gives_the_texts_and_ids_of_a_whole_read(tmp_path: Path, encoding: str) -> None:
    """Found once from the file's start, as a whole read does: not guessed a line at a time, nor stored twice."""
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in CYRILLIC_RECORDS).encode(encoding)
    assert len(data) > ingest_files.HEAD_BYTES  # lines past the head too
    dump = tmp_path / "day.jsonl"
    dump.write_bytes(data)
    documents, errors = read(dump)
    whole = list(ingest_files.read_bytes(str(dump), data))
    assert errors == {} and [d.text for d in documents] == [r["text"] for r in CYRILLIC_RECORDS]
    assert [d.hints["title"] for d in documents[:2]] == ["Мост", "Выборы"]
    assert [(d.id, d.text, d.encoding) for d in documents] == [(d.id, d.text, d.encoding) for d in whole]


def test_a_utf8_dump_with_a_line_in_a_code_page_has_that_line_read_in_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_files, "HEAD_BYTES", 300)  # the first line alone: UTF-8
    dump = tmp_path / "day.jsonl"
    dump.write_bytes(record(1).encode() + b"\n" + record(2, "Цены на бензин выросли за неделю.").encode("cp1251"))
    documents, errors = read(dump)
    assert errors == {} and [d.encoding for d in documents] == ["utf-8", "cp1251"]
    assert documents[1].text.startswith("Цены на бензин")


def test_a_dump_from_a_pipe_is_read_as_from_its_file(tmp_path: Path) -> None:
    """`svodka run <(zcat dump.jsonl.gz)`: a FIFO, read without seeking back; a page through one is read whole."""
    dump, page = tmp_path / "day.jsonl", tmp_path / "page.html"
    dump.write_bytes("\n".join(json.dumps(r, ensure_ascii=False) for r in CYRILLIC_RECORDS).encode("cp1251"))
    page.write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    for source in (dump, page):
        fifo = tmp_path / "fifo"  # named like neither
        os.mkfifo(fifo)
        writer = threading.Thread(target=fifo.write_bytes, args=(source.read_bytes(),))
        writer.start()
        documents, errors = read(fifo)
        writer.join()
        fifo.unlink()
        assert errors == {} and [d.id for d in documents] == [d.id for d in read(source)[0]]


def test_a_large_dump_whose_first_record_passes_the_head_is_read_line_by_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not named .jsonl, its first line runs past the bytes looked at first: it starts an object, so a dump."""
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 3000)
    monkeypatch.setattr(ingest_files, "HEAD_BYTES", 200)
    dump = tmp_path / "crawl.json"
    dump.write_text("\n".join(record(n, BODY * 2) for n in range(1, 20)) + "\n", encoding="utf-8")
    documents, errors = read(dump)
    assert errors == {} and len(documents) == 19
    listing = tmp_path / "listing.json"  # one document over the bound, pretty-printed: still refused whole
    listing.write_text(json.dumps({"articles": [json.loads(record(n)) for n in range(20)]}, indent=1), encoding="utf-8")
    assert "too large to read whole" in read(listing)[1][str(listing)]


@pytest.mark.parametrize("grows", [True, False])
def test_an_unfinished_last_line_is_left_unread_while_its_file_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, grows: bool) -> None:
    """A crawler still writing: its half-written line is read whole next run. A finished file's broken one is named."""
    dump = tmp_path / "day.jsonl"
    dump.write_text(record(1) + "\n" + '{"title": "Статья 2", "text": "Мост', encoding="utf-8")
    lines = ingest_files.line_documents

    def written_meanwhile(*args: object, **kwargs: object) -> Iterator[RawDocument | IngestError]:
        for item in lines(*args, **kwargs):
            yield item
            if grows:
                with dump.open("a", encoding="utf-8") as out:
                    out.write(" через Тьмаку")
    monkeypatch.setattr(ingest_files, "line_documents", written_meanwhile)
    documents, errors = read(dump)
    assert len(documents) == 1
    assert list(errors) == ([] if grows else [f"{dump}:2"])


def test_an_overlong_line_is_named_with_its_bound_in_mb(tmp_path: Path) -> None:
    dump = tmp_path / "day.jsonl"
    dump.write_bytes(record(1, "x" * (2**20 + 10)).encode() + b"\n" + record(2).encode())
    with dump.open("rb") as stream:
        found = list(line_documents(stream.fileno(), "day.jsonl", max_line=2**20))
    assert found[0] == IngestError("day.jsonl:1", "line longer than 1 MB: skipped") and found[1].hints["title"] == "Статья 2"


def test_a_large_dump_with_a_stray_line_among_its_first_is_still_read_line_by_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 1000)
    dump = tmp_path / "crawl.txt"  # neither its name nor all of its first lines say JSONL
    dump.write_text("\n".join([record(1), "<html>502 Bad Gateway</html>", *(record(n) for n in range(3, 20))]),
                    encoding="utf-8")
    documents, errors = read(dump)
    assert len(documents) == 18
    assert errors == {f"{dump}:2": "not a JSON object: '<html>502 Bad Gateway</html>'"}


def test_a_large_file_read_whole_is_refused_saying_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 1000)
    page = tmp_path / "page.html"
    page.write_text("<html><body>" + f"<p>{BODY}</p>" * 40 + "</body></html>", encoding="utf-8")
    documents, errors = read(page)
    assert documents == [] and "too large to read whole" in errors[str(page)] and "JSONL" in errors[str(page)]


def test_a_member_too_large_for_an_archive_is_refused_saying_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archives, "MAX_MEMBER_BYTES", 1000)
    path = tmp_path / "dump.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("day.jsonl", "\n".join(record(n) for n in range(1, 30)))
        archive.writestr("one.txt", "Мост открыт\n\n" + BODY)
    documents, errors = read(path)
    assert [d.origin for d in documents] == [f"{path}!one.txt"]
    assert "unpack it" in errors[f"{path}!day.jsonl"]


@pytest.mark.parametrize("name", ["news.json", "news.jsonl"])
def test_a_line_that_is_no_object_is_refused_by_its_line_and_the_others_kept(tmp_path: Path, name: str) -> None:
    dump = tmp_path / name
    dump.write_text("\n".join([record(1), "[1, 2, 3]", "<html>502 Bad Gateway</html>", record(4), record(5)]),
                    encoding="utf-8")
    documents, errors = read(dump)
    assert [d.hints["title"] for d in documents] == ["Статья 1", "Статья 4", "Статья 5"]
    assert set(errors) == {f"{dump}:2", f"{dump}:3"}
    assert all(reason.startswith("not a JSON object") for reason in errors.values())


def test_one_broken_json_document_is_still_corrupt_json_said_once(tmp_path: Path) -> None:
    broken = tmp_path / "dump.json"
    broken.write_text('[\n  {"title": "Мост", "text": "Мост открыли.},\n  {"title": "Парк"}\n]', encoding="utf-8")
    line = tmp_path / "feed.jsonl"
    line.write_text(record(1) + '\n{"title": "oops\n', encoding="utf-8")
    _, errors = read(broken, line)
    assert errors[str(broken)].startswith("corrupt JSON: ") and "line 2" in errors[str(broken)]
    assert errors[f"{line}:2"] == "corrupt JSON line: Unterminated string starting at column 11"
    assert not any(" at at " in reason for reason in errors.values())


def saved_page(folder: Path) -> Path:
    """A browser's "Save page as" folder, with a table and a README beside it."""
    assets = folder / "page_files"
    assets.mkdir(parents=True)
    (folder / "page.html").write_text(f"<html><head><title>Мост открыт</title></head><body><article><h1>Мост открыт</h1>"
                                      f"<p>{BODY}</p></article></body></html>", encoding="utf-8")
    (assets / "app.js").write_text("var menu = ['Главная', 'Новости'];", encoding="utf-8")
    (assets / "style.css").write_text("body { font-family: serif; }", encoding="utf-8")
    (assets / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>', encoding="utf-8")
    (folder / "notes.csv").write_text("date,outlet,title\n2026-03-05,ТАСС,Мост открыт\n", encoding="utf-8")
    (folder / "README.md").write_text("# Загрузки\n\nСтраницы, сохранённые для проверки.", encoding="utf-8")
    return folder


def test_a_saved_pages_assets_and_notes_are_passed_by_in_a_folder(tmp_path: Path) -> None:
    documents, errors = read(saved_page(tmp_path / "saved"))
    assert [Path(d.origin).name for d in documents] == ["page.html"] and errors == {}


def test_a_non_article_named_on_its_own_is_refused_by_its_kind(tmp_path: Path) -> None:
    folder = saved_page(tmp_path / "saved")
    style, table, readme = folder / "page_files" / "style.css", folder / "notes.csv", folder / "README.md"
    documents, errors = read(style, table, readme)
    assert errors[str(style)] == "not an article: a stylesheet" and errors[str(table)].startswith("not an article: a table")
    assert [Path(d.origin).name for d in documents] == ["README.md"]  # named, a note is read: the user asked for it


def test_an_archives_assets_are_passed_by(tmp_path: Path) -> None:
    path = tmp_path / "page.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("page/news.txt", "Мост открыт\n\n" + BODY)
        archive.writestr("page/files/app.js", "var x = 1;")
        archive.writestr("page/files/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    documents, errors = read(path)
    assert [d.origin for d in documents] == [f"{path}!page/news.txt"] and errors == {}


def test_a_record_whose_text_is_blank_has_no_text(tmp_path: Path) -> None:
    dump = tmp_path / "dump.json"
    dump.write_text(json.dumps([{"title": "Только заголовок", "text": "   "},
                                {"title": "Мост", "text": " ", "body": BODY}], ensure_ascii=False), encoding="utf-8")
    documents, errors = read(dump)
    assert "has no text" in errors[f"{dump}:1"]
    assert [d.text for d in documents] == [BODY]


def test_a_page_whose_body_cleans_to_nothing_is_not_an_article(models: NlpModels) -> None:
    nav = RawDocument(origin="nav.html", raw=b"nav", format="html",
                      text='<html><body><div class="nav"><a href="/">Home</a></div></body></html>')
    assert understand(nav, models, None) == NOTHING_LEFT


def test_a_title_alone_is_no_article_but_a_pasted_one_line_flash_is(models: NlpModels) -> None:
    record_title = RawDocument(origin="dump.json:1", raw=b"1", format="text", text="Фото: ТАСС",
                               hints={"title": "Мост открыт"})
    flash = RawDocument(origin="flash.txt", raw=b"2", format="text", text="Путин прибыл в Минск")
    assert understand(record_title, models, None) == NOTHING_LEFT
    article, _ = understand(flash, models, None)
    assert article.title == "Путин прибыл в Минск"


def test_a_one_line_file_that_tells_of_no_event_is_a_title_alone(models: NlpModels) -> None:
    """A flash names who or where, or gives a figure or a date; a headline saved alone names nothing to place it by."""
    headline = RawDocument(origin="broken/title_only.txt", raw=b"3", format="text", text="Просто заголовок\n")
    figure = RawDocument(origin="rate.txt", raw=b"4", format="text", text="Курс доллара превысил 90 рублей")
    assert understand(headline, models, None) == TITLE_ALONE
    assert understand(figure, models, None)[0].title == "Курс доллара превысил 90 рублей"


def test_a_feed_entry_with_a_short_description_keeps_it_as_its_text(tmp_path: Path, models: NlpModels) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента Перми</title>'
                    "<item><title>Мост открыт</title><link>https://perm.example/1</link>"
                    "<description>Мост открыли.</description></item></channel></rss>", encoding="utf-8")
    [entry], _ = read(feed)
    article, _ = understand(entry, models, None)
    assert (article.title, article.text) == ("Мост открыт", "Мост открыли.")


def test_a_feed_entry_is_named_under_its_feed_and_a_bad_date_leaves_the_text_to_date_it(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента Перми</title>'
                    "<item><title>Пустая</title><link>https://perm.example/2</link></item>"
                    "<item><title>Новый парк</title><link>https://perm.example/3</link><pubDate>not a date</pubDate>"
                    "<description>&lt;p&gt;04.03.2026 12:40&lt;/p&gt;&lt;p&gt;В Перми открыли новый парк на "
                    "набережной Камы.&lt;/p&gt;</description></item></channel></rss>", encoding="utf-8")
    [entry], errors = read(feed)
    assert "no text" in errors[f"{feed}: entry 1 (https://perm.example/2)"]
    article = clean_document(entry, None)
    assert entry.origin == "https://perm.example/3" and article.published.isoformat() == "2026-03-04T12:40:00"


def test_a_run_of_only_mistyped_paths_makes_no_store(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["run", str(tmp_path / "nwes"), "--db", str(db)])
    assert result.exit_code == 2 and "no such file or folder" in result.output and not db.exists()


def test_a_folder_walk_counts_what_it_skips_and_why(tmp_path: Path) -> None:
    folder = saved_page(tmp_path / "saved")
    (folder / "page_files" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / "annotations.txt").write_text("Разметка для проверки.", encoding="utf-8")
    (folder / ".svodkaignore").write_text("annotations.txt\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Скрытый файл.", encoding="utf-8")
    skipped: list[Skipped] = []
    documents = [d for d in read_inputs([str(folder)], skipped=skipped) if isinstance(d, RawDocument)]
    assert [Path(d.origin).name for d in documents] == ["page.html"]
    why = {Path(item.path).name: item.why for item in skipped}
    assert why == {"app.js": "script", "style.css": "stylesheet", "logo.svg": "image", "photo.jpg": "image",
                   "notes.csv": "table", "README.md": FOLDER_NOTE, "annotations.txt": IGNORED}
    assert skipped_summary(skipped) == ("7 files skipped: not articles (2 images, 1 folder note, 1 script, "
                                        "1 stylesheet, 1 table), 1 listed in .svodkaignore")


def test_an_archives_skipped_members_are_counted_by_their_place_in_it(tmp_path: Path) -> None:
    path = tmp_path / "page.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("page/news.txt", "Мост открыт\n\n" + BODY)
        archive.writestr("page/files/app.js", "var x = 1;")
    skipped: list[Skipped] = []
    assert len([d for d in read_inputs([str(path)], skipped=skipped) if isinstance(d, RawDocument)]) == 1
    assert skipped == [Skipped(f"{path}!page/files/app.js", "script")]
    assert skipped_summary(skipped) == "1 file skipped: not articles (1 script)"


def test_a_linked_folder_is_said_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "news.txt").write_text("Мост открыт\n\n" + BODY, encoding="utf-8")
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)
    skipped: list[Skipped] = []
    assert list(read_inputs([str(folder)], skipped=skipped)) == []
    assert skipped_summary(skipped) == "1 linked folder not followed" and skipped[0].path == str(folder / "linked")


def test_nothing_skipped_says_nothing() -> None:
    assert skipped_summary([]) == ""


def test_a_run_prints_the_count_of_skipped_files_and_names_them_only_when_verbose(tmp_path: Path) -> None:
    folder = tmp_path / "assets"
    folder.mkdir()
    for name in ("a.png", "b.png", "app.js"):
        (folder / name).write_bytes(b"\x00\x01")
    quiet = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "a.db"), "--quiet"])
    assert "3 files skipped: not articles (2 images, 1 script)" in quiet.output
    assert "a.png" not in quiet.output
    verbose = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "b.db"), "--quiet", "--verbose"])
    assert f"skipped {folder / 'a.png'}: image" in verbose.output and "3 files skipped" in verbose.output


def test_a_file_whose_name_is_not_utf8_is_read_and_named_readably(tmp_path: Path) -> None:
    name = "Мост.txt".encode("cp1251")  # an old Windows export's name, kept as its bytes
    try:
        with open(os.path.join(os.fsencode(tmp_path), name), "wb") as file:
            file.write(("Мост открыт\n\n" + BODY).encode("utf-8"))
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    [document] = read_inputs([str(tmp_path)])
    assert isinstance(document, RawDocument) and document.text.endswith(BODY)
    assert document.origin.encode("utf-8").endswith(b".txt") and "\ufffd" in document.origin


def test_a_run_stores_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    try:
        with open(os.path.join(os.fsencode(folder), "Мост.txt".encode("cp1251")), "wb") as file:
            file.write(("Мост открыт\n\n" + BODY).encode("utf-8"))
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    result = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "s.db"), "--quiet"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "1 new" in result.output


def test_a_link_in_a_loop_is_named_and_the_folder_s_other_files_read(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text("Мост открыт\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    documents, errors = read(tmp_path)
    assert [Path(d.origin).name for d in documents] == ["news.txt"]
    assert set(errors) == {str(tmp_path / "a.txt"), str(tmp_path / "b.txt")}
    assert all("symbolic links" in reason for reason in errors.values())


def test_a_folder_that_cannot_be_listed_is_named_and_the_rest_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news.txt").write_text("Мост открыт\n\n" + BODY, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "other.txt").write_text("Мост закрыт\n\n" + BODY, encoding="utf-8")
    listing = os.scandir

    def scandir(path: str) -> Iterator[os.DirEntry]:  # what a folder without the read permission does (root reads all)
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, errors = read(tmp_path)
    assert [Path(d.origin).name for d in documents] == ["news.txt"]
    assert errors == {str(locked): "cannot read the folder: Permission denied"}


def test_an_archive_member_whose_name_is_not_utf8_is_read_and_named_readably() -> None:
    data = ("Мост открыт\n\n" + BODY).encode("utf-8")
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w", format=tarfile.GNU_FORMAT, errors="surrogateescape") as archive:
        member = tarfile.TarInfo("Мост.txt".encode("cp1251").decode("utf-8", "surrogateescape"))
        member.size = len(data)
        archive.addfile(member, io.BytesIO(data))
    [document] = ingest_files.read_bytes("news.tar", packed.getvalue())
    assert isinstance(document, RawDocument) and document.origin.startswith("news.tar!")
    assert "\ufffd" in document.origin and document.origin.encode("utf-8")  # a store takes it: no lone surrogate


@pytest.mark.parametrize("pattern", ["drafts/", "drafts", "d*/"])
def test_an_ignore_pattern_naming_a_folder_covers_every_file_below_it(tmp_path: Path, pattern: str) -> None:
    (tmp_path / "news.txt").write_text("Мост открыт\n\n" + BODY, encoding="utf-8")
    (tmp_path / "drafts" / "old").mkdir(parents=True)
    (tmp_path / "drafts" / "a.txt").write_text("Черновик\n\n" + BODY + " Черновик.", encoding="utf-8")
    (tmp_path / "drafts" / "old" / "b.txt").write_text("Черновик\n\n" + BODY + " Старый.", encoding="utf-8")
    (tmp_path / "drafts.txt").write_text("Список\n\n" + BODY + " Список.", encoding="utf-8")
    (tmp_path / ".svodkaignore").write_text(pattern + "\n", encoding="utf-8")
    skipped: list[Skipped] = []
    documents = [d for d in read_inputs([str(tmp_path)], skipped=skipped) if isinstance(d, RawDocument)]
    assert sorted(Path(d.origin).name for d in documents) == ["drafts.txt", "news.txt"]
    assert skipped_summary(skipped) == "2 files skipped: 2 listed in .svodkaignore"
