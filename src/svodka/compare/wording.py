"""Whether one sentence prints what another says, read by its words besides its names and dates.

Alignment joins sentences that share a name, a place or a day: "Во вторник порт Северного посетили инспекторы" and
"Во вторник порт Северного снова начал принимать суда" share all three and tell two things done that Tuesday. A
name is checked as a name and a day as a day (`details.supporting_sources`); what is left, the words saying what
happened, must be printed by the other sentence too before it is cited for the claim (`details`) or before its
other day is read as the same event told another way (`values`).
"""

from __future__ import annotations

import re

from svodka.compare.align import Unit, dates_agree
from svodka.compare.credits import credit_words
from svodka.compare.lexicon import concept
from svodka.model import DateRef

WORD = re.compile(r"\w+")
# A part of the day a sentence says something happened in, by the words news prints it with, in Russian and English
# alike («загорелся ночью» / "caught fire overnight"); a clock time is the part its hour falls in. Whole words only:
# «Утрата» is no morning, «дневник» no daytime; nor is a night club («в ночном клубе», "nightclub") a night.
NOT_NIGHT = r"(?!\w)(?!\s*[-‐]?\s*(?:клуб|club))"
TIME_OF_DAY = {
    "night": re.compile(rf"(?<!\w)(?:ноч(?:ь|и|ью|ей|ам|ами|ах)|ночн\w*|полноч\w*|overnight|nights?|night-?time|"
                        rf"tonight|midnight){NOT_NIGHT}", re.IGNORECASE),
    "morning": re.compile(r"(?<!\w)(?:утр(?:о|а|у|ом|е|ам|ами|ах)|утренн\w*|mornings?|dawn|daybreak)(?!\w)",
                          re.IGNORECASE),
    "day": re.compile(r"(?<!\w)(?:дн[её]м|дневн(?!ик)\w*|полд(?:ень|ня|не)|afternoons?|noon|midday)(?!\w)",
                      re.IGNORECASE),
    "evening": re.compile(r"(?<!\w)(?:вечер(?:ом|а|у|е)?|вечерн\w*|evenings?|dusk)(?!\w)", re.IGNORECASE),
}
# A clock time: "03:40" anywhere but before a group of thousands (a map's scale «1:50 000»), "8.40" only after «в»,
# «к», «около», "at" (else it is a figure: «3.50 млн рублей»)
CLOCK = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]):[0-5]\d(?![\d:]|[ \u00a0\u202f]\d{3}(?!\d))|"
                   r"(?<![\w-])(?:в|к|около|at)\s+([01]?\d|2[0-3])\.[0-5]\d"
                   r"(?![\d:]|[.,]\d|\s*(?:млн|млрд|трлн|тыс|руб|долл|евро|раз|процент|%|million|billion|percent|times))",
                   re.IGNORECASE)
# The part of the day each clock hour falls in, as news speaks of it: «в 03:40» is at night, «в 19:10» in the evening.
PART_OF_HOUR = ("night",) * 5 + ("morning",) * 7 + ("day",) * 6 + ("evening",) * 6
NAME_STEM = 4  # a lemma is a name's or date's word when their first letters meet: «белый» of «Белого дома», «пятницу»
# Share of a sentence's words besides its names and dates that another report's sentence of the fact must print to
# tell it: "Emirates has been updating and enhancing its app regularly" against "Travellers with Emirates' mobile
# app…" is 1 of 4 ("app"); the seeds' Putin-on-Kazakhstan paraphrase (its «28 декабря» against «на следующей
# неделе», agreeing days) is 2 of 6. At 0.3 benchmarks.compare's corpus shared facts hold (recall 27/27).
CONTENT_SHARE = 0.3
# Fewest such words the other sentence must print when the sentence has more: one word of three in common ("порт")
# is the setting two things happened in, not the thing that happened; one of two («Софья Эрнст родила ребеночка»
# against «актриса родила») is what happened, to whom the names say.
MIN_SHARED_WORDS = 2
# Words either side of a date read for what happens on it: "Starmer on Thursday launched negotiations" against "The
# prime minister flies back to London on Friday" date two events, though their sentences share names.
EVENT_REACH = 5


def tells_content(unit: Unit, theirs: list[Unit]) -> bool:
    """Whether another source's sentence of the fact prints what the unit says besides its names and dates
    (`told_words`): CONTENT_SHARE of those words, and MIN_SHARED_WORDS of more, a word of the lexicon by its concept
    («объединение» / «слияние»). "The ferry's licence had expired", said by the water transport authority, is not
    told by "the authority said an investigation committee would report within seven days", aligned with it by the
    authority's name alone; nor is an inspection on Tuesday told by a reopening on Tuesday. A day is one more thing to
    agree on, checked as a day, never a pass. Read in one language only (a translation shares no word: its numbers,
    dates and names are checked instead)."""
    same_language = [u for u in theirs if u.language == unit.language]
    if len(same_language) < len(theirs) or not same_language or unit.numbers:
        return True  # a figure the source prints is the evidence ("выявлено 12 345 случаев" / "12345 случаев")
    return any(_prints_told(u, unit, theirs) for u in same_language)


