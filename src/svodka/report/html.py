"""The static HTML report: the web app's story and article views as files that open from disk.

One set of Jinja templates serves both: `render_page` is what the web app calls too,
with server links instead of relative file links. Autoescaping is on for every
template (article text is hostile until escaped) and the pages carry a Content
Security Policy that allows no script at all. Files are named by story and article
ids (hex digests), never by anything from the input.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from svodka.store import Store
from svodka.store.db import StoryFilter
from svodka.web.views import KIND_LABEL, SENTENCE_STATE, STATE_LABEL, STATE_SYMBOL, original_text, story_view

# Links of pages in the report folder; story and article pages sit one level down.
REPORT_LINKS = {"home": "index.html", "story": "stories/{}.html", "article": "articles/{}.html",
                "raw": "articles/{}.raw.txt", "search": None, "entities": None}
NESTED_LINKS = {key: "../" + value if value else value for key, value in REPORT_LINKS.items()}
NESTED_LINKS["raw"] = "{}.raw.txt"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("svodka.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
    )
    env.filters["moment"] = moment
    return env


def render_page(name: str, links: dict[str, str | None], **context: Any) -> str:
    """One page from the shared templates; `links` says where pages live (server or folder)."""
    return environment().get_template(name).render(
        links=links, symbols=STATE_SYMBOL, labels=STATE_LABEL, states=SENTENCE_STATE, kinds=KIND_LABEL,
        query=context.pop("query", None), **context,
    )


def moment(value: datetime | str | None) -> str:
    """'2021-12-24 08:23', or the day alone when no time is known."""
    if value is None:
        return "undated"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%Y-%m-%d" if (value.hour, value.minute) == (0, 0) else "%Y-%m-%d %H:%M")


def write_html_report(store: Store, folder: str | Path) -> Path:
    """Write index.html, one page per story and per article (and its original); return the index path."""
    folder = Path(folder)
    (folder / "stories").mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    store.catch_up_indexes()
    listings, total = store.story_list(StoryFilter())
    index = render_page("index.html", REPORT_LINKS, listings=listings, total=total, page=None)
    (folder / "index.html").write_text(index, encoding="utf-8")
    for listing in listings:
        story = store.story(listing.story_id)
        if story is not None:
            page = render_page("story.html", NESTED_LINKS, view=story_view(store, story))
            (folder / "stories" / f"{story.id}.html").write_text(page, encoding="utf-8")
    for stored in store.articles():
        article_id = stored.article.id
        page = render_page("article.html", NESTED_LINKS, stored=stored)
        (folder / "articles" / f"{article_id}.html").write_text(page, encoding="utf-8")
        original = original_text(store.raw(article_id) or b"", stored.encoding)
        (folder / "articles" / f"{article_id}.raw.txt").write_text(original, encoding="utf-8")
    return folder / "index.html"
