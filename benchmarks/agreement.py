"""Annotator agreement: how far two people annotating the same real articles agree, beside svodka.

A second annotator annotated 12 articles of the real-news golds again, entities and dates only,
from the texts alone and without seeing the first annotation (benchmarks/gold/understanding_agreement.json).
Scoring one annotation against the other with the rules of `benchmarks.understanding` gives the
agreement two careful readers reach under the same written conventions; scoring svodka against
each annotation on the same articles puts its figures beside it. A goal above the agreement of
two annotators cannot be told apart from the annotators' own choices.

    python -m benchmarks.agreement [--second PATH]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from benchmarks.understanding import (
    ROOT,
    entry_dates,
    entry_entities,
    prf,
    score,
    tally_dates,
    tally_entities,
)
from svodka.model import Article
from svodka.nlp import NlpModels, analyse

GOLDS = ROOT / "benchmarks" / "gold"
SECOND = GOLDS / "understanding_agreement.json"
FIRSTS = ("understanding_tgcontest.json", "understanding_tgcontest2.json", "understanding_tgcontest3.json",
          "understanding_tgcontest4.json")


def _key(entry: dict) -> tuple:
    return entry["file"], entry["item"], entry.get("column")


def first_annotations(second: dict) -> tuple[list[dict], dict]:
    """The first annotation of each article the second annotator covered, and that gold's scope."""
    wanted = {_key(e) for e in second["articles"]}
    found, scope = {}, {}
    for name in FIRSTS:
        gold = json.loads((GOLDS / name).read_text(encoding="utf-8"))
        for entry in gold["articles"]:
            if _key(entry) in wanted:
                found[_key(entry)] = entry
                scope = gold.get("scope", scope)
    return [found[_key(e)] for e in second["articles"] if _key(e) in found], scope


def agreement(firsts: list[dict], seconds: list[dict]) -> Counter:
    """The second annotation scored as if it were a system's output against the first."""
    tally = Counter()
    by_key = {_key(e): e for e in seconds}
    for first in firsts:
        second = by_key[_key(first)]
        tally_entities(*entry_entities(first), *entry_entities(second), tally)
        tally_dates(entry_dates(first), entry_dates(second), tally)
    return tally


def _row(name: str, t: Counter) -> str:
    return (f"{name:<34} entities {prf(t['ent_hit'], t['ent_found'], t['ent_gold'])} (type {t['type_hit'] / max(t['ent_hit'], 1):.3f}; "
            f"mentions alone F1 {_f1(t['surface_hit'], t['ent_found'], t['ent_gold']):.3f})  dates found "
            f"F1 {_f1(t['date_hit'], t['date_found'], t['date_gold']):.3f}, resolution {t['date_right'] / max(t['date_gold'], 1):.3f}")


def _f1(hit: int, found: int, gold: int) -> float:
    return 2 * hit / (found + gold) if found + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", type=Path, default=SECOND, help="the second annotation")
    args = parser.parse_args()
    second = json.loads(args.second.read_text(encoding="utf-8"))
    firsts, scope = first_annotations(second)
    if not firsts:
        print("no article of the second annotation is in the real-news golds")
        return
    seconds = [e for e in second["articles"] if _key(e) in {_key(f) for f in firsts}]
    models = NlpModels()
    analyse(Article(id="warm-up", origin="-", text="Президент России Владимир Путин заявил."), models)
    against_first = score({"articles": firsts, "scope": scope}, models, verbose=False)
    if not against_first["used"]:
        print("nothing to score: the tgcontest files are absent (../shared is expected beside the checkout)")
        return
    against_second = score({"articles": seconds, "scope": scope}, models, verbose=False)
    print(f"data: {len(firsts)} real tgcontest articles annotated twice, independently "
          f"({args.second.name} against the real-news golds), entities and dates")
    print(_row("second annotator vs first", agreement(firsts, seconds)))
    print(_row("svodka vs first annotator", against_first["tally"]))
    print(_row("svodka vs second annotator", against_second["tally"]))
    print("reproduce: python -m benchmarks.agreement")


if __name__ == "__main__":
    main()
