"""Who said each quote, decided in text order since a pronoun or an unnamed attribution depends on who spoke
before: the attribution after or before a direct quote, the source an attribution names, the subject of a verb."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from svodka.model import Entity, Quote
from svodka.nlp.quotes.direct import last_mark
from svodka.nlp.quotes.names import (
    Names,
    Person,
    looks_female,
    person_shaped,
    possessor,
)
from svodka.nlp.quotes.patterns import (
    ATTRIBUTION_AFTER,
    CLAUSE_START,
    EN_INDIRECT,
    EN_POST_VERB,
    MAX_CLAUSE,
    RU_POST_VERB_AFTER_QUOTE,
    SENTENCE_CUT,
)
from svodka.nlp.quotes.references import (
    FEMALE_PRONOUNS,
    PRONOUNS,
    ROLE_SUBJECT_WORDS,
    attribution_words,
    english_role,
    holder_given_role,
    holder_named_by_role,
    organisation_by_kind,
    pronoun_antecedent,
    pronoun_in,
    role_holder,
    role_subject,
)
from svodka.nlp.quotes.spans import Found, Lines, Spans
from svodka.nlp.vocabulary import PERSON_TITLES
from svodka.nlp.vocabulary import SPOKESPEOPLE as EN_SPOKESPEOPLE

_NOBODY = "\0"  # an indirect-speech verb with no person as its subject: not a quote
NAME_AT_START = re.compile(
    r"[ \t]*[«\"“„`']*(?P<name>[A-ZА-ЯЁ0-9][\w&-]*(?:\.\w+)*(?:[ \t]+[«\"“]?[A-ZА-ЯЁ][\w&-]*(?:\.\w+)*[»\"”]?){0,3})")
# The noun an outlet is introduced by before its name ("сообщает газета ``Бурятия``", "Как сообщила
# радиостанция «Керчь.ФМ»"), with an adjective ("российская газета")
OUTLET_NOUN = re.compile(r"[ \t]*(?:[а-яё]+(?:ая|ое|ий|ый)[ \t]+)?(?:газет|издани|радиостанци|агентств|телеканал|"
                         r"портал|сайт|журнал)[а-яё]{0,3}[ \t]+(?=[«\"“„`'A-ZА-ЯЁ])")
REPORT_FROM = re.compile(r"[ \t]*(?:an?|the)?[ \t]*(?:[a-z]+[ \t]+)?reports?[ \t]+(?:from|by)[ \t]+(?=[A-Z])")
POSSESSIVE_PRONOUNS = {"его": "он", "её": "она", "ее": "она"}
NEXT_QUOTE = re.compile(r"\s*(?:[«“„\"]|``)")
ATTRIBUTION_WINDOW = 150
# A quote a preposition governs is words mentioned in the sentence, not said by its subject: '…," he said, to chants
# of “not for sale” from the audience'; unless an attribution follows it, its speaker is no one named
MENTIONED = re.compile(r"(?<![\w-])(?:of|with|about|like|from|reading)[ \t]+[«“„\"']?$")
MENTIONED_REACH = 12  # the preposition, its spacing and the mark
# Capitalised words of a role before a name, besides PERSON_TITLES: "Prime Minister", "Foreign Secretary"
TITLE_WORDS = frozenset("Prime Foreign Secretary Minister Chancellor Chief Officer Police Commissioner Spokesman "
                        "Spokeswoman Spokesperson".split())
ACCORDING_AFTER = re.compile(r"[ \t]*,?[ \t]*according[ \t]+to[ \t]+")
# Where the attribution before a direct quote starts at the latest: after a sentence's end, a quote's close or a line
ATTRIBUTION_BEFORE_CUT = re.compile(r"[.!?…»”\"](?=\s)|\n")
# The attribution right after a direct quote: '", the organisers said', '», — сообщили в компании'. With no
# person or pronoun in it, the source is what it names (an organisation, "the organisers"), not the last speaker.
RU_POST_START = re.compile(rf"[ \t]*[,:]?[ \t]*(?:[—–-][ \t]*)?(?:{RU_POST_VERB_AFTER_QUOTE})(?![\w-])")
IMPERSONAL = re.compile(r"(?<![\w-])(?:говорится|сообщается|(?:отмеча|уточня|указыва|подчеркива)ется)(?![\w-])")
# People who speak for a body the article names; with no name of their own the body is the source.
SPOKESPEOPLE = EN_SPOKESPEOPLE | {"representatives", "представитель", "пресс-секретарь"}
PLURAL_SOURCE = re.compile(r"(?<![\w-])[а-яё]+ли(?![\w-])|\b[a-z]+[^'’s]s\s+\w+$")  # "сообщили", "organisers said"
# An English attribution with its verb first naming its source by a common noun: '”, said a rescuer', '” said the firm'
EN_VERB_NOUN = re.compile(rf"[ \t]*,?[ \t]*(?:{EN_POST_VERB})[ \t]+(?P<article>the|an?)[ \t]+(?=[a-z])")
# An attribution that goes on to a statement of its own: '…!" Marisa Soleto said that "…"'
OWN_STATEMENT = re.compile(r"\b(?:that|:)(?:\s|$)|,\s+что\b|:")
# An English attribution with its verb first names its speaker right after it, capitalised: '”, added Lo Kin-hei'
EN_VERB_FIRST = re.compile(rf"[ \t]*,?[ \t]*(?:{EN_POST_VERB})[ \t]+(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}[A-Z][\w'’-]*)")
# A name after a preposition is no subject ("Путин в разговоре с Токаевым заявил", "на странице в Facebook
# подчеркивает"), except for a plural verb, whose source is often where it was said ("в МЧС сообщили").
SINGULAR_RU_VERB = re.compile(r"[а-яё]+(?<!ли)(?![\w-])")
# ... and in English, where it rules out a name as the subject of any verb ("Hindus in Ayodhya said")
EN_GOVERNED = re.compile(r"(?<![\w-])(?:in|at|on|of|from|to|for|by|with|near)[ \t]+(?:the[ \t]+)?$", re.I)
COMPLEMENT = re.compile(r"(?<![\w-])[a-zа-яё][\w-]*[ \t]+$")  # "администрации Кингисеппского района"
# How far before a name its preposition is looked for: the longest preposition ("между") and its spacing
GOVERNED_REACH = 40
GOVERNED = re.compile(r"(?<![\w-])(?:[вВ]о?|[нН]а|[сС]о?|[кК]о?|[уУ]|[оО]б?|[оО]т|[пП]о|[иИ]з|[зЗ]а|для|при|перед|над|под|без|до|"
                      r"через|про|между)[ \t]+[«\"“]?$")
# The subject of an indirect quote ends this close to its verb ("Владимир Путин заявил",
# "Российский лидер также подчеркнул"); further back a person is not the one speaking.
SUBJECT_GAP = 25
# A name this close to its sentence's start is its subject, its topic: "Inflation nightclub owner Martha Tsamis"
TOPIC_WORDS = 4
# A research team, the subject of a finding ("Учёные пришли к выводу", "Тогда учёные предположили"), stands
# for the body it was introduced by ("Учёные из Университета Лондона"); with none it stays unnamed.
# ("Авторы исследования" the golds split on: the team in one, unnamed in another)
RESEARCH_TEAM = re.compile(r"(?<![\w-])(?:[Уу]ч[её]н(?:ые|ых)|[Ии]сследовател(?:и|ей))(?![\w-])")
TEAM_FROM = re.compile(r"(?<![\w-])(?:[Уу]ч[её]ные|[Ии]сследователи|[Сс]пециалисты)[ \t]+(?:из|от)[ \t]+")
TEAM_SUBJECT_WORDS = 3  # "Тогда учёные", "Позднее исследователи также"
# Nouns by which a report names the outlet it cites ("Как сообщает издание", "По данным издания"): the source
# last cited, usually named just before ("пишет портал Apple Insider"); "по данным СМИ" names no one.
OUTLET_KINDS = ("издани", "портал", "газет", "телеканал", "агентств", "outlet", "newspaper", "broadcaster")
# ... and by which it names the press office or statement of the source it cites ("Об этом сообщает пресс-служба
# УФСБ. «…», — рассказали в пресс-службе", "— говорится в сообщении"): the source last cited as well.
# A report is the same kind of thing: "According to the report, …" after "Sources speaking with Kotaku have
# said" (not "a police report said", a new source); "В отчете отмечается, что" after "Компания Facebook
# представила отчет" (with no source cited yet, the organisation last named, whose report it is).
PRESS_KINDS = re.compile(
    r"(?<![\w-])(?:[Пп]ресс-служб|[Пп]ресс-центр|[Сс]ообщени|[Оо]тч[её]т|[Дд]оклад|[Tt]he[ \t]+report(?!er))")
# An English verb of saying that ends its attribution ('”, Colau said.', '” Smith told reporters'): followed by a
# stop, a comma or a preposition, not by an object of its own ('” Johnson says Labour’s policy is vague': anew)
EN_VERB_CLOSES = re.compile(r"[ \t]*(?:[.,;:!?)—–-]|$|(?:in|on|at|to|during|after|before|from|via|later|earlier|today|"
                            r"yesterday|last|this|when|while|as|of|him|her|them|us|me|reporters)(?![\w-]))")
GLUED_STOP = re.compile(r"(?<=[»”\"\w])[.!?…](?=[A-ZА-ЯЁ][a-zа-яё])")  # "знала».Как": a scraper's joined paragraphs
# Sources an article leaves unnamed on purpose ("— сообщил источник", '", a source told'): the quote is theirs, not
# the last person named (often whom the quote is about)
UNNAMED_SOURCES = frozenset("источник источники собеседник собеседники инсайдер инсайдеры source sources insider insiders "
                            "official officials aide aides".split())
# Documents a quote is read from ("— указано в распоряжении", "— говорится в постановлении"): an order, not a person
DOCUMENT_KINDS = re.compile(r"(?<![\w-])(?:[Рр]аспоряжени|[Пп]остановлени|[Пп]риказ[еау]?(?![\w-])|[Уу]каз[еау]?(?![\w-])|"
                            r"[Дд]окумент|[Рр]ешени[иея](?![\w-])|[Зз]аконопроект)")
# "в пресс-службе администрации (города)": the office and the body's lower-case genitive name after it
PRESS_OFFICE = re.compile(r"[Пп]ресс-служб[аеыу][ \t]+(?P<whose>[а-яё]+(?:и|а|я|ы|ов|ей)(?:[ \t]+[а-яё]+(?:а|я|и|ы|ов))?)(?![\w-])")
ADJECTIVE = re.compile(r"(?:ого|его|ое|ее|ая|яя|ий|ый|ой|ые|ие|ых|их|ую|юю)$")  # "российского агентства"
KIND_SUBJECT_WORDS = 4  # "В банке также", "The club": a subject this short is the kind noun's phrase
# A role opening a subject (see references.ROLE_SUBJECT_WORDS) is the whole subject, a few words long: in
# "President Donald Trump was at … for what the White House said" the role opens a sentence whose subject is another
ROLE_SUBJECT_LENGTH = 4
RU_VERB_AT = re.compile(r"[а-яё]", re.I)  # where the verb of a Russian attribution after a quote starts
# Words an attribution after a quote holds besides its source: "— добавил затем", '” he later said'
ATTRIBUTION_ADVERBS = frozenset("также затем потом позже позднее ещё еще тогда уже тут же и а then later also again "
                                "further earlier today yesterday".split())


def with_speakers(text: str, lines: Lines, found: Spans, mentions: Names, organisations: Names, others: Names,
                main: str | None, teams: Names) -> list[Quote]:
    """The quotes found with their speakers, in text order: a pronoun or an unnamed attribution depends on
    who spoke before, so the speakers are decided one after another."""
    quotes: list[Quote] = []
    antecedents = {m.name for m in mentions.items + others.items}
    previous: str | None = None
    last: str | None = None  # the last source named, of any kind
    unnamed_run = False  # whether the last direct quote's source was someone unnamed ('", the organisers said')
    body_run: str | None = None  # the body the last direct quote is from: '“A,” a spokesperson said. “B.”'
    prior_stop = 0  # where the quote before ends: a name inside it attributes nothing after it
    for quote in found:
        if quote.kind == "direct":
            speaker = _direct_speaker(text, lines, quote.start, quote.stop, mentions, previous,
                                      None if unnamed_run else body_run or main, organisations, others, last,
                                      prior_stop)
            unnamed_run = speaker is None
            body_run = speaker if speaker not in antecedents else None
        elif quote.who:
            speaker = _source(text, quote, mentions, organisations, others, previous, last)
        else:
            speaker = verb_subject(text, lines, quote.start, mentions, organisations, previous, quote.anonymous, last,
                               teams, others)
        prior_stop = quote.stop
        if speaker is _NOBODY:
            continue
        quotes.append(Quote(quote.text, speaker, quote.kind, quote.start, quote.stop))
        last = speaker or last
        if speaker in antecedents or (speaker and person_shaped(speaker)):
            previous = speaker  # an organisation is no antecedent for "он"/"he"; a mistyped person is
        elif quote.kind == "direct":
            previous = None  # a quote of someone unnamed: the quotes after it are not the last person's
    return quotes


def _source(text: str, quote: Found, mentions: Names, organisations: Names, others: Names,
            previous: str | None, last: str | None) -> str | None:
    """Who an attribution names: a person, else the organisation it ends on ("сообщили "Эху Урала" в
    Уралинвестбанке"), else the outlet last cited ("Как сообщает издание"), else a pronoun's antecedent ("it"
    the organisation of the clause), else nobody."""
    lo, hi = quote.who
    person = mentions.first_speaking(text, lo, hi)  # «…», — сказал адвокат Воронцова Игорь Шестаков: the lawyer
    if person:
        return person
    holder = holder_named_by_role(text, quote, mentions, organisations, previous)
    if holder:  # "Об этом последний рассказал", "…, отметил синоптик", "По словам чиновницы" (see ROLE_SUBJECT)
        return holder
    inside = organisations.within(lo, hi)
    if inside:
        return inside[-1].name
    whole = _whole_source(text, others, lo, hi)
    if whole:  # "According to Vogue, …" with Vogue taken for a place: a source as written
        return whole
    words = attribution_words(text[lo:hi])
    kind = organisation_by_kind(words, quote.start, organisations, lo)
    if kind:
        return kind
    if last and len(words) <= KIND_SUBJECT_WORDS and (_headed_by_outlet(words) or PRESS_KINDS.search(text, lo, hi)):
        return last
    # "сообщает газета «Бурятия»", "a report from PageSix.com": the name after the noun
    kind_noun = OUTLET_NOUN.match(text, lo, hi) or REPORT_FROM.match(text, lo, hi)
    written = NAME_AT_START.match(text, kind_noun.end() if kind_noun else lo, hi) if quote.named else None
    if written:  # 'Агентство "Москва"' is written «Москва» in canonical names; '«РИА Новости»' loses its marks
        name = written["name"]
        if name[-1] in "»\"”" and not any(mark in name[:-1] for mark in "«\"“"):
            name = name[:-1]
        return re.sub(r"[\"“]([^\"“”]+)[\"”]", r"«\1»", name)
    if not quote.anonymous:
        return _NOBODY
    return _unnamed_source(text, quote, words, mentions, organisations, previous, last)


def _unnamed_source(text: str, quote: Found, words: list[str], mentions: Names, organisations: Names,
                    previous: str | None, last: str | None) -> str | None:
    """Who an attribution naming no one stands for: the subject before «его»/«её», a pronoun's antecedent, the
    body cited before "их", the organisation of an "it"; else nobody."""
    lo, hi = quote.who
    possessive = next((POSSESSIVE_PRONOUNS[w] for w in words if w in POSSESSIVE_PRONOUNS), None)
    if possessive:  # "X раскритиковал Y. По его словам, …": the subject of the sentence before, named first in it
        starts = [m.end() for m in CLAUSE_START.finditer(text, max(0, lo - MAX_CLAUSE), lo)]
        first = mentions.first_in(starts[-2] if len(starts) > 1 else max(0, lo - MAX_CLAUSE), lo)
        return first or pronoun_antecedent(possessive, lo, mentions, previous)
    pronoun = pronoun_in(text[lo:hi])
    if pronoun:
        return pronoun_antecedent(pronoun, lo, mentions, previous)
    if "их" in words:  # "По их данным, …": a body or outlet cited before, not a person ("эксперты")
        return last if last not in mentions.names else None
    if "it" in words:
        return organisations.first_in(quote.start, quote.stop)
    return None


def _headed_by_outlet(words: list[str]) -> bool:
    """Whether an outlet's kind noun heads the source ("издание", "российского агентства"); in "собеседник
    агентства" it is only whose contact spoke."""
    head = next((i for i, w in enumerate(words) if w.startswith(OUTLET_KINDS)), None)
    return head is not None and all(ADJECTIVE.search(w) for w in words[:head])


