"""Several svodkas writing to one store (`serve` beside `run`, two runs): one writer of the stories at a time, so
every story's member list stays its articles' story; a writer killed mid-cycle frees the store and resumes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import svodka.web.app
from svodka.cli import app as cli_app
from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.store import Store, StoreBusy
from svodka.web.app import create_app
from tests.conftest import CORPUS, TODAY

FORK = multiprocessing.get_context("fork")  # the children share the session's loaded models
TEXTS = sorted(str(path) for path in CORPUS.glob("*.txt"))  # 36 plain-text reports of the sample corpus


def inconsistencies(db: Path) -> list[str]:
    """Every way the store's stories disagree with their articles (empty: consistent)."""
    problems = []
    with Store(db) as store:
        for story in store.stories():
            members = {stored.article.id for stored in store.story_members(story.id)}
            if set(story.articles) != members:
                problems.append(f"story {story.id} lists {sorted(story.articles)}, its articles are {sorted(members)}")
        problems += [f"story {story_id} left unbuilt" for story_id in store.dirty_stories()]
        problems += [f"article {p.id} left ungrouped" for p in store.pending_articles()]
        listed = dict(store.db.execute("SELECT story_id, reports FROM story_listing").fetchall())
        built = {story.id: len(story.articles) for story in store.stories()}
        if listed != built:
            problems.append(f"the story list {listed} is not the stories {built}")
    return problems


