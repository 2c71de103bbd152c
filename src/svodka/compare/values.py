"""Conflicts: aligned facts whose numbers or dates disagree once both are resolved.

Values are compared only after resolution: a relative date ("на следующей неделе")
resolves to an interval that agrees with any day inside it, and a hedged number
("почти четыре часа", "около 4 часов", "превысят 410 млрд") agrees with any value
within HEDGE_TOLERANCE. Only a unit counted once in each sentence is compared, so
"12 из 212 сооружений" is not read as a disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from svodka.compare.align import Fact, Unit
from svodka.compare.lexicon import concept
from svodka.model import Difference

# "почти четыре часа" and "около трёх" are within 10% of the exact value in every
# hedged pair of the sample corpus (410 vs 412 bn is 0.5%, "almost 4" vs 4 is 0%).
HEDGE_TOLERANCE = 0.1
EXACT_TOLERANCE = 0.005  # rounding in the last printed digit
# Readings further apart than this are two quantities, not one misreported ("9,1 млрд
# рублей" cost vs "70 рублей" fare): every planted conflict of the corpus is within 1.3×.
SAME_QUANTITY_RATIO = 2.0
HEDGE = re.compile(
    r"\b(почти|около|более|свыше|порядка|примерно|приблизительно|превы\w*|не менее|до|"
    r"about|almost|nearly|around|over|more than|some|roughly|approximately|up to)\s*$", re.I)
HEDGE_WINDOW = 25  # characters before the number searched for a hedge word


def value_conflicts(fact: Fact, text_of: dict[str, str]) -> list[Difference]:
    """Numbers of one unit, and dates, that disagree between the fact's sources."""
    if len(fact.sources) < 2:
        return []
    return _number_conflicts(fact, text_of) + _date_conflicts(fact)


def _number_conflicts(fact: Fact, text_of: dict[str, str]) -> list[Difference]:
    by_unit: dict[str, list[tuple[Unit, float, str, bool]]] = defaultdict(list)
    for unit in fact.units:
        counted = defaultdict(list)
        for number in unit.numbers:  # "15 человек" and "15 people" count one thing
            counted[concept(number.unit, unit.language) or number.unit].append(number)
        for name, numbers in counted.items():
            if len(numbers) == 1 and name:
                (number,) = numbers
                before = text_of[unit.article][max(0, number.start - HEDGE_WINDOW):number.start]
                hedged = bool(HEDGE.search(before) or HEDGE.search(number.text.split()[0] + " "))
                by_unit[name].append((unit, number.value, number.text, hedged))
    found = []
    for readings in by_unit.values():
        disagreeing = [
            (a, b) for i, a in enumerate(readings) for b in readings[i + 1:]
            if a[0].source != b[0].source and not numbers_agree(a[1], a[3], b[1], b[3])
            and max(a[1], b[1]) <= SAME_QUANTITY_RATIO * min(a[1], b[1])
        ]
        if disagreeing:
            a, b = disagreeing[0]
            found.append(_conflict(fact, f"{a[2]} ({a[0].outlet}) vs {b[2]} ({b[0].outlet})", [r[0] for r in readings]))
    return found


def numbers_agree(a: float, a_hedged: bool, b: float, b_hedged: bool) -> bool:
    tolerance = HEDGE_TOLERANCE if a_hedged or b_hedged else EXACT_TOLERANCE
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _date_conflicts(fact: Fact) -> list[Difference]:
    dated = [(unit, unit.dates[0]) for unit in fact.units if len(unit.dates) == 1]
    for i, (unit_a, a) in enumerate(dated):
        for unit_b, b in dated[i + 1:]:
            if unit_a.source != unit_b.source and not dates_agree(a.date or "", b.date or ""):
                text = f"{a.text.strip(' .,')} = {a.date} ({unit_a.outlet}) vs {b.text.strip(' .,')} = {b.date} ({unit_b.outlet})"
                return [_conflict(fact, text, [u for u, _ in dated])]
    return []


def dates_agree(a: str, b: str) -> bool:
    """Two resolved dates (ISO day or 'start/end' interval) agree when they overlap."""
    try:
        (a0, a1), (b0, b1) = _interval(a), _interval(b)
    except ValueError:  # a resolution we cannot read cannot contradict anything
        return True
    return a0 <= b1 and b0 <= a1


def _interval(value: str) -> tuple[date, date]:
    start, _, stop = value.partition("/")
    return date.fromisoformat(start[:10]), date.fromisoformat((stop or start)[:10])


def _conflict(fact: Fact, values: str, units: list[Unit]) -> Difference:
    return Difference("conflict", f"{fact.units[0].text.strip()} — {values}", sorted({u.article for u in units}))
