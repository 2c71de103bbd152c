"""HTML pages: trafilatura finds the body; our own reading of the markup finds the rest.

trafilatura keeps the publication date but drops its time, and its title can be the
site-suffixed <title>; `<meta property="article:published_time">`, Open Graph and
JSON-LD are read here directly, since newsrooms fill them carefully. Where a page has none, its
printed date is read from the date elements beside its headline, and its <title> loses the site's name.
Site builders' markup trafilatura reads badly is read here first: tables of figures and captions that
carry facts become paragraphs, a short <article> it flattens is read again, and a page of nothing but
menus and banners has no body.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy
from dataclasses import dataclass, field

import lxml.html
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

from svodka.clean.dates import date_line
from svodka.clean.names import is_person_name
from svodka.clean.text import BYLINE
from svodka.clean.zones import with_local_time_offset


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
# trafilatura's options. Below its MIN_EXTRACTED_SIZE (250 characters) it rescues a short extraction with the whole
# <article>'s text on one line (headline, date, counter, author box and body flattened: a short WordPress report);
# when it did, the article is read again without that rescue (UNRESCUED), which keeps its paragraphs apart.
EXTRACT_OPTIONS = {"include_comments": False, "include_tables": False, "favor_recall": True}
UNRESCUED = deepcopy(DEFAULT_CONFIG)
UNRESCUED["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "0"
# A table of figures (results, timetables) carries the report's facts, but trafilatura drops tables or squeezes a
# layout table's paragraphs into cells. A data table is read here as one line a row, its cells joined by
# TABLE_CELL_JOIN: one whose cells hold no blocks (a layout table's hold paragraphs), whose text is not mostly links
# (a menu), and of whose rows at least half name something in a word (a calendar widget's rows are digits alone).
TABLE_CELL_JOIN = "; "
LAYOUT_BLOCKS = ".//td//p|.//td//div|.//td//table|.//td//ul|.//td//ol|.//td//h1|.//td//h2|.//td//h3"
CELL_WORD = re.compile(r"[^\W\d_]{3}")
# A figure's caption that carries a fact ("Длина пролёта — 240 метров, ширина — 6 метров") is kept as a paragraph
# without its credit: from a credit word opening the caption or a sentence of it ("Фото: Иван Петров / Агентство.",
# "Фото пресс-службы…", "Photo: J. Smith / AP"), a "©", or a last sentence naming "agency/photographer", to the end.
# A caption of a few words, a credit alone, or a lead photo's caption (no body paragraph before its figure: it
# describes the picture, and would open the body) stays out.
CAPTION_CREDIT = re.compile(r"(?:^|(?<=[.!?…])\s+)(?:фото|photo|фотография|image|credit|источник|снимок)\b|"
                            r"(?<=[.!?…])\s+[^.!?/\d]{1,40}/[^.!?/\d]{1,40}$|\s*©", re.IGNORECASE)
MIN_CAPTION_WORDS = 5
BODY_PARAGRAPH_BEFORE = "preceding::p[string-length(normalize-space()) > 80]"
# A page's printed date outside a paragraph: a <time> without its `datetime`, an element whose class, id or itemprop
# names a date ("news-date-time", "entry-meta", uCoz's "eDetails"), or a short line beside the headline. A piece of
# it between "|" is read as a date line ("Дата: 05.03.2026", "13 марта 2026, 16:20 | 👁 2 045"), the nearest one to
# the headline first; an unmarked line only among the few elements of text just before and after the headline.
DATE_ELEMENTS = ('//time[not(@datetime)]|//*[contains(translate(concat(@class, " ", @id, " ", @itemprop), '
                 '"DATEIMPOSL", "dateimposl"), "date") or contains(translate(concat(@class, " ", @id), "METADILS", '
                 '"metadils"), "meta") or contains(translate(@class, "DETAILS", "details"), "details") or '
                 'contains(translate(@class, "TIME", "time"), "time")]')
HEADLINE = '//h1[normalize-space()]|//*[@itemprop="headline"][normalize-space()]'
# Dates that are not the article's: a sidebar's, footer's or readers' block's (by tag, class or id), a teaser's (its
# block links elsewhere with a headline's worth of text), and a "last updated" one, read only when no other is.
NOT_ARTICLE_DATE = re.compile(r"comment|related|repl|review|otzyv|sidebar|teaser|widget|popular|also",
                              re.IGNORECASE)
TEASER_LINK = ('ancestor-or-self::*[position() <= 2]//a[not(ancestor::h1)]'
               '[string-length(normalize-space()) > 20]')
UPDATED_LABEL = re.compile(r"^(?:updated|last updated|modified|обновлено|изменено|редакция от)\b", re.IGNORECASE)
LINES_BEFORE_HEADLINE = 2
LINES_AFTER_HEADLINE = 3
MAX_DATE_ELEMENT_CHARS = 200
# Blocks that are the site's furniture, not the article's: a cookie or consent banner, a menu, a logo, a view counter.
# A body line that is such a block's whole text goes; a page whose extracted text is nothing but such blocks' is no
# article (a navigation page): "no body text".
FURNITURE_BLOCK = re.compile(r"cookie|consent|gdpr|menu|logo|counter|(?<![a-z])nav(?:bar|igation)?(?![a-z])",
                             re.IGNORECASE)
# A page's containers, and a block holding the article's parts, are no furniture whatever their class
# (<body class="has-nav-menu">).
PAGE_CONTAINERS = {"html", "body", "main", "article"}
ARTICLE_INSIDE = ".//p|.//h1|.//article|.//main"
# A <title>'s site name after the headline ("… - Проба", "… | Проба", "… — Проба"), and a section before it
# ("… - Новости - Курганский листок").
TITLE_SEPARATOR = re.compile(r"\s+[-—–|]\s+")
TITLE_SECTIONS = {"новости", "news", "главная", "статьи", "лента новостей", "новини", "жаңалықтар"}


def extract_body(html: str) -> str:
    """The article body as plain paragraphs ('' when trafilatura finds none), with the page's correction notices
    (`CORRECTION_NOTICE`) that trafilatura left out."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return trafilatura.extract(html, **EXTRACT_OPTIONS) or ""
    if _with_readable_tables_and_captions(tree):
        html = lxml.html.tostring(tree, encoding="unicode")
        tree = lxml.html.fromstring(html)
    body = _without_furniture_blocks(_paragraphs(html, tree), tree)
    if body:
        flat = " ".join(body.split())  # a notice's <br> is a line break in the body, a space in the notice
        notices = [notice for notice in _correction_notices(tree) if notice not in flat]
        return "\n".join([body, *notices])
    for bad in tree.xpath("//script|//style|//nav|//header|//footer"):
        bad.drop_tree()
    return "\n".join(p.text_content().strip() for p in tree.xpath("//p") if p.text_content().strip())


