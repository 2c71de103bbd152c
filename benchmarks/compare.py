"""Compare and summarise benchmark: detected differences and summaries against gold.

Data: the multi-source stories of the sample corpus (examples/corpus/gold.json: story of
every article, planted differences, English reference summaries) and the two seed
articles of ../shared/seeds (benchmarks/gold/compare_seeds.json, by short fragments).
Stories are built from the gold membership, so grouping errors do not count here.

Scoring, per kind of difference:
- corpus (the gold texts are English descriptions, so matching is by article sets, and
  by figures — numbers of 2+ digits, years left out — where the gold names them):
  a detected `shared` is right when its articles lie inside a gold shared fact's (or a
  gold conflict's / not_conflict's, when it names one of their values) and it names no
  figure the gold gives only as one outlet's unique detail; a `unique` when the gold has
  a unique entry for exactly those articles and its detail names no figure the gold
  gives in a shared fact of that article; a `quote_variant` when its two articles are
  among a gold variant's; a `conflict` when it names two articles the gold gives
  different values and its text names both values; an `attribution` when it names at
  least min(2, size) articles of a gold attribution. Recall: the share of gold entries
  some right detection matches (a gold unique with figures: a detection naming one).
  `not_conflict`: the share of gold apparent conflicts (same value worded differently)
  that no conflict outside the gold conflicts touches (two of its articles).
  `shared citing dissent`: of the detected `shared` facts naming one value of a gold
  conflict, how many cite an article the gold gives the other value (should be none: such
  an article disputes the fact, it does not share it).
  The gold lists the main facts only, so a right `shared`/`unique` outside them is not
  checked beyond its articles and figures.
- seeds: a detection is right when its text holds all fragments of a gold entry of its
  kind and articles (one to one); shared and unique are listed in part only, so only
  their recall is given.
- developing stories (benchmarks/gold/compare_updates.json, fictional reports with their hours, written for this
  benchmark): a gold update is found when a detected `update` lists its states in its order (a state naming the
  gold figure, or printing the gold stage word's opening), and its correction is shown when the state the gold
  names carries the correction mark (`updates.is_correction`); a detected update sharing a state with a gold one
  but listing other states or another order has wrong states, one sharing none was not planted. A gold conflict
  (reports of one hour) is found when a `conflict` names both values; an update reported as a conflict is a
  `conflict` naming two states of a gold update.
Summaries: ROUGE-1/2/L F1 (stemmed English tokens) of the summary of each story's English
reports against the English reference summary, beside a lead-3 baseline (the first three
body sentences of the story's first English report). The reference summaries were read
once to see that they are 2–4 sentences and include the date and place of the event;
that is what set the summary length (3 sentences, more only for facts several sources
state) and kept the dateline on the lead sentence. No threshold was fitted to the ROUGE.

    python -m benchmarks.compare [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

from svodka.clean import clean_document
from svodka.compare import compare_articles
from svodka.compare.align import sentence_units
from svodka.compare.updates import is_correction
from svodka.ingest import read_inputs
from svodka.model import Analysis, Article, Difference, IngestError, State
from svodka.nlp import NlpModels, analyse
from svodka.nlp.english import stem
from svodka.redate import anchored
from svodka.summarise import story_summary

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_GOLD = ROOT / "benchmarks" / "gold" / "compare_seeds.json"
UPDATE_GOLD = ROOT / "benchmarks" / "gold" / "compare_updates.json"
NOW = datetime(2026, 11, 24, 12, 0)  # the day years missing from a dateline are guessed against
KINDS = ("shared", "unique", "quote_variant", "conflict", "attribution")
TOKEN = re.compile(r"\w+")
YEAR = re.compile(r"(19|20)\d\d")
CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")  # "в 12:10" is a time of day, not the figure "12"
DETAIL_CHARS = 80  # a unique detail list ("около 9 тысяч человек — <the shared sentence>") is shorter

Members = list[tuple[Article, Analysis]]


def load_articles(folder: Path) -> dict[str, Article]:
    """Every article of a folder by its gold origin (path relative to the folder, or URL)."""
    found = {}
    for document in read_inputs([str(folder)]):
        if isinstance(document, IngestError) or document.origin.endswith("README.md"):
            continue
        article = clean_document(document, NOW)
        origin = document.origin
        if not origin.startswith("http"):
            origin = str(Path(origin).resolve().relative_to(folder.resolve()))
        found[origin] = article
    return found


def anchored_members(articles: list[Article], models: NlpModels) -> Members:
    """The story's reports analysed, a guessed year re-anchored to the dated ones (as the engine does)."""
    references = [a.published for a in articles if a.published and not a.published_year_guessed]
    for article in articles:
        if article.published_year_guessed and article.published:
            article.published = anchored(article.published, references)
    return [(article, analyse(article, models)) for article in articles]


