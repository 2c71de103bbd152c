"""Who a Russian headline says acted: the subject of its root, for the stories' conflict check.

Two reports whose headlines have different actors ("Путин сообщил" / "Лукашенко поздравил")
seldom tell one event. Only the headline is parsed: natasha's syntax model over a whole
text would cost more than the rest of the analysis.
"""

from __future__ import annotations

from natasha import Doc

from svodka.nlp.models import NlpModels
from svodka.nlp.russian import CONTENT_POS, lemma

# A headline longer than this is no headline (a scrape put a paragraph there): not parsed.
HEADLINE_CHARS = 300
# Dependents that are part of the subject's name ("Владимир Путин", "вулкан Карымский").
NAME_PARTS = {"flat", "flat:name", "flat:foreign", "compound", "appos"}


def headline_subject(headline: str, models: NlpModels) -> list[str]:
    """Lemmas of the nsubj of the headline's root with its name parts; [] when it has none."""
    if len(headline) > HEADLINE_CHARS:
        return []
    doc = Doc(headline)
    doc.segment(models.segmenter)
    if not doc.tokens:
        return []
    doc.tag_morph(models.morph_tagger)
    doc.parse_syntax(models.syntax_parser)
    tokens = doc.sents[0].tokens
    root = next((t.id for t in tokens if t.rel == "root"), None)
    subject = next((t for t in tokens if t.rel == "nsubj" and t.head_id == root), None)
    if root is None or subject is None:
        return []
    parts = [subject] + [t for t in tokens if t.head_id == subject.id and t.rel in NAME_PARTS]
    return sorted({lemma(models.morph_vocab, t.text, t.pos, _feats(t)).lower() for t in parts
                   if t.pos in CONTENT_POS and any(c.isalnum() for c in t.text)})


def _feats(token) -> str:
    """natasha's grammemes as `russian.lemma` caches them ("Case=Nom|Number=Sing")."""
    return "|".join(f"{key}={value}" for key, value in token.feats.items())
