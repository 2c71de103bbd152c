"""How every face of svodka shows a publication time: the terminal, the static report and the web pages.

Kept apart from the web package so that the report and the terminal show times without
depending on it; the marks (year guessed, day from URL) come from svodka.story_span.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from svodka.story_span import marked, shown_time


class Dated(Protocol):
    """An Article, or a listing of one (store.ArticleListing): its time and the flags saying how sure it is."""

    published: datetime | None
    published_year_guessed: bool
    published_day_only: bool
    published_from_url: bool


def moment(value: datetime | str | None, year_guessed: bool = False, day_only: bool = False,
           from_url: bool = False) -> str:
    """'2021-12-24 08:23', or the day alone when no time of day is known (svodka.story_span.shown_time); a time at
    00:00 counts as a day too (a store from before Article.published_day_only, a timeline's day)."""
    if value is None:
        return "undated"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return marked(value, year_guessed)
    day = day_only or (value.hour, value.minute) == (0, 0)
    return shown_time(value, year_guessed, day, from_url) + ("" if day or from_url else zone(value))


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
    """An article's publication time as every page and the terminal show it (see `moment`)."""
    return moment(article.published, article.published_year_guessed, article.published_day_only,
                  article.published_from_url)
