"""Conflicts: aligned facts whose numbers or dates disagree once both are resolved.

Values are compared only after resolution: a relative date ("на следующей неделе")
resolves to an interval that agrees with any day inside it, and a hedged number
("почти четыре часа", "около 4 часов", "превысят 410 млрд") agrees with any value
within HEDGE_TOLERANCE. And only values of one quantity are compared: numbers that count
the same thing (a common counted noun or neighbouring concept, "12 человек пострадали" /
"число пострадавших выросло до 15"), both ordinals or both not ("87-й минуте" /
"20 минут"), within SAME_QUANTITY_RATIO ("12 из 212 сооружений"); dates about a common
named participant. A source that also gives the other's value somewhere in the fact
agrees with it ("линия 6,8 км … велодорожка около 5 км" against "6,8 км").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, time, timedelta

from svodka.compare.align import LEADING_NUMBER, Fact, Members, Unit, number_key
from svodka.compare.lexicon import concept
from svodka.compare.quotes import printing_sources
from svodka.model import Article, DateRef, Difference, Disputed

# "почти четыре часа" and "около трёх" are within 10% of the exact value in every
# hedged pair of the sample corpus (410 vs 412 bn is 0.5%, "almost 4" vs 4 is 0%).
HEDGE_TOLERANCE = 0.1
EXACT_TOLERANCE = 0.005  # rounding in the last printed digit
# Readings further apart than this are two quantities, not one misreported ("9,1 млрд
# рублей" cost vs "70 рублей" fare): every planted conflict of the corpus is within 1.3×.
SAME_QUANTITY_RATIO = 2.0
HEDGE = re.compile(
    r"\b(почти|около|более|свыше|порядка|примерно|приблизительно|превы\w*|не менее|до|"
    r"about|almost|nearly|around|over|more than|some|roughly|approximately|up to)\s*$", re.IGNORECASE)
DATE_ONLY_SHIFT = timedelta(days=1, seconds=-1)  # a date without a time: the end of that day (`publication_order`)
HEDGE_WINDOW = 25  # characters before the number searched for a hedge word
# Lemmas either side of a number that say what it counts: "12 человек пострадали" ->
# people, injured. Two reach the verb after the noun in every counted phrase of the corpus.
COUNT_WINDOW = 2
ORDINAL = re.compile(r"^\d+(?:-?(?:й|я|е|го|му|м|ом|ой|ых)|st|nd|rd|th)\b", re.IGNORECASE)
# A figure the analyser left without a counted noun ("выросло до 15"); not a time or score ("09:40", "2:1").
BARE_NUMBER = re.compile(r"(?<![\w:.,-])\d+(?:[.,]\d+)?(?!\w|[:.,-]?\d)")


@dataclass
class Reading:
    """A number as one source states it, with what it counts."""

    unit: Unit
    value: float
    text: str
    hedged: bool
    ordinal: bool  # "на 87-й минуте" is a point, "20 минут" a duration: never compared
    counts: frozenset[str]  # concepts or lemmas the number attaches to


def value_conflicts(fact: Fact, text_of: dict[str, str]) -> list[Difference]:
    """Numbers of one quantity, and dates of one event, that disagree between the fact's sources."""
    if len(fact.sources) < 2:
        return []
    return _number_conflicts(fact, text_of) + _date_conflicts(fact)


def readings(unit: Unit, text_of: dict[str, str]) -> list[Reading]:
    """The unit's numbers, those without a counted noun ("выросло до 15") included."""
    text = text_of[unit.article]
    found = []
    for start, stop, value, unit_word in _numbers_of(unit, text):
        number_text = text[start:stop]
        before = text[max(0, start - HEDGE_WINDOW):start]
        hedged = bool(HEDGE.search(before) or HEDGE.search(number_text.split()[0] + " "))
        found.append(Reading(unit, value, number_text.strip(), hedged, bool(ORDINAL.match(number_text)),
                             _counts(unit, number_text, unit_word)))
    return found


