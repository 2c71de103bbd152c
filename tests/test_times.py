"""Publication times: instants compare across zones; days named in a text keep the text's clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from svodka.clean.dates import parse_date
from svodka.model import Article
from svodka.report import html, terminal
from svodka.report.times import article_time, time_text
from svodka.times import as_utc, wall_clock

MOSCOW = timezone(timedelta(hours=3))


def test_one_instant_printed_in_two_zones_compares_equal() -> None:
    moscow = datetime(2026, 3, 7, 10, 15, tzinfo=MOSCOW)
    london = datetime(2026, 3, 7, 7, 15, tzinfo=timezone.utc)
    assert as_utc(moscow) == as_utc(london) == datetime(2026, 3, 7, 7, 15)
    assert as_utc(datetime(2026, 3, 7, 7, 15)) == as_utc(london)  # a naive time counts as UTC


def test_a_relative_day_is_the_day_before_on_the_reports_own_clock() -> None:
    # Half past midnight in Moscow is still the 6th in UTC: converting would make "вчера" the 5th.
    reference = datetime(2026, 3, 7, 0, 30, tzinfo=MOSCOW)
    assert wall_clock(reference) == datetime(2026, 3, 7, 0, 30)
    yesterday, guessed = parse_date("вчера", reference)
    assert yesterday is not None and yesterday.date() == datetime(2026, 3, 6).date()
    assert not guessed


def test_a_day_without_a_year_is_the_latest_one_not_after_the_reference() -> None:
    new_year = datetime(2026, 1, 1, 0, 30, tzinfo=MOSCOW)
    assert parse_date("24 декабря 08:23", new_year) == (datetime(2025, 12, 24, 8, 23), True)
    assert parse_date("31 декабря 23:50 мск", new_year) == (datetime(2025, 12, 31, 23, 50, tzinfo=MOSCOW), True)


def test_a_time_is_shown_alike_everywhere_from_a_module_outside_the_web_package() -> None:
    """The terminal, the static report and the pages show times through svodka.report.times (no web import)."""
    assert terminal.article_time is html.article_time is article_time and html.time_text is time_text
    assert time_text(datetime(2026, 3, 7, 14, 5, tzinfo=MOSCOW)) == "2026-03-07 14:05 +03:00"  # as printed, its zone said
    assert time_text("2026-03-07T00:00:00") == "2026-03-07"  # a day
    assert time_text(None) == "undated" and time_text("весной", year_guessed=True) == "весной (year guessed)"
    article = Article(id="0" * 16, origin="x.txt", text="", published=datetime(2019, 11, 14, 12),
                      published_from_url=True)
    assert article_time(article) == "2019-11-14 (day from URL)"
