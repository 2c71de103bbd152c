"""Understand: language, sentences, lemmas, entities, quotes, dates and numbers.

`analyse` runs the full analysis for Russian and English; other languages get what
does not need a grammar (sentences, names by capitalisation, numbers, dates), so they
can still be grouped and compared.
"""

from __future__ import annotations

from datetime import datetime

from svodka.model import Analysis, Article
from svodka.nlp.dates import find_dates
from svodka.nlp.english import analyse_english, stem
from svodka.nlp.entities import canonical_entities
from svodka.nlp.language import detect_language
from svodka.nlp.models import NlpModels
from svodka.nlp.numbers import find_numbers
from svodka.nlp.other import analyse_other
from svodka.nlp.quotes import find_quotes
from svodka.nlp.russian import analyse_russian
from svodka.nlp.subject import headline_subject

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
    if language == "ru":
        sentences, spans = analyse_russian(text, models)
        lemmatize = lambda word: models.morph_vocab.parse(word)[0].normal_form  # noqa: E731
    elif language == "en":
        sentences, spans = analyse_english(text)
        lemmatize = stem
    else:
        sentences, spans = analyse_other(text)
        lemmatize = str.lower
    entities = canonical_entities(spans, text, english=language == "en")
    published = article.published.date() if isinstance(article.published, datetime) else None
    return Analysis(
        language=language,
        sentences=sentences,
        entities=entities,
        quotes=find_quotes(text, entities),
        dates=find_dates(text, published, models.morph_vocab if language == "ru" else None),
        numbers=find_numbers(text, lemmatize),
        headline_subject=headline_subject(article.title, models) if language == "ru" and article.title else [],
    )


def article_text(article: Article) -> str:
    """The text analysed: the headline as first paragraph, then the body.

    Offsets in an Analysis count from the start of this text.
    """
    if article.title and not article.text.startswith(article.title):
        return f"{article.title}\n\n{article.text}"
    return article.text
