"""ISO days and intervals built from year, month and day numbers: the one form every resolved date takes, so a
later stage can compare "next week" with "28 December"."""

from __future__ import annotations

from datetime import date, timedelta


def span_of_months(year: int, first: int, last: int) -> str:
    """The interval from the first day of month `first` to the last of month `last` (past 12: next year)."""
    end = last_day(year + (last - 1) // 12, (last - 1) % 12 + 1)
    return f"{date(year, first, 1).isoformat()}/{end.isoformat()}"


def last_day(year: int, month: int) -> date:
    """The month's last day: where a deadline ("до конца марта") or the month's last week or weekday falls."""
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def month_interval(year: int, month: int) -> str:
    return span_of_months(year, month, month)


def iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