def _numbers_of(unit: Unit, text: str) -> list[tuple[int, int, float, str]]:
    """(start, stop, value, counted word) of each number: the analysed ones, then bare figures left over."""
    found = [(n.start, n.stop, n.value, n.unit) for n in unit.numbers]
    taken = [(n.start, n.stop) for n in unit.numbers] + list(unit.date_spans)
    for match in BARE_NUMBER.finditer(text, unit.start, unit.stop):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            found.append((match.start(), match.end(), float(match.group().replace(",", ".")), ""))
    return found


def _counts(unit: Unit, number_text: str, unit_word: str) -> frozenset[str]:
    """What a number counts: its noun and the words next to it, or the whole sentence for a bare figure.

    "Двенадцать человек пострадали" counts people and the injured; "число пострадавших
    выросло до 15" names no noun after 15, so the sentence says what it counts.
    """
    lemmas = list(dict.fromkeys(unit.lemmas_in_order))
    if not unit_word:
        return frozenset(_meaning(lemma, unit.language) for lemma in lemmas) - {None}
    head = number_text.split()[0].lower()
    at = next((i for i, lemma in enumerate(lemmas) if lemma == head or len(lemma) > 2 and head.startswith(lemma)), None)
    near = lemmas[max(0, at - COUNT_WINDOW):at + COUNT_WINDOW + 1] if at is not None else []
    return frozenset({_meaning(unit_word, unit.language)} | {concept(lemma, unit.language) for lemma in near}) - {None}


def _meaning(word: str, language: str) -> str | None:
    """A word's lexicon concept, else the word itself when it is a noun-like content word."""
    if concept(word, language):
        return concept(word, language)
    return word if len(word) > 2 and not LEADING_NUMBER.match(word) else None


def _number_conflicts(fact: Fact, text_of: dict[str, str]) -> list[Difference]:
    """One conflict per disputed quantity, citing every article that gives a value for it."""
    disputed, every = _disputed_readings(fact, text_of)
    return [_number_conflict(a, b, every) for a, b in disputed]


def disputed_numbers(fact: Fact, text_of: dict[str, str]) -> set[str]:
    """The number keys (`align.number_key`) of every value the fact's sources give for a quantity they dispute:
    a story title stating one of them takes a side."""
    if len(fact.sources) < 2:
        return set()
    disputed, every = _disputed_readings(fact, text_of)
    return {number_key(r.value) for a, b in disputed for r in every if same_quantity(r, a) or same_quantity(r, b)}


def _disputed_readings(fact: Fact, text_of: dict[str, str]) -> tuple[list[tuple[Reading, Reading]], list[Reading]]:
    """A disagreeing pair of readings per disputed quantity, and all the fact's readings."""
    by_source = _readings_by_source(fact, {id(unit): readings(unit, text_of) for unit in fact.units})
    every = [r for found in by_source.values() for r in found]
    disputed: list[tuple[Reading, Reading]] = []
    sources = sorted(by_source)
    for i, first in enumerate(sources):
        for second in sources[i + 1:]:
            pair = _disagreement(by_source[first], by_source[second])
            if pair and not any(same_quantity(pair[0], a) for a, _ in disputed):
                disputed.append(pair)
    return disputed, every


def _number_conflict(a: Reading, b: Reading, every: list[Reading]) -> Difference:
    """A disputed quantity, shown on a sentence stating it, with every report that gives a value for it named
    under that value: "Двенадцать человек (12) (Городской курьер, Эхо Урала) vs Fifteen people (15) (Eurasia Wire,
    Северная правда)". A report giving both (a toll that rose over the day) is named under both."""
    sides: list[tuple[Reading, set[str]]] = [(a, set()), (b, set())]
    articles = set()
    for reading in (r for r in every if same_quantity(r, a) or same_quantity(r, b)):
        articles.add(reading.unit.article)
        side = next((s for s in sides if same_quantity(s[0], reading) and _agree(s[0], reading)), None)
        if side is None:
            side = (reading, set())
            sides.append(side)
        side[1].add(reading.unit.outlet)
    values = " vs ".join(f"{_shown(first)} ({', '.join(sorted(outlets))})" for first, outlets in sides)
    return Difference("conflict", f"{a.unit.shown} — {values}", sorted(articles))


