"""A dump's `published` value as text cleaning reads: epoch numbers and Mongo's `{"$date": …}` made ISO 8601.

Scraper and database dumps give a time as a number of seconds (or milliseconds) since 1970, as a number or a string
of digits: a UTC instant with its time of day, which the date parser would take for a naive day. Mongo exports wrap
the time in an object. Both become an ISO time in UTC here, the record's own bytes (so its id) untouched. A value
no reading makes a time of is said (FILE:LINE and the value) and left out: the article keeps its text's or URL's day.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

from svodka.clean.dates import is_day_from_now_at_time, parse_date

log = logging.getLogger("svodka.ingest")

# Epoch seconds with 9-10 digits span 1973-2286, milliseconds with 12-13 digits the same years; 8 digits are a
# compact date ("20191114"), 4 a year: both left to the date parser.
EPOCH = re.compile(r"(?P<seconds>\d{9,10}|(?P<millis>\d{12,13}))(?:\.\d+)?")
MONGO_DATE = "$date"
MONGO_LONG = "$numberLong"
SHOWN_CHARS = 60


def published_text(value: Any, where: str) -> str:
    """The text of a record's `published` value (ISO UTC for an epoch or a Mongo date); "" when there is none or
    it cannot be read, said on the "svodka.ingest" log with `where` ("FILE:LINE")."""
    text = _as_time_text(value)
    if text is not None and not text.strip():
        return ""
    if text is None or parse_date(text)[0] is None:
        # asked only now: "14.03.2026 10:15, обновлено сегодня в 12:00" has a whole date, read above
        if text is not None and is_day_from_now_at_time(text):
            log.warning("%s: published %r is a time of day on a day counted from when it was read, in a zone it "
                        "does not name; the article is kept without it", where, text[:SHOWN_CHARS])
            return ""
        shown = repr(value) if len(repr(value)) <= SHOWN_CHARS else repr(value)[:SHOWN_CHARS] + "…"
        log.warning("%s: published %s cannot be read as a time; the article is kept without it", where, shown)
        return ""
    return text


def _as_time_text(value: Any) -> str | None:
    """An epoch or Mongo date as ISO UTC, any other string as it is; None for a value of no time's shape."""
    if value is None:
        return ""
    if isinstance(value, dict) and MONGO_DATE in value:
        inner = value[MONGO_DATE]
        if isinstance(inner, dict) and MONGO_LONG in inner:
            inner = inner[MONGO_LONG]
        return _epoch_iso(str(inner), millis=True) if _is_epoch_like(inner) else _as_time_text(inner)
    if _is_epoch_like(value):
        return _epoch_iso(str(value)) or str(value)
    if isinstance(value, str):
        return _epoch_iso(value.strip()) or value
    return None


def _is_epoch_like(value: Any) -> bool:
    """A number, or a string of an epoch's digits: what `_epoch_iso` may read."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) or (
        isinstance(value, str) and EPOCH.fullmatch(value.strip()) is not None)


def _epoch_iso(text: str, millis: bool = False) -> str | None:
    """"1573714800" (seconds) or "1573714800000" (milliseconds; any count when `millis`) as ISO UTC."""
    match = EPOCH.fullmatch(text)
    if not match and not (millis and re.fullmatch(r"\d+(?:\.\d+)?", text)):
        return None
    number = float(text)
    seconds = number / 1000 if millis or (match and match["millis"]) else number
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None
