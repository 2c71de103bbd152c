"""Unique details inside shared facts: a name or a number only one source gives.

Two outlets may tell the same fact while one adds who asked the question or how many
there were; sentence alignment calls the fact shared, so the names and numbers that no
other source mentions anywhere are reported as that source's unique details.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from svodka.compare.align import Fact, Members, Unit, number_key, pooled_sources
from svodka.compare.values import (
    Dispute,
    Reading,
    dates_agree,
    numbers_agree,
    printed_figures,
    readings,
    standing_behind,
)
from svodka.compare.wording import tells_content, tells_time
from svodka.model import Difference
from svodka.nlp import article_text
from svodka.nlp.aliases import english_name
from svodka.nlp.translit import name_key

CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|а|но|и|однако)\s|;\s")  # where a coordinated clause begins
MIN_CLAUSE_CHARS = 40  # an opening shorter than this ("Он приехал, и …") states too little to be the shared fact
DAY = "@"  # a resolved date among a source's mentions, apart from name keys and numbers ("#12")
MIN_NAME_WORD = 3  # letters of a name's word that identify it: "НБН" ("nbn") does, "de", "of" do not
PRINTED = "~"  # a word a source prints, keyed as a name (`name_key`), apart from the names its analysis found
WORD = re.compile(r"[^\W\d_]{3,}")
# "a dozen cars", «дюжина машин»: twelve, as another report's "Twelve cars" or "12" gives it (a number word of no
# count of its own, so `nlp.numbers` leaves it; "dozens" is many, not 12).
DOZEN = re.compile(r"(?<![\w-])(?:a|one|about a|around a|some)\s+dozen(?![\w-])|(?<![\w-])дюжин[аеуы]?(?![\w-])",
                   re.IGNORECASE)
MIN_INFLECTED_STEM = 6  # letters two differently inflected keys must share: "oblastn…" does, "sud…" is too short to tell
INFLECTION = 2  # letters a Russian case ending adds to a name's key: «Зареченска» / "Zarechensk", «Шторма» / «Шторм»


def mentioned(members: Members, source_of: dict[str, str]) -> dict[str, set[str]]:
    """Every name key, number and resolved date (as "@2026-03-14") each source (pooled by outlet, as `align` pools
    them) gives anywhere in its articles; a
    number also when printed in digits where the analysis reads none ("79" of «в возрасте 79 и 73 лет», "73" of
    «73 года», taken for a year): the other report's "79 лет" is no detail of its own; and 12 when it says "a dozen"
    (`DOZEN`), so another's "Twelve cars" is none either."""
    found: dict[str, set[str]] = defaultdict(set)
    pooled = pooled_sources(source_of, {article.id: article.outlet or article.id for article, _ in members})
    for article, analysis in members:
        source = pooled[article.id]
        found[source] |= {key for e in analysis.entities for key in _name_keys(e.key, e.name)}
        found[source] |= {number_key(n.value) for n in analysis.numbers}
        found[source] |= {number_key(value) for _, _, value in printed_figures(article_text(article))}
        found[source] |= {number_key(12.0) for _ in DOZEN.finditer(article_text(article))}
        found[source] |= {DAY + d.date for d in analysis.dates if d.date}
        found[source] |= {PRINTED + name_key(english_name(word)) for word in WORD.findall(article_text(article))}
    return found


def unique_details(fact: Fact, mentions: dict[str, set[str]]) -> list[Difference]:
    """Per sentence of a shared fact, the names and numbers no other source gives, shown with that sentence and cited
    to the articles whose sentences of the fact give them all (`_gives`), not to every report of its outlet."""
    if len(fact.sources) < 2:
        return []
    found = []
    for source in fact.sources:
        elsewhere = set().union(*(names for other, names in mentions.items() if other != source))
        shown = set()  # a reprint's copy of the sentence gives the same details: listed once
        for unit in (u for u in fact.units if u.source == source):
            printed_elsewhere = [key for key in elsewhere if key.startswith(PRINTED)]
            own = [(keys, text, printed) for keys, text, printed in _details(unit)
                   if not keys & elsewhere and not any(_printed_as_name(keys, form, printed_elsewhere)
                                                       for form in (text, printed))]
            details = [(text, printed) for _, text, printed in own]
            if details and unit.shown not in shown:
                shown.add(unit.shown)
                articles = sorted({u.article for u in fact.units if u.source == source and _gives(u, own)})
                listed = ", ".join(dict.fromkeys(text for text, _ in details))
                found.append(Difference("unique", f"{listed} — {unit.shown}", articles,
                                        details=_in_sentence(details, unit.shown),
                                        sentence=unit.shown))
    return found


