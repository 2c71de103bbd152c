"""The static HTML report: the same story and article views as files that open from disk.

Jinja2 autoescaping is on for every template: article text is hostile until escaped.
Files are named by story and article ids (hex digests), never by anything from input.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from svodka.model import Story
from svodka.store import Store, StoredArticle


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("svodka.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


def write_html_report(store: Store, folder: str | Path) -> Path:
    """Write index.html, one page per story and per article; return the index path."""
    folder = Path(folder)
    (folder / "stories").mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    env = environment()
    stories = store.stories()
    articles = {stored.article.id: stored for stored in store.articles()}
    links = {"story": "stories/{}.html", "article": "articles/{}.html", "home": "index.html"}
    nested = {key: "../" + value for key, value in links.items()}
    outlets_of = {story.id: story_outlets(story, articles) for story in stories}
    (folder / "index.html").write_text(
        env.get_template("index.html").render(stories=stories, outlets_of=outlets_of, links=links), encoding="utf-8"
    )
    for story in stories:
        page = env.get_template("story.html").render(story=story, articles=articles, links=nested)
        (folder / "stories" / f"{story.id}.html").write_text(page, encoding="utf-8")
    for stored in articles.values():
        page = env.get_template("article.html").render(stored=stored, links=nested)
        (folder / "articles" / f"{stored.article.id}.html").write_text(page, encoding="utf-8")
    return folder / "index.html"


def story_outlets(story: Story, articles: dict[str, StoredArticle]) -> list[str]:
    """Distinct outlets of a story, in order of first report."""
    outlets = (articles[a].article.outlet or "?" for a in story.articles if a in articles)
    return list(dict.fromkeys(outlets))
