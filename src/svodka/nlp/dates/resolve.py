"""An expression resolved to a day or an interval against the publication date, by its kind: calendar days, ranges,
months, relative days, weeks and weekends, the eve of a day, the nth weekday of a month (periods: see periods.py)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from svodka.months import month_number
from svodka.nlp.dates.intervals import iso_day, last_day, month_interval, span_of_months
from svodka.nlp.dates.patterns import (
    DATE_RANGE_KINDS,
    DAY_MONTH_KINDS,
    DAY_RANGE_KINDS,
    MONTH_KINDS,
    NEIGHBOUR_MONTH_GROUPS,
    PERIOD_KINDS,
)
from svodka.nlp.dates.offsets import offset_date
from svodka.nlp.dates.periods import QUARTERS, resolve_period
from svodka.nlp.dates.tense import sentence_tense
from svodka.nlp.dates.words import relative_offset, weekday_number

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2, "вечером": -1,
                 "вчерашним": -1, "ночью": 0,
                 "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
                 # the neighbours' (patterns.NEIGHBOUR_RELATIVE_DAYS)
                 "позавчора": -2, "вчора": -1, "учора": -1, "кеше": -1, "јуче": -1, "сьогодні": 0, "сёння": 0,
                 "днес": 0, "данас": 0, "бүгін": 0, "заўтра": 1, "утре": 1, "ертең": 1,
                 "післязавтра": 2}
# Words before a month that tell whether it is past or to come, whatever the verb's tense
MONTH_TENSE_WORDS = {"since": "past", "last": "past", "until": "future", "till": "future", "by": "future",
                     "next": "future"}
WEEKEND_OFFSETS = {"минувшие": -1, "прошлые": -1, "last": -1, "эти": 0, "this": 0,
                   "ближайшие": 0, "следующие": 1, "next": 1}
# A day and month this near publication is the one meant whatever the tense ("начнёт перевозить 14 марта,
# сообщил в понедельник": the reporting verb is past). Two months: the sample corpus's dated plans and reports
# all lie within it, the tgcontest "Feb. 8" told in November (the case tense must decide) beyond it.
TENSE_YEAR_DAYS = 60


def resolve(kind: str, match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """The ISO day ("2026-03-14") or interval ("2026-03-14/2026-03-16") a matched expression of this kind names,
    or None when it needs a publication date the article lacks or names no real day."""
    if kind == "season":  # «зимой высадили липы» told in April: the winter just past
        return resolve_period(kind, match.groupdict(), published, sentence_tense(match, morph))
    if kind in PERIOD_KINDS:
        return resolve_period(kind, match.groupdict(), published)
    word = next((g for g in match.groups() if g), "").lower()
    if kind in ("numeric", "iso"):
        return iso_day(int(match["y"]), int(match["m"]), int(match["d"]))
    if kind in DATE_RANGE_KINDS:
        return _date_range(kind, match, published, morph)
    if kind in DAY_RANGE_KINDS:
        return _day_range(kind, match, published, morph)
    if kind in DAY_MONTH_KINDS:
        return _day_month(kind, match, published, morph)
    if kind in MONTH_KINDS and match.groupdict().get("y"):
        return month_interval(int(match["y"]), month_number(word))
    if published is None and kind != "nth_weekday":
        return None
    if kind == "nth_weekday":
        return _nth_weekday(match, published, morph)
    if kind == "month_range":
        return _month_range(match, published, morph)
    if kind == "relative_day":
        offset = RELATIVE_DAYS.get(word.split()[0], RELATIVE_DAYS.get(word.split()[-1], 0))
        return (published + timedelta(days=offset)).isoformat()
    if kind == "weekend":
        return _weekend(word, match, published, morph)
    if kind == "offset":
        return offset_date(match, published)
    if kind == "relative_week":
        offset = relative_offset(word)
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if kind == "relative_month":
        offset = relative_offset(word)
        index = published.year * 12 + published.month - 1 + offset
        return month_interval(index // 12, index % 12 + 1)
    if kind == "eve":  # «накануне 9 мая»: the day before it; «накануне» alone: the day before the report's
        day = resolve("ru_day_month", match, published, morph) if match["d"] else published.isoformat()
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat() if day else None
    if kind in MONTH_KINDS:  # "в октябре", "в сентябре прошлого года", "in March next year"
        month = month_number(word)
        return month_interval(_month_year(match, month, month, published, morph), month)
    return None


def _date_range(kind: str, match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """«с 20 декабря по 5 января», "from May 7 until September 7": first day to last, the year read from the last."""
    month = month_number(match["m"] or match["m1"])
    end = (iso_day(int(match["y"]), month, int(match["d"])) if match["y"]
           else _nearest_year(month, int(match["d"]), published, match, morph))
    return end and in_year(kind, match, int(end[:4]))


def in_year(kind: str, match: re.Match[str], year: int) -> str | None:
    """A month, day or span of days (of MONTH_KINDS, DAY_MONTH_KINDS or the ranges') whose last day is in `year`,
    a year given from elsewhere (written once for a list, see lists.py) or for a range read from its last day;
    a range's first day past its last («с 20 декабря по 5 января») is in the year before."""
    if kind in DATE_RANGE_KINDS:
        month, first_month = month_number(match["m"] or match["m1"]), month_number(match["m1"] or match["m"])
    else:
        month = first_month = month_number(next(g for g in match.groups() if g and not g.isdigit()))
    if kind in MONTH_KINDS:
        return month_interval(year, month)
    end = iso_day(year, month, int(match["d"]))
    if kind in DAY_MONTH_KINDS or end is None:
        return end
    if kind in DAY_RANGE_KINDS:  # «1-2 января»: only the last day when the first does not precede it
        return f"{iso_day(year, month, int(match['d1']))}/{end}" if 0 < int(match["d1"]) < int(match["d"]) else end
    first = iso_day(year, first_month, int(match["d1"]))
    if first and first > end:  # "from December 20 to January 5": the start in the year before
        first = iso_day(year - 1, first_month, int(match["d1"]))
    return f"{first}/{end}" if first else end


def _day_range(kind: str, match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """«1-2 января», "March 3-5": the days of one month, the year read from the last."""
    end = resolve("ru_day_month" if kind == "ru_day_range" else "en_month_day", match, published, morph)
    return end and in_year(kind, match, int(end[:4]))


def _day_month(kind: str, match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """«8 апреля», "March 8", "8 March": in the year written, the relative year («этого года»), or the nearest."""
    month = month_number(next(g for g in match.groups() if g and not g.isdigit()))
    if match["y"]:
        return iso_day(int(match["y"]), month, int(match["d"]))
    relative = match.groupdict().get("rel")
    if relative and published:  # "8 апреля этого года"
        return iso_day(published.year + relative_offset(relative), month, int(match["d"]))
    return _nearest_year(month, int(match["d"]), published, match, morph)


def _weekend(word: str, match: re.Match[str], published: date, morph: MorphAnalyzer | None) -> str:
    """Saturday to Sunday of the weekend "this", "last", «минувшие»… picks, or for "the weekend" the tense's."""
    if word == "the":  # "over the weekend": the coming one in a future, else the nearest (Wednesday: by tense)
        tense = sentence_tense(match, morph)
        nearest = {0: "last", 1: "last", 3: "this", 4: "this", 5: "this", 6: "this"}.get(published.weekday())
        word = "this" if tense == "future" else nearest or ("last" if tense == "past" else "this")
    saturday = published + timedelta(days=(5 - published.weekday()) % 7)  # this week's, or today
    saturday += timedelta(weeks=WEEKEND_OFFSETS[word] - (published.weekday() == 6))
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


def _month_year(match: re.Match[str], first: int, last: int, published: date, morph: MorphAnalyzer | None) -> int:
    """The year of a month (or of the first of a span of months, `first` to `last`) named without one: a relative
    year if given, else the tense's: "проверку провели в октябре" told in March is last October, "will open in
    May" next May; "since June", "last June" are past, "until June", "by next June" to come."""
    relative = (match.groupdict().get("rel") or match.groupdict().get("rel_en") or "").lower()
    year = published.year + relative_offset(relative)
    if relative:
        return year
    tense = next((MONTH_TENSE_WORDS[w] for w in match[0].lower().split()[1::-1] if w in MONTH_TENSE_WORDS),
                 None) or sentence_tense(match, morph)
    # «ожидает холодный январь» told in November: the nearest; so is a neighbour's month told with no tense read
    if tense is None and any(match.groupdict().get(group) for group in ("bare", *NEIGHBOUR_MONTH_GROUPS)):
        now = published.year * 12 + published.month - 1
        return min((year, year - 1, year + 1), key=lambda y: abs(y * 12 + first - 1 - now))
    year -= tense == "past" and first > published.month
    year += tense in ("future", "present") and last < published.month  # "the tour starts in January"
    return year


def _month_range(match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """«в апреле-сентябре», «с января по март 2020 года»: from the first day of one month to the last of the other;
    a span over New Year («ноябрь-февраль») ends the year after."""
    first_word, last_word = [w for k, w in match.groupdict().items() if w and k.startswith("m")]
    first, last = month_number(first_word), month_number(last_word)
    last += 12 * (last < first)
    if match["y"]:
        return span_of_months(int(match["y"]) - (last > 12), first, last)
    if published is None:
        return None
    return span_of_months(_month_year(match, first, last % 12 or 12, published, morph), first, last)


def _nth_weekday(match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """"the first Monday in May", «в последнее воскресенье сентября»: that day of the month, in the year named or
    the one the tense picks."""
    month = month_number(match["month"])
    if match["y"]:
        year = int(match["y"])
    elif published is None:
        return None
    else:
        year = _month_year(match, month, month, published, morph)
    weekday = weekday_number(match["weekday"])
    ordinal = match["ord"].lower()[:4]
    if ordinal in ("last", "посл"):
        day = last_day(year, month)
        return (day - timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
    day = date(year, month, 1) + timedelta(days=(weekday - date(year, month, 1).weekday()) % 7)
    return (day + timedelta(weeks=QUARTERS[ordinal] - 1)).isoformat()


def _nearest_year(month: int, day: int, published: date | None, match: re.Match[str],
                  morph: MorphAnalyzer | None) -> str | None:
    """The year nearest publication. Further off than TENSE_YEAR_DAYS, the tense of the date's sentence picks
    the year: a past report ("spent four hours there on Feb. 8", told in November) names the last such day, an
    announcement the next."""
    if published is None:
        return None
    options = [iso_day(published.year + k, month, day) for k in (-1, 0, 1)]
    valid = [date.fromisoformat(o) for o in options if o]
    far = valid and min(abs((d - published).days) for d in valid) > TENSE_YEAR_DAYS
    tense = sentence_tense(match, morph, perfect=True) if far else None  # read only when its tense can matter
    if tense == "past":
        valid = [d for d in valid if d <= published] or valid
    elif tense == "future":
        valid = [d for d in valid if d >= published] or valid
    if not valid:
        return None
    return min(valid, key=lambda d: abs((d - published).days)).isoformat()