def _direct_speaker(text: str, lines: Lines, start: int, stop: int, mentions: Names, previous: str | None,
                    main: str | None, organisations: Names, others: Names,
                    last: str | None, floor: int) -> str | None:
    """Who said a direct quote: a name, pronoun or attribution in the words after it, else in those before it,
    else the speaker of the quotes before (`previous`) or the one the article is about (`main`)."""
    after = (stop, _sentence_end(text, stop, stop + ATTRIBUTION_WINDOW))
    if NEXT_QUOTE.match(text, stop):
        after = (stop, stop)  # '“A. “B …”': the next paragraph of the statement, no attribution
    elif last_mark(text, stop) in ".!?…" and not (  # '…rape!" The attack occurred': a new sentence,
            (attributes := ATTRIBUTION_AFTER.match(text, *after)) and not OWN_STATEMENT.search(text, *after)
            and not EN_INDIRECT.search(text, *after)  # '…life.” Justice X said the resolution was …' reports anew
            and (RU_POST_START.match(attributes[0]) or EN_VERB_CLOSES.match(text, attributes.end()))):
        after = (stop, stop)  # its name no speaker unless it attributes ('…!" Colau said'), not anew ('said that',
        # '…paper.” Johnson says Labour’s policy is too vague')
    head = text[max(0, floor, start - ATTRIBUTION_WINDOW):start]
    cuts = list(ATTRIBUTION_BEFORE_CUT.finditer(head))
    before = (start - len(head) + (cuts[-1].end() if cuts else 0), start)
    mentioned = MENTIONED.search(text, max(0, start - MENTIONED_REACH), start) is not None
    for lo, hi in (after,) if mentioned else (after, before):
        named = mentions.first_speaking(text, lo, hi)
        if named:
            return named
        written = EN_VERB_FIRST.match(text, lo, hi) if lo == stop else None
        if written:  # '”, added Lo Kin-hei, a local councillor': a name entity recognition missed
            return written["name"]
        described = EN_VERB_NOUN.match(text, lo, hi) if lo == stop else None
        if described:  # '”, said a rescuer who pulled her out': no one named, least of all whom the words are about
            return _described_source(text, described, hi, start, mentions, organisations, previous)
        pronoun = pronoun_in(text[lo:hi])
        if pronoun:
            return (_topic_before_quote(text, lines, start, floor, mentions, pronoun)
                    or pronoun_antecedent(pronoun, lo, mentions, previous))
        cited = ACCORDING_AFTER.match(text, lo, hi) if lo == stop else None
        if cited:  # '“It's your turn,” according to the BBC': who reported it, else no one named (police, reports)
            named = [o.name for o in organisations.within(cited.end(), hi) + others.within(cited.end(), hi)]
            return named[0] if named else None
        attribution = ATTRIBUTION_AFTER.match(text, lo, hi) if lo == stop else None
        if attribution:
            # a role ("the prime minister said", "— отметил начальник полиции") is whom the text gave it (see
            # role_holder), a common noun ("— цитирует пиар-менеджера", "the police inspector said") the previous
            # speaker or the last person introduced with a role (holder_given_role): not the article's main person,
            # who may be the victim the words are about. Failing those, the speaker just quoted, whatever the verb's
            # gender: a name's ending may mislead ("профессор Карен Мэдсен … — рассказала профессор").
            verb = RU_VERB_AT.search(attribution[0]) if RU_POST_START.match(attribution[0]) else None
            subject = _attribution_subject(text, attribution, hi, verb is not None)
            role = role_subject(subject[:ROLE_SUBJECT_WORDS]) if verb else english_role(subject)
            if role:
                person = role_holder(role, text, attribution.start() + verb.start() if verb else hi, start, mentions,
                                     previous) or previous
            elif any(w not in ATTRIBUTION_ADVERBS for w in subject):
                person = holder_given_role(_female_verb(verb), text, start, mentions, previous) or previous
            else:
                person = previous or main
            return _attributed_source(text, attribution, hi, start, organisations, others, person, last)
        # an introduction naming a body ("A club statement read: “…”") names the source
        if lo != stop and text[lo:hi].rstrip(" \t`«“„\"'").endswith(":"):
            introduced = organisations.within(lo, hi)
            source = introduced[-1].name if introduced else organisation_by_kind(
                attribution_words(text[lo:hi]), start, organisations)
            if source:
                return source
            role = english_role(attribution_words(text[lo:hi]))
            if role:  # "the prime minister said:" (see role_holder)
                return role_holder(role, text, hi, lo, mentions, previous)
    # a quote standing alone after a sentence whose subject is a person ("On Twitter, Mayor Ada Colau slammed the
    # sentence. “I am not a judge…”"): that person's words, not the last speaker's
    if mentioned:
        return None
    return _topic_before_quote(text, lines, start, floor, mentions) or previous or main


