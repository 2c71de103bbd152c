"""What can be found without a grammar, for languages svodka does not analyse fully.

Ukrainian, Belarusian, Kazakh, Bulgarian, Serbian… articles still carry names, numbers and dates that can be
compared with Russian and English reports: names are found by capitals and a few word lists
(svodka.nlp.other_names), and a word's first letters stand in for its lemma.
"""

from __future__ import annotations

import re

from razdel import sentenize

from svodka.model import Sentence
from svodka.nlp.other_names import name_spans
from svodka.nlp.paragraphs import paragraph_parts
from svodka.nlp.span import Span

WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Six letters keep a word's root and drop most inflection (Києва, Києві → києві/києва → "києв").
STEM = 6


def analyse_other(text: str) -> tuple[list[Sentence], list[Span]]:
    """Sentences with stemmed words and name spans of a text in a language with no analyser of its own."""
    parts = [part for sent in sentenize(text) for part in paragraph_parts(text, sent.start, sent.stop)]
    sentences = [Sentence(start, stop, text[start:stop], [w.lower()[:STEM] for w in WORD.findall(text[start:stop])
                                                         if len(w) > 3]) for start, stop in parts]
    return sentences, name_spans(text, parts)
