"""find_dates: every date expression in a text, matched in pattern order, filtered, resolved, then read in
context: dates counted from an earlier one, weekdays restated or told without tense, days far from
publication that take the year the text gave their month."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from datetime import date, timedelta
from typing import TYPE_CHECKING

from svodka.model import DateRef
from svodka.months import month_number
from svodka.nlp.dates.intervals import iso_day, month_interval, span_of_months
from svodka.nlp.dates.lists import carry_list_years
from svodka.nlp.dates.not_dates import (
    ends_name,
    habitual,
    names_event,
    no_bare_month,
    time_stamp,
    vague_year_part,
)
from svodka.nlp.dates.offsets import counted_from_an_event
from svodka.nlp.dates.patterns import (
    ANCHORED_KINDS,
    CALENDAR_KINDS,
    DAY_MONTH_KINDS,
    MONTH_KINDS,
    NEIGHBOUR_PATTERNS,
    PATTERNS,
)
from svodka.nlp.dates.resolve import TENSE_YEAR_DAYS, resolve
from svodka.nlp.dates.tense import SENTENCE_BOUNDARY, habitual_present, sentence_tense
from svodka.nlp.dates.weekdays import (
    clear_weekdays,
    in_named_week,
    restated,
    weekday_date,
    weekday_in_context,
    weekday_tense,
)
from svodka.written_year import WRITTEN_YEAR

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

ANCHOR_STEPS = {"previous": -1, "предыдущ": -1, "before": -1, "ранее": -1, "following": 1, "next": 1, "after": 1, "следующий": 1,
                "позже": 1, "спустя": 1}
# A day counted from another day needs that day near ("arrested on March 3 ... charged the next day"); further
# off, or after no written day, "the previous day" is the one before the report's ("Sources told Reuters the
# previous day" in a report dated Nov 14). Years carry on through a text ("in 2017 ... in November of that year").
DAY_ANCHOR_CHARS = 300
# What "the same day", "the next day" count from: a day the text names, though not one only qualifying a noun
# ("at Wednesday's close"), which is no day the report tells of
DAY_KINDS = CALENDAR_KINDS | {"weekday", "relative_day"}
POSSESSIVE = ("'s", "’s")
HABIT_KINDS = {"season", "month", "bare_month", "weekday"}  # what a habit may be said of ("обычно в июне")
# «в следующем году», «в следующем месяце»: the one after a year or month named just before (see _following_named);
# «в будущем году», «в прошлом году» are always counted from publication
FOLLOWING_KINDS = {"relative_year", "relative_month"}
FOLLOWING = re.compile(r"(?:в\s+)?следующ", re.I)
# A year whose part only is named («в начале 2020 года») is no date, though "that year" after it counts from it
YEAR_KINDS = {"year", "relative_year"}

# The languages whose texts are searched with their own patterns only: no neighbour's form is read in them
OWN_PATTERN_LANGUAGES = {"ru", "en"}

Found = list[tuple[str, re.Match[str], DateRef]]  # (kind, match, date) of each expression, in text order


def find_dates(text: str, published: date | None, morph: MorphAnalyzer | None = None,
               languages: Collection[str] = ()) -> list[DateRef]:
    """Every date expression, resolved when the publication date allows. `morph` (pymorphy, for Russian) reads
    the verbs that tell a date's tense and the word after «накануне»; without it those fall back to patterns.
    `languages` (those the text is written in, when known): a text only in Russian or English is not searched for
    the neighbours' forms; unknown, every pattern is tried."""
    neighbours = not languages or not set(languages) <= OWN_PATTERN_LANGUAGES
    patterns = PATTERNS if neighbours else [(kind, p) for kind, p in PATTERNS if p not in NEIGHBOUR_PATTERNS]
    found, weekday_tenses = _matched(text, published, morph, patterns)
    return _read_in_context(text, found, weekday_tenses, published, morph)


def _matched(text: str, published: date | None, morph: MorphAnalyzer | None,
             patterns: list[tuple[str, re.Pattern[str]]]) -> tuple[Found, dict[int, str | None]]:
    """Each date expression in text order with its kind, match and date resolved alone (anchored ones unresolved),
    and each weekday's tense by its start. A pattern earlier in PATTERNS claims its text first; what is no date
    (a habit, an event's eve, a year ending a name, a time stamp) is left out."""
    found: Found = []
    starts: list[int] = []  # spans already taken, disjoint and sorted, so their ends are sorted too
    ends: list[int] = []
    weekday_tenses: dict[int, str | None] = {}  # a weekday's start -> its tense, read once (resolving, then context)
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            if (kind in HABIT_KINDS and habitual(match) or kind == "season" and habitual_present(match, morph)
                    or kind == "eve" and names_event(match, morph)
                    or kind == "year" and ends_name(match) or kind == "bare_month" and no_bare_month(match)
                    or kind == "offset" and counted_from_an_event(match, morph)):
                continue
            before = bisect.bisect_left(starts, match.end()) - 1  # the last taken span starting before this ends
            if before >= 0 and ends[before] > match.start():
                continue
            starts.insert(before + 1, match.start())
            ends.insert(before + 1, match.end())
            if time_stamp(match):
                continue  # its text taken, so that no part of it ("2019" of "17.11.2019") is read again
            if kind == "weekday":
                tense = weekday_tenses[match.start()] = weekday_tense(match, morph) if published else None
                resolved = weekday_date(match, published, tense)
            else:
                resolved = None if kind in ANCHORED_KINDS else resolve(kind, match, published, morph)
            found.append((kind, match, DateRef(match.group(0), match.start(), match.end(), resolved)))
    found.sort(key=lambda item: item[2].start)
    return found, weekday_tenses