def _female_verb(verb: re.Match[str] | None) -> bool | None:
    """Whether the Russian verb of an attribution tells a woman ("— рассказала"), a man ("— рассказал"), or, in the
    present tense or in English (no verb given), nothing (None)."""
    word = re.match(r"\w+", verb.string[verb.start():]) if verb else None
    return None if word is None else True if word[0].endswith("ла") else False if word[0].endswith("л") else None


def _described_source(text: str, described: re.Match[str], hi: int, start: int, mentions: Names, organisations: Names,
                      previous: str | None) -> str | None:
    """Who '”, said the company', '”, said the minister', '”, said a rescuer' stands for: a body of that kind or
    whose spokesperson speaks, a role's holder (see role_holder), else the previous speaker, none for someone new."""
    words = attribution_words(text[described.end():hi])[:ROLE_SUBJECT_LENGTH]
    body = organisation_by_kind(words[:KIND_SUBJECT_WORDS], start, organisations, described.start())
    if body or any(w in SPOKESPEOPLE for w in words[:KIND_SUBJECT_WORDS]):
        return body or organisations.last_before(start)
    if described["article"] != "the":
        return None
    role = english_role(words[:ROLE_SUBJECT_WORDS])
    return role_holder(role, text, hi, start, mentions, previous) if role else previous


