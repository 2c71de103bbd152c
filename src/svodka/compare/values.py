"""Conflicts: aligned facts whose numbers or dates disagree once both are resolved.

Values are compared only after resolution: a relative date ("на следующей неделе")
resolves to an interval that agrees with any day inside it, and a hedged number
("почти четыре часа", "около 4 часов", "превысят 410 млрд") agrees with any value
within HEDGE_TOLERANCE. And only values of one quantity are compared: numbers that count
the same thing (a common counted noun or neighbouring concept, "12 человек пострадали" /
"число пострадавших выросло до 15"), both ordinals or both not ("87-й минуте" /
"20 минут"; a label, "Week 3" or "пункт 3", is a point as an ordinal is), within
SAME_QUANTITY_RATIO ("12 из 212 сооружений") or one misprinted digit apart ("12,000" / "2,000 euros"); dates about a
common named participant, or of sentences naming none and alike in all else they say. A range is one value ("4...6", "5-7 градусов"), compared only with a range; in a sentence
listing several named things each with its figure ("«Артемуголь» — 267 млн, «Торезантрацит» — 370 млн") a figure is
compared only with a figure of the same name; sentences dated to different days are not compared (a forecast's
Thursday against its Sunday); and a reader's hypothetical example ("Например, вам 60 лет, а ваш стаж – 15 лет")
states no figure of the story at all. A source that also gives the other's value somewhere in the fact
agrees with it ("линия 6,8 км … велодорожка около 5 км" against "6,8 км"); a year it gives as a bare number
("родившиеся в 2016 и 2017 году") is a date it gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, time, timedelta
from functools import lru_cache

from svodka.compare.align import LEADING_NUMBER, NOUN_STEM, Fact, Members, Unit, date_interval, dates_agree, number_key
from svodka.compare.lexicon import MEASURE_CONCEPTS, concept
from svodka.compare.quotes import printing_sources
from svodka.compare.updates import (
    DEVELOPING,
    RAISED_TO,
    CHANGE_CUE,
    CUE_REACH,
    as_update,
    correcting,
    correction_text,
    current,
    epoch_seconds,
    names_corrected,
    phase,
    phase_update,
    superseded,
)
from svodka.compare.wording import date_events_meet, told_alike
from svodka.model import Article, DateRef, Difference, Disputed, NumberFact, State
from svodka.months import EN_MONTH_WORD
from svodka.nlp.english import stem
from svodka.nlp.numbers import (
    FUNCTION_WORDS,
    IDENTIFIER_BEFORE,
    MEASURES,
    NOT_PRODUCTS,
    NUMBER_WORDS,
    ONE_PERSONS,
    PART_BEFORE,
    PART_OF,
    PART_REACH,
    SCALED,
    THOUSANDS,
    VERSION_UNIT,
    WORD_REACH,
    find_numbers,
)
from svodka.written_year import YEAR_DIGITS

# "почти четыре часа" and "около трёх" are within 10% of the exact value in every
# hedged pair of the sample corpus (410 vs 412 bn is 0.5%, "almost 4" vs 4 is 0%).
HEDGE_TOLERANCE = 0.1
EXACT_TOLERANCE = 0.005  # rounding in the last printed digit
# Readings further apart than this are two quantities, not one misreported ("9,1 млрд
# рублей" cost vs "70 рублей" fare): every planted conflict of the corpus is within 1.3×.
SAME_QUANTITY_RATIO = 2.0
HEDGE = re.compile(
    r"\b(почти|около|более|свыше|порядка|примерно|приблизительно|превы\w*|не менее|до|"
    r"about|almost|nearly|around|over|more than|some|roughly|approximately|up to)\s*$", re.IGNORECASE)
DATE_ONLY_SHIFT = timedelta(days=1, seconds=-1)  # a date without a time: the end of that day (`publication_order`)
HEDGE_WINDOW = 25  # characters before the number searched for a hedge word
# Lemmas either side of a number that say what it counts: "12 человек пострадали" ->
# people, injured. Two reach the verb after the noun in every counted phrase of the corpus.
COUNT_WINDOW = 2
CLAUSE_END = re.compile(r"\s*[,;:(—–]")  # right after a counted phrase: what follows is another clause's
CLAUSE_MARK = re.compile(r"[,;:(—–.!?]")
# Words of substance after a counted phrase, within its clause, that say what its count did: "dissented" of "Two of
# the nine policymakers dissented", «совета проголосовали» of «трое членов совета проголосовали против»
PREDICATE_WORDS = 2
# "victims of the crash": what the noun is of, not what its count did
NOUN_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?[^\W\d_]+", re.IGNORECASE)
ORDINAL = re.compile(r"^\d+(?:-?(?:й|я|е|го|му|м|ом|ой|ых)|st|nd|rd|th)\b", re.IGNORECASE)
# A figure in digits, its thousands grouped as `nlp.numbers` groups them (by commas, "12,000", "1,250,000", or spaces,
# "281 752"), else with a decimal comma or point ("42,4"); not glued to a word ("COVID-19") nor a time or score
# ("09:40", "2:1"). The one reading of a printed figure: a bare one here ("выросло до 15"), any in `details.mentioned`.
FIGURE = re.compile(r"(?<![\w:.,-])(?:[1-9]\d{0,2}(?:,\d{3})+(?![\d,])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
                    r"|\d+(?:[.,]\d+)?)(?!\w|[:.,-]?\d)")
# A word right before a number that names what the number labels, not what it counts: "Week 3", "Game 7", "пункт 3
# статьи 12", "в туре 5", "Boeing 737". Such a number is a point in a series, like an ordinal ("третий тур", "5-й
# этап"): never compared with a count ("two weeks", "четыре этапа"), only with another label of the same word. The
# nouns news numbers things with, as printed (a stem and its case endings); in a Latin text any capitalised word
# that is not a function word or a hedge (a count follows its noun in English: "15 people", never "People 15").
WORD_RIGHT_BEFORE = re.compile(r"(\w+)[ \t\u00a0]+$")
RUSSIAN_LABELS = re.compile(
    r"(?:под)?(?P<stem>пункт|стать|част|глав|раздел|параграф|абзац|тур|этап|матч|игр|раунд|сезон|сери|эпизод|выпуск|рейс|"
    r"маршрут|модел|верси|уровен|уровн|стади|фаз|категори|групп|корпус|энергоблок|блок|лини|платформ|сектор|трасс|"
    r"палат|дом|квартир|кабинет|терминал|участк|участок)(?:а|я|у|ю|е|и|ы|ь|ом|ем|ой|ей|ёй|ью|ах|ях|ов|ев)?")
# Of those, the parts of a document, which a counted noun never follows: "пункт 3 статьи 12 закона" is no 3 articles
REFERENCE_STEMS = frozenset("пункт стать част глав раздел параграф абзац".split())
# A range: both ends one value ("4...6", "5-7 градусов", "10 to 12 years"), never two loose numbers.
RANGE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)[ \t\u00a0]*(?:\.{2,3}|…|[-–—]|[ \t\u00a0]+to[ \t\u00a0]+)[ \t\u00a0]*"
                   r"(\d+(?:[.,]\d+)?)(?![\d]|[.,]\d)")
RECALL = re.compile(r"(?:^|(?<=[.!?…][ \t])|(?<=\n))[ \t]*(?:Напомним|Как (?:ранее |уже )?(?:писал|сообщал|рассказывал)[аио]?"
                    r"(?![\w-])|Ранее (?:[\w.-]+ )?(?:писал|сообщал|рассказывал)[аио]?(?![\w-])|Ранее сообщалось|"
                    r"As (?:previously|earlier) reported|As \S+ (?:previously|earlier) reported|Previously,)", re.MULTILINE)
YEAR = re.compile(rf"(?<![\d.,])({YEAR_DIGITS})(?![\d.,]\d)")  # a year, not a decimal or a numeric date's
HEDGED_OPEN = r"(?:(?:about|around|some|roughly|approximately|около|примерно|~|≈)\s*)?"
# A figure in brackets just after another one gives it in another currency or unit: "fined 12,000 euros ($13,300)",
# «12 тыс. евро (около $13 тыс.)»; it disputes nothing the other reports print in euros.
CONVERTED = re.compile(r"\d(?:[^()\d!?]{0,25}\(\s*" + HEDGED_OPEN + r"(?:US|U\.S\.)?[$€£¥₽]|\s*[^()\d!?]{0,8}?"
                       r"(?:euros?|dollars?|pounds?|евро|доллар\w*|рубл\w*|фунт\w*)\W{0,3}\(\s*" + HEDGED_OPEN + r")\s*$",
                       re.IGNORECASE)
CONVERTED_REACH = 40  # characters before a figure looked at for the figure it converts
# A reader's hypothetical example: an example word and the reader addressed or a condition ("Например, вам 60 лет",
# "Допустим, если стаж 15 лет", "For example, if you earn"): its figures are the reader's, not the story's.
EXAMPLE_WORD = re.compile(r"(?<![\w-])(?:например|допустим|предположим|скажем|for example|for instance|suppose|say)(?![\w-])",
                          re.IGNORECASE)
ADDRESSED = re.compile(r"(?<![\w-])(?:вам|вы|вас|ваш\w*|тебе|ты|тво\w+|если|you|your|if)(?![\w-])", re.IGNORECASE)
# A name a listed figure belongs to: a name in quotes («Артемуголь», ""Макеевуголь"") or one entity recognition found
QUOTED_NAME = re.compile(r"[«\"“„]+([^«»\"“”„]{2,40}?)[»\"”]+")
# Digits differing by one added, dropped or changed digit ("12,000" / "2,000"): a misprint of one figure, compared
# beyond SAME_QUANTITY_RATIO when both count one measure and are this large (a digit of "5" vs "15" is two counts).
MISPRINT_MIN = 100
# An event's victims (lexicon concepts): the counts two reports of one accident give for one thing whatever their
# wording. Not cumulative tallies (recovered, infected: a day's figure beside a total) nor areas.
VICTIMS = frozenset({"dead", "injured"})
# A count told as a change to a number in words, naming nothing after it: «Число погибших выросло до четырёх».
GREW_TO_WORD = re.compile(r"(?<!\w)(?:вырос\w*|увеличил\w*|возрос\w*|дош[её]л\w*|дошл\w*|достиг\w*)\s+(?:до\s+)?(\w+)",
                          re.IGNORECASE)
CONTENT_LETTERS = 4  # a lemma this long is a word of substance ("мост", "fire"), not "в", "the", "и"
ENGLISH_LABELS = frozenset(
    "week day stage game round match leg heat article section part chapter clause paragraph item episode season series "
    "flight route model version level phase category grade division group gate platform terminal room floor line "
    "highway interstate district ward block building unit zone sector lane pier track".split())


@dataclass
class Reading:
    """A number as one source states it, with what it counts."""

    unit: Unit
    value: float
    text: str
    hedged: bool
    ordinal: bool  # "на 87-й минуте" is a point, "20 минут" a duration: never compared
    counts: frozenset[str]  # concepts or lemmas the number attaches to
    high: float | None = None  # the upper end of a range ("4...6"): compared only with a range
    owner: str | None = None  # the name a figure belongs to in a sentence listing several (`_owners`)
    noun: str = ""  # the noun of its own it counts ("euros" of "2,000 euros"), none for a bare figure
    grown: bool = False  # printed as a change («выросло до четырёх»): any earlier value may be its previous state
    part: bool = False  # a part of a counted whole ("two of the nine policymakers"): it counts what its clause says
    # What the clause says of the counted (`_said`), compared for a part; none for a part's whole ("nine
    # policymakers" of "two of the nine policymakers dissented": the part dissented)
    said: frozenset[str] = frozenset()


def value_conflicts(fact: Fact, text_of: dict[str, str], story: list[Fact] | None = None) -> list[Difference]:
    """Numbers of one quantity, and dates of one event, that disagree between the fact's sources. With the `story`'s
    facts, a report giving one of the values in a sentence aligned elsewhere is counted under it too (`_tallied`). A
    fact told at successive stages («локализован», then «ликвидирован») is an update of them (`updates.phase_update`)."""
    if len(fact.sources) < 2:
        return []
    stages = phase_update(fact)
    return _number_conflicts(fact, text_of, story or []) + _date_conflicts(fact) + ([stages] if stages else [])


def unaligned_conflicts(facts: list[Fact], text_of: dict[str, str]) -> list[Difference]:
    """One figure two reports print differently in sentences alignment kept apart ("Вылечились от болезни 57373
    человека" / "Всего выздоровели 67 373 человека"): of one measure (`same_quantity`), with the same counted noun and
    a common word of what happened beside it besides the noun (recovered, not just people), one misprinted digit apart
    (`_misprint`), neither report printing the other's value. Unaligned sentences are weak evidence of one quantity
    (a day's count beside a total, yesterday's toll beside today's), so only a figure told two ways is taken: values
    merely close stay apart, unless both count what happened (the dead, the injured: `_one_event_count`), the
    story's headline figures an editor compares first. Two states of a developing figure (`updates.as_update`:
    «Площадь возгорания составляет 2000 квадратных метров» at 07:40, «выросла до 5000» at 10:05) are an update, of
    whatever shape."""
    return [_number_update(a, b, group) if update else _number_conflict(a, b, [a, b])
            for a, b, update, group in _unaligned_pairs(facts, text_of)]


def unaligned_facts(facts: list[Fact], text_of: dict[str, str]) -> list[Fact]:
    """The two sentences of each conflict `unaligned_conflicts` finds, as one fact: what either credits its figure to
    («по данным МЧС» / «сообщили в полиции») is then compared as any fact's sources are (`quotes.attributions`)."""
    return [Fact([a.unit, b.unit]) for a, b, update, _ in _unaligned_pairs(facts, text_of) if not update]


def _unaligned_pairs(facts: list[Fact], text_of: dict[str, str]) -> list[tuple[Reading, Reading, bool, list[Reading]]]:
    """(a, b, whether an update, the readings of its quantity) for each figure `unaligned_conflicts` reports."""
    fact_of = {id(unit): i for i, fact in enumerate(facts) for unit in fact.units}
    by_noun: dict[str, list[Reading]] = defaultdict(list)
    by_event: dict[str, list[Reading]] = defaultdict(list)
    for unit in (u for fact in facts for u in fact.units):
        found_in_unit = [r for r in readings(unit, text_of) if r.high is None and not r.ordinal]
        for r in found_in_unit:
            if r.noun:
                by_noun[r.noun[:NOUN_STEM]].append(r)
            for key in _event_counted(r, len(found_in_unit)):
                by_event[key].append(r)
    found: list[tuple[Reading, Reading, bool, list[Reading]]] = []
    seen: set[frozenset[float]] = set()
    for group in (_current(group, text_of) for group in by_noun.values()):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                pair = frozenset((a.value, b.value))
                if (pair not in seen and _told_apart(a, b, fact_of, text_of)
                        and _common_predicate(a, b) and same_quantity(a, b)):
                    update = as_update(a, b, text_of)
                    if update or _misprint(a, b):
                        seen.add(pair)
                        found.append((a, b, bool(update), group))
    for group in (_current(group, text_of) for group in by_event.values()):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                pair = frozenset((a.value, b.value))
                if pair not in seen and _told_apart(a, b, fact_of, text_of) and _one_event_count(a, b, group):
                    seen.add(pair)
                    found.append((a, b, bool(as_update(a, b, text_of)), group))
    return found


def _told_apart(a: Reading, b: Reading, fact_of: dict[int, int], text_of: dict[str, str]) -> bool:
    """Two sources' disagreeing values in sentences alignment kept apart, neither report printing the other's."""
    return (a.unit.source != b.unit.source and fact_of[id(a.unit)] != fact_of[id(b.unit)] and not _agree(a, b)
            and not _printed_in(a, text_of[b.unit.article]) and not _printed_in(b, text_of[a.unit.article]))


def _event_counted(reading: Reading, figures_in_sentence: int) -> frozenset[str]:
    """Which of an event's victims a figure counts (`VICTIMS`, lexicon concepts), by a word beside it: the dead of
    «погибли 12 человек» and of «Погиб 21 человек». A bare figure («Число погибших выросло до четырёх») takes its
    sentence's words, so only when the sentence gives no other figure and tells of one such thing."""
    keys = reading.counts & VICTIMS
    return keys if reading.noun or figures_in_sentence == 1 and len(keys) == 1 else frozenset()


def _one_event_count(a: Reading, b: Reading, group: list[Reading]) -> bool:
    """Two reports' counts of one thing that happened (the dead, the injured), whatever their wording: of one day, of
    one counted noun when both name one, and each report giving that count one value only in the story (two values of
    one report are a breakdown or a tally, not its count)."""
    if not same_days(a.unit, b.unit) or a.noun and b.noun and _noun_key(a) != _noun_key(b):
        return False
    values_of = defaultdict(set)
    for reading in group:
        values_of[reading.unit.source].add(number_key(reading.value))
    return len(values_of[a.unit.source]) == 1 and len(values_of[b.unit.source]) == 1


def _noun_key(reading: Reading) -> str:
    """A counted noun as one thing across inflections and languages: its lexicon concept, else its opening."""
    return concept(reading.noun, reading.unit.language) or reading.noun[:NOUN_STEM]


def _common_predicate(a: Reading, b: Reading) -> bool:
    """Both readings count with a common word beside their noun: "вылечились … 57373 человека" and "выздоровели 67 373
    человека" (one concept, recovered), not "находится 1113 человек" and "выписаны 1123 человека"."""
    nouns = {_meaning(r.noun, r.unit.language) for r in (a, b)}
    return bool(a.counts & b.counts - nouns)


def readings(unit: Unit, text_of: dict[str, str]) -> list[Reading]:
    """The unit's numbers, those without a counted noun ("выросло до 15") included; none of a hypothetical example
    or of a recalled earlier report (`_recalled`). Read once per unit and report (`Unit.read`): a story's disputes,
    backing, clauses and tallies all ask for the same units' readings."""
    text = text_of[unit.article]
    if text not in unit.read:
        unit.read[text] = tuple(_read(unit, text))
    return list(unit.read[text])


def _read(unit: Unit, text: str) -> list[Reading]:
    if _hypothetical(text[unit.start:unit.stop]) or _recalled(text, unit):
        return []
    others = {n.unit for n in unit.numbers if n.unit}
    found: list[tuple[int, Reading]] = []
    for start, stop, value, unit_word in _numbers_of(unit, text):
        if CONVERTED.search(text, max(unit.start, start - CONVERTED_REACH), start):
            continue  # "12,000 euros ($13,300)": the same sum in another currency, no value of its own
        number_text = text[start:stop]
        before = text[max(0, start - HEDGE_WINDOW):start]
        hedged = bool(HEDGE.search(before) and not RAISED_TO.search(before) or HEDGE.search(number_text.split()[0] + " "))
        label = _label(text[max(0, start - WORD_REACH):start], number_text, unit_word, unit.language)
        if label:
            found.append((start, Reading(unit, value, number_text.strip(), hedged, True, frozenset({label}))))
        else:
            found.append((start, Reading(unit, value, number_text.strip(), hedged, bool(ORDINAL.match(number_text)),
                                         _counts(unit, number_text, unit_word, others - {unit_word}),
                                         noun=unit_word.lower() if unit_word and _meaning(unit_word, unit.language) else "",
                                         grown=bool(CHANGE_CUE.search(text[max(unit.start, start - CUE_REACH):start])),
                                         part=PART_OF.search(number_text) is not None,
                                         said=_said(unit, number_text) if unit_word and not PART_BEFORE.search(
                                             text, max(unit.start, start - PART_REACH), start) else frozenset())))
    return _owners(unit, text, _ranges(unit, text, sorted(found, key=lambda item: item[0])))


def _recalled(text: str, unit: Unit) -> bool:
    """Whether the sentence is in what a report recalls of earlier news, from "Как писал NEWS.ru," / "Напомним," /
    "As previously reported," to its paragraph's end: another fire's 48 firefighters, an older toll, not this story's
    figures to dispute."""
    breaks, recalls = _recalls(text)
    before = bisect_left(breaks, unit.start)
    paragraph = breaks[before - 1] + 1 if before else 0
    first = bisect_left(recalls, paragraph)
    return first < len(recalls) and recalls[first] < unit.stop


@lru_cache(maxsize=64)
def _recalls(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a report's lines break and its recollections of earlier news open, in order (read once per report, not
    once per sentence: `_recalled` looks a sentence up in both by bisection)."""
    return (tuple(m.start() for m in re.finditer("\n", text)), tuple(m.start() for m in RECALL.finditer(text)))


def _hypothetical(sentence: str) -> bool:
    """A reader's example ("Например, вам 60 лет"): an example word and the reader addressed or a condition."""
    return bool(EXAMPLE_WORD.search(sentence) and ADDRESSED.search(sentence))


def _ranges(unit: Unit, text: str, found: list[tuple[int, Reading]]) -> list[tuple[int, Reading]]:
    """The readings with each range's ends ("4...6", "2-7 градусов") made one reading of both, counting what either
    end counts: "4...6" and "4-6" agree, and no end is compared with a loose number of another day."""
    for match in RANGE.finditer(text, unit.start, unit.stop):
        inside = [(start, r) for start, r in found if match.start() <= start < match.end()]
        if not inside or any(r.ordinal for _, r in inside):
            continue
        low, high = (float(g.replace(",", ".")) for g in match.groups())
        if high <= low:
            continue  # "5-3" is a score, not a range
        stop = max(match.end(), *(start + len(r.text) for start, r in inside))
        counts = frozenset().union(*(r.counts for _, r in inside))
        whole = Reading(unit, low, text[match.start():stop].strip(), any(r.hedged for _, r in inside), False, counts,
                        high=high, noun=next((r.noun for _, r in inside if r.noun), ""))
        found = [(start, r) for start, r in found if (start, r) not in inside] + [(match.start(), whole)]
    return sorted(found, key=lambda item: item[0])


def _owners(unit: Unit, text: str, found: list[tuple[int, Reading]]) -> list[Reading]:
    """The readings, each with the name it belongs to when the sentence lists several names each with its figure
    ("долги на «Артемуголь» составляют 267 млн, на «Торезантрацит» — 370 млн"): the last name between the figure
    before and this one. A sentence with one name or none owns its figures as a whole (owner None)."""
    names = [(m.start(1), m.group(1)) for m in QUOTED_NAME.finditer(text, unit.start, unit.stop)]
    for printed in unit.entity_printed.values():
        at = text.find(printed, unit.start, unit.stop)
        if at >= 0:
            names.append((at, printed))
    owners, previous = [], unit.start
    for start, reading in found:
        between = [name for at, name in sorted(names) if previous <= at < start]
        owners.append(re.sub(r"\W+", "", between[-1]).lower() if between else None)
        previous = start + len(reading.text)
    if len({o for o in owners if o}) < 2:
        return [r for _, r in found]
    return [replace(r, owner=owner) for (_, r), owner in zip(found, owners)]


def _label(before: str, number_text: str, unit_word: str, language: str) -> str | None:
    """What the number labels, when the word right before it names a thing of a series ("Week 3", "пункт 3
    статьи"): that word's concept or itself. None for a count: a number with a measure, a person or a scale after
    it ("Tesla 3 дня", "в группе 15 человек", "Apple 10 млн") counts that, whatever precedes it; and for a version,
    which has its product for a unit already."""
    word = WORD_RIGHT_BEFORE.search(before)
    if not word or unit_word.startswith(VERSION_UNIT) or SCALED.match(number_text, len(number_text.split()[0])):
        return None
    if unit_word and (unit_word in MEASURES or unit_word in ONE_PERSONS or concept(unit_word, language) in MEASURE_CONCEPTS):
        return None
    printed = word[1]
    lower = printed.lower()
    if russian := RUSSIAN_LABELS.fullmatch(lower):
        if unit_word and russian["stem"] not in REFERENCE_STEMS:
            return None  # "в доме 15 квартир", "в туре 8 матчей": a noun after the number is what it counts
        return concept(russian["stem"], "ru") or russian["stem"]
    english = lower in ENGLISH_LABELS or lower.endswith("s") and lower[:-1] in ENGLISH_LABELS
    latin_name = (printed[0].isupper() and printed.isascii() and printed.isalpha() and lower not in FUNCTION_WORDS
                  and lower not in NOT_PRODUCTS and not HEDGE.search(printed)
                  and not re.fullmatch(EN_MONTH_WORD, printed, re.IGNORECASE))
    return concept(lower, "en") or stem(lower) if english or latin_name else None


def _numbers_of(unit: Unit, text: str) -> list[tuple[int, int, float, str]]:
    """(start, stop, value, counted word) of each number: the analysed ones, then bare figures left over, not one
    naming a thing («школы № 3», `nlp.numbers.IDENTIFIER_BEFORE`), which counts nothing."""
    found = [(n.start, n.stop, n.value, n.unit) for n in unit.numbers]
    taken = [(n.start, n.stop) for n in unit.numbers] + list(unit.date_spans)
    found += [(start, stop, value, "") for start, stop, value in printed_figures(text, unit.start, unit.stop)
              if not any(a < stop and start < b for a, b in taken)
              and not IDENTIFIER_BEFORE.search(text, max(unit.start, start - WORD_REACH), start)]
    taken += [(start, stop) for start, stop, _, _ in found]
    found += [(match.start(1), match.end(1), NUMBER_WORDS[match.group(1).lower()], "")
              for match in GREW_TO_WORD.finditer(text, unit.start, unit.stop)
              if match.group(1).lower() in NUMBER_WORDS and not any(a < match.end(1) and match.start(1) < b for a, b in taken)]
    return found


def printed_figures(text: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int, float]]:
    """(start, stop, value) of every figure printed in digits (`FIGURE`) from `start` to `stop`: «281 752» and
    "281,752" are 281752, «42,4» 42.4."""
    stop = len(text) if stop is None else stop
    return [(m.start(), m.end(), _figure_value(m.group())) for m in FIGURE.finditer(text, start, stop)]


