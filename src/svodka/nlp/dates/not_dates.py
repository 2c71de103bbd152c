"""Matches that look like dates and are none: a season said of every year, the eve of an event, a year closing
a name, a bare month that is a name or a vague part of a month. find_dates drops them before they take text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from svodka.nlp.dates.words import RU_MONTH_NOMINATIVE

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

EVE_NEXT_WORD = re.compile(r"\s+(?:(?:его|её|ее|их)\s+)?(\w+)", re.I)  # "накануне его визита": the noun after
VAGUE_PART = re.compile(r"(?<![\w-])(?:кон(?:ец|ц)|начал|середин|половин|декад|числ)[а-яё]*\s+$|\d\S*\s+$", re.I)
SENTENCE_START = re.compile(r"(?:^|[.!?…»\n])\s*$")
HABITUAL = re.compile(r"(?<![\w-])(?:традиционно|обычно|как правило|ежегодно|каждый год|каждую|каждой|всегда)(?![\w-])"
                      r"|\b(?:usually|typically|traditionally|normally|always|every)\b", re.I)
# A year that ends a name is part of it, no date: "Clockenflap 2019", "чемпионата Европы-2020", "© 2019" (one
# after a preposition is a date: "Taylor Swift in 2010")
NAME_BEFORE_YEAR = re.compile(r"(?:©|(?<![\w-])[A-ZА-ЯЁ][\w&]*)[ \t-]$")
NAME_REACH = 40
HABIT_WINDOW = 60  # a habit is said within the few words before the season


def names_event(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """«накануне выборов», «накануне его визита»: a bare «накануне» followed by a noun in the genitive is the eve of an
    event, no date. A word that may be nominative («Накануне МИД заявил») or is no noun («накануне вечером») leaves
    it standing alone. Without a morphology only «накануне» closing its clause stands alone."""
    if match["d"]:
        return False
    word = EVE_NEXT_WORD.match(match.string, match.end())
    if word is None:
        return False
    if morph is None or word[1].isdigit():  # «накануне 2022 года» neither
        return True
    tags = [parse.tag for parse in morph.parse(word[1])]
    return any("gent" in tag for tag in tags) and not any("nomn" in tag for tag in tags)


def ends_name(match: re.Match[str]) -> bool:
    """Whether a bare year closes the name before it ("Clockenflap 2019"): a year after a preposition is a date."""
    start = match.start()
    return match[0][0].isdigit() and bool(NAME_BEFORE_YEAR.search(match.string, max(0, start - NAME_REACH), start))


def no_bare_month(match: re.Match[str]) -> bool:
    """Whether a bare Russian month word is a name, a vague part of a month (see the "bare_month" pattern) or the
    month of a day glued to what precedes it in the scrape ("U206 ноября")."""
    before = match.string[max(0, match.start() - NAME_REACH):match.start()]
    capitalised = match[0][0].isupper()  # a name, unless it opens a sentence in the nominative («Январь выдался»)
    return bool(VAGUE_PART.search(before)) or capitalised and (
        not SENTENCE_START.search(before) or not re.fullmatch(RU_MONTH_NOMINATIVE, match["bare"], re.I))


def habitual(match: re.Match[str]) -> bool:
    """"Доверие традиционно растет осенью", "usually in summer": a bare season said of every year is no date."""
    if (match["y"] or match["y_en"] or match["y_en2"] or match["rel"] or match["rel_en"] or match["rel_ru"]
            or match["adjacent"]):
        return False
    before = match.string[max(0, match.start() - HABIT_WINDOW):match.start()]
    return bool(HABITUAL.search(before.split(". ")[-1]))