def _attribution_subject(text: str, attribution: re.Match[str], hi: int, verb_first: bool) -> list[str]:
    """The words naming the source in an attribution after a quote, its verb left out: after a Russian verb ("—
    рассказал спасатель"), before an English one ('”, the police inspector said') or after it ('”, said a rescuer')."""
    words = attribution_words(attribution[0])
    if verb_first:
        return attribution_words(text[attribution.end():hi])[:ROLE_SUBJECT_LENGTH]
    return words[:-1] or attribution_words(text[attribution.end():hi])[:ROLE_SUBJECT_LENGTH]


def _attributed_source(text: str, attribution: re.Match[str], hi: int, start: int, organisations: Names,
                       others: Names, person: str | None, last: str | None) -> str | None:
    """The source an attribution after a direct quote names when it names no person. A Russian verb comes
    before its source ("— говорится в сообщении «Гражданского патруля»"), an English one after it ("Cafu told";
    a name of any type there is the speaker, whatever entity recognition took it for)."""
    verb_first = RU_POST_START.match(attribution[0]) is not None
    lo, until = attribution.start(), hi if verb_first else attribution.end()
    inside = [o.name for o in organisations.within(lo, until)]
    if not inside and not verb_first:
        inside = [o.name for o in others.within(lo, until)]
    words = attribution_words(text[lo:until])
    source = inside[-1] if inside else organisation_by_kind(words, start, organisations, lo)
    if not source and any(w in UNNAMED_SOURCES for w in words):
        return None  # "», - сообщил источник": someone unnamed, not the person the quote is about
    if not source and verb_first and DOCUMENT_KINDS.search(text, lo, until):
        return None  # "— указано в распоряжении": the document says it, no person named before it
    if not source and PRESS_KINDS.search(text, lo, until):
        return last or _press_office(text, lo, until)
    if source or PLURAL_SOURCE.search(attribution[0]):
        return source
    if any(w in SPOKESPEOPLE for w in words):  # "a spokesperson said": the body last named speaks
        return organisations.last_before(start)
    if IMPERSONAL.search(attribution[0]):  # "— говорится в сообщении": the statement of the source last cited
        return last
    written = _written_name(attribution[0]) if not verb_first else None
    # a name entity recognition missed ('”, Shipping Minister Khalid Mahmud said', as in an English paragraph of an
    # article read as Russian) is the speaker; a role in the singular ("— сказал министр") the person last named
    return written or person