def _figure_value(printed: str) -> float:
    """Grouped thousands as `nlp.numbers` reads them ("12,000" is 12000, not the decimal 12.0), else a decimal."""
    digits = re.sub(r"[ \u00a0\u202f]", "", printed)
    return float(digits.replace(",", "") if THOUSANDS.fullmatch(digits) else digits.replace(",", "."))


def _counts(unit: Unit, number_text: str, unit_word: str, others: set[str]) -> frozenset[str]:
    """What a number counts: its noun and the words next to it, or the whole sentence for a bare figure.

    "Двенадцать человек пострадали" counts people and the injured; "число пострадавших
    выросло до 15" names no noun after 15, so the sentence says what it counts. A clause ends at a mark after the
    counted noun: «выписаны 19 человек, погибших нет» counts no dead. The noun another number counts is
    no neighbour of this one: in "48 человек и 13 единиц техники" 13 counts vehicles, not people.
    """
    lemmas = list(dict.fromkeys(unit.lemmas_in_order))
    if not unit_word:
        return frozenset(_meaning(lemma, unit.language) for lemma in lemmas) - {None}
    head = number_text.split()[0].lower()
    at = next((i for i, lemma in enumerate(lemmas) if lemma == head or len(lemma) > 2 and head.startswith(lemma)), None)
    after = unit.text.find(number_text)
    closed = after >= 0 and CLAUSE_END.match(unit.text, after + len(number_text)) is not None
    near = lemmas[max(0, at - COUNT_WINDOW):at + (2 if closed else COUNT_WINDOW + 1)] if at is not None else []
    taken = {concept(word, unit.language) or word for word in others}
    neighbours = {concept(lemma, unit.language) for lemma in near} - taken
    return frozenset({_meaning(unit_word, unit.language)} | neighbours) - {None}


