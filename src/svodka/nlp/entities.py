"""One canonical name per real-world entity within an article.

natasha already normalises inflections ("Путина" → "Путин"). Here mentions are
grouped: a surname alone joins the full name introduced earlier ("Путин" →
"Владимир Путин"), a short place name the long one ("Петербург" → "Санкт-Петербург"),
an abbreviation the long form it abbreviates (named by the abbreviation, which is
what most outlets write), and a role standing alone the person it names ("глава
государства" → "Владимир Путин"). Each entity gets a transliteration key so that
Путин and Putin meet across articles.

The outlet crediting itself in the dateline ("KAZAN, March 5 (Kazan Daily) -") is not
an entity: it names who reports, not what is reported, and would tie together every
story one outlet covers. The dateline's place and the headline's names are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from svodka.clean.text import DATELINE
from svodka.model import Entity, Mention
from svodka.nlp.aliases import abbreviates, alias_of, is_abbreviation, type_of
from svodka.nlp.russian import woman_surname, with_yo
from svodka.nlp.span import Span
from svodka.nlp.titles import NamedSpan, title_mentions
from svodka.nlp.translit import entity_key
from svodka.nlp.vocabulary import ORG_WORDS

Groups = dict[tuple[str, str], Entity]
PLACE_PREPOSITIONS = {"in", "at", "from", "near", "to", "into", "outside", "в", "во", "из", "под", "около", "возле"}
PLACE_WINDOW = 12  # characters before a mention searched for its preposition
# Words that make a longer place name another place than its last word: a new town, a district, a
# sister city ("Новая Москва", "Нижний Новгород", "Старый Оскол", "New York", "Greater Manchester").
DISTINCT_PLACE_WORDS = {"новая", "новый", "новое", "старая", "старый", "старое", "большая", "большой", "малая", "малый",
                        "нижний", "нижняя", "верхний", "верхняя", "северный", "южный", "западный", "восточный",
                        "new", "old", "greater", "little", "lower", "upper", "north", "south", "east", "west"}
# Nouns naming a kind of settlement just before its name ("the town of Manresa", "в городе Сатка", "г. Сатка"):
# the name after them is the place, whatever longer name or surname shares its word.
PLACE_NOUNS = {"town", "city", "village", "port", "province", "город", "города", "городе", "городу", "городом", "г.",
               "село", "села", "селе", "поселок", "поселка", "поселке", "посёлок", "деревня", "деревне", "деревни"}
# Nouns naming a region, only in lower case: "the state of Victoria", "county of Kent" ("Secretary of State Ivo Petit"
# capitalises a title).
REGION_NOUNS = {"state", "county", "region", "district", "island"}
# Legal forms closing a company's name: "SoftBank Corp" is a whole name, another company than "SoftBank Group Corp".
LEGAL_SUFFIXES = {"corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "co.", "ag", "sa", "se", "nv", "bv", "gmbh"}
KIND_WORDS = ORG_WORDS - LEGAL_SUFFIXES  # words saying what kind of body a name is ("Group", "Robotics")
# A credit's label just before a name: the outlet or agency that supplied the text or picture, not the story's.
CREDIT_LEAD = re.compile(r"\b(?:[Ии]сточник|[Фф]ото|[Вв]идео|[Ss]ource|[Pp]hoto|[Vv]ideo)\s*[:—–]\s*[«\"“]?$")
CREDIT_LIST = re.compile(r"[»\"”]?\s*[/,;]\s*[«\"“]?")  # between two credits: "Иван Орлов/ РГ", "ТАСС, РИА Новости"
# A copyright line signing the text: "Оттава, Иван Орлов © 2019, РИА «День»". The byline before the sign (names,
# commas and spaces only between it and the sign) and the holder after it, on the sign's line.
COPYRIGHT = "©"
BEFORE_COPYRIGHT = re.compile(rf"[\w\s,.«»\"-]{{0,60}}?{COPYRIGHT}")
SENTENCE_END = re.compile(r"[.!?…]\s+[А-ЯЁA-Z]")
# A text signed off by a few words with no full stop after its last sentence: "Иван Орлов «Вестник»", "«Фонтанка.ру»",
# "Поддержи Znak.com" (the golds' signatures run 1-3 words; their shortest closing sentence without a name, 3).
SIGNATURE_WORDS = 4
SENTENCE_BREAKS = (". ", "? ", "! ", "… ", "\n")
# A closing phrase opened by a preposition names the report's source, part of the text: "По материалам «Телеграфа»".
ATTRIBUTION = re.compile(r"(?:по|из|со|с|от|на|в|при|according|from|via)\b", re.IGNORECASE)
CLOSING_MARKS = "»\"”“'"
COPYRIGHT_WINDOW = 60  # characters before a name searched for the sign: "© 2019, РИА «" runs 13
# A patronymic closing a name ("Татьяна Юрьевна", "Иван Петрович"); surnames in -ович are told apart by
# needing a full name with the same first name in the article.
PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична)$")
LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")  # a word written in lower case: a common noun, verb…
LATIN = re.compile(r"^[a-z]")  # a name written in the Latin script, read by the English rules
INITIAL = re.compile(r"[А-ЯЁA-Z]\.")  # "Д." of "Назарбаевой Д. Н."
STRAY_OPENING = "\"«„“ "
QUOTE_MARKS = frozenset("\"«„“'")  # a set: "" (nothing before the text's start) is in every str, in no set
# A quote closed before the words saying who said it: «…», — сказал; «…» — пишет; "…," the agency said
SPEECH_CLOSED = re.compile(r"[»\"”“]\s*,?\s*(?:[—–-]\s*)?[а-яёa-z]")
# A name in capitals opening a paragraph, then a spaced dash and the lead: "DHAKA - A ferry sank…", AP's dateline
# typed with a hyphen (clean.text.DATELINE takes only an em dash after capitals, to tell the lead from an outlet).
CAPS_DASH = re.compile(r"[ \t]+[-—–][ \t]+[A-Z\"“]")
DATELINE_PARAGRAPHS = 4
DATELINE_REACH = 120  # characters read for a dateline after a quote mark: "САНКТ-ПЕТЕРБУРГ, 12 марта /Северная правда/ —"  # the headline, then up to three header paragraphs (clean looks at three)


@dataclass
class Dateline:
    """The lead "KAZAN, March 5 (Kazan Daily) -": where the report was filed, and who filed it."""

    start: int
    stop: int
    credit: tuple[int, int] | None  # the outlet's own name


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening one of the first paragraphs, with offsets into `text`."""
    offset = 0
    for paragraph in text.split("\n")[:DATELINE_PARAGRAPHS]:
        # a body handed over in quote marks ('"ПЕРМЬ, 17 мая. /ТАСС/. …') opens with them; reported speech quoting a
        # wire's lead ('«МОСКВА, 12 марта /ТАСС/ — …», — цитирует агентство министра') closes them before its speaker
        skip = len(paragraph) - len(paragraph.lstrip(STRAY_OPENING))
        match = None if skip and SPEECH_CLOSED.search(paragraph) else DATELINE.match(paragraph[skip:])
        if match:
            start = offset + skip
            group = next((g for g in ("outlet", "outlet2", "outlet3") if match.groupdict().get(g)), None)
            credit = (start + match.start(group), start + match.end(group)) if group else None
            return Dateline(start, start + match.end(), credit)
        offset += len(paragraph) + 1
    return None