def _read_in_context(text: str, found: Found, weekday_tenses: dict[int, str | None],
                     published: date | None, morph: MorphAnalyzer | None) -> list[DateRef]:
    """The dates as the text around them settles them: counted from an earlier date, a weekday restated or told
    without tense, a day far from publication in the year the text gave its month; a vague part of a year dropped."""
    carry_list_years(text, found)
    clear = clear_weekdays(found, weekday_tenses)
    refs: list[DateRef] = []
    day: DateRef | None = None  # the last calendar day named, and the last date of any kind
    last: DateRef | None = None
    month_years: dict[int, int] = {}  # a month the text named with its year ("в июле 2016 года") -> that year
    named: DateRef | None = None  # the last date named with its year written
    for i, (kind, match, ref) in enumerate(found):
        if kind in ANCHORED_KINDS:
            ref.date = _anchored(kind, match, day, last, published)
        elif kind in FOLLOWING_KINDS and named and FOLLOWING.match(match[0]):
            ref.date = _following_named(kind, match, named, published, morph) or ref.date
        elif kind == "weekday":
            ref = (restated(text, found, i) or in_named_week(text, found, i, weekday_tenses.get(match.start()))
                   or weekday_in_context(found, i, clear))
        elif kind in DAY_MONTH_KINDS and ref.date:
            ref.date = _in_named_year(match, ref.date, month_years, published)
        elif kind in MONTH_KINDS and ref.date and match.groupdict().get("y"):
            month_years[int(ref.date[5:7])] = int(match["y"])
        if ref.date:
            last = ref
            named = ref if WRITTEN_YEAR.search(ref.text) else named
            day = ref if kind in DAY_KINDS and not text.startswith(POSSESSIVE, ref.stop) else day
        if not (kind in YEAR_KINDS and vague_year_part(match)):
            refs.append(ref)
    return refs


def _following_named(kind: str, match: re.Match[str], named: DateRef, published: date | None,
                     morph: MorphAnalyzer | None) -> str | None:
    """«В 2016 году … а в следующем году»: the year (or month) after the one named just before, in the same sentence
    or, told in the past, the one before («Завод закрылся в 2012 году. В следующем году здание продали»). Not a
    plan («закон 2019 года вступит в силу в следующем году»): a future told of a year already past counts from
    publication. None when it counts from publication."""
    sentences = len(SENTENCE_BOUNDARY.findall(match.string, named.stop, match.start()))
    tense = sentence_tense(match, morph)
    end = named.date.split("/")[-1]
    year, month = int(end[:4]), int(end[5:7])
    past_year = published is not None and year < published.year
    if sentences > 1 or sentences == 1 and tense != "past" or tense == "future" and past_year:
        return None
    if kind == "relative_year":
        return span_of_months(year + 1, 1, 12)
    if named.date[:7] != end[:7]:  # «в 2016 году … в следующем месяце»: no month to count from
        return None
    return month_interval(year + month // 12, month % 12 + 1)


def _in_named_year(match: re.Match[str], resolved: str, month_years: dict[int, int], published: date | None) -> str:
    """A day and month with no year, far from publication, takes the year the text gave that month before
    («убийство в июле 2016 года … вечером 14 июля», told in November); a day or month named with its year sets
    it. Near publication the day is the recent one whatever came before («25 ноября 2018 года … 17 ноября»)."""
    day = date.fromisoformat(resolved)
    if match["y"] or match.groupdict().get("rel"):
        month_years[day.month] = day.year
        return resolved
    year = month_years.get(day.month)
    if not year or published is None or abs((day - published).days) <= TENSE_YEAR_DAYS:
        return resolved
    return iso_day(year, day.month, day.day) or resolved


def _anchored(kind: str, match: re.Match[str], day: DateRef | None, last: DateRef | None,
              published: date | None) -> str | None:
    """A date counted from the last one named before it (see patterns.ANCHORED_PATTERNS)."""
    step = next((ANCHOR_STEPS[w.lower()] for w in match.groups() if w and w.lower() in ANCHOR_STEPS), 0)
    if kind == "anchored_day":
        near = day is not None and match.start() - day.stop <= DAY_ANCHOR_CHARS
        anchor = date.fromisoformat(day.date) if near else published
        return (anchor + timedelta(days=step)).isoformat() if anchor else None
    year = int(last.date.split("/")[-1][:4]) if last else published.year if published else None
    if year is None:
        return None
    if kind == "anchored_month":
        return month_interval(year, month_number(match["month"]))
    return span_of_months(year + step, 1, 12)
