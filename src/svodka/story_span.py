"""A story's first and last report time, each saying whether it rests on a guessed year or is a day only; and
how every face of svodka (terminal, pages, export) shows such a time.

A report printed "11 ноября" with no year has its year guessed (svodka.clean.dates); a
reader must not take a time built on that guess for a fact, so every place that shows a
story's span marks the end that only a guess supports. A report that gave a day but no
time of day (its URL's day, "15 ноября 2019") carries an hour svodka chose: it is shown
as the day alone, and a URL's day says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from svodka.times import as_utc

YEAR_GUESSED = "year guessed"  # the mark shown after such a time, everywhere
DAY_FROM_URL = "day from URL"  # the mark after a report's day when it printed no date and its URL gave one


class Report(Protocol):
    """A report's time: store.ReportTime and svodka.rank's reports alike."""

    published: datetime | None
    year_guessed: bool  # the article printed its date without a year
    day_only: bool  # the article gave a day, no time of day


@dataclass
class StorySpan:
    first: datetime | None = None
    last: datetime | None = None
    first_year_guessed: bool = False
    last_year_guessed: bool = False
    first_day_only: bool = False
    last_day_only: bool = False


def story_span(reports: Iterable[Report]) -> StorySpan:
    """The earliest and latest report times; at a tie a time with a printed year wins over a guessed one, and a time
    of day over a day."""
    dated = [r for r in reports if r.published is not None]
    if not dated:
        return StorySpan()
    first = min(dated, key=lambda r: (as_utc(r.published), r.year_guessed, r.day_only))
    last = max(dated, key=lambda r: (as_utc(r.published), not r.year_guessed, not r.day_only))
    return StorySpan(first.published, last.published, first.year_guessed, last.year_guessed, first.day_only,
                     last.day_only)


def marked(text: str, year_guessed: bool) -> str:
    """'2026-11-11 (year guessed)' for a time whose year was guessed, the time alone otherwise."""
    return f"{text} ({YEAR_GUESSED})" if year_guessed else text


def shown_time(moment: datetime, year_guessed: bool = False, day_only: bool = False, from_url: bool = False) -> str:
    """'2021-12-24 08:23'; the day alone when no time of day is known ('2019-11-14 (day from URL)' for a URL's
    day); '… (year guessed)' when the year is svodka's."""
    if from_url:
        return f"{moment:%Y-%m-%d} ({DAY_FROM_URL})"
    return marked(moment.strftime("%Y-%m-%d" if day_only else "%Y-%m-%d %H:%M"), year_guessed)
