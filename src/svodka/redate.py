"""Re-anchor a publication year that was guessed, using the story's other reports.

A rubric line like "24 декабря 08:23" has no year; cleaning guesses the latest such day
before ingest time. Once the article sits in a story, its siblings with full dates are
better context: the article takes the year that puts its day nearest to theirs. Dates
in its text ("на следующей неделе") are then resolved again against the right day.
"""

from __future__ import annotations

from datetime import datetime

from svodka.times import as_utc


def anchored(published: datetime, references: list[datetime]) -> datetime:
    """`published` moved to the year that puts it nearest the references' median date."""
    if not references:
        return published
    target = sorted(as_utc(r) for r in references)[len(references) // 2]
    candidates = []
    for year in (target.year - 1, target.year, target.year + 1):
        try:
            candidates.append(published.replace(year=year))
        except ValueError:  # 29 February in a common year
            continue
    return min(candidates, key=lambda c: abs(as_utc(c) - target), default=published)
