"""Quotes and who said them.

Direct speech is text in «…», „…“, "…", “…” or a dialogue paragraph opened by a
dash ("— …, — сказал он"), long enough to be a statement. Its speaker is the person
the attribution names — by name, by a role ("сказал глава России", which entity
grouping has already tied to a person) or by a pronoun ("он", "she"), which stands for
the previous speaker or else the person last named before. Indirect speech is "X
отметил, что …", "По словам X, …", "Как сообщил X, …", "X said (that) …", and the
attribution after the clause ("…, сообщили в МЧС", "…, the operator said", "…,
according to X"). Its source is a person, else an organisation named in the
attribution or by its kind ("the club said", "В банке пообещали"), else nobody named (speaker None: "эксперты", "officials" still report).
A source after a singular verb ("…, пишет Forbes") is named as written when entity
recognition missed it; "Об этом сообщает ТАСС" attributes what its paragraph told before it. Quoted words
inside a reported clause ("said the company “violated a moral bottom line.”") belong to
that one indirect quote. Impersonal reports ("Отмечается, что …") have no speaker; "По его словам, …" is the
subject of the sentence before. A quote split by its attribution («А, — сказала она. — Б») is two quotes; an
attribution after a direct quote names a body after a Russian verb ("— говорится в сообщении X") and anyone
before an English one ("Cafu told"); "a spokesperson said" is the body last named, "говорится в сообщении"
alone the source last cited.
Every pattern is bounded in length and anchored on a verb or a mark, so unbalanced
quote marks cost linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from svodka.model import Entity, Quote

MAX_QUOTE = 3000  # longer than any quoted statement; bounds the scan after an unbalanced mark
DIRECT = re.compile(
    rf"«(?P<a>[^«»\n]{{8,{MAX_QUOTE}}}?)»|„(?P<b>[^„“”\n]{{8,{MAX_QUOTE}}}?)[“”]"
    # '"' opens and closes alike, so it opens only before a word: in '"МегаФон" открыл …, сообщили "Фонтанке"'
    # the text between the two names is no quote. Inside, a mark after a space opens an inner name, and one mark
    # may close it and the quote both: '"…, а не только в "Радуге", - заявила'.
    rf"|(?<![\w\"])\"(?P<c>[^\"\s](?:[^\"\n]|(?<=\s)\"(?=\w)){{7,{MAX_QUOTE}}}?)\"(?![\w\"])|“(?P<d>[^“”\n]{{8,{MAX_QUOTE}}}?)(?:”|(?<=[,.!?…])\"(?!\w))"
    # ... or with a straight mark after its last punctuation, as scraped pages mix them: '“I'm a fan," X told'.
    # A statement over several paragraphs opens each with a mark and closes only the last: '“A. “B. “C.”'
    rf"|“(?P<f>[^“”\n]{{8,{MAX_QUOTE}}}?[.!?…])(?=\s+“)"
    # Single marks ('…', ‘…’) as '"' above, and an apostrophe ("don't", "Telkom’s", "players' union") neither
    # opens nor closes: it stands between letters, or after a Latin plural "s".
    rf"|(?<![\w'‘’])['‘](?P<g>(?=[^\W\d_])(?:[^'‘’\n]|['‘’](?=\w)){{7,{MAX_QUOTE}}}?)"
    rf"(?<![a-z]s)['’](?![\w'’])"
    rf"|(?m:^[ \t]*[—–][ \t]+(?P<e>[^\n]{{8,{MAX_QUOTE}}}?)[,!?….]?[ \t]+[—–][ \t]+(?=[а-яё]))"
)
MIN_WORDS = 4  # names of things in quotes ("Манеж", "Радуга") are shorter than any statement
RU_VERB = (
    r"(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|пояснил|рассказал|признал|уточнил|напомнил|указал|"
    r"констатировал|предупредил|пообещал|призвал|выразил надежду|выразил уверенность|обратил внимание|"
    r"заверил|убежден|уверен|объявил|сообщал|говорил|написал|заявлял|установил)(?:а|и|ы|о)?"  # -о: "ведомство заявило"
    r"|(?:счита|полага|напомина|отмеча|сообща|заявля|подчеркива|указыва)(?:ет|ют)"
    r"|надеется|надеются|рассчитывает|уверен[аы]?"
    # Impersonal reports ("Отмечается, что …", "4 ноября сообщалось, что …") name no source: speaker None
    r"|(?:[Оо]тмеча|[Сс]ообща|[Уу]точня|[Пп]одчеркива|[Пп]редполага|[Уу]твержда)(?:ется|лось)"
)
EN_VERB = (r"said|says|added|noted|stressed|warned|told reporters|told journalists|told [A-Z][\w ]{1,30}?|insisted|"
           r"explained|announced|confirmed|saying|(?<!to )say")
# When a report was made, between the verb and the clause: "said Friday it", "said on Thursday that"
EN_WHEN = r"(?:on|in|at)[ \t]+[\w ]{1,30}?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|earlier"
# Verbs that report speech whoever their subject is; the others ("added", "noted")
# also have other senses ("added value"), so they need a person or pronoun as subject.
EN_SPEECH_ONLY = ("said", "says", "say", "told", "announced", "saying")
RU_POST_VERB = (
    r"(?:сообщил|заявил|объявил|отметил|подчеркнул|добавил|пояснил|рассказал|уточнил|сказал|признал)[аи]?"
    r"|говорится|сообщается|считают|полагают|говорят|(?:сообща|переда|заявля|отмеча|рассказыва|уточня|подчеркива)(?:ет|ют)"
    r"|передаёт|пишет|пишут"
)
# A present or past singular verb ("…, пишет Forbes", "Как сообщал «Ъ», …") has the source as its subject, in
# the nominative: as written, that is its name even when entity recognition missed it. Not so after plural
# verbs ("сообщили «Фонтанке» в компании": the name is who was told) or "по данным" (genitive).
SINGULAR_VERB = re.compile(r"(?:[еиё]т|л|ла)$")
NAME_AT_START = re.compile(
    r"[ \t]*[«\"“„`']*(?P<name>[A-ZА-ЯЁ0-9][\w&-]*(?:\.\w+)*(?:[ \t]+[«\"“]?[A-ZА-ЯЁ][\w&-]*(?:\.\w+)*[»\"”]?){0,3})")
EN_POST_VERB = r"said|says|announced|reported|added|noted|told|warned|confirmed|explained|wrote"
RU_AS = (r"(?:сообщил|заявил|рассказал|отметил|пояснил|уточнил|подчеркнул|объявил|сообщал|писал)[аи]?"
         r"|(?:сообща|переда|пиш)(?:ет|ют)|передаёт")
# The reported clause is captured in a lookahead, so that the next verb of the same paragraph is still seen.
RU_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{RU_VERB})(?![\w-])(?:[ \t]+[^\s,.!?:;«»\"]+){{0,4}}?(?:,[ \t]+что,?|:)[ \t]+(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
RU_ACCORDING = re.compile(
    rf"(?<![\w-])(?:[Пп]о (?:словам|мнению|оценке|убеждению|данным|информации)|[Кк]ак(?:[ \t]+(?:уже|ранее|позднее|позже))? (?P<verb>{RU_AS}))[ \t]+"
    rf"(?P<who>[^,\n]{{2,120}}),[ \t]*(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
# "По его словам, …", "С её слов, …": the source is the pronoun's antecedent
RU_ACCORDING_PRONOUN = re.compile(
    rf"(?<![\w-])(?:[Пп]о|[Сс]) (?P<who>его|её|ее) (?:словам|слов|мнению|оценке|убеждению),[ \t]*"
    rf"(?=(?P<said>[^\n]{{10,{MAX_QUOTE}}}))"
)
POSSESSIVE_PRONOUNS = {"его": "он", "её": "она", "ее": "она"}
# The attribution after the clause: "…, сообщили в МЧС." / "…, the operator said." / "…, according to X."
RU_POST = re.compile(
    rf",[ \t]*(?:[—–-][ \t]*)?(?P<verb>{RU_POST_VERB})(?![\w-])(?![ \t]*(?:,[ \t]*что|:))"
    r"(?P<who>(?:[^.!?\n]|\.(?=\w)){0,120})"  # "сообщает Liga.net": a dot inside a name does not end it
)
# "<sentence>. Об этом сообщает ТАСС.": the attribution is the next sentence, the statement the one before.
ABOUT_THIS = re.compile(r"[Оо]б этом(?![\w-])")
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
DATA_SOURCES = re.compile(r"[Пп]о (?:данным|информации)|according")
# How far back the start of a clause attributed after it is looked for; no quoted sentence is longer.
MAX_CLAUSE = 1000
CLAUSE_START = re.compile(r"[.!?…][»\"”]?[ \t]+|\n")
EN_INDIRECT = re.compile(
    rf"(?<![\w-])(?P<verb>{EN_VERB})(?:[ \t]+(?:{EN_WHEN}))?(?:,?[ \t]+that)?[ \t]+"
    rf"(?!(?:in|on|at|to|by|of|for|as|while|when|after|before|because|but|and|adding|citing|which|who|if|how|whether|what|why|where)\b)"
    rf"(?=(?P<said>[a-z][^\n]{{10,{MAX_QUOTE}}}))"
)
# «…, — прокомментировала X. — …» / «…, — сказал он, — …»: a verb of the past or present opens the attribution
SPLIT_ATTRIBUTION = re.compile(
    r"[,!?…][ \t]+[—–][ \t]+[а-яё]+(?:л|ла|ли|ет|ит|ют|ят)(?![\w-])[^—–«»\"“”\n]{0,150}?"
    r"(?:\.[ \t]+[—–][ \t]+(?=[А-ЯЁ«\"])|,[ \t]+[—–][ \t]+(?=[а-яё]))")
NEXT_QUOTE = re.compile(r"\s*[«“„\"]")
ATTRIBUTION_WINDOW = 150
ATTRIBUTION_GAP = 4  # '", said' / '», — заявил': an attribution verb this close after a direct quote belongs to it
# ... or this close, after the speaker's name and role: '”, Wedbush analyst Michael Pachter warned in a note'
ATTRIBUTION_SUBJECT = 60
# The attribution right after a direct quote: '", the organisers said', '», — сообщили в компании'. With no
# person or pronoun in it, the source is what it names (an organisation, "the organisers"), not the last speaker.
RU_POST_START = re.compile(rf"[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?(?:{RU_POST_VERB})(?![\w-])")
IMPERSONAL = re.compile(r"(?<![\w-])(?:говорится|сообщается)(?![\w-])")
# People who speak for a body the article names; with no name of their own the body is the source.
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "representative", "representatives", "представитель",
                "пресс-секретарь"}
PLURAL_SOURCE = re.compile(r"(?<![\w-])[а-яё]+ли(?![\w-])|\b[a-z]+[^'’s]s\s+\w+$")  # "сообщили", "organisers said"
# A full stop after a title or an initial ends no sentence: '” Dr. Conley wrote', «В. Путин»
ABBREVIATION = (r"(?:(?<=\bDr)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bSt)|(?<=\bProf)|(?<=\bGen)|(?<=\bSen)|(?<=\bRep)"
                r"|(?<=\bGov)|(?<=\b[A-ZА-ЯЁ]))\.")
SENTENCE_CUT = re.compile(rf"(?P<abbreviation>{ABBREVIATION})|[.!?…](?=\s|$)|\n")
# An attribution that goes on to a statement of its own: '…!" Marisa Soleto said that "…"'
OWN_STATEMENT = re.compile(r"\b(?:that|:)(?:\s|$)|,\s+что\b|:")
ATTRIBUTION_AFTER = re.compile(
    rf"[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?(?:(?:{RU_POST_VERB})(?![\w-])|(?:[^.!?\n\"“”«»]|{ABBREVIATION}){{1,{ATTRIBUTION_SUBJECT}}}?"
    rf"[ \t](?:{EN_POST_VERB})(?![\w-]))")
# A name after a preposition is no subject ("Путин в разговоре с Токаевым заявил", "на странице в Facebook
# подчеркивает"), except for a plural verb, whose source is often where it was said ("в МЧС сообщили").
SINGULAR_RU_VERB = re.compile(r"[а-яё]+(?<!ли)(?![\w-])")
GOVERNED = re.compile(r"(?<![\w-])(?:[вВ]о?|[нН]а|[сС]о?|[кК]о?|[уУ]|[оО]б?|[оО]т|[пП]о|[иИ]з|[зЗ]а|для|при|перед|над|под|без|до|"
                      r"через|про|между)[ \t]+[«\"“]?$")
# The subject of an indirect quote ends this close to its verb ("Владимир Путин заявил",
# "Российский лидер также подчеркнул"); further back a person is not the one speaking.
SUBJECT_GAP = 25
PRONOUNS = {"он", "она", "he", "she"}
# Nouns by which an article names an organisation it has named or will name ("the club said", "the operator
# said", "В банке пообещали"): the source is that organisation. A business a report is about is that report's
# main organisation even when its name lacks the noun ("the club" for Mayak); an office ("В министерстве
# отметили") is often one the article never names, so only an organisation of that kind by name stands for it.
BUSINESS_KINDS = ("company", "firm", "operator", "club", "team", "bank", "carrier", "airline", "group", "startup",
                  "developer", "insurer", "retailer", "lender", "банк", "компани", "клуб", "холдинг")
OFFICE_KINDS = ("ministry", "agency", "committee", "university", "министерств", "ведомств", "мэри", "администраци",
                "фонд")
SINGULAR_ENDINGS = {"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ей", "о"}  # "банке", "компании"; not "банков"
KIND_SUBJECT_WORDS = 4  # "В банке также", "The club": a subject this short is the kind noun's phrase
FEMALE_PRONOUNS = {"она", "she"}
SENTENCE_END = re.compile(r"[.!?…][»\"”]?(?=\s|$)|\n")


@dataclass
class _Person:
    start: int
    stop: int
    name: str


def find_quotes(text: str, entities: list[Entity]) -> list[Quote]:
    """Direct and indirect quotes in text order, each with its speaker's canonical name."""
    mentions = _mentions(entities, "PER")
    organisations = _mentions(entities, "ORG")
    others = sorted((_Person(m.start, m.stop, e.name) for e in entities if e.type not in ("PER", "ORG")
                     for m in e.mentions), key=lambda p: p.start)
    main = _main_person(entities)
    found: list[_Found] = []
    for match in DIRECT.finditer(text):
        group = next(g for g, value in match.groupdict().items() if value)
        for start, stop in _split_by_attribution(text, match.start(group), match.end(group)):
            body = text[start:stop].strip(" \t,")
            if len(body.split()) >= MIN_WORDS:
                found.append(_Found(max(start - 1, match.start()), stop if stop < match.end(group) else match.end(),
                                    body, "direct"))
    for pattern in (RU_INDIRECT, RU_ACCORDING, RU_ACCORDING_PRONOUN, EN_INDIRECT):
        for match in pattern.finditer(text):
            said = _clause(match["said"])
            stop = match.start("said") + len(said)
            who = (match.start("who"), match.end("who")) if "who" in match.groupdict() else None
            if any(f.kind == "direct" and 0 <= match.start() - f.stop <= ATTRIBUTION_SUBJECT
                   and _attribution_between(text[f.stop - 2:f.stop], text[f.stop:match.start()]) for f in found):
                continue  # '"…," said head keeper X': the direct quote's attribution, not a statement of its own
            anonymous = (not DATA_SOURCES.match(match[0]) if who
                         else pattern is not EN_INDIRECT or match["verb"].split()[0] in EN_SPEECH_ONLY)
            named = pattern is RU_ACCORDING and bool(match["verb"]) and bool(SINGULAR_VERB.search(match["verb"]))
            inner = _quoted_inside(found, match, stop)
            if inner:  # the clause's own words: 'Li said the company “violated a moral bottom line.”'
                found[:] = [f for f in found if f not in inner]
                stop = max(stop, inner[-1].stop)
                said = text[match.start("said"):stop]
            start = match.start()
            lead = _clause_before(text, start) if pattern in (RU_ACCORDING, RU_ACCORDING_PRONOUN) else ""
            if lead.endswith(","):  # "С 2006 года погибло, по оценке учёных, более миллиона": the whole sentence
                start = text.rfind(lead, 0, match.start())
                said = text[start:stop]
            _add(found, _Found(start, stop, said, "indirect", who, anonymous, named))
    for pattern in (RU_POST, EN_POST, RU_ABOUT_THIS):
        for match in pattern.finditer(text):
            end = match.start()
            if pattern is RU_ABOUT_THIS:  # "Об этом" takes up what its paragraph has told so far (the lead), up to
                end = len(text[:end].rstrip())  # the final mark; the sentence before when a quote is in the way
                end -= end > 0 and text[end - 1] in ".!?…"
                said = text[max(text.rfind("\n", 0, end) + 1, end - MAX_CLAUSE):end].strip()
                if any(f.start < end and end - len(said) < f.stop for f in found):
                    said = _clause_before(text, end)
            else:
                said = _clause_before(text, end)
                if _closes_unopened(said):
                    continue  # '…AliExpress", — отмечает X': a direct quote's attribution (its opening went unseen)
            if ABOUT_THIS.match(said):
                continue  # "Об этом в воскресенье, 17 ноября, сообщает ТАСС" is the attribution, not a statement
            who = next((match.span(g) for g in ("who", "source") if match[g] is not None), (match.end(), match.end()))
            named = pattern is EN_POST or bool(SINGULAR_VERB.search(match["verb"]))
            # "Результаты указывают, что …, отметила профессор X": a clause with no subject of its own is the
            # attribution's; one with a subject ("Путин заявил, что …, сообщает ТАСС") stays its subject's.
            found[:] = [f for f in found if not (f.kind == "indirect" and f.who is None and end - len(said) <= f.start
                                                 < end and _subject(text, f.start, mentions, organisations,
                                                                                None, True) is None)]
            _add(found, _Found(end - len(said), end, said, "indirect", who, match.groupdict().get("source") is None,
                               named))
    quotes: list[Quote] = []
    antecedents = {m.name for m in mentions + others}
    previous: str | None = None
    last: str | None = None  # the last source named, of any kind
    unnamed_run = False  # whether the last direct quote's source was someone unnamed ('", the organisers said')
    body_run: str | None = None  # the body the last direct quote is from: '“A,” a spokesperson said. “B.”'
    for quote in sorted(found, key=lambda f: f.start):
        if quote.kind == "direct":
            speaker = _direct_speaker(text, quote.start, quote.stop, mentions, previous,
                                      None if unnamed_run else body_run or main, organisations, others, last)
            unnamed_run = speaker is None
            body_run = speaker if speaker not in antecedents else None
        elif quote.who:
            speaker = _source(text, quote, mentions, organisations, previous)
        else:
            speaker = _subject(text, quote.start, mentions, organisations, previous, quote.anonymous)
        if speaker is _NOBODY:
            continue
        quotes.append(Quote(quote.text, speaker, quote.kind, quote.start, quote.stop))
        last = speaker or last
        if speaker in antecedents:
            previous = speaker  # an organisation is no antecedent for "он"/"he"; a mistyped person is
        elif quote.kind == "direct":
            previous = None  # a quote of someone unnamed: the quotes after it are not the last person's
    return quotes


