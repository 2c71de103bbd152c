"""Years, quarters, seasons, decades and deadlines resolved to intervals (or a deadline's last day): a given year,
else one counted from the publication date."""

from __future__ import annotations

from datetime import date, timedelta

from svodka.months import month_number
from svodka.nlp.dates.intervals import last_day, span_of_months
from svodka.nlp.dates.words import relative_offset

SEASON_START = {"весн": 3, "spri": 3, "лето": 6, "summ": 6, "осен": 9, "autu": 9, "fall": 9, "зимо": 12, "зиму": 12,
                "зима": 12, "wint": 12}
# The days of a month's start, middle and end: thirds of it, as «декада» divides a month
MONTH_PARTS = {"нач": (1, 10), "ear": (1, 10), "сер": (11, 20), "mid": (11, 20), "кон": (21, 31), "lat": (21, 31)}
QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "firs": 1, "seco": 2, "thir": 3, "four": 4, "last": 4}


def resolve_period(kind: str, groups: dict[str, str | None], published: date | None,
                   tense: str | None = None) -> str | None:
    """Years, quarters, seasons, decades and deadlines: a given year, else one counted from publication; a
    season by the `tense` of its sentence too (see _season)."""
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
        return _season(groups, year, given is None and not relative, published, tense)
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


def _season(groups: dict[str, str | None], year: int, bare: bool, published: date | None, tense: str | None) -> str:
    """A season of `year`; named with no year (`bare`), the one its sentence's tense places: told in the past
    («зимой высадили липы» in April) the last to have begun, told in the future («летом откроют» in November) the
    next not yet over. With no tense, a present one, or as the target of a move («сроки отодвинулись на осень»: the
    past is the move's), the publication year's (a winter in January or February the one begun in December). A
    winter of a named year told in the past («проводилось зимой этого года», «зимой 2018 года») is the winter months
    inside that year, January and February."""
    word = groups.get("season") or groups.get("season_to") or groups.get("season_adj") or groups["season_en"]
    first = SEASON_START[word.lower()[:4]]
    if groups.get("adjacent"):  # «минувшим летом», «грядущая зима»: wholly over, or not yet begun
        return _season_near(first, published, groups["adjacent"].lower() in ("минувш", "прошедш"), whole=True)
    if bare and tense in ("past", "future") and not groups.get("season_to"):  # «перенесли на осень»: a target
        return _season_near(first, published, tense == "past", whole=False)
    if first == 12 and bare and published.month <= 2:
        year -= 1  # "зимой" in January is the winter that began in December
    named_winter = (groups.get("season") or groups.get("season_en") or "").lower() in ("зимой", "winter")
    if named_winter and tense == "past" and any(groups.get(g) for g in ("y", "y_en", "y_en2", "rel")):
        return span_of_months(year, 1, 2)
    return span_of_months(year, first, first + 2)


def _season_near(first: int, published: date, past: bool, whole: bool) -> str:
    """The season starting in month `first` nearest publication on one side: the last to have begun before the
    publication month (`whole`: to have ended before it), or the next not yet over (`whole`: not yet begun)."""
    now = published.year * 12 + published.month - 1  # months counted from year 0, January 0
    years = (published.year, published.year - 1) if past else (published.year - 1, published.year)
    for year in years:
        start = year * 12 + first - 1
        begun, over = start <= now, start + 2 < now
        if (over if whole else begun) if past else not (begun if whole else over):
            return span_of_months(year, first, first + 2)
    return span_of_months(years[-1] + (0 if past else 1), first, first + 2)