def _said(unit: Unit, number_text: str) -> frozenset[str]:
    """What the clause says of what a number counts: its first PREDICATE_WORDS words of substance after the counted
    phrase, by their first NOUN_STEM letters ("dissented" / "dissent", «проголосовали» / «проголосовал»)."""
    at = unit.text.find(number_text)
    if at < 0:
        return frozenset()
    after = at + len(number_text)
    complement = NOUN_COMPLEMENT.match(unit.text, after)
    clause = CLAUSE_MARK.split(unit.text[complement.end() if complement else after:], maxsplit=1)[0]
    words = [word.lower() for word in re.findall(r"[^\W\d_]{3,}", clause) if word.lower() not in FUNCTION_WORDS]
    return frozenset(word[:NOUN_STEM] for word in words[:PREDICATE_WORDS])


def _meaning(word: str, language: str) -> str | None:
    """A word's lexicon concept, else the word itself when it is a noun-like content word."""
    if concept(word, language):
        return concept(word, language)
    return word if len(word) > 2 and not LEADING_NUMBER.match(word) else None


def _number_conflicts(fact: Fact, text_of: dict[str, str], story: list[Fact]) -> list[Difference]:
    """One conflict per disputed quantity, citing every article that gives a value for it; a quantity whose values
    are its states through the day (`updates`) is one update instead, a correction's figure among its states."""
    disputed, every = _disputed_readings(fact, text_of)
    found = []
    for a, b, update in disputed:
        told = every + _tallied(fact, a, b, story, text_of)
        if update:
            found.append(_number_update(a, b, told, _correcting(told, text_of)))
        elif a in (kept := _current(told, text_of)) and b in kept:  # else a correction took one side back
            found.append(_number_conflict(a, b, kept))
    return found


