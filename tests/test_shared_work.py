"""Work done once and shared must give what each stage would work out alone.

A story's alignment is built once for its differences, summary and timeline, and Russian
lemmas are remembered across articles; neither may change a result.
"""

from __future__ import annotations

import json
from pathlib import Path

from natasha import Doc

from svodka.clean import clean_document
from svodka.compare import compare_articles, story_alignment
from svodka.ingest import read_inputs
from svodka.model import RawDocument
from svodka.nlp import NlpModels, analyse
from svodka.nlp.russian import CONTENT_POS, analyse_russian
from svodka.summarise import story_summary, story_timeline
from tests.conftest import CORPUS, TODAY


def corpus_story(story: str, models: NlpModels):
    """The members of one of the sample corpus's stories, as the gold file groups them."""
    origins = {a["origin"] for a in json.loads((CORPUS / "gold.json").read_text())["articles"] if a["story"] == story}
    documents = [d for d in read_inputs([str(CORPUS)]) if isinstance(d, RawDocument) and _relative(d.origin) in origins]
    articles = [clean_document(document, TODAY) for document in documents]
    return [(article, analyse(article, models)) for article in articles]


def _relative(origin: str) -> str:
    """A document's origin as gold.json gives it: a URL, or a path inside the corpus."""
    return origin if origin.startswith("http") else str(Path(origin).resolve().relative_to(CORPUS.resolve()))


def test_shared_alignment_gives_what_each_stage_works_out_alone(models: NlpModels) -> None:
    members = corpus_story("kazan-schools", models)
    assert len(members) >= 3
    alignment = story_alignment(members, models.embedding)
    differences = compare_articles(members, models.embedding, alignment)
    assert differences and differences == compare_articles(members, models.embedding)
    summary = story_summary(members, models.embedding, alignment)
    assert summary and summary == story_summary(members, models.embedding)
    assert story_timeline(members, models.embedding, alignment) == story_timeline(members, models.embedding)


def test_remembered_lemmas_are_natashas_own(models: NlpModels) -> None:
    text = ("Министр образования объявил о строительстве новых школ. Новые школы построят к 2028 году, "
            "а строительство школ начнётся весной. Министры обсудили школы.")
    sentences, _ = analyse_russian(text, models)
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    expected = []
    for token in doc.tokens:
        if token.pos in CONTENT_POS and any(c.isalnum() for c in token.text):
            token.lemmatize(models.morph_vocab)
            expected.append(token.lemma.lower())
    assert [lemma for sentence in sentences for lemma in sentence.lemmas] == expected
    assert "школа" in expected and "министр" in expected