def score_corpus(models: NlpModels, verbose: bool) -> tuple[Counter, list[dict]]:
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    loaded = load_articles(CORPUS)
    by_story = defaultdict(list)
    for entry in gold["articles"]:
        if entry["origin"] in loaded and entry["story"]:  # not-news articles belong to no story
            by_story[entry["story"]].append(entry["origin"])
    tally: Counter = Counter()
    summaries = []
    for story in gold["stories"]:
        origins = by_story.get(story["id"], [])
        members = anchored_members([loaded[o] for o in origins], models)
        origin_of = {article.id: origin for (article, _), origin in zip(members, origins)}
        if len(origins) >= 2:
            detected = [Difference(d.kind, d.text, sorted(origin_of[a] for a in d.articles))
                        for d in compare_articles(members, models.embedding)]
            _score_story(story, detected, tally, verbose)
        english = [m for m in members if m[1].language == "en"]
        if english and story.get("reference_summary"):
            summaries.append(_summary_scores(english, story["reference_summary"], models))
    return tally, summaries


def _score_story(story: dict, detected: list[Difference], tally: Counter, verbose: bool) -> None:
    golds = story["differences"]
    for kind in KINDS:
        mine = [d for d in detected if d.kind == kind]
        theirs = [g for g in golds if g["kind"] == kind]
        right = [d for d in mine if _right(kind, d, golds)]
        found = [g for g in theirs if any(_matches(kind, d, g) and _names_figure(d, g) for d in right)]
        tally[kind, "tp"] += len(right)
        tally[kind, "predicted"] += len(mine)
        tally[kind, "found"] += len(found)
        tally[kind, "gold"] += len(theirs)
        if verbose:
            for d in mine:
                if d not in right:
                    print(f"  FP {story['id']} {kind}: {d.articles} {d.text[:120]}")
            for g in theirs:
                if g not in found:
                    print(f"  FN {story['id']} {kind}: {g['articles']} {g.get('text') or g.get('texts') or g.get('values')}")
    # a conflict that matches a gold conflict is about that quantity, not the apparent one
    conflicts = [d for d in detected if d.kind == "conflict"
                 and not any(_matches("conflict", d, g) for g in golds if g["kind"] == "conflict")]
    for g in (g for g in golds if g["kind"] == "not_conflict"):
        tally["not_conflict", "gold"] += 1
        tally["not_conflict", "found"] += not any(len(set(d.articles) & set(g["articles"])) >= 2 for d in conflicts)
    for d in (d for d in detected if d.kind == "shared"):
        for g in (g for g in golds if g["kind"] == "conflict"):
            named = [value for value in g["values"] if _digits(value) & _digits(CLOCK.sub(" ", d.text))]
            if len(named) == 1:
                dissent = [a for a in d.articles if g["article_values"].get(a, named[0]) != named[0]]
                tally["dissent", "shared"] += 1
                tally["dissent", "citing"] += bool(dissent)
                if verbose and dissent:
                    print(f"  DISSENT {story['id']} shared names {named[0]!r} but cites {dissent}: {d.text[:100]}")


