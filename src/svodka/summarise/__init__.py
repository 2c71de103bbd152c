"""Summarise: a story's title, cited summary, key entities, quotes and timeline.

`title` picks the headline that best represents the story, `summary` the facts that
cover it without repeating (each citing every article stating it), `timeline` the
dated facts; key entities and quotes are gathered here.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from svodka.compare import Members
from svodka.model import StoryEntity, StoryQuote
from svodka.nlp.aliases import type_of
from svodka.nlp.russian import with_yo
from svodka.summarise.summary import story_language, story_summary
from svodka.summarise.timeline import story_timeline
from svodka.summarise.title import story_title

__all__ = ["story_entities", "story_quotes", "story_summary", "story_timeline", "story_title"]


def story_entities(members: Members) -> list[StoryEntity]:
    """Entities of the story, the most widely reported first; not the story's own outlets, named in their reports
    or in each other's ("сообщает Городской курьер"). Each is named as the reports in the story's majority
    language write it (Rishi Sunak in a story told mostly in English, Риши Сунак in one told mostly in Russian)."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: dict[tuple[str, str], list[tuple[bool, str]]] = defaultdict(list)  # (in another language, name)
    outlets = {article.outlet for article, _ in members if article.outlet}
    majority = story_language(members)
    for article, analysis in members:
        for entity in analysis.entities:
            if entity.type == "ORG" and any(names_outlet(entity.name, outlet) for outlet in outlets):
                continue
            key = (entity.type, entity.key or entity.name.lower())  # Путин and Putin share a key
            found[key].add(article.id)
            written[key].append((analysis.language != majority, entity.name))
    _fold_lone_surnames(found, written)
    names = {key: with_yo(_majority_name(forms), [name for _, name in forms]) for key, forms in written.items()}
    by_name: dict[tuple[str, str], tuple[str, str]] = {}  # one line per name: "BIWTA"'s key and the long name's
    for key in sorted(found, key=lambda k: -len(found[k])):
        same = by_name.setdefault((key[0], names[key]), key)
        if same != key:
            found[same] |= found.pop(key)
    ranked = sorted(found.items(), key=lambda item: (-len(item[1]), names[item[0]]))
    return [StoryEntity(names[key], key[0], sorted(ids)) for key, ids in ranked]


def _majority_name(forms: list[tuple[bool, str]]) -> str:
    """The name the reports in the story's majority language write most ("Лунёв" kept by `with_yo` if any printed it),
    the first written on a tie; the other reports' when none of those names the entity."""
    names = [name for other, name in forms if not other] or [name for _, name in forms]
    return Counter(names).most_common(1)[0][0]


def _fold_lone_surnames(found: dict[tuple[str, str], set[str]], written: dict[tuple[str, str], list]) -> None:
    """"Trump" typed a place in a report that names him by surname only joins "Donald Trump" of another report:
    a one-word name keyed as a person's surname is that person, unless it is a known place ("Georgia")."""
    for key in [k for k in found if k[0] != "PER" and ("PER", k[1].replace(k[0], "PER", 1)) in found]:
        if all(" " not in name and type_of(name, "") != "LOC" for _, name in written[key]):
            person = ("PER", key[1].replace(key[0], "PER", 1))
            found[person] |= found.pop(key)
            written[person] += written.pop(key)


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
