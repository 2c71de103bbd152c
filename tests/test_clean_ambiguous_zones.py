"""An ambiguous zone abbreviation ("IST": India, Israel, Ireland; "BST": Britain, Bangladesh; "CST": America, China,
Taiwan, Cuba) gets its offset only from the article's evidence (the URL's country domain, a known outlet's site,
the dateline's city), in every form a time is printed; with none, the time keeps no zone. Every text here is ours."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from svodka.clean import clean_document
from svodka.clean.dates import ambiguous_zone, parse_date
from svodka.model import RawDocument

REFERENCE = datetime(2026, 3, 20, 12, 0)
LEAD = "The port authority said on Thursday that the river ferry will run again from next week after repairs."
FORMS = ["2025-06-05 10:15 {zone}", "Thu, 05 Jun 2025 10:15:00 {zone}", "June 5, 2025 10:15 AM {zone}"]


def record(published: str, url: str, text: str = LEAD) -> RawDocument:
    line = json.dumps({"url": url, "title": "Ferry back in service", "text": text, "published": published})
    return RawDocument(origin=url, raw=line.encode(), format="json", text=text, encoding="utf-8",
                       hints={"url": url, "title": "Ferry back in service", "published": published})


def offset(published: str, url: str, text: str = LEAD) -> timedelta | None:
    article = clean_document(record(published, url, text), REFERENCE)
    assert (article.published.hour, article.published.minute) == (10, 15)  # the clock as printed, whatever the zone
    return article.published.utcoffset()


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("zone", "url", "hours"), [
    ("IST", "https://www.harbour-daily.example.in/news/1", 5.5),
    ("IST", "https://www.harbour-daily.example.co.il/news/1", 2),
    ("IST", "https://www.harbour-daily.example.ie/news/1", 1),
    ("BST", "https://www.harbour-daily.example.co.uk/news/1", 1),
    ("BST", "https://www.harbour-daily.example.bd/news/1", 6),
    ("CST", "https://www.harbour-daily.example.cn/news/1", 8),
])
def test_an_ambiguous_zone_takes_the_country_of_the_url_domain_in_every_form(
        form: str, zone: str, url: str, hours: float) -> None:
    assert offset(form.format(zone=zone), url) == timedelta(hours=hours)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("zone", ["IST", "BST", "CST"])
def test_without_evidence_an_ambiguous_zone_stays_unknown_in_every_form(form: str, zone: str) -> None:
    assert offset(form.format(zone=zone), "https://www.worldwire.example.com/asia/1") is None


@pytest.mark.parametrize(("dateline", "zone", "hours"), [
    ("MUMBAI", "IST", 5.5), ("NEW DELHI", "IST", 5.5), ("JERUSALEM", "IST", 2), ("DUBLIN", "IST", 1),
    ("DHAKA", "BST", 6), ("LONDON", "BST", 1), ("BEIJING", "CST", 8), ("CHICAGO", "CST", -6),
])
def test_a_dateline_city_tells_the_country(dateline: str, zone: str, hours: float) -> None:
    text = f"{dateline} (World Wire) - {LEAD}"
    assert offset(f"2025-06-05 10:15 {zone}", "https://www.worldwire.example.com/asia/1", text) == timedelta(hours=hours)


def test_the_publisher_comes_before_the_dateline() -> None:
    """An Indian site's time is India's clock, wherever its reporter files from."""
    text = f"JERUSALEM (Harbour Daily) - {LEAD}"
    assert offset("2025-06-05 10:15 IST", "https://www.harbour-daily.example.in/news/1", text) == timedelta(hours=5.5)


def test_a_known_outlet_on_a_generic_domain_tells_the_country() -> None:
    assert offset("2025-06-05 10:15 IST", "https://www.thehindu.com/news/national/article1.ece") == timedelta(hours=5.5)


def test_a_plain_text_header_time_takes_the_evidence_too() -> None:
    text = f"Ferry back in service\nJune 5, 2025 10:15 AM IST\n\nMUMBAI (World Wire) - {LEAD}"
    raw = RawDocument(origin="ferry.txt", raw=text.encode(), format="text", text=text, encoding="utf-8", hints={})
    assert clean_document(raw, REFERENCE).published.utcoffset() == timedelta(hours=5.5)


@pytest.mark.parametrize(("value", "hours"), [
    ("2025-06-05 10:15 EDT", -4), ("June 5, 2025 10:15 AM GMT", 0), ("05.06.2025 10:15 МСК", 3),
    ("Thu, 05 Jun 2025 10:15:00 +0530", 5.5),
])
def test_zones_of_one_country_keep_their_offset(value: str, hours: float) -> None:
    assert parse_date(value, REFERENCE)[0].utcoffset() == timedelta(hours=hours)
    assert ambiguous_zone(value) is None


@pytest.mark.parametrize(("published", "hours"), [
    ("Thu, 05 Jun 2025 10:15:00 +0530 (IST)", 5.5), ("June 5, 2025 10:15 AM IST (+05:30)", 5.5),
    ("2025-06-05 10:15 IST (+05:30)", 5.5), ("Thu, 05 Jun 2025 10:15:00 -0500 (CST)", -5),
])
def test_a_printed_offset_settles_an_ambiguous_zone_over_the_site_country(published: str, hours: float) -> None:
    """The offset printed beside the name is the time's own evidence: an Israeli site's "+0530 (IST)" is India's."""
    assert offset(published, "https://www.harbour-daily.example.co.il/news/1") == timedelta(hours=hours)
    assert offset(published, "https://www.worldwire.example.com/asia/1") == timedelta(hours=hours)
    assert ambiguous_zone(published) is None


def test_a_word_after_a_time_is_no_zone() -> None:
    assert ambiguous_zone("June 5, 2025 10:15 Istanbul time") is None