def _matches(kind: str, detected: Difference, gold: dict) -> bool:
    mine, theirs = set(detected.articles), set(gold["articles"])
    if kind == "shared":
        return len(mine) >= 2 and mine <= theirs
    if kind == "unique":
        return mine == theirs
    if kind == "quote_variant":
        return mine <= theirs
    if kind == "conflict":  # two articles the gold gives different values, and those values named
        values = {gold["article_values"][a] for a in mine if a in gold["article_values"]}
        named = {v for v in values if _digits(v) & _digits(detected.text)}
        return len(values) >= 2 and len(named) >= 2
    return len(mine & theirs) >= min(2, len(theirs))


def _right(kind: str, detected: Difference, golds: list[dict]) -> bool:
    """Matches a gold entry of its kind, and for shared/unique, claims no figure the gold gives the other way.

    Several outlets stating one value (a gold `not_conflict`) or one fact with different
    values (a gold `conflict`) is a shared fact too, when the detection names one of its values.
    """
    if kind == "unique":
        return any(_matches(kind, detected, g) for g in golds if g["kind"] == kind) and not _claims_shared(detected, golds)
    if kind == "shared":
        stated = any(g["kind"] in ("conflict", "not_conflict") and _matches(kind, detected, g)
                     and any(_digits(v) & _digits(detected.text) for v in g["values"]) for g in golds)
        listed = any(_matches(kind, detected, g) for g in golds if g["kind"] == kind)
        return (listed or stated) and not _claims_unique(detected, golds)
    return any(_matches(kind, detected, g) for g in golds if g["kind"] == kind)


def _claims_unique(detected: Difference, golds: list[dict]) -> bool:
    """A `shared` naming a figure that the gold gives only as one source's unique detail."""
    uniques = {f for g in golds if g["kind"] == "unique" for f in _figures(g["text"])}
    others = {f for g in golds if g["kind"] != "unique" for f in _figures(g.get("text", "") + " ".join(g.get("values", [])))}
    return bool(_figures(detected.text) & (uniques - others))


def _claims_shared(detected: Difference, golds: list[dict]) -> bool:
    """A `unique` naming a figure that the gold gives in a shared fact of its article (and in none of its uniques)."""
    articles = set(detected.articles)
    shared = {f for g in golds if g["kind"] == "shared" and articles <= set(g["articles"]) for f in _figures(g["text"])}
    own = {f for g in golds if g["kind"] == "unique" and articles == set(g["articles"]) for f in _figures(g["text"])}
    return bool(_figures(_detail(detected.text)) & (shared - own))


def _detail(text: str) -> str:
    """What a `unique` claims: the detail before " — " when it is a detail of a shared sentence, else the text."""
    head, dash, _ = text.partition(" — ")
    return head if dash and len(head) <= DETAIL_CHARS and not head.rstrip().endswith(".") else text


def _names_figure(detected: Difference, gold: dict) -> bool:
    """A gold `unique` is found by a detection naming one of its figures (any detection, when it has none)."""
    figures = _figures(gold.get("text", ""))
    return detected.kind != "unique" or not figures or bool(figures & _figures(detected.text))


def _figures(text: str) -> set[str]:
    """Numbers of two or more digits, years left out (context, not a fact), in thousands when round ("38,000" = "38 тысяч")."""
    return {d.removesuffix("000") for d in _digits(text) if len(d) >= 2 and not YEAR.fullmatch(d)}


def _digits(text: str) -> set[str]:
    """The numbers a text names, separators dropped ("7,4" and "7.4" are both "74")."""
    return {re.sub(r"\D", "", n) for n in re.findall(r"\d+(?:[.,]\d+)?", text)}