def _paragraphs(html: str, tree: lxml.html.HtmlElement) -> str:
    """trafilatura's body, read again without its rescue when that flattened a page of paragraphs into one line
    (see UNRESCUED)."""
    body = trafilatura.extract(html, **EXTRACT_OPTIONS) or ""
    if "\n" in body.strip() or len(tree.xpath("//p[normalize-space()]")) < 2:
        return body
    unflattened = trafilatura.extract(html, config=UNRESCUED, **EXTRACT_OPTIONS) or ""
    return unflattened if "\n" in unflattened.strip() else body


def _with_readable_tables_and_captions(tree: lxml.html.HtmlElement) -> bool:
    """Each data table (see TABLE_CELL_JOIN) replaced by a paragraph a row, and each figure whose caption carries a
    fact (see CAPTION_CREDIT) by that caption's paragraph, so that trafilatura keeps them in the page's order; whether
    anything was replaced."""
    replaced = False
    for table in tree.xpath("//table[not(ancestor::table)]"):
        cells = [[" ".join(cell.text_content().split()) for cell in row.xpath("./th|./td")]
                 for row in table.xpath(".//tr")]
        rows = [row for row in ([cell for cell in row if cell] for row in cells) if row]
        if _is_data_table(table, rows):
            _replace(table, [TABLE_CELL_JOIN.join(row) for row in rows])
            replaced = True
    for figure in tree.xpath("//figure[figcaption]"):
        caption = _without_credit(" ".join(figure.xpath("figcaption")[0].text_content().split()))
        if len(caption.split()) >= MIN_CAPTION_WORDS and figure.xpath(BODY_PARAGRAPH_BEFORE):
            _replace(figure, [caption])
            replaced = True
    return replaced


def _without_credit(caption: str) -> str:
    """`caption` up to its credit (see CAPTION_CREDIT)."""
    credit = CAPTION_CREDIT.search(caption)
    return caption[:credit.start()].strip() if credit else caption


def _is_data_table(table: lxml.html.HtmlElement, rows: list[list[str]]) -> bool:
    """A table of figures, not of layout, menu or calendar (see TABLE_CELL_JOIN)."""
    text = " ".join(cell for row in rows for cell in row)
    links = sum(len(" ".join(link.text_content().split())) for link in table.xpath(".//a"))
    named = sum(1 for row in rows if any(CELL_WORD.search(cell) for cell in row))
    return (len(rows) >= 2 and max(len(row) for row in rows) >= 2 and not table.xpath(LAYOUT_BLOCKS)
            and links * 2 < len(text) and named * 2 >= len(rows))


def _replace(node: lxml.html.HtmlElement, paragraphs: list[str]) -> None:
    """`node` replaced by a block of `paragraphs`, its tail kept."""
    block = lxml.html.Element("div")
    for text in paragraphs:
        lxml.etree.SubElement(block, "p").text = text
    block.tail = node.tail
    node.getparent().replace(node, block)