def _number_update(a: Reading, b: Reading, every: list[Reading], corrections: list[Reading] | None = None) -> Difference:
    """A quantity told in states, earliest first, each with the reports giving it and when the first did: 2000
    квадратных (Подмосковье сегодня, 07:40) → 5000 квадратных (Московский вестник, Регион-инфо, 10:05). Kind
    "update", shown by the newest sentence: every report tells the quantity, the newest state is the story's. A
    figure a correction gives (`corrections`, `updates.correcting`) is a state of its own, marked: 7 человек
    (Северный курьер, 09:00) → исправление: 4 человека (Северный курьер, 13:00)."""
    fixed = {id(r) for r in corrections or []}
    states: list[tuple[Reading, list[Reading]]] = []
    for reading in sorted((r for r in every if same_quantity(r, a) or same_quantity(r, b)),
                          key=lambda r: epoch_seconds(r.unit.published) or 0.0):
        state = None if id(reading) in fixed else next(
            (s for s in states if id(s[0]) not in fixed and _agree(s[0], reading)), None)
        if state is None:
            states.append((reading, [reading]))
        else:
            state[1].append(reading)
    newest = max(states, key=lambda s: epoch_seconds(s[0].unit.published) or 0.0)[0]
    shown = [State(correction_text(_shown(first), first.unit.language) if id(first) in fixed else _shown(first),
                   first.unit.published, sorted({r.unit.article for r in giving}),
                   sorted({r.unit.outlet for r in giving}), latest=first is newest) for first, giving in states]
    return Difference("update", newest.unit.shown, sorted({a for s in shown for a in s.articles}), states=shown)


