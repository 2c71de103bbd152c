"""Whole-pipeline throughput: articles per second and peak memory.

    python -m benchmarks.throughput [--jobs N] [PATH...]

With no path it runs on every article of ../shared/data/tgcontest (category and pair
files, each article once, as a JSONL dump) when that exists, else on the bundled
sample corpus. Each run starts from an empty store, loads the models once, and counts
everything: ingest, cleaning, analysis, grouping, comparison, storing. `--jobs N` understands
articles in N worker processes (`svodka run --jobs`); CPU time then counts the workers' too.
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
    parser.add_argument("--jobs", type=int, default=1, help="processes understanding articles (svodka run --jobs)")
    args = parser.parse_args()
    if args.paths:
        label, documents = ", ".join(args.paths), list(read_inputs(args.paths))
    elif SHARED_DATA.exists():
        label, documents = "every article of ../shared/data/tgcontest (JSONL)", list(read_bytes("tgcontest.jsonl", tgcontest_dump()))
    else:
        label, documents = "examples/corpus", list(read_inputs([str(CORPUS)]))
    models = NlpModels()
    _ = models.ner_tagger, models.morph_tagger  # load before timing: a long-running service loads once
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "throughput.db")
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        report = Engine(store, models, jobs=args.jobs).process(documents)
        elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
        counts = store.counts()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    load = os.getloadavg()[0]  # other jobs on the machine slow the run: say how busy it was
    rate = report.added / elapsed if elapsed else 0.0
    print(f"data: {label}: {report.added} articles stored, {len(report.rejected)} rejected, {counts['stories']} stories")
    workers = f", the largest of {args.jobs} workers {worker_mb:.0f} MB (forked: models shared)" if args.jobs > 1 else ""
    print(f"throughput: {rate:.1f} articles/s ({elapsed:.1f} s, {args.jobs} job{'s' * (args.jobs > 1)}); "
          f"peak memory {peak_mb:.0f} MB (main process, models included){workers}")
    # CPU time moves less than wall time when other jobs share the machine: compare runs by both
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at the end; {cpu:.1f} s of CPU "
          f"({report.added / cpu if cpu else 0.0:.1f} articles per CPU second)")
    print(json.dumps({"articles": report.added, "seconds": round(elapsed, 2), "articles_per_second": round(rate, 2),
                      "cpu_seconds": round(cpu, 2), "peak_mb": round(peak_mb), "load_average": round(load, 2),
                      "jobs": args.jobs}))


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished workers."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
