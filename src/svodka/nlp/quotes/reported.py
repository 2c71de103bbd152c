"""Reported (indirect) speech: a clause after its verb or source ("заявил, что …", "По словам X, …", "said
that …") and a clause attributed after it ("…, сообщили в МЧС", "…, the operator said", "Об этом сообщает ТАСС")."""

from __future__ import annotations

import re

from svodka.nlp.quotes.direct import last_mark
from svodka.nlp.quotes.names import Names
from svodka.nlp.quotes.patterns import (
    ABOUT_THIS,
    ATTRIBUTION_SUBJECT,
    CLAUSE_START,
    DATELINE,
    EN_INDIRECT,
    EN_POST_VERB,
    MAX_CLAUSE,
    MAX_QUOTE,
    RU_POST_VERB,
    RU_VERB,
    SENTENCE_MARK,
)
from svodka.nlp.quotes.references import role_subject
from svodka.nlp.quotes.spans import Found, Lines, Spans
from svodka.nlp.quotes.speakers import verb_subject

# A clause a reporting verb introduces is a statement however short: "объявил, что гастроли будут прощальными"
MIN_REPORTED_WORDS = 3
MIN_CITY_CHARS = 3  # a bare dateline's first word: "ROME - " is a city, "US - China …" and "EU - " are not
CONTINUING = "adding"  # goes on after an attribution: a statement of its own, never the attribution of a quote
# Verbs that report speech whoever their subject is; the others ("added", "noted")
# also have other senses ("added value"), so they need a person or pronoun as subject.
EN_SPEECH_ONLY = ("said", "says", "say", "told", "announced", "saying")
# ... and any of them with "that" reports speech, whoever says it: "The court ruled that …", "The organisation added
# that …", "So they concluded that …" (its source then unnamed unless the subject names one)
REPORTS_THAT = re.compile(r"[ \t]that[ \t]+$")
PASSIVE = re.compile(r"(?<![\w-])(?:was|were|is|are|be|been)[ \t]+$")  # "it was discovered that …" reports nobody
PASSIVE_REACH = 8  # "been" and its spacing
# A present or past singular verb ("…, пишет Forbes", "Как сообщал «Ъ», …") has the source as its subject, in
# the nominative: as written, that is its name even when entity recognition missed it. Not so after plural
# verbs ("сообщили «Фонтанке» в компании": the name is who was told) or "по данным" (genitive).
SINGULAR_VERB = re.compile(r"(?:[еиё]т|л|ла)$")
# "Согласно словам специалистов, …", "Согласно новому докладу Госдепартамента, …"
ACCORDING_TO = (r"[Сс]огласно[ \t]+(?:\w+[ \t]+)?(?:словам|мнению|оценке|оценкам|данным|информации|сообщению|докладу|"
                r"отчету|отчёту|исследованию)")
RU_AS = (r"(?:сообщил|заявил|рассказал|отметил|пояснил|уточнил|подчеркнул|объявил|сообщал|писал)[аио]?"
         r"|(?:сообща|переда|пиш)(?:ет|ют)|передаёт")
