"""Re-anchor a publication year that was guessed, using the dates printed in full beside it.

A rubric line like "24 декабря 08:23" has no year; cleaning guesses the latest such day
before ingest time (svodka.clean.dates.latest_not_after). Better evidence comes twice, and each
time the day moves to the neighbouring year that puts it nearest that evidence:

- `year_near`, once the whole input is read (the engine): the input's full dates. An archive may
  span eras, so the day goes to whichever of them is nearest; no story is known yet, so the clock
  still bounds it (news is not from the future).
- `anchored`, once the article sits in a story (and for a URL's date, svodka.clean.dates): the
  story's other reports, which tell of one event, so the day goes to their median date, which
  one misdated sibling cannot pull away.

Dates in its text ("на следующей неделе") are then resolved again against the right day.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import datetime, timedelta

from svodka.times import as_utc, wall_clock


def anchored(published: datetime, references: list[datetime]) -> datetime:
    """`published` moved to the year that puts it nearest the references' median date."""
    if not references:
        return published
    target = sorted(as_utc(r) for r in references)[len(references) // 2]
    candidates = _in_years(published, range(target.year - 1, target.year + 2))
    return min(candidates, key=lambda c: abs(as_utc(c) - target), default=published)


def year_near(moment: datetime, known: list[datetime], clock: datetime) -> datetime:
    """`moment` in the year that puts it nearest a date printed in full beside it (`known`: the input's wall-clock
    times, sorted: an archive may span eras, and a year-less day belongs to the nearest), never more than a day
    after the clock."""
    latest = wall_clock(clock) + timedelta(days=1)
    years = range(known[0].year - 1, known[-1].year + 2)
    candidates = [c for c in _in_years(moment, years) if wall_clock(c) <= latest]
    return min(candidates, key=lambda c: _gap_to_nearest(wall_clock(c), known), default=moment)


def _in_years(moment: datetime, years: Iterable[int]) -> list[datetime]:
    """`moment`'s day and time in each of `years` that has that day (29 February only in a leap year)."""
    candidates = []
    for year in years:
        try:
            candidates.append(moment.replace(year=year))
        except ValueError:
            continue
    return candidates


def _gap_to_nearest(moment: datetime, known: list[datetime]) -> timedelta:
    """How far `moment` is from the nearest of the sorted `known` times."""
    at = bisect.bisect_left(known, moment)
    return min(abs(moment - k) for k in known[max(0, at - 1):at + 1])
