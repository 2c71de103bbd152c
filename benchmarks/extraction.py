"""Extraction benchmark: body text and metadata against a gold set we wrote.

    python -m benchmarks.extraction [--verbose]

Data: benchmarks/gold/extraction/gold.json lists inputs under inputs/ (plain text in
six encodings, HTML pages, JSON/JSONL dumps with a custom field map, RSS, Atom, a
broken feed, zip and tar.gz archives; Russian and English; with credits, captions,
teasers, ads, share rows, a stock photo credit glued to the lead, an author's name alone
in the header, a feed whose title and authors are e-mail addresses and whose URLs carry
"/2019/nov/04/", all-capitals bylines, English photo credits glued to a lead, a closing "we reported earlier"
teaser, a feed naming its site and a dump giving only that site's URL, a page whose byline element names the author
beside an "Additional reporting by" line, a cookie banner, a newsletter box, a bracketed photo credit and a related
headline in capitals inside a body, times in "IST", "BST" and "CST" for outlets of several countries) and for each
article its title, outlet, publication time and body paragraphs (and its author, where the gold names one). Outlets are scored as the store names them: an article that gave only its
URL takes the name the gold set's other articles of its site give (svodka.clean.outlets, as `svodka run` does). Body is scored as the article-extraction benchmarks do: bag of
lower-cased word tokens, precision/recall/F1 per article, averaged (a missed article
scores 0). Title, date and outlet are exact matches after whitespace and case
folding; a gold date with a time must match to the minute (and the UTC offset when
the gold gives one; none when the gold says the zone is unknown: an ambiguous abbreviation with nothing to tell
its country). Author is scored on the articles whose gold gives it. Bad parts the gold expects to be rejected must be named.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from svodka.clean import clean_document
from svodka.clean.outlets import names_for_unnamed
from svodka.ingest import read_inputs
from svodka.model import Article, IngestError

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "extraction"
CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TOKEN = re.compile(r"\w+")
TIMING_ROUNDS = 3


@dataclass
class Scores:
    precision: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    title: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    outlet: list[bool] = field(default_factory=list)
    author: list[bool] = field(default_factory=list)  # only the articles whose gold names the author (or none)
    errors_expected: int = 0
    errors_named: int = 0
    unexpected_errors: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def body_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of the bag of word tokens."""
    ours, theirs = Counter(TOKEN.findall(predicted.lower())), Counter(TOKEN.findall(gold.lower()))
    common = sum((ours & theirs).values())
    return common / max(sum(ours.values()), 1), common / max(sum(theirs.values()), 1)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def same_text(predicted: str | None, gold: str | None) -> bool:
    def norm(value: str | None) -> str:
        return " ".join((value or "").split()).strip(" .").casefold()
    return norm(predicted) == norm(gold)


def same_date(predicted: datetime | None, gold: str | None, zone_unknown: bool = False) -> bool:
    """The gold's day, or its time to the minute and its offset when it gives one; `zone_unknown`: the text printed
    an ambiguous zone ("IST") with nothing to tell its country, and the time must carry no offset."""
    if zone_unknown and predicted is not None and predicted.tzinfo is not None:
        return False
    if not gold or predicted is None:
        return not gold and predicted is None
    if "T" not in gold:
        return predicted.date().isoformat() == gold
    expected = datetime.fromisoformat(gold)
    if predicted.replace(tzinfo=None, second=0, microsecond=0) != expected.replace(tzinfo=None):
        return False
    return expected.tzinfo is None or predicted.utcoffset() == expected.utcoffset()


def extract(path: Path, field_map: dict[str, str] | None, reference: datetime) -> tuple[list[Article], list[IngestError]]:
    articles, errors = [], []
    for item in read_inputs([str(path)], field_map):
        if isinstance(item, IngestError):
            errors.append(item)
        else:
            articles.append(clean_document(item, reference))
    return articles, errors


def named_as_stored(articles: list[Article]) -> None:
    """Each article that gave only its URL named as the store names it, after all are read (Engine.name_unnamed_outlets)."""
    names = names_for_unnamed([(article.id, article.url, article.outlet) for article in articles if article.url])
    for article in articles:
        article.outlet = names.get(article.id, article.outlet)


def relative(origin: str) -> str:
    return origin.removeprefix(str(GOLD_DIR) + "/")


