"""The store's story list: what a page of the web app reads."""

from pathlib import Path

import pytest

from svodka.model import Analysis, Article, RawDocument, Story
from svodka.store import Store, StoreError
from svodka.store.db import SchemaError, StoryFilter


def add(store: Store, article_id: str, outlet: str) -> None:
    raw = RawDocument(origin=f"{article_id}.txt", raw=article_id.encode(), format="text", text="")
    store.add_article(raw, Article(article_id, f"{article_id}.txt", "Текст.", outlet=outlet), Analysis("ru"), {})


def test_a_story_merged_away_leaves_the_list_and_its_filters(store: Store) -> None:
    add(store, "a1", "Первое")
    add(store, "a2", "Второе")
    add(store, "a3", "Третье")
    store.assign("a1", "s1", {}, [])
    store.save_story(Story("s1", ["a1"], title="Первая"))
    store.assign("a2", "s2", {}, [])
    store.save_story(Story("s2", ["a2"], title="Вторая"))
    assert store.story_list(StoryFilter(None, None, None, None, None))[1] == 2

    store.assign("a3", "s1", {}, ["s2"])  # a3 bridges the two stories: s2 joins s1
    store.save_story(Story("s1", ["a1", "a2", "a3"], title="Первая"))

    listings, total = store.story_list(StoryFilter(None, None, None, None, None))
    assert total == 1 and [listing.story_id for listing in listings] == ["s1"]
    assert listings[0].reports == 3
    assert sorted(store.facet_values("outlet")) == ["Второе", "Первое", "Третье"]
    assert store.story_list(StoryFilter(None, None, "Второе", None, None))[1] == 1


def test_a_file_that_is_not_a_store_raises_a_named_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Это заметки, а не база данных. " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.txt.*not a database"):
        Store(notes)


@pytest.mark.parametrize("version", ["999", "two"])  # another svodka's, or not a number at all
def test_a_store_of_another_schema_version_is_refused_by_name(tmp_path: Path, version: str) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    with pytest.raises(SchemaError, match=f"old.db: schema version {version}"):
        Store(path)
