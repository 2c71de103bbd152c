"""A year-less report re-anchored to its story's dated reports (Engine.build_story) keeps terms of the year it now
has: later placements compare new reports with the stored terms, not with the guessed year's."""

from __future__ import annotations

from datetime import datetime

from svodka.engine import Engine
from svodka.model import RawDocument
from svodka.clean import clean_document
from svodka.nlp import analyse
from svodka.categorise import with_category
from svodka.store import Store
from svodka.stories import term_counts

from conftest import TODAY

DATED = "23 декабря 2021 года в Заречье закрыли старый мост через Сосну: в опоре нашли трещину."
YEAR_LESS = ("24 декабря мост через Сосну в Заречье остался закрытым, сообщил глава района Игорь Лапин. В прошлом "
             "месяце его уже закрывали на два дня.")  # a month the year changes: its date term says the year


def stored(engine: Engine, text: str, published: datetime, year_guessed: bool) -> str:
    raw = RawDocument(origin=f"{published:%d}.txt", raw=text.encode(), format="text", text=text)
    article = clean_document(raw, TODAY)
    article.published, article.published_year_guessed = published, year_guessed
    analysis = with_category(article, analyse(article, engine.models))
    engine.store.add_article(raw, article, analysis, term_counts(article, analysis))
    return article.id


def test_a_re_anchored_report_stores_the_terms_of_its_new_year(store: Store, engine: Engine) -> None:
    dated = stored(engine, DATED, datetime(2021, 12, 23, 10, 0), year_guessed=False)
    year_less = stored(engine, YEAR_LESS, datetime(2025, 12, 24, 8, 23), year_guessed=True)
    for article_id in (dated, year_less):
        store.assign(article_id, dated, {}, [])

    guessed_terms = {grouped.id: grouped.terms for grouped in store.grouped_articles()}[year_less]

    engine.build_story(dated)

    anchored = store.article(year_less)
    assert anchored.article.published == datetime(2021, 12, 24, 8, 23)
    terms = {grouped.id: grouped.terms for grouped in store.grouped_articles()}[year_less]
    assert terms == term_counts(anchored.article, anchored.analysis) != guessed_terms