def _written_name(attribution: str) -> str | None:
    """The capitalised words right before an English verb of saying, after the last title among them: "Khalid
    Mahmud" in ', Shipping Minister Khalid Mahmud said'; None when they are only titles ("the Prime Minister")."""
    words = attribution.split()[:-1]
    run = list(takewhile(lambda w: w[:1].isupper() and w.isalpha(), reversed(words)))[::-1]
    titled = max((i + 1 for i, w in enumerate(run) if w in PERSON_TITLES or w in TITLE_WORDS), default=0)
    name = run[titled:]
    return " ".join(name) if name and name[0] not in ("The", "A", "An") else None


def _press_office(text: str, lo: int, hi: int) -> str | None:
    """A press office named by its kind and whose it is, in the nominative: "сообщили в пресс-службе администрации"
    -> "пресс-служба администрации"; None when it names no one's ("в пресс-службе" alone, "in the report")."""
    office = PRESS_OFFICE.search(text, lo, hi)
    return f"пресс-служба {office['whose']}" if office else None


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """Where the sentence running from lo ends, at hi at the latest (see patterns.ABBREVIATION); a stop glued to the
    next sentence's capitalised word ends it too ("…не знала».Как сообщается": a scraper's joined paragraphs)."""
    cut = next((m.start() for m in SENTENCE_CUT.finditer(text, lo, hi) if not m["abbreviation"]), hi)
    glued = GLUED_STOP.search(text, lo, cut)
    return glued.start() if glued else cut


