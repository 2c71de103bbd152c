"""Russian analysis with natasha: sentences, content lemmas and named-entity spans."""

from __future__ import annotations

from dataclasses import dataclass

from natasha import Doc

from svodka.model import Sentence
from svodka.nlp.models import NlpModels

# Parts of speech that carry what a sentence is about; the rest is grammar.
CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X"}


@dataclass
class Span:
    start: int
    stop: int
    type: str
    text: str
    normal: str


def analyse_russian(text: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    doc.tag_ner(models.ner_tagger)
    sentences = []
    for sent in doc.sents:
        lemmas = []
        for token in sent.tokens:
            if token.pos in CONTENT_POS and any(c.isalnum() for c in token.text):
                token.lemmatize(models.morph_vocab)
                lemmas.append(token.lemma.lower())
        sentences.append(Sentence(sent.start, sent.stop, sent.text, lemmas))
    spans = []
    for span in doc.spans:
        span.normalize(models.morph_vocab)
        spans.append(_first_line(Span(span.start, span.stop, span.type, span.text, span.normal or span.text)))
    return sentences, spans


def _first_line(span: Span) -> Span:
    """natasha sometimes runs a name across a paragraph break ("Сок\n\nСАМАРА"); a name never does."""
    if "\n" not in span.text:
        return span
    head = span.text.split("\n", 1)[0].rstrip()
    words = len(head.split())
    return Span(span.start, span.start + len(head), span.type, head, " ".join(span.normal.split()[:words]))
