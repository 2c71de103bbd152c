"""The story's timeline: each dated fact once, at its most precise date.

Dates come from the aligned facts, so "на следующей неделе" in one report and
"28 декабря" in another become one event on 28 December cited by both, instead of two
entries that look like different events.

A date given as a bound is no event of the period it names: "первая концессия после 2018
года" or "since 2015" happened at no date in 2018 or 2015, and "by 2030" / "до 2030 года"
is a target somewhere up to 2030. A bound on a day is kept: "до 31 мая", "by the end of
2027", "с 1 апреля" read as a dated point (a deadline, a start). "После 14 марта" never is.

A report that printed its own date without a year («11 ноября») has a guessed publication
year, and every date its text gives without a year ("вчера", "в пятницу", "14 марта") is
counted from that guess: an event only such dates support is marked `date_year_guessed`,
like the report's time (svodka.story_span). A date reached from another date of the text
("the following year", «того же года») is counted as guessed too: the resolver does not say
which date it started from, and an unmarked guess would mislead more than a marked fact.
"""

from __future__ import annotations

import re
from collections import Counter

from svodka.compare import Alignment, Members, story_alignment
from svodka.compare.align import Fact, Unit
from svodka.compare.similarity import Vectors
from svodka.compare.values import dates_agree
from svodka.model import DateRef, TimelineEvent
from svodka.months import EN_MONTH_FULL, RU_MONTH_GENITIVE
from svodka.nlp import article_text
from svodka.written_year import WRITTEN_YEAR

# Bounds that leave the date open on one side whatever its precision: nothing happens on it.
OPEN_BOUNDS = ("после", "не ранее", "не раньше", "after", "no earlier than", "not before", "later than")
# Bounds that make a day a deadline or a start ("до 1 марта", "by the end of 2027", "с 1 апреля")
# but a year, season or month an open period ("до 2028 года", "since 2015", "by 2030").
DAY_BOUNDS = ("до", "вплоть до", "к", "ко", "с", "со", "начиная с", "не позднее", "не позже",
              "by", "before", "until", "till", "since", "from", "no later than", "earlier than")
_BOUND = "|".join(sorted(map(re.escape, OPEN_BOUNDS + DAY_BOUNDS), key=len, reverse=True))
# What may stand between the bound and the date: "с начала 2025 года", "since the start of last
# year", "after June 2026" (the resolver reads only "2026" there).
_FILLER = (r"(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|начала\s+|конца\s+|середины\s+)?"
           rf"(?:(?:{EN_MONTH_FULL}|{RU_MONTH_GENITIVE})\s+)?")
BOUND_BEFORE = re.compile(rf"(?<!\w)({_BOUND})\s+{_FILLER}$", re.IGNORECASE)  # the words just before the date
BOUND_OPENING = re.compile(rf"^({_BOUND})\s+", re.IGNORECASE)  # the resolver's span may hold the bound itself
BOUND_CONTEXT_CHARS = 40  # longer than any bound with its filler ("no earlier than the beginning of ")


def story_timeline(members: Members, vectors: Vectors | None = None, alignment: Alignment | None = None) -> list[TimelineEvent]:
    facts = (alignment or story_alignment(members, vectors)).facts
    text_of = {article.id: article_text(article) for article, _ in members}
    year_guessed = {article.id for article, _ in members if article.published_year_guessed}
    events = [event for fact in facts for event in fact_events(fact, text_of, year_guessed) + entry_events(fact)]
    return sorted(events, key=lambda e: (e.date, e.text))


def entry_events(fact: Fact) -> list[TimelineEvent]:
    """A live blog's entries at the times they were posted (`align.entry_time`: "13:05 Пожар локализован…"): a story
    told through one day has one date, and its timeline is its hours. One event per time the fact's entries give."""
    by_time: dict[str, list[Unit]] = {}
    for unit in fact.units:
        if unit.stamped and unit.published:
            by_time.setdefault(unit.published.isoformat(timespec="minutes"), []).append(unit)
    return [TimelineEvent(when, units[0].shown, sorted({u.article for u in units})) for when, units in by_time.items()]


def fact_events(fact: Fact, text_of: dict[str, str], year_guessed: set[str]) -> list[TimelineEvent]:
    """One event per date the fact's reports give, dates that agree merged into the most precise; an event
    whose every date was counted from a guessed publication year (`year_guessed`: those articles' ids) says so."""
    refs = [(unit, ref) for unit in fact.units for ref in unit.dates
            if ref.date and dated_point(ref, _words_before(unit, ref, text_of))]
    events: list[TimelineEvent] = []
    for date in _distinct_dates([ref for _, ref in refs]):
        agreeing = [(unit, ref) for unit, ref in refs if dates_agree(ref.date or "", date)]
        citing = sorted({unit.article for unit, _ in agreeing})
        guessed = all(rests_on_guessed_year(ref, unit.article in year_guessed) for unit, ref in agreeing)
        events.append(TimelineEvent(date, agreeing[0][0].shown, citing, guessed))
    return events


def rests_on_guessed_year(ref: DateRef, publication_year_guessed: bool) -> bool:
    """Whether a date's year is only as good as its report's guessed publication year: a date printed with
    its year («14 марта 2026 года», "2019") stands on its own."""
    return publication_year_guessed and not WRITTEN_YEAR.search(ref.text)


def dated_point(ref: DateRef, before: str) -> bool:
    """Whether the date marks when something happens, not a bound of an open period."""
    match = BOUND_OPENING.match(ref.text) or BOUND_BEFORE.search(before)
    if not match:
        return True
    bound = " ".join(match.group(1).lower().split())
    return bound not in OPEN_BOUNDS and "/" not in (ref.date or "")


def _words_before(unit: Unit, ref: DateRef, text_of: dict[str, str]) -> str:
    """The sentence's text just before the date, where a bound preposition would stand."""
    text = text_of.get(unit.article, "")
    return text[max(unit.start, ref.start - BOUND_CONTEXT_CHARS):ref.start]


def _distinct_dates(refs: list[DateRef]) -> list[str]:
    """The dates mentioned, an interval dropped when a more precise date inside it is given."""
    counted = Counter(ref.date for ref in refs if ref.date)
    by_precision = sorted(counted, key=lambda d: (len(d), -counted[d]))
    kept: list[str] = []
    for date in by_precision:
        if not any(dates_agree(date, k) for k in kept):
            kept.append(date)
    return kept
