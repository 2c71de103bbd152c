"""Category lexicons: our own hand-written word lists, read once from package data.

An entry is a lemma (Russian: natasha's normal form; English: svodka's stem), or a
prefix ending in `*` that matches every lemma (for English, every stem: "pric*" for
price, prices, priced) starting with it, with an optional
`:N` weight (a decimal below 1 for a word that leans to a category but is shared with
others, e.g. "рынок:0.5"). Prefixes let one entry cover a word family (футбол* → футболист,
футбольный) without listing every form.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

# The languages a lexicon is written for (`lexicon_{language}.json`), by `Analysis.language`. A text in any other has
# no word scores (`category.category_scores`): Russian lemmas read into Bulgarian or Serbian words gave a flood
# "sports". Only its section or URL can name its category. Kept here, light, for the why a reader is shown.
LEXICON_LANGUAGES = frozenset({"ru", "en"})

WEIGHT = re.compile(r"\d+(?:\.\d+)?")  # "cs:go" stays a word: only a number after the last colon is a weight


@dataclass(frozen=True)
class Lexicon:
    exact: dict[str, dict[str, float]]  # lemma → {category: weight}
    prefixes: dict[str, dict[str, float]]  # prefix → {category: weight}
    prefix_lengths: tuple[int, ...]

    def weights(self, lemma: str) -> dict[str, float]:
        """Every category the lemma speaks for, with its weight (the strongest entry wins)."""
        found: dict[str, float] = dict(self.exact.get(lemma, {}))
        for length in self.prefix_lengths:
            if length > len(lemma):
                break
            for category, weight in self.prefixes.get(lemma[:length], {}).items():
                found[category] = max(found.get(category, 0.0), weight)
        return found


@cache
def load_lexicon(name: str) -> Lexicon:
    """The lexicon `lexicon_{name}.json` (name: one of LEXICON_LANGUAGES, or hints)."""
    from svodka.nlp.english import stem  # loaded with a lexicon, not with the why that names LEXICON_LANGUAGES

    data = json.loads(resources.files("svodka.categorise").joinpath(f"lexicon_{name}.json").read_text(encoding="utf-8"))
    exact: dict[str, dict[str, float]] = defaultdict(dict)
    prefixes: dict[str, dict[str, float]] = defaultdict(dict)
    for category, entries in data.items():
        if category.startswith("_"):
            continue
        for entry in entries:
            word, weight = _parse_entry(entry)
            if word.endswith("*"):
                prefixes[word[:-1]][category] = weight
            else:
                key = stem(word) if name == "en" else word
                exact[key][category] = max(exact[key].get(category, 0.0), weight)
    return Lexicon(dict(exact), dict(prefixes), tuple(sorted({len(p) for p in prefixes})))


def _parse_entry(entry: str) -> tuple[str, float]:
    word, _, weight = entry.rpartition(":")
    if word and WEIGHT.fullmatch(weight):
        return word.lower(), float(weight)
    return entry.lower(), 1.0
