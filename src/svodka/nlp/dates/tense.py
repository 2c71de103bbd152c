"""The tense of the sentence around a date (in Russian, of its clause): what picks the week of a weekday, the
year of a month or of a day far from publication, when the words of the date alone do not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

# What tells a sentence's tense: a report of what happened ("said on Thursday", "в четверг заявил") names
# the last such day, an announcement ("will meet on Thursday", "в четверг состоится") the next one. A
# sentence with both keeps the nearest such day, and so does one with neither, unless it is English: its
# present names a schedule ("face City on Sunday"), where a report of the past takes a past form.
PAST = re.compile(r"\b(?:said|was|were|had|did|told|\w{3,}ed|fell|rose|met|went|came|took|gave|saw|made|won|lost|"
                  r"sold|bought|began|left|held|spoke|spent|wrote|grew|paid|sent|led|kept|found|brought|became|"
                  r"(?<!have )(?<!has )(?<!['’]ve )got|"  # "I have got to keep training" is a present
                  # simple past forms only: a participle is also passive or perfect ("is given", "have gone")
                  r"shot|threw|struck|fought|caught|ran|broke|stood|drove|flew|knew|thought|felt|heard|meant|chose|"
                  r"fled|stole|woke|ate|drew|hid|rode|swore|tore|wore|died)\b|(?<![\w-])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\w-])")
FUTURE = re.compile(r"\b(?:will|shall|due|is set to|are set to|is to|are to|plans? to|(?<!the )next)\b"
                    r"|(?<![\w-])(?:будет|будут|состоится|состоятся|пройд[её]т|планиру\w+|намерен\w*|собира\w+)(?![\w-])",
                    re.I)
# A Russian sentence reports in the past whatever it reports ("Встреча пройдет в понедельник, сообщил он"), so
# only the clause of the date tells: its past form ("было", "заявил") or its present one, which with a day
# named is an announcement ("в понедельник откроется"); reflexive and -ёт forms are verbs, not nouns. A
# perfective non-past ("что в пятницу подпишет") is a future, told from a noun by pymorphy (_perfective_future).
# A full stop glued to the next sentence by the scrape ("молодежных лиг.Россияне") still ends one.
GLUED_STOP = r"(?<=[а-яё])[.!?…](?=[А-ЯЁ])"
RU_CLAUSE_EDGE = re.compile(rf"[,;:()—–]|(?<![\w-])(?:что|когда|который|которая|которые)(?![\w-])"
                            rf"|[.!?…](?=\s)|{GLUED_STOP}|\n")
RU_PRESENT = re.compile(r"(?<![\w-])[а-яё]{2,}(?:[еёиая]тся|[уюая]тся|ёт)(?![\w-])", re.I)
# The endings of a verb's non-past persons ("подпишу", "подпишет", "подпишем"…): the words pymorphy is asked about.
PERSONAL_ENDING = re.compile(r"(?<![\w-])[а-яё]{2,}(?:[ую]|ешь|ишь|[её]т|ит|[её]м|им|[её]те|ите|[уюая]т)(?![\w-])",
                             re.I)
SENTENCE_BOUNDARY = re.compile(rf"[.!?…](?=\s)|{GLUED_STOP}|\n")
# A relative clause set off by commas inside the date's clause, and any verb form (past, present, infinitive)
RU_RELATIVE = re.compile(r",[ \t]*(?:котор|где|куда|откуда)[^,.!?…\n]{0,150},")
RU_VERB_FORM = re.compile(r"(?<![\w-])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ут|ит|ят|ать|ить|еть|ться)(?![\w-])",
                          re.I)
TENSE_WINDOW = 300  # no sentence of news is longer; bounds the look around a date


def sentence_tense(match: re.Match[str], morph: MorphAnalyzer | None, clause: bool = True) -> str | None:
    """"past", "future", "present" (English only) or None (unclear) for the sentence around a date; in Russian,
    for its clause unless `clause` is False."""
    russian = not match.group(0).isascii()
    scope = tense_scope(match, clause and russian)
    past = bool(PAST.search(scope))
    future = bool(FUTURE.search(scope) or russian and (RU_PRESENT.search(scope) or _perfective_future(scope, morph)))
    if not (past or future or russian):
        return "present"  # an English sentence with no past form tells a schedule: "face City on Sunday"
    return "past" if past and not future else "future" if future and not past else None


def tense_scope(match: re.Match[str], clause: bool) -> str:
    """The words around a date whose verbs tell its tense: its sentence, or (Russian) its clause (see
    RU_CLAUSE_EDGE)."""
    text, start, stop = match.string, match.start(), match.end()
    head = text[max(0, start - TENSE_WINDOW):start]
    cuts = list(SENTENCE_BOUNDARY.finditer(head))
    head = head[cuts[-1].end() if cuts else 0:]
    tail = text[stop:stop + TENSE_WINDOW]
    if clause:
        edges = list(RU_CLAUSE_EDGE.finditer(head))
        head = head[edges[-1].end() if edges else 0:]
        return head + " " + _ru_clause_tail(head, tail)
    end = SENTENCE_BOUNDARY.search(tail)
    return head + " " + tail[:end.start() if end else len(tail)]


def habitual_present(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """Whether a Russian date's clause tells what is done again and again: an imperfective present («смесь, которой
    посыпают дороги зимой»), with no past or future form beside it, nor an infinitive, whose present governs a
    possibility or a plan («могут открыться летом»). Needs pymorphy to tell the aspect."""
    if morph is None or match.group(0).isascii():
        return False
    scope = tense_scope(match, clause=True)
    if PAST.search(scope) or FUTURE.search(scope) or _perfective_future(scope, morph):
        return False
    tags = [morph.parse(word)[0].tag for word in set(RU_VERB_FORM.findall(scope) + PERSONAL_ENDING.findall(scope)
                                                      + RU_PRESENT.findall(scope))]
    return (not any("INFN" in tag for tag in tags)
            and any("VERB" in tag and "impf" in tag and "pres" in tag for tag in tags))


def _ru_clause_tail(head: str, tail: str) -> str:
    """The date's clause after the date: up to its edge, or while it has no verb yet, on past the commas of a
    list («3 мая разведки США, Канады обнародовали») and over a relative clause, whose verb is not the date's
    («6 мая школьники провинции, которую считают эпицентром, вышли на учебу»)."""
    parts, position = [], 0
    while True:
        end = RU_CLAUSE_EDGE.search(tail, position)
        parts.append(tail[position:end.start() if end else len(tail)])
        if not end or tail[end.start()] != "," or RU_VERB_FORM.search(head + " " + " ".join(parts)):
            return " ".join(parts)
        aside = RU_RELATIVE.match(tail, end.start())
        position = aside.end() if aside else end.end()


def _perfective_future(scope: str, morph: MorphAnalyzer | None) -> bool:
    """Whether the clause holds a perfective verb in its non-past form ("подпишет", "встретимся"): pymorphy
    tags it future. Only a word whose likeliest reading is that verb counts ("совет", "бюджет" stay nouns)."""
    if morph is None:
        return False
    for word in PERSONAL_ENDING.findall(scope):
        tag = morph.parse(word)[0].tag
        if "VERB" in tag and "perf" in tag and "futr" in tag:
            return True
    return False
