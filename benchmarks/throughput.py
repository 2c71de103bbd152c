"""Whole-pipeline throughput: articles per second and peak memory.

    python -m benchmarks.throughput [PATH...]

With no path it runs on every article of ../shared/data/tgcontest (category and pair
files, each article once, as a JSONL dump) when that exists, else on the bundled
sample corpus. Each run starts from an empty store, loads the models once, and counts
everything: ingest, cleaning, analysis, grouping, comparison, storing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.tgcontest import SHARED_DATA, tgcontest_dump
from svodka.engine import Engine
from svodka.ingest import read_bytes, read_inputs
from svodka.nlp import NlpModels
from svodka.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
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
        started, cpu_started = time.perf_counter(), time.process_time()
        report = Engine(store, models).process(documents)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        counts = store.counts()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load = os.getloadavg()[0]  # other jobs on the machine slow the run: say how busy it was
    rate = report.added / elapsed if elapsed else 0.0
    print(f"data: {label}: {report.added} articles stored, {len(report.rejected)} rejected, {counts['stories']} stories")
    print(f"throughput: {rate:.1f} articles/s ({elapsed:.1f} s); peak memory {peak_mb:.0f} MB (whole process, models included)")
    # CPU time moves less than wall time when other jobs share the machine: compare runs by both
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at the end; {cpu:.1f} s of CPU "
          f"({report.added / cpu if cpu else 0.0:.1f} articles per CPU second)")
    print(json.dumps({"articles": report.added, "seconds": round(elapsed, 2), "articles_per_second": round(rate, 2),
                      "cpu_seconds": round(cpu, 2), "peak_mb": round(peak_mb), "load_average": round(load, 2)}))


if __name__ == "__main__":
    main()
