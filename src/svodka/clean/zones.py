"""Ambiguous time-zone abbreviations resolved by evidence, or left unknown.

"IST" is India's (+05:30), Israel's (+02:00) and Ireland's summer (+01:00); "BST" Britain's summer (+01:00) and
Bangladesh's (+06:00); "CST" North America's Central (−06:00), China's and Taiwan's (+08:00) and Cuba's (−05:00).
A parser's default picks one country for all (dateparser reads "IST" as Israel's), so an Indian outlet's "10:15
IST" lands 3½ hours off. One rule for every printed form: the dates module reads such a time with no zone
(`svodka.clean.dates.ambiguous_zone` names the abbreviation), and the zone is set here only when the article shows
which country it is: the publisher first (its URL's country domain, a known outlet's site), since the time is its
clock, then the dateline's city. Without evidence the zone stays unknown: a wall-clock time is honest, a wrong
offset is not.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from svodka.clean.outlets import site_of

# Each ambiguous abbreviation: the country (ISO 3166 code) using it → its offset in hours.
AMBIGUOUS_ZONES: dict[str, dict[str, float]] = {
    "ist": {"in": 5.5, "il": 2, "ie": 1},
    "bst": {"gb": 1, "bd": 6},
    "cst": {"us": -6, "cn": 8, "tw": 8, "cu": -5},
}
# A URL's last label → its country ("co.uk" ends in "uk").
COUNTRY_DOMAINS = {"in": "in", "il": "il", "ie": "ie", "uk": "gb", "bd": "bd", "cn": "cn", "tw": "tw", "cu": "cu",
                   "us": "us"}
# Outlets on ".com" (or another generic domain) whose clock is one country's: a label of their site's name.
OUTLET_COUNTRIES = {
    "thehindu": "in", "timesofindia": "in", "hindustantimes": "in", "indianexpress": "in", "ndtv": "in",
    "livemint": "in", "news18": "in", "deccanherald": "in", "thehindubusinessline": "in", "business-standard": "in",
    "haaretz": "il", "timesofisrael": "il", "jpost": "il", "ynetnews": "il", "i24news": "il",
    "irishtimes": "ie", "rte": "ie", "thejournal": "ie",
    "bbc": "gb", "theguardian": "gb", "dailymail": "gb", "thetimes": "gb",
    "bdnews24": "bd", "dhakatribune": "bd", "thedailystar": "bd", "tbsnews": "bd",
    "xinhuanet": "cn", "chinadaily": "cn", "globaltimes": "cn", "cgtn": "cn", "ecns": "cn",
    "taipeitimes": "tw", "focustaiwan": "tw",
    "chicagotribune": "us", "startribune": "us", "houstonchronicle": "us", "dallasnews": "us",
}
# Dateline cities (as the wires print them, in capitals) of the countries above.
DATELINE_COUNTRIES = {
    **dict.fromkeys(("NEW DELHI", "DELHI", "MUMBAI", "BOMBAY", "KOLKATA", "CHENNAI", "BENGALURU", "BANGALORE",
                     "HYDERABAD", "AHMEDABAD", "PUNE", "LUCKNOW", "SRINAGAR", "JAIPUR", "GUWAHATI"), "in"),
    **dict.fromkeys(("JERUSALEM", "TEL AVIV", "HAIFA"), "il"),
    **dict.fromkeys(("DUBLIN", "CORK", "GALWAY", "LIMERICK"), "ie"),
    **dict.fromkeys(("LONDON", "MANCHESTER", "BIRMINGHAM", "LIVERPOOL", "LEEDS", "BRISTOL", "EDINBURGH", "GLASGOW",
                     "CARDIFF", "BELFAST"), "gb"),
    **dict.fromkeys(("DHAKA", "CHITTAGONG", "CHATTOGRAM", "KHULNA", "SYLHET"), "bd"),
    **dict.fromkeys(("BEIJING", "SHANGHAI", "GUANGZHOU", "SHENZHEN", "WUHAN", "CHENGDU"), "cn"),
    **dict.fromkeys(("TAIPEI", "KAOHSIUNG"), "tw"),
    **dict.fromkeys(("HAVANA",), "cu"),
    **dict.fromkeys(("CHICAGO", "HOUSTON", "DALLAS", "NEW ORLEANS", "MINNEAPOLIS", "ST. LOUIS", "MILWAUKEE",
                     "KANSAS CITY", "NASHVILLE", "AUSTIN", "SAN ANTONIO"), "us"),
}

# Russian regional time named after a time ("12:40 (хабаровское время)", "по московскому времени"): the stem of the
# city's adjective → its offset in hours, fixed since 2016 (Moscow's since 2014). "(время местное)" names no zone: it
# is dropped, the time left unzoned; a name not listed stays as printed.
REGIONAL_TIME_HOURS = {
    "калининградск": 2, "московск": 3, "самарск": 4, "ижевск": 4, "екатеринбургск": 5, "пермск": 5, "челябинск": 5,
    "тюменск": 5, "уфимск": 5, "оренбургск": 5, "омск": 6, "новосибирск": 7, "красноярск": 7,
    "барнаульск": 7, "томск": 7, "кемеровск": 7, "иркутск": 8, "читинск": 9, "якутск": 9, "владивостокск": 10,
    "хабаровск": 10, "магаданск": 11, "сахалинск": 11, "камчатск": 12, "местн": None,
}
LOCAL_TIME_HINT = re.compile(
    r"\s*\(?\s*(?:(?:по\s+)?(?P<name>[а-яё]+?)(?:ое|ому)\s+врем(?:я|ени)|время\s+(?P<after>[а-яё]+?)ое)\s*\)?"
    r"|(?<=\d)\s*\(?по\s+(?P<city>москве)\b\)?",
    re.IGNORECASE)
# A time "по Москве" right after the clock reading: the city's time, by its adjective's stem above.
TIME_BY_CITY = {"москве": "московск"}


def with_local_time_offset(text: str) -> str:
    """`text` with a regional time's name after a time made its offset ("12:40 (хабаровское время)" → "12:40
    +10:00", "12:40 по Москве" → "12:40 +03:00"), so that the date patterns read the zone the outlet printed;
    "(время местное)" is dropped, the time left unzoned (REGIONAL_TIME_HOURS)."""
    def offset(hint: re.Match[str]) -> str:
        name = TIME_BY_CITY[hint["city"].lower()] if hint["city"] else (hint["name"] or hint["after"]).lower()
        if name not in REGIONAL_TIME_HOURS:
            return hint.group()
        hours = REGIONAL_TIME_HOURS[name]
        return f" +{hours:02d}:00" if hours is not None else ""
    return LOCAL_TIME_HINT.sub(offset, text)


def with_zone_evidence(published: datetime | None, zone: str | None, url: str | None, outlet: str | None,
                       dateline: str | None) -> datetime | None:
    """`published` (read with no zone) in the zone the ambiguous abbreviation `zone` names in the country the
    article shows (see the module docstring); as it was when nothing tells."""
    if published is None or published.tzinfo is not None or not zone:
        return published
    offsets = AMBIGUOUS_ZONES.get(zone.lower(), {})
    country = next((c for c in _countries(url, outlet, dateline) if c in offsets), None)
    return published.replace(tzinfo=timezone(timedelta(hours=offsets[country]))) if country else published


def _countries(url: str | None, outlet: str | None, dateline: str | None) -> list[str]:
    """The countries the article points to, the publisher's first: its domain, its site's name, then the dateline."""
    found = []
    for site in (site_of(url), site_of(outlet) if outlet and "." in outlet else None):
        labels = site.lower().split(".") if site else []
        found += [COUNTRY_DOMAINS[labels[-1]]] if labels and labels[-1] in COUNTRY_DOMAINS else []
        found += [OUTLET_COUNTRIES[label] for label in labels if label in OUTLET_COUNTRIES]
    if dateline and (city := " ".join(dateline.upper().split())) in DATELINE_COUNTRIES:
        found.append(DATELINE_COUNTRIES[city])
    return found
