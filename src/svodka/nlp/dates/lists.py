"""A year written once for a list of months or days: every item of the list is in that year, not only the one that
carries it; before it («за октябрь и ноябрь 2019 года», «5 мая и 7 июня 2020 года», "in March and April 2021") or
after it («в марте 2023 года и апреле», «с 5 по 7 мая 2020 года и 12 мая»)."""

from __future__ import annotations

import re

from svodka.model import DateRef
from svodka.months import month_number
from svodka.nlp.dates.patterns import DATE_RANGE_KINDS, DAY_MONTH_KINDS, DAY_RANGE_KINDS, MONTH_KINDS
from svodka.nlp.dates.resolve import in_year
from svodka.nlp.dates.tense import FUTURE, PAST, RU_CLAUSE_EDGE, RU_VERB_FORM

# What joins the items of a list: a comma, «и», «или», "and", "or" (the preposition repeated belongs to the next item)
CONJUNCTIONS = r"(?:и|или|а\s+также|and|or)"
LIST_GAP = re.compile(rf"\s*,?\s*(?:{CONJUNCTIONS}\s+)?", re.I)
LIST_KINDS = MONTH_KINDS | DAY_MONTH_KINDS | DAY_RANGE_KINDS | DATE_RANGE_KINDS  # the items that take a year
GIVING_KINDS = LIST_KINDS | {"month_range"}  # and those that give theirs («за октябрь, ноябрь и декабрь 2019 года»)
YEAR_GROUPS = ("y", "rel", "rel_en")  # the groups that give an item its own year
# A list forward from a dated item needs its conjunction («в марте 2023 года и апреле»): after a bare comma a new
# clause may start («5 мая 2020 года, 12 января его расторгли»), unless the next item stands bare, with no
# preposition of its own and no verb before its clause ends («в декабре 2022 года, январе и феврале»)
CONJUNCTION = re.compile(rf"{CONJUNCTIONS}\s", re.I)
PREPOSITION = re.compile(r"(?:в|во|с|со|по|за|к|до|на|от|in|on|from|by|at|to|since|until)\s", re.I)


def carry_list_years(text: str, found: list[tuple[str, re.Match[str], DateRef]]) -> None:
    """Give each month or day of a list with no year of its own the year of the nearest item after it that has one
    (read from the last item back, so that a year reaches every item), or failing that of the item before it
    when it continues that one's list (_listed_after). A list runs forward in time: an earlier month past a later
    one («в декабре и январе 2020 года») lies in the year before, a later past an earlier («в декабре 2019 года и
    январе») in the year after, as a span over New Year."""
    dated: set[int] = set()  # the items of a list with a year, their own or carried
    year_after: tuple[int, int] | None = None  # the year and first month of the dated item after, if joined
    for i in range(len(found) - 1, -1, -1):
        kind, match, ref = found[i]
        following = found[i + 1][2] if i + 1 < len(found) else None
        if kind in GIVING_KINDS and _own_year(match):
            dated.add(i)
        elif kind in LIST_KINDS and year_after and _joined(text, ref, following):
            year, month = year_after
            ref.date = in_year(kind, match, year - (_month(kind, match) > month))
            dated.add(i)
        year_after = (int(ref.date[:4]), int(ref.date[5:7])) if i in dated and ref.date else None
    year_before: tuple[int, int] | None = None  # the year and last month of the dated item before, if joined
    for i, (kind, match, ref) in enumerate(found):
        if (i not in dated and kind in LIST_KINDS and year_before and _joined(text, found[i - 1][2], ref)
                and _listed_after(text, found, i)):
            year, month = year_before
            ref.date = in_year(kind, match, year + (_month(kind, match) < month))
            dated.add(i)
        end = ref.date.split("/")[-1] if i in dated and ref.date else None
        year_before = (int(end[:4]), int(end[5:7])) if end else None


def _own_year(match: re.Match[str]) -> bool:
    return any(match.groupdict().get(g) for g in YEAR_GROUPS)


def _joined(text: str, ref: DateRef, following: DateRef | None) -> bool:
    """Whether only a list's comma or conjunction stands between two dates."""
    return following is not None and bool(LIST_GAP.fullmatch(text, ref.stop, following.start))


def _listed_after(text: str, found: list[tuple[str, re.Match[str], DateRef]], i: int) -> bool:
    """Whether the item i, joined to the one before it, continues that one's list rather than opening a clause
    (see CONJUNCTION): a conjunction joins them, or the item is bare and its clause, past any items joined to it,
    ends with no verb."""
    if CONJUNCTION.search(text, found[i - 1][2].stop, found[i][2].start):
        return True
    if PREPOSITION.match(found[i][2].text):
        return False
    last = i
    while last + 1 < len(found) and _joined(text, found[last][2], found[last + 1][2]):
        last += 1
    edge = RU_CLAUSE_EDGE.search(text, found[last][2].stop)
    clause = text[found[last][2].stop:edge.start() if edge else len(text)]
    return not (RU_VERB_FORM.search(clause) or PAST.search(clause) or FUTURE.search(clause))


def _month(kind: str, match: re.Match[str]) -> int:
    """The month an item names (a range's first), whatever year it resolved to."""
    word = match["m1"] or match["m"] if kind in DATE_RANGE_KINDS else next(
        g for g in match.groups() if g and not g.isdigit())
    return month_number(word)
