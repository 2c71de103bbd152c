"""Corrections of one span at a time: natasha's span cut where the name really starts or ends (a describing
word, a kind of organisation before quotes, an unpaired bracket, a paragraph break), split (routes, bracketed
abbreviations) or given the type its words say."""

from __future__ import annotations

import re

from svodka.nlp.aliases import abbreviates
from svodka.nlp.russian.name_forms import head_nominative, nominative
from svodka.nlp.russian.span_drops import DESCRIPTOR_ABBREVIATIONS
from svodka.nlp.russian.words import (
    CYRILLIC_WORD,
    INSTITUTION_WINDOW,
    NAME_GRAMMEMES,
    OPENING_QUOTES,
    ORG_STEMS,
    PERSON_GRAMMEMES,
    RELATIONAL_ADJECTIVE,
    as_written,
    inflect,
)
from svodka.nlp.span import Span

# Legal forms written before an organisation's quoted name ("ООО «Ромашка»", "КГУП «Приморский водоканал»"):
# what kind of company it is, not its name, and outlets differ in giving it.
LEGAL_FORMS = {"ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ГУП", "МУП", "КГУП", "ФГУП", "ГБУ", "МБУ", "АНО", "НКО"}
# marks that end a name only after their opening pair ("ООО «Ромашка»"), with the marks that open them; a wire's
# slashes too ("/ТАСС/" quoted in a report gives "ТАСС/")
CLOSING_PAIRS = {")": "(", "»": "«", "”": "“„", "“": "„", "\"": "\"", "'": "'", "`": "`", "/": "/"}
ROUTE_DASH = re.compile(r"(?<=\w)[—–](?=[А-ЯЁA-Z])")  # "Джубга—Сочи": a road or flight between two places
SITE_WORDS = re.compile(r"(?:\bЖК|стадион\w*|аэропорт\w*|парк\w*|микрорайон\w*|сквер\w*|вокзал\w*|станци\w*)\s*«$")
SITE_WINDOW = 20  # characters before a quoted name searched for the kind of site
# Verbs an outlet publishes by, next to its name: "Корреспондент писал", "сообщает Собеседник", "пишет Обозреватель".
# Outlets are cited in the present (and "писал" of earlier reports); a person is reported in the past ("глава
# района Мельник сообщил"), so «сообщил», «передал» are no outlet's verbs.
PUBLISHING_VERB = r"(?:пиш(?:ет|ут)|писал[аои]?|сообща(?:ет|ют)|переда(?:[её]т|ют)|цитиру(?:ет|ют)|информиру(?:ет|ют))"
PUBLISHING_BEFORE = re.compile(rf"\b{PUBLISHING_VERB}\s+$", re.IGNORECASE)
PUBLISHING_AFTER = re.compile(rf"\s+{PUBLISHING_VERB}\b", re.IGNORECASE)
PUBLISHING_WINDOW = 20  # characters before a name searched for the verb
# The words of a name's clause before it read for a role ("Глава района Мельник", "Художник Кузнец"): a role noun
# and one or two genitives after it ("мэр города", "глава управы района").
ROLE_PHRASE_WORDS = 3
ROLE_PHRASE_WINDOW = 40  # characters before a name searched for them
CLAUSE_BREAK = re.compile(r"[.,;:!?()«»\"“”—–]")
# A name with its abbreviation in brackets after it, which natasha takes as one: "Корпус стражей исламской
# революции (КСИР)". The two are mentions of one body, named by the long form.
BRACKETED_ABBREVIATION = re.compile(r"(?P<name>.*\S)\s*\((?P<short>[A-ZА-ЯЁ][A-ZА-ЯЁ\d-]+)\)$")