def canonical_entities(spans: list[Span], text: str = "", english: bool = False) -> list[Entity]:
    """Group entity spans under canonical names, most mentioned first."""
    entities: Groups = {}
    full_names: dict[str, str] = {}  # surname (lower) -> full name, for PER
    dateline = find_dateline(text)
    credit_stop = -1  # where the last credited name ended: a list of credits goes on after it
    signature = _signature_start(text)
    for span in spans:
        if dateline and dateline.credit and span.start < dateline.credit[1] and span.stop > dateline.credit[0]:
            continue  # the outlet crediting itself is the source, not a name in the story
        if (CREDIT_LEAD.search(text, max(0, span.start - PLACE_WINDOW), span.start)
                or credit_stop >= 0 and CREDIT_LIST.fullmatch(text, credit_stop, span.start) or _on_copyright_line(span, text)
                or signature is not None and span.start >= signature):
            credit_stop = span.stop
            continue  # "Источник: РИА Новости", "Фото: Иван Орлов/ РГ": who supplied the report or the picture
        name = alias_of(" ".join(span.normal.split()), span.type)
        if not _plausible(name):
            continue
        if is_dateline_place(span.start, span.stop, text):
            span = Span(span.start, span.stop, "LOC", span.text, span.text)
            name = alias_of(name.title(), "LOC")
        kind = "LOC" if span.type != "LOC" and _after_place_noun(span.start, text) else type_of(name, span.type)
        span = Span(span.start, span.stop, kind, span.text, span.normal)
        if span.type == "PER":
            name = _person_name(name, span, full_names)
        key = (span.type, name.lower())
        entity = entities.setdefault(key, Entity(name=name, type=span.type))
        entity.mentions.append(Mention(span.start, span.stop, span.text))
    _fold_types(entities)
    _fold_surnames(entities, full_names, text)
    _fold_patronymics(entities)
    _fold_short_places(entities)
    _fold_short_names(entities, text)
    _fold_shortened_names(entities)
    _fold_abbreviations(entities)
    if text:
        _add_titles(entities, text, english)
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: m.start)
        entity.key = entity.key or entity_key(entity.name, entity.type)
        entity.name = _written_abbreviation(entity) or with_yo(entity.name, [m.text for m in entity.mentions if m.kind == "name"])
    return sorted(_folded_keys(list(entities.values()), english), key=lambda e: (-len(e.mentions), e.name))


