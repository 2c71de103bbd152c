"""Publication dates in every form news prints them, timezone-aware when the text says.

"23.12.2021", "24 декабря 08:23" (no year: the latest such day not after the
reference time), ISO 8601, RFC 822, "5 марта 2026 года", "March 5, 2026, 2:30 pm",
"Sunday, 15 March 2026", "Dec 23 (Reuters)", Serbian «28. децембра». A date without a
year is flagged, so that later stages can re-anchor it to context.

The year of such a date is guessed from the best evidence at hand, in this order: a
full date in the article's own URL ("/2019/11/14/", "/20191114/", "/2019/nov/14/", "/17-05-2020/": the outlet's record of
when it filed the page); the nearest date printed in full (or given by a URL) in the same
input (an archive's era: svodka.redate.year_near, applied by the engine once the input is read); the
reference time (when it was ingested). A URL date within URL_AGREEMENT_DAYS of the
printed day settles the year: the flag is cleared. Otherwise the flag stays, and the
story's other reports re-anchor the year later (svodka.redate).

An article that prints no date at all takes the day of its URL's date (`with_url_day`), flagged
as a day without a time of day. A date printed without a time ("15 ноября 2019", "2019-11-15") is
a day too (`states_time_of_day` tells): its 00:00 is svodka's, not the outlet's, so it says nothing
about how fast one outlet followed another (svodka.rank's pickup).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from svodka.clean.zones import AMBIGUOUS_ZONES, with_local_time_offset
from svodka.months import (
    EN_MONTH_NAME,
    EN_MONTH_OPENING,
    NEIGHBOUR_MONTH_NAME,
    RU_MONTH_OPENING,
    SR_GENITIVE,
    month_number,
)
from svodka.redate import anchored
from svodka.times import wall_clock
from svodka.written_year import WRITTEN_YEAR

RU_MONTH = rf"{RU_MONTH_OPENING}[а-яё]*\.?"
EN_MONTH = rf"{EN_MONTH_OPENING}[a-z]*\.?"
# A time's zone: a name ("мск", "GMT", "EST", "CEST"), one with a shift ("GMT+3", "UTC-5", "МСК+2" = UTC+5), or a
# bare "+03:00". Only a "+" offset stands bare: "10:15-13:00" is a span of time, not a zone; nor is a shift followed
# by another time or zone ("10:00 мск-12:00 мск", "10:00 GMT-12:00 GMT").
ZONE_HOURS = {
    "мск": 3, "msk": 3, "gmt": 0, "utc": 0, "wet": 0, "west": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
    "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}
# North America's zones named without saying winter or summer ("11:40 PM ET"): standard and daylight hours.
US_ZONE_HOURS = {"et": (-5, -4), "ct": (-6, -5), "mt": (-7, -6), "pt": (-8, -7)}
# Names several countries give their own zones ("IST": India, Israel, Ireland): read as a zone, set by no parser
# here but by the article's evidence (svodka.clean.zones), whichever form the time is printed in.
ZONE_NAME = "|".join(sorted(ZONE_HOURS.keys() | US_ZONE_HOURS.keys() | AMBIGUOUS_ZONES.keys(), key=len, reverse=True))
AMBIGUOUS_ZONE = re.compile(
    rf"\d(?:\s*[ap]\.?m\.?)?\s*\(?(?P<zone>{'|'.join(AMBIGUOUS_ZONES)})(?![a-zа-яё])", re.IGNORECASE)
SHIFT = r"[+−-]\d{1,2}(?::?\d{2})?(?![:.\d]|\s*(?:мск|msk|gmt|utc)(?![a-zа-яё]))"
# A numeric offset printed beside a zone's name ("+0530 (IST)", "IST (+05:30)") settles which country's zone an
# ambiguous name is. A year in a date ("25-11-2026") follows a digit and is none.
PRINTED_OFFSET = r"(?<![\d\-−])[+−-]\d{2}:?\d{2}(?![\d:])"
# The name before a printed offset, which dateparser cannot read beside it ("10:15 IST (+05:30)").
NAME_BESIDE_OFFSET = re.compile(
    rf"\b(?:{'|'.join(AMBIGUOUS_ZONES)})\s*(?=\(\s*{PRINTED_OFFSET}\s*\))", re.IGNORECASE)
ZONE = (rf"(?:\s*\(?(?P<zone>{ZONE_NAME})(?![a-zа-яё])(?:\s*(?P<shift>{SHIFT}))?\)?"
        rf"(?:\s*\((?P<printed>{PRINTED_OFFSET})\))?|\s*(?P<offset>\+\d{{2}}:?\d{{2}}))")
TIME = rf"(?:[,\s]+(?:в\s+|at\s+)?(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:\s*(?P<ampm>[ap]\.?m\.?))?{ZONE}?)?"
YEAR = r"(?:,?\s+(?P<year>\d{4})(?:\s*г(?:ода|\.)?)?)?"
NUMERIC_DATE = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b" + TIME, re.IGNORECASE)
# Serbian prints the day as an ordinal, with a full stop («28. децембра», «3. јануара 2025»): the stop is read only
# before a Serbian month in small letters, so that a list's "3. Марта Иванова…" stays no date.
SR_DAY_STOP = rf"\.\s*(?=(?-i:{'|'.join(SR_GENITIVE)})(?![а-яѐ-џ]))"
DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\s+|{SR_DAY_STOP})(?P<month>{RU_MONTH}|{EN_MONTH}|{NEIGHBOUR_MONTH_NAME})"
    rf"(?![a-zа-яѐ-џґәғқңөұүһ]){YEAR}{TIME}",
    re.IGNORECASE
)
MONTH_DAY = re.compile(rf"\b(?P<month>{EN_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{YEAR}{TIME}", re.IGNORECASE)
MAX_ZONE_HOURS = 14  # the furthest zone from UTC (Kiribati); a larger "offset" is a misread
WEEKDAY = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+",
    re.IGNORECASE,
)
# email.utils parses almost anything (and "2:30 pm" as 02:30), so only real RFC 822 goes to it.
RFC_822 = re.compile(
    r"^(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[+-]\d{4}(?:\s*\([a-z]{1,5}\))?|[a-z]{1,5})?$",  # "+0530 (IST)": the zone's name as a comment
    re.IGNORECASE,
)
DATE_LABEL = re.compile(
    r"^(?:published|posted|updated|date|опубликовано|обновлено|дата публикации|дата)\s*(?:on|at)?\s*:?\s*", re.IGNORECASE
)
# "/2019/11/14/", "/2019-11-14-", "/20191114/" in a URL's path: a whole date, bounded by separators so an id's digits
# ("/1560912838.html") are not read as one. On the tgcontest URLs: 128 of 640 carry one.
URL_DATE = re.compile(
    r"(?<![0-9a-z])(?P<year>(?:19|20)\d{2})(?P<sep>[/_-]?)(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?![0-9])",
    re.IGNORECASE,
)
# The Guardian's "/2019/nov/04/" and "/2019-november-4-": an English month's name (short or full) between a year and a
# day, each bounded by the same separator, so a slug's word ("/may-day-march/", "/march-on-the-capital/") dates nothing.
URL_NAMED_MONTH_DATE = re.compile(
    rf"(?<![0-9a-z])(?P<year>(?:19|20)\d{{2}})(?P<sep>[/_-])(?P<month>{EN_MONTH_NAME})(?P=sep)"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?![0-9a-z])",
    re.IGNORECASE,
)
# The day first: inkazan's "/17-05-2020/" (a Russian site writes the day before the month; "/05-17-2020/" is no date).
URL_DAY_FIRST_DATE = re.compile(
    r"(?<![0-9a-z])(?P<day>0[1-9]|[12]\d|3[01])(?P<sep>[/_.-])(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<year>(?:19|20)\d{2})"
    r"(?![0-9])"
)
# A page id that opens with its day: tvzvezda's "/20191116452-…" (the date, then the day's serial number). Any id's
# digits may start like a date ("/2010051234"), so it is evidence only beside other evidence (URL_ID_YEARS).
URL_ID_DATE = re.compile(
    r"(?<![0-9a-z])(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])\d{1,4}(?![0-9])"
)
# An id's date stands when the text prints a year this close to it ("в ноябре 2018 года" beside "/20191116452-"):
# a news page tells of its own year or the last one; an id that only looks like a date lands anywhere.
URL_ID_YEARS = 1
# A printed day this close to the URL's date is the day the page was filed (a late report, another time zone);
# further apart, the URL may date something else (a series' first part), so its year is taken but still flagged.
URL_AGREEMENT_DAYS = 2
LEAP_YEAR = 2000
LEAP_CYCLE_YEARS = 8  # 29 February finds a leap year within this many years back (1900 and 2100 skip one)
# A URL gives a day, not a time: noon (naive, counted as UTC) falls on that day in every zone from UTC-11 to UTC+11
# and within 12 hours of any moment of it, so neither the grouping window nor the time cost shifts it by a day.
URL_DAY_HOUR = 12
# A time of day in a date the patterns above do not read (dateparser's "вчера в 10:30", "2 hours ago", ISO after a
# label): a clock reading, or hours and minutes counted back from now.
CLOCK = re.compile(r"\d{1,2}:\d{2}|\b(?:час|минут|hour|minute|min\b)", re.IGNORECASE)
# A time of day on a day named from now ("сегодня, 14:35", "вчера в 9:10", "today at 2:35 pm"): the outlet's clock,
# whose zone is unknown, on a day counted from when it was read, not written. Read against the run's clock, it lands
# hours into the future or on the wrong day: no time is given rather than a wrong one ("вчера" alone stays a day).
DAY_FROM_NOW = r"\b(?:сегодня|вчера|позавчера|today|yesterday)\b"
CLOCK_TIME = r"\d{1,2}[:.]\d{2}"
DAY_FROM_NOW_AT_TIME = re.compile(rf"{DAY_FROM_NOW}.*{CLOCK_TIME}|{CLOCK_TIME}.*{DAY_FROM_NOW}", re.IGNORECASE)
# A time counted back from now ("2 часа назад", "5 minutes ago"): an instant on the run's clock, kept in UTC.
COUNTED_BACK = re.compile(r"\b(?:назад|ago)\b", re.IGNORECASE)
# A line is "just a date" when the date covers nearly all of it (allowing "г.", commas).
DATE_LINE_SLACK = 6


def parse_date(value: str, reference: datetime | None = None) -> tuple[datetime | None, bool]:
    """Parse a publication date; return (datetime or None, year_was_guessed)."""
    value = value.strip()
    if not value:
        return None, False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")), False
    except ValueError:
        pass
    if _rfc_822(value):
        return _rfc_822(value), False
    found = find_date(value, reference)
    if found[0] is not None:
        return found
    if is_day_from_now_at_time(value):
        return None, False
    import dateparser  # ~0.2 s: loaded by the first date the patterns cannot read, not by every reader of this module

    clock = reference or datetime.now()
    parsed = dateparser.parse(
        NAME_BESIDE_OFFSET.sub("", value),
        languages=["ru", "en"],
        settings={"RELATIVE_BASE": wall_clock(clock), "PREFER_DATES_FROM": "past"},
    )
    if parsed is not None and parsed.tzinfo is None and COUNTED_BACK.search(value):
        return _counted_back(clock, wall_clock(clock) - parsed), False
    return _unzoned_if_ambiguous(parsed, value), False


def is_day_from_now_at_time(value: str) -> bool:
    """Whether `value` is a time of day on a day named from now (see DAY_FROM_NOW_AT_TIME): read as no time."""
    return DAY_FROM_NOW_AT_TIME.search(value) is not None


def _counted_back(clock: datetime, back: timedelta) -> datetime | None:
    """The instant `back` before `clock` in UTC, to the second (a naive clock is this machine's local time); None
    for a span counted forward ("через 2 часа"): news is not from the future."""
    if back < timedelta(0):
        return None
    aware = clock if clock.tzinfo is not None else clock.astimezone()
    return (aware - back).astimezone(UTC).replace(microsecond=0)


def ambiguous_zone(value: str) -> str | None:
    """The ambiguous zone abbreviation ("IST", "BST", "CST") printed after a time in `value`, lower-cased; None when
    there is none or a printed offset settles it ("+0530 (IST)"). The time was read with no zone: svodka.clean.zones
    sets it from the article's evidence."""
    match = AMBIGUOUS_ZONE.search(value)
    return match["zone"].lower() if match and not re.search(PRINTED_OFFSET, value) else None


def _unzoned_if_ambiguous(moment: datetime | None, value: str) -> datetime | None:
    """A time whose printed zone is ambiguous, as read on the clock: email.utils reads "CST" as America's, dateparser
    "IST" as Israel's (see AMBIGUOUS_ZONE)."""
    return moment.replace(tzinfo=None) if moment is not None and ambiguous_zone(value) else moment


def date_line(line: str, reference: datetime | None = None) -> tuple[datetime | None, bool]:
    """The date when a whole line is one ("05.03.2026 10:15", "Sat, 07 Mar 2026 16:45:00 +0300")."""
    unlabelled = DATE_LABEL.sub("", with_local_time_offset(line.strip()))
    value = WEEKDAY.sub("", unlabelled)
    if not value or not value[0].isdigit() and not re.match(EN_MONTH, value, re.IGNORECASE):
        return None, False
    if _rfc_822(unlabelled):
        return _rfc_822(unlabelled), False
    try:
        return datetime.fromisoformat(unlabelled.replace("Z", "+00:00")), False
    except ValueError:
        pass
    match = _first_match(value)
    if match is None or len(value) - (match.end() - match.start()) > DATE_LINE_SLACK:
        return None, False
    return _from_match(match, reference)


def states_time_of_day(value: str) -> bool:
    """Whether a printed date gives the time of day ("24 декабря 08:23", "2019-11-14T09:30") or only the day
    ("15 ноября 2019", "Nov 15, 2019", "2019-11-15", "вчера"): read as parse_date and date_line read it."""
    value = WEEKDAY.sub("", DATE_LABEL.sub("", value.strip()))
    try:
        date.fromisoformat(value)
        return False
    except ValueError:
        pass
    if RFC_822.match(value):
        return True
    match = _first_match(value)
    if match is not None:
        return match["hour"] is not None
    return CLOCK.search(value) is not None


def _rfc_822(value: str) -> datetime | None:
    if not RFC_822.match(value):
        return None
    try:
        return _unzoned_if_ambiguous(parsedate_to_datetime(value), value)
    except (TypeError, ValueError, IndexError):
        return None


def find_date(text: str, reference: datetime | None = None) -> tuple[datetime | None, bool]:
    """The first numeric or worded date in a short text, e.g. a rubric line or a dateline."""
    match = _first_match(text)
    return _from_match(match, reference) if match else (None, False)


def _first_match(text: str) -> re.Match[str] | None:
    matches = [m for pattern in (NUMERIC_DATE, DAY_MONTH, MONTH_DAY) if (m := pattern.search(text))]
    return min(matches, key=lambda m: m.start(), default=None)


def _from_match(match: re.Match[str], reference: datetime | None) -> tuple[datetime | None, bool]:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else month_number(month_text)
    hour = int(parts["hour"]) if parts.get("hour") else 0
    if parts.get("ampm") and parts["ampm"].lower().startswith("p") and hour < 12:
        hour += 12
    elif parts.get("ampm") and hour == 12:
        hour = 0
    minute = int(parts["minute"]) if parts.get("minute") else 0
    day = int(parts["day"])
    zone = _zone(parts, _us_summer(int(parts["year"]) if parts.get("year") else None, month, day))
    if parts.get("year"):
        return _make(int(parts["year"]), month, day, hour, minute, zone), False
    return _with_guessed_year(month, day, hour, minute, zone, reference), True


def _printed_offset(offset: str) -> timezone | None:
    """A numeric offset ("+03:00", "-0600") as a zone; None past the furthest zone from UTC."""
    sign = -1 if offset[0] in "−-" else 1
    shift = sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[-2:]))
    return timezone(shift) if abs(shift) <= timedelta(hours=MAX_ZONE_HOURS) else None


