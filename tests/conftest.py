"""Shared fixtures: natasha's models load once per test session."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from svodka.engine import Engine
from svodka.ingest import read_inputs
from svodka.nlp import NlpModels
from svodka.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = ROOT / "examples" / "corpus"
# Every file, dump line and feed item of the sample corpus, news or not (its gold lists each one).
CORPUS_ARTICLES = len(json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))["articles"])
# The day the tests pretend to run on (for years guessed from "24 декабря").
TODAY = datetime(2026, 11, 24, 12, 0)


@pytest.fixture(scope="session")
def models() -> NlpModels:
    return NlpModels()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "test.db")


@pytest.fixture
def engine(store: Store, models: NlpModels) -> Engine:
    return Engine(store, models, now=TODAY)


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.exists():
        pytest.skip(f"the seed articles are not at {SEEDS} (../shared beside the checkout)")
    return SEEDS


def seed_file(number: int) -> Path:
    return next(SEEDS.glob(f"{number:03d}_*.txt"))


@pytest.fixture
def read_stdin(monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes], list]:
    """What `svodka run -` reads when the bytes come down a real pipe, written by another thread as a shell would."""
    def read(data: bytes) -> list:
        reading, writing = os.pipe()

        def feed() -> None:
            with open(writing, "wb") as pipe:
                pipe.write(data)

        writer = threading.Thread(target=feed)
        writer.start()
        with open(reading, "rb") as pipe:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(pipe))
            found = list(read_inputs(["-"]))
        writer.join()
        return found
    return read


def stored_count(db: Path) -> int:
    """Articles a store holds, read while another process writes it (0 while it is being created)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def reports_of_one_day(models: NlpModels, day: date, *reports: tuple[str, str, str, str]) -> list:
    """Articles analysed, from (outlet, HH:MM, title, body) each, published on `day` in Moscow time: a story's
    members as compare_articles takes them."""
    from svodka.model import Article
    from svodka.nlp import analyse

    articles = [Article(id=f"r{i}", origin=f"r{i}.txt", text=body, title=title, outlet=outlet,
                        published=datetime(day.year, day.month, day.day, int(at[:2]), int(at[3:]),
                                           tzinfo=timezone(timedelta(hours=3))))
                for i, (outlet, at, title, body) in enumerate(reports)]
    return [(article, analyse(article, models)) for article in articles]


def of_kind(differences: list, kind: str) -> list:
    return [d for d in differences if d.kind == kind]