def _folded_keys(entities: list[Entity], english: bool) -> list[Entity]:
    """One entity per key across scripts: "Abdul Karim" and "Абдул Карим", "Meghna River" and "Мегхна" in a text
    written in both languages. Within one script the folds above have joined what they should: people share a key
    by surname (two Trumps in one text are two people), and the golds keep "КНР" and "Китай" apart. The name most
    mentioned wins, on a tie the one in the script of the text's language."""
    by_key: dict[tuple[str, str], list[Entity]] = {}
    for entity in entities:
        by_key.setdefault((entity.type, entity.key), []).append(entity)
    folded = []
    for group in by_key.values():
        group.sort(key=lambda e: (-len(e.mentions), _in_latin(e.name) != english, e.mentions[0].start))
        kept = [group[0]]
        for entity in group[1:]:
            target = next((k for k in kept if _in_latin(k.name) != _in_latin(entity.name)), None)
            if target:
                target.mentions = sorted(target.mentions + entity.mentions, key=lambda m: m.start)
            else:
                kept.append(entity)
        folded += kept
    return folded


def _in_latin(name: str) -> bool:
    """Whether a name is written in Latin letters, judged by its first character (a name is written in one script;
    one that opens with a digit or a mark counts as not Latin)."""
    return bool(LATIN.match(name.lower()))


def _person_name(name: str, span: Span, full_names: dict[str, str]) -> str:
    """A person's name as the article gives it in full: a full name is remembered by its surname (in `full_names`),
    and a surname alone, initials dropped, takes the full name an earlier mention gave."""
    words = [w for w in name.split() if not INITIAL.fullmatch(w)]
    if len(words) == 1 and words[0] != name:  # "Назарбаевой Д. Н.": a surname after initials
        name = woman_surname(words[0]) or words[0]
    if len(words) >= 2:
        full_names.setdefault(words[-1].lower(), name)
        return name
    woman = (woman_surname(span.text.split()[0]) or "").lower()
    return full_names.get(name.lower()) or full_names.get(woman) or name


def _written_abbreviation(entity: Entity) -> str | None:
    """"РФ", "ЕС", "US", "МИД РФ": an abbreviation the table expands, alone or closing an organisation's name,
    when the text only ever writes it so. Outlets write "РФ" and "Россия" by habit, and a text naming the
    country only "РФ" names it so; the key stays the expanded name's, so that the entity still meets "Россия",
    "Russia" and "МИД России" in other reports."""
    forms = {m.text for m in entity.mentions if m.kind == "name"}
    form = forms.pop() if len(forms) == 1 else ""
    words, named = form.split(), entity.name.split()
    if not words or not is_abbreviation(words[-1]) or alias_of(words[-1]) == words[-1]:
        return None
    if len(words) == 1:
        return form if alias_of(form) == entity.name else None
    # the organisation's name put in the nominative, with the place it closes with written back as the text has it
    spelt_out = len(named) == len(words) and not is_abbreviation(named[-1])
    return " ".join(named[:-1] + words[-1:]) if spelt_out else None


