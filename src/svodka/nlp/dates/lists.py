"""A year written once for a list of months or days («за октябрь и ноябрь 2019 года», «5 мая и 7 июня 2020 года»,
"in March and April 2021"): every item of the list is in that year, not only the last that carries it."""

from __future__ import annotations

import re

from svodka.model import DateRef
from svodka.nlp.dates.intervals import iso_day, month_interval
from svodka.nlp.dates.patterns import DAY_MONTH_KINDS, MONTH_KINDS
from svodka.nlp.dates.words import month_number

# What joins the items of a list: a comma, «и», «или», "and", "or" (the preposition repeated belongs to the next item)
LIST_GAP = re.compile(r"\s*,?\s*(?:(?:и|или|а\s+также|and|or)\s+)?", re.I)
LIST_KINDS = MONTH_KINDS | DAY_MONTH_KINDS  # the items that take the year of the next
GIVING_KINDS = LIST_KINDS | {"month_range"}  # and those that give theirs («за октябрь, ноябрь и декабрь 2019 года»)
YEAR_GROUPS = ("y", "rel", "rel_en")  # the groups that give an item its own year


def carry_list_years(text: str, found: list[tuple[str, re.Match[str], DateRef]]) -> None:
    """Give each month or day of a list with no year of its own the year of the item after it (read from the last
    item back, so that a year reaches every item); an earlier month past a later one («в декабре и январе 2020
    года») lies in the year before, as a span over New Year does."""
    year_after: int | None = None
    for i in range(len(found) - 1, -1, -1):
        kind, match, ref = found[i]
        if kind not in GIVING_KINDS:
            year_after = None
            continue
        own = any(match.groupdict().get(g) for g in YEAR_GROUPS)
        following = found[i + 1][2] if i + 1 < len(found) else None
        joined = following is not None and LIST_GAP.fullmatch(text, ref.stop, following.start)
        carried = kind in LIST_KINDS and not own and joined and year_after is not None
        if carried:
            ref.date = _in_year(kind, match, year_after, int(following.date[5:7]))
        year_after = int(ref.date[:4]) if ref.date and (own or carried) else None


def _in_year(kind: str, match: re.Match[str], year: int, month_after: int) -> str | None:
    """The month or day of the match in `year`, or the year before when its month comes after the next item's."""
    month = month_number(next(g for g in match.groups() if g and not g.isdigit()))
    year -= month > month_after
    return month_interval(year, month) if kind in MONTH_KINDS else iso_day(year, month, int(match["d"]))
