"""A time counted from publication: "in two weeks", "three days from now", «через две недели», «через три дня».
Read as the day, week or month it lands in, so that "next week" and "in two weeks" told of one event can be
compared. Told in the past («через три дня его задержали») or of an event («через месяц после выборов», "in two
weeks after the trial"), it counts from that event, not from publication: no date (see counted_from_an_event).
Nor is "within a week": a deadline counts from what sets it as often as from publication ("plans to renegotiate
a deal within three months" of taking office, "pay dues within three months" of a notice, both in the dev
articles), and a span from publication overlaps any date near it, so it could never disagree."""

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
# A bare «через день» is no span but a habit: "every other day" («лекарство принимают через день»), whatever
# the tense («автобусы будут ходить через день»), so a day takes a count
OFFSET = ("offset", re.compile(
    rf"\bin\s+(?P<n>{COUNT})\s+{EN_UNIT}(?:['’]s?\s+time)?\b"
    rf"|\b(?P<n_from>{COUNT})\s+(?P<unit_from>days?|weeks?|months?)\s+from\s+(?:now|today)\b"
    rf"|(?<![\w-])через\s+(?:(?P<n_ru>\d{{1,2}}|{'|'.join(k for k in COUNTS if not k.isascii())})\s+|(?!день(?![\w-])))"
    r"(?P<unit_ru>день|дня|дней|сутки|суток|недел[юиь]|месяц(?:а|ев)?)(?![\w-])", re.I))
# What a span counts from when an event follows it: «через месяц после выборов», "in two weeks after the trial
# ends", "three days following the vote" (a word or two may stand between: «через неделю уже после»)
AFTER_AN_EVENT = re.compile(r",?\s+(?:[\w'’-]+\s+){0,2}?(?:после|after|following|since)(?![\w-])", re.I)
# "the first rise in two months", "its highest level in two weeks": a span looked back over from a superlative or
# "first"/"time" up to LOOKED_BACK_WORDS words before "in", with no verb between ("the highest court will rule in
# two weeks" is a date); 4 words hold a superlative, an adjective and a noun of two words ("the biggest one-day
# oil price rise" is rare in the dev articles, and past it a new phrase is likelier)
LOOKED_BACK_WORDS = 4
NOT_LOOKED_BACK = re.compile(r"(?:will|would|shall|can|could|may|might|must|is|are|was|were|be|been|to|and|or)",
                             re.I)
SUPERLATIVE = re.compile(r"(?:first|time|most|least|best|worst|[\w-]+est)", re.I)
# Words ending in "-est" that are no superlative ("the protest", "interest rates"), and "latest" (most recent)
NOT_SUPERLATIVE = {"interest", "protest", "request", "contest", "test", "west", "midwest", "guest", "forest",
                   "arrest", "rest", "quest", "conquest", "harvest", "inquest", "manifest", "digest", "chest", "nest",
                   "crest", "vest", "priest", "unrest", "suggest", "invest", "honest", "modest", "earnest", "latest"}


def counted_from_an_event(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """Whether the span counts from something other than publication: an event named after it (AFTER_AN_EVENT),
    told in the past (in Russian, its clause), or, for English "in three days", looked back over from a
    superlative or told other than in the future, where it is as often how long a thing takes ("the plant makes
    500 cars in three days")."""
    if AFTER_AN_EVENT.match(match.string, match.end()):
        return True
    tense = sentence_tense(match, morph)
    return tense == "past" or bool(match["n"]) and (tense != "future" or _looked_back(match))


def _looked_back(match: re.Match[str]) -> bool:
    """Whether a superlative or "first" stands a few words before "in" with no verb between (see LOOKED_BACK_WORDS)."""
    words = re.findall(r"[\w'’-]+|[^\w\s]", match.string[max(0, match.start() - 80):match.start()])
    for word in reversed(words[-LOOKED_BACK_WORDS:]):
        if not word[0].isalnum() or NOT_LOOKED_BACK.fullmatch(word):
            return False
        if SUPERLATIVE.fullmatch(word) and word.lower() not in NOT_SUPERLATIVE:
            return True
    return False


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
