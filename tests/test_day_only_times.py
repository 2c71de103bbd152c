"""A report that gives a day but no time of day (its URL's day, "15 ноября 2019") is a day everywhere: shown as
one, no evidence of how fast outlets followed each other, and no claim to have been first among copies."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import jsonschema
import lxml.html
import pytest
from fastapi.testclient import TestClient
from rich.console import Console

from svodka.clean import clean_document
from svodka.clean.dates import states_time_of_day
from svodka.engine import Engine
from svodka.export import full_export
from svodka.model import Analysis, Article, RawDocument, from_dict, to_dict
from svodka.nlp import NlpModels
from svodka.rank import pickup_speed
from svodka.report.html import REPORT_LINKS, render_page, write_html_report
from svodka.report.terminal import print_not_news, print_story
from svodka.store import Store
from svodka.store.db import ArticleListing, ReportTime
from svodka.stories.reprints import find_reprints
from svodka.summarise.summary import publication_order
from svodka.report.times import DAY_FROM_URL
from svodka.story_span import story_span
from svodka.web.app import create_app
from svodka.report.views import JudgedRow, NotNewsListing
from tests.conftest import TODAY
from tests.test_export import SCHEMA
from tests.test_url_day import BRIDGE, BRIDGE_TITLE, dump_line

URL_DAY = "https://a.example.org/2019/11/14/most"  # prints no date: its URL's day
PRINTED_DAY = "https://b.example.org/news/1"  # prints "15 ноября 2019 года": a day, no time
PRINTED_TIME = "https://c.example.org/news/2"  # prints "15 ноября 2019 года, 15:10"
TEXTS = {URL_DAY: BRIDGE, PRINTED_DAY: "15 ноября 2019 года\n\n" + BRIDGE,
         PRINTED_TIME: "15 ноября 2019 года, 15:10\n\n" + BRIDGE}


@pytest.mark.parametrize(("printed", "states_time"), [
    ("15 ноября 2019", False), ("Nov 15, 2019", False), ("2019-11-15", False), ("вчера", False),
    ("Опубликовано: 15.11.2019", False), ("24 декабря 08:23", True), ("2019-11-15T10:30:00+03:00", True),
    ("Sat, 07 Mar 2026 16:45:00 +0300", True), ("March 5, 2026, 2:30 pm", True), ("вчера в 10:30", True),
    ("Раздел | 24 декабря 2021 08:23", True), ("Деловой обзор, 4 марта 2026 года", False),
])
def test_a_printed_date_says_whether_it_gives_the_time_of_day(printed: str, states_time: bool) -> None:
    assert states_time_of_day(printed) is states_time


def cleaned(text: str, hints: dict[str, str], format: str = "text") -> Article:
    raw = RawDocument(origin="x", raw=text.encode(), format=format, text=text, encoding="utf-8",
                      hints={"title": BRIDGE_TITLE} | hints)
    return clean_document(raw, TODAY)


def test_the_cleaner_flags_a_day_without_a_time_from_text_markup_and_url() -> None:
    printed_day = cleaned(TEXTS[PRINTED_DAY], {"url": PRINTED_DAY})
    assert printed_day.published == datetime(2019, 11, 15) and printed_day.published_day_only
    assert not printed_day.published_from_url
    printed_time = cleaned(TEXTS[PRINTED_TIME], {"url": PRINTED_TIME})
    assert printed_time.published == datetime(2019, 11, 15, 15, 10) and not printed_time.published_day_only
    from_url = cleaned(BRIDGE, {"url": URL_DAY})
    assert from_url.published_from_url and from_url.published_day_only
    assert not cleaned(BRIDGE, {}).published_day_only  # undated: no day either


@pytest.mark.parametrize(("meta", "day_only"), [("2019-11-15", True), ("2019-11-15T09:30:00+03:00", False)])
def test_html_meta_published_time_without_a_time_is_a_day(meta: str, day_only: bool) -> None:
    page = (f'<html><head><meta property="article:published_time" content="{meta}"></head>'
            f"<body><h1>{BRIDGE_TITLE}</h1><p>{BRIDGE}</p></body></html>")
    article = cleaned(page, {}, format="html")
    assert article.published.date().isoformat() == "2019-11-15" and article.published_day_only is day_only


def test_an_article_stored_before_the_flag_reads_as_before() -> None:
    url_day = to_dict(cleaned(BRIDGE, {"url": URL_DAY}))
    printed_day = to_dict(cleaned(TEXTS[PRINTED_DAY], {"url": PRINTED_DAY}))
    for record in (url_day, printed_day):
        del record["published_day_only"]
    assert from_dict(Article, url_day).published_day_only  # a URL's day was always a day
    assert not from_dict(Article, printed_day).published_day_only  # 00:00, as the store said before


def report(article: str, outlet: str, published: datetime | None, day_only: bool = False) -> ReportTime:
    return ReportTime(article, outlet, published, day_only=day_only)


def test_pickup_counts_only_times_that_state_the_hour() -> None:
    noon = datetime(2019, 11, 14, 12)
    url_days = [report("a", "ria", noon, day_only=True), report("b", "tass", noon, day_only=True)]
    assert pickup_speed(url_days) == 0.0  # two URL days: no evidence of a pickup within the hour
    assert pickup_speed([url_days[0], report("b", "tass", noon)]) == 0.0  # one real time is no gap either
    timed = [report("a", "ria", noon), report("b", "tass", datetime(2019, 11, 14, 13))]
    assert pickup_speed(timed) > pickup_speed([*timed[:1], report("b", "tass", datetime(2019, 11, 14, 18))]) > 0
    assert pickup_speed([*timed, report("c", "rbc", datetime(2019, 11, 14, 12), day_only=True)]) == pickup_speed(timed)


def test_a_story_s_span_says_which_end_is_a_day_and_prefers_a_time_at_a_tie() -> None:
    noon = datetime(2019, 11, 14, 12)
    span = story_span([report("a", "ria", noon, day_only=True), report("b", "tass", datetime(2019, 11, 15, 9))])
    assert (span.first, span.first_day_only, span.last_day_only) == (noon, True, False)
    tie = story_span([report("a", "ria", noon, day_only=True), report("b", "tass", noon)])
    assert not tie.first_day_only and not tie.last_day_only


def article(id: str, published: datetime, day_only: bool = False, from_url: bool = False) -> Article:
    return Article(id=id, origin=id, text=BRIDGE, published=published, published_day_only=day_only,
                   published_from_url=from_url)


def test_a_copy_dated_by_its_day_alone_yields_to_a_copy_of_that_day_with_a_time() -> None:
    url_day = article("url-day", datetime(2019, 11, 14, 12), from_url=True)
    timed = article("timed", datetime(2019, 11, 14, 14, 30))
    printed_day = article("printed-day", datetime(2019, 11, 14), day_only=True)
    reprints = find_reprints([url_day, printed_day, timed])
    assert {r.article: r.original for r in reprints} == {"url-day": "timed", "printed-day": "timed"}
    earlier = article("day-before", datetime(2019, 11, 13, 23))  # a real time a day earlier still came first
    assert {r.original for r in find_reprints([url_day, earlier, timed])} == {"day-before"}


@pytest.fixture(scope="module")
def day_db(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Path:
    folder = tmp_path_factory.mktemp("days")
    (folder / "dump.jsonl").write_text("".join(dump_line(url, text) for url, text in TEXTS.items()), encoding="utf-8")
    store = Store(folder / "days.db")
    Engine(store, models, now=TODAY).run([str(folder / "dump.jsonl")])
    return folder / "days.db"


def test_the_export_flags_a_story_s_first_time_that_is_a_day(day_db: Path) -> None:
    export = full_export(Store(day_db))
    jsonschema.validate(export, SCHEMA)
    day_only = {a["origin"]: a["published_day_only"] for a in export["articles"]}
    assert day_only == {URL_DAY: True, PRINTED_DAY: True, PRINTED_TIME: False}
    [story] = export["stories"]
    assert (story["first_published"], story["first_published_day_only"]) == ("2019-11-14T12:00:00", True)
    assert (story["last_published"], story["last_published_day_only"]) == ("2019-11-15T15:10:00", False)
    assert story["rank_components"]["pickup"] == 0.0  # no two outlets' times of day to measure a gap with


def test_every_page_shows_a_day_as_a_day(day_db: Path, models: NlpModels, tmp_path: Path) -> None:
    store = Store(day_db)
    [story] = store.stories()
    client = TestClient(create_app(day_db, models))
    front = html(client.get("/").text).cssselect("ul.stories > li .meta")[0].text_content()
    assert "2019-11-14 – 2019-11-15 15:10" in front and "12:00" not in front
    sources = html(client.get(f"/stories/{story.id}").text).cssselect("ol.sources")[0].text_content()
    assert f"2019-11-14 ({DAY_FROM_URL})" in sources and "2019-11-15 15:10" in sources
    assert "12:00" not in sources and "00:00" not in sources
    index = write_html_report(store, tmp_path / "report")
    assert "2019-11-14 – 2019-11-15 15:10" in index.read_text(encoding="utf-8")
    console = Console(record=True, width=200)
    print_story(console, store, story)
    shown = console.export_text()
    assert f"2019-11-14 ({DAY_FROM_URL})" in shown and "2019-11-15 15:10" in shown
    assert "12:00" not in shown and "00:00" not in shown  # svodka's hours are not shown as the outlets'


def listed(id: str, published: datetime | None, day_only: bool = False, from_url: bool = False) -> JudgedRow:
    return JudgedRow(ArticleListing(id, f"title {id}", "outlet", published, False, day_only, from_url, False, None,
                                    None, 1.0), "Not news")


def test_the_not_news_command_shows_each_time_as_the_not_news_page_does() -> None:
    """A URL's day, a printed day (flagged, or at 00:00 in a store from before the flag), a time, none: one reading."""
    url_day = listed("a" * 16, datetime(2019, 11, 14, 12), day_only=True, from_url=True)
    expected = [(url_day, f"2019-11-14 ({DAY_FROM_URL})"),
                (listed("b" * 16, datetime(2019, 11, 15), day_only=True), "2019-11-15"),
                (listed("c" * 16, datetime(2019, 11, 16)), "2019-11-16"),  # a store from before the flag
                (listed("d" * 16, datetime(2019, 11, 17, 15, 10)), "2019-11-17 15:10"),
                (listed("e" * 16, None), "undated")]
    listing = NotNewsListing([row for row, _ in expected], len(expected), [], grouped=False)
    console = Console(record=True, width=200)
    print_not_news(console, listing)
    printed = {line.split()[0]: line for line in console.export_text().splitlines() if line.split()}
    page = html(render_page("not_news.html", REPORT_LINKS, **vars(listing), page=None))
    for row, when in expected:
        on_page = page.cssselect(f'a[href="articles/{row.listing.id}.html"]')[0].getparent().text_content()
        assert f"· {when} ·" in on_page and f" {when} " in printed[row.listing.id], when
    assert "00:00" not in console.export_text() and "12:00" not in console.export_text()