def within_update(difference: Difference, others: list[Difference]) -> bool:
    """A difference another of the story already tells: an update whose states another update lists too (aligned and
    unaligned sentences of one figure: the longer list is kept, the first of two alike), or a unique fact whose only
    figures are values of a conflict or states of an update of its reports (`_told_as_value`)."""
    if difference.kind == "unique":
        return _told_as_value(difference, others)
    if difference.kind != "update":
        return False
    mine = _state_keys(difference)
    at = next(i for i, o in enumerate(others) if o is difference)
    return any(mine <= (theirs := _state_keys(other)) and (len(theirs) > len(mine) or i < at)
               for i, other in enumerate(others) if other is not difference and other.kind == "update")


def _told_as_value(unique: Difference, others: list[Difference]) -> bool:
    """A unique fact that differs from another outlet's only by a figure the story lists as disputed or developing:
    "Port of Wexbury closed for 10 days" beside a conflict of 10 and 12 days, or its detail "10 days", is no fact
    of its own. Its figures (of its detail, or of its whole sentence) must all be values the conflict or update names;
    a detail list holding a name is kept."""
    if unique.details:
        if any(not printed_figures(detail) for detail in unique.details):
            return False
        figures = {number_key(value) for detail in unique.details for _, _, value in printed_figures(detail)}
    else:
        figures = {number_key(value) for _, _, value in printed_figures(unique.text)}
    return bool(figures) and any(figures <= _values_named(other) for other in others
                                 if other.kind in ("conflict", "update") and set(unique.articles) <= set(other.articles))


def _values_named(difference: Difference) -> set[str]:
    """The figures a conflict gives as its sides ("12 человек (A) vs 15 человек (B)", after its sentence) or an update
    as its states, by `align.number_key`."""
    sides = [state.text for state in difference.states] or [difference.text.rpartition(" — ")[2]]
    return {number_key(value) for side in sides for _, _, value in printed_figures(side)}


def _state_keys(update: Difference) -> set[tuple[str, tuple[str, ...]]]:
    """An update's states by value and outlets: what two updates of one figure both list."""
    return {(state.text, tuple(state.outlets)) for state in update.states}


def _current(readings_: list[Reading], text_of: dict[str, str]) -> list[Reading]:
    """The readings less those a later correction of their outlet takes back (`updates.current`)."""
    return current(readings_, text_of, _apart)


def _correcting(readings_: list[Reading], text_of: dict[str, str]) -> list[Reading]:
    """The readings of a correction taking back an earlier figure of their outlet (`updates.correcting`)."""
    return correcting(readings_, text_of, _apart)


def _apart(a: Reading, b: Reading) -> bool:
    """Two values of one quantity that disagree."""
    return same_quantity(a, b) and not _agree(a, b)


