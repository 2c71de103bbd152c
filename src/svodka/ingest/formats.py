"""Tell what a decoded file is and split containers into single raw documents.

The format is read from the content (a `.txt` that holds HTML is HTML); the file
name is only a tie-breaker. Containers — JSON/JSONL dumps and RSS/Atom feeds — yield
one document per record, and a broken record becomes an IngestError without losing
its neighbours.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from svodka.model import IngestError, RawDocument

# Field names a dump may use for each of our fields; the first present wins.
JSON_FIELDS = {
    "text": ("text", "body", "content", "article", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "href"),
    "outlet": ("outlet", "source", "site", "site_name", "publisher"),
    "published": ("published", "date", "pubDate", "published_at", "datetime", "time"),
    "id": ("id", "guid"),
    "author": ("author", "byline"),
    "section": ("section", "category", "rubric"),
}
HTML_MARKERS = re.compile(r"<(!doctype html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)


def detect_format(name: str, text: str) -> str:
    """One of: jsonl, json, rss, html, text."""
    head = text.lstrip()[:2000]
    lowered = head.lower()
    if head.startswith("{") or head.startswith("["):
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:5]):
            return "jsonl"
        return "json"
    if "<rss" in lowered or "<feed" in lowered or "<rdf:rdf" in lowered:
        return "rss"
    if HTML_MARKERS.search(head) or name.lower().endswith((".html", ".htm")):
        return "html"
    return "text"


def split_document(origin: str, raw: bytes, text: str, encoding: str) -> Iterator[RawDocument | IngestError]:
    """Yield the articles one decoded file holds."""
    fmt = detect_format(origin, text)
    if fmt == "jsonl":
        yield from _jsonl_documents(origin, text, encoding)
    elif fmt == "json":
        yield from _json_documents(origin, text, encoding)
    elif fmt == "rss":
        yield from _feed_documents(origin, raw, encoding)
    else:
        yield RawDocument(origin=origin, raw=raw, format=fmt, text=text, encoding=encoding)


def _jsonl_documents(origin: str, text: str, encoding: str) -> Iterator[RawDocument | IngestError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(where, f"corrupt JSON line: {error.msg} at column {error.colno}")
            continue
        yield _record_document(where, line.encode("utf-8"), record, encoding)


def _json_documents(origin: str, text: str, encoding: str) -> Iterator[RawDocument | IngestError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield IngestError(origin, f"corrupt JSON: {error.msg} at line {error.lineno}")
        return
    if isinstance(data, dict):
        records = next((data[key] for key in ("articles", "items", "data") if isinstance(data.get(key), list)), [data])
    elif isinstance(data, list):
        records = data
    else:
        yield IngestError(origin, "JSON holds neither an object nor a list of articles")
        return
    for index, record in enumerate(records):
        where = f"{origin}:{index + 1}"
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield _record_document(where, raw, record, encoding)


def _record_document(where: str, raw: bytes, record: Any, encoding: str) -> RawDocument | IngestError:
    """One JSON object to a raw document; its `url` becomes the origin when given."""
    if not isinstance(record, dict):
        return IngestError(where, "JSON record is not an object")
    fields = {ours: _first(record, theirs) for ours, theirs in JSON_FIELDS.items()}
    body = fields.pop("text")
    if not body:
        return IngestError(where, "JSON record has no text (looked for: " + ", ".join(JSON_FIELDS["text"]) + ")")
    hints = {key: value for key, value in fields.items() if value}
    origin = hints.get("url") or where
    fmt = "html" if HTML_MARKERS.search(body[:2000]) else "text"
    return RawDocument(origin=origin, raw=raw, format=fmt, text=body, encoding=encoding, hints=hints)


def _first(record: dict, names: tuple[str, ...]) -> str:
    for name in names:
        value = record.get(name)
        if isinstance(value, dict):  # e.g. {"source": {"name": "..."}}
            value = value.get("name") or value.get("title")
        if value not in (None, ""):
            return str(value)
    return ""


def _feed_documents(origin: str, raw: bytes, encoding: str) -> Iterator[RawDocument | IngestError]:
    feed = feedparser.parse(raw)
    if not feed.entries:
        reason = str(getattr(feed, "bozo_exception", "")) or "no entries"
        yield IngestError(origin, f"feed has no readable entries ({reason})")
        return
    outlet = feed.feed.get("title", "")
    for index, entry in enumerate(feed.entries, start=1):
        where = entry.get("link") or f"{origin}#{index}"
        content = entry.get("content")
        body = content[0].get("value", "") if content else entry.get("summary", "")
        if not body.strip():
            yield IngestError(where, "feed entry has no text")
            continue
        hints = {
            "title": entry.get("title", ""),
            "url": entry.get("link", ""),
            "published": entry.get("published", "") or entry.get("updated", ""),
            "outlet": outlet,
            "author": entry.get("author", ""),
        }
        hints = {key: value for key, value in hints.items() if value}
        raw_entry = json.dumps({"body": body, **hints}, ensure_ascii=False, sort_keys=True).encode("utf-8")
        fmt = "html" if HTML_MARKERS.search(body[:2000]) else "text"
        yield RawDocument(origin=where, raw=raw_entry, format=fmt, text=body, encoding=encoding, hints=hints)
