"""Story ranking against an editor's judgement: does svodka's front page put first what a reader would?

    python -m benchmarks.rank            (score the judgements)
    python -m benchmarks.rank --blind    (print the sampled pairs WITHOUT ranks, to judge them)

Stories are built from our sample corpus (examples/corpus) and from every tgcontest
article (640, ru+en, as one JSONL dump through the engine, as benchmarks.pool does;
skipped without ../shared). Pairs of stories were sampled with a fixed seed
(SAMPLE_PLAN) and each judged by hand, blind to svodka's ranks, from what `--blind`
prints: titles, outlets, times and a few lines of text
(benchmarks/gold/rank_judgements.json). Pairs are named by their stories' sorted
article keys (URLs, corpus file names), never by store ids, and a judged story
resolves to the story now holding most of its articles, so a small change of grouping
leaves the judgement usable.

Printed: pairwise agreement of the rank with the judgements (a tie in rank counts
half) with a 95% bootstrap interval; the same agreement for each component of the rank
alone (which evidence carries the judgement; a Kendall-style (concordant − discordant) /
pairs too); and the pairs the rank orders against the judgement, worst first.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from benchmarks.pairs import CORPUS, _corpus_key
from benchmarks.tgcontest import SHARED_DATA, category_rows, read_pairs, tgcontest_dump
from svodka.engine import Engine
from svodka.ingest import read_bytes, read_inputs
from svodka.model import IngestError, RawDocument, Story
from svodka.nlp import NlpModels
from svodka.rank import rank_factors
from svodka.store import Store, StoredArticle
from svodka.times import as_utc

JUDGEMENTS = Path(__file__).resolve().parent / "gold" / "rank_judgements.json"
SEED = 8
# Pairs sampled per data set, by kind: both stories told by 2+ outlets ("multi"), one of each, or two single-outlet
# stories; mostly multi-outlet stories, where the rank has most to weigh.
SAMPLE_PLAN = {
    "corpus": {("multi", "multi"): 20, ("multi", "single"): 5, ("single", "single"): 5},
    "tgcontest": {("multi", "multi"): 50, ("multi", "single"): 15, ("single", "single"): 15},
}
# The development files of tgcontest: only stories all of whose articles come from them are sampled, so the judge never
# reads an article of the held-out category files (ru_cat_exam, en_cat_exam, en_cat_honey).
DEV_PAIR_FILES = ("ru_pairs_dev_a.tsv", "ru_pairs_dev_b.tsv", "ru_pairs_dev_c.tsv", "en_pairs_dev.tsv")
DEV_CATEGORY_FILES = ("ru_cat_training.tsv", "ru_cat_dev.tsv", "en_cat_training.tsv")
COMPONENTS = ("outlets", "pickup", "recency", "entities")
BOOTSTRAP_ROUNDS = 2000
LEAD_CHARACTERS = 240  # of each report's text shown to the judge: its lead, enough to tell what happened


@dataclass
class RankedStory:
    """A story as the benchmark sees it: named by its articles, with its rank and what the judge is shown."""

    key: tuple[str, ...]  # sorted article keys (URL, or the corpus file name)
    story: Story
    reports: list[StoredArticle]

    @property
    def outlets(self) -> int:
        reprinted = {reprint.article for reprint in self.story.reprints}
        return len({r.article.outlet or r.article.id for r in self.reports if r.article.id not in reprinted})


@dataclass
class Judged:
    data: str  # corpus | tgcontest
    first: RankedStory
    second: RankedStory
    higher: str  # first | second
    reason: str


def build(data: str, folder: Path, models: NlpModels) -> list[RankedStory]:
    """The stories of one data set, built into a store in `folder` as `svodka run` would."""
    inputs = read_inputs([str(CORPUS)]) if data == "corpus" else read_bytes("tgcontest.jsonl", tgcontest_dump())
    return built_stories(inputs, folder / f"{data}.db", models)


def built_stories(inputs: Iterable[RawDocument | IngestError], path: Path, models: NlpModels) -> list[RankedStory]:
    store = Store(path)
    Engine(store, models).process(inputs)
    by_id = {stored.article.id: stored for stored in store.articles()}
    stories = [RankedStory(tuple(sorted(article_key(by_id[a]) for a in story.articles)), story,
                           [by_id[a] for a in story.articles]) for story in store.stories()]
    store.close()
    return stories


def article_key(stored: StoredArticle) -> str:
    """How the judgement file names an article: its URL, or its corpus file name."""
    return stored.article.url or _corpus_key(stored.article.origin)


def dev_urls() -> set[str]:
    """The URLs of the tgcontest development files."""
    articles, _ = read_pairs([str(SHARED_DATA / name) for name in DEV_PAIR_FILES])
    return set(articles) | {row["INPUT:url"] for name in DEV_CATEGORY_FILES for row in category_rows(SHARED_DATA / name)}


def sample_pairs(stories: list[RankedStory], plan: dict[tuple[str, str], int],
                 seed: int = SEED) -> list[tuple[RankedStory, RankedStory]]:
    """Distinct story pairs drawn by kind (see SAMPLE_PLAN), reproducibly."""
    rng = random.Random(seed)
    by_kind = {"multi": [s for s in stories if s.outlets >= 2], "single": [s for s in stories if s.outlets < 2]}
    for group in by_kind.values():
        group.sort(key=lambda s: s.key)
    pairs: list[tuple[RankedStory, RankedStory]] = []
    for (one, other), wanted in plan.items():
        candidates = ([(a, b) for a, b in combinations(by_kind[one], 2)] if one == other
                      else [(a, b) for a in by_kind[one] for b in by_kind[other]])
        for a, b in rng.sample(candidates, min(wanted, len(candidates))):
            pairs.append((a, b) if rng.random() < 0.5 else (b, a))
    return pairs


def blind_view(story: RankedStory) -> str:
    """What the judge reads of a story: no rank, no rank component, no store id."""
    lines = [f"  {story.outlets} distinct outlet(s), {len(story.reports)} report(s); title: {story.story.title}"]
    for stored in sorted(story.reports, key=lambda s: as_utc(s.article.published).isoformat() if s.article.published else "~"):
        article = stored.article
        when = article.published.isoformat() if article.published else "no time"
        lead = " ".join(article.text.split())[:LEAD_CHARACTERS]
        lines.append(f"   - {article.outlet} | {when} | {article.title}\n     {lead}")
    return "\n".join(lines)


def resolve(key: list[str], stories: list[RankedStory]) -> RankedStory | None:
    """The story now holding most of a judged story's articles (at least half of them), if any."""
    judged = set(key)
    best = max(stories, key=lambda s: len(judged & set(s.key)), default=None)
    return best if best is not None and 2 * len(judged & set(best.key)) >= len(judged) else None


