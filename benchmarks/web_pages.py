"""How fast the web app serves pages from a large store.

    python -m benchmarks.web_pages [--copies 3000]

Data: the bundled sample corpus (examples/corpus) is run through the real pipeline
once; then its stored articles (not news too) and built stories are copied `--copies` times under
new ids and URLs, each copy published one day later than the one before, so the store holds
copies × (corpus stories) stories with realistic titles, entities and search text.
The copies go through `Store` (add_article, assign, save_story) exactly as a run
writes them, so the listing, facet and search indexes are the real ones.

Each page is fetched through FastAPI's test client (no network), REPEAT times after
one warm-up; the figure is the median in milliseconds. Pages: the first, a middle and
the last page of the story list, the list filtered by outlet and by entity, one story,
one article, a search, and the first and last page of the not-news list (page and JSON).
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from svodka.engine import Engine
from svodka.model import RawDocument
from svodka.nlp import NlpModels
from svodka.store import Store, StoredArticle
from svodka.web.app import PAGE_SIZE, create_app

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
REPEAT = 5


def new_id(old: str, copy: int) -> str:
    return hashlib.sha256(f"{old}:{copy}".encode()).hexdigest()[:16]


def fill(store: Store, copies: int) -> None:
    """Copy every stored story with its articles, and every article kept out of stories (not news), `copies`
    times, a day apart."""
    members = {story.id: store.story_members(story.id) for story in store.stories()}
    stories = {story.id: story for story in store.stories()}
    terms = {grouped.id: grouped.terms for grouped in store.grouped_articles()}
    loose = [stored for stored in store.articles() if stored.story is None]
    for copy in range(1, copies + 1):
        for stored in loose:
            add_copy(store, stored, copy, {})
        for story_id, stored_members in members.items():
            story_copy = new_id(story_id, copy)
            for stored in stored_members:
                store.assign(add_copy(store, stored, copy, terms.get(stored.article.id, {})), story_copy, {}, [])
            story = stories[story_id]
            store.save_story(replace(story, id=story_copy, articles=[new_id(a, copy) for a in story.articles]))


def add_copy(store: Store, stored: StoredArticle, copy: int, terms: dict[str, float]) -> str:
    """Store copy number `copy` of an article, published `copy` days later at a URL of its own (at its original's,
    the store would take it for a newer version of that page and put it in that page's place); return its id."""
    article = stored.article
    moved = replace(article, id=new_id(article.id, copy), url=f"{article.url}?copy={copy}" if article.url else None,
                    published=article.published + timedelta(days=copy) if article.published else None)
    raw = RawDocument(origin=f"copy-{copy}/{article.id}", raw=b"", format="text", text="")
    store.add_article(raw, moved, stored.analysis, terms)
    return moved.id


def median_ms(client: TestClient, url: str) -> float:
    client.get(url)
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="build the store here, or reuse it if it exists")
    args = parser.parse_args()
    models = NlpModels()
    with tempfile.TemporaryDirectory() as folder:
        db = args.keep or Path(folder) / "web.db"
        reused = db.exists()
        store = Store(db)
        start = time.perf_counter()
        if not reused:
            Engine(store, models).run([str(CORPUS)])
            fill(store, args.copies)
        counts = store.counts()
        stories, not_news = counts["stories"], counts["not_news"]
        made = f"reused {db}" if reused else f"copied {args.copies} times in {time.perf_counter() - start:.0f} s"
        print(f"data: examples/corpus, {made}: {stories} stories, {counts['articles']} articles ({not_news} not news)")
        story = store.stories()[0]
        outlet = store.facet_values("outlet", 1)[0]
        entity = story.entities[0].name
        last_page = max(1, -(-stories // PAGE_SIZE))
        pages = {
            "list, page 1": "/",
            "list, middle page": f"/?page={last_page // 2 or 1}",
            "list, last page": f"/?page={last_page}",
            "list, by outlet": f"/?outlet={outlet}",
            "list, by entity": f"/?entity={entity}",
            "story": f"/stories/{story.id}",
            "article": f"/articles/{story.articles[0]}",
            "search": "/search?q=трамвай",
            "not news, page 1": "/not-news",
            "not news, last page": f"/not-news?page={max(1, -(-not_news // PAGE_SIZE))}",
            "not news, JSON": "/api/not-news",
        }
        client = TestClient(create_app(db, models))
        for name, url in pages.items():
            print(f"  {name:20} {median_ms(client, url):8.1f} ms  (median of {REPEAT})")


if __name__ == "__main__":
    main()
