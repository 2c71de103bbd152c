"""What an article is about, as weighted lemmas: the input of same-event similarity.

The headline and the lead say what happened; the body adds detail shared by many
events. So headline lemmas count HEADLINE_WEIGHT times, lead lemmas LEAD_WEIGHT times.
Entity names count as terms too, in their canonical form, so "Путина" in one outlet
and "Владимир Путин" in another meet.
"""

from __future__ import annotations

import math
from collections import Counter

from svodka.model import Analysis, Article

HEADLINE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
LEAD_SENTENCES = 2
ENTITY_WEIGHT = 1.0
STOP_LEMMAS = set(
    "быть этот тот весь свой который мочь также год такой один другой наш ваш его её их так "
    "сказать заявить отметить сообщить rt said say".split()
)

Vector = dict[str, float]


def term_counts(article: Article, analysis: Analysis) -> dict[str, float]:
    """Weighted lemma counts of one article (the raw material of its TF-IDF vector)."""
    counts: Counter[str] = Counter()
    title_stop = len(article.title) if article.title else 0
    body_index = 0
    for sentence in analysis.sentences:
        if sentence.stop <= title_stop + 1:
            weight = HEADLINE_WEIGHT
        else:
            weight = LEAD_WEIGHT if body_index < LEAD_SENTENCES else 1.0
            body_index += 1
        for lemma in sentence.lemmas:
            if len(lemma) > 1 and lemma not in STOP_LEMMAS:
                counts[lemma] += weight
    for entity in analysis.entities:
        counts["@" + entity.name.lower()] += ENTITY_WEIGHT * len(entity.mentions)
    return dict(counts)


def tfidf(counts: dict[str, float], df: dict[str, int], documents: int) -> Vector:
    """Sublinear TF times smoothed IDF, L2-normalised."""
    vector = {
        term: (1 + math.log(count)) * (math.log((documents + 1) / (df.get(term, 0) + 1)) + 1)
        for term, count in counts.items()
        if count > 0
    }
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {term: w / norm for term, w in vector.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(term, 0.0) for term, w in a.items())
