"""Reads that build one view see one state of the store while a writer rewrites or merges stories (B6, B7).

The writer is interleaved deterministically: a trace hook on the reader's connection runs it from another
connection just before the reader's chosen statement, as `svodka follow` would between two of its reads.
"""

from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from svodka.export import full_export, story_lines
from svodka.model import Analysis, Article, RawDocument, Story
from svodka.rank import rank_factors, rank_formula
from svodka.store import Store
from svodka.store.db import StoryFilter
from tests.test_export import SCHEMA

COMPONENTS = {"outlets": 1.0, "pickup": 0.0, "recency": 0.5, "entities": 0.0}
EVERYTHING = StoryFilter(None, None, None, None, None)
# ids are 16 hex digits, as the export's schema requires
A1 = "aa11111111111111"
A2 = "aa22222222222222"
A3 = "aa33333333333333"
A4 = "aa44444444444444"
S1 = "5b11111111111111"
S2 = "5b22222222222222"
S3 = "5b33333333333333"
S4 = "5b44444444444444"


def add(store: Store, article_id: str, outlet: str) -> None:
    raw = RawDocument(origin=f"{article_id}.txt", raw=article_id.encode(), format="text", text="")
    article = Article(article_id, f"{article_id}.txt", "Текст заметки.", title=f"Заметка {article_id}", outlet=outlet)
    store.add_article(raw, article, Analysis("ru", news=True, category="society"), {})


def build(store: Store, story_id: str, articles: list[str]) -> None:
    store.save_story(Story(story_id, articles, title=f"Сюжет {story_id}", rank=1.0, rank_components=COMPONENTS))


@pytest.fixture
def two_stories(store: Store) -> Store:
    """s1 (a1) and s2 (a2), built and ranked; a3 stored, not yet grouped."""
    for article_id, outlet in ((A1, "Первое"), (A2, "Второе"), (A3, "Третье")):
        add(store, article_id, outlet)
    for article_id, story_id in ((A1, S1), (A2, S2)):
        store.assign(article_id, story_id, {}, [])
        build(store, story_id, [article_id])
    return store


def merge_s2_into_s1(path: str) -> None:
    """What a writer does when a3 bridges s1 and s2: s2 is merged away, s1 rebuilt with all three."""
    with Store(path) as writer:
        writer.assign(A3, S1, {}, [S2])
        build(writer, S1, [A1, A2, A3])


def writer_before(store: Store, marker: str, write: Callable[[str], None]) -> list[str]:
    """Run `write` once, from another connection, just before the reader's first statement containing `marker`."""
    fired: list[str] = []

    def trace(statement: str) -> None:
        if marker in statement and not fired:
            fired.append(statement)
            write(store.path)

    store.db.set_trace_callback(trace)
    return fired


def test_the_story_list_is_one_snapshot_while_a_writer_merges(two_stories: Store) -> None:
    fired = writer_before(two_stories, "rank_components", merge_s2_into_s1)
    listings, total = two_stories.story_list(EVERYTHING)
    two_stories.db.set_trace_callback(None)
    assert fired, "the writer ran between the list's statements"
    assert total == 2 and {listing.story_id for listing in listings} == {S1, S2}  # the state before the merge
    assert all(listing.rank_components == COMPONENTS and rank_formula(listing.rank_components) for listing in listings)
    assert [listing.story_id for listing in two_stories.story_list(EVERYTHING)[0]] == [S1]  # the next read: after


def test_a_read_inside_a_write_uses_that_transaction_and_a_read_alone_ends_its_own(two_stories: Store) -> None:
    with two_stories.transaction():
        assert two_stories.story_list(EVERYTHING)[1] == 2  # no second BEGIN inside the open write
        assert two_stories.db.in_transaction
    assert not two_stories.db.in_transaction
    two_stories.story_list(EVERYTHING)
    assert not two_stories.db.in_transaction  # the snapshot is released: a writer's checkpoint is not held up


def test_a_story_with_no_rank_components_shows_no_breakdown() -> None:
    assert rank_factors({}) == {} and rank_formula({}) == ""
    assert rank_formula(COMPONENTS).count("×") == 3


@pytest.mark.parametrize("marker", ["FROM articles a", "json_extract(data, '$.rank')"])
def test_the_export_is_one_snapshot_while_a_writer_merges_and_adds(two_stories: Store, tmp_path: Path,
                                                                    marker: str) -> None:
    def merge_and_add(path: str) -> None:
        merge_s2_into_s1(path)
        with Store(path) as writer:
            add(writer, A4, "Четвёртое")
            writer.assign(A4, S4, {}, [])  # grouped, its story not built yet

    fired = writer_before(two_stories, marker, merge_and_add)
    export = full_export(two_stories)
    two_stories.db.set_trace_callback(None)
    assert fired
    jsonschema.validate(export, SCHEMA)
    assert [a["id"] for a in export["articles"]] == [A1, A2, A3]  # a4 came after the snapshot
    listed = {article_id: story["id"] for story in export["stories"] for article_id in story["articles"]}
    assert {a["id"]: a["story"] for a in export["articles"]} == {A1: S1, A2: S2, A3: None}
    assert all(a["story"] is None or listed[a["id"]] == a["story"] for a in export["articles"])


def test_an_article_grouped_into_a_story_not_yet_built_exports_no_story(two_stories: Store) -> None:
    two_stories.assign(A3, S3, {}, [])  # a run killed before comparing leaves it so
    export = full_export(two_stories)
    stories = {story["id"] for story in export["stories"]}
    assert {a["id"]: a["story"] for a in export["articles"]}[A3] is None
    assert all(a["story"] in stories for a in export["articles"] if a["story"])
    assert all(article["story"] in stories for line in story_lines(two_stories) for article in line["articles"])


def test_the_jsonl_export_counts_what_it_leaves_out_in_its_own_snapshot(two_stories: Store) -> None:
    def merge_and_group(path: str) -> None:  # a3 joins s1; a4 arrives, grouped into a story not yet built
        merge_s2_into_s1(path)
        with Store(path) as writer:
            add(writer, A4, "Четвёртое")
            writer.assign(A4, S4, {}, [])

    fired = writer_before(two_stories, "ORDER BY json_extract(s.data, '$.rank') DESC", merge_and_group)
    left_out: dict[str, int] = {}
    lines = list(story_lines(two_stories, left_out))
    two_stories.db.set_trace_callback(None)
    assert fired, "the writer ran after the count, before the lines were read"
    assert sorted(article["id"] for line in lines for article in line["articles"]) == [A1, A2]  # before the merge
    assert left_out == {"not_news": 0, "ungrouped": 1, "unbuilt": 0}  # a3, as the lines left it: a4 came after
    assert two_stories.left_out_of_stories() == {"not_news": 0, "ungrouped": 0, "unbuilt": 1}  # the next read: after
