"""Same-event pairs: would a reader put these two reports in one story?

    python -m benchmarks.pairs FILE.tsv... [--sweep] [--fit] [--lofo]
    python -m benchmarks.pairs --corpus

Clusters all articles of the given tgcontest pair files together as one corpus,
as `svodka run` would (they go in as a JSONL dump; every article is grouped, the
not-news filter off, since the pairs label grouping alone), then scores each
labelled pair: predicted positive when both articles landed in the same story.
Prints pairwise precision, recall and F1 of the positive class (overall and per
file), the worst errors with their signals, and, last, a JSON line.

--corpus runs our sample corpus (examples/corpus) instead, as `svodka run` does (the
not-news filter on), and scores every pair of its news articles against gold.json:
precision, recall within one language and across languages, and the hard negatives
(story pairs that must stay apart) that were merged. The gold's not-news articles
belong to no story and are left out of the pairs; the filter's misses are listed
instead: not-news articles that landed in a story, news articles left out of one.

Calibration (files a and c only, never b):
  --fit    fits the logistic weights of `similarity.WEIGHTS` on the given pairs
  --sweep  regroups at a grid of JOIN/COHESION probabilities (the analysis is done once)
  --lofo   leave one file out: fits the weights on the other files, groups the pool
           with them and scores the file left out, pooling the held-out F1 and the
           log-loss of the held-out pairs' probabilities (steadier than F1 on 128
           pairs); the honest test of a new signal (40 or 108 training pairs overfit easily)
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path

from benchmarks.tgcontest import Pair, as_jsonl, read_pairs, require_data
from svodka.engine import Engine
from svodka.ingest import read_bytes, read_inputs
from svodka.nlp import NlpModels
from svodka.stories import StoryGrouper, similarity
from svodka.stories.grouping import COHESION_PROBABILITY, JOIN_PROBABILITY
from svodka.stories.similarity import CONFLICTS, WEIGHTS, evidence, signals
from svodka.store import Store
from svodka.times import as_utc

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
SWEEP_JOIN = [0.4, 0.45, 0.5, 0.55, 0.6]
SWEEP_COHESION = [0.0, 0.3, 0.4, 0.45, 0.5]
FIT_REGULARISATION = 0.3  # sklearn's C: chosen by leave-one-file-out among 0.1, 0.3, 1, 3 (see --lofo)


def score(pairs: list[Pair], story_of: dict[str, str]) -> dict[str, float]:
    return figures([(p.same, story_of.get(p.first, p.first) == story_of.get(p.second, p.second)) for p in pairs])


def figures(judged: list[tuple[bool, bool]]) -> dict[str, float]:
    """Precision, recall and F1 of (same event, put together) pairs; an article the pipeline rejected is alone."""
    tp = sum(1 for same, together in judged if same and together)
    fp = sum(1 for same, together in judged if not same and together)
    fn = sum(1 for same, together in judged if same and not together)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "pairs": len(judged)}


def grouped(store: Store, models: NlpModels, **thresholds: float) -> StoryGrouper:
    """The stored articles grouped afresh (in the engine's order), without touching the store."""
    grouper = StoryGrouper(vectors=models.embedding, **thresholds)
    for article in store.pending_articles() or sorted(store.grouped_articles(), key=_engine_order(store)):
        grouper.place(article.id, article.terms, article.published, article.year_guessed)
    return grouper


def _engine_order(store: Store):
    seq, day_only = {}, set()  # a URL's day keeps the article's input place (store.db.PLACED_AT)
    for i, stored in enumerate(store.articles()):
        seq[stored.article.id] = i
        if stored.article.published_from_url:
            day_only.add(stored.article.id)

    def key(article):
        placed_at = None if article.id in day_only else article.published
        return placed_at is None, as_utc(placed_at) if placed_at else 0, seq[article.id]
    return key


def stories_by_url(store: Store, grouper: StoryGrouper) -> dict[str, str]:
    """Each article's story; one the grouping never saw (not news, say) is alone."""
    return {s.article.url: grouper.story_of(s.article.id) if s.article.id in grouper.members else s.article.id
            for s in store.articles()}


def fitted_weights(pairs: list[Pair], grouper: StoryGrouper, ids: dict[str, str]) -> tuple[dict[str, float], float]:
    """Logistic regression of same-event on the similarity signals of labelled pairs (conflicts kept as set)."""
    from sklearn.linear_model import LogisticRegression

    names = [n for n in WEIGHTS if n not in CONFLICTS]
    rows = [signals(grouper.members[ids[p.first]].profile, grouper.members[ids[p.second]].profile) for p in pairs]
    model = LogisticRegression(C=FIT_REGULARISATION).fit([[r[n] for n in names] for r in rows], [p.same for p in pairs])
    fitted = {n: round(float(w), 2) for n, w in zip(names, model.coef_[0])}
    return fitted | {n: WEIGHTS[n] for n in CONFLICTS}, round(float(model.intercept_[0]), 2)


@contextmanager
def weights_in_use(weights: dict[str, float], bias: float):
    """Group with other weights for a while (the similarity model reads its module constants)."""
    kept, kept_bias = dict(WEIGHTS), similarity.BIAS
    WEIGHTS.update(weights)
    similarity.BIAS = bias
    try:
        yield
    finally:
        WEIGHTS.update(kept)
        similarity.BIAS = kept_bias


def leave_one_file_out(files: list[str], store: Store, models: NlpModels, ids: dict[str, str]) -> dict:
    """Each file scored by weights fitted on the others; the held-out counts pooled."""
    by_file = {Path(f).name: read_pairs([f])[1] for f in files}
    profiles = grouped(store, models)
    held_out, losses = [], []
    for name, pairs in by_file.items():
        weights, bias = fitted_weights([p for n, ps in by_file.items() if n != name for p in ps], profiles, ids)
        with weights_in_use(weights, bias):
            story_of = stories_by_url(store, grouped(store, models))
            losses += [_log_loss(p, profiles, ids) for p in pairs if ids[p.first] in profiles.members
                       and ids[p.second] in profiles.members]
        print(f"  {name} held out: {score(pairs, story_of)} with {weights}, bias {bias}")
        held_out += [(p.same, story_of.get(p.first, p.first) == story_of.get(p.second, p.second)) for p in pairs]
    return figures(held_out) | {"log_loss": round(sum(losses) / max(1, len(losses)), 4)}


def _log_loss(pair: Pair, grouper: StoryGrouper, ids: dict[str, str]) -> float:
    """How surprised the pair model is by the label (pair by pair, before grouping: the smoother test)."""
    p = similarity.probability(grouper.members[ids[pair.first]].profile, grouper.members[ids[pair.second]].profile)
    return -math.log(max(1e-9, p if pair.same else 1 - p))


def corpus_figures(models: NlpModels) -> dict:
    """Pairwise precision and recall of the sample corpus' news stories against its gold, and the news filter's
    misses on it (not-news grouped, news left out)."""
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    story = {a["origin"]: a["story"] for a in gold["articles"] if a["story"]}
    language = {a["origin"]: a["language"] for a in gold["articles"]}
    not_news = [entry["origin"] for entry in gold["not_news"]]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "corpus.db")
        Engine(store, models).process(read_inputs([str(CORPUS)]))
        found = {_corpus_key(s.article.origin): s.story for s in store.articles()}
    pairs = list(combinations(sorted(story), 2))
    same = {p for p in pairs if story[p[0]] == story[p[1]]}
    together = {p for p in pairs if found[p[0]] is not None and found[p[0]] == found[p[1]]}
    one_language = {p for p in same if language[p[0]] == language[p[1]]}
    found_for: dict[str, set[str | None]] = {}  # gold story -> svodka's stories of its articles (None: left out)
    for origin, gold_story in story.items():
        found_for.setdefault(gold_story, set()).add(found[origin])
    merged = [n["stories"] for n in gold["hard_negatives"]
              if found_for[n["stories"][0]] & found_for[n["stories"][1]] - {None}]
    return {"precision": round(len(same & together) / max(1, len(together)), 3),
            "recall": round(len(same & together) / len(same), 3),
            "recall_one_language": round(len(one_language & together) / len(one_language), 3),
            "recall_across_languages": round(len((same - one_language) & together) / len(same - one_language), 3),
            "hard_negatives_merged": merged, "articles": len(story), "same_story_pairs": len(same),
            "not_news_articles": len(not_news),
            "not_news_in_stories": sorted(o for o in not_news if found[o] is not None),
            "news_left_out": sorted(o for o in story if found[o] is None)}