def _disagreement(ours: list[Reading], theirs: list[Reading]) -> tuple[Reading, Reading] | None:
    """A reading of each side on one quantity that disagree, when neither side also gives the other's value."""
    for a in ours:
        for b in theirs:
            if (same_quantity(a, b) and not _agree(a, b)
                    and not any(same_quantity(a, c) and _agree(a, c) for c in theirs)
                    and not any(same_quantity(b, c) and _agree(b, c) for c in ours)):
                return a, b
    return None


def _shown(reading: Reading) -> str:
    """The value as printed, with its figure when printed in words ("Двенадцать человек (12)")."""
    return reading.text if any(c.isdigit() for c in reading.text) else f"{reading.text} ({reading.value:g})"


def same_quantity(a: Reading, b: Reading) -> bool:
    """Both count one thing: same kind (ordinal or not), a common counted concept, within a plausible ratio."""
    return (a.ordinal == b.ordinal and bool(a.counts & b.counts)
            and max(a.value, b.value) <= SAME_QUANTITY_RATIO * min(a.value, b.value))


def _agree(a: Reading, b: Reading) -> bool:
    return numbers_agree(a.value, a.hedged, b.value, b.hedged)


def numbers_agree(a: float, a_hedged: bool, b: float, b_hedged: bool) -> bool:
    tolerance = HEDGE_TOLERANCE if a_hedged or b_hedged else EXACT_TOLERANCE
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _date_conflicts(fact: Fact) -> list[Difference]:
    """The closest pair of dates of one event that two sources give differently, if any.

    Of the disagreeing pairs the closest are the one event told two ways ("14 марта" /
    "16 марта"); a dateline's day against an announced date is further apart.
    """
    said = _dates_said(fact)
    pairs = [(a, x, b, y) for i, a in enumerate(fact.units) for b in fact.units[i + 1:]
             for x, y in _disagreeing_dates(a, b, said)]
    if not pairs:
        return []
    a, x, b, y = min(pairs, key=lambda p: _days_apart(p[1].date or "", p[3].date or ""))
    text = f"{x.text.strip(' .,')} = {x.date} ({a.outlet}) vs {y.text.strip(' .,')} = {y.date} ({b.outlet})"
    return [Difference("conflict", f"{a.shown} — {text}", sorted({u.article for u in fact.units if u.dates}))]


def _dates_said(fact: Fact) -> dict[str, list[str]]:
    """Every resolved date each source gives anywhere in the fact."""
    said: dict[str, list[str]] = defaultdict(list)
    for unit in fact.units:
        said[unit.source] += [d.date for d in unit.dates if d.date]
    return said


def _disagreeing_dates(a: Unit, b: Unit, said: dict[str, list[str]]) -> list[tuple[DateRef, DateRef]]:
    """Dates of two sentences about one named participant that neither source also gives the other way.

    A date has no counted noun to tie it to an event; the shared name is what says the
    two sentences date one event ("следующий матч калининградцы проведут 21 марта" and
    "«Сокол» проведёт 22 марта" are two teams' matches, not a disagreement).
    """
    if a.source == b.source or not a.entity_names.keys() & b.entity_names.keys():
        return []
    return [(x, y) for x in a.dates for y in b.dates
            if not any(dates_agree(x.date or "", d) for d in said[b.source])
            and not any(dates_agree(y.date or "", d) for d in said[a.source])]


def _days_apart(a: str, b: str) -> int:
    try:
        (a0, _), (b0, _) = _interval(a), _interval(b)
    except ValueError:
        return 10 ** 6
    return abs((a0 - b0).days)


@dataclass
class Dispute:
    """Another value a source of the fact gives for one of a sentence's numbers or dates."""

    value: str  # as that source prints it: "16 марта", "15 человек"
    source: str


