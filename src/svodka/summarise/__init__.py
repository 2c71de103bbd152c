"""Summarise: a story's title, cited summary, key entities, quotes and timeline.

The title is the headline of the member most similar to all the others (the most
central report); the summary takes the leads of the articles, most central first,
skipping any sentence that repeats one already chosen, and cites every article whose
sentences state it.
"""

from __future__ import annotations

from collections import defaultdict

from svodka.compare.align import ALIGN_THRESHOLD, overlap, sentence_units
from svodka.model import Analysis, Article, Cited, StoryEntity, StoryQuote, TimelineEvent
from svodka.stories.vectors import cosine

SUMMARY_SENTENCES = 3

Members = list[tuple[Article, Analysis]]


def central_order(members: Members) -> list[int]:
    """Member indexes, most central (most lemma overlap with the rest) first."""
    bags = [{lemma: 1.0 for lemma in analysis.lemmas} for _, analysis in members]
    norms = [max(len(bag), 1) ** 0.5 for bag in bags]
    scores = [
        sum(cosine(bags[i], bags[j]) / (norms[i] * norms[j]) for j in range(len(bags)) if j != i)
        for i in range(len(bags))
    ]
    return sorted(range(len(members)), key=lambda i: -scores[i])


def story_title(members: Members) -> str:
    for index in central_order(members):
        if members[index][0].title:
            return members[index][0].title
    return ""


def story_summary(members: Members) -> list[Cited]:
    units = {article.id: sentence_units(article, analysis) for article, analysis in members}
    chosen: list[Cited] = []
    chosen_lemmas: list[frozenset[str]] = []
    for index in central_order(members):
        article = members[index][0]
        for unit in units[article.id][:2]:
            if any(overlap(unit.lemmas, seen) >= ALIGN_THRESHOLD for seen in chosen_lemmas):
                continue
            citing = sorted(
                other_id for other_id, other_units in units.items()
                if other_id == article.id or any(overlap(unit.lemmas, u.lemmas) >= ALIGN_THRESHOLD for u in other_units)
            )
            chosen.append(Cited(unit.text, citing))
            chosen_lemmas.append(unit.lemmas)
            break
        if len(chosen) == SUMMARY_SENTENCES:
            break
    return chosen


def story_entities(members: Members) -> list[StoryEntity]:
    """Entities of the story, the most widely reported first."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str], str] = {}
    for article, analysis in members:
        for entity in analysis.entities:
            key = (entity.type, entity.name.lower())
            found[key].add(article.id)
            names.setdefault(key, entity.name)
    ranked = sorted(found.items(), key=lambda item: (-len(item[1]), names[item[0]]))
    return [StoryEntity(names[key], key[0], sorted(ids)) for key, ids in ranked]


def story_quotes(members: Members) -> list[StoryQuote]:
    return [
        StoryQuote(quote.text, quote.speaker, quote.kind, article.id)
        for article, analysis in members
        for quote in analysis.quotes
    ]


def story_timeline(members: Members) -> list[TimelineEvent]:
    """Dated events the articles mention, one entry per resolved date."""
    events: dict[str, TimelineEvent] = {}
    for article, analysis in members:
        for ref in analysis.dates:
            if not ref.date:
                continue
            sentence = next((s.text for s in analysis.sentences if s.start <= ref.start < s.stop), ref.text)
            event = events.setdefault(ref.date, TimelineEvent(ref.date, sentence, []))
            if article.id not in event.articles:
                event.articles.append(article.id)
    return [events[key] for key in sorted(events)]
