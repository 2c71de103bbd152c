"""Catching up the indexes is a read when nothing is missing: a search (opening the store, catching up, searching)
goes on while another svodka holds a write transaction, and a store missing its search rows is still caught up."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from svodka.cli import app
from svodka.store import Store
from svodka.store.search import parse_query, search
from tests.conftest import PRINTED, TEXTS


@pytest.fixture
def writer_holding(reprinted: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[sqlite3.Connection]:
    """Another connection in a write transaction (as a `run` storing an article), and every connection opened after
    it waiting for no lock (busy timeout 0): a statement that wants the write lock fails at once."""
    reprinted.close()
    writer = sqlite3.connect(reprinted.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(sqlite3, "connect", functools.partial(sqlite3.connect, timeout=0))
    yield writer
    writer.execute("ROLLBACK")
    writer.close()


def test_a_search_waits_for_no_writer_when_nothing_is_missing(reprinted: Store,
                                                              writer_holding: sqlite3.Connection) -> None:
    with Store(reprinted.path) as store:
        store.catch_up_indexes()
        found = search(store.db, parse_query("паром", lambda word: [word]), fold_copies=True)
        assert (found.total, found.matching_articles) == (len(TEXTS), len(PRINTED))
    done = CliRunner().invoke(app, ["search", "паром", "--db", reprinted.path])
    assert done.exit_code == 0 and done.stdout.startswith(f"{len(PRINTED)} articles for «паром»"), done.stderr


def test_a_store_missing_its_search_rows_is_caught_up_taking_the_write_lock(reprinted: Store) -> None:
    reprinted.db.execute("DELETE FROM article_search")
    reprinted.db.execute("DELETE FROM article_copies")  # as a store written before them: the reprint linked too
    writer = sqlite3.connect(reprinted.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    reprinted.db.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        reprinted.catch_up_indexes()
    writer.execute("ROLLBACK")
    reprinted.catch_up_indexes()
    assert reprinted.db.execute("SELECT count(*) FROM article_copies").fetchone()[0] == len(PRINTED)
    found = search(reprinted.db, parse_query("паром", lambda word: [word]), fold_copies=True)
    assert sorted(({hit.article_id, *hit.copies} for hit in found.hits), key=sorted) == sorted(TEXTS, key=sorted)
