"""The static HTML report: the web app's story and article views as files that open from disk.

One set of Jinja templates serves both: `render_page` is what the web app calls too,
with server links instead of relative file links. Autoescaping is on for every
template (article text is hostile until escaped) and the pages carry a Content
Security Policy that allows no script at all. Files are named by story and article
ids (hex digests), never by anything from the input.
"""

from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from http import HTTPStatus
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from svodka.categorise.explain import explanation
from svodka.rank import FORMULA, rank_formula
from svodka.report.times import article_time, time_span, time_text
from svodka.report.views import (FILTER_TEXT_MAX, KIND_LABEL, SENTENCE_STATE, STATE_LABEL, STATE_SYMBOL, gone_story,
                                 not_news_listing, original_text, story_view, text_language)
from svodka.store import Store
from svodka.store.db import StoryFilter

# Links of pages in the report folder; story and article pages sit one level down.
REPORT_LINKS = {"home": "index.html", "story": "stories/{}.html", "article": "articles/{}.html",
                "raw": "articles/{}.raw.txt", "search": None, "entities": None, "not_news": "not-news.html"}
NESTED_LINKS = {key: "../" + value if value else value for key, value in REPORT_LINKS.items()}
NESTED_LINKS["raw"] = "{}.raw.txt"
# A site address in an error message ("no page 9: there are 2 (the first: /?page=1)"): a link there. A path of this
# site only: one slash, then no second one (//host is another site).
SITE_PATH = re.compile(r"(?<![^\s(])/(?!/)[^\s()]*")
# An error page's heading in a reader's words; other statuses by their HTTP name.
STATUS_WORDS = {404: "No such page", 422: "Not a request this site understands", 500: "Something went wrong here",
                503: "Busy: try again shortly"}
# The files the report writes besides index.html, by name (ids are content ids: 16 hex
# digits): an earlier run's file of such a name that this run did not write is stale.
PAGE_KINDS = ("story", "article", "raw")
PAGE_FOLDERS = sorted({REPORT_LINKS[kind].split("/")[0] for kind in PAGE_KINDS})
REPORT_PAGE = re.compile(
    "|".join(re.escape(REPORT_LINKS[kind]).replace(re.escape("{}"), "[0-9a-f]{16}") for kind in PAGE_KINDS)
)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("svodka.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )
    env.filters["time_text"] = time_text
    env.filters["time_span"] = time_span
    env.filters["article_time"] = article_time
    env.filters["counted"] = counted
    env.filters["addresses_linked"] = addresses_linked
    env.globals.update(rank_formula=rank_formula, rank_legend=FORMULA, explanation=explanation,
                       filter_text_max=FILTER_TEXT_MAX, text_language=text_language, status_phrase=status_phrase,
                       filters_set=filters_set)
    return env


def status_phrase(status: int) -> str:
    """An HTTP status in words, for an error page's heading: 404 → 'No such page', 405 → 'Method Not Allowed'."""
    if status in STATUS_WORDS:
        return STATUS_WORDS[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def addresses_linked(message: str) -> list[tuple[str, bool]]:
    """A message as (text, is a site address) pieces, so the page links the addresses it names."""
    pieces, position = [], 0
    for match in SITE_PATH.finditer(message):
        pieces += [(message[position:match.start()], False), (match.group(), True)]
        position = match.end()
    return [piece for piece in pieces + [(message[position:], False)] if piece[0]]


def filters_set(filters: StoryFilter) -> int:
    """How many of the story list's filters are set: a page filtered shows its filters open."""
    return sum(bool(getattr(filters, f.name)) for f in fields(filters))


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """'1 quote', '4 quotes' ('1 entity', '4 entities' given the plural)."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def render_page(name: str, links: dict[str, str | None], **context: Any) -> str:
    """One page from the shared templates; `links` says where pages live (server or folder)."""
    return environment().get_template(name).render(
        links=links, symbols=STATE_SYMBOL, labels=STATE_LABEL, states=SENTENCE_STATE,
        kinds=KIND_LABEL, query=context.pop("query", None), **context,
    )


def write_html_report(store: Store, folder: str | Path) -> Path:
    """Write index.html, not-news.html, one page per story and per article (and its original); return the index path.

    Pages an earlier run wrote into the folder that this run does not (a story merged away,
    a store rebuilt) are deleted, so the folder holds only what the report links.
    """
    folder = Path(folder)
    for sub in PAGE_FOLDERS:
        (folder / sub).mkdir(parents=True, exist_ok=True)
    store.catch_up_indexes()
    listings, total = store.story_list(StoryFilter())
    not_news = not_news_listing(store)
    index = render_page("index.html", REPORT_LINKS, listings=listings, total=total, page=None,
                        not_news=not_news.total, not_news_grouped=not_news.grouped)
    (folder / "index.html").write_text(index, encoding="utf-8")
    not_news_page = render_page("not_news.html", REPORT_LINKS, **vars(not_news), page=None)
    (folder / REPORT_LINKS["not_news"]).write_text(not_news_page, encoding="utf-8")
    written: set[str] = set()

    def write(link: str, text: str) -> None:
        written.add(link)
        (folder / link).write_text(text, encoding="utf-8")

    for listing in listings:
        story = store.story(listing.story_id)
        if story is not None:
            page = render_page("story.html", NESTED_LINKS, view=story_view(store, story))
            write(REPORT_LINKS["story"].format(story.id), page)
    for story_id in store.dissolved_ids():  # a link kept to a story the reader's corrections emptied says so
        gone = gone_story(store, story_id)
        if gone is not None and gone.reformed is None:
            write(REPORT_LINKS["story"].format(story_id), render_page("gone.html", NESTED_LINKS, gone=gone))
    for stored in store.articles():
        article_id = stored.article.id
        story_id = stored.story if stored.story and REPORT_LINKS["story"].format(stored.story) in written else None
        page = render_page("article.html", NESTED_LINKS, stored=stored, story_id=story_id)
        write(REPORT_LINKS["article"].format(article_id), page)
        write(REPORT_LINKS["raw"].format(article_id), original_text(store.raw(article_id) or b"", stored.encoding))
    remove_stale_pages(folder, written)
    return folder / "index.html"


def remove_stale_pages(folder: Path, written: set[str]) -> list[Path]:
    """Delete the pages of an earlier report in `folder` that `written` (this run's links) lacks; return them."""
    stale = [
        path for sub in PAGE_FOLDERS for path in sorted((folder / sub).iterdir())
        if REPORT_PAGE.fullmatch(link := f"{sub}/{path.name}") and link not in written and not path.is_dir()
    ]
    for path in stale:
        path.unlink()
    return stale
