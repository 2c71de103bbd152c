"""A stream of JSONL articles: read in batches as lines arrive, stories updated while the stream is open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from svodka.ingest import read_inputs
from svodka.ingest.stream import stream_batches
from svodka.model import IngestError, RawDocument
from svodka.store import Store

BRIDGE = [
    {"title": "В Самаре открыли мост через реку Сок", "outlet": "Волжский телеграф", "published": "2026-03-04T10:00:00",
     "text": "САМАРА, 4 марта — Новый мост через реку Сок открыли в среду, сообщил губернатор Самарской области "
             "Вячеслав Федорищев. Строительство моста обошлось в 7,4 млрд рублей. Движение по мосту откроют в 14:00."},
    {"title": "Мост через Сок открыт для движения", "outlet": "Деловой обзор", "published": "2026-03-04T12:30:00",
     "text": "Губернатор Самарской области Вячеслав Федорищев открыл в среду новый мост через реку Сок. По словам "
             "губернатора, строительство моста обошлось в 7,4 млрд рублей. Движение по мосту открылось в 14:00."},
]


def _line(record: dict) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def test_a_batch_ends_at_its_size_when_the_stream_goes_quiet_and_at_its_end() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, _line(BRIDGE[0]) + b"\n" + _line(BRIDGE[1]) + _line({"text": "Третья заметка."}))
    batches = stream_batches(read_end, size=2, idle=0.2)
    first = next(batches)
    assert [d.hints["title"] for d in first] == [r["title"] for r in BRIDGE]  # the blank line is no article
    assert [d.origin for d in next(batches)] == ["<stdin>:4"]  # quiet for 0.2 s: handed over, stream still open
    os.write(write_end, b'{"text": "unfinished')  # a last line without its newline
    os.close(write_end)
    [last] = list(batches)
    assert len(last) == 1 and isinstance(last[0], IngestError) and last[0].origin == "<stdin>:5"
    os.close(read_end)


def test_a_broken_or_overlong_line_is_named_and_the_next_lines_are_read() -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"{broken\n" + b'{"text": "' + b"x" * 5000 + b'"}\n' + _line(BRIDGE[0]))
    os.close(write_end)
    [batch] = list(stream_batches(read_end, size=10, idle=1, max_line=1000))
    os.close(read_end)
    assert [(type(d), d.origin) for d in batch[:2]] == [(IngestError, "<stdin>:1"), (IngestError, "<stdin>:2")]
    assert "corrupt JSON" in batch[0].reason and "longer than 1000 bytes" in batch[1].reason
    assert isinstance(batch[2], RawDocument) and batch[2].hints["title"] == BRIDGE[0]["title"]


def test_svodka_follow_groups_each_batch_while_the_stream_is_still_open(tmp_path: Path) -> None:
    db = tmp_path / "stream.db"
    command = [sys.executable, "-c", "from svodka.cli import app; app()", "follow", "--db", str(db),
               "--batch", "2", "--idle", "30"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        process.stdin.write(b"".join(map(_line, BRIDGE)))
        process.stdin.flush()
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not (db.exists() and _story_sizes(db) == [2]):
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.5)
        assert _story_sizes(db) == [2]  # one story of both reports, before the stream ended
        process.stdin.write(b"{broken\n")
    finally:
        stdout, stderr = process.communicate(timeout=180)
    assert process.returncode == 1  # a line was rejected; everything else was processed
    assert "rejected <stdin>:3: corrupt JSON line" in " ".join(stderr.decode().split())
    assert stdout.decode().split()[1:2] == ["2"]  # the updated story: id, reports, title


def _story_sizes(db: Path) -> list[int]:
    store = Store(db)
    try:
        return [len(story.articles) for story in store.stories()]
    finally:
        store.close()


def test_a_crlf_stream_yields_the_articles_a_crlf_file_does(tmp_path: Path) -> None:
    """`svodka follow` then `svodka run` on one feed: each article is the same one, not stored twice."""
    streamed, filed = _streamed_and_filed(b"\r\n".join(map(_line, BRIDGE)).replace(b"\n\r\n", b"\r\n"), tmp_path)
    assert [d.id for d in streamed] == [d.id for d in filed]


def test_a_cp1251_stream_reads_its_short_lines_in_the_code_page_of_its_earlier_ones(tmp_path: Path) -> None:
    """A short line alone reads as another code page too («Явка составила 45%.» as mac_cyrillic): not in its stream."""
    records = [*BRIDGE, {"title": "Выборы", "text": "Явка составила 45%."}, {"text": "Цены на бензин"}]
    data = b"".join(json.dumps(r, ensure_ascii=False).encode("cp1251") + b"\n" for r in records)
    streamed, filed = _streamed_and_filed(data, tmp_path)
    assert [d.text for d in streamed] == [r["text"] for r in records]
    assert [d.id for d in streamed] == [d.id for d in filed]


def _streamed_and_filed(data: bytes, tmp_path: Path) -> tuple[list[RawDocument | IngestError], list[RawDocument | IngestError]]:
    """What `svodka follow` reads from the bytes on a pipe, and what `svodka run` reads from them in a file."""
    (tmp_path / "feed.jsonl").write_bytes(data)
    read_end, write_end = os.pipe()
    os.write(write_end, data)
    os.close(write_end)
    streamed = [d for batch in stream_batches(read_end, size=10, idle=1) for d in batch]
    os.close(read_end)
    return streamed, list(read_inputs([str(tmp_path / "feed.jsonl")]))
