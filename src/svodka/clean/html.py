"""HTML pages: trafilatura finds the body; our own reading of the markup finds the rest.

trafilatura keeps the publication date but drops its time, and its title can be the
site-suffixed <title>; `<meta property="article:published_time">`, Open Graph and
JSON-LD are read here directly, since newsrooms fill them carefully.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import lxml.html
import trafilatura


@dataclass
class PageMetadata:
    title: str = ""
    outlet: str = ""
    published: str = ""
    author: str = ""
    section: str = ""
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)


META_FIELDS = {
    "title": ("og:title", "twitter:title", "headline"),
    "outlet": ("og:site_name", "application-name", "publisher"),
    "published": ("article:published_time", "datePublished", "pubdate", "date", "dc.date", "publish-date"),
    "author": ("author", "article:author", "dc.creator"),
    "section": ("article:section", "section", "category"),
    "url": ("og:url",),
}


def extract_body(html: str) -> str:
    """The article body as plain paragraphs ('' when trafilatura finds none)."""
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if body:
        return body
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in tree.xpath("//script|//style|//nav|//header|//footer"):
        bad.drop_tree()
    return "\n".join(p.text_content().strip() for p in tree.xpath("//p") if p.text_content().strip())


def read_metadata(html: str) -> PageMetadata:
    """Title, outlet, publication time, author and section from <meta> and JSON-LD."""
    meta = PageMetadata()
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return meta
    tags: dict[str, str] = {}
    for node in tree.xpath("//meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip()
        value = (node.get("content") or "").strip()
        if key and value:
            tags.setdefault(key.lower(), value)
    for node in tree.xpath("//time[@datetime]"):
        tags.setdefault("pubdate", node.get("datetime"))
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        for item in _json_ld_items(node.text_content()):
            for key in ("headline", "datePublished", "articleSection"):
                if isinstance(item.get(key), str):
                    tags.setdefault(key.lower() if key != "articleSection" else "section", item[key])
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                tags.setdefault("publisher", publisher["name"])
            author = item.get("author")
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                tags.setdefault("author", author["name"])
    for name, keys in META_FIELDS.items():
        value = next((tags[k.lower()] for k in keys if tags.get(k.lower())), "")
        setattr(meta, name, value)
    if not meta.title:
        h1 = tree.xpath("//h1")
        titles = tree.xpath("//title")
        meta.title = (h1[0].text_content() if h1 else titles[0].text_content() if titles else "").strip()
    return meta


def _json_ld_items(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):  # nested past the parser's stack: no metadata, the page still read
        return []
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    return [item for item in items if isinstance(item, dict)]
