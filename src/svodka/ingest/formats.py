"""Tell what a decoded file is and split containers into single raw documents.

The format is read from the content (a `.txt` that holds HTML is HTML); the file
name is only a tie-breaker, but for a `.jsonl` dump, which is one record a line
whatever a line holds. Containers — JSON/JSONL dumps and RSS/Atom feeds — yield
one document per record, and a broken record becomes an IngestError without losing
its neighbours.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser
import lxml.etree
import lxml.html

from svodka.clean.outlets import feed_outlet, same_site, site_of
from svodka.ingest.published import log, published_text
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
# A page starts with markup; text that merely mentions a tag or two ("the <head>") is not one.
MIN_HTML_MARKERS = 5
HTML_MARKERS = re.compile(r"<(!doctype html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)
# A dump opens with an object's first key or a list of records; a text may open with
# a bracketed rubric ("[ВИДЕО] Пожар на складе") and is still text.
JSON_START = re.compile(r'\{\s*["}]|\[\s*[{\["\]]')
# A feed entry's or a record's body is an HTML fragment when it holds any tag: feeds send inline
# markup alone ("<b>Иван Петров</b>", "<a href=…>", "<br/>"), which the whole-page markers above miss.
# The tag name ends at ">", "/" or a space before attributes (ASCII names), so a comparison in prose
# ("если x<b и y>c") is no tag.
FRAGMENT_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|br|img|p|div|span|ul|ol|li|h[1-6]|blockquote|figure|figcaption|table|script|style)"
    r"""(?:\s+[a-z][\w:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s*/?>""",
    re.IGNORECASE,
)
# A fragment's block elements end a paragraph, its line breaks a line; scripts and styles say nothing.
FRAGMENT_BLOCKS = ".//p|.//div|.//li|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//blockquote|.//figure|.//tr"
TOO_DEEP = "JSON nested too deeply to be an article dump"
# A dump named so is one record a line whatever its lines hold: a crawler's "<html>502 Bad Gateway</html>"
# line is that line's problem, not the file's.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# How much of a file `mostly_objects` looks at: a dump's first lines say what it is.
MOSTLY_OBJECTS_LINES = 20
MOSTLY_OBJECTS_CHARS = 1 << 20
# A rejected line is quoted this far: enough to recognise "<html>502 Bad Gateway", not a whole record.
SHOWN_CHARS = 60
# Fields naming someone or something: a number there ("outlet": 123, a dump's numeric source id) names nobody, so it
# is said and left out rather than stored as the name "123" (the outlet then comes from the URL).
NAME_FIELDS = ("outlet", "author", "section")
# A record's text as a list is its paragraphs (scrapers' dumps): kept apart as paragraphs, not run together.
PARAGRAPH_BREAK = "\n\n"
# Files a saved page or a download brings along that hold no article, by what they are (a noun whose plural takes an
# "s": a run's summary counts them). A folder or an archive is walked past them and counted; one named on its own
# is refused with its kind and what to do instead. No ".json", ".xml" or ".txt": dumps and feeds.
NON_ARTICLE_KINDS = {
    "script": (".js", ".mjs", ".cjs", ".wasm"),
    "stylesheet": (".css", ".scss", ".less"),
    "image": (".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".bmp", ".tif", ".tiff", ".avif"),
    "font": (".woff", ".woff2", ".ttf", ".otf", ".eot"),
    "source map": (".map",),
    "PDF document": (".pdf",),
    "table": (".csv", ".tsv", ".xls", ".xlsx", ".ods"),
    "office document": (".doc", ".docx", ".odt", ".rtf", ".ppt", ".pptx"),
    "audio or video file": (".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mov", ".avi"),
}
NON_ARTICLE_ADVICE = {
    "PDF document": "save its text as .txt",
    "table": "give articles as JSONL, one a line",
    "office document": "save it as text or HTML",
}


def non_article_kind(name: str) -> str | None:
    """What a file is when its name says it holds no article ("stylesheet"), else None."""
    lowered = name.lower()
    return next((kind for kind, suffixes in NON_ARTICLE_KINDS.items() if lowered.endswith(suffixes)), None)


def non_article_refusal(kind: str) -> str:
    """Why a file named on its own is not read: "not an article: a table (give articles as JSONL, one a line)"."""
    advice = NON_ARTICLE_ADVICE.get(kind)
    return f"not an article: {'an' if kind[0] in 'aeiou' else 'a'} {kind}" + (f" ({advice})" if advice else "")


def detect_format(name: str, text: str) -> str:
    """One of: jsonl, json, rss, html, text."""
    if name.lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    head = text.lstrip()[:2000]
    lowered = head.lower()
    if JSON_START.match(head):
        lines = [line for line in json_lines(text) if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines[:5]):
            return "jsonl"
        return "json"
    if "<rss" in lowered or "<feed" in lowered or "<rdf:rdf" in lowered:
        return "rss"
    markers = len(HTML_MARKERS.findall(head))
    if (head.startswith("<") and markers) or markers >= MIN_HTML_MARKERS or name.lower().endswith((".html", ".htm")):
        return "html"
    return "text"


def split_document(
    origin: str, raw: bytes, text: str, encoding: str, field_map: Mapping[str, str] | None = None
) -> Iterator[RawDocument | IngestError]:
    """Yield the articles one decoded file holds; `field_map` as in `read_inputs`."""
    fmt = detect_format(origin, text)
    fields = _field_names(field_map or {})
    if fmt == "jsonl":
        yield from _jsonl_documents(origin, text, encoding, fields)
    elif fmt == "json":
        yield from _json_documents(origin, text, encoding, fields)
    elif fmt == "rss":
        yield from _feed_documents(origin, raw, encoding)
    else:
        yield RawDocument(origin=origin, raw=raw, format=fmt, text=text, encoding=encoding)


def _field_names(field_map: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Our fields to the keys to try, the user's mapping first."""
    return {ours: ((field_map[ours],) if ours in field_map else ()) + theirs for ours, theirs in JSON_FIELDS.items()}


def _jsonl_documents(
    origin: str, text: str, encoding: str, fields: dict[str, tuple[str, ...]]
) -> Iterator[RawDocument | IngestError]:
    for number, line in enumerate(json_lines(text), start=1):
        if line.strip():
            yield _line_document(f"{origin}:{number}", line, encoding, fields)


def mostly_objects(text: str) -> bool:
    """Whether most of the first lines are JSON objects: a JSONL dump with a stray line among them (an error
    page, a list), not one document (a pretty-printed list has a lone "[" or "{" a line, and keys)."""
    lines = [line.strip() for line in json_lines(text[:MOSTLY_OBJECTS_CHARS]) if line.strip()][:MOSTLY_OBJECTS_LINES]
    return len(lines) > 1 and sum(line.startswith("{") and line.endswith("}") for line in lines) * 2 > len(lines)


def json_lines(text: str) -> list[str]:
    """A dump's lines: split at line feeds only. `str.splitlines` also splits at U+2028 and other separators
    that `json.dumps(..., ensure_ascii=False)` leaves unescaped inside a record's strings."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def jsonl_line_document(where: str, line: str, encoding: str,
                        field_map: Mapping[str, str] | None = None) -> RawDocument | IngestError:
    """One line of a JSONL dump or stream (`where`: "FILE:LINE") as a raw document."""
    return _line_document(where, line, encoding, _field_names(field_map or {}))


def _line_document(where: str, line: str, encoding: str, fields: dict[str, tuple[str, ...]]) -> RawDocument | IngestError:
    if not line.lstrip().startswith("{"):
        return IngestError(where, f"not a JSON object: {_shortened(line.strip())!r}")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return IngestError(where, f"corrupt JSON line: {_json_problem(error, f'column {error.colno}')}")
    except RecursionError:
        return IngestError(where, TOO_DEEP)
    return _record_document(where, line.encode("utf-8"), record, encoding, fields)


def _json_documents(
    origin: str, text: str, encoding: str, fields: dict[str, tuple[str, ...]]
) -> Iterator[RawDocument | IngestError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and mostly_objects(text):  # JSONL whose first lines are not all objects
            yield from _jsonl_documents(origin, text, encoding, fields)
        else:
            yield IngestError(origin, f"corrupt JSON: {_json_problem(error, f'line {error.lineno}')}")
        return
    except RecursionError:  # "[[[[…" thousands deep: the parser's stack runs out before the text does
        yield IngestError(origin, TOO_DEEP)
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
        yield _record_document(where, raw, record, encoding, fields)


def _json_problem(error: json.JSONDecodeError, place: str) -> str:
    """json's message with where: some of its messages end in "at" already ("Unterminated string starting at")."""
    return f"{error.msg} {place}" if error.msg.endswith(" at") else f"{error.msg} at {place}"


def _record_document(
    where: str, raw: bytes, record: Any, encoding: str, fields: dict[str, tuple[str, ...]]
) -> RawDocument | IngestError:
    """One JSON object to a raw document; its `url` becomes the origin when given."""
    if not isinstance(record, dict):
        return IngestError(where, "JSON record is not an object")
    given = {ours: _first_given(record, theirs, any_object=ours == "published") for ours, theirs in fields.items()}
    if _is_number(given["text"]):
        return IngestError(where, f"JSON record's text is a number ({given['text']!r}), not an article's text")
    for ours in NAME_FIELDS:
        if _is_number(given[ours]):
            log.warning("%s: %s %r is a number, not a name; left out", where, ours, given[ours])
            given[ours] = None
    values = {ours: _as_text(value, PARAGRAPH_BREAK if ours == "text" else ", ") for ours, value in given.items()}
    values["published"] = published_text(given["published"], where)
    body = values.pop("text")
    if not body:
        return IngestError(where, "JSON record has no text (looked for: " + ", ".join(fields["text"]) + ")")
    hints = {key: value for key, value in values.items() if value}
    origin = hints.get("url") or where
    fmt, text = body_document(body)
    return RawDocument(origin=origin, raw=raw, format=fmt, text=text, encoding=encoding, hints=hints)


def body_document(body: str) -> tuple[str, str]:
    """A feed entry's or record's body as (format, text): a page stays "html" for cleaning to extract;
    a fragment of inline markup is read to plain "text" here, since trafilatura takes a fragment's few
    short lines for boilerplate and keeps none of them ("Мэр <b>Иван Петров</b> открыл мост.")."""
    if HTML_MARKERS.search(body[:2000]):
        return "html", body
    if FRAGMENT_TAG.search(body):
        return "text", fragment_text(body)
    return "text", body


def fragment_text(fragment: str) -> str:
    """The words of an HTML fragment, its blocks as paragraphs and its <br> as line ends."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        root = None
    if root is not None:
        for quiet in root.xpath(".//script|.//style"):
            quiet.drop_tree()
        for line_break in root.iter("br"):
            line_break.tail = "\n" + (line_break.tail or "")
        for block in root.xpath(FRAGMENT_BLOCKS):
            block.text, block.tail = "\n\n" + (block.text or ""), "\n\n" + (block.tail or "")
    text = root.text_content().strip() if root is not None else ""
    # Nested past libxml2's depth the parser keeps no words: the tags go, the words stay.
    return text or FRAGMENT_TAG.sub(" ", fragment).strip()


def _shortened(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _first_given(record: dict, names: tuple[str, ...], any_object: bool = False) -> Any:
    """The value of the first key holding one ("a.b" reads a nested object), as the record gives it; None. An
    object holds one when it has a name (or, with `any_object`, anything: a time must be read or said unreadable)."""
    for name in names:
        value: Any = record
        for key in name.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if _as_text(value) or _is_number(value) or any_object and isinstance(value, dict) and value:  # "  ": none
            return value
    return None


def _as_text(value: Any, joiner: str = ", ") -> str:
    """A value as text: a list's items joined ("authors": ["A", "B"]; a text's paragraphs), an object's name
    ({"source": {"name": "..."}}); "" for none."""
    if isinstance(value, list):  # each item read once: twice per level would double the work at every nesting
        value = joiner.join(text for text in (_as_text(item, joiner) for item in value) if text)
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("text")
    return str(value) if value is not None and str(value).strip() else ""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _entry_outlet(entry: Any, channel: Any, home: str | None) -> str:
    """A feed item's outlet: the <source> it names, else the feed's title less its section (`feed_outlet`: "Reuters:
    World News" is Reuters), but for an item linking to another site than the feed's own `home` (an aggregator's
    feed, a crawler's merged one), whose outlet is that site."""
    source = entry.get("source") or {}
    if source.get("title"):
        return source["title"]
    link = entry.get("link", "")
    if site_of(link) and not same_site(link, home):
        return site_of(link) or ""
    return feed_outlet(channel.get("title", ""), home)


def _feed_home(feed: Any) -> str | None:
    """A feed's own site: its link, else the one site all its items link to; None for a feed without a link whose
    items are on several sites (an aggregator's), each of them its own outlet."""
    if str(feed.feed.get("link", "")).startswith(("http://", "https://")):  # not an Atom id taken for one ("urn:f")
        return feed.feed["link"]
    sites = {site_of(entry.get("link", "")) for entry in feed.entries} - {None}
    return sites.pop() if len(sites) == 1 else None


def _feed_documents(origin: str, raw: bytes, encoding: str) -> Iterator[RawDocument | IngestError]:
    """RSS 2.0, RSS 1.0 and Atom entries; a malformed feed still yields what was read.

    The bytes go in as a stream: given bytes, feedparser first tries them as a file
    name, so a feed whose content is a path would be read from that other file.
    """
    feed = feedparser.parse(io.BytesIO(raw))
    problem = str(getattr(feed, "bozo_exception", "")) if feed.bozo else ""
    if not feed.entries:
        yield IngestError(origin, f"feed has no readable entries ({problem or 'no entries'})")
        return
    if problem:
        yield IngestError(origin, f"feed is malformed ({problem}); the {len(feed.entries)} entries before it were read")
    home = _feed_home(feed)
    for index, entry in enumerate(feed.entries, start=1):
        link = entry.get("link", "")
        content = entry.get("content")
        body = content[0].get("value", "") if content else entry.get("summary", "")
        if not body.strip():
            where = f"{origin}: entry {index}" + (f" ({link})" if link else "")
            yield IngestError(where, f"feed entry has no text (title {entry.get('title', 'none')!r})")
            continue
        tags = entry.get("tags") or []
        hints = {
            "title": entry.get("title", ""),
            "url": entry.get("link", ""),
            "published": entry.get("published", "") or entry.get("updated", ""),
            "outlet": _entry_outlet(entry, feed.feed, home),
            "author": entry.get("author", ""),
            "section": tags[0].get("term", "") if tags else "",
        }
        hints = {key: value for key, value in hints.items() if value}
        raw_entry = json.dumps({"body": body, **hints}, ensure_ascii=False, sort_keys=True).encode("utf-8")
        fmt, text = body_document(body)
        yield RawDocument(origin=link or f"{origin}#{index}", raw=raw_entry, format=fmt, text=text, encoding=encoding, hints=hints)


def parse_field_map(spec: str) -> dict[str, str]:
    """'text=body,title=headline.main' to a field map; ValueError names what is wrong."""
    mapping = {}
    for pair in filter(None, (part.strip() for part in spec.split(","))):
        ours, sep, theirs = pair.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not theirs:
            raise ValueError(f"field map entry {pair!r} is not FIELD=KEY")
        if ours not in JSON_FIELDS:
            raise ValueError(f"unknown field {ours!r} in field map (known: {', '.join(JSON_FIELDS)})")
        mapping[ours] = theirs
    return mapping
