"""Matches that look like dates and are none: a season, month or weekday said of every year or week, the eve of an
event, a year closing a name, a bare month that is a name or a vague part of a month, which find_dates drops before
they take text; a page's time stamp and a vague part of a year, which take their text but are no date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from svodka.months import RU_MONTH_NOMINATIVE

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

EVE_NEXT_WORD = re.compile(r"\s+(?:(?:его|её|ее|их)\s+)?(\w+)", re.I)  # "накануне его визита": the noun after
VAGUE_PART = re.compile(r"(?<![\w-])(?:кон(?:ец|ц)|начал|середин|половин|декад|числ)[а-яё]*\s+$|\d\S*\s+$", re.I)
SENTENCE_START = re.compile(r"(?:^|[.!?…»\n])\s*$")
HABITUAL = re.compile(r"(?<![\w-])(?:традиционно|обычно|как правило|ежегодно|каждый год|каждую|каждой|всегда"
                      r"|по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям|выходным|будням))(?![\w-])"
                      r"|\b(?:usually|typically|traditionally|normally|always)\b", re.I)
EVERY = re.compile(r"\bevery\s+$", re.I)  # "every Monday", "every summer": said of each; further off "every" counts others
# A clause's edges: a habit said in one clause ("Обычно его проводят в июне") says nothing of the next ("но в этом
# году перенесли на июль")
CLAUSE_EDGE = re.compile(r"[,;:.!?…—–()\n]")
# The start, middle or end of a year («в начале 2020 года», «в конце прошлого года», "early 2017", "mid-2020") is
# no date the conventions annotate, as a vague part of a month is not (a deadline, «до конца 2028 года», is one)
VAGUE_YEAR_PART = re.compile(r"(?<![\w-])в\s+(?:начале|конце|середине)\s+$|\b(?:early|late|mid)[\s-]+$", re.I)
# A year that ends a name is part of it, no date: "Clockenflap 2019", "чемпионата Европы-2020", "© 2019" (one
# after a preposition is a date: "Taylor Swift in 2010")
NAME_BEFORE_YEAR = re.compile(r"(?:©|(?<![\w-])[A-ZА-ЯЁ][\w&]*)[ \t-]$")
NAME_REACH = 40
# A page's time stamp scraped with the text: a date beside a clock time, opening a paragraph ("17:13 17.11.2019",
# "Вчера, 19:11", repeated: "Вчера, 19:11 Вчера, 19:11"): when the page was posted, no date the report tells of. A
# sentence puts a word between them («Вчера в 19:11 …», "on Monday at 6.30pm"), and an announcement a dash after
# them («14 ноября, 10:00 — в Москве начнется конференция»).
CLOCK_BEFORE = re.compile(r"[ \t]*(?:[^\s,]{1,12},?[ \t]*)?\d{1,2}:\d{2}[ \t,]+")
CLOCK_AFTER = re.compile(r",?[ \t]*\d{1,2}:\d{2}(?![\d:])(?![ \t]*[—–-][ \t])")
STAMP_REACH = 40  # how far before a date its paragraph's start is looked for: a day's name, a comma, a clock time
# Groups of a match that fix its year or place it against the report's
EXPLICIT_GROUPS = frozenset({"y", "y_en", "y_en2", "rel", "rel_en", "rel_ru", "adjacent"})
HABIT_WINDOW = 60  # a habit is said within the few words of the clause around the time word


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
    """"Доверие традиционно растет осенью", "Осенью традиционно ухудшается", "Обычно его проводят в июне", "came in
    every Monday": a season, month or weekday said of every year or week, in its own clause, is no date. One given
    its year or placed against the report's ("this summer", «в июне прошлого года») is a date."""
    if any(value and key in EXPLICIT_GROUPS for key, value in match.groupdict().items()):
        return False
    text, start, stop = match.string, match.start(), match.end()
    window_before, window_after = text[max(0, start - HABIT_WINDOW):start], text[stop:stop + HABIT_WINDOW]
    before = window_before[max((m.end() for m in CLAUSE_EDGE.finditer(window_before)), default=0):]
    after = window_after[:next((m.start() for m in CLAUSE_EDGE.finditer(window_after)), len(window_after))]
    return bool(HABITUAL.search(before) or HABITUAL.search(after) or EVERY.search(before))


def vague_year_part(match: re.Match[str]) -> bool:
    """«в начале 2020 года», "early 2017": a year whose start, middle or end the text names (see VAGUE_YEAR_PART)."""
    return bool(VAGUE_YEAR_PART.search(match.string, max(0, match.start() - NAME_REACH), match.start()))


def time_stamp(match: re.Match[str]) -> bool:
    """Whether the date is a page's time stamp (see CLOCK_BEFORE): it and a clock time open a paragraph."""
    text, start = match.string, match.start()
    opening = text.rfind("\n", max(0, start - STAMP_REACH), start) + 1
    if opening == 0 and start > STAMP_REACH:
        return False
    before = text[opening:start]
    return bool(not before.strip() and CLOCK_AFTER.match(text, match.end()) or CLOCK_BEFORE.fullmatch(before))
