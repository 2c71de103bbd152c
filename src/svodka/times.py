"""Two ways to take the zone off a publication time, for two different questions.

Outlets print times with a zone ("+03:00", "МСК"), or without one. `as_utc` answers
"which came first, how far apart": the same instant compares equal however it was
printed. `wall_clock` answers "which day did the text mean": "вчера" or "24 декабря"
in a Moscow report names a Moscow day, so the clock on the wall is kept, not the instant.
"""

from __future__ import annotations

from datetime import datetime, timedelta


def as_utc(moment: datetime) -> datetime:
    """A naive UTC time, so that aware and naive publication times compare (naive ones count as UTC)."""
    return moment.replace(tzinfo=None) - (moment.utcoffset() or timedelta())


def wall_clock(moment: datetime) -> datetime:
    """The time as printed, zone dropped: the base for days a text names relative to it."""
    return moment.replace(tzinfo=None)