def _zone(parts: dict[str, str | None], us_summer: bool) -> timezone | None:
    """The printed zone as a fixed offset ("GMT+3", "МСК", "+03:00", "ET" by the season), None when the text gives
    none."""
    if parts.get("offset"):
        return _printed_offset(parts["offset"])
    if parts.get("zone") and parts["zone"].lower() in AMBIGUOUS_ZONES and parts.get("printed"):
        return _printed_offset(parts["printed"])
    if not parts.get("zone") or parts["zone"].lower() in AMBIGUOUS_ZONES:
        return None
    name = parts["zone"].lower()
    offset = timedelta(hours=US_ZONE_HOURS[name][us_summer] if name in US_ZONE_HOURS else ZONE_HOURS[name])
    if parts.get("shift"):
        sign, digits = (-1 if parts["shift"][0] in "−-" else 1), parts["shift"][1:].replace(":", "")
        offset += sign * timedelta(hours=int(digits[:-2] if len(digits) > 2 else digits),
                                   minutes=int(digits[-2:]) if len(digits) > 2 else 0)
    return timezone(offset) if abs(offset) <= timedelta(hours=MAX_ZONE_HOURS) else None


def _us_summer(year: int | None, month: int, day: int) -> bool:
    """Whether North America keeps daylight time that day: from March's second Sunday to November's first (with
    no year, from 8 March to 1 November: a few days either side may be an hour off)."""
    if year is None:
        return (3, 8) <= (month, day) < (11, 1)
    try:
        second_sunday = 8 + (6 - date(year, 3, 8).weekday()) % 7
        first_sunday = 1 + (6 - date(year, 11, 1).weekday()) % 7
        return (3, second_sunday) <= (month, day) < (11, first_sunday)
    except ValueError:
        return False


