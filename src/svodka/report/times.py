"""How every face of svodka shows a publication time: the terminal, the static report and the web pages.

Kept apart from the web package so that the report and the terminal show times without
depending on it. A time whose year svodka guessed says so ("year guessed"); a time of day
svodka chose (the report gave a day only) is shown as the day, and a day read from the
URL says that too (svodka.story_span keeps these flags for a story's first and last time).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Protocol

YEAR_GUESSED = "year guessed"  # the mark shown after such a time, everywhere
DAY_FROM_URL = "day from URL"  # the mark after a report's day when it printed no date and its URL gave one


class Dated(Protocol):
    """An Article, or a listing of one (store.ArticleListing): its time and the flags saying how sure it is."""

    published: datetime | None
    published_year_guessed: bool
    published_day_only: bool
    published_from_url: bool


def marked(text: str, year_guessed: bool) -> str:
    """'2026-11-11 (year guessed)' for a time whose year was guessed, the time alone otherwise."""
    return f"{text} ({YEAR_GUESSED})" if year_guessed else text


def shown_time(moment: datetime, year_guessed: bool = False, day_only: bool = False, from_url: bool = False) -> str:
    """'2021-12-24 08:23'; the day alone when no time of day is known ('2019-11-14 (day from URL)' for a URL's
    day); '… (year guessed)' when the year is svodka's."""
    if from_url:
        return f"{moment:%Y-%m-%d} ({DAY_FROM_URL})"
    return marked(moment.strftime("%Y-%m-%d" if day_only else "%Y-%m-%d %H:%M"), year_guessed)


def time_text(value: datetime | str | None, year_guessed: bool = False, day_only: bool = False,
              from_url: bool = False) -> str:
    """'2021-12-24 08:23 +03:00', or the day alone when no time of day is known (`shown_time`); a time at 00:00
    counts as a day too (a store from before Article.published_day_only, a timeline's day); "undated" for none."""
    if value is None:
        return "undated"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return marked(value, year_guessed)
    day = day_only or (value.hour, value.minute) == (0, 0)
    return shown_time(value, year_guessed, day, from_url) + ("" if day or from_url else zone(value))


def time_span(first: datetime | str | None, last: datetime | str | None, first_year_guessed: bool = False,
              first_day_only: bool = False, last_year_guessed: bool = False, last_day_only: bool = False) -> str:
    """A story's first and last report, '2024-11-19 16:40 – 2024-11-20 17:10 UTC': both times in one zone, written
    once, so a reader compares the ends at a glance ("16:40 UTC – 12:10 -05:00" hid that the last was 17:10 UTC).
    The zone both were printed in, else UTC; an end with no time of day or no zone is shown as `time_text` shows
    it; the first alone when the last is none or the same."""
    if last is None or last == first:
        return time_text(first, first_year_guessed, first_day_only)
    start, end = _clocked(first, first_day_only), _clocked(last, last_day_only)
    if start is None or end is None:
        return (f"{time_text(first, first_year_guessed, first_day_only)} – "
                f"{time_text(last, last_year_guessed, last_day_only)}")
    if start.utcoffset() != end.utcoffset():
        start, end = start.astimezone(timezone.utc), end.astimezone(timezone.utc)
    return f"{shown_time(start, first_year_guessed)} – {shown_time(end, last_year_guessed)}{zone(end)}"


def _clocked(value: datetime | str | None, day_only: bool) -> datetime | None:
    """The time, when it has a time of day (not 00:00: `time_text` takes that for a day) and a zone; else None."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if value is None or day_only or (value.hour, value.minute) == (0, 0) or value.utcoffset() is None:
        return None
    return value


def zone(value: datetime) -> str:
    """' +03:00' (' UTC') after a time printed with a zone, so that "01:30 -05:00" does not read as before "09:00
    +03:00"; nothing for a wall-clock time in an unknown zone."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    if not offset:
        return " UTC"
    minutes = int(offset.total_seconds()) // 60
    return f" {'+' if minutes > 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def article_time(article: Dated) -> str:
    """An article's publication time as every page and the terminal show it (see `time_text`)."""
    return time_text(article.published, article.published_year_guessed, article.published_day_only,
                     article.published_from_url)


