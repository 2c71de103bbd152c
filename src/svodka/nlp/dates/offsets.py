"""A time counted from publication: "in two weeks", "three days from now", «через две недели», «через три дня».
Read as the day, week or month it lands in, so that "next week" and "in two weeks" told of one event can be
compared. Told in the past («через три дня его задержали») it counts from an event of the text, not from
publication: no date (see counted_from_an_event). Nor is "within a week": a deadline counts from what sets it as often as from publication
("plans to renegotiate a deal within three months" of taking office, "pay dues within three months" of a notice,
both in the dev articles), and a span from publication overlaps any date near it, so it could never disagree."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from svodka.nlp.dates.intervals import month_interval
from svodka.nlp.dates.tense import sentence_tense

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

# The counts a span is told with, as words (an article, "a week", «неделю» with none, is one)
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "один": 1, "одну": 1, "два": 2, "две": 2, "три": 3,
          "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "пару": 2}
COUNT = rf"(?:\d{{1,2}}|{'|'.join(COUNTS)})"
EN_UNIT = r"(?P<unit>days?|weeks?|months?)"
# "the first time in two weeks", "its highest in three months": a span looked back over, not a date
LOOKED_BACK = r"(?<!first )(?<!time )(?<!highest )(?<!lowest )(?<!biggest )(?<!largest )(?<!most )"
OFFSET = ("offset", re.compile(
    rf"\b{LOOKED_BACK}in\s+(?P<n>{COUNT})\s+{EN_UNIT}(?:['’]s?\s+time)?\b"
    rf"|\b(?P<n_from>{COUNT})\s+(?P<unit_from>days?|weeks?|months?)\s+from\s+(?:now|today)\b"
    rf"|(?<![\w-])через\s+(?:(?P<n_ru>\d{{1,2}}|{'|'.join(k for k in COUNTS if not k.isascii())})\s+)?"
    r"(?P<unit_ru>день|дня|дней|сутки|суток|недел[юиь]|месяц(?:а|ев)?)(?![\w-])", re.I))


def counted_from_an_event(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """Whether the span counts from something other than publication: told in the past (in Russian, its clause),
    or, for English "in three days", told other than in the future, where it is as often how long a thing takes
    ("the plant makes 500 cars in three days")."""
    tense = sentence_tense(match, morph)
    return tense == "past" or bool(match["n"]) and tense != "future"


def offset_date(match: re.Match[str], published: date) -> str:
    """The day, Monday-to-Sunday week or month the span ends in."""
    count_word = (match["n"] or match["n_from"] or match["n_ru"] or "1").lower()
    count = int(count_word) if count_word.isdigit() else COUNTS[count_word]
    unit = (match["unit"] or match["unit_from"] or match["unit_ru"]).lower()[:3]
    if unit in ("mon", "мес"):
        index = published.year * 12 + published.month - 1 + count
        return month_interval(index // 12, index % 12 + 1)
    end = published + timedelta(days=count * (7 if unit in ("wee", "нед") else 1))
    if unit in ("wee", "нед"):
        monday = end - timedelta(days=end.weekday())
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    return end.isoformat()