def _without_furniture_blocks(body: str, tree: lxml.html.HtmlElement) -> str:
    """The body without the lines that are a furniture block's whole text, '' when each of its lines is inside one
    (see FURNITURE_BLOCK): a navigation page's cookie banner is no article."""
    blocks = {" ".join(node.text_content().split()) for node in tree.iter(lxml.etree.Element)
              if (node.tag == "nav" or FURNITURE_BLOCK.search(f'{node.get("class", "")} {node.get("id", "")}'))
              and node.tag not in PAGE_CONTAINERS and not node.xpath(ARTICLE_INSIDE)}
    lines = body.splitlines()
    if all(any(" ".join(line.split()) in block for block in blocks) for line in lines):
        return ""
    return "\n".join(line for line in lines if " ".join(line.split()) not in blocks)


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
    meta.published = meta.published or _printed_date(tree)
    titles = tree.xpath("//title")
    page_title = titles[0].text_content().strip() if titles else ""
    logos = _logo_texts(tree)
    meta.outlet = meta.outlet or next((logo for logo in logos if _site_name_of(page_title, [logo])), "")
    if not meta.title:
        headline = tree.xpath(HEADLINE)
        meta.title = (" ".join(headline[0].text_content().split()) if headline
                      else _without_site_name(page_title, [meta.outlet, *logos]))
    return meta


def _printed_date(tree: lxml.html.HtmlElement) -> str:
    """The date the page prints beside its headline (see DATE_ELEMENTS), with a regional time's name as its offset
    ("12:40 (хабаровское время)" → "12:40 +10:00"); '' when none reads as a date."""
    order = {node: number for number, node in enumerate(tree.iter(lxml.etree.Element))}
    headline = tree.xpath(HEADLINE)
    at = order[headline[0]] if headline else 0
    texted = [node for node in order if node.text and node.text.strip()]
    beside = ([node for node in texted if order[node] < at][-LINES_BEFORE_HEADLINE:]
              + [node for node in texted if order[node] > at][:LINES_AFTER_HEADLINE])
    candidates = sorted({*tree.xpath(DATE_ELEMENTS), *beside}, key=lambda node: abs(order.get(node, 0) - at))
    updated = ""
    for node in candidates:
        text = " ".join(node.text_content().split())
        if len(text) > MAX_DATE_ELEMENT_CHARS or not _in_article_for_dates(node):
            continue
        for piece in text.split("|"):
            piece = with_local_time_offset(piece.strip())
            if date_line(piece)[0] is None:
                continue
            if not UPDATED_LABEL.match(piece):
                return piece
            updated = updated or piece
    return updated


def _in_article_for_dates(node: lxml.html.HtmlElement) -> bool:
    """Whether a date element is the article's own, not a menu's, sidebar's, footer's, comment's or teaser's (see
    NOT_ARTICLE_DATE)."""
    return not (node.xpath("ancestor-or-self::nav|ancestor-or-self::aside|ancestor-or-self::footer")
                or any(NOT_ARTICLE_DATE.search(f'{block.get("class", "")} {block.get("id", "")}')
                       for block in [node, *node.iterancestors()])
                or node.xpath(TEASER_LINK))


def _logo_texts(tree: lxml.html.HtmlElement) -> list[str]:
    """The short texts of a page's logo elements: the site's name as it shows it."""
    texts = [" ".join(node.text_content().split())
             for node in tree.xpath('//*[contains(translate(concat(@class, " ", @id), "LOGO", "logo"), "logo")]')]
    return [text for text in texts if 0 < len(text.split()) <= 6]


def _site_name_of(title: str, site_names: list[str]) -> str | None:
    """The last segment of a <title> ("… - Проба") when it is one of `site_names` (og:site_name, the logo's text)
    and no section's name; None otherwise."""
    segments = TITLE_SEPARATOR.split(title)
    last = segments[-1].strip().casefold()
    names = {name.strip().casefold() for name in site_names if name and name.strip()}
    return segments[-1].strip() if len(segments) > 1 and last in names and last not in TITLE_SECTIONS else None


def _without_site_name(title: str, site_names: list[str]) -> str:
    """A <title> without its trailing site name when that is the page's own (see `_site_name_of`), and a section
    segment before it ("… - Новости - Курганский листок"); as it is otherwise."""
    if not _site_name_of(title, site_names):
        return title
    segments = TITLE_SEPARATOR.split(title)
    kept = len(segments) - 1
    if kept > 1 and segments[kept - 1].strip().casefold() in TITLE_SECTIONS:
        kept -= 1
    return title[:list(TITLE_SEPARATOR.finditer(title))[kept - 1].start()].strip()


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
