"""A light English analysis: sentences, stemmed content words, capitalised-name spans.

natasha is Russian-only; English is a minority of svodka's input, so a rule-based
pass serves until a measured reason asks for more.
"""

from __future__ import annotations

import re

from razdel import sentenize

from svodka.model import Sentence
from svodka.nlp.russian import Span

STOPWORDS = set(
    "a an the and or but if of to in on at by for with from as is are was were be been being has have had "
    "do does did this that these those it its he she they them his her their we our you your i me my "
    "not no so than then there here which who whom whose what when where why how all any some more most "
    "will would can could should may might must also into over after before about said says say".split()
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+(?:[.,]\d+)?")
NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]{2,})(?:\s+(?:of\s+|de\s+)?(?:[A-Z][a-z]+|[A-Z]{2,}))*")
ORG_WORDS = {"ministry", "council", "bank", "company", "inc", "ltd", "university", "agency", "party", "committee",
             "corporation", "group", "fund", "court", "parliament", "government", "club", "association", "union"}
PERSON_TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "governor", "mayor", "ceo", "director", "chairman"}


def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "talks"/"talk" and "reported"/"report"."""
    word = word.lower().strip("'")
    for suffix in ("ies", "'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def analyse_english(text: str) -> tuple[list[Sentence], list[Span]]:
    sentences = []
    spans = []
    for sent in sentenize(text):
        lemmas = [stem(w) for w in WORD.findall(sent.text) if w.lower() not in STOPWORDS]
        sentences.append(Sentence(sent.start, sent.stop, sent.text, lemmas))
        for match in NAME.finditer(sent.text):
            words = match.group().split()
            if match.start() == 0 and len(words) == 1 and words[0].lower() in STOPWORDS | {"but", "in"}:
                continue
            if match.start() == 0 and len(words) == 1 and not words[0].isupper():
                continue  # a capitalised first word is usually just the sentence start
            start = sent.start + match.start()
            spans.append(Span(start, start + len(match.group()), _guess_type(text, start, words), match.group(), match.group()))
    return sentences, spans


def _guess_type(text: str, start: int, words: list[str]) -> str:
    before = text[max(0, start - 20):start].lower().split()
    if {w.lower() for w in words} & ORG_WORDS or words[-1].isupper():
        return "ORG"
    if (before and before[-1].strip(".") in PERSON_TITLES) or len(words) == 2:
        return "PER"
    return "LOC"
