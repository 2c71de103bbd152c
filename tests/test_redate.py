"""A guessed publication year is re-anchored to the input's full dates, then to the story's dated reports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from svodka.engine import Engine
from svodka.redate import anchored, year_near
from svodka.store import Store


def test_guessed_year_moves_next_to_the_references() -> None:
    guessed = datetime(2025, 12, 24, 8, 23)
    assert anchored(guessed, [datetime(2021, 12, 23)]) == datetime(2021, 12, 24, 8, 23)
    # a report from early January: the December day belongs to the year before
    assert anchored(datetime(2026, 12, 30), [datetime(2022, 1, 2, tzinfo=UTC)]) == datetime(2021, 12, 30)
    assert anchored(guessed, []) == guessed


def test_a_year_less_date_takes_the_year_nearest_the_input_s_full_dates_never_after_the_clock() -> None:
    clock = datetime(2026, 11, 24, 12)
    assert year_near(datetime(2026, 11, 11), [datetime(2019, 11, 17)], clock) == datetime(2019, 11, 11)
    assert year_near(datetime(2026, 1, 3), [datetime(2019, 12, 30)], clock) == datetime(2020, 1, 3)
    assert year_near(datetime(2026, 11, 20), [datetime(2026, 11, 1)], clock) == datetime(2026, 11, 20)  # a live feed
    assert year_near(datetime(2025, 12, 20), [datetime(2026, 11, 20)], clock) == datetime(2025, 12, 20)  # not 2026-12
    assert year_near(datetime(2024, 2, 29), [datetime(2021, 3, 1)], clock) == datetime(2020, 2, 29)  # a leap year's day


def test_seed_without_a_year_takes_its_siblings_year_and_its_dates_agree(engine: Engine, store: Store, seeds: Path) -> None:
    engine.run([str(seeds)])
    [story] = store.stories()
    members = [store.article(a) for a in story.articles]
    undated = next(m for m in members if m.article.published_year_guessed)
    assert undated.article.published == datetime(2021, 12, 24, 8, 23)
    next_week = next(d for d in undated.analysis.dates if d.text == "на следующей неделе")
    start, end = next_week.date.split("/")
    assert start <= "2021-12-28" <= end
