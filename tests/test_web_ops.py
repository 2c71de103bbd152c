"""Running `svodka serve` as an operator does: replacing the store it reads, stopping it, serving a read-only or
damaged file, a read-only server, a reverse proxy's host name."""

from __future__ import annotations

import gc
import os
import sqlite3
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import svodka.store.db
from svodka.cli import GRACEFUL_STOP_SECONDS, app
from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.web.app import create_app

runner = CliRunner()
# Fictional reports, written for these tests.
ARTICLES = [
    "Мост через Оку закроют на ремонт\n\nМэрия Калуги сообщила, что мост через Оку закроют на ремонт с 3 марта.",
    "В Твери открыли новую библиотеку\n\nНовая городская библиотека в Твери открылась в субботу, сообщил губернатор.",
    "Harbour ferry resumes after storm\n\nThe harbour ferry in Portmere resumed service on Monday, the council said.",
]


def stored(path: Path, *texts: str) -> Path:
    """A store `svodka run` made of the texts, one article each."""
    for text in texts:
        result = runner.invoke(app, ["run", "-", "--db", str(path), "--quiet"], input=text)
        assert result.exit_code == 0, result.stderr
    del result  # its exit's traceback holds the command's frames, and their store
    gc.collect()  # the commands' stores, run in this process, closed as their process's end would
    return path