def score_seeds(models: NlpModels, verbose: bool) -> Counter | None:
    if not SEEDS.exists():
        print(f"seeds: skipped, ../shared/seeds is not at {SEEDS}")
        return None
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    files = sorted(SEEDS.glob("*.txt"))
    articles = [clean_document(d, NOW) for f in files for d in read_inputs([str(f)]) if not isinstance(d, IngestError)]
    members = anchored_members(articles, models)
    name = {articles[0].id: "first", articles[1].id: "second"}
    detected = compare_articles(members, models.embedding)
    tally: Counter = Counter()
    for kind in KINDS:
        mine = [d for d in detected if d.kind == kind]
        theirs = [g for g in gold["differences"] if g["kind"] == kind]
        used: set[int] = set()
        for d in mine:
            hit = next((i for i, g in enumerate(theirs) if i not in used and sorted(name[a] for a in d.articles) == g["articles"]
                        and all(f.lower() in d.text.lower() for f in g["fragments"])), None)
            if hit is not None:
                used.add(hit)
            elif verbose and kind not in ("shared", "unique"):
                print(f"  FP seeds {kind}: {d.text[:120]}")
        tally[kind, "tp"] += len(used)
        tally[kind, "predicted"] += len(mine)
        tally[kind, "found"] += len(used)
        tally[kind, "gold"] += len(theirs)
    return tally


def score_updates(models: NlpModels, verbose: bool) -> Counter:
    """Updates and one-hour conflicts of the developing stories (UPDATE_GOLD) against the gold."""
    tally: Counter = Counter()
    for story in json.loads(UPDATE_GOLD.read_text(encoding="utf-8"))["stories"]:
        articles = [Article(id=f"{story['id']}/{i}", origin=f"{story['id']}/{i}", text=report["text"],
                            title=report["title"], outlet=report["outlet"],
                            published=datetime.fromisoformat(report["published"]))
                    for i, report in enumerate(story["reports"])]
        detected = compare_articles([(a, analyse(a, models)) for a in articles], models.embedding)
        updates = [d for d in detected if d.kind == "update"]
        conflicts = [d for d in detected if d.kind == "conflict"]
        for gold in story["updates"]:
            match = next((d for d in updates if _states_match(d.states, gold["states"])), None)
            tally["update", "gold"] += 1
            tally["update", "found"] += match is not None
            if "correction" in gold:
                tally["correction", "gold"] += 1
                tally["correction", "found"] += match is not None and any(
                    is_correction(s) and _state_names(s, gold["correction"]) for s in match.states)
            if verbose and match is None:
                print(f"  FN {story['id']} update {gold['states']}: {[_states_shown(d) for d in updates]}")
        for d in updates:
            tally["update", "predicted"] += 1
            if any(_states_match(d.states, g["states"]) for g in story["updates"]):
                tally["update", "tp"] += 1
            elif any(_state_names(s, value) for g in story["updates"] for s in d.states for value in g["states"]):
                tally["update", "wrong states"] += 1
                if verbose:
                    print(f"  WRONG STATES {story['id']}: {_states_shown(d)}")
            else:
                tally["update", "not planted"] += 1
                if verbose:
                    print(f"  FP {story['id']} update: {_states_shown(d)}")
        for pair in story["conflicts"]:
            tally["conflict", "gold"] += 1
            tally["conflict", "found"] += any(all(v in _digits(d.text) for v in pair) for d in conflicts)
        tally["conflict", "of an update"] += sum(
            any(sum(value in _digits(d.text) for value in g["states"]) >= 2 for g in story["updates"]) for d in conflicts)
    return tally


def _states_match(states: list[State], gold: list[str]) -> bool:
    """The detected states name the gold values one for one, in order."""
    return len(states) == len(gold) and all(_state_names(s, value) for s, value in zip(states, gold))


def _state_names(state: State, value: str) -> bool:
    """A state names a gold figure (by its digits) or prints a gold stage word's opening ("локализ")."""
    return value in _digits(state.text) if value.isdigit() else value in state.text.lower()


def _states_shown(update: Difference) -> str:
    return " → ".join(f"{s.text} ({', '.join(s.outlets)})" for s in update.states)


