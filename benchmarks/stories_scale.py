"""Grouping at stream scale: does adding an article cost the same at 100k as at 1k?

    python -m benchmarks.stories_scale [--sizes 1000 10000 100000] [--across]

Data: the Russian tgcontest articles in ../shared/data (pairs and category files) are
analysed once by the real pipeline (clean → nlp → term counts). From them, N
pre-analysed articles are generated and fed to the grouping stage alone (NLP is
skipped to keep the run in minutes; its cost per article does not depend on N).
Realistic variation, kept to what real reports of one event share and differ in:
each synthetic event takes a source article and renames 40% of its words, names and
numbers (one decision per word, so a renamed headline word is renamed in the body
too; a name is renamed in its first letters, which is where people are compared; a
number gets another value; days and dates are kept, since other events happen on
the same days), so two events from one source share what a follow-up shares; it
adds an event-specific person (a name distinct in its first 8 letters) and number.
Each of its 2-6 reports then re-weights every term by ±30% and drops a random 25%
of the body words and 30% of the headline's own terms (outlets retell in their
own words and write their own headlines), but keeps the words of the source's
headline in its body, its names, numbers and days: reprints and retellings of one
event keep its claim, who and how many (the model's `told` and `untold` read just
that). Events are published over a stream of EVENTS_PER_DAY events a day, so the
7-day window is exercised, and the number of events is printed beside the stories
found (a sanity check of the generation, not a quality figure).
With `--across`, half the reports (drawn at random) are marked English, so grouping compares
reports in two languages and looks up their names' sounds (`grouping.SOUND`); the names stay
the Russian ones, so every name of a report meets its sound in the other language, the most
those lookups can cost. Each run prints the pairs of reports scored with the full model.
Each size runs in its own process: articles per CPU second of placement, then the time to
reload the whole index as a new run would, and the process's peak memory
(natasha's navec vectors included). Articles are generated as they are fed, and
regenerated from the same seed for the reload, so the inputs are never all held and
the peak is the index's own; generating is left out of the timings. Times are the process's CPU
seconds (`time.process_time`), not wall time: other jobs sharing the machine move the latter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import svodka
from benchmarks.tgcontest import SHARED_DATA, as_jsonl, read_pairs, require_data
from svodka.engine import Engine
from svodka.ingest import read_bytes
from svodka.nlp import NlpModels
from svodka.stories import StoryGrouper, grouping
from svodka.stories.vectors import (DATE, DAY, ENTITY, HEADLINE_NAME, LANGUAGE, LATER_DAY, NUMBER, TITLE,
                                    is_word)
from svodka.store import Store

SOURCES = sorted(SHARED_DATA.glob("ru_pairs_dev_*.tsv"))
EVENTS_PER_DAY = 300
DROP, HEADLINE_DROP, REWEIGHT, RENAMED = 0.25, 0.3, 0.3, 0.4
ACROSS_SHARE = 0.5  # with --across: reports marked English
RENAMED_NAMES = 0.7  # another event of one topic has mostly other people, places and figures
PACKAGE = Path(svodka.__file__).parent


def code_version() -> str:
    """A digest of svodka's code and data files: term counts cached by another version are not reused."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def source_terms() -> list[dict[str, float]]:
    """Term counts of the real articles, analysed once per version of svodka (cached between sizes and runs)."""
    cache = Path(tempfile.gettempdir()) / f"svodka_scale_sources_{code_version()}.json"
    if cache.exists():
        return json.loads(cache.read_text())
    articles, _ = read_pairs([str(p) for p in SOURCES])
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "scale.db")
        Engine(store).process(read_bytes("scale.jsonl", as_jsonl(articles)))
        terms = [grouped.terms for grouped in store.grouped_articles()]
    cache.write_text(json.dumps(terms, ensure_ascii=False))
    return terms