def verb_subject(text: str, lines: Lines, verb_start: int, mentions: Names, organisations: Names,
             previous: str | None, anonymous: bool, last: str | None = None, teams: Names | None = None,
             others: Names | None = None) -> str | None:
    """Who the verb's subject names: a person or organisation ending just before it, or a pronoun.

    With no such subject the source is unnamed ("Эксперты напоминают, что …"), unless the
    verb needs one to report speech at all.
    """
    line_start = lines.start_before(verb_start)
    # the subject's own sentence, also after a full stop glued to it ("… Быковская.Руководитель … отметила")
    glued = max(line_start, *(text.rfind(mark, line_start, verb_start) + 1 for mark in ".!?…"))
    team = teams.last_before(verb_start) if teams and teams.items else None
    if team and len(text[glued:verb_start].split()) <= TEAM_SUBJECT_WORDS and RESEARCH_TEAM.search(
            text, glued, verb_start):
        return team  # "Учёные из UCL пришли к выводу, что …. Тогда учёные предположили, что …": UCL
    singular = SINGULAR_RU_VERB.match(text, verb_start) is not None

    def subject(m: Person) -> bool:  # the subject of "заявил" is no object of a preposition, nor whose the subject is
        return not possessor(text, m) and (
            not singular or not GOVERNED.search(text, max(line_start, m.start - GOVERNED_REACH), m.start))

    def free(m: Person) -> bool:  # neither governed by a preposition, of either language, nor a noun's complement
        return not any(p.search(text, max(line_start, m.start - GOVERNED_REACH), m.start)
                       for p in (GOVERNED, EN_GOVERNED, COMPLEMENT))

    person = _nearest_before(mentions, subject, text, line_start, verb_start)
    if person:
        return person
    words = text[line_start:verb_start].split()
    pronoun = next((w.lower() for w in words[:1] + words[-3:] if w.lower() in PRONOUNS), None)
    if pronoun:
        return (_subject_before(text, lines, line_start, mentions, pronoun)
                or pronoun_antecedent(pronoun, line_start, mentions, previous))
    subject_words = [w for w in text[glued:verb_start].split() if w[:1].isalnum() and w.lower() != "the"]
    role = role_subject(subject_words[:ROLE_SUBJECT_WORDS]) if len(subject_words) <= ROLE_SUBJECT_LENGTH else None
    holder = role_holder(role, text, verb_start, glued, mentions, previous) if role else None
    if holder:
        return holder
    # an organisation only as the whole subject: "членом ОДКБ, и обратил внимание" is no subject
    organisation = _nearest_before(organisations, subject, text, line_start, verb_start, commas=False)
    if organisation:
        return organisation
    # a name entity recognition took for a place or anything else, right before a verb that reports speech
    # whoever its subject is and neither governed by a preposition nor the complement of a noun, speaks:
    # "Emirates said its app …", "Fuentes said she would …"; not "Muslims in Ayodhya said", "В администрации
    # Кингисеппского района заявили", nor "Emirates has added a new feature"
    other = _nearest_before(others, free, text, line_start, verb_start, commas=False) if others and anonymous else None
    if other:
        return other
    if len(words) <= KIND_SUBJECT_WORDS:
        organisation = organisation_by_kind([w.lower() for w in words], line_start, organisations)
        if organisation:
            return organisation
        if PRESS_KINDS.search(text, line_start, verb_start):  # "В пресс-службе отметили, что"
            return last or organisations.last_before(verb_start)
    return None if anonymous else _NOBODY


