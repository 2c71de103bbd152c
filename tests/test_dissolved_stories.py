"""A story a reader's corrections empty (`svodka label --not-news` on its last reports) is gone, not unknown: its
id, and the ids of the stories merged into it, answer 410 with where its reports are now; an id that never was
a story stays 404."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.cli import app
from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.report.html import write_html_report
from svodka.store import Label, Store
from svodka.store.db import StoryFilter
from svodka.web.app import create_app
from tests.conftest import TODAY
from tests.test_not_news_page import corpus_db, db  # noqa: F401 (fixtures: the corpus's store, a copy)

UNKNOWN = "0123456789abcdef"
runner = CliRunner()


@pytest.fixture
def engine(db: Path, models: NlpModels) -> Engine:  # noqa: F811 (the imported fixture)
    """An engine over a copy of the sample corpus's store, for one test to correct: one of its stories absorbed
    another (a bridging report merged them)."""
    return Engine(Store(db), models, now=TODAY)


def merged_story(store: Store) -> tuple[str, str, list[str]]:
    """The story that absorbed another: its id, the absorbed id, and its reports."""
    story = next(story for story in store.stories() if story.merged_from)
    return story.id, story.merged_from[0], list(story.articles)


def html(text: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(text)


def test_a_story_emptied_by_corrections_is_gone_with_its_merged_ids(engine: Engine, models: NlpModels) -> None:
    store = engine.store
    story_id, absorbed, reports = merged_story(store)
    before = store.counts()["stories"]
    for article_id in reports:
        engine.correct(article_id, Label(news=False))
    assert store.story(story_id) is None and store.counts()["stories"] == before - 1  # no longer listed or counted
    assert story_id not in {listing.story_id for listing in store.story_list(StoryFilter())[0]}
    client = TestClient(create_app(store.path, models))
    for asked in (story_id, absorbed):
        page = client.get(f"/stories/{asked}", follow_redirects=False)
        assert page.status_code == 410, asked
        links = {a.get("href") for a in html(page.text).cssselect("main a")}
        assert {f"/articles/{a}" for a in reports} <= links  # the reports that were in it, still readable
        assert "not news" in page.text
        gone = client.get(f"/api/stories/{asked}")
        assert gone.status_code == 410 and "not news" in gone.json()["detail"]
        assert [a["id"] for a in gone.json()["articles"]] == reports
        assert all(a["news"] is False and a["story"] is None for a in gone.json()["articles"])
    assert client.get(f"/stories/{UNKNOWN}").status_code == 404  # never a story: unknown, not gone
    assert client.get(f"/api/stories/{UNKNOWN}").status_code == 404


def test_a_report_corrected_back_to_news_is_linked_from_the_gone_story(engine: Engine, models: NlpModels) -> None:
    store = engine.store
    story_id, absorbed, reports = merged_story(store)
    for article_id in reports:
        engine.correct(article_id, Label(news=False))
    back = next(a for a in reports if a != story_id)
    engine.correct(back, Label(news=True))
    now_in = store.article(back).story
    assert now_in is not None and store.has_story(now_in)
    client = TestClient(create_app(store.path, models))
    page = client.get(f"/stories/{absorbed}", follow_redirects=False)
    assert page.status_code == 410
    assert f"/stories/{now_in}" in {a.get("href") for a in html(page.text).cssselect("main a")}
    assert {a["id"]: a["story"] for a in client.get(f"/api/stories/{story_id}").json()["articles"]}[back] == now_in
    for article_id in reports:  # all of them back: the story re-forms, and both old ids lead to it
        engine.correct(article_id, Label(news=True))
    [reformed] = {store.article(a).story for a in reports}
    assert set(store.story(reformed).articles) == set(reports)
    for asked in (story_id, absorbed):
        assert client.get(f"/api/stories/{asked}").json()["id"] == reformed
        moved = client.get(f"/stories/{asked}", follow_redirects=False)
        assert moved.status_code == 200 if asked == reformed else moved.headers["location"] == f"/stories/{reformed}"


def test_reports_corrected_back_in_their_order_re_form_one_story_both_ids_lead_to(engine: Engine) -> None:
    """The first report starts a story under its own id again, though that id was merged away once: it leads to
    the re-formed story (not, through the old merge, round in a loop to none)."""
    store = engine.store
    story_id, absorbed, reports = merged_story(store)
    for article_id in reports:
        engine.correct(article_id, Label(news=False))
    for article_id in reports:
        engine.correct(article_id, Label(news=True))
    reformed = store.story(story_id)
    assert reformed is not None and reformed == store.story(absorbed) and set(reformed.articles) == set(reports)
    assert store.dissolved(story_id) == store.dissolved(absorbed) == []  # there again: not gone
    assert store.counts()["stories"] == len(store.front_page()) == store.story_list(StoryFilter())[1]


def test_the_static_report_and_a_rebuild_of_a_store_with_a_story_gone(engine: Engine, tmp_path: Path) -> None:
    store = engine.store
    story_id, absorbed, reports = merged_story(store)
    for article_id in reports:
        engine.correct(article_id, Label(news=False))
    folder = write_html_report(store, tmp_path / "report").parent
    for asked in (story_id, absorbed):  # a link kept to either page of the report says what became of it
        page = html((folder / "stories" / f"{asked}.html").read_text(encoding="utf-8"))
        assert {f"../articles/{a}.html" for a in reports} <= {a.get("href") for a in page.cssselect("main a")}
    assert f"stories/{story_id}.html" not in (folder / "index.html").read_text(encoding="utf-8")  # not listed
    store.close()
    rebuilt = runner.invoke(app, ["rebuild", store.path, "--db", str(tmp_path / "new.db")])
    assert rebuilt.exit_code == 0, rebuilt.output
    with Store(store.path) as old, Store(tmp_path / "new.db") as new:
        assert new.counts() == old.counts()
        assert all(new.article(a).story is None and new.article(a).analysis.news is False for a in reports)


def test_an_id_merged_away_and_revived_leaves_the_ids_merged_through_it_where_their_reports_are(
        engine: Engine) -> None:
    """Z merged into X, X into Y; then X's first report goes not news, comes back and starts a story alone under
    id X: Z still leads to Y, where its report is, and only Y lists Z among the stories merged into it."""
    store = engine.store
    alone = [story.id for story in store.stories() if story.articles == [story.id] and not story.merged_from]
    z, x, y = alone[:3]
    bridges = [stored.article.id for stored in store.articles() if stored.story is None][:2]
    store.assign(bridges[0], x, {}, [z])  # as grouping records a bridging report: it joins x and absorbs z
    store.assign(bridges[1], y, {}, [x])
    store.set_label(x, Label(news=False))
    store.assign(x, x, {}, [])  # x back to news, grouped alone: it starts a story under its own id again
    engine.build_stories()
    assert store.story(z).id == store.article(z).story == y
    assert store.story(x).articles == [x] and store.story(x).merged_from == []
    assert store.merged_into(y) == [z] and store.story(y).merged_from == [z]