def _corpus_key(origin: str) -> str:
    """gold.json names files relative to the corpus folder, dump and feed items by URL."""
    return origin if origin.startswith("http") else Path(origin).resolve().relative_to(CORPUS).as_posix()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--corpus", action="store_true", help="score our sample corpus against its gold instead")
    parser.add_argument("--sweep", action="store_true", help="score a grid of join/cohesion probabilities")
    parser.add_argument("--fit", action="store_true", help="fit the similarity weights on these pairs")
    parser.add_argument("--lofo", action="store_true", help="fit on all files but one, score that one, for each")
    args = parser.parse_args()
    if args.corpus:
        print(f"data: {CORPUS} against gold.json (every pair of its news articles)")
        print(json.dumps(corpus_figures(NlpModels())))
        return
    if not args.files:
        parser.error("give tgcontest pair files, or --corpus")
    require_data(args.files)
    articles, pairs = read_pairs(args.files)
    models = NlpModels()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "pairs.db")
        started = time.perf_counter()
        Engine(store, models, include_non_news=True).process(read_bytes("pairs.jsonl", as_jsonl(articles)))
        elapsed = time.perf_counter() - started
        print(f"data: {', '.join(Path(f).name for f in args.files)}: {len(articles)} articles, {len(pairs)} labelled pairs")
        print(f"pipeline: {len(articles) / elapsed:.1f} articles/s ({elapsed:.1f} s, models loaded once)")
        grouper = grouped(store, models)
        ids = {s.article.url: s.article.id for s in store.articles()}
        if args.fit:
            weights, bias = fitted_weights(pairs, grouper, ids)
            print(f"fitted on {len(pairs)} pairs: WEIGHTS = {weights}, BIAS = {bias}")
        if args.lofo and len(args.files) > 1:
            print(f"leave one file out, pooled: {leave_one_file_out(args.files, store, models, ids)}")
        if args.sweep:
            for join in SWEEP_JOIN:
                for cohesion in SWEEP_COHESION:
                    found = score(pairs, stories_by_url(store, grouped(store, models, join=join, cohesion=cohesion)))
                    print(f"join {join:.2f} cohesion {cohesion:.2f}: {found}")
        story_of = stories_by_url(store, grouper)
        print_errors(pairs, story_of, grouper, ids)
        for path in args.files if len(args.files) > 1 else []:
            print(f"  {Path(path).name} (within the pool): {score(read_pairs([path])[1], story_of)}")
        result = score(pairs, story_of)
        print(f"join {JOIN_PROBABILITY} cohesion {COHESION_PROBABILITY}: "
              f"precision {result['precision']:.3f} recall {result['recall']:.3f} f1 {result['f1']:.3f}")
        print(json.dumps(result))