def _whole_source(text: str, named: Names, lo: int, hi: int) -> str | None:
    """The name that is the whole source an attribution names ("According to Vogue", "по словам Fuentes"),
    an article before it aside; not one a longer phrase only holds ("сообщили в Москве")."""
    inside = named.within(lo, hi)
    rest = text[lo:hi].strip(" \t,«»\"“”").removeprefix("the ").removeprefix("The ")
    return inside[0].name if len(inside) == 1 and rest == text[inside[0].start:inside[0].stop] else None


def research_teams(text: str, organisations: Names) -> Names:
    """The bodies research teams are introduced by ("Учёные из Университета Лондона"), where they are named."""
    teams = []
    for match in TEAM_FROM.finditer(text):
        body = next(iter(organisations.within(match.end(), match.end() + 1)), None)
        if body:
            teams.append(body)
    return Names(teams)


def _subject_before(text: str, lines: Lines, sentence_start: int, mentions: Names, pronoun: str | None = None) -> str | None:
    """The person who opens the sentence before, as its subject ("Inflation nightclub owner Martha Tsamis also
    settled …. She said …"): a pronoun opening the next sentence stands for that topic before the last speaker,
    when of its gender, which a Latin name may leave to the sentence's own pronouns ("Lily Evans was playing with
    her brother. “…,” he said.": he is not Lily)."""
    if sentence_start < 2:
        return None
    before = lines.start_before(sentence_start - 1)
    first = next(iter(mentions.within(before, sentence_start)), None)
    if first is None or len(text[before:first.start].split()) > TOPIC_WORDS or GOVERNED.search(text, before, first.start):
        return None
    female = looks_female(first.name)
    if female is None and len(mentions.within(before, sentence_start)) == 1:
        female = _told_gender(text[first.stop:sentence_start])
    return first.name if pronoun is None or female in (pronoun in FEMALE_PRONOUNS, None) else None