def disputes(fact: Fact, text_of: dict[str, str]) -> dict[int, list[Dispute]]:
    """For each of the fact's units (by id), what its other sources say instead of the unit's numbers
    and dates, when they disagree.

    A summary sentence must not cite those sources as stating it, and a reader should see
    what they say instead. All units at once: the summary weighs every wording of a fact, and
    each unit's numbers are read once, not once for every other wording.
    """
    read = {id(unit): readings(unit, text_of) for unit in fact.units}
    by_source = _readings_by_source(fact, read)
    said = _dates_said(fact)
    return {id(unit): _unit_disputes(fact, unit, read[id(unit)], by_source, said) for unit in fact.units}


def standing_behind(fact: Fact, disputed_by_unit: dict[int, list[Dispute]], text_of: dict[str, str]) -> dict[int, set[str]]:
    """For each unit (by id), the fact's sources that stand behind its wording: those giving no other value for its
    numbers and dates (all of them when it carries no disputed value, one side otherwise) and, when it quotes
    someone, printing the same words (`quotes.printing_sources`)."""
    return {id(u): printing_sources(fact, u, text_of) - {d.source for d in disputed_by_unit[id(u)]} for u in fact.units}


def best_backed(fact: Fact, behind: dict[int, set[str]], order: dict[str, int]) -> list[Unit]:
    """The wordings backed by the most sources (`standing_behind`) and, when those are sides of a dispute backed
    by as many sources each, the side of the earliest report (`order`, by `publication_order`): the first to
    publish set the story. The shared difference and the summary both choose here, so one story page never
    shows one side of a dispute as the common ground and the other as the summary's.
    """
    most = max(len(behind[id(u)]) for u in fact.units)
    best = [u for u in fact.units if len(behind[id(u)]) == most]
    if most == len(fact.sources):
        return best
    earliest = min(order[u.article] for u in best)
    return [u for u in best if order[u.article] == earliest]


def publication_order(members: Members) -> dict[str, int]:
    """Each article's rank by publication time, undated ones last in story order."""
    ranked = sorted(enumerate(members), key=lambda item: (item[1][0].published is None,
                                                          _timestamp(item[1][0]), item[0]))
    return {article.id: rank for rank, (_, (article, _)) in enumerate(ranked)}


def _timestamp(article: Article) -> float:
    """Seconds since the epoch; a time without a zone is read as UTC (timestamps with and without zones mix).

    A day without a time (`published_day_only`: a date printed alone, a URL's day; in a store from before
    that flag, a midnight) was published some time that day, so it goes after the ones of that day whose
    time is known.
    """
    if article.published is None:
        return 0.0
    published = article.published
    if article.published_day_only or published.time() == time(0, 0):
        published = published.replace(hour=0, minute=0) + DATE_ONLY_SHIFT
    return (published if published.tzinfo else published.replace(tzinfo=UTC)).timestamp()


def stating(fact: Fact, disputed: list[Dispute], behind: set[str]) -> tuple[list[str], list[Disputed]]:
    """The articles stating a wording of the fact, those of the sources standing `behind` it, and the other values
    `disputed` with the articles giving them: an article that gives another value, or quotes other words, is never
    cited as stating this one."""
    giving: dict[str, set[str]] = {}
    for dispute in disputed:
        giving.setdefault(dispute.value, set()).update(u.article for u in fact.units if u.source == dispute.source)
    return (sorted({u.article for u in fact.units if u.source in behind}),
            [Disputed(value, sorted(articles)) for value, articles in giving.items()])


def _unit_disputes(fact: Fact, unit: Unit, ours: list[Reading], by_source: dict[str, list[Reading]],
                   said: dict[str, list[str]]) -> list[Dispute]:
    found = [Dispute(_shown(pair[1]), source) for source, theirs in by_source.items()
             if source != unit.source and (pair := _disagreement(ours, theirs))]
    for other in fact.units:
        found += [Dispute(y.text.strip(" .,"), other.source)
                  for _, y in _disagreeing_dates(unit, other, said)[:1]]
    return found


def _readings_by_source(fact: Fact, read: dict[int, list[Reading]]) -> dict[str, list[Reading]]:
    """The readings of each source's units (`read` by unit id), sources in the fact's order."""
    by_source: dict[str, list[Reading]] = defaultdict(list)
    for unit in fact.units:
        by_source[unit.source] += read[id(unit)]
    return by_source


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
