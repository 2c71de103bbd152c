"""Russian analysis with natasha: sentences, content lemmas and named-entity spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from natasha import Doc
from pymorphy2.analyzer import Parse

from svodka.model import Sentence
from svodka.nlp.models import NlpModels

# Parts of speech that carry what a sentence is about; the rest is grammar.
CONTENT_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X"}
MAX_NAME_WORDS = 4  # longer organisation names carry their own grammar; natasha's form is kept
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")


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
        normal = span.normal or span.text
        if span.type in ("ORG", "LOC"):
            normal = nominative(span.text, models.morph_vocab) or normal
        spans.append(_first_line(Span(span.start, span.stop, span.type, span.text, normal)))
    return sentences, spans


def nominative(name: str, morph_vocab) -> str | None:
    """The name in the nominative, capitalisation kept: "Банка России" → "Банк России", "Тюменской областях"
    → "Тюменская область", "Усть-Луги" → "Усть-Луга".

    natasha's normal form lower-cases organisations and inflects only some words; here the head
    (the first noun) goes to the nominative singular, the adjectives before it agree with it, and
    what follows it (a genitive: "России", "Урала") stays as written. None when a word is unknown.
    """
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not all(CYRILLIC_WORD.fullmatch(w) for w in words):
        return None
    parses = [morph_vocab.parse(w.rsplit("-", 1)[-1]) for w in words]
    head = next((i for i, p in enumerate(parses) if p and {"NOUN", "Name", "Surn", "Geox"} & set(map(str, p[0].tag.grammemes))), None)
    if head is None:
        return None
    noun = next((p for p in parses[head] if "NOUN" in p.tag), parses[head][0])
    form = _inflect(noun, {"nomn", "sing"}) or _inflect(noun, {"nomn"})
    if form is None:
        return None
    out = list(words)
    out[head] = _as_written(words[head], form.word)
    gender = form.tag.gender
    for i in range(head):
        adjective = next((p for p in parses[i] if "ADJF" in p.tag or "PRTF" in p.tag), None)
        if adjective is None:
            return None
        agreed = _inflect(adjective, {"nomn", "sing", gender} if gender else {"nomn", "sing"})
        if agreed is None:
            return None
        out[i] = _as_written(words[i], agreed.word)
    return " ".join(out)


def _inflect(parse: Parse, grammemes: set[str]) -> Parse | None:
    """pymorphy's own inflect with OpenCorpora grammemes (natasha's wrapper expects UD names)."""
    return Parse.inflect(parse, grammemes)


def _as_written(original: str, word: str) -> str:
    """`word` with the original's capitalisation and any hyphenated prefix ("Усть-")."""
    prefix, _, last = original.rpartition("-")
    if last.isupper() and len(last) > 1:
        word = word.upper()
    elif last[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{prefix}-{word}" if prefix else word


def _first_line(span: Span) -> Span:
    """natasha sometimes runs a name across a paragraph break ("Сок\n\nСАМАРА"); a name never does."""
    if "\n" not in span.text:
        return span
    head = span.text.split("\n", 1)[0].rstrip()
    words = len(head.split())
    return Span(span.start, span.start + len(head), span.type, head, " ".join(span.normal.split()[:words]))
