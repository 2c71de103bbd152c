"""The store's story list: what a page of the web app reads."""

from datetime import datetime
from pathlib import Path

import pytest

from svodka.export import full_export
from svodka.model import Analysis, Article, RawDocument, Story
from svodka.store import Store, StoreError
from svodka.report.times import article_time
from svodka.store.db import SchemaError, StoryFilter
from svodka.report.views import story_view


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
    with pytest.raises(SchemaError, match=f"old.db: schema version {version}.*svodka rebuild .*old.db --db NEW.db"):
        Store(path)


def test_stories_of_equal_rank_come_in_one_order_everywhere_by_id(store: Store) -> None:
    """`svodka stories`, the export, the web list and the static report list ties alike: by id, whatever order the
    stories were made in and however many reports or how recent each is."""
    made = ["s9", "s1", "s5", "s3", "s7"]  # created in this order, not the ids'
    for number, story_id in enumerate(made):
        for copy in range(number % 3 + 1):  # reports and times differ: no tie-break of the old list's
            article_id = f"{story_id}a{copy}"
            add(store, article_id, f"Outlet {copy}")
            store.assign(article_id, story_id, {}, [])
        store.save_story(Story(story_id, [f"{story_id}a{c}" for c in range(number % 3 + 1)], title=story_id, rank=1.5))
    add(store, "top", "Top")
    store.assign("top", "s0", {}, [])
    store.save_story(Story("s0", ["top"], title="top", rank=2.0))

    expected = ["s0", "s1", "s3", "s5", "s7", "s9"]
    assert [s.id for s in store.front_page()] == expected
    assert [listing.story_id for listing in store.story_list(StoryFilter())[0]] == expected
    assert [s["id"] for s in full_export(store)["stories"]] == expected
    paged = [listing.story_id for offset in range(0, 6, 2) for listing in store.story_list(StoryFilter(), offset, 2)[0]]
    assert paged == expected


def test_a_story_s_reports_come_by_the_instant_they_came_out_on_its_page(store: Store) -> None:
    """Ordered as first_published counts them: 09:00+03:00 (06:00 UTC) before 01:30-05:00 (06:30 UTC), undated last."""
    times = {"late": "2019-11-14T01:30:00-05:00", "none": None, "early": "2019-11-14T09:00:00+03:00"}
    for article_id, published in times.items():
        raw = RawDocument(origin=f"{article_id}.txt", raw=article_id.encode(), format="text", text="")
        article = Article(article_id, f"{article_id}.txt", "Текст.", outlet=article_id,
                          published=datetime.fromisoformat(published) if published else None)
        store.add_article(raw, article, Analysis("ru"), {})
        store.assign(article_id, "s1", {}, [])
    story = Story("s1", list(times), title="Первая")
    store.save_story(story)
    assert [m.article.id for m in store.story_members("s1")] == ["early", "late", "none"]
    view = story_view(store, story)
    assert [(c.number, c.stored.article.id) for c in view.columns] == [(1, "early"), (2, "late"), (3, "none")]
    assert article_time(view.columns[0].stored.article) == "2019-11-14 09:00 +03:00"
