"""How the understanding benchmark pairs system dates with gold ones (benchmarks/understanding.py)."""

from __future__ import annotations

import sys
from collections import Counter

from conftest import ROOT


def _relaxed(gold: Counter, found: Counter) -> tuple[int, int]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.understanding import tally_dates
    tally: Counter = Counter()
    tally_dates(gold, found, tally)
    return tally["date_hit_relaxed"], tally["date_right_relaxed"]


def test_a_relaxed_match_holds_the_other_expression_word_for_word() -> None:
    """"1 июня" is inside "с 1 июня", not inside "11 июня"; "вчера" is not "позавчера"."""
    gold = Counter({("1 июня", "2020-06-01"): 1, ("вчера", "2019-11-16"): 1})
    found = Counter({("11 июня", "2020-06-11"): 1, ("позавчера", "2019-11-15"): 1})
    assert _relaxed(gold, found) == (0, 0)
    assert _relaxed(gold, Counter({("с 1 июня", "2020-06-01"): 1})) == (1, 1)


def test_an_expression_found_with_the_gold_s_exact_text_goes_to_that_gold_date() -> None:
    """The found "1 июня" is the gold "1 июня" (resolved otherwise), not the gold "с 1 июня" that holds it."""
    gold = Counter({("с 1 июня", "2020-06-01"): 1, ("1 июня", "2021-06-01"): 1})
    found = Counter({("1 июня", "2020-06-01"): 1})
    assert _relaxed(gold, found) == (1, 0)
