"""One canonical name per real-world entity within an article.

natasha already normalises inflections ("Путина" → "Путин"). Here mentions are
grouped: a surname alone joins the full name introduced earlier ("Путин" →
"Владимир Путин"), and the longest normal form of a group names it.
"""

from __future__ import annotations

from svodka.model import Entity, Mention
from svodka.nlp.russian import Span


def canonical_entities(spans: list[Span]) -> list[Entity]:
    """Group entity spans under canonical names, most mentioned first."""
    entities: dict[tuple[str, str], Entity] = {}
    full_names: dict[str, str] = {}  # surname (lower) -> full name, for PER
    for span in spans:
        name = " ".join(span.normal.split())
        if not _plausible(name):
            continue
        if span.type == "PER":
            words = name.split()
            if len(words) >= 2:
                full_names.setdefault(words[-1].lower(), name)
            else:
                name = full_names.get(name.lower(), name)
        key = (span.type, name.lower())
        entity = entities.setdefault(key, Entity(name=name, type=span.type))
        entity.mentions.append(Mention(span.start, span.stop, span.text))
    _fold_surnames(entities, full_names)
    return sorted(entities.values(), key=lambda e: (-len(e.mentions), e.name))


def _fold_surnames(entities: dict[tuple[str, str], Entity], full_names: dict[str, str]) -> None:
    """A surname seen before its full name still joins it."""
    for key in [k for k in entities if k[0] == "PER" and " " not in k[1]]:
        full = full_names.get(key[1])
        if full and ("PER", full.lower()) in entities and ("PER", full.lower()) != key:
            entities[("PER", full.lower())].mentions.extend(entities.pop(key).mentions)


def _plausible(name: str) -> bool:
    """natasha sometimes tags a number or a stray symbol run; those are no entity."""
    letters = sum(c.isalpha() for c in name)
    return letters >= 2 and letters >= len(name.replace(" ", "")) * 0.6
