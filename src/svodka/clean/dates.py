"""Publication dates in every form news prints them, as timezone-aware when known.

"23.12.2021", "24 декабря 08:23" (no year: the latest such day not after the
reference time), ISO 8601, RFC 822, "5 марта 2026 года", "March 5, 2026".
A date without a year is flagged, so that later stages can re-anchor it to context.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import dateparser

RU_MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[,\s]+(\d{1,2}):(\d{2}))?\b")
WORD_DATE = re.compile(
    r"\b(\d{1,2})\s+(янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]*\.?"
    r"(?:\s+(\d{4})(?:\s*г(?:ода|\.)?)?)?(?:[,\s]+(?:в\s+)?(\d{1,2}):(\d{2}))?",
    re.IGNORECASE,
)


def parse_date(value: str, reference: datetime | None = None) -> tuple[datetime | None, bool]:
    """Parse a publication date; return (datetime or None, year_was_guessed)."""
    value = value.strip()
    if not value:
        return None, False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")), False
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value), False
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(value, reference)
    if found[0] is not None:
        return found
    parsed = dateparser.parse(
        value,
        languages=["ru", "en"],
        settings={"RELATIVE_BASE": reference or datetime.now(), "PREFER_DATES_FROM": "past"},
    )
    return parsed, False


def find_date(text: str, reference: datetime | None = None) -> tuple[datetime | None, bool]:
    """The first Russian numeric or worded date in a short text, e.g. a rubric line."""
    numeric = NUMERIC_DATE.search(text)
    worded = WORD_DATE.search(text)
    if numeric and (not worded or numeric.start() < worded.start()):
        day, month, year, hour, minute = numeric.groups()
        return _make(int(year), int(month), int(day), hour, minute), False
    if worded:
        day, month_word, year, hour, minute = worded.groups()
        month = RU_MONTHS[month_word.lower()[:3]]
        if year:
            return _make(int(year), month, int(day), hour, minute), False
        return _with_guessed_year(month, int(day), hour, minute, reference), True
    return None, False


def _make(year: int, month: int, day: int, hour: str | None, minute: str | None) -> datetime | None:
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0))
    except ValueError:
        return None


def _with_guessed_year(month: int, day: int, hour, minute, reference: datetime | None) -> datetime | None:
    """The latest such day that is not after the reference (news is not from the future)."""
    reference = (reference or datetime.now()).replace(tzinfo=None)
    candidate = _make(reference.year, month, day, hour, minute)
    if candidate is None:
        return None
    if candidate > reference + timedelta(days=1):
        candidate = _make(reference.year - 1, month, day, hour, minute)
    return candidate
