"""Understanding benchmark: entities, dates, quotes and speakers against a hand-made gold.

The gold (benchmarks/gold/understanding.json) annotates the bundled sample corpus and the
two seed articles of ../shared/seeds (those by short fragments only). Per article it
lists each entity's canonical name with the surface forms of all its mentions, each
quote's opening words with speaker and kind, and each date expression with its
resolution.

Scoring:
- entities: a mention counts when the system puts the same surface form under the
  same canonical name (multisets per article): precision, recall, F1. A gold file may
  declare what it leaves out in "scope" ({"headline": false, "dateline": false,
  "roles": false}); system mentions there (in the headline and the standfirst under it, in the dateline lead, or
  role mentions such as "глава государства") are then neither hits nor extras, since
  the annotators did not look for them;
- quotes: a gold quote is found when a system quote of the same kind starts with (or
  contains) its fragment; speaker accuracy is over found quotes;
- dates: detection P/R/F1 by expression text, and resolution accuracy: the share of
  gold dates found with the gold resolution; outside the gold's scope, as for entities, a
  system date is neither hit nor extra. Both again with TempEval-3's relaxed match (one
  expression's text containing the other's), since the golds split on keeping a date's
  preposition ("on November 10" / "November 10"): the strict figure is the one tracked
  since the first round, the relaxed one judges the resolution alone;
- speed: sentences analysed per second (the whole analysis, natasha included).

An entry of a JSONL or RSS file names its item by `"item"` (the item's url). An entry of a
tgcontest markup file (`"file": "tgcontest/ru_cat_dev.tsv"`, read from ../shared/data) names
its row by `"item"` (the row's url) and, in a pair file, `"column"` ("first" or "second"); the
row's title, text and url go through the same cleaning as a JSONL record would, and the
gold's "published" stands in for the publication time the rows do not carry. Articles whose
file is absent are skipped and listed.
`--gold` picks the gold file: the default one was drafted from svodka's own output and
corrected; benchmarks/gold/understanding_independent.json was written from the texts alone
(but guided later development); understanding_tgcontest.json and understanding_tgcontest2-4.json
annotate real tgcontest news from the texts alone, each scored once while fresh and then used
for development; understanding_heldout.json, real news too, is never developed against.
`python -m benchmarks.agreement` sets these figures beside how far two annotators agree.

    python -m benchmarks.understanding [--gold PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from benchmarks.tgcontest import (  # importing it also lifts csv's field size limit
    SHARED_DATA,
    unquoted,
)
from svodka.clean import clean_document
from svodka.ingest import read_inputs
from svodka.ingest.formats import split_document
from svodka.model import Analysis, Article, Mention, RawDocument
from svodka.nlp import NlpModels, analyse, article_text
from svodka.nlp.entities import find_dateline

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold" / "understanding.json"
PLACES = {"corpus": ROOT / "examples" / "corpus", "seeds": ROOT.parent / "shared" / "seeds", "tgcontest": SHARED_DATA}
STANDFIRST_CHARS = 160  # a heading-like line; the standfirsts of the sample corpus and seeds run 67 and 91 characters
NOW = datetime(2026, 11, 24, 12, 0)  # the day years missing from a dateline are guessed against


def load_article(entry: dict):
    place, name = entry["file"].split("/", 1)
    path = PLACES[place] / name
    if not path.exists():
        return None
    document = _tgcontest_document(path, entry) if place == "tgcontest" else next(
        d for d in read_inputs([str(path)]) if not hasattr(d, "reason") and entry.get("item", d.origin) == d.origin)
    article = clean_document(document, NOW)
    if entry.get("published"):
        article.published = datetime.fromisoformat(entry["published"])
    return article


def _tgcontest_document(path: Path, entry: dict) -> RawDocument:
    """The markup row an entry names, read by ingest as the JSON record of its title, text and url."""
    prefix = f"INPUT:{entry['column']}_" if "column" in entry else "INPUT:"
    with path.open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle, delimiter="\t") if r[f"{prefix}url"] == entry["item"])
    record = json.dumps({key: unquoted(row[f"{prefix}{key}"]) for key in ("url", "title", "text")}, ensure_ascii=False)
    return next(split_document(path.name, record.encode("utf-8"), record, "utf-8"))


def _label(entry: dict) -> str:
    """Where a verbose line points: the file, and the item when one file holds many articles."""
    return f"{entry['file']} {entry['item']}" if "item" in entry else entry["file"]


def _normal(text: str) -> str:
    return " ".join(text.replace("ё", "е").split()).lower()


def score(gold: dict, models: NlpModels, verbose: bool) -> dict:
    tally = Counter()
    sentences = 0
    elapsed = 0.0
    used, skipped = [], []
    for entry in gold["articles"]:
        article = load_article(entry)
        if article is None:
            skipped.append(entry["file"])
            continue
        started = time.perf_counter()
        analysis = analyse(article, models)
        elapsed += time.perf_counter() - started
        sentences += len(analysis.sentences)
        used.append(entry["file"])
        _score_entities(entry, analysis, _outside(gold.get("scope", {}), article), tally, verbose)
        _score_quotes(entry, analysis, tally, verbose)
        _score_dates(entry, analysis, _outside(gold.get("scope", {}), article), tally, verbose)
    return {"tally": tally, "sentences": sentences, "seconds": elapsed, "used": used, "skipped": skipped}


def _outside(scope: dict, article: Article) -> Callable[[Mention], bool]:
    """A test telling which system mentions lie outside what the gold annotates."""
    text = article_text(article)
    body = 0 if scope.get("headline", True) or text == article.text else len(text) - len(article.text)
    if not scope.get("headline", True):
        body += _standfirst_length(article.text)
    dateline = None if scope.get("dateline", True) else find_dateline(text)
    if dateline:
        body = max(body, dateline.stop)
    roles = scope.get("roles", True)
    return lambda mention: mention.start < body or (not roles and mention.kind == "role")


def _standfirst_length(body: str) -> int:
    """How much of the body a standfirst takes: a short first paragraph with no full stop ending it, written
    under the headline ("Объединённый банк … возглавит Сергей Лунёв"). A gold that leaves the headline out
    leaves it out too; the pipeline itself still reads it (it is the article's own summary)."""
    first, _, rest = body.partition("\n\n")
    if rest.strip() and len(first) <= STANDFIRST_CHARS and not first.rstrip().endswith((".", "!", "?", "…", "»", '"')):
        return len(first) + 2
    return 0


def _score_entities(entry: dict, analysis: Analysis, outside: Callable[[Mention], bool], tally: Counter, verbose: bool) -> None:
    gold, gold_types = entry_entities(entry)
    found = Counter((_normal(m.text), _normal(e.name)) for e in analysis.entities for m in e.mentions if not outside(m))
    types = {_normal(e.name): e.type for e in analysis.entities}
    hits = tally_entities(gold, gold_types, found, types, tally)
    if verbose:
        for miss in gold - found:
            print(f"  {_label(entry)}: missed entity {miss}")
        for extra in found - gold:
            print(f"  {_label(entry)}: extra entity {extra}")
        for name in sorted({name for _, name in hits} - {n for n in types if types[n] == gold_types.get(n)}):
            print(f"  {_label(entry)}: type {types.get(name)} for {name!r}, gold {gold_types.get(name)}")


def entry_entities(entry: dict) -> tuple[Counter, dict[str, str]]:
    """An annotation's mentions as (surface, canonical) pairs, and each canonical name's type."""
    return (Counter((_normal(m), _normal(e["name"])) for e in entry["entities"] for m in e["mentions"]),
            {_normal(e["name"]): e["type"] for e in entry["entities"]})


def tally_entities(gold: Counter, gold_types: dict, found: Counter, types: dict, tally: Counter) -> Counter:
    hits = gold & found
    tally["ent_gold"] += sum(gold.values())
    tally["ent_found"] += sum(found.values())
    tally["ent_hit"] += sum(hits.values())
    tally["type_hit"] += sum(n for (_, name), n in hits.items() if types.get(name) == gold_types.get(name))
    # the mention alone, whatever it is named: tells finding a name from naming it
    tally["surface_hit"] += sum((Counter(s for s, _ in gold.elements()) & Counter(s for s, _ in found.elements())).values())
    return hits


def _score_quotes(entry: dict, analysis: Analysis, tally: Counter, verbose: bool) -> None:
    matched = set()
    for quote in entry["quotes"]:
        fragment = _normal(quote["fragment"])
        index = next((i for i, q in enumerate(analysis.quotes)
                      if i not in matched and q.kind == quote["kind"] and fragment in _normal(q.text)), None)
        tally["quote_gold"] += 1
        if index is None:
            if verbose:
                print(f"  {_label(entry)}: missed quote {quote['fragment']!r}")
            continue
        matched.add(index)
        tally["quote_hit"] += 1
        speaker = analysis.quotes[index].speaker
        if _normal(speaker or "") == _normal(quote["speaker"] or ""):
            tally["speaker_hit"] += 1
        elif verbose:
            print(f"  {_label(entry)}: speaker {speaker!r} for {quote['fragment']!r}, gold {quote['speaker']!r}")
    tally["quote_found"] += len(analysis.quotes)
    if verbose:
        for i, q in enumerate(analysis.quotes):
            if i not in matched:
                print(f"  {_label(entry)}: extra quote {q.kind} {q.text[:40]!r}")


def _score_dates(entry: dict, analysis: Analysis, outside: Callable[[Mention], bool], tally: Counter,
                 verbose: bool) -> None:
    found = Counter((_normal(d.text), d.date) for d in analysis.dates
                    if not outside(Mention(d.start, d.stop, d.text)))
    gold = entry_dates(entry)
    tally_dates(gold, found, tally)
    if verbose:
        for text, resolved in gold - found:
            print(f"  {_label(entry)}: date {text!r} gold {resolved!r} not found with that resolution")


def entry_dates(entry: dict) -> Counter:
    return Counter((_normal(g["text"]), g["date"]) for g in entry["dates"])


def tally_dates(gold: Counter, found: Counter, tally: Counter) -> None:
    """Strict: the expression's text exactly; relaxed: one text containing the other, as TempEval-3 scores
    temporal expressions (its value accuracy is over relaxed matches), so that whether an annotator kept the
    preposition ("on November 10", «с 1 июня») does not decide whether a resolution is judged."""
    found_texts = Counter(text for text, _ in found.elements())
    gold_texts = Counter(text for text, _ in gold.elements())
    tally["date_gold"] += sum(gold.values())
    tally["date_found"] += sum(found.values())
    tally["date_hit"] += sum((gold_texts & found_texts).values())
    tally["date_right"] += sum((gold & found).values())
    unmatched = list(found.elements())
    # exact dates pair first, then exact texts: the relaxed match adds pairs to the strict one, never moves them
    for text, resolved in sorted(gold.elements(), key=lambda item: (item not in found, item[0] not in found_texts)):
        match = next((f for f in unmatched if f == (text, resolved)), None) or next(
            (f for f in unmatched if f[0] == text), None) or next(
            (f for f in unmatched if _holds_words(f[0], text) or _holds_words(text, f[0])), None)
        if match:
            unmatched.remove(match)
            tally["date_hit_relaxed"] += 1
            tally["date_right_relaxed"] += match[1] == resolved


def _holds_words(text: str, part: str) -> bool:
    """`part` inside `text` as whole words: "1 июня" is in "с 1 июня", not in "11 июня"."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) is not None


def prf(hit: int, found: int, gold: int) -> str:
    p = hit / found if found else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss and extra")
    parser.add_argument("--gold", type=Path, default=GOLD, help=f"gold file (default {GOLD.relative_to(ROOT)})")
    args = parser.parse_args()
    gold_path = args.gold.resolve()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    models = NlpModels()
    analyse(Article(id="warm-up", origin="-", text="Президент России Владимир Путин заявил."), models)  # load natasha first
    result = score(gold, models, args.verbose)
    t = result["tally"]
    shown = gold_path.relative_to(ROOT) if gold_path.is_relative_to(ROOT) else gold_path
    print(f"gold: {shown}")
    if gold.get("scope"):
        print(f"entity scope: {gold['scope']} (system mentions outside it are not scored)")
    print(f"data: {len(result['used'])} articles of {gold_path.name} "
          f"({sum(f.startswith('corpus/') for f in result['used'])} sample corpus, "
          f"{sum(f.startswith('seeds/') for f in result['used'])} seeds, "
          f"{sum(f.startswith('tgcontest/') for f in result['used'])} tgcontest)")
    if result["skipped"]:
        print(f"skipped (file absent; ../shared is expected beside the checkout): "
              f"{', '.join(dict.fromkeys(result['skipped']))}")
    if not result["used"]:
        print("nothing to score: every article of this gold is absent")
        return
    print(f"entities  ({t['ent_gold']} gold mentions): {prf(t['ent_hit'], t['ent_found'], t['ent_gold'])}"
          f"  type agreement {t['type_hit'] / max(t['ent_hit'], 1):.3f}")
    print(f"  mentions whatever their canonical name: {prf(t['surface_hit'], t['ent_found'], t['ent_gold'])}")
    print(f"quotes    ({t['quote_gold']} gold quotes):   {prf(t['quote_hit'], t['quote_found'], t['quote_gold'])}"
          f"  speaker accuracy {t['speaker_hit'] / max(t['quote_hit'], 1):.3f}")
    print(f"dates     ({t['date_gold']} gold dates):    {prf(t['date_hit'], t['date_found'], t['date_gold'])}"
          f"  resolution accuracy {t['date_right'] / max(t['date_gold'], 1):.3f}")
    print(f"  relaxed (one text containing the other): {prf(t['date_hit_relaxed'], t['date_found'], t['date_gold'])}"
          f"  resolution accuracy {t['date_right_relaxed'] / max(t['date_gold'], 1):.3f}")
    print(f"speed: {result['sentences']} sentences in {result['seconds']:.2f} s = "
          f"{result['sentences'] / max(result['seconds'], 1e-9):.0f} sentences/s (natasha loaded before timing)")
    print(f"reproduce: python -m benchmarks.understanding --gold {shown} --verbose")


if __name__ == "__main__":
    main()
