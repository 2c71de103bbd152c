"""Facts joined by the figure they share: one count told in sentences worded too differently to align.

«За сутки коронавирус подхватили 84 человека» and «В РТ за последние сутки выявлено 84 новых случая заражения
коронавирусом» share two words and a figure, too little for alignment; each would stand as its outlet's unique fact,
though both reports tell it. The same figure (in digits or words, counted or bare) beside a common word of
substance or name, about the same day, says the two sentences tell one count.
"""

from __future__ import annotations

import re
from collections import defaultdict

from svodka.compare.align import MIN_SHARED_FIGURE, Fact, Unit
from svodka.compare.lexicon import MEASURE_CONCEPTS, concept
from svodka.compare.values import CONTENT_LETTERS, YEAR, Reading, readings, same_days



def joined_by_figures(facts: list[Fact], text_of: dict[str, str]) -> list[Fact]:
    """The facts, each one told by a single source joined to a fact of another source that gives one of its figures
    in a sentence sharing a word or name with it (`_same_count`); the fact sharing most figures wins."""
    read = {id(u): readings(u, text_of) for fact in facts for u in fact.units}
    kept: list[Fact] = []
    giving: dict[float, set[int]] = defaultdict(set)  # a figure -> the kept facts printing it: few to weigh
    for fact in facts:
        figures = {r.value for u in fact.units for r in read[id(u)] if r.value >= MIN_SHARED_FIGURE}
        at = len(kept)
        if len(fact.sources) == 1:
            candidates = sorted({i for value in figures for i in giving[value]})
            score, best = max(((_shared_figures(fact, kept[i], read), i) for i in candidates), default=(0, -1))
            if score:
                kept[best].units.extend(fact.units)
                at = best
        if at == len(kept):
            kept.append(fact)
        for value in figures:
            giving[value].add(at)
    return kept


def _shared_figures(fact: Fact, other: Fact, read: dict[int, list[Reading]]) -> int:
    """How many figures of the fact another source of `other` gives in a sentence telling the same count."""
    source = fact.units[0].source
    return len({a.value for unit in fact.units for o in other.units if o.source != source
                for a, b in _same_count(unit, o, read)})


def _same_count(unit: Unit, other: Unit, read: dict[int, list[Reading]]) -> list[tuple[Reading, Reading]]:
    """The pairs of equal figures (MIN_SHARED_FIGURE or more, both counts or both points, ranges with both ends)
    of two sentences of one day sharing a content lemma, concept or name."""
    if not same_days(unit, other) or not _content(unit) & _content(other):
        return []
    return [(a, b) for a in read[id(unit)] for b in read[id(other)]
            if a.value == b.value and a.value >= MIN_SHARED_FIGURE and a.high == b.high and a.ordinal == b.ordinal
            and not _other_measures(a, b) and not any(map(_year, (a, b))) and not any(map(_compound, (a, b)))]


def _other_measures(a: Reading, b: Reading) -> bool:
    """The figures measure in different units: "18 лет" is an age, "18 человек" a count; "Some 11 minutes" no
    "11-year-old"."""
    measures = {concept(r.noun, r.unit.language) for r in (a, b)}
    return len(measures) == 2 and measures <= MEASURE_CONCEPTS


def _year(reading: Reading) -> bool:
    """A figure that reads as a year, counting nothing measured ("the 2020 Met Gala"): a name's year, not a count."""
    measured = concept(reading.noun, reading.unit.language) in MEASURE_CONCEPTS
    return bool(YEAR.fullmatch(f"{reading.value:g}")) and not measured


def _compound(reading: Reading) -> bool:
    """A figure glued by a hyphen to the word after it ("the 11-year-old", «45-ой Параллели», «75-летними»): part of
    a word that describes, no count."""
    return bool(re.search(rf"(?<![\w.,]){re.escape(reading.text)}-[^\W\d_]", reading.unit.text))


def _content(unit: Unit) -> set[str]:
    """The sentence's words of substance, their concepts and its names."""
    words = {lemma for lemma in unit.lemmas if len(lemma) >= CONTENT_LETTERS and lemma.isalpha()}
    return words | {c for lemma in words if (c := concept(lemma, unit.language))} | set(unit.entity_names)
