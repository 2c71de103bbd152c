"""`svodka run` stopped by a signal: Ctrl+C and a service manager's SIGTERM take one path, saying what is stored."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import stored_count

RECORDS = 300
TOWNS = ["Энск", "Верхнеречинск", "Лесогорск", "Озёрный", "Каменск-Северный", "Приозёрск-2"]


def _record(number: int) -> bytes:
    town = TOWNS[number % len(TOWNS)]
    record = {"title": f"В городе {town} отремонтировали школу номер {number}", "outlet": "Вестник края",
              "published": "2026-03-04T10:00:00",
              "text": f"{town.upper()}, 4 марта — Ремонт школы номер {number} закончили в среду, сообщил глава города "
                      f"Павел Дроздов. Работы обошлись в {number + 3} млн рублей. Занятия начнутся в понедельник."}
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_run_stopped_by_a_signal_says_what_it_stored_and_how_to_go_on(tmp_path: Path, stop: int) -> None:
    """The signal reaches the whole process group, as Ctrl+C and a service manager's stop do: the workers leave the
    stop to the main process (no traceback), which says what the store kept, with the shell's code for the signal."""
    db = tmp_path / "stopped.db"
    command = [sys.executable, "-c", "from svodka.cli import app; app()", "run", "-", "--db", str(db), "--jobs", "2",
               "--quiet"]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        process.stdin.write(b"".join(_record(number) for number in range(RECORDS)))
        process.stdin.close()  # read to its end at once; storing them all takes far longer than the first
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not stored_count(db):
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.2)
        assert stored_count(db) and process.poll() is None, "stopped before it stored, or after it ended"
        os.killpg(process.pid, stop)
        stdout, stderr = process.wait(timeout=180), process.stderr.read()
    finally:
        process.kill()
    said = " ".join(stderr.decode().split())
    assert process.returncode == 128 + stop, said  # a shell's code for the signal: 130 for SIGINT, 143 for SIGTERM
    assert said.startswith("stopped; ") and "run it again on the same paths" in said, said
    assert "Traceback" not in said and "KeyboardInterrupt" not in said
    assert f"{stored_count(db)} article" in said