def _make(year: int, month: int, day: int, hour: int, minute: int, zone: timezone | None) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        return None


def _with_guessed_year(month: int, day: int, hour: int, minute: int, zone, reference: datetime | None) -> datetime | None:
    day_of_some_year = _make(LEAP_YEAR, month, day, hour, minute, zone)  # a leap year holds every printed day
    return day_of_some_year and latest_not_after(day_of_some_year, reference or datetime.now())


def latest_not_after(moment: datetime, reference: datetime) -> datetime | None:
    """`moment`'s day and time in the latest year not after the reference (news is not from the future;
    a day's grace for time zones): 29 February goes back to a leap year."""
    reference = wall_clock(reference)
    for year in range(reference.year + 1, reference.year - LEAP_CYCLE_YEARS, -1):
        candidate = _make(year, moment.month, moment.day, moment.hour, moment.minute, moment.tzinfo)
        if candidate is not None and wall_clock(candidate) <= reference + timedelta(days=1):
            return candidate
    return None


def url_date(url: str | None, ids: bool = False) -> datetime | None:
    """The date a URL's path gives ("…/2019/11/14/…", "…/20191114/…", "…/2019/nov/14/…", "…/17-05-2020/…"), or
    None; with `ids`, also the date an id opens with ("…/20191116452-…", see URL_ID_DATE) when nothing else dates it."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]  # not the host: "2019.example.com" dates nothing
    forms = (URL_DATE, URL_NAMED_MONTH_DATE, URL_DAY_FIRST_DATE, *((URL_ID_DATE,) if ids else ()))
    for match in (match for form in forms for match in form.finditer(path)):
        month = match["month"]
        found = _make(int(match["year"]), int(month) if month.isdigit() else month_number(month),
                      int(match["day"]), 0, 0, None)
        if found is not None:
            return found
    return None


def with_url_year(published: datetime | None, guessed: bool, url: str | None) -> tuple[datetime | None, bool]:
    """A guessed year replaced by the one that puts the day nearest the URL's date (see the module docstring); an
    id's date (URL_ID_DATE) only when the printed day agrees with it."""
    if not guessed or published is None:
        return published, guessed
    for filed, from_id in ((url_date(url), False), (url_date(url, ids=True), True)):
        if filed is None:
            continue
        moved = anchored(published, [filed])
        apart = abs((wall_clock(moved).date() - filed.date()).days)
        if not from_id or apart <= URL_AGREEMENT_DAYS:
            return moved, apart > URL_AGREEMENT_DAYS
    return published, guessed


def with_url_day(published: datetime | None, url: str | None, reference: datetime,
                 text: str = "") -> tuple[datetime | None, bool]:
    """An article that printed no date at all takes its URL's day (at URL_DAY_HOUR), so that its "вчера" and
    "в среду" have a day to count from; the flag says the time is the URL's day only. A URL date after the
    reference (the ingest time, a day's grace) dates something else: news is not from the future. An id's date
    stands only when the `text` prints a year near it (URL_ID_YEARS)."""
    if published is not None:
        return published, False
    filed = url_date(url)
    if filed is None and (from_id := url_date(url, ids=True)) is not None:
        years = {int(year) for year in WRITTEN_YEAR.findall(text)}
        filed = from_id if any(abs(year - from_id.year) <= URL_ID_YEARS for year in years) else None
    if filed is None or filed > wall_clock(reference) + timedelta(days=1):
        return published, False
    return filed.replace(hour=URL_DAY_HOUR), True
