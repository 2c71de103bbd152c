"""Whole-pipeline throughput: articles per second and peak memory.

    python -m benchmarks.throughput [PATH...]

With no path it runs on every article of ../shared/data/tgcontest (category and pair
files, each article once, as a JSONL dump) when that exists, else on the bundled
sample corpus. Each run starts from an empty store, loads the models once, and counts
everything: ingest, cleaning, analysis, grouping, comparison, storing.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.tgcontest import SHARED_DATA
from svodka.engine import Engine
from svodka.ingest import read_bytes, read_inputs
from svodka.nlp import NlpModels
from svodka.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def tgcontest_dump() -> bytes:
    """Every distinct tgcontest article as one JSONL dump."""
    articles: dict[str, dict] = {}
    for path in sorted(SHARED_DATA.glob("*.tsv")):
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                for prefix in ("", "first_", "second_"):
                    url = row.get(f"INPUT:{prefix}url")
                    if url:
                        articles.setdefault(url, {"url": url, "title": row[f"INPUT:{prefix}title"],
                                                  "text": row[f"INPUT:{prefix}text"]})
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles.values()).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    csv.field_size_limit(sys.maxsize)
    if args.paths:
        label, documents = ", ".join(args.paths), list(read_inputs(args.paths))
    elif SHARED_DATA.exists():
        label, documents = "every article of ../shared/data/tgcontest (JSONL)", list(read_bytes("tgcontest.jsonl", tgcontest_dump()))
    else:
        label, documents = "examples/corpus", list(read_inputs([str(CORPUS)]))
    models = NlpModels()
    models.ner_tagger, models.morph_tagger  # load before timing: a long-running service loads once
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "throughput.db")
        started = time.perf_counter()
        report = Engine(store, models).process(documents)
        elapsed = time.perf_counter() - started
        counts = store.counts()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = report.added / elapsed if elapsed else 0.0
    print(f"data: {label}: {report.added} articles stored, {len(report.rejected)} rejected, {counts['stories']} stories")
    print(f"throughput: {rate:.1f} articles/s ({elapsed:.1f} s); peak memory {peak_mb:.0f} MB (whole process, models included)")
    print(json.dumps({"articles": report.added, "seconds": round(elapsed, 2), "articles_per_second": round(rate, 2),
                      "peak_mb": round(peak_mb)}))


if __name__ == "__main__":
    main()
