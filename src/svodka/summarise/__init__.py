"""Summarise: a story's title, cited summary, key entities, quotes and timeline.

`title` picks the headline that best represents the story, `summary` the facts that
cover it without repeating (each citing every article stating it), `timeline` the
dated facts; key entities and quotes are gathered here.
"""

from __future__ import annotations

from collections import defaultdict

from svodka.compare import Members
from svodka.model import StoryEntity, StoryQuote
from svodka.nlp.russian import with_yo
from svodka.summarise.summary import story_summary
from svodka.summarise.timeline import story_timeline
from svodka.summarise.title import story_title

__all__ = ["story_entities", "story_quotes", "story_summary", "story_timeline", "story_title"]


def story_entities(members: Members) -> list[StoryEntity]:
    """Entities of the story, the most widely reported first; not the story's own outlets, named in their reports
    or in each other's ("сообщает Городской курьер")."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str], str] = {}
    outlets = {article.outlet for article, _ in members if article.outlet}
    for article, analysis in members:
        for entity in analysis.entities:
            if entity.type == "ORG" and any(names_outlet(entity.name, outlet) for outlet in outlets):
                continue
            key = (entity.type, entity.key or entity.name.lower())  # Путин and Putin share a key
            found[key].add(article.id)
            names[key] = with_yo(names.get(key, entity.name), [entity.name])  # "Лунёв" if any report printed it
    ranked = sorted(found.items(), key=lambda item: (-len(item[1]), names[item[0]]))
    return [StoryEntity(names[key], key[0], sorted(ids)) for key, ids in ranked]


def names_outlet(name: str, outlet: str) -> bool:
    """"Sputnik" for Sputnik Таджикистан, "Sputnik.kz" for Sputnik.kz: an outlet signing a report ("сообщает
    корреспондент Sputnik") or crediting another, no actor of the story (nor weight for its rank)."""
    name, outlet = name.casefold(), outlet.casefold()
    return name == outlet or outlet.startswith(name + " ")


def story_quotes(members: Members) -> list[StoryQuote]:
    """Every member's quotes, each with the article it came from, so a reader can check it in place."""
    return [
        StoryQuote(quote.text, quote.speaker, quote.kind, article.id)
        for article, analysis in members
        for quote in analysis.quotes
    ]
