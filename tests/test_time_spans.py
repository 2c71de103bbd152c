"""A story's first and last report time, as the front page shows the range: one zone for both ends."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from svodka.report.times import time_span

NEW_YORK = timezone(timedelta(hours=-5))
MOSCOW = timezone(timedelta(hours=3))


def test_ends_in_two_zones_are_both_shown_in_utc() -> None:
    first = datetime(2024, 11, 19, 16, 40, tzinfo=timezone.utc)
    last = datetime(2024, 11, 20, 12, 10, tzinfo=NEW_YORK)
    assert time_span(first, last) == "2024-11-19 16:40 – 2024-11-20 17:10 UTC"
    assert time_span(first.isoformat(), last.isoformat()) == "2024-11-19 16:40 – 2024-11-20 17:10 UTC"


def test_ends_in_one_zone_keep_it_written_once() -> None:
    first, last = datetime(2026, 3, 7, 9, 5, tzinfo=MOSCOW), datetime(2026, 3, 7, 23, 50, tzinfo=MOSCOW)
    assert time_span(first, last) == "2026-03-07 09:05 – 2026-03-07 23:50 +03:00"


def test_an_end_without_a_clock_or_a_zone_is_shown_as_it_was_printed() -> None:
    first = datetime(2026, 3, 7, 9, 5, tzinfo=MOSCOW)
    assert time_span(first, datetime(2026, 3, 8, 14, 0, tzinfo=NEW_YORK), last_day_only=True) == (
        "2026-03-07 09:05 +03:00 – 2026-03-08")
    assert time_span(first, datetime(2026, 3, 8, 14, 0)) == "2026-03-07 09:05 +03:00 – 2026-03-08 14:00"


def test_one_end_or_the_same_twice_is_one_time_with_its_marks() -> None:
    first = datetime(2026, 3, 7, 9, 5, tzinfo=MOSCOW)
    assert time_span(first, None) == time_span(first, first) == "2026-03-07 09:05 +03:00"
    assert time_span(first, datetime(2026, 3, 7, 10, 5, tzinfo=timezone.utc), first_year_guessed=True) == (
        "2026-03-07 06:05 (year guessed) – 2026-03-07 10:05 UTC")