def judged_pairs(entries: Iterable[dict], stories: dict[str, list[RankedStory]]) -> Iterator[Judged | dict]:
    """The decided judgements resolved to today's stories; an entry that does not resolve is yielded as is."""
    for entry in entries:
        if entry["higher"] not in ("first", "second") or entry["data"] not in stories:
            continue
        first, second = (resolve(entry[side], stories[entry["data"]]) for side in ("first", "second"))
        if first is None or second is None or first is second:
            yield entry
        else:
            yield Judged(entry["data"], first, second, entry["higher"], entry["reason"])


def agreement(pair: Judged, score: Callable[[RankedStory], float] = lambda s: s.story.rank) -> float:
    """1 when the score (the rank unless told) orders the pair as judged, 0 against it, 0.5 on a tie."""
    higher, lower = (pair.first, pair.second) if pair.higher == "first" else (pair.second, pair.first)
    up, down = score(higher), score(lower)
    return 1.0 if up > down else 0.0 if up < down else 0.5


def component_alone(name: str) -> Callable[[RankedStory], float]:
    return lambda s: s.story.rank_components[name]


def rank_without(name: str) -> Callable[[RankedStory], float]:
    """The rank with one component's factor left out: what that component adds to the order."""
    return lambda s: math.prod(f for other, f in rank_factors(s.story.rank_components).items() if other != name)


def bootstrap_interval(values: list[float], rounds: int = BOOTSTRAP_ROUNDS, seed: int = SEED) -> tuple[float, float]:
    """The 95% percentile interval of the mean, resampling pairs."""
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(values, k=len(values))) / len(values) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def component_figures(pairs: list[Judged], name: str) -> dict[str, float]:
    """How one component alone orders the judged pairs (concordant, discordant, tied, Kendall-style tau), and the
    agreement of the rank without it."""
    marks = [agreement(pair, component_alone(name)) for pair in pairs]
    concordant, discordant = marks.count(1.0), marks.count(0.0)
    changes = [agreement(pair, rank_without(name)) - agreement(pair) for pair in pairs]
    return {"concordant": concordant, "discordant": discordant, "tied": marks.count(0.5),
            "tau": round((concordant - discordant) / len(marks), 3),
            "agreement_untied": round(concordant / (concordant + discordant), 3) if concordant + discordant else math.nan,
            "rank_without": round(sum(agreement(pair) for pair in pairs) / len(pairs) + sum(changes) / len(pairs), 3),
            "rank_without_change_interval": [round(end, 3) for end in bootstrap_interval(changes)]}


