"""A weekday resolved to a day: the week its tense (or "next", "last", «минувшую») picks, a calendar date beside it
that restates it, or the day the same weekday names elsewhere in the text when its own sentence has no tense."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from svodka.model import DateRef
from svodka.nlp.dates.patterns import CALENDAR_KINDS
from svodka.nlp.dates.tense import SENTENCE_BOUNDARY, sentence_tense
from svodka.nlp.dates.words import weekday_number

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

RU_PAST_WEEK = ("минувш", "прошл")  # "в минувшую среду", "вечером прошлой пятницы": the last such day before today
RU_PAST_WEEK_WORD = re.compile(rf"(?<![\w-])(?:{'|'.join(RU_PAST_WEEK)})", re.I)
# A deadline's word before a weekday ("until Friday", «до пятницы», «до п'ятниці»): the day to come unless the clause
# is told in the past ("stayed closed until Friday"); "this coming Friday" whatever the tense
DEADLINE_WORDS = ("by", "до", "к", "ко")
DEADLINE = re.compile(r"\b(?:until|till|through)\s+$", re.I)
COMING = re.compile(r"\b(?:this\s+)?coming\s+$", re.I)
# A price a market closed at ("a premium to the closing price on Monday") was fixed on a day past, whatever the
# sentence's tense ("will pay a premium")
CLOSING_PRICE = re.compile(r"\bclosing\s+(?:price|level|value)s?\s+(?:on\s+)?$", re.I)
NEXT_WEEK_AFTER = re.compile(r"\s+next\s+week\b", re.I)  # "the closing price on Monday next week": a day to come
DEADLINE_REACH = 20  # characters before a weekday searched for those words
WEEKDAY_GAP = re.compile(r"[\s,(—–-]*")  # what may stand between a date and the weekday restating it
# How far back a weekday's sentence is searched for the week it names: a real sentence is far shorter, and the
# bound keeps a text with no sentence end (a scraped 5 MB paragraph) linear rather than cubic.
MAX_SENTENCE_CHARS = 2000
# The longest a sentence end (SENTENCE_BOUNDARY) runs with the letter its lookahead reads: a search window
# overlapping the last one by this much finds every end the whole stretch would.
BOUNDARY_CHARS = 2


def clear_weekdays(found: list[tuple[str, re.Match[str], DateRef]],
                   tenses: dict[int, str | None]) -> dict[str, list[int]]:
    """For each weekday word, the places in found where its tense is clear (in order)."""
    clear: dict[str, list[int]] = {}
    for i, (kind, match, ref) in enumerate(found):
        if kind == "weekday" and ref.date and tenses[ref.start] is not None:
            clear.setdefault(_weekday_word(match), []).append(i)
    return clear


def weekday_in_context(found: list[tuple[str, re.Match[str], DateRef]], i: int,
                       clear: dict[str, list[int]]) -> DateRef:
    """A weekday whose sentence has no clear tense ("even after Thursday's retreat") is the day the same weekday
    names nearest in the text with a clear one ("tumbled 11% on Thursday"): one text means one such day."""
    _, match, ref = found[i]
    places = clear.get(_weekday_word(match), [])
    k = bisect.bisect_left(places, i)
    if not ref.date or not places or (k < len(places) and places[k] == i):
        return ref
    nearest = min(places[max(0, k - 1):k + 1], key=lambda j: abs(j - i))
    return DateRef(ref.text, ref.start, ref.stop, found[nearest][2].date)


def in_named_week(text: str, found: list[tuple[str, re.Match[str], DateRef]], i: int,
                  tense: str | None) -> DateRef | None:
    """«На следующей неделе, в понедельник, …», a forecast's «В начале новой недели …: в понедельник …, во вторник
    …»: a weekday told in the same sentence after a week the text names is that week's day, whatever its clause's
    tense, though a day told in the past (its `tense`) is not one to come: a report's own day («…до начала
    следующей недели будет тепло, сообщил синоптик в четверг») is no day of the week its report foretells. One
    placed by its own words («в минувшую среду», "next Monday") keeps their week."""
    _, match, ref = found[i]
    if match.group(0).split()[0].lower() in ("next", "last") or RU_PAST_WEEK_WORD.search(match.group(0)):
        return None
    searched_from = ref.start  # text from here to the weekday has no sentence end: each step searches only anew
    for j in range(i - 1, -1, -1):
        kind, _, week = found[j]
        end = min(ref.start, searched_from + BOUNDARY_CHARS)
        if week.stop < ref.start - MAX_SENTENCE_CHARS or SENTENCE_BOUNDARY.search(text, week.stop, end):
            return None
        searched_from = min(searched_from, week.stop)
        if kind == "relative_week" and week.date:
            day = date.fromisoformat(week.date[:10]) + timedelta(days=weekday_number(_weekday_word(match)))
            if tense == "past" and ref.date and day.isoformat() > ref.date:  # its past day is at latest today
                return None
            return DateRef(ref.text, ref.start, ref.stop, day.isoformat())
    return None


def _weekday_word(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g).lower()


def weekday_tense(match: re.Match[str], morph: MorphAnalyzer | None) -> str | None:
    """The tense that picks a weekday's week, unless "next"/"last" already does."""
    first = match.group(0).split()[0].lower()
    if first in ("next", "last"):
        return "given"
    before = match.string[max(0, match.start() - DEADLINE_REACH):match.start()]
    if COMING.search(before):
        return "future"
    if CLOSING_PRICE.search(before) and not NEXT_WEEK_AFTER.match(match.string, match.end()):
        return "past"
    tense = sentence_tense(match, morph)
    # a clause with no verb («во вторник - до 0...5 градусов») in a sentence told only in the future: a day to come
    if tense is None and not match.group(0).isascii() and sentence_tense(match, morph, clause=False) == "future":
        tense = "future"
    # a deadline told in no past ("remain closed until Friday", «продлится до пятницы»): the day to come
    if tense != "past" and (first in DEADLINE_WORDS or DEADLINE.search(before)):
        return "future"
    # only "on Sunday" is a schedule in the present; a bare day ("after Thursday's retreat") is an event
    return None if tense == "present" and not match.group(0).lower().startswith("on") else tense