def _printed_as_name(keys: set[str], name: str, printed: list[str]) -> bool:
    """Whether another source prints the name in another form or language, though its analysis found no such name
    there: «Аэропорт Зареченска» beside "Zarechensk airport", «Шторма» beside «Шторм». A person by the surname, any
    other name by any word of it; a number (its keys "#…") never."""
    if any(key.startswith("#") for key in keys):
        return False
    words = [name_key(english_name(word)) for word in WORD.findall(name)]
    words = [w for w in (words[-1:] if len(words) > 1 and all(w[:1].isupper() for w in name.split()) else words)
             if len(w) > MIN_NAME_WORD]
    return any(inflected(word, key[len(PRINTED):]) for word in words for key in printed)


def inflected(a: str, b: str) -> bool:
    """Two keys of one word up to a case ending: one opens the other, at most `INFLECTION` letters longer; or, a long
    word, the two agree but for their last `INFLECTION` letters («Областной» / «областного», "oblastnoi"/"oblastnogo")."""
    short, long = sorted((a, b), key=len)
    stem = len(long) - INFLECTION
    return (len(long) - len(short) <= INFLECTION and len(short) > MIN_NAME_WORD
            and (long.startswith(short) or stem >= MIN_INFLECTED_STEM and short[:stem] == long[:stem]))


def _gives(unit: Unit, details: list[tuple[set[str], str, str]]) -> bool:
    """Whether the sentence gives every one of the details: an outlet's 08:05 report is not cited for the toll its
    18:10 report adds to the same sentence."""
    keys = set().union(*(keys for keys, _, _ in _details(unit)))
    return all(own & keys for own, _, _ in details)


def backing(fact: Fact, disputed_by_unit: dict[int, list[Dispute]], text_of: dict[str, str],
            mentions: dict[str, set[str]]) -> dict[int, set[str]]:
    """For each unit (by id), the sources a claim worded by it may cite: those standing behind it (`values.
    standing_behind`: no other value for its numbers or dates, the same words for its quote) that print its checkable
    content too (`supporting_sources`). The shared difference and the summary both cite by this, so "Всего
    выздоровели 67 373 человека" never cites a report whose aligned sentence gives 94 deaths."""
    behind = standing_behind(fact, disputed_by_unit, text_of)
    read = {id(u): readings(u, text_of) for u in fact.units}  # each unit's numbers read once
    return {id(u): behind[id(u)] & supporting_sources(fact, u, read, mentions) for u in fact.units}


def supporting_sources(fact: Fact, unit: Unit, read: dict[int, list[Reading]],
                       mentions: dict[str, set[str]]) -> set[str]:
    """The fact's sources whose own sentences of the fact print every number of the unit (`read`: `values.readings`,
    counted or bare, dates left out; by value, «281 752» is «281752»; within the hedge tolerance when either is
    hedged), and whose reports give a day agreeing with each of its resolved dates (`values.dates_agree`), whose
    sentences of the fact give each part of the day it names (`wording.tells_time`: «ночью»), and whose reports name
    everyone the unit's shown sentence names (`mentioned`, a name by the keys of any spelling,
    a word of the name enough: "Sokol Kazan" is «Сокол», "Walter Reed … Center" is "… Centre").

    Alignment joins sentences that share most of their words; a detail only one of them prints ("…возросла до 300
    кв. м", "fined 12,000 euros" against "2,000 euros", "in Rawalpindi and Karachi", "ожидается 16 марта") is that
    source's, and a claim carrying it cites that source alone; the others back a shorter wording of the fact in full.
    A name is looked for in the whole report, not the aligned sentence: "Путин заявил" and "глава государства
    заявил" tell one statement (on the seeds, requiring it in the sentence lost every shared fact).
    """
    names = [(keys, printed) for keys, _, printed in _names(unit) if printed in unit.shown]  # not a dateline's city
    found = {unit.source}
    for source in {u.source for u in fact.units} - found:
        values = [v for u in fact.units if u.source == source for v in _printed(u, read)]
        values += [(12.0, True) for u in fact.units if u.source == source for _ in DOZEN.finditer(u.text)]
        days = [key[1:] for key in mentions.get(source, set()) if key.startswith(DAY)]
        if (all(any(numbers_agree(value, hedged, *other) for other in values) for value, hedged in _printed(unit, read))
                and all(any(dates_agree(d.date, day) for day in days) for d in unit.dates if d.date)
                and all(_named_by(keys, printed, mentions.get(source, set())) for keys, printed in names)
                and tells_content(unit, theirs := [u for u in fact.units if u.source == source])
                and tells_time(unit, theirs)):
            found.add(source)
    return found


def _named_by(keys: set[str], printed: str, mentions: set[str]) -> bool:
    """Whether a source gives the name: as a name its analysis found, or in another case where it found none
    («Областной суд» as one report prints it, «пресс-служба областного суда» of the other)."""
    return bool(_words(keys) & _words(mentions)) or _printed_as_name(
        keys, printed, [key for key in mentions if key.startswith(PRINTED)])


