"""Unique details inside shared facts: a name or a number only one source gives.

Two outlets may tell the same fact while one adds who asked the question or how many
there were; sentence alignment calls the fact shared, so the names and numbers that no
other source mentions anywhere are reported as that source's unique details.
"""

from __future__ import annotations

from collections import defaultdict

from svodka.compare.align import Fact, Members, Unit, number_key
from svodka.model import Difference


def mentioned(members: Members, source_of: dict[str, str]) -> dict[str, set[str]]:
    """Every name key and number each source gives anywhere in its articles."""
    found: dict[str, set[str]] = defaultdict(set)
    for article, analysis in members:
        found[source_of[article.id]] |= {_entity_key(e.key, e.name) for e in analysis.entities}
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
            details = [text for key, text in _details(unit) if key not in elsewhere]
            if details:
                articles = sorted({u.article for u in fact.units if u.source == source})
                found.append(Difference("unique", f"{', '.join(dict.fromkeys(details))} — {unit.shown}", articles))
    return found


def _details(unit: Unit) -> list[tuple[str, str]]:
    names = [(key, name) for key, name in unit.entity_names.items() if name.lower() not in unit.outlet.lower()]
    return names + [(number_key(n.value), n.text.strip()) for n in unit.numbers]


def _entity_key(key: str, name: str) -> str:
    return key or name.lower()