def articles_served(client: TestClient) -> int:
    return sum(story["reports"] for story in client.get("/api/stories").json()["stories"])


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_store_replaced_under_a_server_stays_whole_and_shows_the_new_content(tmp_path: Path,
                                                                               models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    newer = stored(tmp_path / "new.db", *ARTICLES)
    client = TestClient(create_app(live, models))
    held = Store(live)  # a second reader, its connection open throughout, as a server's threads hold theirs
    assert articles_served(client) == 1 and held.counts()["articles"] == 1
    with Store(live) as writer, Store(newer) as source:
        writer.replace_with(source)
    assert integrity(live) == "ok"
    assert articles_served(client) == 3 and held.counts()["articles"] == 3
    held.close()


def test_rebuild_replace_copies_into_the_store_a_server_reads(tmp_path: Path, models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", *ARTICLES[:2])
    client = TestClient(create_app(live, models))
    before = articles_served(client)
    result = runner.invoke(app, ["rebuild", str(live), "--db", str(tmp_path / "new.db"), "--replace", "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert f"{live} now holds the rebuild" in result.stderr
    assert integrity(live) == "ok" and articles_served(client) == before
    with Store(live) as replaced:
        assert replaced.rebuilt_from() == str(live.resolve())  # written by the rebuild only: its content is there


def test_rebuild_without_replace_says_what_is_safe(tmp_path: Path) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    result = runner.invoke(app, ["rebuild", str(live), "--db", str(tmp_path / "new.db"), "--quiet"])
    assert result.exit_code == 0 and "--replace" in result.stderr and f"{live}-wal" in result.stderr


def test_a_stopped_server_leaves_no_wal_beside_the_store(tmp_path: Path, models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    with TestClient(create_app(live, models)) as client:  # `with`: the app's startup and shutdown run
        assert articles_served(client) == 1
        assert Path(f"{live}-wal").exists()
    assert not Path(f"{live}-wal").exists() and not Path(f"{live}-shm").exists()


def test_a_stopped_app_started_again_serves_with_fresh_connections(tmp_path: Path, models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", *ARTICLES[:2])
    served = create_app(live, models)
    for _ in range(2):  # the stop closed every connection and the nearest reports' thread: the start opens anew
        with TestClient(served) as client:
            story_id = client.get("/api/stories").json()["stories"][0]["id"]
            assert articles_served(client) == 2
            assert client.get(f"/api/stories/{story_id}/nearest").status_code == 200


def test_a_read_only_server_refuses_writes_and_shows_no_correction_form(tmp_path: Path, models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    client = TestClient(create_app(live, models, read_only=True))
    with sqlite3.connect(live) as db:
        article_id = db.execute("SELECT id FROM articles").fetchone()[0]
    refused = client.post("/api/articles", content=ARTICLES[1])
    assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
    assert client.post(f"/api/articles/{article_id}/label", json={"news": False}).status_code == 403
    page = client.get(f"/articles/{article_id}")
    assert page.status_code == 200 and 'class="correct"' not in page.text
    assert 'class="correct"' in TestClient(create_app(live, models)).get(f"/articles/{article_id}").text


def test_a_frozen_store_stays_whole_while_another_process_writes_checkpoints_and_vacuums(
        tmp_path: Path, models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    client = TestClient(create_app(live, models, frozen=True))  # the web user's, which may not write the file
    frozen = Store(live, frozen=True)
    assert articles_served(client) == 1 and frozen.counts()["articles"] == 1
    assert client.post("/api/articles", content=ARTICLES[1]).status_code == 403
    stored(live, *ARTICLES[1:])  # the writer's `svodka run`, then its checkpoint and a vacuum moving pages
    with sqlite3.connect(live, isolation_level=None) as writer:
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        writer.execute("VACUUM")
    assert frozen.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert frozen.counts()["articles"] == 3 and articles_served(client) == 3
    assert client.get("/api/search", params={"q": "библиотеку"}).json()["total"] == 1
    frozen.close()


def test_a_store_this_user_may_not_write_is_served_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda served_app, **kwargs: served.append(served_app))
    # tests run as root, who may write any file: the file's mode as another user meets it (0444)
    monkeypatch.setattr(os, "access", lambda path, mode: not (mode == os.W_OK and Path(path) == live))
    result = runner.invoke(app, ["serve", "--db", str(live), "--port", "8765"])
    assert result.exit_code == 0 and "served read-only" in result.stderr, result.stderr
    client = TestClient(served[0], base_url="http://127.0.0.1")
    assert client.post("/api/articles", content=ARTICLES[1]).status_code == 403  # not 500: no write is tried
    assert articles_served(client) == 1


def test_a_frozen_store_the_previous_svodka_wrote_is_searched_unfolded(tmp_path: Path, models: NlpModels) -> None:
    live = stored(tmp_path / "live.db", *ARTICLES)
    with sqlite3.connect(live) as db:
        db.execute("DROP TABLE article_copies")  # added since: the previous release's store lacks it
    client = TestClient(create_app(live, models, frozen=True))
    assert client.get("/").status_code == 200 and articles_served(client) == 3
    assert client.get("/api/search", params={"q": "мост"}).json()["total"] == 1
    assert client.get("/search", params={"q": "ferry"}).status_code == 200
    with sqlite3.connect(live) as db:
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_copies'").fetchone() is None


def test_serve_refuses_a_damaged_store_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = stored(tmp_path / "live.db", *ARTICLES)
    with sqlite3.connect(live) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").fetchone()[0]
    with open(live, "r+b") as file:  # the articles table's first page overwritten: the file still opens
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: pytest.fail("served a damaged store"))
    result = runner.invoke(app, ["serve", "--db", str(live), "--port", "8765"])
    assert result.exit_code == 2 and "damaged" in result.stderr and "Traceback" not in result.stderr


def test_serve_stops_within_a_grace_period_takes_allowed_hosts_and_checks_the_port(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda served_app, **kwargs: served.append((served_app, kwargs)))
    result = runner.invoke(app, ["serve", "--db", str(live), "--port", "0", "--allow-host", "news.example.org"])
    assert result.exit_code == 2  # port 0 is no port a browser can be told
    result = runner.invoke(app, ["serve", "--db", str(live), "--port", "70000"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    result = runner.invoke(app, ["serve", "--db", str(live), "--port", "8765", "--allow-host", "news.example.org"])
    assert result.exit_code == 0, result.stderr
    served_app, options = served[0]
    assert options["timeout_graceful_shutdown"] == GRACEFUL_STOP_SECONDS
    client = TestClient(served_app)
    assert client.get("/", headers={"host": "news.example.org"}).status_code == 200
    assert client.get("/", headers={"host": "elsewhere.example.org"}).status_code == 400


def test_allowed_hosts_are_the_only_names_answered_on_another_address(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = stored(tmp_path / "live.db", ARTICLES[0])
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda served_app, **kwargs: served.append(served_app))
    result = runner.invoke(app, ["serve", "--db", str(live), "--host", "0.0.0.0", "--port", "8765",
                                 "--allow-host", "news.example"])
    assert result.exit_code == 0, result.stderr
    client = TestClient(served[0])
    assert client.get("/", headers={"host": "news.example"}).status_code == 200
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_a_checkpoint_leaves_the_wal_no_larger_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    limit = 64 * 1024  # WAL_SIZE_LIMIT, made small enough for a test to write past it
    monkeypatch.setattr(svodka.store.db, "WAL_SIZE_LIMIT", limit)
    wal = tmp_path / "s.db-wal"
    with Store(tmp_path / "s.db") as store:
        store.db.execute("CREATE TABLE padding (bytes BLOB)")
        store.db.execute("INSERT INTO padding VALUES (randomblob(1000000))")
        assert wal.stat().st_size > limit
        store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        store.db.execute("INSERT INTO padding VALUES (1)")  # the -wal starts over: cut to the limit
        assert wal.stat().st_size <= limit
