"""What can be found without a grammar, for languages svodka does not analyse fully.

Ukrainian, Belarusian, Kazakh, Bulgarian… articles still carry names, numbers and dates
that can be compared with Russian and English reports: names are runs of capitalised
words (not opening a sentence), and a word's first letters stand in for its lemma.
"""

from __future__ import annotations

import re

from razdel import sentenize

from svodka.model import Sentence
from svodka.nlp.paragraphs import paragraph_parts
from svodka.nlp.span import Span

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
NAME = re.compile(r"(?<![\w-])[^\W\d_a-zа-яёіїєґўәғқңөұүһ][\w'’-]+(?:[ \t]+[^\W\d_a-zа-яёіїєґўәғқңөұүһ][\w'’-]+){0,3}")
# Six letters keep a word's root and drop most inflection (Києва, Києві → києві/києва → "києв").
STEM = 6


def analyse_other(text: str) -> tuple[list[Sentence], list[Span]]:
    """Sentences with stemmed words and name spans of a text in a language with no analyser of its own."""
    sentences, spans = [], []
    for start, stop in (part for sent in sentenize(text) for part in paragraph_parts(text, sent.start, sent.stop)):
        sentence = text[start:stop]
        words = WORD.findall(sentence)
        sentences.append(Sentence(start, stop, sentence, [w.lower()[:STEM] for w in words if len(w) > 3]))
        for match in NAME.finditer(sentence):
            if match.start() == 0 and " " not in match.group():
                continue  # a capitalised first word is usually just the sentence start
            name_start = start + match.start()
            kind = "PER" if len(match.group().split()) == 2 else "ORG" if match.group().isupper() else "LOC"
            spans.append(Span(name_start, name_start + len(match.group()), kind, match.group(), match.group()))
    return sentences, spans
