"""The not-news page: what the news filter kept out of stories, listed so a fact-checker can audit it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.categorise.explain import explanation
from svodka.cli import app
from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.report.html import REPORT_LINKS, write_html_report
from svodka.store import Label, Store
from svodka.web.app import create_app
from tests.conftest import CORPUS, TODAY
from tests.test_corpus import NEWS, NOT_NEWS, gold_key
from tests.test_labels import GUIDE


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Path:
    db = tmp_path_factory.mktemp("not-news") / "corpus.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(CORPUS)])
    return db


@pytest.fixture
def db(corpus_db: Path, tmp_path: Path) -> Path:
    """A copy of the corpus store for one test to change."""
    return Path(shutil.copy(corpus_db, tmp_path / "s.db"))


@pytest.fixture(scope="module")
def client(corpus_db: Path, models: NlpModels) -> TestClient:
    return TestClient(create_app(corpus_db, models))


def ids_by_origin(db: Path) -> dict[str, str]:
    with Store(db) as store:
        return {gold_key(stored.article.origin): stored.article.id for stored in store.articles()}


def page_rows(client: TestClient, url: str) -> list[lxml.html.HtmlElement]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return lxml.html.fromstring(response.text).cssselect("ul.not-news > li:not(.empty)")


def row_id(row: lxml.html.HtmlElement) -> str:
    return row.cssselect("a.title")[0].get("href").rsplit("/", 1)[-1].removesuffix(".html")


def test_the_page_lists_exactly_the_corpus_s_not_news_pieces_newest_first(client: TestClient, corpus_db: Path) -> None:
    rows = page_rows(client, "/not-news")
    ids = ids_by_origin(corpus_db)
    assert sorted(row_id(row) for row in rows) == sorted(ids[origin] for origin in NOT_NEWS)
    with Store(corpus_db) as store:
        # as printed, in each outlet's own time (the store's order, as for a story's reports)
        published = [store.article(row_id(row)).article.published.replace(tzinfo=None) for row in rows]
        for row in rows:
            stored = store.article(row_id(row))
            meta, why = (element.text_content() for element in row.cssselect(".meta"))
            assert stored.article.outlet in meta and stored.analysis.category in meta and "set by you" not in meta
            assert why == explanation(stored.article, stored.analysis).news_reason() and why.startswith("Not news")
            assert row.cssselect("a.title")[0].get("lang") == stored.analysis.language  # read in its own voice
    assert published == sorted(published, reverse=True)
    answer = client.get("/api/not-news").json()
    assert answer["total"] == len(NOT_NEWS)
    assert [a["id"] for a in answer["articles"]] == [row_id(row) for row in rows]
    assert {(a["news"], a["news_source"], a["label_source"]) for a in answer["articles"]} == {(False, "model", "model")}
    assert answer["corrected_to_news"] == []


def test_the_front_page_says_how_many_are_kept_out_and_links_them(client: TestClient, tmp_path: Path,
                                                                  models: NlpModels) -> None:
    [note] = lxml.html.fromstring(client.get("/").text).cssselect(".not-news-note")
    assert note.text_content() == f"{len(NOT_NEWS)} articles judged not news are kept out of stories: review them on the not-news page."
    assert note.cssselect("a")[0].get("href") == "/not-news"
    empty = TestClient(create_app(tmp_path / "empty.db", models))
    assert lxml.html.fromstring(empty.get("/").text).cssselect(".not-news-note") == []
    assert "No article is judged not news" in empty.get("/not-news").text
    assert empty.get("/api/not-news").json()["total"] == 0


def test_a_correction_to_news_takes_an_article_off_the_list_and_one_to_not_news_puts_it_on(
        db: Path, models: NlpModels) -> None:
    ids = ids_by_origin(db)
    horoscope, match_report = ids["ru_024_koi8r.txt"], ids["ru_011.txt"]
    client = TestClient(create_app(db, models))
    assert client.post(f"/api/articles/{horoscope}/label", json={"news": True}).status_code == 200
    assert client.post(f"/api/articles/{match_report}/label", json={"news": False}).status_code == 200
    answer = client.get("/api/not-news").json()
    listed = {a["id"]: a for a in answer["articles"]}
    assert answer["total"] == len(NOT_NEWS) and horoscope not in listed
    assert (listed[match_report]["news_source"], listed[match_report]["why"][:5]) == ("user", "News ")  # the model's
    [to_news] = answer["corrected_to_news"]
    assert (to_news["id"], to_news["news"], to_news["news_source"]) == (horoscope, True, "user")
    page = lxml.html.fromstring(client.get("/not-news").text)
    [marked] = [row for row in page.cssselect("ul.not-news > li") if "set by you" in row.text_content()]
    assert row_id(marked) == match_report
    assert [row_id(row) for row in page.cssselect("ul.to-news > li")] == [horoscope]


def test_the_static_report_writes_the_page_and_links_it_from_its_index(corpus_db: Path, tmp_path: Path) -> None:
    with Store(corpus_db) as store:
        index = write_html_report(store, tmp_path / "html")
    page = tmp_path / "html" / REPORT_LINKS["not_news"]
    [note] = lxml.html.fromstring(index.read_text(encoding="utf-8")).cssselect(".not-news-note a")
    assert (index.parent / note.get("href")).resolve() == page.resolve()
    rows = lxml.html.fromstring(page.read_text(encoding="utf-8")).cssselect("ul.not-news > li")
    ids = ids_by_origin(corpus_db)
    assert sorted(row_id(row) for row in rows) == sorted(ids[origin] for origin in NOT_NEWS)
    for row in rows:
        assert (page.parent / row.cssselect("a.title")[0].get("href")).is_file()


def test_markup_in_a_not_news_title_is_only_text(db: Path, tmp_path: Path, models: NlpModels) -> None:
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(tmp_path / "guide.txt")])
        write_html_report(store, tmp_path / "html")
    client = TestClient(create_app(db, models))
    served = client.get("/not-news").text
    written = (tmp_path / "html" / REPORT_LINKS["not_news"]).read_text(encoding="utf-8")
    for text in (served, written):
        assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        titles = [a.text_content() for a in lxml.html.fromstring(text).cssselect("ul.not-news a.title")]
        assert "Как выбрать <script>alert(1)</script> пылесос: 5 советов" in titles
    assert client.get("/api/not-news").json()["total"] == len(NOT_NEWS) + 1


def test_the_list_pages_like_the_front_page(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = [row_id(row) for row in page_rows(client, "/not-news")]
    monkeypatch.setattr("svodka.web.app.PAGE_SIZE", 3)
    pages = [[row_id(row) for row in page_rows(client, f"/not-news?page={n}")] for n in (1, 2, 3)]
    assert pages[0] + pages[1] + pages[2] == whole and [len(p) for p in pages] == [3, 3, 1]
    past = client.get("/not-news?page=4")  # no "page 4 of 3": no such page
    assert past.status_code == 404 and "there are 3" in past.text
    nav = lxml.html.fromstring(client.get("/not-news?page=2").text).cssselect("nav.pager a")
    assert [(a.get("rel"), a.get("href")) for a in nav] == [("prev", "/not-news?page=1"), ("next", "/not-news?page=3")]
    answer = client.get("/api/not-news?page=3").json()
    assert (answer["pages"], [a["id"] for a in answer["articles"]]) == (3, pages[2])
    assert client.get("/not-news?page=0").status_code == 422


def test_an_article_analysed_before_the_why_was_kept_is_weighed_when_listed(db: Path, models: NlpModels) -> None:
    with Store(db) as store:
        before = {a["id"]: a["why"] for a in TestClient(create_app(db, models)).get("/api/not-news").json()["articles"]}
        with store.transaction():  # the analysis as svodka wrote it before it kept its evidence
            store.db.execute("UPDATE articles SET analysis = json_remove(analysis, '$.not_news_score',"
                             " '$.news_cues', '$.category_scores')")
        listings, total = store.articles_judged(False)
    assert total == len(NOT_NEWS) and {listing.not_news_score for listing in listings} == {None}
    after = {a["id"]: a["why"] for a in TestClient(create_app(db, models)).get("/api/not-news").json()["articles"]}
    assert after == before


def test_a_correction_that_agrees_with_the_model_lists_the_article_once(db: Path) -> None:
    ids = ids_by_origin(db)
    recipe = ids["html/sevpravda-recipe-borsch.html"]
    deals = ids["https://nordicledger.com/deals/2026/03/13/home-office-deals"]
    with Store(db) as store:
        store.set_label(recipe, Label(news=False))
        store.set_label(deals, Label(category="technology"))
        listings, total = store.articles_judged(False)
        assert total == len(listings) == store.counts()["not_news"] == len(NOT_NEWS)
        by_id = {listing.id: listing for listing in listings}
        assert (by_id[recipe].label, by_id[recipe].news) == (Label(False, None), False)
        deals_listed = by_id[deals]
        assert (deals_listed.category, deals_listed.label_source, deals_listed.label.news) == ("technology", "user", None)
        assert store.articles_judged(True, by_reader=True) == ([], 0)


def test_a_store_grouping_non_news_says_its_not_news_is_in_stories(db: Path, tmp_path: Path, models: NlpModels) -> None:
    with Store(db) as store:
        Engine(store, models, now=TODAY, include_non_news=True).process([])  # `svodka run --include-non-news`
        assert all(store.article(listing.id).story for listing in store.articles_judged(False)[0])
        index = write_html_report(store, tmp_path / "html")
    client = TestClient(create_app(db, models))
    written = (tmp_path / "html" / REPORT_LINKS["not_news"]).read_text(encoding="utf-8")
    for front, listing in ((client.get("/").text, client.get("/not-news").text),
                           (index.read_text(encoding="utf-8"), written)):
        [note] = lxml.html.fromstring(front).cssselect(".not-news-note")
        assert "in stories too" in note.text_content() and "kept out" not in note.text_content()
        assert "in stories too" in listing and "kept out of stories" not in listing


def test_the_not_news_command_lists_them_newest_first_with_the_why(db: Path) -> None:
    """`svodka not-news`: the audit in the terminal, a reader's correction shown as theirs."""
    ids = ids_by_origin(db)
    with Store(db) as store:
        corrected = ids[sorted(NOT_NEWS)[0]]
        store.set_label(corrected, Label(category="other"))  # a category only: the news call stays the model's
        news_call = ids[NEWS[0]["origin"]]
        store.set_label(news_call, Label(news=False))
    shown = CliRunner().invoke(app, ["not-news", "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    listed = [line.split()[0] for line in shown.stdout.splitlines() if line.strip()[:16] in ids.values()]
    assert set(listed) == {ids[origin] for origin in NOT_NEWS} | {news_call}
    assert f"{len(NOT_NEWS) + 1} articles judged not news, kept out of stories" in shown.stdout
    by = {line.split()[0]: re.search(r"\s(you|model)\s", line).group(1) for line in shown.stdout.splitlines()
          if line.strip()[:16] in ids.values()}
    assert (by[news_call], by[corrected]) == ("you", "model")
    assert "Not news (log-odds +" in shown.stdout
    top = CliRunner().invoke(app, ["not-news", "--db", str(db), "--top", "2"], env={"COLUMNS": "200"})
    assert "(the newest 2)" in top.stdout