def _told_gender(sentence: str) -> bool | None:
    """The gender a sentence's pronouns give the one person it names: "with her brother" a woman, "his" a man."""
    words = set(attribution_words(sentence))
    female, male = bool(words & {"she", "her", "hers", "herself"}), bool(words & {"he", "his", "him", "himself"})
    return None if female == male else female


def _topic_before_quote(text: str, lines: Lines, start: int, floor: int, mentions: Names,
                        pronoun: str | None = None) -> str | None:
    """The person who opens the sentence before a quote, when no quote lies in that sentence: in "Shyy later
    released a statement. “We will be outraged,” he wrote." he is Shyy, not the speaker quoted before him."""
    sentence = lines.start_before(start)
    if sentence < 2 or lines.start_before(sentence - 1) < floor:
        return None
    return _subject_before(text, lines, sentence, mentions, pronoun)


def _nearest_before(named: Names, subject: Callable[[Person], bool], text: str, line_start: int, verb_start: int,
                    commas: bool = True) -> str | None:
    """The name that can be a subject ending just before the verb or set off from it by an aside between commas."""
    last = next((m for m in named.backwards(line_start, verb_start) if subject(m)), None)
    if last is None:
        return None
    between = text[last.stop:verb_start]
    if _parenthetical(between) or (verb_start - last.stop <= SUBJECT_GAP and (commas or "," not in between)):
        return last.name
    return None


def _parenthetical(between: str) -> bool:
    """"Галиев, выступая в четверг на коллегии, заявил": only an aside set off by commas between name and verb."""
    between = between.strip()
    return len(between) > 1 and between[0] == between[-1] == "," and "." not in between


def main_person(entities: list[Entity]) -> str | None:
    people = [e for e in entities if e.type == "PER"]
    return max(people, key=lambda e: len(e.mentions)).name if people else None
