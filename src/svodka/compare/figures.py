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
from svodka.compare.details import WORD, inflected
from svodka.nlp.aliases import english_name
from svodka.nlp.translit import name_key

MIN_NAMES = 2  # names two sentences in two languages must both give, and only them, to tell one fact



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


def joined_by_names(facts: list[Fact]) -> list[Fact]:
    """The facts, each one told by a single source joined to another source's fact in another language whose
    sentence prints every name it gives, two or more, neither giving a figure: «Самым популярным направлением
    осталась Москва, на втором месте — Сочи» / "Moscow remained the most popular destination, followed by Sochi".
    Alignment meets a translation by its names and figures; a sentence of names alone is too little for it."""
    kept: list[Fact] = []
    for fact in facts:
        alone = len(fact.sources) == 1 and len(fact.units) == 1
        other = next((k for k in kept if alone and any(_named_alike(fact.units[0], u) for u in k.units)), None)
        if other is not None:
            other.units.extend(fact.units)
        else:
            kept.append(fact)
    return kept


def _named_alike(a: Unit, b: Unit) -> bool:
    """Two sources' sentences in two languages, one printing every name the other gives (two or more)."""
    return a.language != b.language and a.source != b.source and any(
        len(names := _names(one)) >= MIN_NAMES and _prints_all(other, names) for one, other in ((a, b), (b, a)))


def _names(unit: Unit) -> list[str]:
    """The keys of the sentence's names, by their last word (a surname, «Зареченска» of «Аэропорт Зареченска»), two
    languages alike; none for a sentence printing a figure."""
    if any(ch.isdigit() for ch in unit.text):
        return []
    return list({name_key(english_name(name.split()[-1])) for name in unit.entity_names.values()})


def _prints_all(unit: Unit, names: list[str]) -> bool:
    """Whether the sentence, giving no figure, prints a word for each name, up to a case ending."""
    if any(ch.isdigit() for ch in unit.text):
        return False
    words = {name_key(english_name(word)) for word in WORD.findall(unit.text)}
    return all(any(inflected(name, word) for word in words) for name in names)


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
