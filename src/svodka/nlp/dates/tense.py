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
# The present perfect reports the past too ("has visited", "have been"): "have to" and "have got" do not.
PERFECT = re.compile(r"\b(?:has|have|['’]ve)\s+(?:(?:already|just|never|not|recently|also)\s+)?(?:been|done|gone|had|made|"
                     r"won|held|met|paid|said|told|left|lost|seen|taken|given|become|come|begun|spent|sent|found|kept|"
                     r"brought|known|shown|grown|written|\w{3,}ed)\b", re.I)
# A plan told with a participle ("is expected to return", "is scheduled for"): its "-ed" is no past, nor is a
# present or future passive's ("is closed", "will be published", "will be held") or a state's ("will stay closed",
# "remain closed"); both are taken out before PAST is searched
PASSIVE = re.compile(r"\b(?:be|being|is|are|am|stay|stays|remain|remains)\s+(?:\w+ly\s+)?\w+", re.I)
PLAN = r"\s+(?:(?:now|also|still)\s+)?(?:expected|scheduled|slated|due|set|poised|planned|supposed)\s+(?:to|for)\b"
PLANNED = re.compile(rf"\b(?:is|are|be|been|['’]s|['’]re){PLAN}", re.I)
# A plan told in the past: one "had been" made is over ("had been due to give evidence on Tuesday"); what "was
# expected to" happen may be either, so the sentence's other verbs decide
PAST_PLAN = re.compile(rf"\bhad\s+been{PLAN}", re.I)
REPORTED_PLAN = re.compile(rf"\b(?:was|were){PLAN}", re.I)
# A past expectation is of what was still to come ("said they expected a cut in December", "rain was expected on
# Wednesday"): a future for the date, not a past; "more than expected", "as expected" compare with an expectation.
EXPECTED = re.compile(r"(?<!\bthan )(?<!\bas )\b(?:expected|predicted|anticipated|hoped|intended|planned)\b", re.I)
# Reported speech: a date in the words reported ("said on Friday that she leans toward a cut at the December
# meeting") takes their tense, not the reporting verb's.
REPORTED_THAT = re.compile(r"\b(?:said|says|told\s+\w+|announced|added|stated|warned|noted)\b[^.;:]{0,40}?\bthat\b",
                           re.I)