def weekday_date(match: re.Match[str], published: date | None, tense: str | None) -> str | None:
    """The weekday in the week its tense (or "next"/"last") picks; with no tense, the nearest such day."""
    if published is None:
        return None
    word = _weekday_word(match)
    delta = weekday_number(word) - published.weekday()
    direction = match.group(0).split()[0].lower()
    if match.group(0).lower().startswith(RU_PAST_WEEK, len(direction) + 1 if direction in ("в", "во") else 0):
        return (published - timedelta(days=-delta % 7 or 7)).isoformat()
    if direction == "next":
        return (published + timedelta(days=delta % 7 or 7)).isoformat()
    if direction == "last":  # yesterday would be "yesterday": "last Friday" told on a Saturday is a week before
        days = -delta % 7
        return (published - timedelta(days=days + 7 if days <= 1 else days)).isoformat()
    if tense == "past":
        delta = -(-delta % 7)  # the last such day, or today
    elif tense in ("future", "present"):  # a weekday told in the present is a coming one ("opens on Monday")
        delta %= 7
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return (published + timedelta(days=delta)).isoformat()


def restated(text: str, found: list[tuple[str, re.Match[str], DateRef]], i: int) -> DateRef | None:
    """"14 марта, в субботу", "on Saturday, March 14": a weekday beside a calendar date of that weekday is that date."""
    weekday = found[i][2]
    named = weekday_number(weekday.text.split()[-1])
    for j in (i - 1, i + 1):
        if not (0 <= j < len(found) and found[j][0] in CALENDAR_KINDS and found[j][2].date):
            continue
        left, right = sorted((weekday, found[j][2]), key=lambda ref: ref.start)
        day = date.fromisoformat(found[j][2].date)
        if WEEKDAY_GAP.fullmatch(text[left.stop:right.start]) and day.weekday() == named:
            return DateRef(weekday.text, weekday.start, weekday.stop, day.isoformat())
    return None