def _print_updates(tally: Counter) -> None:
    print("\ndeveloping stories (benchmarks/gold/compare_updates.json, fictional, reports with their hours)")
    print(f"  updates: found {tally['update', 'found']} of {tally['update', 'gold']} planted; detected "
          f"{tally['update', 'predicted']}: right {tally['update', 'tp']}, wrong states {tally['update', 'wrong states']},"
          f" not planted {tally['update', 'not planted']}")
    print(f"  corrections shown as a marked state: {tally['correction', 'found']} of {tally['correction', 'gold']}")
    print(f"  one-hour conflicts found {tally['conflict', 'found']} of {tally['conflict', 'gold']}; "
          f"conflicts naming two states of an update: {tally['conflict', 'of an update']}")


def rouge(candidate: str, reference: str) -> dict[str, float]:
    """ROUGE-1, -2 and -L F1 over stemmed lower-case word tokens."""
    c = [stem(t) for t in TOKEN.findall(candidate.lower())]
    r = [stem(t) for t in TOKEN.findall(reference.lower())]
    scores = {}
    for n in (1, 2):
        grams_c = Counter(tuple(c[i:i + n]) for i in range(len(c) - n + 1))
        grams_r = Counter(tuple(r[i:i + n]) for i in range(len(r) - n + 1))
        scores[f"rouge-{n}"] = _f1(sum((grams_c & grams_r).values()), sum(grams_c.values()), sum(grams_r.values()))
    scores["rouge-l"] = _f1(_lcs(c, r), len(c), len(r))
    return scores


def _f1(common: int, predicted: int, gold: int) -> float:
    if not common:
        return 0.0
    precision, recall = common / predicted, common / gold
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        previous = 0
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], previous + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def _summary_scores(english: Members, reference: str, models: NlpModels) -> dict:
    summary = " ".join(c.text for c in story_summary(english, models.embedding))
    article, analysis = english[0]
    lead = " ".join(u.text for u in sentence_units(article, analysis)[:3])
    return {"system": rouge(summary, reference), "lead-3": rouge(lead, reference)}


def _print_tally(label: str, tally: Counter, kinds: tuple[str, ...], partial: tuple[str, ...] = ()) -> None:
    print(f"\n{label}")
    print(f"  {'kind':<14} {'precision':>10} {'recall':>8}   (right/detected, found/gold)")
    for kind in kinds:
        p = tally[kind, "tp"] / tally[kind, "predicted"] if tally[kind, "predicted"] else float("nan")
        r = tally[kind, "found"] / tally[kind, "gold"] if tally[kind, "gold"] else float("nan")
        shown_p = "   -" if kind in partial or kind == "not_conflict" else f"{p:10.3f}"
        print(f"  {kind:<14} {shown_p:>10} {r:8.3f}   ({tally[kind, 'tp']}/{tally[kind, 'predicted']}, "
              f"{tally[kind, 'found']}/{tally[kind, 'gold']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list each wrong or missed difference")
    verbose = parser.parse_args().verbose
    models = NlpModels()
    tally, summaries = score_corpus(models, verbose)
    _print_tally("sample corpus (examples/corpus, 12 multi-source stories, gold story membership)", tally,
                 KINDS + ("not_conflict",))
    print(f"  shared citing dissent: {tally['dissent', 'citing']} of {tally['dissent', 'shared']} shared facts naming"
          " one value of a gold conflict cite an article the gold gives another value")
    _print_updates(score_updates(models, verbose))
    seeds = score_seeds(models, verbose)
    if seeds is not None:
        _print_tally("seeds (../shared/seeds, 2 articles; shared/unique gold is partial: recall only)", seeds, KINDS,
                     partial=("shared", "unique"))
    print(f"\nsummaries: {len(summaries)} corpus stories with English reports, vs the English reference summary")
    for system in ("system", "lead-3"):
        means = {k: sum(s[system][k] for s in summaries) / len(summaries) for k in ("rouge-1", "rouge-2", "rouge-l")}
        print(f"  {system:<7} " + "  ".join(f"{k} {v:.3f}" for k, v in means.items()))
    print("\nreproduce: python -m benchmarks.compare [--verbose]")


if __name__ == "__main__":
    main()
