"""Sentence alignment across a story's articles: which sentences tell the same fact.

Two sentences of different articles are aligned when the overlap of their content
lemmas (weighted Jaccard over lemma sets) reaches ALIGN_THRESHOLD. Reprints — near
copies of another member — are collapsed before alignment, so a copied sentence does
not count as a second source.
"""

from __future__ import annotations

from dataclasses import dataclass

from svodka.model import Analysis, Article

ALIGN_THRESHOLD = 0.45
MIN_LEMMAS = 4  # shorter sentences ("Подробнее.") carry no comparable fact


@dataclass
class Unit:
    """A body sentence of one article, ready to be compared."""

    article: str
    outlet: str
    text: str
    lemmas: frozenset[str]


@dataclass
class Fact:
    """Sentences of several articles that state the same thing."""

    units: list[Unit]

    @property
    def articles(self) -> list[str]:
        return sorted({unit.article for unit in self.units})

    @property
    def outlets(self) -> list[str]:
        return sorted({unit.outlet for unit in self.units})


def sentence_units(article: Article, analysis: Analysis) -> list[Unit]:
    outlet = article.outlet or article.id
    title_end = len(article.title) + 1 if article.title and not article.text.startswith(article.title) else 0
    return [
        Unit(article.id, outlet, s.text, frozenset(s.lemmas))
        for s in analysis.sentences
        if s.start >= title_end and len(set(s.lemmas)) >= MIN_LEMMAS
    ]


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter sentence's lemmas found in the other (paraphrases drop words)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b)) * 0.5 + len(a & b) / len(a | b) * 0.5


def align(units: list[Unit]) -> list[Fact]:
    """Greedy single-link alignment: each sentence joins the best fact from another article."""
    facts: list[Fact] = []
    for unit in units:
        best, best_score = None, ALIGN_THRESHOLD
        for fact in facts:
            if unit.article in fact.articles:
                continue
            score = max(overlap(unit.lemmas, other.lemmas) for other in fact.units)
            if score >= best_score:
                best, best_score = fact, score
        if best is None:
            facts.append(Fact([unit]))
        else:
            best.units.append(unit)
    return facts
