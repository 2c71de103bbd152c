"""Grouping a whole pool: are the reports svodka puts together one event?

    python -m benchmarks.pool

The pair files (benchmarks.pairs) label chosen pairs, many of them hard negatives,
in a pool of 239 articles. A user's pool is larger and holds many events of one
topic (a tennis tournament, a city's protests, a campaign), where one report like
the next, and that one like a third, can chain unrelated reports into one story.
This benchmark groups every tgcontest article at once (ru and en, 640, as a JSONL
dump through the engine with the not-news filter on, as `svodka run` would; the
articles carry no publication time, so nothing is kept apart by days) and scores the
pairs that end up in one story against judgements written by hand
(benchmarks/gold/pool_judgements.json): precision of what is put together, and the
share of pairs judged one event that are put together. Pairs put together but not
yet judged are listed, to be judged and added.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from benchmarks.tgcontest import SHARED_DATA, require_data, tgcontest_dump
from svodka.engine import Engine
from svodka.ingest import read_bytes
from svodka.nlp import NlpModels
from svodka.store import Store

JUDGEMENTS = Path(__file__).resolve().parent / "gold" / "pool_judgements.json"


def pool_stories(store: Store) -> dict[str, list[str]]:
    """Each story's article URLs."""
    stories: dict[str, list[str]] = defaultdict(list)
    for stored in store.articles():
        if stored.story:
            stories[stored.story].append(stored.article.url)
    return stories


def pool_figures(stories: dict[str, list[str]], judgements: dict) -> dict:
    """Precision of the pairs put together, recall of the pairs judged one event, and the unjudged pairs."""
    same = {tuple(pair) for pair in judgements["same"]}
    different = {tuple(pair) for pair in judgements["different"]}
    together = {tuple(sorted(pair)) for urls in stories.values() for pair in combinations(urls, 2)}
    pooled = {url for urls in stories.values() for url in urls}
    right, wrong = len(together & same), len(together & different)
    judged_same = {pair for pair in same if set(pair) <= pooled}
    return {
        "precision": round(right / (right + wrong), 4) if right + wrong else 1.0,
        "recall_of_judged": round(right / len(judged_same), 4) if judged_same else 1.0,
        "together_right": right, "together_wrong": wrong,
        "unjudged": sorted(together - same - different),
        "wrong": sorted(together & different),
    }


def main() -> None:
    require_data([str(SHARED_DATA)])
    judgements = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "pool.db")
        started = time.perf_counter()
        Engine(store, NlpModels()).process(read_bytes("tgcontest.jsonl", tgcontest_dump()))
        elapsed = time.perf_counter() - started
        stories = pool_stories(store)
        titles = {stored.article.url: stored.article.title or "" for stored in store.articles()}
    grouped = sum(len(urls) for urls in stories.values())
    print(f"data: every tgcontest article as one pool ({len(titles)} articles, {grouped} grouped as news, "
          f"{len(stories)} stories, {sum(len(u) > 1 for u in stories.values())} of 2+ reports; {elapsed:.0f} s)")
    print(f"judgements: {JUDGEMENTS.name} ({len(judgements['same'])} same, {len(judgements['different'])} different)")
    found = pool_figures(stories, judgements)
    for label in ("wrong", "unjudged"):
        for first, second in found[label]:
            print(f"  {label}: {titles[first][:60]!r} ~ {titles[second][:60]!r}")
    print(f"put together: {found['together_right']} judged one event, {found['together_wrong']} judged two, "
          f"{len(found['unjudged'])} not judged yet")
    print(f"precision {found['precision']:.3f}, judged one-event pairs put together {found['recall_of_judged']:.3f}")
    print(json.dumps({k: v for k, v in found.items() if k not in ("unjudged", "wrong")}))


if __name__ == "__main__":
    main()