@dataclass
class _Found:
    start: int
    stop: int
    text: str
    kind: str
    who: tuple[int, int] | None = None  # where the attribution names its source
    # Whether the statement stands with no one named as its source ("эксперты считают" does; "added" with
    # no person as subject or "по данным отчётности" are no speech).
    anonymous: bool = True
    named: bool = False  # whether the attribution names its source in the nominative (see SINGULAR_VERB)


def _attribution_between(closing: str, between: str) -> bool:
    """Whether only the speaker stands between a quote and a verb: nothing, or a name with no sentence end
    after a quote that does not end its sentence ('…rape!" Marisa Soleto said that' starts a new one)."""
    return len(between.strip(" ,—–-")) <= ATTRIBUTION_GAP or not (
        re.search(r"[.!?…\"“”«»\n]", between) or re.match(r"[.!?…]", closing))


def _split_by_attribution(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of a quote its attribution splits («А, — сказала она. — Б»): Russian sets the attribution off
    with dashes inside the marks, each part a quote of its own. A part ends after its comma, so that the
    attribution follows it."""
    parts = []
    for split in SPLIT_ATTRIBUTION.finditer(text, lo, hi):
        parts.append((lo, split.start() + 1))
        lo = split.end()
    return parts + [(lo, hi)]


def _closes_unopened(clause: str) -> bool:
    """Whether a clause ends on a quote mark it never opened ('…AliExpress"'), unlike a quoted name
    ('… сети "Каро"')."""
    return clause[-1:] in "»\"”" and (clause.count("»") > clause.count("«") or clause.count('"') % 2 == 1
                                      or clause.count("”") > clause.count("“"))


def _quoted_inside(found: list[_Found], match: re.Match[str], stop: int) -> list[_Found]:
    """Direct quotes that are part of a reported clause: quoted words within it ('объявил, что это его
    «заключительный проект»'), or a quote it opens with after "that"/"что" ('said that "this is …"'). A quote
    after a colon ("заявил: «…»") stays direct speech."""
    opens = match.start("said")
    colon = match[0].rstrip().endswith(":")
    return [f for f in found if f.kind == "direct" and f.start < stop and f.stop > opens
            and (f.start > opens or (f.start == opens and not colon))]


def _add(found: list[_Found], quote: _Found) -> None:
    """Keep a statement long enough and not already quoted."""
    if len(quote.text.split()) < MIN_WORDS:
        return
    if any(f.start < quote.stop and quote.start < f.stop for f in found):
        return
    found.append(quote)


def _mentions(entities: list[Entity], type_: str) -> list[_Person]:
    return sorted((_Person(m.start, m.stop, e.name) for e in entities if e.type == type_ for m in e.mentions),
                  key=lambda p: p.start)


_NOBODY = "\0"  # an indirect-speech verb with no person as its subject: not a quote


def _clause_before(text: str, comma: int) -> str:
    """The clause an attribution closes: from its sentence's start up to the comma."""
    lo = max(0, comma - MAX_CLAUSE)
    starts = [m.end() for m in CLAUSE_START.finditer(text, lo, comma)]
    return text[starts[-1] if starts else lo:comma].strip() if starts or lo == 0 else ""


def _source(text: str, quote: _Found, mentions: list[_Person], organisations: list[_Person],
            previous: str | None) -> str | None:
    """Who an attribution names: a person, else the organisation it ends on ("сообщили "Эху Урала" в
    Уралинвестбанке"), else a pronoun's antecedent ("it" the organisation of the clause), else nobody."""
    lo, hi = quote.who
    person = _named_in(mentions, lo, hi)
    if person:
        return person
    inside = [o.name for o in organisations if lo <= o.start < hi]
    if inside:
        return inside[-1]
    words = re.findall(r"\w+", text[lo:hi].lower())
    kind = _organisation_by_kind(words, quote.start, organisations)
    if kind:
        return kind
    written = NAME_AT_START.match(text, lo, hi) if quote.named else None
    if written:  # 'Агентство "Москва"' is written «Москва» in canonical names; '«РИА Новости»' loses its marks
        name = written["name"]
        if name[-1] in "»\"”" and not any(mark in name[:-1] for mark in "«\"“"):
            name = name[:-1]
        return re.sub(r"[\"“]([^\"“”]+)[\"”]", r"«\1»", name)
    if not quote.anonymous:
        return _NOBODY
    possessive = next((POSSESSIVE_PRONOUNS[w] for w in words if w in POSSESSIVE_PRONOUNS), None)
    if possessive:  # "X раскритиковал Y. По его словам, …": the subject of the sentence before, named first in it
        starts = [m.end() for m in CLAUSE_START.finditer(text, max(0, lo - MAX_CLAUSE), lo)]
        first = _named_in(mentions, starts[-2] if len(starts) > 1 else max(0, lo - MAX_CLAUSE), lo)
        return first or _antecedent(possessive, lo, mentions, previous)
    pronoun = next((w for w in words if w in PRONOUNS), None)
    if pronoun:
        return _antecedent(pronoun, lo, mentions, previous)
    if "it" in words:
        return next((o.name for o in organisations if quote.start <= o.start < quote.stop), None)
    return None


def _clause(said: str) -> str:
    """The reported clause: up to the end of its sentence."""
    end = SENTENCE_END.search(said)
    return said[: end.start()].strip() if end else said.strip()


def _direct_speaker(text: str, start: int, stop: int, mentions: list[_Person], previous: str | None,
                    main: str | None, organisations: list[_Person], others: list[_Person],
                    last: str | None) -> str | None:
    after = (stop, _sentence_end(text, stop, stop + ATTRIBUTION_WINDOW))
    if NEXT_QUOTE.match(text, stop):
        after = (stop, stop)  # '“A. “B …”': the next paragraph of the statement, no attribution
    elif text[stop - 2:stop - 1] in ".!?…" and not (  # '…rape!" The attack occurred': a new sentence,
            ATTRIBUTION_AFTER.match(text, *after) and not OWN_STATEMENT.search(text, *after)):
        after = (stop, stop)  # its name no speaker unless it attributes ('…!" Colau said'), not anew ('said that')
    head = text[max(0, start - ATTRIBUTION_WINDOW):start]
    cuts = list(re.finditer(r"[.!?…»”\"](?=\s)|\n", head))
    before = (start - len(head) + (cuts[-1].end() if cuts else 0), start)
    for lo, hi in (after, before):
        named = _named_in(mentions, lo, hi)
        if named:
            return named
        pronoun = _pronoun_in(text[lo:hi])
        if pronoun:
            return _antecedent(pronoun, lo, mentions, previous)
        attribution = ATTRIBUTION_AFTER.match(text, lo, hi) if lo == stop else None
        if attribution:
            return _attributed_source(text, attribution, hi, start, organisations, others, previous or main, last)
    return previous or main


def _attributed_source(text: str, attribution: re.Match[str], hi: int, start: int, organisations: list[_Person],
                       others: list[_Person], person: str | None, last: str | None) -> str | None:
    """The source an attribution after a direct quote names when it names no person. A Russian verb comes
    before its source ("— говорится в сообщении «Гражданского патруля»"), an English one after it ("Cafu told";
    a name of any type there is the speaker, whatever entity recognition took it for)."""
    verb_first = RU_POST_START.match(attribution[0]) is not None
    lo, until = attribution.start(), hi if verb_first else attribution.end()
    inside = [o.name for o in organisations if lo <= o.start < until]
    if not inside and not verb_first:
        inside = [o.name for o in others if lo <= o.start < until]
    words = re.findall(r"\w+", text[lo:until].lower())
    source = inside[-1] if inside else _organisation_by_kind(words, start, organisations)
    if source or PLURAL_SOURCE.search(attribution[0]):
        return source
    if any(w in SPOKESPEOPLE for w in words):  # "a spokesperson said": the body last named speaks
        return next((o.name for o in reversed(organisations) if o.stop <= start), None)
    if IMPERSONAL.search(attribution[0]):  # "— говорится в сообщении": the statement of the source last cited
        return last
    return person  # a role in the singular ("— сказал министр") is the person last named


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence running from lo ends, at hi at the latest (see ABBREVIATION)."""
    return next((m.start() for m in SENTENCE_CUT.finditer(text, lo, hi) if not m["abbreviation"]), hi)


def _subject(text: str, verb_start: int, mentions: list[_Person], organisations: list[_Person],
             previous: str | None, anonymous: bool) -> str | None:
    """Who the verb's subject names: a person or organisation ending just before it, or a pronoun.

    With no such subject the source is unnamed ("Эксперты напоминают, что …"), unless the
    verb needs one to report speech at all.
    """
    stop = text.rfind(". ", 0, verb_start)
    line_start = max(text.rfind("\n", 0, verb_start) + 1, stop + 2 if stop >= 0 else 0)
    if SINGULAR_RU_VERB.match(text, verb_start):  # the subject of "заявил" is no object of a preposition
        mentions = [m for m in mentions if not GOVERNED.search(text, line_start, m.start)]
        organisations = [o for o in organisations if not GOVERNED.search(text, line_start, o.start)]
    person = _nearest_before(mentions, text, line_start, verb_start)
    if person:
        return person
    words = text[line_start:verb_start].split()
    pronoun = next((w.lower() for w in words[:1] + words[-3:] if w.lower() in PRONOUNS), None)
    if pronoun:
        return _antecedent(pronoun, line_start, mentions, previous)
    # an organisation only as the whole subject: "членом ОДКБ, и обратил внимание" is no subject
    organisation = _nearest_before(organisations, text, line_start, verb_start, commas=False)
    if organisation:
        return organisation
    if len(words) <= KIND_SUBJECT_WORDS:
        organisation = _organisation_by_kind([w.lower() for w in words], line_start, organisations)
        if organisation:
            return organisation
    return None if anonymous else _NOBODY


def _organisation_by_kind(words: list[str], position: int, organisations: list[_Person]) -> str | None:
    """The organisation "the club", "the operator", "в банке" stands for: the last one of that kind named
    before ("Уралинвестбанк" for "банк"); for a business, else the organisation the article names most
    (on a tie the last of them named before)."""
    kind = next((k for w in words for k in BUSINESS_KINDS + OFFICE_KINDS
                 if w == k or (not k.isascii() and w.startswith(k) and w[len(k):] in SINGULAR_ENDINGS)), None)
    if kind is None:
        return None
    same_kind = [o.name for o in organisations if o.stop <= position and kind in o.name.lower()]
    if same_kind or kind in OFFICE_KINDS or not organisations:
        return same_kind[-1] if same_kind else None
    # most named first, then one that calls itself a business ("Baltic Ferry Company" for "the operator")
    counts = Counter(o.name for o in organisations)

    def rank(name: str) -> tuple[int, bool]:
        return counts[name], any(k in name.lower().split() for k in BUSINESS_KINDS)

    best = max(map(rank, counts))
    leading = [o for o in organisations if rank(o.name) == best]
    before = [o.name for o in leading if o.stop <= position]
    return before[-1] if before else leading[0].name


def _nearest_before(named: list[_Person], text: str, line_start: int, verb_start: int,
                    commas: bool = True) -> str | None:
    """The name ending just before the verb or set off from it by an aside between commas."""
    before = [m for m in named if line_start <= m.start and m.stop <= verb_start]
    if not before:
        return None
    between = text[before[-1].stop:verb_start]
    if _parenthetical(between) or (verb_start - before[-1].stop <= SUBJECT_GAP and (commas or "," not in between)):
        return before[-1].name
    return None


def _parenthetical(between: str) -> bool:
    """"Галиев, выступая в четверг на коллегии, заявил": only an aside set off by commas between name and verb."""
    between = between.strip()
    return len(between) > 1 and between[0] == between[-1] == "," and "." not in between


def _named_in(mentions: list[_Person], lo: int, hi: int) -> str | None:
    return next((m.name for m in mentions if lo <= m.start < hi), None)


def _pronoun_in(window: str) -> str | None:
    return next((w for w in re.findall(r"\w+", window.lower()) if w in PRONOUNS), None)


def _antecedent(pronoun: str, position: int, mentions: list[_Person], previous: str | None) -> str | None:
    """The previous speaker, else the person last named; "она"/"she" only a woman."""
    female = pronoun in FEMALE_PRONOUNS
    if previous and _looks_female(previous) == female:
        return previous
    earlier = [m.name for m in mentions if m.stop <= position and _looks_female(m.name) == female]
    return earlier[-1] if earlier else previous


def _looks_female(name: str) -> bool:
    """Russian surnames and most first names of women end in -а/-я (Ильина, Svetlana Ilyina)."""
    return name.lower().endswith(("а", "я", "a"))


def _main_person(entities: list[Entity]) -> str | None:
    people = [e for e in entities if e.type == "PER"]
    return max(people, key=lambda e: len(e.mentions)).name if people else None
