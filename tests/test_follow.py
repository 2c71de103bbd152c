"""A stream of JSONL articles: read in batches as lines arrive, stories updated while the stream is open."""

from __future__ import annotations

import fcntl
import json
import re
import os
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from svodka.ingest import read_inputs
from svodka.ingest.stream import CUT_OFF, StopRequest, stream_batches
from svodka.model import Analysis, Article, IngestError, RawDocument
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


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_stopped_follow_stores_and_groups_every_complete_line_it_had_read(tmp_path: Path, stop: int) -> None:
    """Ctrl+C (or a service manager's SIGTERM) with lines read but no batch full: those lines are stored, not lost,
    the stop line counts them, and a line cut off by the stop is named."""
    db = tmp_path / "stream.db"
    process = _following_what_it_read(db, b"".join(map(_line, BRIDGE)) + b'{"text": "cut off')
    try:
        process.send_signal(stop)
        stdout, stderr = process.communicate(timeout=180)
    finally:
        process.kill()
    said = " ".join(stderr.decode().split())
    assert process.returncode == 128 + stop, said  # a shell's code for the signal: 130 for SIGINT, 143 for SIGTERM
    assert _story_sizes(db) == [2]  # both stored and grouped into their story
    assert "this follow stored 2 new articles" in said and "in 1 story" in said and "not yet grouped" not in said
    assert "rejected <stdin>:3: not read to its end" in said
    assert stdout.decode().split()[1:2] == ["2"]


def _following_what_it_read(db: Path, data: bytes) -> subprocess.Popen:
    """`svodka follow` (batches of 50, idle 60 s: no batch ends by itself) once it has read `data` from its pipe."""
    command = [sys.executable, "-c", "from svodka.cli import app; app()", "follow", "--db", str(db),
               "--batch", "50", "--idle", "60"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdin.write(data)
    process.stdin.flush()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and _unread(process.stdin.fileno()):
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode())
        time.sleep(0.05)
    if _unread(process.stdin.fileno()):
        process.kill()
        raise AssertionError("follow read nothing in 180 s")
    return process


def _unread(fd: int) -> int:
    """Bytes written into a pipe that its reader has not read yet."""
    return struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0]


def test_a_stop_request_wakes_a_reader_waiting_for_a_line_and_hands_over_what_it_read() -> None:
    read_end, write_end = os.pipe()
    stop = StopRequest()

    def signal_once_read() -> None:
        while _unread(read_end):
            time.sleep(0.01)
        os.kill(os.getpid(), signal.SIGUSR1)  # the reader has the bytes and waits in select for more

    with stop.on_signals(signals=(signal.SIGUSR1,)):
        os.write(write_end, _line(BRIDGE[0]) + b'{"text": "cut')
        signaller = threading.Thread(target=signal_once_read)
        signaller.start()
        started = time.monotonic()
        [batch] = list(stream_batches(read_end, size=10, idle=60, stop=stop))
        assert time.monotonic() - started < 30  # woken by the stop, not by the 60 s idle
        signaller.join()
    os.close(read_end)
    os.close(write_end)
    assert isinstance(batch[0], RawDocument) and batch[0].hints["title"] == BRIDGE[0]["title"]
    assert isinstance(batch[1], IngestError) and batch[1].reason == CUT_OFF


def test_a_second_ctrl_c_stops_at_once_counting_what_is_stored_and_naming_the_line_to_give_again(
        tmp_path: Path) -> None:
    db = tmp_path / "stream.db"
    process = _following_what_it_read(db, b"".join(map(_line, BRIDGE)))
    try:
        process.send_signal(signal.SIGINT)
        assert process.stderr.readline().startswith(b"stopping:")  # the first is taken: storing the lines read
        process.send_signal(signal.SIGINT)  # while the batch is handed over or understood (models still loading)
        stdout, stderr = process.communicate(timeout=180)
    finally:
        process.kill()
    said = " ".join(stderr.decode().split())
    assert process.returncode == 130, said
    stored = int(re.search(r"this follow stored (\d+) new article", said).group(1))
    with Store(db) as store:
        assert store.counts()["articles"] == stored  # the count is what the store holds
    assert "give the lines from <stdin>:1 on again" in said


def test_a_stopped_follow_counts_only_what_it_stored_and_names_the_last_line_it_read(tmp_path: Path) -> None:
    """Another writer's articles stored meanwhile (a `run` beside the follow) are not this follow's; and a feeder on
    a pipe learns where the follow stopped reading, since lines after it were never read."""
    db = tmp_path / "stream.db"
    process = _following_what_it_read(db, b"".join(map(_line, BRIDGE)) + b'{"text": "cut off')
    try:
        with Store(db) as other_writer:
            raw = RawDocument(origin="pasted.txt", raw="Мост в Заречье закрыт.".encode(), format="text", text="")
            other_writer.add_article(raw, Article(raw.id, "pasted.txt", "Мост в Заречье закрыт."), Analysis("ru"), {})
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=180)
    finally:
        process.kill()
    said = " ".join(stderr.decode().split())
    with Store(db) as store:
        assert store.counts()["articles"] == len(BRIDGE) + 1
    last = len(BRIDGE) + 1  # the line the stop cut off is read, and named
    assert f"this follow stored {len(BRIDGE)} new articles; last line read: <stdin>:{last}" in said, said