def memberships(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as connection:
        return dict(connection.execute("SELECT article_id, story_id FROM memberships"))


def _write_one_file_at_a_time(db: Path, paths: list[str], models: NlpModels, start: object) -> None:
    """A writer in its own process: one cycle per file (as `follow` batches), so the two writers' cycles interleave."""
    start.wait()  # type: ignore[attr-defined]
    with Store(db) as store:
        engine = Engine(store, models, now=TODAY)
        for path in paths:
            engine.run([path])


def _in_child(target: Callable[..., None], *args: object) -> multiprocessing.Process:
    child = FORK.Process(target=target, args=args)
    child.start()
    return child


def test_two_writers_in_two_processes_leave_every_story_as_its_articles_say(tmp_path: Path, models: NlpModels) -> None:
    models.load_all()
    db = tmp_path / "shared.db"
    Store(db).close()
    start = FORK.Barrier(2)
    writers = [_in_child(_write_one_file_at_a_time, db, TEXTS[half::2], models, start) for half in (0, 1)]
    for writer in writers:
        writer.join(120)
        assert writer.exitcode == 0

    assert inconsistencies(db) == []
    with Store(db) as store:
        assert store.counts()["articles"] == len(TEXTS)  # none lost, none twice


def _hold_the_lock(db: Path, held: object) -> None:
    with Store(db) as store, store.writing():
        held.set()  # type: ignore[attr-defined]
        signal.pause()  # until killed


def test_a_second_writer_waits_says_so_and_gives_up_when_told(tmp_path: Path, models: NlpModels,
                                                                capfd: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "busy.db"
    Engine(Store(db), models, now=TODAY).run(TEXTS[:3])
    held = FORK.Event()
    holder = _in_child(_hold_the_lock, db, held)
    try:
        assert held.wait(30)
        store = Store(db)
        assert len(store.stories()) >= 1  # a reader does not wait for the writer
        with pytest.raises(StoreBusy, match="another svodka"):
            Engine(store, models, now=TODAY, wait_limit=1.5).run([TEXTS[3]])
        assert "waiting for another svodka writing to this store" in capfd.readouterr().err
        assert store.counts()["articles"] == 4  # what it understood is stored: the next writer groups it
        assert len(store.pending_articles(include_non_news=True)) == 1
    finally:
        os.kill(holder.pid, signal.SIGKILL)  # a killed holder: the kernel drops its lock
        holder.join(30)
    Engine(store, models, now=TODAY, wait_limit=5).process([])  # the article the busy run stored is grouped now
    assert inconsistencies(db) == []
    assert store.counts()["articles"] == 4


def test_the_web_app_answers_503_rather_than_hang_while_another_svodka_writes(
        tmp_path: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "web.db"
    Engine(Store(db), models, now=TODAY).run(TEXTS[:2])
    article = next(Store(db).articles()).article.id
    monkeypatch.setattr(svodka.web.app, "WRITE_WAIT_SECONDS", 0.3)
    client = TestClient(create_app(db, models))
    held = FORK.Event()
    holder = _in_child(_hold_the_lock, db, held)
    try:
        assert held.wait(30)
        busy = client.post(f"/api/articles/{article}/label", json={"category": "science"})
        assert busy.status_code == 503
        assert "store busy, try again" in busy.json()["detail"]
        assert client.get(f"/articles/{article}").status_code == 200  # pages are read as ever
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.join(30)
    assert client.post(f"/api/articles/{article}/label", json={"category": "science"}).status_code == 200


def _killed_between_grouping_and_building(db: Path, paths: list[str], models: NlpModels) -> None:
    with Store(db) as store:
        engine = Engine(store, models, now=TODAY)
        engine.build_stories = lambda: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore[method-assign]
        engine.run(paths)


def test_a_writer_killed_between_grouping_and_building_frees_the_store_and_the_next_run_resumes(
        tmp_path: Path, models: NlpModels) -> None:
    models.load_all()
    paths = TEXTS[:12]
    killed = _in_child(_killed_between_grouping_and_building, tmp_path / "killed.db", paths, models)
    killed.join(120)
    assert killed.exitcode == -signal.SIGKILL
    with Store(tmp_path / "killed.db") as store:
        assert store.dirty_stories() and not store.stories()  # grouped, nothing built
        report = Engine(store, models, now=TODAY, wait_limit=5).run(paths)
        assert (report.added, report.skipped) == (0, len(paths))
    Engine(Store(tmp_path / "whole.db"), models, now=TODAY).run(paths)

    assert inconsistencies(tmp_path / "killed.db") == []
    assert memberships(tmp_path / "killed.db") == memberships(tmp_path / "whole.db")
    titles = {s.id: s.title for s in Store(tmp_path / "killed.db").stories()}
    assert titles == {s.id: s.title for s in Store(tmp_path / "whole.db").stories()}


def test_the_lock_belongs_to_the_store_file_whatever_path_names_it(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "real.db"
    Store(db).close()
    (tmp_path / "link.db").symlink_to(db)
    monkeypatch.chdir(tmp_path)
    with Store(db).writing():  # flock: another open of the same file conflicts even in this process
        for path in ("link.db", "./real.db", "real.db", str(db)):
            with pytest.raises(StoreBusy, match="another svodka"), Store(path).writing(wait_limit=0):
                pass
    assert [name for name in os.listdir(tmp_path) if name.endswith(".lock")] == ["real.db.lock"]


def test_an_in_memory_store_takes_no_file_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first, second, unnamed = Store(":memory:"), Store(":memory:"), Store("")
    with first.writing(), second.writing(wait_limit=0), unnamed.writing(wait_limit=0):  # none waits on another
        assert os.listdir(tmp_path) == []


def test_the_lock_file_takes_the_store_file_s_permissions(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    Store(db).close()
    db.chmod(0o660)  # a store the group writes
    umask = os.umask(0o002)
    try:
        with Store(db).writing():
            pass
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "shared.db.lock").stat().st_mode) == 0o660


def test_a_lock_file_that_cannot_be_opened_is_named_by_the_cli_and_the_web(tmp_path: Path, models: NlpModels) -> None:
    db = tmp_path / "locked.db"
    Engine(Store(db), models, now=TODAY).run(TEXTS[:1])
    article = next(Store(db).articles()).article.id
    (tmp_path / "locked.db.lock").unlink()
    (tmp_path / "locked.db.lock").mkdir()  # in the lock file's place: a folder the writer cannot open
    reason = f"cannot open the writer lock {tmp_path / 'locked.db.lock'}: Is a directory"
    with pytest.raises(StoreBusy) as raised, Store(db).writing():
        pass
    assert str(raised.value) == reason
    labelled = CliRunner().invoke(cli_app, ["label", article, "--category", "science", "--db", str(db)])
    assert labelled.exit_code == 2 and reason in labelled.stderr and "Traceback" not in labelled.output
    answer = TestClient(create_app(db, models)).post(f"/api/articles/{article}/label", json={"category": "science"})
    assert answer.status_code == 503 and reason in answer.json()["detail"]
    assert Store(db).article(article).label is None  # nothing was written without the lock
