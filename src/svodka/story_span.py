"""A story's first and last report time, each saying whether it rests on a guessed year.

A report printed "11 ноября" with no year has its year guessed (svodka.clean.dates); a
reader must not take a time built on that guess for a fact, so every place that shows a
story's span (terminal, pages, export) marks the end that only a guess supports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from svodka.times import as_utc

YEAR_GUESSED = "year guessed"  # the mark shown after such a time, everywhere


class Report(Protocol):
    """A report's time: store.ReportTime and svodka.rank's reports alike."""

    published: datetime | None
    year_guessed: bool  # the article printed its date without a year


@dataclass
class StorySpan:
    first: datetime | None = None
    last: datetime | None = None
    first_year_guessed: bool = False
    last_year_guessed: bool = False


def story_span(reports: Iterable[Report]) -> StorySpan:
    """The earliest and latest report times; at a tie a time with a printed year wins over a guessed one."""
    dated = [r for r in reports if r.published is not None]
    if not dated:
        return StorySpan()
    first = min(dated, key=lambda r: (as_utc(r.published), r.year_guessed))
    last = max(dated, key=lambda r: (as_utc(r.published), not r.year_guessed))
    return StorySpan(first.published, last.published, first.year_guessed, last.year_guessed)


def marked(text: str, year_guessed: bool) -> str:
    """'2026-11-11 (year guessed)' for a time whose year was guessed, the time alone otherwise."""
    return f"{text} ({YEAR_GUESSED})" if year_guessed else text