def supported_clause(fact: Fact, text_of: dict[str, str],
                     mentions: dict[str, set[str]]) -> tuple[Unit, set[str]] | None:
    """A wording's opening clause two or more sources print in full, with those sources, when no whole wording is:
    "The game turned when … Zorin was sent off for a second booking" of a sentence going on ", and coach Melnikov
    brought on Vasin", against «Перелом случился на 64-й минуте, когда … Зорин получил вторую жёлтую карточку»."""
    read = {id(u): readings(u, text_of) for u in fact.units}
    for unit in fact.units:
        clause = _opening_clause(unit)
        if clause is None:
            continue
        read[id(clause)] = readings(clause, text_of)
        backers = supporting_sources(Fact([clause, *fact.units]), clause, read, mentions)
        if len(backers) >= 2:
            return clause, backers
    return None


def _opening_clause(unit: Unit) -> Unit | None:
    """The unit cut before its first coordinated clause (", and", ", а", ", но", "; "), with only the numbers, dates and
    names inside that part; None when it has none or what is left is too short to state a fact."""
    match = CLAUSE_BREAK.search(unit.text)
    if not match or match.start() < MIN_CLAUSE_CHARS:
        return None
    stop = unit.start + match.start()
    text = unit.text[:match.start()] + "."
    return replace(unit, text=text, stop=stop, numbers=[n for n in unit.numbers if n.stop <= stop],
                   dates=[d for d in unit.dates if d.stop <= stop],
                   date_spans=tuple(span for span in unit.date_spans if span[1] <= stop),
                   entity_names={k: v for k, v in unit.entity_names.items() if unit.entity_printed.get(k, v) in text})


def printing_articles(fact: Fact, unit: Unit, text_of: dict[str, str]) -> set[str]:
    """The fact's articles whose own sentences of it print every number of the unit. An outlet's reports are one
    source (`align.pooled_sources`), backing a wording when either prints it: the one leaving its figure out is not
    cited for it."""
    read = {id(u): readings(u, text_of) for u in fact.units}
    printed: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for other in fact.units:
        printed[other.article] += _printed(other, read)
    return {article for article, values in printed.items()
            if all(any(numbers_agree(value, hedged, *other) for other in values) for value, hedged in _printed(unit, read))}


def _printed(unit: Unit, read: dict[int, list[Reading]]) -> list[tuple[float, bool]]:
    """The unit's numbers as (value, hedged): its readings, or, for a sentence `values.readings` leaves out (a
    recalled earlier report, a hypothetical example: no side of a dispute), the numbers it prints all the same."""
    return [(r.value, r.hedged) for r in read[id(unit)]] or [(n.value, False) for n in unit.numbers]


def _words(keys: set[str]) -> set[str]:
    """The words of name keys that can identify a name ("sokol", "kazan"; not "of", "de")."""
    return {word for key in keys for word in key.split() if len(word) >= MIN_NAME_WORD}


def _details(unit: Unit) -> list[tuple[set[str], str, str]]:
    """Each name and number of the sentence with the keys another source would give it by, its canonical form and
    the form the sentence prints ("Бегайдар", "Бегайдаром")."""
    return _names(unit) + [({number_key(n.value)}, n.text.strip(), n.text.strip()) for n in unit.numbers]


def _names(unit: Unit) -> list[tuple[set[str], str, str]]:
    """The sentence's names other than its outlet's, as `_details` gives them."""
    return [(_name_keys(key, name), name, unit.entity_printed.get(key, name)) for key, name in unit.entity_names.items()
            if name.lower() not in unit.outlet.lower()]


def _in_sentence(details: list[tuple[str, str]], sentence: str) -> list[str]:
    """Each detail once, as the shown sentence prints it and in its order, so a reader is shown it there; one the
    sentence does not print as found (a name in a dateline the sentence is shown without) by its own name, after."""
    printed = {form: sentence.find(form) for _, form in details}
    inside = sorted((form for form, at in printed.items() if at >= 0), key=printed.__getitem__)
    return inside + list(dict.fromkeys(name for name, form in details if printed[form] < 0))


def _name_keys(key: str, name: str) -> set[str]:
    """A name's keys whatever type the analyser gave it in each report: "Kelvin Hall" is a person ("hall", by the
    surname) in one report and an organisation ("kelvin hall") in the other, and is one detail of both."""
    return {key.partition(":")[2] or key or name.lower(), name_key(english_name(name))}


def detail_segments(sentence: str, details: list[str]) -> list[tuple[str, str]]:
    """The sentence in pieces, ("mark", detail) for each detail it prints and ("same", text) between: a page
    shows the detail highlighted where the sentence gives it (one it does not print, before it)."""
    segments: list[tuple[str, str]] = []
    position = 0
    for detail in details:
        at = sentence.find(detail, position)
        if at < 0:
            segments[:0] = [("mark", detail), ("same", " — ")]
            continue
        segments += [("same", sentence[position:at])] if at > position else []
        segments.append(("mark", detail))
        position = at + len(detail)
    return segments + ([("same", sentence[position:])] if position < len(sentence) else [])
