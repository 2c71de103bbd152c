"""Clean: from a raw document to an Article with body text and metadata.

Metadata comes in order of trust: what the container said (JSON fields, RSS tags,
HTML markup), then what the text itself shows (rubric line, image caption, dateline).
"""

from __future__ import annotations

import re
from datetime import datetime

from svodka.clean.dates import (
    ambiguous_zone,
    parse_date,
    states_time_of_day,
    with_url_day,
    with_url_year,
)
from svodka.clean.names import without_emails
from svodka.clean.outlets import outlet_name, site_of
from svodka.clean.text import clean_plain_text, without_invisible
from svodka.clean.zones import with_zone_evidence
from svodka.model import Article, RawDocument

# "Городской курьер — Лента новостей": a site name with the page's kind appended.
OUTLET_SUFFIX = re.compile(
    r"\s+[—–|-]\s+(лента новостей|новости|главные новости|последние новости|news|latest news|breaking news|online|онлайн)$",
    re.IGNORECASE,
)

# A headline runs to 70-200 characters and a name to a few dozen; a "title" of thousands is a broken record's
# body. Kept short so listings and tables stay readable; the stored original keeps every character.
MAX_TITLE_CHARS = 400
MAX_NAME_CHARS = 200  # outlet, author, section


def clean_document(raw: RawDocument, reference: datetime | None = None) -> Article:
    """Clean one raw document; `reference` is when it was ingested (for year guessing)."""
    reference = reference or datetime.now()
    hints = dict(raw.hints)
    text = raw.text
    if raw.format == "html":
        from svodka.clean.html import extract_body, read_metadata  # trafilatura: for pages only

        page = read_metadata(raw.text)
        for key in ("title", "outlet", "published", "author", "section", "url"):
            hints.setdefault(key, getattr(page, key))
        text = extract_body(raw.text)
    hints = {key: without_invisible(value) if isinstance(value, str) else value for key, value in hints.items()}
    cleaned = clean_plain_text(text, reference, title=hints.get("title", "").strip())
    published, guessed, day_only = cleaned.published, cleaned.published_year_guessed, cleaned.published_day_only
    zone = cleaned.published_zone
    if hints.get("published"):
        from_markup, guessed_markup = parse_date(hints["published"], reference)
        if from_markup is not None:
            published, guessed, day_only = from_markup, guessed_markup, not states_time_of_day(hints["published"])
            zone = ambiguous_zone(hints["published"])
    url = hints.get("url") or None
    published, guessed = with_url_year(published, guessed, url)  # a year-less date takes its year from the URL
    published, from_url = with_url_day(published, url, reference, cleaned.body)  # no date at all: the URL's day
    given_outlet = OUTLET_SUFFIX.sub("", without_emails(hints.get("outlet", "").strip()) or "")  # a feed's "desk@x.org"
    outlet = outlet_name(given_outlet) if given_outlet else site_of(url) or without_emails(cleaned.outlet)
    published = with_zone_evidence(published, zone, url, outlet, cleaned.dateline)  # "IST": India's, Israel's?
    title = _bounded(cleaned.title, MAX_TITLE_CHARS)
    body = cleaned.body
    if title != cleaned.title and cleaned.title not in body:  # a cut title's words stay in the analysed text
        body = "\n\n".join(part for part in (cleaned.title, body) if part)
    return Article(
        id=raw.id,
        origin=raw.origin,
        text=body,
        title=title,
        outlet=_bounded(outlet, MAX_NAME_CHARS),
        published=published,
        published_year_guessed=guessed,
        published_from_url=from_url,
        published_day_only=published is not None and (day_only or from_url),
        section=_bounded(hints.get("section") or cleaned.section, MAX_NAME_CHARS),
        dateline=cleaned.dateline,
        author=_bounded(without_emails(hints.get("author")) or without_emails(cleaned.author), MAX_NAME_CHARS),
        url=url,
        format=raw.format,
        removed=cleaned.removed,
        source_id=hints.get("id") or None,  # never cut: it joins the article back to its record in the dump
    )


def _bounded(value: str | None, limit: int) -> str | None:
    """The value cut at a word before `limit` characters, marked with an ellipsis."""
    if value is None or len(value) <= limit:
        return value
    head = value[:limit]
    return (head.rsplit(" ", 1)[0] if " " in head else head).rstrip() + "…"

