"""Ingest of containers and encodings: archives, feeds, mapped dumps, corrupt bytes."""

from __future__ import annotations

import io
import json
import stat
import tarfile
import zipfile
from pathlib import Path

import pytest

from svodka.clean import clean_document
from svodka.ingest import parse_field_map, read_inputs
from svodka.ingest.decode import UndecodableError, decode_bytes
from svodka.model import IngestError, RawDocument
from tests.conftest import TODAY

ARTICLE = "Мост в Твери открыт\n\nПешеходный мост через Тьмаку открыли после ремонта. Работы заняли два года.\n"


def read(path: Path, field_map: dict[str, str] | None = None) -> tuple[list[RawDocument], dict[str, str]]:
    found = list(read_inputs([str(path)], field_map))
    errors = {e.origin.removeprefix(str(path)): e.reason for e in found if isinstance(e, IngestError)}
    return [d for d in found if isinstance(d, RawDocument)], errors


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def test_zip_members_are_read_and_bad_members_named(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "news.zip", [
        ("a/one.txt", ARTICLE.encode("cp1251")),
        ("a/two.txt", ARTICLE.replace("Твери", "Пскове").encode()),
        ("../../etc/evil.txt", ARTICLE.encode()),
        ("a/picture.bin", bytes(range(256)) * 8),
    ])
    documents, errors = read(archive)
    assert sorted(d.origin.removeprefix(str(archive)) for d in documents) == ["!a/one.txt", "!a/two.txt"]
    assert "Тьмаку" in documents[0].text
    assert "escapes" in errors["!../../etc/evil.txt"]
    assert "binary" in errors["!a/picture.bin"]


def test_a_zip_bomb_member_is_refused_without_being_unpacked(tmp_path: Path) -> None:
    archive = write_zip(tmp_path / "bomb.zip", [("zeros.txt", b"0" * (30 * 2**20)), ("ok.txt", ARTICLE.encode())])
    documents, errors = read(archive)
    assert [d.origin.removeprefix(str(archive)) for d in documents] == ["!ok.txt"]
    assert "refused" in errors["!zeros.txt"]


def test_a_short_file_of_one_repeated_letter_is_no_zip_bomb(tmp_path: Path) -> None:
    """5 KB of one letter compresses ~200x, past the ratio bombs are known by, but inflates to nothing dangerous: it
    is read as the same file on disk is."""
    archive = write_zip(tmp_path / "small.zip", [("letters.txt", b"D" * 5000)])
    documents, errors = read(archive)
    assert errors == {} and [d.origin.removeprefix(str(archive)) for d in documents] == ["!letters.txt"]


def test_zip_links_and_devices_are_refused_as_tar_ones_are(tmp_path: Path) -> None:
    """`zip -y` stores a symlink as a member whose bytes are its target's path; the Unix mode in the high bits of
    external_attr says it is a link (a zip from Windows has no mode and is read as files)."""
    path = tmp_path / "links.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("dump/article.txt", ARTICLE.encode())
        for name, mode, data in (("dump/passwd", stat.S_IFLNK | 0o777, b"/etc/passwd"),
                                 ("dump/up", stat.S_IFLNK | 0o777, b".."), ("dump/fifo", stat.S_IFIFO | 0o644, b""),
                                 ("dump/windows.txt", 0, ARTICLE.encode())):
            info = zipfile.ZipInfo(name)
            info.external_attr = mode << 16
            archive.writestr(info, data)
    documents, errors = read(path)
    assert sorted(d.origin.removeprefix(str(path)) for d in documents) == ["!dump/article.txt", "!dump/windows.txt"]
    assert {name: "not a regular file" in reason for name, reason in errors.items()} == {
        "!dump/passwd": True, "!dump/up": True, "!dump/fifo": True}


