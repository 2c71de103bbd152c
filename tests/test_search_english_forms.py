"""An English query word finds every form of its word whichever form the index holds: the index keeps `stem`'s
stems, which cut -es, -ed and -ing whole, so "strikes" is held as strik and "strike" as strike; the query side
bridges the two (no reindex). A capitalised short word is a name or an acronym ("Fed"), not another word's form."""

from __future__ import annotations

import pytest

from svodka.model import Analysis, Article, RawDocument
from svodka.nlp.english import analyse_english
from svodka.store import Store
from svodka.store.search import parse_query, quoted, search

# Fictional reports, each writing one form of a word ending in -e (or an irregular one).
REPORTS = {
    "e100000000000001": ("Dockers strike at Port Selwick", "Dockers at Port Selwick began a strike on Monday."),
    "e100000000000002": ("Rail strikes spread", "Two more rail strikes were called in the northern valleys."),
    "e100000000000003": ("Unions striking again", "Bus drivers are striking for the third week in Marlow."),
    "e100000000000004": ("Storm struck the coast", "A storm struck the coast of Dunmere overnight."),
    "e100000000000005": ("Quake shakes Olvara", "A quake shook the island of Olvara before dawn."),
    "e100000000000006": ("Aftershocks follow", "Smaller quakes followed for hours, the observatory said."),
    "e100000000000007": ("Fed holds its rate", "The Fed kept its main rate unchanged on Wednesday."),
    "e100000000000008": ("Farm aid", "Volunteers feed the cattle stranded by the floods."),
}


@pytest.fixture
def english(store: Store) -> Store:
    for article_id, (title, text) in REPORTS.items():
        article = Article(article_id, f"{article_id}.txt", text, title=title, outlet="The Ledger")
        sentences, _ = analyse_english(f"{title}\n\n{text}")
        raw = RawDocument(origin=f"{article_id}.txt", raw=article_id.encode(), format="text", text=text)
        store.add_article(raw, article, Analysis("en", sentences, news=True, category="society"), {})
    return store


def found(store: Store, query: str) -> set[str]:
    return {hit.article_id for hit in search(store.db, parse_query(query, lambda word: [word])).hits}


@pytest.mark.parametrize("query", ["strike", "strikes", "striking", "struck"])
def test_every_form_of_a_word_ending_in_e_finds_every_other(english: Store, query: str) -> None:
    assert found(english, query) == {"e100000000000001", "e100000000000002", "e100000000000003", "e100000000000004"}


@pytest.mark.parametrize("query", ["quake", "quakes"])
def test_a_plural_in_es_and_its_singular_find_each_other(english: Store, query: str) -> None:
    assert found(english, query) == {"e100000000000005", "e100000000000006"}


def test_a_capitalised_acronym_is_not_another_word_s_form(english: Store) -> None:
    assert found(english, "Fed") == {"e100000000000007"}
    assert found(english, "fed") == {"e100000000000007", "e100000000000008"}  # lower case: the past of feed too


def test_a_query_is_quoted_as_its_language_quotes() -> None:
    assert parse_query('rail "port selwick"', lambda word: [word]).describe() == 'rail + "port selwick"'
    assert quoted("Port Selwick") == '"Port Selwick"'
    assert quoted("паром «Стрежень»") == "«паром «Стрежень»»"