def report(label: str, pairs: list[Judged]) -> dict:
    """Print and return the figures of one set of judged pairs."""
    marks = [agreement(pair) for pair in pairs]
    low, high = bootstrap_interval(marks)
    share = sum(marks) / len(marks)
    print(f"{label}: {len(pairs)} decided pairs; rank agrees {share:.3f} (95% bootstrap {low:.3f}–{high:.3f}; "
          f"{marks.count(1.0)} agree, {marks.count(0.0)} against, {marks.count(0.5)} tied)")
    components = {name: component_figures(pairs, name) for name in COMPONENTS}
    for name, found in components.items():
        print(f"  {name:>8} alone: {found['concordant']:>2} agree, {found['discordant']:>2} against, {found['tied']:>2} "
              f"tied; tau {found['tau']:+.3f}, agreement where it decides {found['agreement_untied']:.3f}; "
              f"rank without it agrees {found['rank_without']:.3f} (change 95% "
              f"{found['rank_without_change_interval'][0]:+.3f} to {found['rank_without_change_interval'][1]:+.3f})")
    return {"pairs": len(pairs), "agreement": round(share, 3), "interval": [round(low, 3), round(high, 3)],
            "components": components}


def print_disagreements(pairs: list[Judged]) -> None:
    """The pairs the rank orders against the judgement, the widest rank gap first."""
    wrong = [pair for pair in pairs if agreement(pair) == 0.0]
    wrong.sort(key=lambda p: -abs(math.log((p.first.story.rank or 1e-9) / (p.second.story.rank or 1e-9))))
    print(f"pairs the rank orders against the judgement ({len(wrong)}), widest gap first:")
    for pair in wrong:
        higher, lower = (pair.first, pair.second) if pair.higher == "first" else (pair.second, pair.first)
        print(f"  [{pair.data}] judged higher: «{higher.story.title[:60]}» (rank {higher.story.rank:.2f} "
              f"{_components(higher)})\n      over: «{lower.story.title[:60]}» (rank {lower.story.rank:.2f} "
              f"{_components(lower)})\n      why: {pair.reason}")


def _components(story: RankedStory) -> str:
    return " ".join(f"{name[:3]} {story.story.rank_components[name]:g}" for name in COMPONENTS)


def data_sets() -> list[str]:
    if SHARED_DATA.exists():
        return ["corpus", "tgcontest"]
    print(f"tgcontest skipped: {SHARED_DATA} is absent (../shared beside the checkout)")
    return ["corpus"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--blind", action="store_true", help="print the sampled pairs without ranks, to judge them")
    args = parser.parse_args()
    models = NlpModels()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        stories = {data: build(data, Path(folder), models) for data in data_sets()}
        built = time.perf_counter() - started
    if args.blind:
        print_blind(stories)
        return
    started = time.perf_counter()
    judgements = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    resolved = list(judged_pairs(judgements["pairs"], stories))
    pairs = [pair for pair in resolved if isinstance(pair, Judged)]
    for data, found in stories.items():
        print(f"data: {data}: {sum(len(s.reports) for s in found)} articles in news stories, {len(found)} stories, "
              f"{sum(s.outlets >= 2 for s in found)} told by 2+ outlets")
    print(f"stores built in {built:.0f} s; judgements: {JUDGEMENTS.name}, {len(judgements['pairs'])} pairs, "
          f"{len(pairs)} decided and resolved, {len(resolved) - len(pairs)} no longer resolve")
    figures = {data: report(data, [p for p in pairs if p.data == data]) for data in stories}
    figures["all"] = report("all", pairs)
    print_disagreements(pairs)
    print(f"scored in {time.perf_counter() - started:.1f} s; reproduce: python -m benchmarks.rank "
          f"(judge newly sampled pairs from --blind)")
    print(json.dumps(figures))


def print_blind(stories: dict[str, list[RankedStory]]) -> None:
    """The sampled pairs as the judge reads them, with the keys the judgement file names them by."""
    dev = dev_urls() if "tgcontest" in stories else set()
    for data, found in stories.items():
        eligible = [s for s in found if data == "corpus" or set(s.key) <= dev]
        for number, (first, second) in enumerate(sample_pairs(eligible, SAMPLE_PLAN[data]), 1):
            print(f"=== {data} #{number}\nfirst {json.dumps(list(first.key))}\n{blind_view(first)}\n"
                  f"second {json.dumps(list(second.key))}\n{blind_view(second)}\n")


if __name__ == "__main__":
    main()