# The reported clause is captured in a lookahead, so that the next verb of the same paragraph is still seen.
RU_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{RU_VERB})(?![\w-])(?:[ \t]+[^\s,.!?:;«»\"]+){{0,4}}?(?:,[ \t]+что,?|:)[ \t]+(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
# "по данным", also with an adjective between ("По предварительным данным следственного управления, …")
RU_BY = r"[Пп]о (?:[а-яё]+(?:ым|им)[ \t]+)?"
RU_ACCORDING = re.compile(
    rf"(?<![\w-])(?:{RU_BY}(?:словам|мнению|оценке|убеждению|данным|информации)|{ACCORDING_TO}|[Кк]ак(?:[ \t]+(?:уже|ранее|позднее|позже))? (?P<verb>{RU_AS}))[ \t]+"
    rf"(?P<who>[^,\n]{{2,120}}),[ \t]*(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
# "По его словам, …", "С её слов, …": the source is the pronoun's antecedent; "По их данным, …" the source
# last cited
RU_ACCORDING_PRONOUN = re.compile(
    rf"(?<![\w-])(?:[Пп]о|[Сс]) (?P<who>его|её|ее|их) (?:словам|слов|мнению|оценке|убеждению|данным|информации),[ \t]*"
    rf"(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
# The attribution after the clause: "…, сообщили в МЧС." / "…, the operator said." / "…, according to X."
RU_POST = re.compile(
    rf",[ \t]*(?:[—–-][ \t]*)?(?P<verb>{RU_POST_VERB})(?![\w-])(?![ \t]*(?:,[ \t]*что|:))"
    r"(?P<who>(?:[^.!?\n]|\.(?=\w)){0,120})"  # "сообщает Liga.net": a dot inside a name does not end it
)
# ... with its verb and source: "Об этом сообщает ТАСС", "Об этом последний рассказал" (see ABOUT_THIS)
RU_ABOUT_THIS = re.compile(
    rf"(?<![\w-])Об этом[^.!?\n]{{0,80}}?(?<![\w-])(?P<verb>{RU_POST_VERB})(?![\w-])(?P<who>(?:[^.!?\n]|\.(?=\w)){{0,120}})"
)
EN_POST = re.compile(
    r",[ \t]+(?:(?P<who>(?!(?:who|which|that|and|but|as|when|while|if|it is|there|\w+ing)\b)[^,.;:!?\n\"“”«»]{1,80}?)"
    r"(?<![ \t]been)(?<![ \t]be)(?<![ \t]was)(?<![ \t]were)(?<![ \t]is)(?<![ \t]are)[ \t]+"  # passive: "had been announced"
    rf"(?P<verb>{EN_POST_VERB})(?![\w-])(?=[ \t]*[.,;]|[ \t]+(?:on|in|at|during|late|earlier|last|this|yesterday|today)\b"
    r"|(?<=told)[ \t]+\S)|according[ \t]+to[ \t]+(?P<source>[^.;\n]{2,120}))"
)
# Sources that are documents or data unless they name someone ("по данным МЧС" is a source, "по данным
# отчётности" is not; "according to Meridian", not "according to online departure boards").
DATA_SOURCES = re.compile(rf"{RU_BY}(?:данным|информации)|[Сс]огласно[ \t]+(?:\w+[ \t]+)?(?:данным|информации)|according")
# "According to Vogue, the exhibit will …": the source before the clause, as «По словам X, …»; the clause may open
# with a name ("According to Osinbajo, Nigeria represents …"): a source that names no one keeps it no quote
EN_ACCORDING = re.compile(
    rf"(?<![\w-])[Aa]ccording[ \t]+to[ \t]+(?P<who>(?:[^,.;\n]|\.(?=\w)){{2,80}}),[ \t]*"
    rf"(?=(?P<said>[^\W_][^\n]{{10,{MAX_QUOTE}}}))"
)
# Reports are speech with their source unnamed ("According to additional reports, local police are …") unless
# one is written after them ("According to a report from PageSix.com, …"), as the name stands in any case
EN_REPORTS = re.compile(r"(?<![\w-])reports?(?:[ \t]+(?:from|by)[ \t]+(?P<source>[A-Z]))?")
ATTRIBUTION_GAP = 4  # '", said' / '», — заявил': an attribution verb this close after a direct quote belongs to it
SENTENCE_END = re.compile(rf"{SENTENCE_MARK}(?=\s|$)|\n")


def add_reported(text: str, found: Spans) -> None:
    """Indirect speech after its verb or source ("заявил, что …", "По словам X, …", "said that …"); a direct
    quote the clause holds becomes part of it."""
    for pattern in (RU_INDIRECT, RU_ACCORDING, RU_ACCORDING_PRONOUN, EN_INDIRECT, EN_ACCORDING):
        for match in pattern.finditer(text):
            said = _clause(match["said"])
            stop = match.start("said") + len(said)
            who = (match.start("who"), match.end("who")) if "who" in match.groupdict() else None
            continuing = match.groupdict().get("verb") == CONTINUING
            if not continuing and _attributes_direct(text, found, match, pattern in (EN_INDIRECT, EN_ACCORDING)):
                continue  # '"…," said head keeper X': the direct quote's attribution, not a statement of its own
            report = pattern is EN_ACCORDING and EN_REPORTS.search(match["who"])
            anonymous = (not DATA_SOURCES.match(match[0]) or bool(report) if who
                         else pattern is not EN_INDIRECT or _reports_speech(text, match))
            named = (pattern is RU_ACCORDING and bool(match["verb"]) and bool(SINGULAR_VERB.search(match["verb"]))
                     or bool(report and report["source"]))
            inner = _quoted_inside(found, match, stop)
            if inner:  # the clause's own words: 'Li said the company “violated a moral bottom line.”'
                found.remove(inner)
                stop = max(stop, inner[-1].stop)
                said = text[match.start("said"):stop]
            start = match.start()
            lead = _clause_before(text, start) if pattern in (RU_ACCORDING, RU_ACCORDING_PRONOUN) else ""
            if lead.endswith(","):  # "С 2006 года погибло, по оценке учёных, более миллиона": the whole sentence
                start = text.rfind(lead, 0, match.start())
                said = text[start:stop]
            _add(found, Found(start, stop, said, "indirect", who, anonymous, named))


def _attributes_direct(text: str, found: Spans, match: re.Match[str], english: bool) -> bool:
    """Whether the match is the attribution of a direct quote just before it. After a quote that ends its sentence
    an English verb or "According to" with a clause of its own reports anew, however short its subject ('….” ESPN
    reported Tagovailoa could be heard …'), as speakers.py reads it."""
    for quote in found.overlapping(match.start() - ATTRIBUTION_SUBJECT - 1, match.start() + 1):
        if quote.kind != "direct" or not 0 <= match.start() - quote.stop <= ATTRIBUTION_SUBJECT:
            continue
        mark = last_mark(text, quote.stop)
        if not (english and mark in ".!?…") and _attribution_between(mark, text[quote.stop:match.start()]):
            return True
    return False


def _reports_speech(text: str, match: re.Match[str]) -> bool:
    """Whether an English verb reports speech whoever its subject is, so that a clause with no subject named is an
    unnamed source's: a verb of saying only ("said"), or any reporting verb with "that" in the active voice ("The
    court ruled that …", not "it was discovered that …")."""
    return match["verb"].split()[0] in EN_SPEECH_ONLY or (
        REPORTS_THAT.search(match[0]) is not None
        and not PASSIVE.search(text, max(0, match.start() - PASSIVE_REACH), match.start()))


def add_attributed_after(text: str, lines: Lines, mentions: Names, organisations: Names, found: Spans) -> None:
    """Indirect speech attributed after the clause ("…, сообщили в МЧС", "…, the operator said", "Об этом
    сообщает ТАСС"), which takes over a clause found before with no subject of its own."""
    for pattern in (RU_POST, EN_POST, RU_ABOUT_THIS):
        for match in pattern.finditer(text):
            end = match.start()
            if pattern is RU_ABOUT_THIS:  # "Об этом" takes up what its paragraph has told so far (the lead), up to
                while end > 0 and text[end - 1].isspace():  # the final mark; the sentence before when a quote is
                    end -= 1  # in the way
                end -= end > 0 and text[end - 1] in ".!?…"
                said = text[max(text.rfind("\n", max(0, end - MAX_CLAUSE), end) + 1, end - MAX_CLAUSE):end].strip()
                if found.overlapping(end - len(said), end):
                    said = _clause_before(text, end)
            else:
                said = _clause_before(text, end)
                if _closes_unopened(said):
                    continue  # '…AliExpress", — отмечает X': a direct quote's attribution (its opening went unseen)
            if ABOUT_THIS.match(said):
                continue  # "Об этом в воскресенье, 17 ноября, сообщает ТАСС" is the attribution, not a statement
            who = next((match.span(g) for g in ("who", "source") if match[g] is not None), (match.end(), match.end()))
            if pattern is RU_ABOUT_THIS and role_subject(text[match.start():match.start("verb")].split()[2:]):
                who = (match.start(), match.start("verb"))  # "Об этом последний рассказал": its subject is the source
            named = pattern is EN_POST or bool(SINGULAR_VERB.search(match["verb"]))
            if pattern is RU_ABOUT_THIS and mentions.first_in(*who):
                _reattribute(text, lines, found, mentions, organisations, end - len(said), end, who)
            # "Результаты указывают, что …, отметила профессор X": a clause with no subject of its own is the
            # attribution's; one with a subject ("Путин заявил, что …, сообщает ТАСС") stays its subject's.
            found.remove([f for f in found.overlapping(end - len(said), end)
                          if f.kind == "indirect" and f.who is None and end - len(said) <= f.start
                          and verb_subject(text, lines, f.start, mentions, organisations, None, True) is None])
            _add(found, Found(end - len(said), end, said, "indirect", who, match.groupdict().get("source") is None,
                               named))


def _reattribute(text: str, lines: Lines, found: Spans, mentions: Names, organisations: Names, lo: int, hi: int,
                 who: tuple[int, int]) -> None:
    """"В министерстве сообщили, что …. Об этом сообщил начальник управления X": a person named by "Об этом" is
    the source of what the sentence before reported from a body or outlet; a person's own statement stays his."""
    told = [f for f in found.overlapping(lo, hi) if f.kind == "indirect" and (
        mentions.first_in(*f.who) if f.who else verb_subject(text, lines, f.start, mentions, organisations, None, True)
    ) not in mentions.names]
    found.remove(told)
    for f in told:
        found.add(Found(f.start, f.stop, f.text, f.kind, who, True, True))


def _attribution_between(closing: str, between: str) -> bool:
    """Whether only the speaker stands between a quote and a verb: nothing, or a name with no sentence end
    after a quote that does not end its sentence ('…rape!" Marisa Soleto said that' starts a new one)."""
    return len(between.strip(" ,—–-")) <= ATTRIBUTION_GAP or not (
        re.search(r"[.!?…\"“”«»`\n]", between) or re.match(r"[.!?…]", closing))


def _closes_unopened(clause: str) -> bool:
    """Whether a clause ends on a quote mark it never opened ('…AliExpress"'), unlike a quoted name
    ('… сети "Каро"')."""
    return clause[-1:] in "»\"”" and (clause.count("»") > clause.count("«") or clause.count('"') % 2 == 1
                                      or clause.count("”") > clause.count("“"))


def _quoted_inside(found: Spans, match: re.Match[str], stop: int) -> list[Found]:
    """Direct quotes that are part of a reported clause: quoted words within it ('объявил, что это его
    «заключительный проект»'), or a quote it opens with after "that"/"что" ('said that "this is …"'). A quote
    after a colon ("заявил: «…»") stays direct speech."""
    opens = match.start("said")
    colon = match[0].rstrip().endswith(":")
    return [f for f in found.overlapping(opens, stop) if f.kind == "direct"
            and (f.start > opens or (f.start == opens and not colon))]


def _add(found: Spans, quote: Found) -> None:
    """Keep a statement long enough and not already quoted."""
    if len(quote.text.split()) >= MIN_REPORTED_WORDS and not found.overlapping(quote.start, quote.stop):
        found.add(quote)


def _clause_before(text: str, comma: int) -> str:
    """The clause an attribution closes: from its sentence's start up to the comma."""
    lo = max(0, comma - MAX_CLAUSE)
    starts = [m.end() for m in CLAUSE_START.finditer(text, lo, comma)]
    if not (starts or lo == 0):
        return ""
    start = starts[-1] if starts else lo
    dateline = DATELINE.match(text, start + len(text[start:comma]) - len(text[start:comma].lstrip()), comma)
    if dateline and not (dateline["date"] or dateline["credit"] or _bare_dateline(text, start, dateline[0])):
        dateline = None
    return text[dateline.end() if dateline else start:comma].strip()


def _bare_dateline(text: str, start: int, dateline: str) -> bool:
    """Whether capitals and a dash with no date or credit are a dateline ("NEW DELHI - "): a city's name (longer
    than an acronym: "US - China trade talks …" is what was said) opening the report, at the text's start or
    on the line after the headline."""
    opens_report = start == 0 or text[start - 1] == "\n" and "\n" not in text[:start].strip()
    return opens_report and len(dateline.split()[0]) >= MIN_CITY_CHARS


def _clause(said: str) -> str:
    """The reported clause: up to the end of its sentence."""
    end = SENTENCE_END.search(said)
    return said[: end.start()].strip() if end else said.strip()