def _tallied(fact: Fact, a: Reading, b: Reading, story: list[Fact], text_of: dict[str, str]) -> list[Reading]:
    """Readings of the story's other sentences giving exactly one of the disputed values for the same quantity, in a
    sentence sharing a word of substance with the fact ("Стоимость моста — 5 млрд рублей" beside "Мост обошёлся в 5
    млрд рублей"): a third report on one side is a 2-vs-1 tally, not left out."""
    words = {lemma for unit in fact.units for lemma in unit.lemmas if len(lemma) >= CONTENT_LETTERS and lemma.isalpha()}
    found = []
    for other in (u for f in story if f is not fact for u in f.units):
        shared = {lemma for lemma in other.lemmas if lemma in words} - a.counts - b.counts
        if shared:
            found += [r for r in readings(other, text_of)
                      if any(same_quantity(r, side) and _agree(r, side) for side in (a, b))]
    return found


def disputed_numbers(fact: Fact, text_of: dict[str, str]) -> set[str]:
    """The number keys (`align.number_key`) of every value the fact's sources give for a quantity they dispute:
    a story title stating one of them takes a side."""
    if len(fact.sources) < 2:
        return set()
    disputed, every = _disputed_readings(fact, text_of)
    return {number_key(r.value) for a, b, update in disputed if not update
            for r in _current(every, text_of) if same_quantity(r, a) or same_quantity(r, b)}


def _disputed_readings(fact: Fact, text_of: dict[str, str]) -> tuple[list[tuple[Reading, Reading, bool]], list[Reading]]:
    """A disagreeing pair of readings per disputed quantity, with whether it is an update (`updates.as_update`; a
    quantity any pair of sources truly disputes is a conflict), and all the fact's readings, a correction's and the
    figures it takes back included. Sources are compared less the figures corrections take back (`_current`); an
    outlet's own reports are compared with each other too (`_own_updates`): its newer figure, or its correction, is
    the next state of one it printed before."""
    read = {id(unit): readings(unit, text_of) for unit in fact.units}
    by_source = _readings_by_source(fact, read, text_of)
    every = [r for unit in fact.units for r in read[id(unit)]]
    disputed: list[tuple[Reading, Reading, bool]] = []
    sources = sorted(by_source)
    for i, first in enumerate(sources):
        for second in sources[i + 1:]:
            found = _disagreement(by_source[first], by_source[second], text_of)
            if not found:
                continue
            same = next((k for k, (a, _, _) in enumerate(disputed) if same_quantity(found[0], a)), None)
            if same is None:
                disputed.append(found)
            elif disputed[same][2] and not found[2]:
                disputed[same] = found
    for pair in _own_updates(every, text_of):
        if not any(same_quantity(pair[0], a) for a, _, _ in disputed):
            disputed.append(pair)
    return disputed, every


def _own_updates(every: list[Reading], text_of: dict[str, str]) -> list[tuple[Reading, Reading, bool]]:
    """(earlier, later, True) for each figure an outlet prints in one report and gives another value for in a later
    one (`updates.as_update`: an outlet does not dispute itself): «620 сантиметров» at 08:00, «поднялся до 680» at
    18:00, or a correction's figure; its reports are one source, so comparing sources never meets them. So is a figure
    another outlet's correction names as wrong (`updates.names_corrected`: a wire copy printed before the wire's
    correction, "about 200 homes were evacuated, not 2,000")."""
    return [(pair[0], pair[1], True) for i, a in enumerate(every) for b in every[i + 1:]
            if (a.unit.outlet == b.unit.outlet and a.unit.article != b.unit.article
                or names_corrected(a, b, text_of) or names_corrected(b, a, text_of)) and _apart(a, b)
            and (pair := as_update(a, b, text_of))]


def _number_conflict(a: Reading, b: Reading, every: list[Reading]) -> Difference:
    """A disputed quantity, shown on a sentence stating it, with every report that gives a value for it (a bare figure
    only beside bare ones) named under that value: "Двенадцать человек (12) (Городской курьер, Эхо Урала) vs Fifteen people (15) (Eurasia Wire,
    Северная правда)". A report giving both (a toll that rose over the day) is named under both."""
    sides: list[tuple[Reading, set[str]]] = [(a, set()), (b, set())]
    articles = set()
    for reading in (r for r in every if same_quantity(r, a) or same_quantity(r, b)):
        articles.add(reading.unit.article)
        side = next((s for s in sides if same_quantity(s[0], reading) and _agree(s[0], reading)), None)
        if side is None and not reading.noun and (a.noun or b.noun):
            continue  # "injuring 12" beside "6.1 earthquake": a bare figure is no third value of a counted one
        if side is None:
            side = (reading, set())
            sides.append(side)
        side[1].add(reading.unit.outlet)
    values = " vs ".join(f"{_shown(first)} ({', '.join(sorted(outlets))})" for first, outlets in sides)
    return Difference("conflict", f"{a.unit.shown} — {values}", sorted(articles))


def _disagreement(ours: list[Reading], theirs: list[Reading],
                  text_of: dict[str, str]) -> tuple[Reading, Reading, bool] | None:
    """A reading of each side on one quantity that disagree, when neither side also gives the other's value, in the
    fact or anywhere in its report: a forecast giving "4...6" for Friday has not disputed another's "4-6" however
    the days' sentences were aligned. With whether they are two states of it (`updates.as_update`): a pair truly
    disputed is returned first."""
    update = None
    for a in ours:
        for b in theirs:
            if (same_quantity(a, b) and not _agree(a, b)
                    and not any(same_quantity(a, c) and _agree(a, c) for c in theirs)
                    and not any(same_quantity(b, c) and _agree(b, c) for c in ours)
                    and not _printed_in(a, text_of[b.unit.article]) and not _printed_in(b, text_of[a.unit.article])):
                if not as_update(a, b, text_of):
                    return a, b, False
                update = update or (a, b, True)
    return update


def _printed_in(reading: Reading, text: str) -> bool:
    """Whether a report prints the reading's value anywhere: a range with both its ends, a figure with the same noun."""
    if reading.high is not None:
        return any(numbers_agree(low, False, reading.value, reading.hedged)
                   and numbers_agree(high, False, reading.high, reading.hedged) for low, high in _printed_ranges(text))
    return bool(reading.noun) and any(numbers_agree(value, False, reading.value, reading.hedged)
                                      for value in _figures_by_noun(text).get(reading.noun[:NOUN_STEM], ()))


@lru_cache(maxsize=64)
def _printed_ranges(text: str) -> tuple[tuple[float, float], ...]:
    """Both ends of every range a report prints (read once per report, not once per disagreeing pair)."""
    return tuple((float(m[1].replace(",", ".")), float(m[2].replace(",", "."))) for m in RANGE.finditer(text))


@lru_cache(maxsize=64)
def _figures_by_noun(text: str) -> dict[str, list[float]]:
    """A report's figures by the first NOUN_STEM letters of their nouns, as printed (read once per report)."""
    found: dict[str, list[float]] = defaultdict(list)
    for number in _figures(text):
        found[number.unit[:NOUN_STEM]].append(number.value)
    return dict(found)


