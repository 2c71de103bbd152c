"""A guessed publication year is re-anchored to the story's dated reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from svodka.engine import Engine
from svodka.redate import anchored
from svodka.store import Store


def test_guessed_year_moves_next_to_the_references() -> None:
    guessed = datetime(2025, 12, 24, 8, 23)
    assert anchored(guessed, [datetime(2021, 12, 23)]) == datetime(2021, 12, 24, 8, 23)
    # a report from early January: the December day belongs to the year before
    assert anchored(datetime(2026, 12, 30), [datetime(2022, 1, 2, tzinfo=UTC)]) == datetime(2021, 12, 30)
    assert anchored(guessed, []) == guessed


def test_seed_without_a_year_takes_its_siblings_year_and_its_dates_agree(engine: Engine, store: Store, seeds: Path) -> None:
    engine.run([str(seeds)])
    [story] = store.stories()
    members = [store.article(a) for a in story.articles]
    undated = next(m for m in members if m.article.published_year_guessed)
    assert undated.article.published == datetime(2021, 12, 24, 8, 23)
    next_week = next(d for d in undated.analysis.dates if d.text == "на следующей неделе")
    start, end = next_week.date.split("/")
    assert start <= "2021-12-28" <= end
