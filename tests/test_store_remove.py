"""`svodka remove`: junk ingested by mistake leaves the store for good, its story following, and may come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.cli import app
from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.store import Label, NoSuchArticle, Store, stored_labels
from svodka.store.db import StoryFilter
from tests.conftest import CORPUS, TODAY
from tests.test_store_writers import inconsistencies

BRIDGE = [str(CORPUS / name) for name in ("ru_003.txt", "ru_004_koi8r.txt", "ru_005.txt")]  # one story, 3 outlets
LONE = str(CORPUS / "ru_020.txt")  # a story of its own
runner = CliRunner()


@pytest.fixture
def engine(tmp_path: Path, models: NlpModels) -> Engine:
    engine = Engine(Store(tmp_path / "remove.db"), models, now=TODAY)
    engine.run([*BRIDGE, LONE])
    return engine


def story_of(store: Store, path: str) -> tuple[str, list[str]]:
    """The story the report read from `path` is in, and its reports."""
    stored = next(s for s in store.articles() if s.article.origin == path)
    return stored.story, store.story(stored.story).articles


def search_rows(store: Store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM article_search").fetchone()[0]


def test_a_removed_article_leaves_its_story_and_the_store_and_comes_back_when_given_again(engine: Engine) -> None:
    store = engine.store
    story_id, reports = story_of(store, BRIDGE[0])
    assert len(reports) == 3
    removed = next(a for a in reports if a != story_id)  # not the story's first report: the story keeps its id
    engine.correct(removed, Label(category="science"))

    engine.remove([removed])

    assert store.article(removed) is None and store.raw(removed) is None and not store.has_article(removed)
    assert set(store.story(story_id).articles) == set(reports) - {removed}
    assert {row.story_id: row.reports for row in store.story_list(StoryFilter())[0]}[story_id] == 2
    assert store.db.execute("SELECT COUNT(*) FROM labels").fetchone()[0] == 0
    assert search_rows(store) == store.counts()["articles"] == 3
    assert inconsistencies(Path(store.path)) == []

    again = engine.run(BRIDGE)  # no longer "already stored"
    assert (again.added, again.skipped) == (1, 2)
    assert set(store.story(story_id).articles) == set(reports)
    assert store.article(removed).label is None  # its corrections went with it
    assert search_rows(store) == store.counts()["articles"] == 4


def test_a_story_emptied_by_removal_is_dropped_its_id_saying_where_corrected_reports_went(engine: Engine) -> None:
    store = engine.store
    lone, _ = story_of(store, LONE)
    stories = store.counts()["stories"]
    engine.remove([store.story(lone).articles[0]])
    assert store.story(lone) is None and not store.has_story(lone) and store.dissolved(lone) == []
    assert store.counts()["stories"] == stories - 1 == len(store.front_page())

    story_id, reports = story_of(store, BRIDGE[0])
    kept, *removed = reports
    engine.correct(kept, Label(news=False))  # out of its story as not news, still stored
    engine.remove(removed)
    assert store.story(story_id) is None
    assert store.dissolved(story_id) == [kept]  # the gone story names the report that is still stored
    assert store.counts() | {"rejections": 0} == {"articles": 1, "not_news": 1, "stories": 0, "rejections": 0,
                                                         "ungrouped": 0}
    assert inconsistencies(Path(store.path)) == []


def test_the_remove_command_refuses_unknown_ids_before_removing_anything(engine: Engine) -> None:
    store = engine.store
    _, reports = story_of(store, BRIDGE[0])
    db = store.path
    store.close()
    refused = runner.invoke(app, ["remove", reports[0], "0123456789abcdef", "--db", db])
    assert refused.exit_code == 2 and "0123456789abcdef" in refused.output and "nothing removed" in refused.output
    with Store(db) as unchanged:
        assert unchanged.counts()["articles"] == 4

    removed = runner.invoke(app, ["remove", *reports, "--db", db])
    assert removed.exit_code == 0, removed.output
    assert "removed 3 articles" in removed.output and "1 emptied and dropped" in removed.output
    with Store(db) as left:
        assert left.counts()["articles"] == 1 and not any(left.has_article(a) for a in reports)


def test_a_correction_racing_a_removal_is_refused_and_leaves_no_label(engine: Engine,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`svodka label` found the article, then a `svodka remove` took it out before the correction was written: the
    correction is refused (the CLI says so) rather than stored as a label of an article that is gone."""
    store = engine.store
    article_id, _ = story_of(store, LONE)
    assert store.remove_article(article_id)
    with pytest.raises(NoSuchArticle):
        store.set_label(article_id, Label(news=False))
    assert stored_labels(store.path) == {}

    other = next(s.article.id for s in store.articles())
    original = Engine.correct

    def removed_first(self: Engine, article_id: str, label: Label):  # the race, in the order that loses it
        self.store.remove_article(article_id)
        return original(self, article_id, label)

    monkeypatch.setattr(Engine, "correct", removed_first)
    result = runner.invoke(app, ["label", other, "--not-news", "--db", str(store.path)])
    assert result.exit_code == 2 and "removed from" in result.output and "nothing corrected" in result.output
    assert stored_labels(store.path) == {} and store.article(other) is None
