"""An article that prints no date at all takes the day its URL carries ("/2019/11/14/"), flagged as a day only."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from rich.console import Console

from svodka.clean import clean_document
from svodka.clean.dates import URL_DAY_HOUR, with_url_day
from svodka.redate import year_near
from svodka.engine import Engine
from svodka.export import full_export
from svodka.model import Analysis, Article, RawDocument
from svodka.nlp import NlpModels
from svodka.report.terminal import print_story
from svodka.store import Store
from svodka.report.times import DAY_FROM_URL
from svodka.web.app import create_app
from tests.conftest import TODAY
from tests.test_export import SCHEMA

# Fictional reports (ours) with no date printed anywhere: only their URLs date them.
BRIDGE = ("Вчера в Перми закрыли на ремонт Коммунальный мост через Каму, сообщили в мэрии города. Рабочие "
          "заменят деформационные швы и покрытие на участке длиной 300 метров. В среду по мосту пустят "
          "автобусы, а полностью движение откроют в следующем месяце.")
BRIDGE_TITLE = "В Перми закрыли Коммунальный мост"


def dump_line(url: str, text: str = BRIDGE, title: str = BRIDGE_TITLE) -> str:
    return json.dumps({"url": url, "title": title, "text": text}, ensure_ascii=False) + "\n"


def raw_document(url: str, text: str = BRIDGE) -> RawDocument:
    return RawDocument(origin=url, raw=(url + text).encode(), format="text", text=text, encoding="utf-8",
                       hints={"url": url, "title": BRIDGE_TITLE})


def cleaned(url: str, text: str = BRIDGE) -> Article:
    return clean_document(raw_document(url, text), TODAY)


def test_an_undated_article_takes_its_url_s_day_at_noon_and_says_so() -> None:
    article = cleaned("https://example.org/news/2019/11/14/most")
    assert article.published == datetime(2019, 11, 14, URL_DAY_HOUR)
    assert article.published_from_url and not article.published_year_guessed
    assert cleaned("https://example.org/news/20191114-most.html").published.date().isoformat() == "2019-11-14"


def test_a_printed_date_wins_over_the_url_s_and_a_url_without_a_date_dates_nothing() -> None:
    printed = cleaned("https://example.org/news/2019/11/14/most", "17 ноября 2019 года, 12:40\n\n" + BRIDGE)
    assert printed.published == datetime(2019, 11, 17, 12, 40) and not printed.published_from_url
    undated = cleaned("https://example.org/news/676578.html")
    assert undated.published is None and not undated.published_from_url


def test_a_url_date_after_the_ingest_time_is_no_filing_day() -> None:
    # an id's digits that read as a date ("…-20810306"), or a page about a day to come
    assert with_url_day(None, "https://example.org/celebrity-news/lingering-20810306", TODAY) == (None, False)
    assert with_url_day(None, "https://example.org/2026/11/25/a", TODAY) == (datetime(2026, 11, 25, URL_DAY_HOUR), True)
    assert with_url_day(None, "https://example.org/2026/11/26/a", TODAY) == (None, False)


def test_relative_dates_count_from_the_url_s_day(engine: Engine, store: Store, tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(dump_line("https://example.org/news/2019/11/14/most"), encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])
    [stored] = store.articles()
    resolved = {d.text.lower(): d.date for d in stored.analysis.dates}
    assert resolved["вчера"] == "2019-11-13"  # Thursday 14 November 2019: yesterday, and the coming Wednesday
    assert resolved["в среду"] == "2019-11-20"
    assert resolved["в следующем месяце"] == "2019-12-01/2019-12-31"


def test_the_export_and_the_terminal_mark_the_day_as_the_url_s(engine: Engine, store: Store, tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(dump_line("https://example.org/news/2019/11/14/most"), encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    [article] = export["articles"]
    assert (article["published"], article["published_from_url"]) == ("2019-11-14T12:00:00", True)
    console = Console(record=True, width=200)
    [story] = store.stories()
    print_story(console, store, story)
    shown = console.export_text()
    assert f"2019-11-14 ({DAY_FROM_URL})" in shown and "12:00" not in shown  # a day, not svodka's noon


def test_the_search_api_says_a_day_is_the_url_s(engine: Engine, store: Store, tmp_path: Path,
                                                  models: NlpModels) -> None:
    (tmp_path / "dump.jsonl").write_text(dump_line("https://example.org/news/2019/11/14/most"), encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])
    client = TestClient(create_app(tmp_path / "test.db", models))
    [group] = client.get("/api/search", params={"q": "деформационные"}).json()["stories"]
    [hit] = group["articles"]
    assert hit["published"] == "2019-11-14T12:00:00" and hit["published_from_url"] and hit["published_day_only"]


def test_the_grouping_window_keeps_apart_reports_filed_months_apart(engine: Engine, store: Store,
                                                                   tmp_path: Path) -> None:
    urls = ["https://a.example.org/2019/11/14/most", "https://b.example.org/2019/11/15/most",
            "https://c.example.org/2020/05/06/most"]
    (tmp_path / "dump.jsonl").write_text("".join(dump_line(url) for url in urls), encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])
    story_of = {stored.article.url: stored.story for stored in store.articles()}
    assert story_of[urls[0]] == story_of[urls[1]]  # a day apart: one story
    assert story_of[urls[2]] != story_of[urls[0]]  # the same words half a year later: another


def test_a_year_less_day_takes_the_year_of_the_nearest_era_of_an_archive_spanning_two() -> None:
    # URL days of two collection rounds: November 2019 and May 2020
    known = [datetime(2019, 11, 7, 12), datetime(2019, 11, 14, 12), datetime(2020, 5, 6, 12), datetime(2020, 5, 17, 12)]
    assert year_near(datetime(2026, 11, 11), known, TODAY) == datetime(2019, 11, 11)  # not 2020-11, nearer May 2020
    assert year_near(datetime(2026, 5, 25), known, TODAY) == datetime(2020, 5, 25)  # not 2019-05, nearer November
    assert year_near(datetime(2026, 12, 1), [datetime(2026, 11, 20)], TODAY) == datetime(2025, 12, 1)  # no future


def test_a_url_s_day_keeps_the_article_s_input_place_for_grouping(store: Store) -> None:
    inputs = [("https://a.example.org/2019/11/14/most", BRIDGE),  # a day from the URL: its input place
              ("https://b.example.org/news/1", "17 ноября 2019 года, 12:40\n\n" + BRIDGE),  # printed: by its time
              ("https://c.example.org/news/2", BRIDGE)]  # undated
    for url, text in inputs:
        raw = raw_document(url, text)
        store.add_article(raw, clean_document(raw, TODAY), Analysis(language="ru"), {})
    url_of = {stored.article.id: stored.article.url for stored in store.articles()}
    placed = [url_of[pending.id] for pending in store.pending_articles()]
    assert placed == [inputs[1][0], inputs[0][0], inputs[2][0]]
    assert store.pending_articles()[1].published == datetime(2019, 11, 14, URL_DAY_HOUR)  # still dated for grouping


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.theguardian.com/world/2019/nov/04/bridge-closed-for-repairs", "2019-11-04"),
    ("https://example.org/news/2019/November/4/bridge", "2019-11-04"),
    ("https://example.org/2019/sept/09/bridge", "2019-09-09"),
    ("https://example.org/archive/2019-mar-15-bridge-closed", "2019-03-15"),
])
def test_a_url_with_the_month_s_name_dates_an_undated_article(url: str, day: str) -> None:
    article = cleaned(url)
    assert article.published_from_url and article.published.date().isoformat() == day


@pytest.mark.parametrize("url", [
    "https://example.org/2019/may/protest-march-on-the-capital",  # a month's word, but no day after it
    "https://example.org/news/may-day-march-2019-12-people-hurt",  # slug words before a year
    "https://example.org/2019/mayor/04/bridge",  # a word that starts like a month
    "https://example.org/2019/feb/30/bridge",  # no such day
    "https://example.org/2019/march/15th-anniversary",  # a day glued to letters is no day
])
def test_slug_words_like_may_and_march_are_no_url_date(url: str) -> None:
    article = cleaned(url)
    assert article.published is None and not article.published_from_url


def test_a_year_less_printed_day_takes_its_year_from_a_guardian_style_url() -> None:
    article = cleaned("https://www.theguardian.com/world/2019/nov/04/bridge", "3 ноября, 18:20\n\n" + BRIDGE)
    assert article.published == datetime(2019, 11, 3, 18, 20) and not article.published_year_guessed