@lru_cache(maxsize=64)
def _figures(text: str) -> list[NumberFact]:
    """A report's figures with their nouns, as printed (read only for a disagreement found, so rarely)."""
    return find_numbers(text, str.lower)


def _shown(reading: Reading) -> str:
    """The value as printed, with its figure when printed in words ("Двенадцать человек (12)")."""
    return reading.text if any(c.isdigit() for c in reading.text) else f"{reading.text} ({reading.value:g})"


def same_quantity(a: Reading, b: Reading) -> bool:
    """Both count one thing: same kind (ordinal or not, range or not), of the same listed name when their sentences
    list several, about the same day, a common counted concept, within a plausible ratio or one misprinted digit
    apart, not two outcomes (`_other_outcomes`); a count of what happened printed as grown («Один человек погиб» / «Число погибших выросло до четырёх»)
    meets any earlier value of it. A point («на 40-й минуте») in a sentence naming several people is the point of
    one of several events of a kind (one of three scorers' goals), compared with none."""
    if (a.ordinal != b.ordinal or (a.high is None) != (b.high is None) or not _counted_alike(a, b)
            or (a.owner and b.owner and a.owner != b.owner) or not same_days(a.unit, b.unit)
            or a.ordinal and (_several_actors(a.unit) or _several_actors(b.unit)) or _other_outcomes(a, b)):
        return False
    return (max(a.value, b.value) <= SAME_QUANTITY_RATIO * min(a.value, b.value) or _misprint(a, b)
            or (a.grown or b.grown) and any(DEVELOPING.match(word) for word in a.counts & b.counts))


def _counted_alike(a: Reading, b: Reading) -> bool:
    """A common counted concept; for a part of a counted whole, a common word of what it did: "Two of the nine
    policymakers dissented" and "Three members dissented" count dissenters, "Two of the three victims were children"
    and "three victims" two things (the whole's noun is not what its part counts)."""
    return bool(a.said & b.said) if a.part or b.part else bool(a.counts & b.counts)


def _other_outcomes(a: Reading, b: Reading) -> bool:
    """Each reading names what happened to those it counts (`updates.DEVELOPING`: the dead, the recovered, the
    injured) and the two name nothing alike: «Погибли 17 человек» and «выписаны по выздоровлению 19 человек» count
    two groups of people. A noun naming one is what its number counts, whatever a word beside it names: «Один человек
    погиб, двое пострадали» counts the injured with «двое»."""
    ours, theirs = _outcomes(a), _outcomes(b)
    return bool(ours and theirs and not ours & theirs)


def _outcomes(reading: Reading) -> set[str]:
    """What happened to those the reading counts (`_other_outcomes`): its noun's, else its neighbours'."""
    noun = _meaning(reading.noun, reading.unit.language) if reading.noun else None
    if noun and DEVELOPING.match(noun):
        return {noun}
    return {word for word in reading.counts if DEVELOPING.match(word)}


def _several_actors(unit: Unit) -> bool:
    """The sentence names two people or more: «Гол забил Орлов на 40-й минуте, ответили Санин и Жуков»."""
    return sum(key.startswith("PER:") for key in unit.entity_names) >= 2


def _misprint(a: Reading, b: Reading) -> bool:
    """Two figures of one measure ("12,000 euros" / "2,000 euros") whose digits differ by one digit only."""
    if not (a.noun and b.noun and min(a.value, b.value) >= MISPRINT_MIN) or a.value % 1 or b.value % 1:
        return False
    x, y = sorted((str(int(a.value)), str(int(b.value))), key=len)
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    return any(y[:i] + y[i + 1:] == x for i in range(len(y)))


def same_days(a: Unit, b: Unit) -> bool:
    """Whether two sentences may speak of one day: not when each is dated and no date of one meets one of the
    other ("В четверг … 4...6" / "17 ноября … 5-7"). A date left unresolved may be any day."""
    days_a, days_b = [d.date for d in a.dates if d.date], [d.date for d in b.dates if d.date]
    return not days_a or not days_b or any(dates_agree(x, y) for x in days_a for y in days_b)


def _agree(a: Reading, b: Reading) -> bool:
    if a.high is not None and b.high is not None:
        return numbers_agree(a.high, a.hedged, b.high, b.hedged) and numbers_agree(a.value, a.hedged, b.value, b.hedged)
    return numbers_agree(a.value, a.hedged, b.value, b.hedged)


def numbers_agree(a: float, a_hedged: bool, b: float, b_hedged: bool) -> bool:
    tolerance = HEDGE_TOLERANCE if a_hedged or b_hedged else EXACT_TOLERANCE
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _date_conflicts(fact: Fact) -> list[Difference]:
    """The closest pair of dates of one event that two sources give differently, if any.

    Of the disagreeing pairs the closest are the one event told two ways ("14 марта" /
    "16 марта"); a dateline's day against an announced date is further apart.
    """
    said = _dates_said(fact)
    pairs = [(a, x, b, y) for i, a in enumerate(fact.units) for b in fact.units[i + 1:]
             for x, y in _disagreeing_dates(a, b, said)]
    if not pairs:
        return []
    a, x, b, y = min(pairs, key=lambda p: _days_apart(p[1].date or "", p[3].date or ""))
    text = f"{x.text.strip(' .,')} = {x.date} ({a.outlet}) vs {y.text.strip(' .,')} = {y.date} ({b.outlet})"
    return [Difference("conflict", f"{a.shown} — {text}", sorted({u.article for u in fact.units if u.dates}))]


def _dates_said(fact: Fact) -> dict[str, list[str]]:
    """Every resolved date each source gives anywhere in the fact, and every year it prints, one of a list
    ("родившиеся в 2016 и 2017 году") too."""
    said: dict[str, list[str]] = defaultdict(list)
    for unit in fact.units:
        said[unit.source] += [d.date for d in unit.dates if d.date]
        said[unit.source] += [f"{year}-01-01/{year}-12-31" for year in YEAR.findall(unit.text)]
    return said


def _disagreeing_dates(a: Unit, b: Unit, said: dict[str, list[str]]) -> list[tuple[DateRef, DateRef]]:
    """Dates of two sentences about one named participant, or naming none and telling one thing in the same words
    besides their days (`wording.told_alike`), that neither source also gives the other way; and the words beside
    the two days tell one event (`wording.date_events_meet`: not "launched negotiations on Thursday" against "flies
    back to London on Friday").

    A date has no counted noun to tie it to an event; the shared name, or all else two sentences naming nobody say, is
    what says they date one event ("следующий матч калининградцы проведут 21 марта" and "«Сокол» проведёт 22 марта"
    are two teams' matches, not a disagreement; "the old bridge reopened on Monday" and "… on Sunday" are one).
    """
    named = a.entity_names.keys() | b.entity_names.keys()
    if a.source == b.source or not (a.entity_names.keys() & b.entity_names.keys() or not named and told_alike(a, b)):
        return []
    return [(x, y) for x in a.dates for y in b.dates if date_events_meet(a, x, b, y)
            and not any(dates_agree(x.date or "", d) for d in said[b.source])
            and not any(dates_agree(y.date or "", d) for d in said[a.source])]


