"""Ingest: every encoding and format reaches the cleaner; bad input is named, not fatal."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from svodka.ingest import files as ingest_files
from svodka.ingest import read_inputs
from svodka.model import IngestError, RawDocument

RUSSIAN = "Губернатор области открыл новую школу в Казани. Учащиеся получили сорок новых классов.\n"


def documents(*paths: Path) -> list[RawDocument | IngestError]:
    return list(read_inputs([str(p) for p in paths]))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r", "mac_cyrillic"])
def test_each_encoding_decodes_to_the_same_russian_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"article_{encoding}.txt"
    path.write_bytes(("Новая школа в Казани\n\n" + RUSSIAN * 3).encode(encoding))
    [document] = documents(path)
    assert isinstance(document, RawDocument)
    assert document.text.lstrip("\ufeff").startswith("Новая школа в Казани")
    assert "сорок новых классов" in document.text


def test_bad_files_are_reported_by_name_and_the_good_one_still_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "huge.txt").write_bytes(b"a" * (50 * 1024 * 1024))
    locked = tmp_path / "locked.txt"
    locked.write_text(RUSSIAN, encoding="utf-8")
    locked.chmod(0)
    (tmp_path / "good.txt").write_text("Заголовок\n\n" + RUSSIAN, encoding="utf-8")
    found = documents(tmp_path)
    errors = {Path(e.origin).name: e.reason for e in found if isinstance(e, IngestError)}
    good = [d for d in found if isinstance(d, RawDocument)]
    assert "empty" in errors["empty.txt"]
    assert "binary" in errors["binary.bin"]
    assert "too large" in errors["huge.txt"]
    if os.geteuid() != 0:  # root reads anything, so the permission case needs a normal user
        assert "permission" in errors["locked.txt"]
    assert [Path(d.origin).name for d in good if Path(d.origin).name == "good.txt"] == ["good.txt"]


def test_jsonl_lines_become_articles_and_a_corrupt_line_costs_only_itself(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"text": RUSSIAN, "title": "Школа", "url": "https://example.ru/a"}, ensure_ascii=False),
        "{not json",
        json.dumps({"body": RUSSIAN + " Вторая.", "outlet": "Курьер"}, ensure_ascii=False),
    ]
    dump.write_text("\n".join(lines), encoding="utf-8")
    found = documents(dump)
    assert [type(d).__name__ for d in found] == ["RawDocument", "IngestError", "RawDocument"]
    assert found[0].origin == "https://example.ru/a"
    assert found[1].origin == f"{dump}:2" and "corrupt JSON line" in found[1].reason
    assert found[2].origin == f"{dump}:3"
    assert found[2].hints["outlet"] == "Курьер"


def test_a_line_separator_inside_a_jsonl_record_splits_no_line(tmp_path: Path) -> None:
    """json.dumps(ensure_ascii=False) leaves U+2028 unescaped; only line feeds end a record (CRLF too)."""
    dump = tmp_path / "dump.jsonl"
    records = [{"text": RUSSIAN + "\u2028Вторая строка.", "title": "Школа"}, {"text": RUSSIAN, "title": "Мост"}]
    dump.write_text("\r\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    found = documents(dump)
    assert [(type(d).__name__, d.hints.get("title")) for d in found] == [("RawDocument", "Школа"), ("RawDocument", "Мост")]
    assert found[0].origin == f"{dump}:1" and found[1].origin == f"{dump}:2"


def test_a_folder_of_thousands_of_files_is_read_whole(tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"{i:04d}.txt").write_text(f"Новость номер {i}\n\n{RUSSIAN}", encoding="utf-8")
    found = documents(tmp_path)
    assert len(found) == 2000 and all(isinstance(d, RawDocument) for d in found)


def test_format_is_read_from_content_not_the_name(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<!doctype html><html><head><title>T</title></head><body><p>Текст</p></body></html>", encoding="utf-8")
    [document] = documents(page)
    assert document.format == "html"


def test_missing_path_is_an_error_not_a_crash(tmp_path: Path) -> None:
    [error] = documents(tmp_path / "nope")
    assert isinstance(error, IngestError) and "no such file" in error.reason


def test_svodkaignore_keeps_annotation_files_out(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text("Заголовок\n\n" + RUSSIAN, encoding="utf-8")
    (tmp_path / "gold.json").write_text('[{"story": "a"}]', encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("# Notes", encoding="utf-8")
    (tmp_path / ".svodkaignore").write_text("# annotations\ngold.json\nnotes/*.md\n", encoding="utf-8")
    assert [Path(d.origin).name for d in documents(tmp_path)] == ["news.txt"]


def test_svodkaignore_in_a_subfolder_applies_below_it(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "news.txt").write_text("Заголовок\n\n" + RUSSIAN, encoding="utf-8")
    (corpus / "gold.json").write_text('[{"story": "a"}]', encoding="utf-8")
    (corpus / ".svodkaignore").write_text("gold.json\n", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "gold.json").write_text('[{"text": "Мост открыт после ремонта."}]', encoding="utf-8")
    assert sorted(Path(d.origin).relative_to(tmp_path).as_posix() for d in documents(tmp_path)) == [
        "corpus/news.txt", "other/gold.json:1"]


def test_an_undecodable_svodkaignore_does_not_stop_the_folder(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text("Заголовок\n\n" + RUSSIAN, encoding="utf-8")
    (tmp_path / "gold.json").write_text('[{"story": "a"}]', encoding="utf-8")
    (tmp_path / ".svodkaignore").write_bytes("# разметка\ngold.json\n".encode("cp1251"))
    assert [Path(d.origin).name for d in documents(tmp_path)] == ["news.txt"]


def test_a_link_out_of_the_folder_is_refused_and_named(tmp_path: Path) -> None:
    private = tmp_path / "private.txt"
    private.write_text("Личное\n\n" + RUSSIAN, encoding="utf-8")
    folder = tmp_path / "download"
    folder.mkdir()
    (folder / "news.txt").write_text("Заголовок\n\n" + RUSSIAN, encoding="utf-8")
    (folder / "same.txt").symlink_to(folder / "news.txt")
    (folder / "leak.txt").symlink_to(private)
    found = documents(folder)
    assert sorted(Path(d.origin).name for d in found if isinstance(d, RawDocument)) == ["news.txt", "same.txt"]
    [error] = [e for e in found if isinstance(e, IngestError)]
    assert Path(error.origin).name == "leak.txt" and "outside the folder" in error.reason


def test_stdin_is_bounded_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_files, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RUSSIAN.encode() * 20)))
    [error] = read_inputs(["-"])
    assert isinstance(error, IngestError) and error.origin == "<stdin>" and "too large" in error.reason


def test_a_text_opening_with_a_bracketed_rubric_is_text_not_json(tmp_path: Path) -> None:
    (tmp_path / "video.txt").write_text("[ВИДЕО] Пожар на складе в Казани\n\n" + RUSSIAN, encoding="utf-8")
    (tmp_path / "dump.json").write_text('[\n  {"title": "Мост", "text": "Мост открыли."}\n]', encoding="utf-8")
    found = {Path(d.origin).name: d for d in documents(tmp_path)}
    assert isinstance(found["video.txt"], RawDocument) and found["video.txt"].format == "text"
    assert found["dump.json:1"].text == "Мост открыли."
