"""Unique details inside shared facts: a name or a number only one source gives.

Two outlets may tell the same fact while one adds who asked the question or how many
there were; sentence alignment calls the fact shared, so the names and numbers that no
other source mentions anywhere are reported as that source's unique details.
"""

from __future__ import annotations

from collections import defaultdict

from svodka.compare.align import Fact, Members, Unit, number_key
from svodka.model import Difference
from svodka.nlp.aliases import english_name
from svodka.nlp.translit import name_key


def mentioned(members: Members, source_of: dict[str, str]) -> dict[str, set[str]]:
    """Every name key and number each source gives anywhere in its articles."""
    found: dict[str, set[str]] = defaultdict(set)
    for article, analysis in members:
        found[source_of[article.id]] |= {key for e in analysis.entities for key in _name_keys(e.key, e.name)}
        found[source_of[article.id]] |= {number_key(n.value) for n in analysis.numbers}
    return found


def unique_details(fact: Fact, mentions: dict[str, set[str]]) -> list[Difference]:
    """Per sentence of a shared fact, the names and numbers no other source gives, shown with that sentence."""
    if len(fact.sources) < 2:
        return []
    found = []
    for source in fact.sources:
        elsewhere = set().union(*(names for other, names in mentions.items() if other != source))
        for unit in (u for u in fact.units if u.source == source):
            details = [text for keys, text in _details(unit) if not keys & elsewhere]
            if details:
                articles = sorted({u.article for u in fact.units if u.source == source})
                found.append(Difference("unique", f"{', '.join(dict.fromkeys(details))} — {unit.shown}", articles))
    return found


def _details(unit: Unit) -> list[tuple[set[str], str]]:
    """Each name and number of the sentence with the keys another source would give it by."""
    names = [(_name_keys(key, name), name) for key, name in unit.entity_names.items()
             if name.lower() not in unit.outlet.lower()]
    return names + [({number_key(n.value)}, n.text.strip()) for n in unit.numbers]


def _name_keys(key: str, name: str) -> set[str]:
    """A name's keys whatever type the analyser gave it in each report: "Kelvin Hall" is a person ("hall", by the
    surname) in one report and an organisation ("kelvin hall") in the other, and is one detail of both."""
    return {key.partition(":")[2] or key or name.lower(), name_key(english_name(name))}