def score_input(entry: dict, articles: list[Article], errors: list[IngestError], scores: Scores) -> None:
    by_origin = {relative(a.origin): a for a in articles}
    for gold in entry["articles"]:
        origin = gold.get("origin", entry["input"])
        article = by_origin.get(origin)
        if article is None:
            scores.precision.append(0.0), scores.recall.append(0.0)
            scores.title.append(False), scores.date.append(False), scores.outlet.append(False)
            scores.author += [False] if "author" in gold else []
            scores.misses.append(f"{origin}: no article extracted")
            continue
        precision, recall = body_scores(article.text, "\n".join(gold["body"]))
        scores.precision.append(precision)
        scores.recall.append(recall)
        checks = {
            "title": (same_text(article.title, gold["title"]), article.title, gold["title"]),
            "date": (same_date(article.published, gold["published"], gold.get("zone_unknown", False)),
                     article.published, gold["published"]),
            "outlet": (same_text(article.outlet, gold["outlet"]), article.outlet, gold["outlet"]),
        }
        if "author" in gold:
            checks["author"] = (same_text(article.author, gold["author"]), article.author, gold["author"])
        for name, (ok, got, want) in checks.items():
            getattr(scores, name).append(ok)
            if not ok:
                scores.misses.append(f"{origin}: {name} {got!r} != {want!r}")
        if f1(precision, recall) < 1:
            scores.misses.append(f"{origin}: body P {precision:.3f} R {recall:.3f}")
    named = {relative(e.origin) for e in errors}
    expected = set(entry.get("errors", []))
    scores.errors_expected += len(expected)
    scores.errors_named += len(expected & named)
    scores.unexpected_errors += [f"{relative(e.origin)}: {e.reason}" for e in errors if relative(e.origin) not in expected]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args()
    gold = json.loads((GOLD_DIR / "gold.json").read_text(encoding="utf-8"))
    reference = datetime.fromisoformat(gold["reference"])
    scores = Scores()
    extracted = [extract(GOLD_DIR / entry["input"], entry.get("field_map"), reference) for entry in gold["inputs"]]
    named_as_stored([article for articles, _ in extracted for article in articles])
    for entry, (articles, errors) in zip(gold["inputs"], extracted):
        score_input(entry, articles, errors, scores)
    elapsed = min(_timed_pass(gold, reference) for _ in range(TIMING_ROUNDS))
    n = len(scores.precision)
    precision, recall = sum(scores.precision) / n, sum(scores.recall) / n
    body_f1 = sum(f1(p, r) for p, r in zip(scores.precision, scores.recall)) / n
    print(f"data: {GOLD_DIR.relative_to(Path.cwd()) if GOLD_DIR.is_relative_to(Path.cwd()) else GOLD_DIR}/gold.json "
          f"({len(gold['inputs'])} inputs, {n} articles; ingest time {gold['reference']})")
    print(f"body tokens   P {precision:.3f}  R {recall:.3f}  F1 {body_f1:.3f}")
    for name in ("title", "date", "outlet", "author"):
        values = getattr(scores, name)
        print(f"{name:<13} accuracy {sum(values) / max(len(values), 1):.3f} ({sum(values)}/{len(values)})")
    print(f"bad parts named: {scores.errors_named}/{scores.errors_expected}; unexpected rejections: {len(scores.unexpected_errors)}")
    print(f"speed: {n / elapsed:.0f} articles/s (ingest + clean, best of {TIMING_ROUNDS} passes, {elapsed:.2f} s a pass)")
    if args.verbose:
        for line in scores.misses + ["unexpected: " + u for u in scores.unexpected_errors]:
            print("  " + line)
    corpus_metadata(reference, args.verbose)
    print("reproduce: python -m benchmarks.extraction --verbose")


def corpus_metadata(reference: datetime, verbose: bool) -> None:
    """Title, date and outlet on the sample corpus, whose gold.json was written by another hand."""
    gold_file = CORPUS / "gold.json"
    if not gold_file.exists():
        print(f"(no {gold_file}: sample corpus metadata not scored)")
        return
    gold = {item["origin"]: item for item in json.loads(gold_file.read_text(encoding="utf-8"))["articles"]}
    found = {}
    for item in read_inputs([str(CORPUS)]):
        if not isinstance(item, IngestError):
            article = clean_document(item, reference)
            found[article.origin.removeprefix(str(CORPUS) + "/")] = article
    scores = Scores()
    for origin, want in gold.items():
        article = found.get(origin)
        for name, same in (("title", same_text), ("date", same_date), ("outlet", same_text)):
            got = getattr(article, "published" if name == "date" else name) if article else None
            ok = article is not None and same(got, want["published" if name == "date" else name])
            getattr(scores, name).append(ok)
            if not ok:
                scores.misses.append(f"{origin}: {name} {got!r} != {want['published' if name == 'date' else name]!r}")
    n = len(gold)
    print(f"sample corpus examples/corpus/gold.json ({n} articles, metadata only): " + ", ".join(
        f"{name} {sum(getattr(scores, name)) / n:.3f}" for name in ("title", "date", "outlet")))
    if verbose:
        for line in scores.misses:
            print("  " + line)


def _timed_pass(gold: dict, reference: datetime) -> float:
    start = time.perf_counter()
    for entry in gold["inputs"]:
        extract(GOLD_DIR / entry["input"], entry.get("field_map"), reference)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