def without_descriptor(span: Span, morph_vocab) -> Span:
    """natasha glues a describing word to a name: "самарским Волгакредитбанком", "Самарский Волгакредитбанк",
    "Калининградский «Маяк»", "КГУП «Приморский водоканал»".

    A lower-case first word is never part of a name; a relational adjective ("самарский",
    "екатеринбургский") or a kind of site written short ("ЖК «Весенний»") before a name in quotes, or before a single word that is a proper name (marked
    as one in the dictionary, or not in it), describes it. "Уральский Ураган" keeps its adjective:
    "ураган" is a common noun, so the adjective is the name's own.
    """
    words = span.text.split()
    if len(words) < 2 or not CYRILLIC_WORD.fullmatch(words[0]):
        return span
    relational = RELATIONAL_ADJECTIVE.search(words[0].lower()) is not None or words[0] in DESCRIPTOR_ABBREVIATIONS or words[0] in LEGAL_FORMS
    quoted = relational and words[1].startswith("«")
    describes = words[0].islower() or quoted or (relational and len(words) == 2 and _is_proper(words[1], morph_vocab))
    if not describes:
        return span
    offset = span.text.index(words[1], len(words[0]))
    rest = span.text[offset:]
    if quoted:
        offset, rest = offset + 1, rest[1:].removesuffix("»")
    normal = (nominative(rest, morph_vocab) if span.type != "PER" else None) or " ".join(span.normal.split()[1:]) or rest
    return Span(span.start + offset, span.start + offset + len(rest), span.type, rest, normal.strip("«»"))


def after_person_noun(start: int, text: str, morph_vocab) -> bool:
    """"гражданина Пущина", "сына Иванова", "журналиста Петрова": a lower-case animate common noun just before
    a name says the name is a person's."""
    word = re.search(r"(?:^|\s)([а-яё]+) $", text[max(0, start - INSTITUTION_WINDOW):start])
    parses = morph_vocab.parse(word[1]) if word else []
    return bool(parses) and {"NOUN", "anim"} <= parses[0].tag.grammemes and not NAME_GRAMMEMES & parses[0].tag.grammemes


def quoted_name(span: Span) -> Span:
    """"Агентство «Москва", "Гамбургского театра «Талия": natasha takes the words naming a kind of organisation
    with the name in quotes after them. The name is what the quotes hold, written in the nominative
    whatever the case of the words before it."""
    cut = next((i for i, c in enumerate(span.text) if c in OPENING_QUOTES), 0)
    if not cut or not span.text[:cut].strip():
        return span
    name = span.text[cut + 1:].rstrip("»\"“”")
    if not name.strip():
        return span
    start = span.start + cut + 1
    return Span(start, start + len(name), span.type, name, name)


def with_bracketed_abbreviation(spans: list[Span], morph_vocab) -> list[Span]:
    """"Российская гостиничная ассоциация (РГА)": the name and its abbreviation, two mentions of one body.
    The abbreviation takes the name's normal form when it abbreviates it or the name is a body of several
    words; after a place ("США (CDC)") it names something else and stands alone."""
    out = []
    for span in spans:
        match = BRACKETED_ABBREVIATION.fullmatch(span.text)
        if match is None or not CYRILLIC_WORD.search(match["name"]):
            out.append(span)
            continue
        name, short = match["name"], match["short"]
        normal = nominative(name, morph_vocab) or head_nominative(name, morph_vocab) or name
        out.append(Span(span.start, span.start + len(name), span.type, name, normal))
        start = span.start + match.start("short")
        own = abbreviates(short, normal) or span.type == "ORG" and " " in name
        out.append(Span(start, start + len(short), "ORG" if not own else span.type, short, normal if own else short))
    return out


def substantive_adjective(span: Span, morph_vocab) -> Span:
    """"Для Карымского", "на Садовой": a place named by an adjective alone (its noun, "вулкан", "улица", left
    out) is named in the nominative of its gender ("Карымский"), as natasha leaves an unknown one as written."""
    if span.type == "PER" or " " in span.text or span.normal != span.text or not CYRILLIC_WORD.fullmatch(span.text):
        return span
    parses = morph_vocab.parse(span.text)
    if not parses or not {"ADJF", "sing"} <= parses[0].tag.grammemes or any("NOUN" in p.tag for p in parses):
        return span
    form = inflect(parses[0], {"nomn", "sing"} | ({parses[0].tag.gender} - {None}))
    # the whole word was parsed, a hyphenated prefix ("Южно-") included
    return Span(span.start, span.stop, span.type, span.text, as_written(span.text, form.word.rsplit("-", 1)[-1])) if form else span


