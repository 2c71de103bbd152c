"""How close two sentences are in meaning: shared rare lemmas, or near lemmas in navec.

Exact lemma overlap misses paraphrase ("надеюсь" / "выразил надежду", "встреча" /
"саммит"); navec word vectors bridge it. Each lemma finds its nearest lemma in the
other sentence, and the closeness is averaged with weights for rarity, so sentences that
share only "Путин" and "Казахстан" stay apart. Without vectors the exact overlap alone
decides. English sentences use the English words navec holds (Latin words of Russian text):
weak vectors, but on our corpus they still align English paraphrases (`benchmarks.compare`:
unique precision 0.990, 0.973 without them), unlike story grouping, where they only made
reports of one place alike (svodka.stories.similarity).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from svodka.compare.align import ALIGN_THRESHOLD, COUNTED_SLACK, Unit, overlap


class Vectors(Protocol):
    def __contains__(self, word: str) -> bool: ...
    def __getitem__(self, word: str) -> np.ndarray: ...


def rarity(units: Sequence[Unit], features: Callable[[Unit], frozenset[str]] = lambda unit: unit.features) -> dict[str, float]:
    """Inverse document frequency of each feature over the story's sentences."""
    counts = Counter(feature for unit in units for feature in features(unit))
    return {feature: math.log(1 + len(units) / count) for feature, count in counts.items()}


# Soft (navec) closeness from which two sentences state one fact: on the seeds the
# paraphrased pairs score 0.54–0.80 and different facts of the story at most 0.50.
SOFT_THRESHOLD = 0.52
# Anchor overlap (names, numbers, days, lexicon concepts) from which a Russian and an
# English sentence state one fact: calibrated on the corpus's mixed-language stories.
CROSS_THRESHOLD = 0.45
MIN_HARD_ANCHORS = 1  # shared names, numbers or days: concepts alone ("fire", "new") prove nothing
MIN_ANCHORS = 2  # one shared city name is a setting, not a fact


# A figure two sentences share that tells they state one fact: with its counted noun ("#281752 случай"), or one so
# specific it rarely recurs by chance (not round, 100 or more: «составляет 1706» / «всего в регионе 1706 заболевших»).
# Such a pair is given the margin `align.COUNTED_SLACK` restatements get; benchmarks.compare's figures hold with it, and
# on the tgcontest pairs (benchmarks.compare_real) unique details that another report prints fell from 62 to 46.
SPECIFIC_FIGURE = 100


def _telling_figure(feature: str) -> bool:
    if not feature.startswith("#"):
        return False
    if " " in feature:
        return True
    value = float(feature[1:])
    return value >= SPECIFIC_FIGURE and value % 10 != 0


class SentenceSimilarity:
    """How far two of the story's sentences are past the same-fact line, by exact or soft match."""

    def __init__(self, units: Sequence[Unit], vectors: Vectors | None = None) -> None:
        self.weights = rarity(units)
        self.anchor_weights = rarity(units, lambda unit: unit.anchors)
        self.vectors = vectors
        self._matrices: dict[int, tuple[np.ndarray, np.ndarray] | None] = {}
        self._margins: dict[tuple[int, int], float] = {}  # alignment, summary and its MMR ask for the same pairs

    def __call__(self, a: Unit, b: Unit) -> float:
        """≥ 0 when the sentences state the same fact; larger is closer."""
        key = (id(a), id(b))
        if key not in self._margins:
            self._margins[key] = self._margin(a, b)
        return self._margins[key]

    def _margin(self, a: Unit, b: Unit) -> float:
        if a.language != b.language:
            return self.across(a, b) - CROSS_THRESHOLD
        return (max(overlap(a.features, b.features, self.weights) - ALIGN_THRESHOLD, self.soft(a, b) - SOFT_THRESHOLD)
                + (COUNTED_SLACK if any(map(_telling_figure, a.features & b.features)) else 0.0))

    def across(self, a: Unit, b: Unit) -> float:
        """Closeness of two sentences in different languages, by what survives translation."""
        anchors_a, anchors_b = a.anchors, b.anchors
        common = anchors_a & anchors_b
        if len(common) < MIN_ANCHORS or sum(not anchor.startswith("~") for anchor in common) < MIN_HARD_ANCHORS:
            return 0.0
        return overlap(anchors_a, anchors_b, self.anchor_weights)

    def soft(self, a: Unit, b: Unit) -> float:
        ma, mb = self._matrix(a), self._matrix(b)
        if ma is None or mb is None:
            return 0.0
        (va, wa), (vb, wb) = ma, mb
        closeness = va @ vb.T
        return float((closeness.max(1) @ wa / wa.sum() + closeness.max(0) @ wb / wb.sum()) / 2)

    def _matrix(self, unit: Unit) -> tuple[np.ndarray, np.ndarray] | None:
        key = id(unit)
        if key not in self._matrices:
            lemmas = [lemma for lemma in sorted(unit.lemmas) if self.vectors is not None and lemma in self.vectors]
            if not lemmas:
                self._matrices[key] = None
            else:
                rows = np.array([self.vectors[lemma] for lemma in lemmas], dtype=np.float32)
                rows /= np.linalg.norm(rows, axis=1, keepdims=True) + 1e-9
                self._matrices[key] = (rows, np.array([self.weights.get(lemma, 1.0) for lemma in lemmas]))
        return self._matrices[key]