def tells_time(unit: Unit, theirs: list[Unit]) -> bool:
    """Whether another source's sentences of the fact give every part of the day the unit says it happened in
    (`times_of_day`): «Склад загорелся ночью» is not cited to a report saying only «Склад загорелся», whose words and
    names it shares, nor to one saying it caught fire in the evening."""
    told = {part for other in theirs for part in times_of_day(other.text)}
    return times_of_day(unit.text) <= told


def times_of_day(text: str) -> set[str]:
    """The parts of the day (`TIME_OF_DAY`) a sentence names, a clock time's by its hour (`PART_OF_HOUR`)."""
    return ({part for part, words in TIME_OF_DAY.items() if words.search(text)}
            | {PART_OF_HOUR[int(colon or dot)] for colon, dot in CLOCK.findall(text)})


def told_alike(a: Unit, b: Unit) -> bool:
    """Two sentences of one language each printing what the other says besides its names, dates and figures: "The old
    stone bridge reopened to traffic on Monday" and "… on Sunday" tell one event, the days they give for it disagree."""
    return a.language == b.language and _prints_told(b, a, [b]) and _prints_told(a, b, [a])


def date_events_meet(a: Unit, x: DateRef, b: Unit, y: DateRef) -> bool:
    """Whether two sentences' dates could date one event: the words of substance beside each (`date_event_words`)
    share one, itself or by its lexicon concept, or either date has none to tell (then the sentences' names decide).
    "launched negotiations on Thursday" and "flies back to London on Friday" are two events; "the bridge reopened on
    Monday" and "… reopened on Sunday" one."""
    ours, theirs = date_event_words(a, x), date_event_words(b, y)
    if not ours or not theirs:
        return True
    their_concepts = {c for lemma in theirs if (c := concept(lemma, b.language))}
    return any(lemma in theirs or concept(lemma, a.language) in their_concepts - {None} for lemma in ours)


def date_event_words(unit: Unit, date: DateRef) -> set[str]:
    """The told words (`told_words`) the sentence prints in lower case within EVENT_REACH words of the date: what
    happens that day, not the names and titles around it ("Prime Minister Keir Starmer")."""
    at = unit.text.find(date.text)
    if at < 0:
        return set()
    before = WORD.findall(unit.text[:at])[-EVENT_REACH:]
    after = WORD.findall(unit.text[at + len(date.text):])[:EVENT_REACH]
    near = {word.casefold()[:NAME_STEM] for word in before + after if word[:1].islower()}
    return {lemma for lemma in told_words(unit, []) if lemma[:NAME_STEM] in near}


def _prints_told(other: Unit, unit: Unit, theirs: list[Unit]) -> bool:
    """Whether `other` prints CONTENT_SHARE of the unit's told words (`told_words`, names of `theirs` left out too),
    and MIN_SHARED_WORDS of more; MIN_SHARED_WORDS when it gives the unit's day too: «Первые пассажиры проедут по новой
    трамвайной линии 14 марта» is «трамвай начнёт возить пассажиров 14 марта» (2 words of 10 and the day), while
    «Во вторник порт посетили инспекторы» is not «Во вторник порт снова начал принимать суда» (1 word of 3)."""
    told = told_words(unit, theirs)
    needed = max(CONTENT_SHARE * len(told), MIN_SHARED_WORDS if len(told) > MIN_SHARED_WORDS else 0)
    if _same_day(unit, other):  # one more thing the two agree on: it stands for words, never for all of them
        needed = min(needed, MIN_SHARED_WORDS)
    return not told or len(_printed_of(told, other)) >= needed


def _same_day(unit: Unit, other: Unit) -> bool:
    """The unit gives a day («14 марта», "on Tuesday"; a month is none) the other sentence's dates agree with."""
    days = [d.date for d in unit.dates if d.date and "/" not in d.date]
    return any(dates_agree(day, d.date) for day in days for d in other.dates if d.date)


def told_words(unit: Unit, others: list[Unit]) -> set[str]:
    """The unit's lemmas that say what happened: not a word of a name any of the sentences gives, of its resolved
    dates («вторник», "December"), of its credits («сообщили в полиции»: who told it, `credits.credit_words`), nor a
    figure."""
    setting = {word.casefold()[:NAME_STEM] for u in (unit, *others)
               for name in (*u.entity_names.values(), *u.entity_printed.values()) for word in WORD.findall(name)}
    setting |= {word.casefold()[:NAME_STEM] for d in unit.dates for word in WORD.findall(d.text) if not word.isdigit()}
    setting |= {word.casefold()[:NAME_STEM] for word in credit_words(unit.text)}
    return {lemma for lemma in unit.lemmas if lemma[:NAME_STEM] not in setting and not lemma[:1].isdigit()}


def _printed_of(told: set[str], other: Unit) -> set[str]:
    """The told words the other sentence prints, itself or by a word of the same lexicon concept."""
    concepts = {c for lemma in other.lemmas if (c := concept(lemma, other.language))}
    return {lemma for lemma in told if lemma in other.lemmas or concept(lemma, other.language) in concepts}
