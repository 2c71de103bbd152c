"""HTML pages: trafilatura finds the body; our own reading of the markup finds the rest.

trafilatura keeps the publication date but drops its time, and its title can be the
site-suffixed <title>; `<meta property="article:published_time">`, Open Graph and
JSON-LD are read here directly, since newsrooms fill them carefully.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura

from svodka.clean.names import is_person_name
from svodka.clean.text import BYLINE


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
    "url": ("og:url", "canonical", "jsonld:url"),
}
# A byline's element: marked as the author (rel="author", a link to the author's page; itemprop="author",
# microdata), or of a class naming it ("author", "byline", "article-author", "byline__name"; "author-bio" is read
# too, but holds no byline's text).
MARKED_AUTHOR = '//*[contains(concat(" ", normalize-space(@rel), " "), " author ") or @itemprop="author"]'
BYLINE_CLASS = ('//*[contains(translate(@class, "AUTHORBYLINE", "authorbyline"), "author")'
                ' or contains(translate(@class, "AUTHORBYLINE", "authorbyline"), "byline")]')
# What a marked element holds: a name of two to four capitalised words ("Priya Lindqvist", "Олег Пестов").
MARKED_NAME = re.compile(r"[A-ZА-ЯЁ][\w.'’\-]+(?: [A-ZА-ЯЁ][\w.'’\-]+){1,3}")
# JSON-LD items that are the article itself (whose `url` is its address), not the site or the outlet beside it.
ARTICLE_TYPE = re.compile(r"Article$|^(BlogPosting|Report|WebPage|LiveBlogPosting)$")
# A correction notice the page prints below the body ("This article was amended on 21 November 2024…", "This story
# has been corrected to show…", "Correction: …", «Исправление: …», «В предыдущей версии статьи…»): trafilatura takes it
# for furniture outside the body, but it is what a fact-checker reads first, and svodka.compare marks the figures a
# correction gives. Its own short paragraph: a longer one is prose that mentions a correction. Readers' comments and
# related links are no notice of the article's ("Correction: the mayor is Ann Lee…" in a comment): `OUTSIDE_ARTICLE`.
CORRECTION_NOTICE = re.compile(
    r"^(?:(?:correction|clarification|исправление|уточнение)\s*:|"
    r"(?:this|the)\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated\s+to\s+correct)|"
    r"an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report)|"
    r"(?:статья|материал|текст|новость)\s+(?:был\w*\s+)?исправлен|"
    r"в\s+(?:предыдущей|прежней|первоначальной)\s+версии\s+(?:статьи|материала|текста|публикации|новости))",
    re.IGNORECASE)
MAX_NOTICE_CHARS = 600
OUTSIDE_ARTICLE = re.compile(r"comment|related", re.IGNORECASE)


def extract_body(html: str) -> str:
    """The article body as plain paragraphs ('' when trafilatura finds none), with the page's correction notices
    (`CORRECTION_NOTICE`) that trafilatura left out."""
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return body or ""
    if body:
        flat = " ".join(body.split())  # a notice's <br> is a line break in the body, a space in the notice
        notices = [notice for notice in _correction_notices(tree) if notice not in flat]
        return "\n".join([body, *notices])
    for bad in tree.xpath("//script|//style|//nav|//header|//footer"):
        bad.drop_tree()
    return "\n".join(p.text_content().strip() for p in tree.xpath("//p") if p.text_content().strip())


def _correction_notices(tree: lxml.html.HtmlElement) -> list[str]:
    """The text of each paragraph (or leaf block) of the page that is a correction notice, once each; its pieces
    are joined with a space, as <br> between "Correction:" and the notice gives none in `text_content`."""
    notices: list[str] = []
    for node in tree.xpath("//p|//div[not(.//p|.//div)]|//aside[not(.//p|.//div)]"):
        text = " ".join(" ".join(node.itertext()).split())
        if (len(text) <= MAX_NOTICE_CHARS and CORRECTION_NOTICE.match(text) and text not in notices
                and not _outside_article(node)):
            notices.append(text)
    return notices


def _outside_article(node: lxml.html.HtmlElement) -> bool:
    """Whether the node sits in a block of readers' comments or related links (by its or an ancestor's class or id)."""
    return any(OUTSIDE_ARTICLE.search(f'{block.get("class", "")} {block.get("id", "")}')
               for block in [node, *node.iterancestors()])


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
    for node in tree.xpath('//link[@href]'):
        if "canonical" in (node.get("rel") or "").lower().split() and _is_address(node.get("href")):
            tags.setdefault("canonical", node.get("href").strip())
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        items = _json_ld_items(node.text_content())
        named = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}  # {"@id": "#org"} refers
        for item in items:
            for key in ("headline", "datePublished", "articleSection"):
                if isinstance(item.get(key), str):
                    tags.setdefault(key.lower() if key != "articleSection" else "section", item[key])
            for key, tag in (("publisher", "publisher"), ("author", "author")):
                if name := _json_ld_name(item.get(key), named):
                    tags.setdefault(tag, name)
            if _is_article_item(item) and (address := _json_ld_address(item)):
                tags.setdefault("jsonld:url", address)
    for name, keys in META_FIELDS.items():
        value = next((tags[k.lower()] for k in keys if tags.get(k.lower())), "")
        setattr(meta, name, value)
    meta.author = meta.author or _byline_name(tree)
    if not meta.title:
        h1 = tree.xpath("//h1")
        titles = tree.xpath("//title")
        meta.title = (h1[0].text_content() if h1 else titles[0].text_content() if titles else "").strip()
    return meta


def _byline_name(tree: lxml.html.HtmlElement) -> str:
    """The author a page's byline element names when its meta tags and JSON-LD name none: the first element marked
    as the author whose text is a byline ("By Jane Doe, Environment Correspondent") or a name, else the first of a
    byline's class whose text is a byline or a listed person's name (a class word alone says less than a mark).
    Without it the text's credit lines would be the only clue, and "Additional reporting by" names a helper."""
    for xpath, is_name in ((MARKED_AUTHOR, MARKED_NAME.fullmatch), (BYLINE_CLASS, is_person_name)):
        for node in tree.xpath(xpath):
            text = " ".join(node.text_content().split())
            if byline := BYLINE.match(text):
                return byline.group("name")
            if is_name(text):
                return text
    return ""


def _is_address(value: object) -> bool:
    """An absolute web address: a relative canonical ("/news/1") names no site without the page's own address."""
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def _is_article_item(item: dict) -> bool:
    kinds = item.get("@type")
    return any(isinstance(kind, str) and ARTICLE_TYPE.search(kind)
               for kind in (kinds if isinstance(kinds, list) else [kinds])) or "headline" in item


def _json_ld_address(item: dict) -> str | None:
    """An article item's own address: its `mainEntityOfPage` (a URL or a page whose "@id" is one), else `url`."""
    page = item.get("mainEntityOfPage")
    for value in (page.get("@id") or page.get("url") if isinstance(page, dict) else page, item.get("url")):
        if _is_address(value):
            return value.strip()
    return None


def _json_ld_name(value: object, named: dict[str, dict]) -> str | None:
    """The name of a JSON-LD person or organisation: given inline, the first of a list, or an {"@id"} reference
    to an item of the same graph."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        value = named.get(value["@id"])
    name = value.get("name") if isinstance(value, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


def _json_ld_items(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError):  # nested past the parser's stack: no metadata, the page still read
        return []
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    return [item for item in items if isinstance(item, dict)]