def route_ends(span: Span, morph_vocab) -> list[Span]:
    """"трасса Джубга—Сочи": natasha takes a route for one place; its ends are two (each in the nominative,
    as routes are written)."""
    if span.type != "LOC" or not ROUTE_DASH.search(span.text):
        return [span]
    parts, start = [], span.start
    for piece in ROUTE_DASH.split(span.text):
        parts.append(Span(start, start + len(piece), "LOC", piece, nominative(piece, morph_vocab) or piece))
        start += len(piece) + 1
    return parts


def person_after_place(span: Span, morph_vocab) -> list[Span]:
    """"округа Муншигандж Абдул Карим": natasha runs a place and the person after it into one place; from a first
    name in the nominative on (one the dictionary knows as a first name, after the place's first word), the words
    are a person. "улица Льва Толстого" keeps its name: a street's is in the genitive."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", span.text)]
    if span.type != "LOC" or len(words) < 3:
        return [span]
    first_name = next((i for i, (_, word) in enumerate(words) if i and i < len(words) - 1 and word[:1].isupper()
                       and _first_name_nominative(word, morph_vocab)), None)
    if first_name is None:
        return [span]
    cut = words[first_name][0]
    place = span.text[:cut].rstrip()
    return [Span(span.start, span.start + len(place), "LOC", place, nominative(place, morph_vocab) or place),
            Span(span.start + cut, span.stop, "PER", span.text[cut:], span.text[cut:])]


def _first_name_nominative(word: str, morph_vocab) -> bool:
    """A word whose likeliest reading is a first name in the nominative ("Абдул", "Халид")."""
    forms = morph_vocab.parse(word)
    return bool(forms) and {"Name", "nomn"} <= set(str(forms[0].tag).replace(" ", ",").split(","))


def retyped(span: Span, morph_vocab, person: bool) -> Span:
    """A one-word name compounded with an organisation's word ("Волгакредитбанк", "Уралинвестбанке": natasha
    tags them person or place by their ending), or a "person" the dictionary knows only as an organisation
    or place, unless a noun naming a person stands before it ("гражданина Пущина" is a man, not the town Пущино)."""
    if " " in span.text or not CYRILLIC_WORD.fullmatch(span.text):
        return span
    if span.normal.lower().endswith(ORG_STEMS) and span.normal.lower() not in ORG_STEMS:
        return Span(span.start, span.stop, "ORG", span.text, nominative(span.text, morph_vocab) or span.normal)
    if span.type != "PER" or person:
        return span
    grammemes = set().union(*(p.tag.grammemes for p in morph_vocab.parse(span.text)))
    if grammemes & PERSON_GRAMMEMES or not grammemes & {"Orgn", "Geox"}:
        return span
    normal = nominative(span.text, morph_vocab) or span.normal
    return Span(span.start, span.stop, "ORG" if "Orgn" in grammemes else "LOC", span.text, normal)


def common_nouns_retyped(spans: list[Span], text: str, morph_vocab, after_person_nouns: set[int]) -> list[Span]:
    """"Также Корреспондент писал…", "сообщает Собеседник": a "person" named by one capitalised word for a kind of
    person (a role or a trade: корреспондент, обозреватель, собеседник) next to a verb of publishing is no person,
    whom a first name or a surname names, but the outlet titled by the word. Elsewhere such a word may be a
    nickname ("Григорий Карасев (Орлик)", "то ли Деев, то ли Босс"). Not when a noun naming a person stands before
    it (`after_person_nouns`, the spans' starts), nor when a longer person's name of the text ends in it ("Олег
    Ткач … Ткач пишет": surnames that are such nouns, which the dictionary does not mark as surnames)."""
    surnames = {span.normal.split()[-1].lower() for span in spans if span.type == "PER" and " " in span.normal}
    return [Span(span.start, span.stop, "ORG", span.text, span.normal)
            if span.type == "PER" and span.start not in after_person_nouns and span.normal.lower() not in surnames
            and not _after_role_phrase(span.start, text, morph_vocab)
            and (PUBLISHING_BEFORE.search(text, max(0, span.start - PUBLISHING_WINDOW), span.start)
                 or PUBLISHING_AFTER.match(text, span.stop))
            and _names_a_kind_of_person(span.normal, morph_vocab) else span
            for span in spans]


def _after_role_phrase(start: int, text: str, morph_vocab) -> bool:
    """"Глава района Мельник", "Художник Кузнец": a noun naming a person among the few words of the clause before
    a name, capitalised or not, says the name is a person's (a surname that is also a trade's noun)."""
    clause = CLAUSE_BREAK.split(text[max(0, start - ROLE_PHRASE_WINDOW):start])[-1]
    for word in clause.split()[-ROLE_PHRASE_WORDS:]:
        parses = morph_vocab.parse(word.lower()) if CYRILLIC_WORD.fullmatch(word) else []
        if parses and {"NOUN", "anim"} <= parses[0].tag.grammemes and not NAME_GRAMMEMES & parses[0].tag.grammemes:
            return True
    return False


def _names_a_kind_of_person(word: str, morph_vocab) -> bool:
    """A Cyrillic word (no abbreviation) the dictionary knows, in the nominative, first as an animate masculine
    noun, and never as a name. Masculine: the role nouns are, while feminine and inanimate common nouns also serve
    as a person's one name ("Мадонна", the hockey player Пойнт); the nominative: "Кучеров" is a surname before it
    is the coachmen's genitive."""
    if not CYRILLIC_WORD.fullmatch(word) or "-" in word or word.isupper() or not morph_vocab.word_is_known(word.lower()):
        return False
    parses = morph_vocab.parse(word)
    return ({"NOUN", "anim", "masc", "sing", "nomn"} <= parses[0].tag.grammemes
            and not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses))


def sited(span: Span, text: str) -> Span:
    """A name in quotes after a kind of site is that place: "стадион «Заречье»", "ЖК «Весенний»" (natasha reads
    a quoted name as an organisation)."""
    before = text[max(0, span.start - SITE_WINDOW):span.start]
    if span.type == "LOC" or not before.endswith("«") or not SITE_WORDS.search(before):
        return span
    return Span(span.start, span.stop, "LOC", span.text, span.normal)


def _is_proper(word: str, morph_vocab) -> bool:
    """Unknown to the dictionary, or a name in its likeliest reading ("море" is a sea before it is a "Мор")."""
    if not morph_vocab.word_is_known(word.lower()):
        return True
    parses = morph_vocab.parse(word)
    return bool(parses and NAME_GRAMMEMES & parses[0].tag.grammemes)


def balanced(span: Span) -> Span:
    """natasha sometimes takes a mark that opens or closes something after the name ("Алексей Марков (Роберт)"
    gives "Алексей Марков (", "(Эбн-Хакия)" gives "Эбн-Хакия)", AP's ``…`` gives "Аэрофлот``"): a name holds
    a bracket or a quote mark only with its pair, so an unpaired one and what follows it are cut. Checked again
    on each part of a split name: '"Россия-1" (ВГТРК)' loses its opening mark to natasha."""
    text = span.text
    opening = text.find("(")
    if opening > 0 and ")" not in text[opening:]:
        text = text[:opening].rstrip()
    while text and text[-1] in CLOSING_PAIRS and not _paired(text):
        text = text[:-1].rstrip()
    if text == span.text:
        return span
    words = len(text.split())
    normal = " ".join(span.normal.split()[:words]).rstrip("".join(CLOSING_PAIRS) + "(").rstrip()
    return Span(span.start, span.start + len(text), span.type, text, normal or text)


def _paired(text: str) -> bool:
    """Whether the mark closing `text` closes one opened in it (a straight mark: the same mark before its run)."""
    last = text[-1]
    opening = CLOSING_PAIRS[last]
    return last in text.rstrip(last) if opening == last else any(c in text[:-1] for c in opening)


def first_line(span: Span) -> Span:
    """natasha sometimes runs a name across a paragraph break ("Сок\n\nСАМАРА"); a name never does."""
    if "\n" not in span.text:
        return span
    head = span.text.split("\n", 1)[0].rstrip()
    words = len(head.split())
    return Span(span.start, span.start + len(head), span.type, head, " ".join(span.normal.split()[:words]))
