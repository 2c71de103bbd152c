"""Years, quarters, seasons, decades and deadlines resolved to intervals (or a deadline's last day): a given year,
else one counted from the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from svodka.nlp.dates.intervals import last_day, span_of_months
from svodka.nlp.dates.tense import sentence_tense
from svodka.nlp.dates.words import month_number, relative_offset

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

SEASON_START = {"весн": 3, "spri": 3, "лето": 6, "summ": 6, "осен": 9, "autu": 9, "fall": 9, "зимо": 12, "зиму": 12,
                "зима": 12, "wint": 12}
# The days of a month's start, middle and end: thirds of it, as «декада» divides a month
MONTH_PARTS = {"нач": (1, 10), "ear": (1, 10), "сер": (11, 20), "mid": (11, 20), "кон": (21, 31), "lat": (21, 31)}
QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "firs": 1, "seco": 2, "thir": 3, "four": 4, "last": 4}


def resolve_period(kind: str, groups: dict[str, str | None], published: date | None) -> str | None:
    """Years, quarters, seasons, decades and deadlines: a given year, else one counted from publication."""
    if kind == "year_range":
        if groups["y1c"]:  # "2006-15": the end in the same century
            first = int(groups["y1c"])
            last = first - first % 100 + int(groups["yc"])
        else:
            first, last = int(groups["y1"] or groups["y1b"]), int(groups["y"] or groups["yb"])
        return f"{first}-01-01/{last}-12-31" if first < last else None
    given = next((int(groups[g]) for g in ("y", "y2", "y_en", "y_en2") if groups.get(g)), None)
    relative = (groups.get("rel") or groups.get("rel_en") or groups.get("rel_ru") or "").lower()
    if given is None and published is None:
        return None
    year = given if given is not None else published.year + relative_offset(relative)
    month_word = groups.get("month") or groups.get("month_en")
    month = month_number(month_word) if month_word else None
    if kind in ("year", "relative_year"):
        return span_of_months(year, 1, 12)
    if kind == "decade":
        return f"{year}-01-01/{year + 9}-12-31"
    if kind == "month_quarter":  # the last such quarter to have ended
        year -= date(year, month, 1) > published.replace(day=1) - timedelta(days=1)
        return span_of_months(year, month - 2, month)
    if kind == "month_end":
        return last_day(published.year, published.month).isoformat()
    if kind == "later_week":
        sunday = published + timedelta(days=6 - published.weekday())
        return f"{min(published + timedelta(days=1), sunday).isoformat()}/{sunday.isoformat()}"
    if kind == "quarter":
        quarter = QUARTERS[(groups.get("ord") or groups.get("ord_en")).lower()[:4]]
        last = QUARTERS[groups["ord2"].lower()[:4]] if groups.get("ord2") else quarter  # «во втором и третьем»
        return span_of_months(year, quarter * 3 - 2, max(quarter, last) * 3)
    if kind == "season":
        word = groups.get("season") or groups.get("season_to") or groups.get("season_adj") or groups["season_en"]
        first = SEASON_START[word.lower()[:4]]
        if groups.get("adjacent"):
            return _adjacent_season(first, published, groups["adjacent"].lower() in ("минувш", "прошедш"))
        if first == 12 and given is None and published.month <= 2 and not relative:
            year -= 1  # "зимой" in January is the winter that began in December
        return span_of_months(year, first, first + 2)
    if kind == "month_part":
        first, last = MONTH_PARTS[(groups.get("part") or groups["part_en"]).lower()[:3]]
        end = min(last, last_day(year, month).day)
        return f"{date(year, month, first).isoformat()}/{date(year, month, end).isoformat()}"
    if kind == "last_week_of":
        last = last_day(year, month)
        return f"{(last - timedelta(days=6)).isoformat()}/{last.isoformat()}"
    if kind == "deadline":
        if month is None:
            return f"{year}-12-31"
        if given is None and month < published.month:
            year += 1  # "до конца марта" written in April is next March's end
        return last_day(year, month).isoformat()
    return None


def past_winter_of_year(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """A winter of a named year told in the past («проводилось зимой этого года», «зимой 2018 года»): the winter
    months inside that year, January and February, not the winter that begins in its December."""
    season = (match["season"] or match["season_en"] or "").lower()
    named = match["y"] or match["y_en"] or match["y_en2"] or match["rel"]
    return season in ("зимой", "winter") and bool(named) and sentence_tense(match, morph) == "past"


def _adjacent_season(first: int, published: date, past: bool) -> str:
    """«минувшим летом»: the last season of that kind wholly ended before the publication month; «грядущая зима»:
    the next to begin after it."""
    now = published.year * 12 + published.month - 1  # months counted from year 0, January 0
    years = (published.year, published.year - 1) if past else (published.year - 1, published.year)
    for year in years:
        start = year * 12 + first - 1
        if (start + 2 < now) if past else (start > now):
            return span_of_months(year, first, first + 2)
    return span_of_months(years[-1] + (0 if past else 1), first, first + 2)