def generated(sources: list[dict[str, float]], size: int, seed: int = 5, across: bool = False):
    """(id, terms, published, event number) of `size` articles retelling the sources as events; with `across`, a
    share of them marked English."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    made, event = 0, 0
    while made < size:
        source = event_terms(sources[rng.randrange(len(sources))], event, rng)
        told = {t[1:] for t in source if t.startswith(TITLE)}  # the headline's words, which the body keeps
        when = start + timedelta(days=event / EVENTS_PER_DAY)
        for report in range(min(rng.randint(2, 6), size - made)):
            terms = {t: w * rng.uniform(1 - REWEIGHT, 1 + REWEIGHT) for t, w in source.items()
                     if _kept(t, told, rng)}
            if across and rng.random() < ACROSS_SHARE:
                terms = {t: w for t, w in terms.items() if not t.startswith(LANGUAGE)} | {LANGUAGE + "en": 1.0}
            yield f"a{made}", terms, when + timedelta(minutes=rng.randint(0, 600)), event
            made += 1
        event += 1


def event_terms(source: dict[str, float], event: int, rng: random.Random) -> dict[str, float]:
    """A new event told from a source article: a share of its words, names and numbers renamed, its own marks."""
    renamed: dict[str, bool] = {}  # one decision per word: a headline word and the same word in the body alike

    def term(original: str) -> str:
        mark, word = (original[:1], original[1:]) if not is_word(original) else ("", original)
        share = RENAMED_NAMES if mark in (ENTITY, HEADLINE_NAME, NUMBER) else RENAMED
        if mark in (LANGUAGE, DATE, DAY, LATER_DAY) or not renamed.setdefault(word, rng.random() < share):
            return original
        if mark in (ENTITY, HEADLINE_NAME):  # people are compared by their first letters: rename those
            kind, _, name = word.partition(":")
            return f"{mark}{kind}:{event}{name}"
        return f"{mark}{event}{word}" if mark == NUMBER else f"{mark}{word}{event}"

    terms = {term(t): w for t, w in source.items()}
    terms[f"{ENTITY}per:{event:08d}событие"] = 2.0  # distinct in its first 8 letters, as people are compared
    terms[f"{NUMBER}{event}шт"] = 1.0
    return terms


def _kept(term: str, told: set[str], rng: random.Random) -> bool:
    """Whether a report keeps a term of its event: body words and headline terms vary, the claim stays."""
    if term.startswith(TITLE):
        return rng.random() > HEADLINE_DROP
    if is_word(term) and term not in told:
        return rng.random() > DROP
    return True  # the headline's words in the body, names, numbers, days and the language


def measure(size: int, across: bool = False) -> dict:
    """Placement and reload of `size` generated articles, streamed: the inputs are not held, so
    the peak memory is the index's (plus navec), as in a real run that reads the store row by row."""
    sources = source_terms()
    vectors = NlpModels().embedding
    grouper = StoryGrouper(vectors=vectors)
    scored = 0
    model = grouping.probability

    def counted(a, b):  # the pairs placement scores with the full model
        nonlocal scored
        scored += 1
        return model(a, b)

    grouping.probability = counted
    placed, ids, events = 0.0, [], set()
    for article_id, terms, published, event in generated(sources, size, across=across):
        started = time.process_time()  # generating the article is not the grouper's cost
        grouper.place(article_id, terms, published)
        placed += time.process_time() - started
        ids.append(article_id)
        events.add(event)
    grouping.probability = model
    stories = len(grouper.story_members)
    story_of = [grouper.story_of(article_id) for article_id in ids]
    del grouper
    reload_seconds = 0.0
    reloaded = StoryGrouper(vectors=vectors)
    again = generated(sources, size, across=across)  # same seed, same articles
    for (article_id, terms, published, _), story in zip(again, story_of):
        started = time.process_time()
        reloaded.remember(article_id, terms, story, published)
        reload_seconds += time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "articles_per_s": round(size / placed, 1), "ms_per_article": round(1000 * placed / size, 3),
            "scored_pairs": scored, "stories": stories, "events": len(events), "reload_s": round(reload_seconds, 1),
            "peak_mb": round(peak_mb)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--across", action="store_true", help="half the reports marked English")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size in this process
    args = parser.parse_args()
    require_data([str(p) for p in SOURCES] or [str(SHARED_DATA / "ru_pairs_dev_a.tsv")])
    if args.one:
        print(json.dumps(measure(args.one, args.across)))
        return
    source_terms()
    print(f"data: {len(source_terms())} analysed tgcontest articles ({', '.join(p.name for p in SOURCES)}), "
          f"retold as events ({EVENTS_PER_DAY} events/day"
          f"{f', {ACROSS_SHARE:.0%} of reports marked English' if args.across else ''}); grouping stage only")
    results = []
    for size in args.sizes:
        line = subprocess.run([sys.executable, "-m", "benchmarks.stories_scale", "--one", str(size)]
                              + ["--across"] * args.across,
                              capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        results.append(json.loads(line))
        r = results[-1]
        print(f"{r['size']:>7} articles: {r['articles_per_s']:>8} articles per CPU second "
              f"({r['ms_per_article']} ms each), {r['scored_pairs']} pairs scored, {r['stories']} stories of "
              f"{r['events']} events, "
              f"reload {r['reload_s']} s, peak memory {r['peak_mb']} MB")
    ratio = results[-1]["ms_per_article"] / results[0]["ms_per_article"]
    print(f"time per article at {results[-1]['size']} / at {results[0]['size']}: {ratio:.2f} (goal ≤ 1.5)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
