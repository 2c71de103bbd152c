"""Dates in the text, resolved to the calendar against the publication date.

"28 декабря" takes the year that puts it nearest the publication; "вчера", "на
следующей неделе", "в декабре", "в понедельник" are counted from the publication day.
A range resolves to an ISO 8601 interval ("2021-12-27/2022-01-02"), so that a later
stage can see that "next week" and "28 December" agree.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from svodka.clean.dates import RU_MONTHS
from svodka.model import DateRef

EN_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# Ukrainian month names (genitive), so neighbours' articles still give comparable dates.
UK_MONTHS = {m: i for i, m in enumerate(
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(), start=1)}
RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
               "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6}
EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
RU_MONTH_WORD = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[яй]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)"
EN_MONTH_WORD = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("ru_day_month", re.compile(r"\b(?P<d>\d{1,2})\s+" + RU_MONTH_WORD + r"\b(?:(?<=\s[а-яё]{3})\.(?!\s*$|\s+[А-ЯЁ]))?(?:\s+(?P<y>\d{4})(?:\s*г(?:ода|\.)?)?)?", re.I)),
    ("uk_day_month", re.compile(r"\b(?P<d>\d{1,2})\s+(" + "|".join(UK_MONTHS) + r")\b(?:\s+(?P<y>\d{4}))?", re.I)),
    ("en_month_day", re.compile(r"\b" + EN_MONTH_WORD + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?\b")),
    ("en_day_month", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + EN_MONTH_WORD + r"(?:,?\s+(?P<y>\d{4}))?\b")),
    ("relative_day", re.compile(r"\b(позавчера|вчера|сегодня|завтра|послезавтра|yesterday|today|tomorrow)\b", re.I)),
    ("relative_week", re.compile(r"\b(на следующей неделе|на этой неделе|на прошлой неделе|next week|this week|last week)\b", re.I)),
    ("relative_month", re.compile(r"\b(в следующем месяце|в этом месяце|в прошлом месяце|next month|this month|last month)\b", re.I)),
    ("weekday", re.compile(r"\b(?:в|во|on|last|next)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("month", re.compile(
        r"\b(?:в|in)\s+(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|"
        r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
        r"(?:,?\s+(?P<y>\d{4})(?:\s*г(?:ода|\.))?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года|"
        r"\s+(?P<rel_en>last|this|next)\s+year)?", re.I)),
]
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2,
                 "yesterday": -1, "today": 0, "tomorrow": 1}
MONTH_OFFSETS = {"следующем": 1, "этом": 0, "прошлом": -1, "next": 1, "this": 0, "last": -1}
YEAR_OFFSETS = {"прошлого": -1, "этого": 0, "текущего": 0, "следующего": 1, "last": -1, "this": 0, "next": 1}
WEEK_OFFSETS = {"следующей": 1, "этой": 0, "прошлой": -1, "next": 1, "this": 0, "last": -1}


def find_dates(text: str, published: date | None) -> list[DateRef]:
    """Every date expression, resolved when the publication date allows."""
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(lo < match.end() and match.start() < hi for lo, hi in taken):
                continue
            resolved = _resolve(kind, match, published)
            taken.append((match.start(), match.end()))
            found.append(DateRef(match.group(0), match.start(), match.end(), resolved))
    return sorted(found, key=lambda d: d.start)


def _resolve(kind: str, match: re.Match[str], published: date | None) -> str | None:
    word = match.group(1).lower() if match.groups() else ""
    if kind in ("numeric", "iso"):
        return _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    if kind in ("ru_day_month", "uk_day_month", "en_month_day", "en_day_month"):
        month_word = next(g for g in match.groups() if g and not g.isdigit()).lower()
        month = {"ru_day_month": lambda w: RU_MONTHS.get(w[:3]), "uk_day_month": UK_MONTHS.get}.get(
            kind, lambda w: EN_MONTHS[w[:3]])(month_word)
        if match["y"]:
            return _iso(int(match["y"]), month, int(match["d"]))
        return _nearest_year(month, int(match["d"]), published)
    if kind == "month" and match["y"]:
        return _month_interval(int(match["y"]), RU_MONTHS.get(word[:3]) or EN_MONTHS[word[:3]])
    if published is None:
        return None
    if kind == "relative_day":
        return (published + timedelta(days=RELATIVE_DAYS[word])).isoformat()
    if kind == "relative_week":
        offset = next(v for k, v in WEEK_OFFSETS.items() if k in word)
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if kind == "relative_month":
        offset = next(v for k, v in MONTH_OFFSETS.items() if k in word)
        index = published.year * 12 + published.month - 1 + offset
        return _month_interval(index // 12, index % 12 + 1)
    if kind == "weekday":
        target = RU_WEEKDAYS.get(word, EN_WEEKDAYS.get(word))
        delta = target - published.weekday()
        direction = match.group(0).split()[0].lower()
        if direction == "next":
            return (published + timedelta(days=delta % 7 or 7)).isoformat()
        if direction == "last":
            return (published - timedelta(days=-delta % 7 or 7)).isoformat()
        if delta > 3:
            delta -= 7
        elif delta < -3:
            delta += 7
        return (published + timedelta(days=delta)).isoformat()
    if kind == "month":  # "в октябре", "в сентябре прошлого года", "in March next year"
        month = RU_MONTHS.get(word[:3]) or EN_MONTHS[word[:3]]
        relative = (match["rel"] or match["rel_en"] or "").lower()
        return _month_interval(published.year + YEAR_OFFSETS.get(relative, 0), month)
    return None


def _month_interval(year: int, month: int) -> str:
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


def _nearest_year(month: int, day: int, published: date | None) -> str | None:
    if published is None:
        return None
    options = [_iso(published.year + k, month, day) for k in (-1, 0, 1)]
    valid = [date.fromisoformat(o) for o in options if o]
    if not valid:
        return None
    return min(valid, key=lambda d: abs((d - published).days)).isoformat()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
