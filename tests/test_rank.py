"""Story ranking: more outlets, faster pickup, fresher news and weightier actors rank higher."""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timedelta

import pytest

from svodka.model import Reprint, Story, StoryEntity
from svodka.rank import (FORMULA, Report, entity_story_counts, outlet_count, rank_factors, rank_formula, reference_time,
                         story_rank)
from svodka.store.db import ReportTime

NOON = datetime(2026, 3, 12, 12, 0)


def reports(*rows: tuple[str, str | None, datetime | None]) -> dict[str, Report]:
    return {article: ReportTime(article, outlet, published) for article, outlet, published in rows}


def rank_of(story: Story, known: dict[str, Report], counts: Counter[str] | None = None, total: int = 1) -> float:
    return story_rank(story, known, counts or Counter(), total, reference_time(known.values()))[0]


def test_more_distinct_outlets_rank_higher_and_reprints_count_once() -> None:
    known = reports(("a", "fontanka", NOON), ("b", "rbc", NOON), ("c", "tass", NOON), ("d", "tass", NOON))
    two = Story("s2", ["a", "b"])
    three = Story("s3", ["a", "b", "c"])
    reprinted = Story("s3r", ["a", "b", "c"], reprints=[Reprint("b", "a", 0.98)])
    same_outlet_twice = Story("s4", ["a", "b", "c", "d"])
    assert rank_of(three, known) > rank_of(two, known)
    assert rank_of(reprinted, known) == rank_of(two, known)
    assert story_rank(same_outlet_twice, known, Counter(), 1, NOON)[1]["outlets"] == 3


def test_fast_pickup_and_recency_raise_the_rank() -> None:
    known = reports(("a", "x", NOON), ("b", "y", NOON + timedelta(hours=1)), ("c", "x", NOON - timedelta(days=3)),
                    ("d", "y", NOON - timedelta(days=2)), ("e", "z", NOON + timedelta(hours=1)))
    fast_fresh, slow_old = Story("f", ["a", "b"]), Story("s", ["c", "d"])
    _, fast = story_rank(fast_fresh, known, Counter(), 1, NOON + timedelta(hours=1))
    _, slow = story_rank(slow_old, known, Counter(), 1, NOON + timedelta(hours=1))
    assert fast["pickup"] > slow["pickup"] and fast["recency"] > slow["recency"]
    assert rank_of(fast_fresh, known) > rank_of(slow_old, known)


def test_entities_named_in_many_stories_weigh_more() -> None:
    known = reports(("a", "x", NOON), ("b", "y", NOON))
    president = Story("p", ["a"], entities=[StoryEntity("Владимир Путин", "PER", ["a"])])
    nobody = Story("n", ["b"], entities=[StoryEntity("Иван Сидоров", "PER", ["b"])])
    others = [Story(f"o{i}", [], entities=[StoryEntity("Владимир Путин", "PER", [])]) for i in range(5)]
    counts = entity_story_counts([president, nobody, *others])
    assert rank_of(president, known, counts, 7) > rank_of(nobody, known, counts, 7)


def test_undated_stories_still_rank_by_outlets() -> None:
    known = reports(("a", "x", None), ("b", "y", None), ("c", "z", None))
    assert rank_of(Story("two", ["a", "b"]), known) > rank_of(Story("one", ["c"]), known) > 0


def test_the_rank_is_the_documented_formula_of_its_components() -> None:
    """What the README and the story page say: log2(1 + outlets) × (1 + ½·pickup) × (½ + ½·recency) × (1 + ½·entities)."""
    known = reports(("a", "x", NOON - timedelta(hours=5)), ("b", "y", NOON - timedelta(hours=3)), ("c", "z", NOON))
    story = Story("s", ["a", "b"], entities=[StoryEntity("Москва", "LOC", ["a", "b"])])
    rank, parts = story_rank(story, known, Counter({"Москва": 3}), 4, NOON)
    documented = (math.log2(1 + parts["outlets"]) * (1 + 0.5 * parts["pickup"]) * (0.5 + 0.5 * parts["recency"])
                  * (1 + 0.5 * parts["entities"]))
    assert 0 < parts["pickup"] < 1 and 0 < parts["recency"] < 1 and 0 < parts["entities"] <= 1
    assert rank == pytest.approx(documented, abs=1e-4) == math.prod(rank_factors(parts).values())
    shown = rank_formula(parts)
    assert [float(factor.split(" (")[0]) for factor in shown.split(" × ")] == [
        pytest.approx(value, abs=0.005) for value in rank_factors(parts).values()]
    assert FORMULA.startswith("log2(1 + outlets)") and all(name in FORMULA for name in parts)


def test_a_guessed_year_neither_sets_the_reference_nor_ranks_as_news_from_the_future() -> None:
    """A 2019 archive with one report printed "16 ноября", its year guessed from a 2026 clock."""
    known = reports(("a", "tass", datetime(2019, 11, 17, 12)), ("b", "rbc", datetime(2019, 11, 10, 12)))
    known["g"] = ReportTime("g", "ria", datetime(2026, 11, 16, 12), year_guessed=True)
    reference = reference_time(known.values())
    assert reference == datetime(2019, 11, 17, 12)  # the newest time printed in full, not the guess

    def recency_of(article: str) -> float:
        return story_rank(Story(article, [article]), known, Counter(), 1, reference)[1]["recency"]

    assert recency_of("a") == 1.0 and recency_of("b") < 0.01
    assert recency_of("g") == 0.5  # counted as 2019-11-16 12:00: a day before the reference


def test_with_only_guessed_years_the_newest_guess_is_the_reference() -> None:
    known = {a: ReportTime(a, a, published, year_guessed=True)
             for a, published in (("a", datetime(2026, 11, 17, 12)), ("b", datetime(2026, 11, 16, 12)))}
    reference = reference_time(known.values())
    assert reference == datetime(2026, 11, 17, 12)
    assert story_rank(Story("b", ["b"]), known, Counter(), 1, reference)[1]["recency"] == 0.5


def test_reports_naming_no_outlet_count_as_one_unknown_outlet() -> None:
    known = reports(("a", "fontanka", NOON), ("b", None, NOON + timedelta(hours=1)), ("c", None, NOON + timedelta(hours=2)))
    _, components = story_rank(Story("s", ["a", "b", "c"]), known, Counter(), 1, NOON)
    assert components["outlets"] == 2  # a folder of pastes from one unknown site is not many outlets
    _, unknown_only = story_rank(Story("u", ["b", "c"]), known, Counter(), 1, NOON)
    assert unknown_only["outlets"] == 1 and unknown_only["pickup"] == 0  # nor is an hour between them a pickup
    assert outlet_count(["fontanka", None, None, "rbc"]) == 3
