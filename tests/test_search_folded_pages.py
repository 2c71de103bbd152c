"""Search folds a text printed again into one hit (its original) page by page: every page counts folded hits, so
paging through them gives each text once, with its copies listed, and the totals agree on every page (CLI, --json,
/api/search)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.cli import app
from svodka.model import Reprint, Story
from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.store.search import parse_query, search
from svodka.web.app import create_app
from tests.conftest import FERRY, FERRY_TRIMMED, PRINTED, TEXTS, add_printing


def every_page(store: Store, size: int) -> list[tuple[list[set[str]], int, int]]:
    """Each page of `size` folded hits for «паром»: its texts (a hit and its copies), the total and the articles."""
    query, pages, offset = parse_query("паром", lambda word: [word]), [], 0
    while True:
        found = search(store.db, query, size, offset, fold_copies=True)
        pages.append(([{hit.article_id, *hit.copies} for hit in found.hits], found.total, found.matching_articles))
        if not found.hits:
            return pages
        offset += size


@pytest.mark.parametrize("size", [1, 3, 200])
def test_paging_through_folded_hits_gives_every_text_once_and_the_same_totals(reprinted: Store, size: int) -> None:
    pages = every_page(reprinted, size)
    texts = [text for hits, _, _ in pages for text in hits]
    assert sorted(texts, key=sorted) == sorted(TEXTS, key=sorted)
    assert {(total, articles) for _, total, articles in pages} == {(len(TEXTS), len(PRINTED))}  # the last, empty, too
    assert len(pages) == -(-len(TEXTS) // size) + 1
    unfolded = search(reprinted.db, parse_query("паром", lambda word: [word]))
    assert unfolded.total == unfolded.matching_articles == len(unfolded.hits) == len(PRINTED)
    assert not any(hit.copies for hit in unfolded.hits)


def test_the_original_holds_its_copies_best_first_where_the_best_printing_ranks(reprinted: Store) -> None:
    found = search(reprinted.db, parse_query("паром", lambda word: [word]), fold_copies=True)
    unfolded = [hit.article_id for hit in search(reprinted.db, parse_query("паром", lambda word: [word])).hits]
    for hit in found.hits:
        printings = [article_id for article_id in unfolded if article_id in (hit.article_id, *hit.copies)]
        # a100000000000003 is a near copy its story's reprint links to a100000000000001 (printed word for word by
        # a100000000000002 too): never the original; of undated printings of one text, the best ranked
        assert hit.article_id == [article_id for article_id in printings if article_id != "a100000000000003"][0]
        assert hit.copies == [article_id for article_id in printings if article_id != hit.article_id]
    best_printings = [min(unfolded.index(article_id) for article_id in (hit.article_id, *hit.copies))
                      for hit in found.hits]
    assert best_printings == sorted(best_printings)


def test_the_cli_json_and_the_api_list_each_text_once_with_its_copies(reprinted: Store, models: NlpModels) -> None:
    done = CliRunner().invoke(app, ["search", "паром", "--json", "--db", reprinted.path])
    assert done.exit_code == 0, done.stderr
    cli = json.loads(done.stdout)
    assert cli["total"] == len(TEXTS)
    listed = [{article["id"], *article["copies"]} for group in cli["stories"] for article in group["articles"]]
    assert sorted(listed, key=sorted) == sorted(TEXTS, key=sorted)
    text = CliRunner().invoke(app, ["search", "паром", "--db", reprinted.path]).stdout
    assert text.startswith(f"{len(PRINTED)} articles for «паром»") and "and 2 more copies" in text
    client = TestClient(create_app(Path(reprinted.path), models))
    api = client.get("/api/search", params={"q": "паром"}).json()
    assert (api["total"], api["pages"]) == (len(TEXTS), 1)
    assert [[article["copies"] for article in group["articles"]] for group in api["stories"]] == [
        [article["copies"] for article in group["articles"]] for group in cli["stories"]]
    page = client.get("/search", params={"q": "паром"}).text
    assert f"{len(PRINTED)} articles for «паром»" in page and "and 1 more copy" in page


def test_a_text_printed_word_for_word_beside_a_linked_reprint_folds_with_its_original(store: Store) -> None:
    """The fold is transitive: B and C are reprints of A in one story (A itself not a hit), D (in no story) and E (in
    another) print B's text word for word; all four are one hit, as they are one text."""
    original = FERRY.replace("Первый рейс паром", "Первый рейс")  # no «паром»: not a hit, only linked to
    printings = {"a200000000000001": (original, "5a00000000000002"), "b200000000000001": (FERRY, "5a00000000000002"),
                 "c200000000000001": (FERRY_TRIMMED, "5a00000000000002"), "d200000000000001": (FERRY, None),
                 "e200000000000001": (FERRY, "5b00000000000002")}
    for number, (article_id, (text, story_id)) in enumerate(printings.items()):
        add_printing(store, article_id, text, story_id, number)
    store.save_story(Story("5a00000000000002", ["a200000000000001", "b200000000000001", "c200000000000001"],
                           title="Переправа", rank=1.0, reprints=[Reprint("b200000000000001", "a200000000000001", 0.9),
                                                                  Reprint("c200000000000001", "a200000000000001", 0.9)]))
    store.save_story(Story("5b00000000000002", ["e200000000000001"], title="Паром", rank=1.0))
    found = search(store.db, parse_query("паром", lambda word: [word]), fold_copies=True)
    assert [{hit.article_id, *hit.copies} for hit in found.hits] == [set(printings) - {"a200000000000001"}]
    assert (found.total, found.matching_articles) == (1, 4)


def test_a_reprint_its_story_no_longer_links_is_a_hit_of_its_own(reprinted: Store) -> None:
    ferry = [article_id for article_id, (_, story_id) in PRINTED.items() if story_id]
    reprinted.save_story(Story("5a00000000000001", ferry, title="Переправа открылась", rank=1.0))
    found = search(reprinted.db, parse_query("паром", lambda word: [word]), fold_copies=True)
    texts = [{"a100000000000001", "a100000000000002"}, {"a100000000000003"}, *TEXTS[1:]]
    assert sorted(({hit.article_id, *hit.copies} for hit in found.hits), key=sorted) == sorted(texts, key=sorted)
