"""What an article is about, as weighted terms: the input of same-event similarity.

One flat dict per article (persisted as the store's `terms` column) carries every
signal grouping needs, each kind of term marked by its first character:

    "лемма"        lemma of title, lead or body; headline ×HEADLINE_WEIGHT, lead ×LEAD_WEIGHT
    "^лемма"       lemma of the headline alone (headline similarity, its navec vector)
    "@per:путин"   an entity: PER by surname (so "Путин" meets "Владимир Путин"),
                   LOC and ORG by their canonical name
    "#150млн"      a number with its unit;  "=2020-05-12"  a date the text names

Keeping them in one dict keeps the store schema unchanged and lets one document
frequency table give every kind of term its IDF.
"""

from __future__ import annotations

import math
from collections import Counter

from svodka.model import Analysis, Article

HEADLINE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
LEAD_SENTENCES = 2
STOP_LEMMAS = set(
    "быть этот тот весь свой который мочь также год такой один другой наш ваш его её их так "
    "сказать заявить отметить сообщить rt said say".split()
)
TITLE, ENTITY, NUMBER, DATE = "^", "@", "#", "="
MARKS = TITLE + ENTITY + NUMBER + DATE

Vector = dict[str, float]


def term_counts(article: Article, analysis: Analysis) -> dict[str, float]:
    """Weighted term counts of one article (the raw material of its vectors)."""
    counts: Counter[str] = Counter()
    title_stop = len(article.title) if article.title else 0
    body_index = 0
    for sentence in analysis.sentences:
        lemmas = [lemma for lemma in sentence.lemmas if len(lemma) > 1 and lemma not in STOP_LEMMAS]
        in_title = _title_share(sentence.start, sentence.stop, title_stop, len(lemmas))
        for lemma in lemmas[:in_title]:
            counts[lemma] += HEADLINE_WEIGHT
            counts[TITLE + lemma] += 1
        if in_title < len(lemmas) or not lemmas:
            weight = LEAD_WEIGHT if body_index < LEAD_SENTENCES else 1.0
            body_index += 1
            for lemma in lemmas[in_title:]:
                counts[lemma] += weight
    for entity in analysis.entities:
        counts[entity_term(entity.name, entity.type)] += len(entity.mentions)
    for number in analysis.numbers:
        counts[f"{NUMBER}{number.value:g}{number.unit}"] += 1
    for date in analysis.dates:
        if date.date:
            counts[DATE + date.date] += 1
    return dict(counts)


def entity_term(name: str, kind: str) -> str:
    words = name.lower().split() or [""]
    return f"{ENTITY}{kind.lower()}:{words[-1] if kind == 'PER' else ' '.join(words)}"


def _title_share(start: int, stop: int, title_stop: int, lemmas: int) -> int:
    """How many of a sentence's lemmas come from the headline.

    The segmenter may glue a headline without a final stop to the first sentence,
    so the share is estimated from the characters of the sentence inside the headline.
    """
    if start >= title_stop:
        return 0
    if stop <= title_stop + 1:
        return lemmas
    return round(lemmas * (title_stop - start) / max(1, stop - start))


def is_word(term: str) -> bool:
    return term[:1] not in MARKS


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
