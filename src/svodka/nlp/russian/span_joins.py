"""Rules over a text's whole list of spans: natasha tags apart what is one name (an organisation and its place,
area or abbreviation, a street and its noun, abbreviations in a row) and leaves out some names; here neighbours
join and the words around a name complete it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import pairwise

from natasha import MorphVocab
from pymorphy2.analyzer import Parse

from svodka.nlp.aliases import alias_of
from svodka.nlp.russian.name_forms import head_nominative, nominative
from svodka.nlp.russian.span_drops import EPONYM_NOUNS, in_titled_work
from svodka.nlp.russian.span_fixes import SITE_WINDOW
from svodka.nlp.russian.words import (
    CYRILLIC_WORD,
    INSTITUTION_WINDOW,
    PERSON_GRAMMEMES,
    as_written,
    inflect,
    is_abbreviation,
)
from svodka.nlp.span import Span

# Nouns of a street or square before its name ("проспекта Гагарина", "площади Тяньаньмэнь", "ул. Ленина").
STREET_NOUN = re.compile(r"(?:^|(?<=\s))(улиц[аеуыи]|улицей|ул\.|проспект[аеу]?|просп\.|пр-т|площад[иьью]|пл\.|"
                         r"переул(?:ок|ка|ке)|пер\.|бульвар[аеу]?|б-р|шоссе|набережн(?:ая|ой|ую)|наб\.|проезд[аеу]?) $",
                         re.IGNORECASE)
# The area a territorial body serves, after "по": "УМВД России по ЕАО", "Следственного комитета по Челябинской
# области", "УФСБ по Петербургу и области" (the region around the city, named by its noun alone).
AREA_GAP = " по "
AREA_TAIL = re.compile(r" и (?:[А-ЯЁ][а-яё]+(?:ой|ому) )?(?:области|краю|району)\b")  # "и области", "и Ленинградской области"
# A body or site named after a person by a common noun, lower-case, with any relational adjectives before it (their
# "-н-", "-ск-", "-ов-" suffixes: "выставочном зале имени Ваджии Самедовой", "музыкального училища имени Гнесиных";
# not "бывший"), which natasha does not tag. The noun phrase ends where "имени" starts; the person's name follows.
NAMED_AFTER_WORD = re.compile(r"(?:^|\s)(?:имени|им\.)\s*", re.IGNORECASE)
NAMED_AFTER_HEAD = re.compile(r"(?<![А-ЯЁа-яё])((?:[а-яё]+(?:н|ск|цк|ов)(?:ый|ий|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми)\s+)*)([а-яё]+)\s*$")
NAMED_AFTER_PERSON = re.compile(r"(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)?")
NAMED_AFTER_WINDOW = 60  # characters before "имени" searched for the noun phrase
# A settlement named by an adjective agrees with its kind ("в селе Ленинском" → "Ленинское", "хутор Весёлый");
# without its noun, the gender its nominative is written in elsewhere in the text tells it ("в Петровском" where
# the text also writes "Петровское"); else natasha's masculine stands.
SETTLEMENT_GENDERS = {"село": "neut", "посёлок": "masc", "поселок": "masc", "хутор": "masc", "деревня": "femn",
                      "станица": "femn"}
CAPITALISED_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
# Institutions named by their noun and the place they govern ("Правительство Татарстана", "Мэрия Казани"):
# with a capital only; lower-case, the noun is a common one before a place ("при правительстве США").
INSTITUTIONS = {"правительство", "министерство", "мэрия", "администрация", "парламент", "госсовет"}
# A body whose official name is written lower-case: "прокуратура Челябинской области".
LOWER_CASE_BODIES = {"прокуратура"}
# A country's mission abroad is named by its country and its seat, lower-case too: "посольство РФ в США".
MISSIONS = {"посольство", "консульство", "генконсульство", "представительство", "постпредство",
            "диппредставительство", "торгпредство"}
SEAT_GAP = " в "
COORDINATION_GAP = re.compile(r"\s*(?:,|и|или|,\s*и)\s*")  # between the places of a list
# A stretch of road, rail or front between two places, written "перегон Колосовка - Николаев", "на участке
# «Петровское – Богдановка»": its two ends, in the nominative and often quoted, which natasha misses as a pair.
ROUTE_NOUNS = {"участок", "перегон", "трасса", "маршрут", "рейс", "направление", "автодорога", "магистраль"}
ROUTE_PLACE = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
# A name in quote marks, whole: "«Соловья»", '"Каро"'. A quote holding a longer title ("«Соловей поет в Каро»")
# is no mention of the name it opens with, nor is a quote opening one («"Соловей" оставляет зрителям сувениры»,
# the title of another report).
QUOTED = re.compile(r"(?<![«\"„“])[«\"„“]([^«»\"„“”\n]{2,60})[»\"”“]")
ROUTE = re.compile(rf"([а-яё]+)\s+[«\"„“`']*({ROUTE_PLACE})\s*[-–—]\s*({ROUTE_PLACE})(?![\w-])")


def joined_spans(spans: list[Span], text: str, morph_vocab: MorphVocab) -> list[Span]:
    """The text's spans with the names natasha tagged apart joined and the ones it left out added, in this order:
    each rule reads the spans the one before it gave."""
    spans = _with_their_places(_joined_abbreviations(spans, text), text, morph_vocab)
    spans = _with_their_areas(_with_street_nouns(spans, text, morph_vocab), text, morph_vocab)
    spans = _with_settlement_genders(spans, text, morph_vocab)
    spans = _named_abbreviations(_completed_coordinations(spans, text, morph_vocab), text)
    spans = _with_route_ends(_with_named_after_sites(spans, text, morph_vocab), text, morph_vocab)
    return _with_repeated_quoted_names(spans, text, morph_vocab)


def _with_repeated_quoted_names(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"киноцентра «Соловей» … директор «Соловья» … репертуара «Соловья»": natasha tags a name in quotes in one
    place and misses the same written form, quoted the same way, in another. A form it found whole in quotes is
    a name wherever the text quotes it so (every quote is read once: linear in the text), unless the text
    quotes it as the title of a work too ("альбом «F&M»": a title, svodka.nlp.russian.span_drops)."""
    quoted = {s.text: s for s in spans if s.type != "PER" and s.start and QUOTED.fullmatch(text, s.start - 1, s.stop + 1)}
    if not quoted:
        return spans
    starts = [s.start for s in spans]
    added, titles = [], set()
    for quote in QUOTED.finditer(text):
        found = quoted.get(quote[1])
        if found is None:
            continue
        start, stop = quote.span(1)
        if in_titled_work(start, text, morph_vocab):
            titles.add(quote[1])
        if _unfound(start, stop, spans, starts):
            added.append(Span(start, stop, found.type, quote[1], found.normal))
    added = [s for s in added if s.text not in titles]
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _with_route_ends(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"на перегоне Колосовка - Николаев", "участок «Петровское – Богдановка»": the two places a route's noun
    names joined by a dash, as written (a route names its ends in the nominative), added where natasha found
    no name."""
    added: list[Span] = []
    starts = [s.start for s in spans]
    for route in ROUTE.finditer(text):
        if morph_vocab.parse(route[1])[0].normal_form not in ROUTE_NOUNS:
            continue
        for end in (2, 3):
            start, stop = route.start(end), route.end(end)
            if _unfound(start, stop, spans, starts):
                added.append(Span(start, stop, "LOC", route[end], route[end]))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _unfound(start: int, stop: int, spans: list[Span], starts: list[int]) -> bool:
    """Whether no span (sorted, `starts` their starts) overlaps the text from start to stop: of the spans starting
    before its end, only the last few can reach into it (natasha's spans do not overlap), so the check is a binary
    search, not a scan."""
    before_stop = bisect_left(starts, stop)
    return not any(s.stop > start for s in spans[max(0, before_stop - 2):before_stop])


def _with_their_places(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"Союза строителей | Татарстана", "МИД | России", "Законодательного собрания | Приморского края":
    natasha ends an organisation before the place in the genitive that belongs to its name, or misses an
    institution before it. The place joins the organisation just before it, or the institution's noun
    ("Правительство", "мэрии") written before it. Inside the name the place takes its canonical form,
    in the genitive, so that "МИД РФ" and "МИД России" are one ministry."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        genitive = span.type == "LOC" and all(_is_genitive(w, morph_vocab) for w in span.text.split())
        if span.type == "LOC" and previous and _is_mission(previous, morph_vocab) and text[previous.stop:span.start] == SEAT_GAP:
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop],
                           f"{previous.normal}{SEAT_GAP}{span.text}")
            continue
        if genitive and previous and previous.type == "ORG" and text[previous.stop:span.start] == " ":
            # a one-word organisation was put in the nominative with its tags ("Совфеде" → "Совфед")
            head = previous.normal if " " not in previous.text else nominative(previous.text, morph_vocab) or previous.normal
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop],
                           f"{head} {_canonical_genitive(span, morph_vocab)}")
            continue
        if previous and _is_parent(span, previous, text, morph_vocab):
            head = nominative(previous.text, morph_vocab) or head_nominative(previous.text, morph_vocab) or previous.normal
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop], f"{head} {span.text}")
            continue
        word = re.search(r"(?:^|[\s.])([А-ЯЁа-яё]+) $", text[max(0, span.start - INSTITUTION_WINDOW):span.start])
        if genitive and word and _names_institution(word[1], morph_vocab):
            start = span.start - len(word[1]) - 1
            name = text[start:span.stop]
            head = nominative(word[1], morph_vocab) or word[1]
            out.append(Span(start, span.stop, "ORG", name, f"{head[:1].upper()}{head[1:]} {span.text}"))
            continue
        out.append(span)
    return out


def _names_institution(word: str, morph_vocab) -> bool:
    """"Правительство Татарстана", "посольство РФ": the noun of a body named by the place it governs or
    represents. A government or city hall is named so only with its capital ("при правительстве США",
    "администрации Златоуста" are common nouns before a place, as in "жители Златоуста"); a mission's or a
    prosecutor's office's noun names it lower-case, as their official names are written."""
    normal = morph_vocab.parse(word)[0].normal_form
    return normal in MISSIONS | LOWER_CASE_BODIES or normal in INSTITUTIONS and word[0].isupper()


def _is_parent(span: Span, previous: Span, text: str, morph_vocab) -> bool:
    """"Школы медицины | Бостонского университета", "Следственное управление | СК", "Центрального командования |
    ВС США": a unit named by a common noun ("школа", "управление", "командование"), then the body it belongs
    to, in the genitive or abbreviated; natasha tags the two apart. A name ending in a proper noun or an
    abbreviation ("РБК Сбербанк") governs no genitive."""
    last = previous.text.split()[-1]
    if not (span.type == previous.type == "ORG" and text[previous.stop:span.start] == " " and last.islower()
            and CYRILLIC_WORD.fullmatch(last)):
        return False
    words = span.text.split()
    return is_abbreviation(words[0]) or all(_is_genitive(w, morph_vocab) for w in words if CYRILLIC_WORD.fullmatch(w))


def _is_mission(span: Span, morph_vocab) -> bool:
    """An embassy or consulate named by its country ("посольство РФ"), which its seat may follow."""
    first = span.text.split(maxsplit=1)[0]
    return span.type == "ORG" and morph_vocab.parse(first.lower())[0].normal_form in MISSIONS and SEAT_GAP not in span.text


def _with_settlement_genders(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"в селе Ленинском", "в Петровском" (the text writing "Петровское" too): a one-word place named by an
    adjective in the gender of the kind of settlement before it, or of its nominative written in the text
    (the text's capitalised words, gathered once: linear in the text)."""
    written: set[str] | None = None
    out = []
    for span in spans:
        adjective = None
        if span.type == "LOC" and CYRILLIC_WORD.fullmatch(span.text):
            adjective = next((p for p in morph_vocab.parse(span.text) if {"ADJF", "sing"} <= p.tag.grammemes), None)
        if adjective is None:
            out.append(span)
            continue
        noun = re.search(r"(?:^|\s)([а-яё]+) $", text[max(0, span.start - INSTITUTION_WINDOW):span.start])
        gender = SETTLEMENT_GENDERS.get(morph_vocab.parse(noun[1])[0].normal_form) if noun else None
        if gender is None:
            written = set(CAPITALISED_WORD.findall(text)) if written is None else written
            gender = next((g for g in ("neut", "femn") if _gendered(adjective, g, span.text) in written), None)
        out.append(replace(span, normal=_gendered(adjective, gender, span.text)) if gender else span)
    return out


def _gendered(adjective: Parse, gender: str, written: str) -> str | None:
    """The adjective's nominative singular in `gender`, capitalised as written."""
    form = inflect(adjective, {"nomn", "sing", gender})
    return as_written(written, form.word.rsplit("-", 1)[-1]) if form else None


def _with_named_after_sites(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"в выставочном зале имени Ваджии Самедовой": a body or site named after a person by a common noun and
    "имени", which natasha leaves out, added as an organisation (a street, a place) named in the nominative
    ("выставочный зал имени Ваджии Самедовой"). Awards ("премия имени Конрада") are no entity; a span natasha
    found there already stays as it is."""
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    added: list[Span] = []
    for anchor in NAMED_AFTER_WORD.finditer(text):
        head = NAMED_AFTER_HEAD.search(text, max(0, anchor.start() - NAMED_AFTER_WINDOW), anchor.start())
        person = NAMED_AFTER_PERSON.match(text, anchor.end())
        if head is None or person is None:
            continue
        noun = morph_vocab.parse(head[2])[0]
        phrase = " ".join((head[1] + head[2]).split())
        normal = nominative(phrase, morph_vocab) if "NOUN" in noun.tag and noun.normal_form not in EPONYM_NOUNS else None
        start, stop = head.start(1), person.end()
        # the spans that may overlap: those starting before the end, the last few of which can reach in
        near = spans[max(0, bisect_left(starts, start) - 1):bisect_left(starts, stop)]
        if normal is None or any(s.stop > start and s.type != "PER" for s in near):
            continue
        kind = "LOC" if STREET_NOUN.search(f" {head[2]} ") else "ORG"
        added.append(Span(start, stop, kind, text[start:stop], f"{normal}{text[head.end(2):stop]}"))
    if not added:
        return spans
    inside = {id(s) for a in added for s in spans[bisect_left(starts, a.start):bisect_left(starts, a.stop)]}
    return sorted([s for s in spans if id(s) not in inside] + added, key=lambda s: s.start)


def _named_abbreviations(spans: list[Span], text: str) -> list[Span]:
    """"Камчатская группа реагирования на вулканические извержения (KVERT)", "Центрального командования ВС США
    (CENTCOM, …)": a name of several words, then an abbreviation opening a bracket, which natasha tags apart. The
    abbreviation, in whatever script, is the name's own and takes its normal form (a person's bracket holds a
    party, "Иван Петров (ЛДПР)"; a one-word place's, a body of it, "США (CDC)")."""
    out = list(spans)
    for i, (previous, span) in enumerate(pairwise(spans), start=1):
        if (previous.type != "PER" and " " in previous.text and is_abbreviation(span.text)
                and text[previous.stop:span.start].strip() == "(" and text[span.stop:span.stop + 1] in (")", ",")):
            out[i] = Span(span.start, span.stop, previous.type, span.text, previous.normal)
    return out


def _joined_abbreviations(spans: list[Span], text: str) -> list[Span]:
    """"СЧ СУ УМВД": a department of a department of a ministry, written as abbreviations one after another;
    natasha tags each as an organisation of its own. Abbreviations separated by a space only are one name."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if (previous and previous.type == span.type == "ORG" and is_abbreviation(previous.text.split()[-1])
                and is_abbreviation(span.text.split()[0]) and text[previous.stop:span.start] == " "):
            out[-1] = Span(previous.start, span.stop, "ORG", text[previous.start:span.stop], f"{previous.normal} {span.normal}")
            continue
        out.append(span)
    return out


def _with_their_areas(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"УМВД России | по | ЕАО", "Следственного комитета | по | Челябинской области": a territorial body is named
    by the area it serves, in the dative after "по", which natasha tags as a place apart. The place joins the
    organisation before it, as written (it keeps its case inside the name), with "и области" or "и Ленинградской
    области" after a city (the region's own span then goes: it is part of the body's name)."""
    out: list[Span] = []
    joined_stop = -1
    for span in spans:
        if span.start < joined_stop:
            continue
        previous = out[-1] if out else None
        if not (previous and previous.type == "ORG" and span.type == "LOC" and text[previous.stop:span.start] == AREA_GAP):
            out.append(span)
            continue
        tail = AREA_TAIL.match(text, span.stop)
        stop = tail.end() if tail else span.stop
        head = nominative(previous.text, morph_vocab) or previous.normal
        out[-1] = Span(previous.start, stop, "ORG", text[previous.start:stop], f"{head}{text[previous.stop:stop]}")
        joined_stop = stop
    return out


def _with_street_nouns(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"проспекта Гагарина", "площади Тяньаньмэнь": a name after the noun of a street or square is that street,
    named with its noun (a street named after Гагарин is no person). natasha tags the name alone, as a person
    or a place; the noun joins it in the nominative, the name keeps its case ("улица Гагарина"). A place of
    several words after the noun is a place in its own right ("набережная Кольского залива"), as is a town."""
    out = []
    for span in spans:
        noun = STREET_NOUN.search(text, max(0, span.start - SITE_WINDOW), span.start)
        if noun is None or noun.end() != span.start or span.type == "ORG" or span.type == "LOC" and (
                " " in span.text or _is_settlement(span.text, morph_vocab)):
            out.append(span)
            continue
        word = noun[1]
        parse = next((p for p in morph_vocab.parse(word.lower()) if "NOUN" in p.tag), None)
        form = inflect(parse, {"nomn", "sing"}) if parse and not word.endswith(".") else None
        head = form.word if form else word
        out.append(Span(noun.start(1), span.stop, "LOC", text[noun.start(1):span.stop], f"{head} {span.text}"))
    return out


def _is_settlement(word: str, morph_vocab) -> bool:
    """A town or country the dictionary knows ("Киева", "Москвы"): after a street's noun, the place the street
    is in ("главную улицу Киева", "на улицы Москвы"), not its name; streets are named after people and
    things, or by an adjective of a town ("Киевская улица"). A town that is a surname too ("Гагарина") is
    the person the street is named after."""
    parses = morph_vocab.parse(word)
    return any("Geox" in p.tag for p in parses) and not any(PERSON_GRAMMEMES & p.tag.grammemes for p in parses)


def _canonical_genitive(place: Span, morph_vocab) -> str:
    """The place as written ("Приморского края"), or its canonical name in the genitive when it has one
    ("РФ" → "России")."""
    canonical = alias_of(place.normal)
    if canonical == place.normal or " " in canonical:
        return place.text
    parse = next((p for p in morph_vocab.parse(canonical.lower()) if "Geox" in p.tag), None)
    form = inflect(parse, {"gent"}) if parse else None
    return as_written(canonical, form.word) if form else place.text


def _is_genitive(word: str, morph_vocab) -> bool:
    """Whether the word can be a genitive ("Казани" is one of three cases)."""
    return any(p.tag.case == "gent" for p in morph_vocab.parse(word))


def _completed_coordinations(spans: list[Span], text: str, morph_vocab) -> list[Span]:
    """"Свердловской, Челябинской и Тюменской областях": each adjective is a whole place name
    ("Свердловская область"), its noun given once, at the end of the list."""
    out = list(spans)
    for i, span in enumerate(spans):
        if " " in span.text or not _is_adjective(span.text, morph_vocab):
            continue
        for previous, following in zip(spans[i:], spans[i + 1:]):
            if not COORDINATION_GAP.fullmatch(text[previous.stop:following.start]):
                break
            words = following.text.split()
            if len(words) >= 2 and _is_adjective(words[0], morph_vocab):
                normal = nominative(f"{span.text} {words[-1]}", morph_vocab)
                if normal:
                    out[i] = Span(span.start, span.stop, following.type, span.text, normal)
                break
            if len(words) > 1 or not _is_adjective(following.text, morph_vocab):
                break
    return out


def _is_adjective(word: str, morph_vocab) -> bool:
    parses = morph_vocab.parse(word)
    return bool(parses) and "ADJF" in parses[0].tag