def print_errors(pairs: list[Pair], story_of: dict[str, str], grouper: StoryGrouper, ids: dict[str, str],
                 limit: int = 5) -> None:
    """The worst pairs: wrong merges the model was surest of, missed pairs it was surest against."""
    pairs = [p for p in pairs if ids.get(p.first) in grouper.members and ids.get(p.second) in grouper.members]

    def judged(pair: Pair):
        return evidence(grouper.members[ids[pair.first]].profile, grouper.members[ids[pair.second]].profile)

    together = {p.first + " " + p.second: story_of[p.first] == story_of[p.second] for p in pairs}
    wrong = [(judged(p), p) for p in pairs if not p.same and together[p.first + " " + p.second]]
    missed = [(judged(p), p) for p in pairs if p.same and not together[p.first + " " + p.second]]
    direct = sum(1 for found, _ in wrong if found.probability >= grouper.join)
    print(f"errors: {len(wrong)} wrong merges ({direct} judged one event directly, {len(wrong) - direct} through"
          f" the story's other members), {len(missed)} missed pairs")
    for label, found, worst_first in (("wrong merge", wrong, True), ("missed", missed, False)):
        for found_evidence, p in sorted(found, key=lambda item: item[0].probability, reverse=worst_first)[:limit]:
            print(f"  {label} p={found_evidence.probability:.2f} {found_evidence.signals}")
            print(f"      {p.first_title[:60]!r} ~ {p.second_title[:60]!r}")
            print(f"      shared: {', '.join(found_evidence.shared_terms[:6])}"
                  f"{' | ' + ', '.join(found_evidence.shared_entities[:4]) if found_evidence.shared_entities else ''}")


if __name__ == "__main__":
    main()
