"""Language identification: our gold set of short news texts, then every real tgcontest article.

    python -m benchmarks.language [--all-errors]
    python -m benchmarks.language --dev    # part 2 on the development files only: held-out texts stay unread

1. benchmarks/gold/language.json: about 30 texts of our own for each of Russian, Ukrainian,
   Belarusian, Kazakh, Bulgarian and English (headlines, one-sentence snippets, 2-4 sentence
   leads), with the traps real feeds have (see its `about`). Scored by language, kind and trap,
   with the confusion matrix and every error. Most texts were written before the rules of
   svodka.nlp.language were revised on them, so their figures are development figures (first
   reading, with the rules of the first version: 0.815); the 30 marked `held_out` (5 a language)
   were written afterwards and tune nothing.
2. ../shared/data/tgcontest/*.tsv: every article once (deduplicated by the text judged; ru_* files
   are Russian, en_* English), judged on what the pipeline judges (headline + body,
   `svodka.nlp.article_text`). Errors are named by file and data row (1-based, header not
   counted, `first`/`second` side for the pair files) with at most 60 characters of text.
   Skipped with a message when ../shared is absent. No category is read, but the held-out files'
   texts are (`benchmarks.categories.HELD_OUT`): `--dev` leaves them out, as `benchmarks.categories --dev` does.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.categories import HELD_OUT
from benchmarks.tgcontest import SHARED_DATA, category_rows, read_pairs, unquoted
from svodka.model import Article
from svodka.nlp import article_text
from svodka.nlp.language import SAMPLE_CHARS, detect_language

GOLD = Path(__file__).resolve().parent / "gold" / "language.json"
LANGUAGES = ("ru", "uk", "be", "kk", "bg", "en")
REAL_LANGUAGES = ("ru", "en")  # a tgcontest file's name starts with its language
SHOWN_CHARS = 60  # real articles are not ours: an error shows no more of them than this
SHOWN_ERRORS = 20  # real-article errors listed unless --all-errors


@dataclass
class Judged:
    where: str  # gold: kind and trap; real: file, row and side
    text: str
    gold: str
    predicted: str
    kind: str = ""
    trap: str = ""
    held_out: bool = False


def gold_texts() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["texts"]


def real_articles(files: list[Path]) -> list[tuple[str, str, str]]:
    """(where, text judged, gold language) for every article of these tgcontest files, each text once."""
    seen: set[str] = set()
    articles = []
    for path in files:
        language = path.name.split("_")[0]
        for where, title, text in _rows(path):
            judged = article_text(Article(id=where, origin=path.name, title=title, text=text))
            if judged not in seen:
                seen.add(judged)
                articles.append((where, judged, language))
    return articles


def real_files(dev_only: bool = False) -> list[Path]:
    """Every tgcontest file of our languages; with `dev_only`, not the held-out ones (their texts stay unread)."""
    return sorted(p for language in REAL_LANGUAGES for p in SHARED_DATA.glob(f"{language}_*.tsv")
                  if not (dev_only and p.stem in HELD_OUT))


def _rows(path: Path) -> list[tuple[str, str, str]]:
    """(where, title, text) of a category file (one article a row) or a pair file (two a row)."""
    if "_pairs_" in path.name:
        articles, pairs = read_pairs([str(path)])
        where = {}
        for row, pair in enumerate(pairs, 1):
            for side, url in (("first", pair.first), ("second", pair.second)):
                where.setdefault(url, f"{path.name}:{row}:{side}")
        return [(where[url], a["title"], a["text"]) for url, a in articles.items()]
    return [(f"{path.name}:{row}", unquoted(r["INPUT:title"]), unquoted(r["INPUT:text"]))
            for row, r in enumerate(category_rows(path), 1)]


def accuracy(items: list[Judged]) -> str:
    right = sum(i.gold == i.predicted for i in items)
    return f"{right / len(items):.3f} ({right}/{len(items)})" if items else "n/a"


def print_by(items: list[Judged], key, title: str) -> None:
    groups = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    print(f"  by {title}:")
    for name in sorted(groups, key=lambda g: (g not in LANGUAGES, LANGUAGES.index(g) if g in LANGUAGES else g)):
        print(f"    {name or '-':18} {accuracy(groups[name])}")


def print_confusion(items: list[Judged]) -> None:
    counts = Counter((i.gold, i.predicted) for i in items)
    columns = list(LANGUAGES) + sorted({i.predicted for i in items} - set(LANGUAGES))
    print("  confusion (rows gold, columns predicted):")
    print("    " + "".join(f"{c:>5}" for c in ["", *columns]))
    for gold in sorted({i.gold for i in items}, key=LANGUAGES.index):
        print("    " + f"{gold:>5}" + "".join(f"{counts[gold, c] or '.':>5}" for c in columns))


def judged_gold() -> tuple[list[Judged], float]:
    detect_language("прогрев")  # the model loads on first use; not timed
    started = time.perf_counter()
    items = [Judged(f"{t['kind']}{'/' + t['trap'] if 'trap' in t else ''}{' held out' * t.get('held_out', False)}",
                    t["text"], t["language"], detect_language(t["text"]), t["kind"], t.get("trap", ""),
                    t.get("held_out", False)) for t in gold_texts()]
    return items, time.perf_counter() - started


def judged_real(files: list[Path]) -> tuple[list[Judged], float]:
    articles = real_articles(files)
    started = time.perf_counter()
    items = [Judged(where, text, gold, detect_language(text)) for where, text, gold in articles]
    return items, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all-errors", action="store_true", help="list every real-article error")
    parser.add_argument("--dev", action="store_true", help="part 2 on the development files only: the held-out "
                                                           "files' texts are not read")
    args = parser.parse_args()

    items, seconds = judged_gold()
    print(f"1. our gold set: {GOLD} ({len(items)} texts, {len(LANGUAGES)} languages)")
    print(f"  overall            {accuracy(items)}")
    print(f"  development texts  {accuracy([i for i in items if not i.held_out])}")
    print(f"  held-out texts     {accuracy([i for i in items if i.held_out])}")
    print_by(items, lambda i: i.gold, "language")
    print_by(items, lambda i: i.kind, "kind")
    print_by(items, lambda i: i.trap, "trap")
    print_confusion(items)
    errors = [i for i in items if i.gold != i.predicted]
    print(f"  errors ({len(errors)}):")
    for item in errors:
        print(f"    {item.gold} -> {item.predicted}  [{item.where}]  {item.text}")
    print(f"  speed: {len(items) / seconds:.0f} texts/s")

    files = real_files(dev_only=args.dev)
    if not files:
        print(f"\n2. real articles skipped: no tgcontest files at {SHARED_DATA} (../shared/data beside the checkout)")
    else:
        real, seconds = judged_real(files)
        shown = "development files only (--dev)" if args.dev else "every file, the held-out ones included"
        print(f"\n2. real articles: {len(real)} distinct tgcontest articles from {len(files)} files in {SHARED_DATA}"
              f" (ru_* Russian, en_* English; {shown})")
        print(f"  overall            {accuracy(real)}")
        print_by(real, lambda i: i.gold, "language")
        print_by(real, lambda i: i.where.split(":")[0], "file")
        print_confusion(real)
        errors = [i for i in real if i.gold != i.predicted]
        print(f"  errors ({len(errors)}{'' if args.all_errors else f', first {SHOWN_ERRORS} shown'}):")
        for item in errors if args.all_errors else errors[:SHOWN_ERRORS]:
            print(f"    {item.gold} -> {item.predicted}  {item.where}  {' '.join(item.text.split())[:SHOWN_CHARS]}")
        print(f"  speed: {len(real) / seconds:.0f} articles/s (language identification alone, on at most "
              f"{SAMPLE_CHARS} characters of each)")
    print(f"\nreproduce: python -m benchmarks.language{' --dev' * args.dev}   (from the checkout root; part 2 needs "
          "../shared/data/tgcontest)")


if __name__ == "__main__":
    main()
