"""A story's first and last report time, each saying whether it rests on a guessed year or is a day only.

A report printed "11 ноября" with no year has its year guessed (svodka.clean.dates); a
reader must not take a time built on that guess for a fact, so the span keeps, for each
end, whether only a guess supports it. A report that gave a day but no time of day (its
URL's day, "15 ноября 2019") carries an hour svodka chose, so each end also says whether
it is a day only. The store's listings and the export read spans from here; how
a time is shown is svodka.report.times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from svodka.times import as_utc


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