def _fold_types(entities: Groups) -> None:
    """One name, one type: natasha types "Волгакредитбанк" by each form's ending (person, place, organisation);
    the type most of its mentions got wins (on a tie, the first seen)."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for key in entities:
        by_name.setdefault(key[1], []).append(key)
    for keys in by_name.values():
        keys.sort(key=lambda k: -len(entities[k].mentions))
        for key in keys[1:]:
            _merge(entities, key, keys[0])


def _fold_surnames(entities: Groups, full_names: dict[str, str], text: str) -> None:
    """A surname seen before its full name still joins it."""
    # any type: a lone surname the rules could not tell from a place ("Svetlova") is still the person's
    # …but not a word the text names as a settlement ("the town of Manresa" is no "Manada de Manresa")
    # …nor a name always written in quote marks: «Соловья» is the cinema its director Юрий Соловей runs
    for key in [k for k in entities if " " not in k[1] and not all(m.text.isupper() for m in entities[k].mentions)
                and not any(_after_place_noun(m.start, text) for m in entities[k].mentions)
                and not all(_quoted(m, text) for m in entities[k].mentions)]:
        full = full_names.get(key[1])
        if full and ("PER", full.lower()) in entities and ("PER", full.lower()) != key:
            _merge(entities, key, ("PER", full.lower()))


def _fold_patronymics(entities: Groups) -> None:
    """"Татьяна Юрьевна" joins "Татьяна Быковская": a first name and patronymic, as Russian addresses a person
    named in full before, is the one person named before with that first name and a surname (a surname in
    -ович written first, "Сергей Богданович", is a name of its own)."""
    by_first_name: dict[str, list[tuple[str, str]]] = {}  # an index: linear in names
    for key in [k for k in entities if k[0] == "PER" and len(k[1].split()) >= 2 and not PATRONYMIC.search(k[1])]:
        by_first_name.setdefault(key[1].split()[0], []).append(key)
    for key in [k for k in entities if k[0] == "PER" and len(k[1].split()) == 2 and PATRONYMIC.search(k[1])]:
        fuller = [k for k in by_first_name.get(key[1].split()[0], [])
                  if _first_start(entities[k]) < _first_start(entities[key])]
        if len(fuller) == 1:
            _merge(entities, key, fuller[0])


def _first_start(entity: Entity, body: int = 0) -> int:
    """Where the entity is first mentioned from `body` on (before it, when it is mentioned only there)."""
    return min((m.start for m in entity.mentions if m.start >= body), default=min(m.start for m in entity.mentions))


def _fold_short_places(entities: Groups) -> None:
    """"Петербург" joins "Санкт-Петербург": a one-word place that ends a longer place name, unless the longer
    name sets a place apart from it ("Новая Москва", "Нижний Новгород", "New York" are not "Москва"…)."""
    for key in [k for k in entities if k[0] == "LOC" and " " not in k[1] and "-" not in k[1]]:
        longer = [k for k in entities if k[0] == "LOC" and k != key and k[1].replace(" ", "-").split("-")[-1] == key[1]
                  and not _another_place(k)]
        if len(longer) == 1:
            _merge(entities, key, longer[0])


def _another_place(key: tuple[str, str]) -> bool:
    """A place name whose other word sets it apart from the one-word name it contains ("Новая Москва")."""
    return key[0] == "LOC" and bool(DISTINCT_PLACE_WORDS & set(key[1].replace("-", " ").split()))


def _fold_short_names(entities: Groups, text: str) -> None:
    """"Sokol" joins "Sokol Kazan", "Nordlight" "Nordlight Robotics": a one-word name opening exactly one longer
    name (a person's, only another person's); "Uragan" joins "Uralsky Uragan": one closing exactly one longer
    name of its type."""
    body = text.find("\n") + 1  # the body's own order: a headline shortens every name
    common_words = set(LOWER_CASE_WORD.findall(text))
    for key in [k for k in entities if " " not in k[1] and not is_abbreviation(entities[k].name)]:
        longer = [k for k in entities if k != key and " " in k[1] and (k[0] == key[0] or key[0] != "PER")
                  and key[1] in (k[1].split()[0], k[1].split()[-1] if k[0] == key[0] else None) and not _another_place(k)]
        # "Line" is "Line Corp" (its name and legal form), whatever else opens with it ("Line Pay")
        legal = [k for k in longer if len(k[1].split()) == 2 and k[1].split()[-1] in LEGAL_SUFFIXES]
        # a word the text uses as a place ("KAZAN," "in Kazan") opening a name is that place, not a short form,
        # unless the name is a company's legal one: no place is "Line Corp" ("shares in Line", "to SoftBank")
        if not legal and any(_used_as_place(m, text) for m in entities[key].mentions):
            continue
        longer = legal or longer
        if LATIN.search(key[1]):  # English: "Emirates" before "Emirates Skywards" is no short form of it
            first = _first_start(entities[key], body)
            longer = [k for k in longer if k[0] == "PER" or k[1].split()[0] != key[1] or _names_a_kind(k[1], entities)
                      or _first_start(entities[k], body) < first and not _names_a_part(k[1], common_words)]
        if len(longer) == 1:
            _merge(entities, key, longer[0])


def _names_a_kind(longer: str, entities: Groups) -> bool:
    """An English name is the short form of a longer one it opens whose other words only say what kind of body it is
    ("Nordlight Robotics", "Line Corp", "Alibaba Group") or where it is ("Sokol Kazan"), or of one introduced
    before it ("Real Madrid … Real", see `_names_a_part`); other words written after it name a unit, product or
    programme of its own ("Waze … Waze Android", "Anthem … Anthem Next"). A last word naming the kind makes the
    words before it say what sort of that kind ("Liverpool Football Club"); a legal form closing the name says
    nothing of that sort ("Eni International BV" is no kind of "Eni")."""
    rest = longer.split()[1:]
    return (bool(rest) and rest[-1] in KIND_WORDS
            or all(w in ORG_WORDS or w in LEGAL_SUFFIXES or ("LOC", w) in entities for w in rest))


def _names_a_part(longer: str, common_words: set[str]) -> bool:
    """A longer name that is a part of the body its first word names, not that body written out: a word the text
    also writes as a common noun ("the Apple Store … the store" is a shop of Apple's), or a legal form closing
    a name whose other words are not all kind words ("Eni International BV" is a subsidiary of Eni's; a short
    form drops the kind word or legal form, not the words telling the body apart)."""
    rest = longer.split()[1:]
    return any(w in common_words for w in rest) or rest[-1] in LEGAL_SUFFIXES


def _fold_shortened_names(entities: Groups) -> None:
    """"Законодательное собрание" joins "Законодательное собрание Приморского края", "Йеллоустонский парк"
    "Йеллоустонский национальный парк": an organisation or place of several words, written again with
    words left out, is the one longer name of its type that opens with the same word and holds all of its
    words in order. "Walter Reed" after "Walter Reed National Medical Center" is the centre, whatever type
    the short form got: the opening words of a name introduced before. A name closed by its legal form
    ("SoftBank Corp") is whole: another company than "SoftBank Group Corp"."""
    containing = _names_by_word(k for k in entities if k[0] != "PER" and " " in k[1])
    for key in [k for k in entities if " " in k[1] and k[1].split()[-1] not in LEGAL_SUFFIXES]:
        words = key[1].split()
        first = min(m.start for m in entities[key].mentions)
        # a longer name holds every word of this one, so the names holding its rarest word are all there is to try
        candidates = min((containing.get(w, []) for w in words), key=len)
        longer = [k for k in candidates if k in entities and k != key and k[1].split()[0] == words[0] and (
            k[0] == key[0] != "PER" and _in_order(words, k[1].split())
            or k[0] != "PER" and k[1].split()[:len(words)] == words and len(k[1].split()) > len(words)
            and min(m.start for m in entities[k].mentions) < first)]
        if len(longer) == 1:
            _merge(entities, key, longer[0])


def _names_by_word(keys: Iterable[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """Each word -> the names holding it, in the order given: an index that keeps name folding linear in names."""
    index: dict[str, list[tuple[str, str]]] = {}
    for key in keys:
        for word in dict.fromkeys(key[1].split()):
            index.setdefault(word, []).append(key)
    return index


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether `words` appear in `longer`, in order, and `longer` has more."""
    rest = iter(longer)
    return len(longer) > len(words) and all(w in rest for w in words)


def _fold_abbreviations(entities: Groups) -> None:
    """The long form joins its abbreviation, whatever type natasha gave either. News spells a body out once
    and abbreviates it after ("Electronic Arts" … "EA", "Еврейской автономной области" … "ЕАО"): the entity
    keeps the long name, and the abbreviation still gives its key, so that NATO meets НАТО across articles."""
    for short in [k for k in entities if is_abbreviation(entities[k].name)]:
        for long in [k for k in entities if " " in k[1] and abbreviates(entities[short].name, entities[k].name)]:
            if long in entities and short in entities:
                # a person's names are not abbreviated to capitals in news: a long form typed PER by its shape
                # takes the abbreviation's type
                kind = entities[short].type if long[0] == "PER" else long[0]
                target = entities.setdefault((kind, long[1]), Entity(entities[long].name, kind))
                target.key = entity_key(entities[short].name, kind)
                _merge(entities, short, (kind, long[1]))
                if long != (kind, long[1]):
                    _merge(entities, long, (kind, long[1]))


def _add_titles(entities: Groups, text: str, english: bool) -> None:
    people = [NamedSpan(m.start, m.stop, e.name) for e in entities.values() if e.type == "PER" for m in e.mentions]
    places = [NamedSpan(m.start, m.stop, e.name) for e in entities.values() if e.type == "LOC" for m in e.mentions]
    bodies = [NamedSpan(m.start, m.stop, e.name) for e in entities.values() if e.type == "ORG" for m in e.mentions]
    for title in title_mentions(text, people, places, english, bodies):
        entities[("PER", title.person.lower())].mentions.append(Mention(title.start, title.stop, title.text, "role"))


def _merge(entities: Groups, source: tuple[str, str], target: tuple[str, str]) -> None:
    entities[target].mentions.extend(entities.pop(source).mentions)


def _used_as_place(mention: Mention, text: str) -> bool:
    """A dateline ("KAZAN, March 8") or a place after a preposition ("in Kazan", "в Казани")."""
    before = text[max(0, mention.start - PLACE_WINDOW):mention.start].split()
    return is_dateline_place(mention.start, mention.stop, text) or _after_place_noun(mention.start, text) or (
        bool(before) and before[-1].lower() in PLACE_PREPOSITIONS)


def _signature_start(text: str) -> int | None:
    """Where a signature closing the text starts (its author, outlet or a plea to support it: no name in the
    story), or None when the text ends with a sentence. Never in the headline, the first line."""
    body = text.rstrip()
    cut = max(body.rfind(mark) + len(mark) for mark in SENTENCE_BREAKS)
    closing = body[cut:].strip()
    signed = (closing and len(closing.split()) <= SIGNATURE_WORDS and "\n" in body[:cut] and not ATTRIBUTION.match(closing)
              and not closing.rstrip(CLOSING_MARKS).endswith((".", "!", "?", "…", ":")))
    return cut if signed else None


def _on_copyright_line(span: Span, text: str) -> bool:
    """"Оттава, Иван Орлов © 2019, РИА «День»": a place and a name signing the text, and the holder of its
    copyright, on the sign's line."""
    signed = BEFORE_COPYRIGHT.match(text, span.stop)
    if signed is not None and "\n" not in signed[0] and not SENTENCE_END.search(signed[0]):
        return True
    before = text[max(0, span.start - COPYRIGHT_WINDOW):span.start]
    return COPYRIGHT in before and "\n" not in before[before.rindex(COPYRIGHT):]


def _quoted(mention: Mention, text: str) -> bool:
    """Whether the mention opens just after a quote mark: the name of a body, site or title, never a person's."""
    return text[max(0, mention.start - 1):mention.start] in QUOTE_MARKS


def _after_place_noun(start: int, text: str) -> bool:
    """"the town of Manresa", "в городе Сатка": a kind of settlement named just before."""
    before = text[max(0, start - PLACE_WINDOW):start].split()
    if before and before[-1].lower() == "of":
        before = before[:-1]
    return bool(before) and (before[-1].lower() in PLACE_NOUNS or before[-1] in REGION_NOUNS)


def is_dateline_place(start: int, stop: int, text: str) -> bool:
    """"ДУШАНБЕ, 23 дек —", "YEKATERINBURG, March 7": a capitalised place opening a paragraph, or a quote of a
    wire's lead ('сообщило ТАСС, «МОСКВА, 12 марта /ТАСС/ — …»').

    Only the few characters before the name are read (quote marks and spaces may stand between it and the
    line break): asked for every name of a text, reading all that comes before would cost its square.
    """
    if not text[start:stop].isupper():
        return False
    at = start
    while at > 0 and text[at - 1] in STRAY_OPENING:
        at -= 1
    comma = text[stop:stop + 1] == ","
    if at == 0 or text[at - 1] == "\n":  # "WASHINGTON (Reuters) -", "DHAKA - A ferry…" have no comma
        return comma or DATELINE.match(text[start:start + DATELINE_REACH]) is not None or bool(CAPS_DASH.match(text, stop))
    return comma and text[start - 1:start] in QUOTE_MARKS and DATELINE.match(text[start:start + DATELINE_REACH]) is not None


def _plausible(name: str) -> bool:
    """natasha sometimes tags a number or a stray symbol run; those are no entity."""
    letters = sum(c.isalpha() for c in name)
    return letters >= 2 and sum(c.isalnum() for c in name) >= len(name.replace(" ", "")) * 0.6
