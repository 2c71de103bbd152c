"""The bundled sample corpus, end to end, against its gold annotation (examples/corpus/gold.json)."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.store import Store
from tests.conftest import CORPUS, TODAY

GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
NEWS = [a for a in GOLD["articles"] if a["story"]]
NOT_NEWS = {entry["origin"] for entry in GOLD["not_news"]}
# The filter's known miss on the corpus (benchmarks.pairs --corpus lists it): a bank's deposit advert that the
# outlet marks "Партнёрский материал" and "Реклама" reads as news, since it narrates and quotes the bank.
SPONSORED_POST = "ru_025_cp1251.txt"


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Store:
    store = Store(tmp_path_factory.mktemp("corpus") / "corpus.db")
    report = Engine(store, models, now=TODAY).run([str(CORPUS)])
    assert report.rejected == [], report.rejected
    return store


def gold_key(origin: str) -> str:
    """Gold names files relative to the corpus folder, and dump/feed items by URL."""
    return origin if origin.startswith("http") else Path(origin).resolve().relative_to(CORPUS.resolve()).as_posix()


def predicted_stories(store: Store) -> dict[str, str]:
    return {gold_key(s.article.origin): s.story for s in store.articles()}


def test_every_article_of_the_corpus_is_read(corpus_store: Store) -> None:
    predicted = predicted_stories(corpus_store)
    assert set(predicted) == {a["origin"] for a in GOLD["articles"]}


def test_stories_match_the_gold_pairwise(corpus_store: Store) -> None:
    predicted = predicted_stories(corpus_store)
    gold = {a["origin"]: a["story"] for a in NEWS}
    language = {a["origin"]: a["language"] for a in NEWS}
    pairs = list(combinations(sorted(gold), 2))
    same_gold = {pair for pair in pairs if gold[pair[0]] == gold[pair[1]]}
    same_predicted = {pair for pair in pairs if predicted[pair[0]] and predicted[pair[0]] == predicted[pair[1]]}
    precision = len(same_gold & same_predicted) / len(same_predicted)
    # A wrong merge misleads more than a missed one: precision must stay high.
    assert precision >= 0.9, (precision, sorted(same_predicted - same_gold)[:5])
    # Reports in one language must mostly meet (joining across languages is still weak).
    one_language = {pair for pair in same_gold if language[pair[0]] == language[pair[1]]}
    recall = len(one_language & same_predicted) / len(one_language)
    assert recall >= 0.75, (recall, sorted(one_language - same_predicted)[:5])


def test_hard_negatives_stay_apart(corpus_store: Store) -> None:
    predicted = predicted_stories(corpus_store)
    by_story: dict[str, set[str]] = {}
    for article in NEWS:
        by_story.setdefault(article["story"], set()).add(predicted[article["origin"]])
    for negative in GOLD["hard_negatives"]:
        first, second = negative["stories"]
        assert not by_story[first] & by_story[second], negative["why"]


def test_reprints_share_the_story_of_their_original(corpus_store: Store) -> None:
    predicted = predicted_stories(corpus_store)
    reprints = [a for a in GOLD["articles"] if a["reprint_of"]]
    assert reprints
    for article in reprints:
        assert predicted[article["origin"]] == predicted[article["reprint_of"]]


def test_the_not_news_pieces_are_stored_but_kept_out_of_stories(corpus_store: Store) -> None:
    predicted = predicted_stories(corpus_store)
    assert NOT_NEWS and NOT_NEWS <= set(predicted)
    # The sponsored deposit among them: it narrates, quotes its bank and dates its offer, and is kept out by its labels.
    assert SPONSORED_POST in NOT_NEWS
    assert {origin for origin in NOT_NEWS if predicted[origin]} == set()
    assert [a["origin"] for a in NEWS if not predicted[a["origin"]]] == []  # the reports that borrow a service shape too
    assert corpus_store.counts()["not_news"] == len(NOT_NEWS)  # what `svodka run` says it kept out


def test_include_non_news_groups_the_not_news_pieces_too(tmp_path: Path, models: NlpModels) -> None:
    store = Store(tmp_path / "all.db")
    Engine(store, models, now=TODAY, include_non_news=True).run([str(CORPUS)])
    predicted = predicted_stories(store)
    assert {origin for origin in NOT_NEWS if not predicted[origin]} == set()
    # The how-to about the new tram line is what the filter keeps out of that story.
    tram = {predicted[a["origin"]] for a in NEWS if a["story"] == "spb-tram"}
    assert predicted["https://gorkurier.ru/spb/2026/03/05/tramvay-75-kak-ezdit"] in tram
