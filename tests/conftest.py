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
from svodka.model import Analysis, Article, RawDocument, Reprint, Story
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


# Fictional texts, each of at least COPY_MIN_WORDS words but the last two.
FERRY = ("Паромная переправа через Верхнюю Кемь возобновила работу после ледохода, сообщили в администрации района. "
         "Первый рейс паром совершил в восемь утра, на борту были двенадцать машин и рейсовый автобус.")
FERRY_TRIMMED = FERRY.rsplit(",", 1)[0] + "."  # a reprint that cut the end: no copy word for word
PIER = ("У села Подужемье начали строить новый причал, к которому паром будет подходить летом, сообщили в "
        "администрации района. Подрядчик обещает закончить работы к осени, а старый причал разберут.")
SHORT = "Паром ходит каждые сорок минут."  # too short to tell a copy: two printings stay two hits
# id -> (text, story): the ferry text three times in one story (the trimmed one linked there as a reprint of the
# first), the pier text twice in no story, the short text twice.
PRINTED = {"a100000000000001": (FERRY, "5a00000000000001"), "a100000000000002": (FERRY, "5a00000000000001"),
           "a100000000000003": (FERRY_TRIMMED, "5a00000000000001"), "b100000000000001": (PIER, None),
           "b100000000000002": (PIER, None), "c100000000000001": (SHORT, None), "c100000000000002": (SHORT, None)}
TEXTS = [{"a100000000000001", "a100000000000002", "a100000000000003"}, {"b100000000000001", "b100000000000002"},
         {"c100000000000001"}, {"c100000000000002"}]


@pytest.fixture
def reprinted(store: Store) -> Store:
    """The texts of PRINTED, each stored (and assigned to its story) as a printing of its own, the ferry story
    saved with its reprint: search folds each text into one hit (tests/test_search_folded_pages.py)."""
    for number, (article_id, (text, story_id)) in enumerate(PRINTED.items()):
        add_printing(store, article_id, text, story_id, number)
    ferry = [article_id for article_id, (_, story_id) in PRINTED.items() if story_id]
    store.save_story(Story("5a00000000000001", ferry, title="Переправа открылась", rank=1.0,
                           reprints=[Reprint("a100000000000003", "a100000000000001", 0.9)]))
    return store


def add_printing(store: Store, article_id: str, text: str, story_id: str | None, number: int) -> None:
    """One printing of a text, as an outlet of its own gives it (a title of its own too), in `story_id` if any."""
    article = Article(article_id, f"{article_id}.txt", text, title=f"Переправа {number}", outlet=f"Газета {number}")
    raw = RawDocument(origin=f"{article_id}.txt", raw=article_id.encode(), format="text", text=text)
    store.add_article(raw, article, Analysis("ru", news=True, category="society"), {})
    if story_id:
        store.assign(article_id, story_id, {}, [])


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
    from svodka.nlp import analyse

    articles = [Article(id=f"r{i}", origin=f"r{i}.txt", text=body, title=title, outlet=outlet,
                        published=datetime(day.year, day.month, day.day, int(at[:2]), int(at[3:]),
                                           tzinfo=timezone(timedelta(hours=3))))
                for i, (outlet, at, title, body) in enumerate(reports)]
    return [(article, analyse(article, models)) for article in articles]


def of_kind(differences: list, kind: str) -> list:
    return [d for d in differences if d.kind == kind]