def _days_apart(a: str, b: str) -> int:
    try:
        (a0, _), (b0, _) = date_interval(a), date_interval(b)
    except ValueError:
        return 10 ** 6
    return abs((a0 - b0).days)


@dataclass
class Dispute:
    """Another value a source of the fact gives for one of a sentence's numbers or dates."""

    value: str  # as that source prints it: "16 марта", "15 человек"
    source: str
    update: bool = False  # another state of a developing figure (`updates`): not cited for this one, yet no dispute


def disputes(fact: Fact, text_of: dict[str, str]) -> dict[int, list[Dispute]]:
    """For each of the fact's units (by id), what its other sources say instead of the unit's numbers
    and dates, when they disagree.

    A summary sentence must not cite those sources as stating it, and a reader should see
    what they say instead. All units at once: the summary weighs every wording of a fact, and
    each unit's numbers are read once, not once for every other wording.
    """
    read = {id(unit): readings(unit, text_of) for unit in fact.units}
    by_source = _readings_by_source(fact, read, text_of)
    said = _dates_said(fact)
    return {id(unit): _unit_disputes(fact, unit, read[id(unit)], by_source, said, text_of) for unit in fact.units}


def standing_behind(fact: Fact, disputed_by_unit: dict[int, list[Dispute]], text_of: dict[str, str]) -> dict[int, set[str]]:
    """For each unit (by id), the fact's sources that stand behind its wording: those giving no other value for its
    numbers and dates (all of them when it carries no disputed value, one side otherwise) and, when it quotes
    someone, printing the same words (`quotes.printing_sources`). A source telling the fact only at another stage
    («локализован» against «ликвидирован», `updates.phase`) stands behind neither."""
    return {id(u): printing_sources(fact, u, text_of) - {d.source for d in disputed_by_unit[id(u)]}
            - _other_stage(fact, u) for u in fact.units}


def superseded_units(fact: Fact, text_of: dict[str, str]) -> set[int]:
    """The fact's sentences (by unit id) a later report supersedes: one giving an earlier state of an updated figure
    (2000 m² at 07:40 beside 5200 m² at 13:05, `updates.as_update`) or an earlier stage («локализован» beside a later
    «ликвидирован», `updates.superseded`). A summary words the fact by its latest state."""
    if len(fact.sources) < 2:
        return set()
    disputed, every = _disputed_readings(fact, text_of)
    earlier = {id(r.unit) for a, b, update in disputed if update and (pair := as_update(a, b, text_of))
               for r in every if _agree(r, pair[0]) and same_quantity(r, pair[0])
               and (epoch_seconds(r.unit.published) or 0.0) < (epoch_seconds(pair[1].unit.published) or 0.0)}
    return earlier | {id(u) for u in fact.units if superseded(u, fact.units)}


def _other_stage(fact: Fact, unit: Unit) -> set[str]:
    """The fact's sources giving another stage (`updates.phase`) than the unit, and never the unit's."""
    stage = phase(unit)
    if stage is None:
        return set()
    stages: dict[str, set[int]] = defaultdict(set)
    for other in fact.units:
        if (found := phase(other)) is not None:
            stages[other.source].add(found)
    return {source for source, found in stages.items() if stage not in found}


def best_backed(fact: Fact, behind: dict[int, set[str]], order: dict[str, int]) -> list[Unit]:
    """The wordings backed by the most sources (`standing_behind`) and, when those are sides of a dispute backed
    by as many sources each, the side of the earliest report (`order`, by `publication_order`): the first to
    publish set the story. The shared difference and the summary both choose here, so one story page never
    shows one side of a dispute as the common ground and the other as the summary's.
    """
    most = max(len(behind[id(u)]) for u in fact.units)
    best = [u for u in fact.units if len(behind[id(u)]) == most]
    if most == len(fact.sources):
        return best
    earliest = min(order[u.article] for u in best)
    return [u for u in best if order[u.article] == earliest]


def publication_order(members: Members) -> dict[str, int]:
    """Each article's rank by publication time, undated ones last in story order."""
    ranked = sorted(enumerate(members), key=lambda item: (item[1][0].published is None,
                                                          _timestamp(item[1][0]), item[0]))
    return {article.id: rank for rank, (_, (article, _)) in enumerate(ranked)}


def _timestamp(article: Article) -> float:
    """Seconds since the epoch; a time without a zone is read as UTC (timestamps with and without zones mix).

    A day without a time (`published_day_only`: a date printed alone, a URL's day; in a store from before
    that flag, a midnight) was published some time that day, so it goes after the ones of that day whose
    time is known.
    """
    if article.published is None:
        return 0.0
    published = article.published
    if article.published_day_only or published.time() == time(0, 0):
        published = published.replace(hour=0, minute=0) + DATE_ONLY_SHIFT
    return (published if published.tzinfo else published.replace(tzinfo=UTC)).timestamp()


def stating(fact: Fact, disputed: list[Dispute], behind: set[str]) -> tuple[list[str], list[Disputed]]:
    """The articles stating a wording of the fact, those of the sources standing `behind` it, and the other values
    `disputed` with the articles giving them: an article that gives another value, or quotes other words, is never
    cited as stating this one."""
    giving: dict[str, set[str]] = {}
    for dispute in (d for d in disputed if not d.update):
        giving.setdefault(dispute.value, set()).update(u.article for u in fact.units if u.source == dispute.source)
    return (sorted({u.article for u in fact.units if u.source in behind}),
            [Disputed(value, sorted(articles)) for value, articles in giving.items()])


def _unit_disputes(fact: Fact, unit: Unit, ours: list[Reading], by_source: dict[str, list[Reading]],
                   said: dict[str, list[str]], text_of: dict[str, str]) -> list[Dispute]:
    found = [Dispute(_shown(pair[1]), source, pair[2]) for source, theirs in by_source.items()
             if source != unit.source and (pair := _disagreement(ours, theirs, text_of))]
    for other in fact.units:
        found += [Dispute(y.text.strip(" .,"), other.source)
                  for _, y in _disagreeing_dates(unit, other, said)[:1]]
    return found


def _readings_by_source(fact: Fact, read: dict[int, list[Reading]], text_of: dict[str, str]) -> dict[str, list[Reading]]:
    """The readings of each source's units (`read` by unit id), sources in the fact's order, less those a later
    correction of their outlet takes back (`_current`)."""
    kept = {id(r) for r in _current([r for unit in fact.units for r in read[id(unit)]], text_of)}
    by_source: dict[str, list[Reading]] = defaultdict(list)
    for unit in fact.units:
        by_source[unit.source] += [r for r in read[id(unit)] if id(r) in kept]
    return by_source