# A clause of its own after the reported words ("…at its December meeting, two days after the bank held rates"):
# its verb tells of another time
REPORTED_CLAUSE_END = re.compile(r",\s+(?:\w+\s+){0,2}?(?:after|before|when|while|since|because)\b", re.I)
FUTURE = re.compile(r"\b(?:will|shall|would|due|is set to|are set to|is to|are to|plans? to|planning to|going to|"
                    r"(?<!the )next)\b"
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
# Ukrainian and Belarusian clauses, told by letters Russian lacks, tell their tense by their own forms: a past in
# "-в", "-ла", "-ли" («зібрався», «повідомила», «сказаў»), a future in «буде», "-тиме", or a non-past "-ться"
# («відбудеться»), which with a day or month named is an announcement, as the Russian present is (RU_PRESENT); a third
# person plural "-ють", "-уть", "-юць", "-уць" («відкриють», «адкрыюць») only where no past is told, since a present
# reporting verb has that ending too («кажуть очевидці» beside a past event)
NEIGHBOUR_LETTER = re.compile(r"[іїєґў]", re.I)
NEIGHBOUR_WORD = r"(?<![\w'’-])[а-яіїєґў'’]{2,}"
NEIGHBOUR_PAST = re.compile(rf"{NEIGHBOUR_WORD}(?:[аяи]вся|[аяи]в|ла|ло|ли|лася|лося|лися|[аяі]ўся|[аяі]ў|лі)"
                            r"(?![\w'’-])", re.I)
NEIGHBOUR_FUTURE = re.compile(rf"(?<![\w'’-])(?:буде|будуть|будемо|будзе|будуць)(?![\w'’-])"
                              rf"|{NEIGHBOUR_WORD}(?:тиме|тимуть|тимемо|ться)(?![\w'’-])", re.I)
NEIGHBOUR_PLURAL = re.compile(rf"{NEIGHBOUR_WORD}(?:ють|уть|юць|уць)(?![\w'’-])", re.I)
# Bulgarian tells a future by «ще» (Ukrainian «ще» is "still": not where Ukrainian letters are) and a past by «беше»,
# «бяха» or an aorist in "-аха", "-яха" («срещнаха»), this taken only where "ъ" stands as a vowel («петък», «съобщи»;
# in Russian it comes before е, ё, ю, я only, or ends «Коммерсантъ»: inside a word) or «през» is said, as Russian genitives end so too («страха»); its "-л"
# perfect is Russian's
BG_MARK = re.compile(r"ъ(?![еёюя])(?=\w)|(?<![\w-])през(?![\w-])", re.I)
BG_PAST = re.compile(r"(?<![\w-])(?:беше|бяха)(?![\w-])", re.I)
BG_AORIST = re.compile(r"(?<![\w-])[а-яъ]{2,}(?:аха|яха|иха|еха)(?![\w-])", re.I)
BG_FUTURE = re.compile(r"(?<![\w-])ще(?![\w-])", re.I)
# Kazakh, told by letters of its own (ә ғ қ ң ө ұ ү һ), shares "і" with Ukrainian but none of its endings («қала» is a
# town, no past in "-ла"). Its past "-ды/-ді" and present-future "-ады/-еді" share endings («мәлімдеді» past, «өтеді»
# future), so its tense is read from whole words: the verbs news tells an event by, past («өтті», «болды», the copula
# «еді») or present-future («өтеді», «болады», «өтпек»), and the intention "-мақшы/-мекші" («салмақшы»).
KK_MARK = re.compile(r"[әғқңөұүһ]", re.I)
KK_PAST = re.compile(r"(?<![\w-])(?:еді|болды|өтті|өткізді|өткізілді|ашылды|жабылды|басталды|аяқталды)(?![\w-])", re.I)
KK_FUTURE = re.compile(r"(?<![\w-])(?:болады|өтеді|өткізеді|өткізіледі|ашылады|жабылады|басталады|аяқталады"
                       r"|болмақ|өтпек|өткізілмек|ашылмақ|жабылмақ|басталмақ"
                       r"|[а-яәғқңөұүһі]{2,}(?:мақшы|мекші|бақшы|бекші|пақшы|пекші))(?![\w-])", re.I)
TENSE_WINDOW = 300  # no sentence of news is longer; bounds the look around a date


def sentence_tense(match: re.Match[str], morph: MorphAnalyzer | None, clause: bool = True,
                   perfect: bool = False) -> str | None:
    """"past", "future", "present" (English only) or None (unclear) for the sentence around a date; in Russian,
    for its clause unless `clause` is False. An English present perfect counts as past when `perfect`: for a day
    months away ("has been in Leeds since Feb. 8"), not for a weekday near, whose sentence's perfect may tell a
    state beside it ("they have gone off quickly … face City on Sunday")."""
    if match.group(0).isascii():
        return _english_tense(*_sentence_around(match), perfect)
    scope = tense_scope(match, clause)
    kazakh = _kazakh_tense(scope) if KK_MARK.search(scope) or KK_MARK.search(match.group(0)) else None
    if kazakh:  # a Kazakh name in a Russian sentence («Қазақтелеком») leaves its tense to the Russian verbs
        return kazakh
    neighbour = NEIGHBOUR_LETTER.search(scope) is not None or NEIGHBOUR_LETTER.search(match.group(0)) is not None
    bulgarian = BG_MARK.search(scope) is not None or BG_MARK.search(match.group(0)) is not None
    past = bool(PAST.search(scope) or neighbour and NEIGHBOUR_PAST.search(scope) or BG_PAST.search(scope)
                or bulgarian and BG_AORIST.search(scope))
    future = bool(FUTURE.search(scope) or RU_PRESENT.search(scope) or _perfective_future(scope, morph)
                  or neighbour and NEIGHBOUR_FUTURE.search(scope) or not neighbour and BG_FUTURE.search(scope)
                  or neighbour and not past and NEIGHBOUR_PLURAL.search(scope))
    return "past" if past and not future else "future" if future and not past else None


def _kazakh_tense(scope: str) -> str | None:
    """"past", "future" or None for a Kazakh clause: by its event verbs (KK_PAST, KK_FUTURE) alone."""
    past, future = KK_PAST.search(scope) is not None, KK_FUTURE.search(scope) is not None
    return "past" if past and not future else "future" if future and not past else None


def tense_scope(match: re.Match[str], clause: bool) -> str:
    """The words around a date whose verbs tell its tense: its sentence, or (Russian) its clause (see
    RU_CLAUSE_EDGE)."""
    head, tail = _sentence_around(match, whole_tail=clause)
    if clause:
        edges = list(RU_CLAUSE_EDGE.finditer(head))
        head = head[edges[-1].end() if edges else 0:]
        return head + " " + _ru_clause_tail(head, tail)
    return head + " " + tail


def _sentence_around(match: re.Match[str], whole_tail: bool = False) -> tuple[str, str]:
    """The words of the date's sentence before it and after it (`whole_tail`: the TENSE_WINDOW after it, for a
    Russian clause to cut)."""
    text, start, stop = match.string, match.start(), match.end()
    head = text[max(0, start - TENSE_WINDOW):start]
    cuts = list(SENTENCE_BOUNDARY.finditer(head))
    head = head[cuts[-1].end() if cuts else 0:]
    tail = text[stop:stop + TENSE_WINDOW]
    end = None if whole_tail else SENTENCE_BOUNDARY.search(tail)
    return head, tail[:end.start() if end else len(tail)]


def _english_tense(head: str, tail: str, perfect: bool) -> str | None:
    """An English sentence's tense: "past" for a past form (a present perfect, "has been in Leeds since …", if
    `perfect`), "future" for a future or a plan ("will", "would" of reported speech, "is expected to", "plans to"),
    "present" for neither (a schedule: "face City on Sunday"). With both, the date is the nearest verb's before it
    ("said on Monday that talks would …" is past, "said talks would start on Dec. 28" future), or unclear (None)
    when none comes before."""
    reported = list(REPORTED_THAT.finditer(head))
    if reported:
        head = _blank_before(head, reported[-1].end())
        aside = REPORTED_CLAUSE_END.search(tail)
        tail = tail[:aside.start()] if aside else tail
    told = REPORTED_PLAN.sub(_blank, PAST_PLAN.sub(_blank, head + " " + tail))
    futures = [m.start() for m in (*FUTURE.finditer(told), *PLANNED.finditer(told), *EXPECTED.finditer(told))]
    unplanned = EXPECTED.sub(_blank, PASSIVE.sub(_blank, PLANNED.sub(_blank, told)))  # "is expected to": no past
    verbs = (*PAST.finditer(unplanned), *(PERFECT.finditer(unplanned) if perfect else ()))
    pasts = [m.start() for m in verbs if not unplanned.startswith("-", m.start() - 1)]  # "Tory-held": no verb
    pasts += [m.start() for m in PAST_PLAN.finditer(head + " " + tail)]
    if not (pasts and futures):
        return "past" if pasts else "future" if futures else "present"
    before = [(at, tense) for tense, ats in (("past", pasts), ("future", futures)) for at in ats if at < len(head)]
    return max(before)[1] if before else None


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


def _blank(match: re.Match[str]) -> str:
    """Spaces for a match's words, so that positions in the sentence stay."""
    return " " * len(match[0])


def _blank_before(words: str, end: int) -> str:
    """`words` with those before `end` made spaces, so that positions stay."""
    return " " * end + words[end:]


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