def test_tar_gz_members_are_read_and_links_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = ARTICLE.encode("koi8_r")
        info = tarfile.TarInfo("dump/article.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("dump/passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
    path = tmp_path / "dump.tar.gz"
    path.write_bytes(buffer.getvalue())
    documents, errors = read(path)
    assert [d.origin.removeprefix(str(path)) for d in documents] == ["!dump/article.txt"]
    assert "Пешеходный мост" in documents[0].text
    assert "not a regular file" in errors["!dump/passwd"]


def test_a_corrupt_archive_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cut.zip"
    path.write_bytes(write_zip(tmp_path / "whole.zip", [("a.txt", ARTICLE.encode() * 50)]).read_bytes()[:60])
    documents, errors = read(path)
    assert documents == [] and "corrupt" in errors[""]


def test_a_corrupt_lzma_member_is_named_and_its_neighbours_read(tmp_path: Path) -> None:
    path = tmp_path / "news.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_LZMA) as archive:
        archive.writestr("bad.txt", ARTICLE.encode() * 20)
        archive.writestr("good.txt", ARTICLE.encode())
    raw = bytearray(path.read_bytes())
    start = raw.index(b"bad.txt") + len("bad.txt") + 20  # inside the first member's compressed data
    raw[start:start + 30] = bytes(b ^ 0x55 for b in raw[start:start + 30])
    path.write_bytes(bytes(raw))
    documents, errors = read(path)
    assert [d.origin.removeprefix(str(path)) for d in documents] == ["!good.txt"]
    assert "corrupt" in errors["!bad.txt"]


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Верхневолжский вестник</title><id>urn:f</id>
<updated>2026-03-14T00:00:00Z</updated>
<entry><title>Мост открыт</title><link href="https://vv.example/most"/><id>urn:1</id>
<published>2026-03-14T12:10:00+03:00</published><author><name>Илья Громов</name></author>
<content type="html">&lt;p&gt;Пешеходный мост через Тьмаку открыли после ремонта.&lt;/p&gt;</content></entry>
</feed>"""


def test_atom_entries_carry_title_time_author_and_outlet(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [document], errors = read(path)
    article = clean_document(document, TODAY)
    assert errors == {}
    assert (article.title, article.outlet, article.author) == ("Мост открыт", "Верхневолжский вестник", "Илья Громов")
    assert article.published.isoformat() == "2026-03-14T12:10:00+03:00"
    assert "Тьмаку" in article.text


def test_a_broken_feed_keeps_its_good_entries_and_names_the_bad(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента Юга</title>'
        "<item><title>Экспорт зерна вырос</title><link>https://yug.example/1</link>"
        "<pubDate>Thu, 18 Dec 2025 10:00:00 +0300</pubDate><description>Ростовская область продала больше зерна.</description></item>"
        "<item><title>Пустая</title><link>https://yug.example/2</link><description></description></item>"
        "<item><title>Оборванная</title><link>https://yug.example/3</link><descr"
    )
    path = tmp_path / "feed.xml"
    path.write_bytes(feed.encode("cp1251"))
    documents, errors = read(path)
    assert documents[0].hints["title"] == "Экспорт зерна вырос"
    assert "зерна" in documents[0].text
    assert "malformed" in errors[""]
    assert "no text" in errors[": entry 2 (https://yug.example/2)"]  # named under its feed, then by its link


def test_a_feed_whose_text_is_a_file_name_is_not_read_from_that_file(tmp_path: Path) -> None:
    elsewhere = tmp_path / "secret<rss"
    elsewhere.write_text(ATOM, encoding="utf-8")
    pointer = tmp_path / "pointer.xml"
    pointer.write_text(str(elsewhere), encoding="utf-8")
    documents, errors = read(pointer)
    assert documents == []
    assert "no readable entries" in errors[""]


def test_a_field_map_reads_a_dump_with_its_own_keys(tmp_path: Path) -> None:
    record = {"hdr": {"main": "Мост открыт"}, "story_text": "Мост через Тьмаку открыли.", "brand": "Вестник", "ts": "2026-03-14"}
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(record | {"brand": "Другой"}), encoding="utf-8")
    field_map = parse_field_map("title=hdr.main, text=story_text, outlet=brand, published=ts")
    documents, errors = read(path, field_map)
    article = clean_document(documents[0], TODAY)
    assert errors == {}
    assert (article.title, article.outlet, article.published.date().isoformat()) == ("Мост открыт", "Вестник", "2026-03-14")
    _, unmapped = read(path)
    assert "no text" in unmapped[":1"]


@pytest.mark.parametrize("spec", ["text", "colour=red", "title="])
def test_a_bad_field_map_is_a_clear_error(spec: str) -> None:
    with pytest.raises(ValueError, match="field map|unknown field"):
        parse_field_map(spec)


def test_utf16_without_bom_and_latin_cp1252_decode() -> None:
    russian = "Губернатор открыл мост через Тьмаку."
    assert decode_bytes(russian.encode("utf-16-le")) == (russian, "utf-16-le")
    assert decode_bytes(russian.encode("utf-16-be")) == (russian, "utf-16-be")
    english = "Café owners in Sochi dropped crème brûlée from the menu. " * 3
    assert decode_bytes(english.encode("cp1252"))[0] == english


def test_corrupt_utf8_is_reported_not_mangled() -> None:
    raw = "Губернатор открыл мост через Тьмаку. ".encode() * 5
    with pytest.raises(UndecodableError, match="corrupt UTF-8.*byte 20"):
        decode_bytes(raw[:20] + b"\xff" + raw[20:])


def test_a_character_cut_at_the_end_of_a_truncated_file_is_dropped() -> None:
    raw = "Мост открыт".encode()
    assert decode_bytes(raw[:-1]) == ("Мост откры", "utf-8")


def test_a_feed_entry_with_inline_markup_is_read_without_its_tags(tmp_path: Path) -> None:
    body = ('<img src="https://luga.example/i.jpg"/>Мэр <b>Иван Петров</b> открыл мост через Лугу.<br/>'
            'Его строили <a href="https://luga.example/b">два года</a>.')
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента Луги</title>'
            f"<item><title>Мост открыт</title><link>https://luga.example/1</link><description><![CDATA[{body}]]>"
            "</description></item></channel></rss>")
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    documents, _ = read(path)
    text = clean_document(documents[0], TODAY).text
    assert "Иван Петров открыл мост" in text and "два года" in text
    assert "<" not in text and "luga.example" not in text


def test_a_plain_record_mentioning_a_comparison_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    record = {"title": "Инфляция", "text": "Инфляция в регионе <5% и ниже прогноза, сообщил минфин."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(record | {"title": "Ещё"}), encoding="utf-8")
    documents, _ = read(path)
    assert documents[0].format == "text"


def test_json_nested_past_the_parser_stack_is_named_not_raised(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    lines = tmp_path / "deep.jsonl"
    lines.write_text(json.dumps({"text": "Мост открыт."}) + "\n" + '{"a": ' + "[" * 100_000 + "]" * 100_000 + "}\n",
                     encoding="utf-8")
    assert read(deep) == ([], {"": "JSON nested too deeply to be an article dump"})
    documents, errors = read(lines)
    assert len(documents) == 1 and errors == {":2": "JSON nested too deeply to be an article dump"}


@pytest.mark.parametrize(("body", "kept"), [
    ("Мэр <b>Иван Петров</b> открыл мост через Тьмаку.", "Мэр Иван Петров открыл мост через Тьмаку."),
    ("В Твери открыли мост.<br>Ремонт шёл два года.", "В Твери открыли мост.\n\nРемонт шёл два года."),
    ("Проезд подорожал на <strong>5%</strong>.<script>track()</script>", "Проезд подорожал на 5%."),
])
def test_a_short_feed_entry_with_inline_markup_keeps_every_word(tmp_path: Path, body: str, kept: str) -> None:
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента Твери</title>'
            f"<item><title>Мост открыт</title><description><![CDATA[{body}]]></description></item></channel></rss>")
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    documents, _ = read(path)
    assert clean_document(documents[0], TODAY).text == kept


def test_a_comparison_in_prose_is_no_tag_of_a_fragment(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    text = "Если расход x<b и запас y>c, склад закроют, сообщил директор."
    path.write_text("\n".join(json.dumps({"title": t, "text": text}, ensure_ascii=False) for t in ("Склад", "Ещё")),
                    encoding="utf-8")
    documents, _ = read(path)
    assert documents[0].format == "text" and clean_document(documents[0], TODAY).text == text


def test_a_page_whose_json_ld_is_nested_past_the_parser_stack_is_still_read(tmp_path: Path) -> None:
    deep = '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
    body = "Пешеходный мост через Тьмаку открыли после ремонта, сообщила мэрия Твери. " * 4
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Мост открыт</title>{deep}</head><body><article><h1>Мост открыт</h1>"
                    f"<p>{body}</p></article></body></html>", encoding="utf-8")
    documents, _ = read(path)
    article = clean_document(documents[0], TODAY)
    assert article.title == "Мост открыт" and "мэрия Твери" in article.text
