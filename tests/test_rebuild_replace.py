"""`svodka rebuild SRC --db NEW --replace`: the rebuild copied into SRC, or SRC left whole and the reason said."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from svodka import cli
from svodka.cli import app
from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.store import Label, Store
from tests.conftest import CORPUS, TODAY

runner = CliRunner()
FIRST = [str(CORPUS / name) for name in ("ru_003.txt", "ru_020.txt")]
LATER = str(CORPUS / "ru_005.txt")


def source_store(path: Path, models: NlpModels) -> Path:
    """A store of two articles, their analyses marked as an older svodka's."""
    with Store(path) as store:
        Engine(store, models, now=TODAY).run(FIRST)
        store.db.execute("UPDATE articles SET analysed_by = 'svodka 0.0'")
    return path


def analysed_by(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT id, analysed_by FROM articles"))


def said(result: Result) -> str:
    return " ".join(result.output.split())


def test_a_source_of_another_schema_version_is_replaced(tmp_path: Path, models: NlpModels) -> None:
    source = source_store(tmp_path / "old.db", models)
    with sqlite3.connect(source) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")

    result = runner.invoke(app, ["rebuild", str(source), "--db", str(tmp_path / "new.db"), "--replace", "-q"])

    assert result.exit_code == 0, result.output
    assert "now holds the rebuild" in said(result) and "must be restarted" in said(result)
    with Store(source) as replaced:  # this svodka's schema and analyses: it opens as a store again
        assert replaced.counts()["articles"] == 2 and replaced.analysed_by_another() == 0


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """`path` made read-only for this process: root writes any file a mode forbids, but not an immutable one."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("no immutable files here (chattr)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        yield


def test_a_source_that_cannot_be_written_is_refused_before_the_rebuild(tmp_path: Path, models: NlpModels) -> None:
    source = source_store(tmp_path / "old.db", models)
    with Store(source) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with read_only(source):
        result = runner.invoke(app, ["rebuild", str(source), "--db", str(tmp_path / "new.db"), "--replace", "-q"])
    assert result.exit_code == 2 and "cannot be replaced: it cannot be written" in said(result)
    assert "read again" not in said(result) and not (tmp_path / "new.db").exists()


def writing_during_the_rebuild(monkeypatch: pytest.MonkeyPatch, write: object) -> None:
    """`write()` runs into the source once the rebuild has read it, as a `svodka run` beside it would."""
    process = Engine.process

    def process_then_write(self: Engine, *args: object, **kwargs: object) -> object:
        report = process(self, *args, **kwargs)
        monkeypatch.setattr(Engine, "process", process)  # the writer's own run processes as usual
        write()  # type: ignore[operator]
        return report
    monkeypatch.setattr(Engine, "process", process_then_write)


def test_articles_stored_into_the_source_during_the_rebuild_refuse_it_and_a_rerun_takes_them(
        tmp_path: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    source, new = source_store(tmp_path / "old.db", models), tmp_path / "new.db"
    command = ["rebuild", str(source), "--db", str(new), "--replace", "-q"]

    def run_into_source() -> None:
        with Store(source) as store:
            Engine(store, models, now=TODAY).run([LATER])
    with monkeypatch.context() as patched:
        writing_during_the_rebuild(patched, run_into_source)
        refused = runner.invoke(app, command)

    assert refused.exit_code == 2
    assert f"{source} changed during the rebuild: run the same command again (it resumes)" in said(refused)
    assert sorted(analysed_by(source).values()).count("svodka 0.0") == 2 and len(analysed_by(source)) == 3

    again = runner.invoke(app, command)
    assert again.exit_code == 0 and "1 read again, 2 already rebuilt" in said(again), again.output
    assert len(analysed_by(source)) == 3 and "svodka 0.0" not in analysed_by(source).values()


def test_a_correction_made_in_the_source_during_the_rebuild_refuses_it(
        tmp_path: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    source = source_store(tmp_path / "old.db", models)
    first = next(iter(analysed_by(source)))

    def correct_in_source() -> None:
        with Store(source) as store:
            Engine(store, models, now=TODAY).correct(first, Label(news=False))
    writing_during_the_rebuild(monkeypatch, correct_in_source)
    refused = runner.invoke(app, ["rebuild", str(source), "--db", str(tmp_path / "new.db"), "--replace", "-q"])

    assert refused.exit_code == 2 and "its corrections changed during the rebuild" in said(refused)
    assert set(analysed_by(source).values()) == {"svodka 0.0"}  # untouched


def test_a_kept_rebuild_an_older_svodka_began_is_rebuilt_from_the_start(tmp_path: Path, models: NlpModels) -> None:
    source, new = source_store(tmp_path / "old.db", models), tmp_path / "new.db"
    first = runner.invoke(app, ["rebuild", str(source), "--db", str(new), "-q"])
    assert first.exit_code == 0 and "2 read again" in said(first)
    with sqlite3.connect(new) as db:  # as if the svodka that made it was upgraded since
        db.execute("UPDATE articles SET analysed_by = 'svodka 0.1'")

    again = runner.invoke(app, ["rebuild", str(source), "--db", str(new), "-q"])

    assert again.exit_code == 0, again.output
    assert "another version of svodka analysed 2 of its articles" in said(again)
    assert "2 read again, 0 already rebuilt" in said(again)
    with Store(new) as rebuilt:
        assert rebuilt.analysed_by_another() == 0 and rebuilt.counts()["ungrouped"] == 0


def test_a_copy_that_fails_leaves_the_source_whole(
        tmp_path: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    source = source_store(tmp_path / "old.db", models)
    held = cli._signals_held

    @contextmanager
    def disk_full() -> Iterator[None]:
        """No file may grow past 16 KB during the copy, as on a full disk (the -wal it writes is larger)."""
        limits = resource.getrlimit(resource.RLIMIT_FSIZE)
        was = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (16384, limits[1]))
        try:
            with held():
                yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)
            signal.signal(signal.SIGXFSZ, was)
    monkeypatch.setattr(cli, "_signals_held", disk_full)

    result = runner.invoke(app, ["rebuild", str(source), "--db", str(tmp_path / "new.db"), "--replace", "-q"])

    assert result.exit_code == 2 and f"{source} unchanged: disk I/O error" in said(result), result.output
    assert set(analysed_by(source).values()) == {"svodka 0.0"} and len(analysed_by(source)) == 2
    with Store(source) as whole:
        assert whole.damage() is None


def test_ctrl_c_during_the_copy_says_the_source_holds_the_rebuild(
        tmp_path: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    source = source_store(tmp_path / "old.db", models)
    held = cli._signals_held

    @contextmanager
    def interrupted() -> Iterator[None]:
        with held():
            os.kill(os.getpid(), signal.SIGINT)  # held back until the copy is done
            yield
    monkeypatch.setattr(cli, "_signals_held", interrupted)

    result = runner.invoke(app, ["rebuild", str(source), "--db", str(tmp_path / "new.db"), "--replace", "-q"])

    assert result.exit_code == 128 + signal.SIGINT and f"stopped: {source} holds the rebuild" in said(result)
    assert "svodka 0.0" not in analysed_by(source).values()