def test_a_store_written_before_the_flag_still_knows_its_url_days(day_db: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with sqlite3.connect(day_db) as source, sqlite3.connect(old) as copy:
        source.backup(copy)
    store = Store(old)
    store.db.execute("UPDATE articles SET article = json_remove(article, '$.published_day_only')")
    by_url = {stored.article.url: stored.article.id for stored in store.articles()}
    times = store.report_times()
    assert times[by_url[URL_DAY]].day_only and not times[by_url[PRINTED_TIME]].day_only
    assert not times[by_url[PRINTED_DAY]].day_only  # as before: a day printed alone was a time at 00:00


def html(text: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(text)


def test_a_summary_orders_a_day_after_the_times_of_that_day() -> None:
    """Publication order (which source told a fact first): a noon URL day is "some time that day", not noon."""
    day = Article(id="day", origin="a", title="t", text="x", published=datetime(2019, 11, 15, 12, 0),
                  published_day_only=True, published_from_url=True)
    timed = Article(id="timed", origin="b", title="t", text="x", published=datetime(2019, 11, 15, 15, 10))
    earlier_day = Article(id="earlier", origin="c", title="t", text="x", published=datetime(2019, 11, 14, 12, 0),
                          published_day_only=True)
    members = [(a, Analysis(language="ru")) for a in (day, timed, earlier_day)]
    assert publication_order(members) == {"earlier": 0, "timed": 1, "day": 2}
