"""A JSONL dump with bad bytes in one line: that line alone is named FILE:LINE, every other line is kept, and `run`
(a file, stdin) reads each line as `follow` does. Fictional records."""

from __future__ import annotations

import codecs
import json
import logging
import os
from pathlib import Path

import pytest

from svodka.ingest import read_inputs
from svodka.ingest.stream import line_documents
from svodka.model import IngestError, RawDocument

RECORDS = [
    {"title": "Мост в Зареченске", "text": "В Зареченске открыли мост через Сонью длиной 300 метров, сообщил мэр."},
    {"title": "Кафе", "text": "Владельцы кафе в Олдмуте жалуются на убытки от забастовки докеров."},
    {"title": "Паром", "text": "Паромная переправа у Белого Яра возобновит работу в пятницу, сообщила администрация."},
]
# Line 2 as a broken exporter writes it: a Latin-1 "é" inside otherwise plain text, not UTF-8.
LATIN1_LINE = '{"title": "Cafe owners", "text": "Caf\xe9 owners in Aldmouth say the dockers\' strike cost them."}'.encode(
    "latin-1")


def dump_bytes(second: bytes, bom: bool = False) -> bytes:
    lines = [json.dumps(record, ensure_ascii=False).encode() for record in RECORDS]
    lines[1] = second
    return (codecs.BOM_UTF8 if bom else b"") + b"\n".join(lines) + b"\n"


def read_file(tmp_path: Path, data: bytes) -> tuple[str, list[RawDocument | IngestError]]:
    dump = tmp_path / "small.jsonl"
    dump.write_bytes(data)
    return str(dump), list(read_inputs([str(dump)]))


def read_as_follow(data: bytes) -> list[RawDocument | IngestError]:
    reading, writing = os.pipe()
    os.write(writing, data)
    os.close(writing)
    try:
        return list(line_documents(reading, "<stdin>"))
    finally:
        os.close(reading)


def seen(found: list[RawDocument | IngestError]) -> list[tuple[str, str]]:
    """Each line's number with its text (or why it is none): what a reader of the run gets."""
    return [(item.origin.rpartition(":")[2], item.text if isinstance(item, RawDocument) else item.reason)
            for item in found]


@pytest.mark.parametrize("bom", [False, True])
def test_a_line_in_another_encoding_is_kept_named_in_a_warning_and_the_rest_read(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, bom: bool) -> None:
    with caplog.at_level(logging.WARNING):
        dump, found = read_file(tmp_path, dump_bytes(LATIN1_LINE, bom))
    assert [item.origin for item in found] == [f"{dump}:{n}" for n in (1, 2, 3)]
    assert all(isinstance(item, RawDocument) for item in found)
    assert "Café owners in Aldmouth" in found[1].text and "Зареченске" in found[0].text
    assert f"{dump}:2: not UTF-8 like the lines before it (byte 0xe9 at byte " in caplog.text
    assert f"{dump}:1:" not in caplog.text and f"{dump}:3:" not in caplog.text


def test_a_utf8_line_with_a_broken_byte_alone_is_rejected_by_its_line(tmp_path: Path) -> None:
    broken = json.dumps(RECORDS[1], ensure_ascii=False).encode().replace("кафе".encode(), b"\xff\xd0\xb0\xd1\x84\xd0\xb5")
    dump, found = read_file(tmp_path, dump_bytes(broken))
    errors = [item for item in found if isinstance(item, IngestError)]
    assert [item.origin for item in errors] == [f"{dump}:2"] and "corrupt UTF-8: invalid byte 0xff" in errors[0].reason
    assert [item.origin for item in found if isinstance(item, RawDocument)] == [f"{dump}:1", f"{dump}:3"]


@pytest.mark.parametrize("bom", [False, True])
def test_run_and_follow_read_a_dump_with_a_bad_line_alike(tmp_path: Path, bom: bool) -> None:
    data = dump_bytes(LATIN1_LINE, bom)
    assert seen(read_file(tmp_path, data)[1]) == seen(read_as_follow(data))


def test_the_same_dump_on_stdin_is_read_line_by_line(read_stdin) -> None:
    data = dump_bytes(LATIN1_LINE)
    found = read_stdin(data)
    assert [item.origin for item in found] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    assert seen(found) == seen(read_as_follow(data))


def test_a_text_file_with_a_broken_byte_is_still_refused_whole(tmp_path: Path) -> None:
    """Only a dump is read a line at a time: one article's text with a bad byte has no other lines to keep."""
    page = tmp_path / "article.txt"
    page.write_bytes("Мост в Зареченске\n\nВ Зареченске открыли мост через Сонью.".encode() + b"\xff" + " Мэр.".encode())
    (error,) = read_inputs([str(page)])
    assert isinstance(error, IngestError) and error.reason.startswith("corrupt UTF-8: invalid byte 0xff")


def test_a_code_page_stream_after_plain_ascii_lines_is_not_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    """ASCII lines read alike in every encoding: they do not make a cp1251 stream look like broken UTF-8."""
    lines = [json.dumps({"title": "Bridge", "text": "The bridge reopened."}).encode(),
             json.dumps(RECORDS[0], ensure_ascii=False).encode("cp1251"),
             json.dumps(RECORDS[2], ensure_ascii=False).encode("cp1251")]
    with caplog.at_level(logging.WARNING):
        found = read_as_follow(b"\n".join(lines) + b"\n")
    assert [item.encoding for item in found if isinstance(item, RawDocument)] == ["utf-8", "cp1251", "cp1251"]
    assert "not UTF-8" not in caplog.text
