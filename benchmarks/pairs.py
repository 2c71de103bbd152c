"""Same-event pairs: would a reader put these two reports in one story?

    python -m benchmarks.pairs FILE.tsv... [--sweep]

Clusters all articles of the given tgcontest pair files together as one corpus,
exactly as `svodka run` would (they go in as a JSONL dump), then scores each
labelled pair: predicted positive when both articles landed in the same story.
Prints pairwise precision, recall and F1 of the positive class, the worst errors,
and, last, a JSON line. `--sweep` regroups at several thresholds (the analysis is
done once) to calibrate SAME_EVENT_THRESHOLD; calibrate on files a and c only.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from benchmarks.tgcontest import Pair, as_jsonl, read_pairs, require_data
from svodka.engine import Engine
from svodka.ingest import read_bytes
from svodka.stories import StoryGrouper
from svodka.stories.grouping import SAME_EVENT_THRESHOLD
from svodka.store import Store


def score(pairs: list[Pair], story_of: dict[str, str]) -> dict[str, float]:
    tp = sum(1 for p in pairs if p.same and story_of[p.first] == story_of[p.second])
    fp = sum(1 for p in pairs if not p.same and story_of[p.first] == story_of[p.second])
    fn = sum(1 for p in pairs if p.same and story_of[p.first] != story_of[p.second])
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "pairs": len(pairs)}


def stories_by_url(store: Store) -> dict[str, str]:
    return {stored.article.url or stored.article.origin: stored.story for stored in store.articles()}


def regroup(store: Store, threshold: float) -> dict[str, str]:
    """Group the stored articles afresh at another threshold, without touching the store."""
    grouper = StoryGrouper(threshold=threshold)
    url_of = {stored.article.id: stored.article.url for stored in store.articles()}
    members = sorted(store.grouped_articles(), key=lambda a: (a.published is None, a.published or 0, a.id))
    story_of = {}
    for article in members:
        story_of[url_of[article.id]] = grouper.place(article.id, article.terms, article.published).story
    # merges renamed stories after some articles were placed: read the final ones
    return {url: grouper.members[aid].story for aid, url in url_of.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--sweep", action="store_true", help="score thresholds 0.10–0.60")
    args = parser.parse_args()
    require_data(args.files)
    articles, pairs = read_pairs(args.files)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "pairs.db")
        started = time.perf_counter()
        Engine(store).process(read_bytes("pairs.jsonl", as_jsonl(articles)))
        elapsed = time.perf_counter() - started
        story_of = stories_by_url(store)
        print(f"data: {', '.join(Path(f).name for f in args.files)}: {len(articles)} articles, {len(pairs)} labelled pairs")
        print(f"pipeline: {len(articles) / elapsed:.1f} articles/s ({elapsed:.1f} s, models loaded once)")
        if args.sweep:
            for step in range(10, 61, 2):
                threshold = step / 100
                print(f"threshold {threshold:.2f}: {score(pairs, regroup(store, threshold))}")
        print_errors(pairs, story_of)
        result = score(pairs, story_of)
        print(f"threshold {SAME_EVENT_THRESHOLD}: precision {result['precision']:.3f} recall {result['recall']:.3f} f1 {result['f1']:.3f}")
        print(json.dumps(result))


def print_errors(pairs: list[Pair], story_of: dict[str, str], limit: int = 5) -> None:
    wrong_merges = [p for p in pairs if not p.same and story_of[p.first] == story_of[p.second]]
    missed = [p for p in pairs if p.same and story_of[p.first] != story_of[p.second]]
    print(f"errors: {len(wrong_merges)} wrong merges, {len(missed)} missed pairs")
    for label, found in (("wrong merge", wrong_merges), ("missed", missed)):
        for p in found[:limit]:
            print(f"  {label}: {p.first_title[:60]!r} ~ {p.second_title[:60]!r}")


if __name__ == "__main__":
    main()
