"""Comparison on real articles: do svodka's claims about a story hold against the reports it cites?

    python -m benchmarks.compare_real [--examples N]

Data: every article of the tgcontest pair files (../shared/data/tgcontest/ru_pairs_dev_{a,b,c}.tsv and
en_pairs_dev.tsv, read as benchmarks.pairs reads them), run through the real pipeline in-process on a temporary
store, as `svodka run` would (the news filter on, a fixed "now" for guessed years). Every story of 2+ reports is
checked. `benchmarks.compare` scores the fictional corpus and the seeds; this one scores what real outlets print.

Part 1, gold-free support checks (proxies: each sees only numbers, or names, never meaning):
(a) citation support of numbers: for every shared fact and every summary sentence, and every source it cites,
    are all the claim's numbers (svodka.nlp.numbers.find_numbers on the claim, compared as values, so «281 752» =
    «281752», «1,5» = «1.5», «двенадцать» = 12) printed in that source's headline or body (its find_numbers values,
    any figure in digits, any number word)? Catches a claim that takes on a source lacking one of its figures (9709
    cited to RT). Cannot catch: a wrong claim without numbers («оставив штатное вооружение» cited to the outlet
    saying the opposite), a wrong date or year (find_numbers leaves dates out), a number the source prints for something else
    (supported by accident), an opinion stated as fact, a wrong speaker. Claims without numbers are not counted.
(b) unique numbers told by another: a `unique` detail's number printed by another report of the story near a shared
    content word (the same counted noun, or a content lemma of the detail's sentence within NEAR_CHARS of it).
    Catches the story's headline numbers listed as one outlet's (84 cases in both). Cannot catch: a unique
    paraphrase without numbers told by the other, and it may count a coincidence (the same small number near a
    common word) as told.
(c) conflicts whose values come from sentences naming different entities: the name nearest each value (within its
    sentence) differs between two reports' values (debts of «Артемуголь» vs «Орджоникидзеуголь»). A cheap signal of
    a false conflict; it misses false conflicts about one entity (range ends of different days in one city, a
    hypothetical example) and flags a real conflict whose two sentences happen to name different sources.

Part 2, a small hand-checked gold (benchmarks/gold/compare_real.json): stories identified by their articles' URLs as
the pair files give them, and per story (i) real conflicts that must be reported (as a conflict, or as a shared
fact's `disputed` value), (ii) traps: reported conflicts that are false, (iii) wrong citations: a claim holding a
number (or a short fragment) must not cite a source that does not print it, (iv) numbers both reports print that
must not be listed as unique. The gold was written AFTER seeing svodka's output (from a fact-checker's pass over
it, each item checked against the article texts), so it measures known failure shapes, not an unbiased sample.
Matching is by value (a figure) or by a short fragment (words), so a claim holding the number for another reason
counts too. Two real conflicts are of words (weapons removed vs kept, a son vs sex not disclosed): svodka compares
numbers and dates only, so they measure what it does not attempt yet. An item of a story whose reports svodka
does not put together counts as not found, and the story is named.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.tgcontest import SHARED_DATA, as_jsonl, read_pairs, require_data
from svodka.engine import Engine
from svodka.ingest import read_bytes
from svodka.model import Analysis, Article, Difference, Story
from svodka.nlp import NlpModels, article_text
from svodka.nlp.english import stem
from svodka.nlp.numbers import NUMBER_WORDS, find_numbers
from svodka.store import Store

PAIR_FILES = [SHARED_DATA / name for name in
              ("ru_pairs_dev_a.tsv", "ru_pairs_dev_b.tsv", "ru_pairs_dev_c.tsv", "en_pairs_dev.tsv")]
GOLD = Path(__file__).resolve().parent / "gold" / "compare_real.json"
NOW = datetime(2026, 11, 24, 12, 0)  # the day guessed years are counted from: fixed, so runs compare
# How far from a number another report's shared word may stand (b): about a clause. Set by reading the T18/T19
# cases of the fact-checker's pass («за сутки коронавирус подхватили 84 человека»), not fitted.
NEAR_CHARS = 60
MIN_CONTENT_CHARS = 4  # shorter words are mostly prepositions and pronouns («при», «его», "the")
STOP_WORDS = frozenset(
    "этот также который свой себя быть было были если когда более менее около после перед между через только "
    "такой этого этом этой того тому всего всех весь after about also been before from have into more other "
    "over said that their them there these they this were what when which while with would".split())
# A figure as printed: digit groups split by a space, thin or not ("281 752"), a decimal comma or point ("1,5"); not
# the hours or minutes of a clock time ("8:40"), nor a number glued to a name ("COVID-19")
FIGURE = re.compile(r"(?<![\w,:])(?<!\d[.,])(?<![^\W\d_]-)(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:[.,]\d+)?"
                    r"(?!\d|:\d)")
WORD = re.compile(r"[^\W\d_]+")
Lemmatize = Callable[[str], str]
VALUE_SIDE = re.compile(r"(?P<value>.+?) \((?P<outlets>[^()]*)\)$")


@dataclass
class Report:
    """One article as the pipeline stored it, with the text its offsets count in."""
    url: str
    article: Article
    analysis: Analysis
    text: str


# --- numbers -------------------------------------------------------------------------------------------------

def printed_figures(text: str) -> list[tuple[float, int]]:
    """Every figure printed in digits, as values with their offsets: «281 752» is 281752; «1,5» 1.5; "12,000"
    (a comma before exactly three digits) 12000."""
    found = []
    for match in FIGURE.finditer(text):
        raw = re.sub(r"[ \u00a0\u2009\u202f]", "", match.group())
        if re.fullmatch(r"\d{1,3}(,\d{3})+", raw):
            raw = raw.replace(",", "")
        found.append((float(raw.replace(",", ".")), match.start()))
    return found


def claim_values(text: str, lemmatize: Lemmatize) -> set[float]:
    """The values of the figures a claim states, as svodka reads them (find_numbers: counted numbers, in digits or
    words; dates and identifiers left out). "One" in words is left out too: it is as often an article or a
    pronoun («ещё одного заместителя», "one way") as a count."""
    return {_key(fact.value) for fact in find_numbers(text, lemmatize)
            if fact.value != 1 or any(c.isdigit() for c in fact.text)}


def source_values(text: str, lemmatize: Lemmatize) -> set[float]:
    """Every value a source prints: what find_numbers reads, any figure in digits and any number word alone
    («в Зеленодольском — шесть»): lenient, so that an unsupported claim is one whose figure the source does not
    print at all."""
    words = {_key(NUMBER_WORDS[w]) for w in WORD.findall(text.lower()) if w in NUMBER_WORDS}
    return claim_values(text, lemmatize) | {_key(value) for value, _ in printed_figures(text)} | words


def unsupported(claim: str, source: str, lemmatize: Lemmatize) -> set[float]:
    """The claim's values the source does not print."""
    return claim_values(claim, lemmatize) - source_values(source, lemmatize)


def _key(value: float) -> float:
    return round(value, 6)


def lemmatizer(language: str, models: NlpModels) -> Lemmatize:
    """The word-to-lemma function svodka's analysis uses for the language (find_numbers lemmatises counted nouns)."""
    if language == "ru":
        return lambda word: models.morph_vocab.parse(word)[0].normal_form
    return stem if language == "en" else str.lower


# --- part 1 --------------------------------------------------------------------------------------------------

def citation_support(stories: list[Story], reports: dict[str, Report], models: NlpModels) -> dict:
    """(a): the (claim, cited source) pairs whose claim has numbers, and those whose source lacks one."""
    tally = {"shared": [0, 0, 0], "summary": [0, 0, 0]}  # claims with numbers, pairs, pairs supported
    failures = []
    for story in stories:
        claims = [("shared", d.text, d.articles) for d in story.differences if d.kind == "shared"]
        claims += [("summary", c.text, c.articles) for c in story.summary]
        for kind, text, cited in claims:
            lemmatize = lemmatizer(reports[cited[0]].analysis.language, models)
            if not claim_values(text, lemmatize):
                continue
            tally[kind][0] += 1
            for article in cited:
                missing = unsupported(text, reports[article].text, lemmatize)
                tally[kind][1] += 1
                tally[kind][2] += not missing
                if missing:
                    failures.append((kind, story.id, text, reports[article].url, sorted(missing)))
    return {"tally": tally, "failures": failures}


def unique_told_by_another(stories: list[Story], reports: dict[str, Report], models: NlpModels) -> dict:
    """(b): unique details with numbers, and those whose number another report prints near a shared word."""
    with_numbers, told = 0, []
    for story in stories:
        for difference in (d for d in story.differences if d.kind == "unique"):
            own = reports[difference.articles[0]]
            lemmatize = lemmatizer(own.analysis.language, models)
            values = _detail_values(difference, lemmatize)
            if not values:
                continue
            with_numbers += 1
            sentence = difference.sentence or difference.text
            words = content_lemmas(sentence, lemmatize)
            units = {_key(f.value): f.unit for f in find_numbers(sentence, lemmatize)}
            for other in (reports[a] for a in story.articles if a not in difference.articles):
                near = _told_near(values, units, words, other, lemmatize)
                if near:
                    told.append((story.id, difference.text, other.url, near))
                    break
    return {"with_numbers": with_numbers, "told": told}


def _detail_values(difference: Difference, lemmatize: Lemmatize) -> set[float]:
    """The numbers a unique claims as its own: those of its details when it names them, else its sentence's."""
    if difference.details:
        return {_key(v) for detail in difference.details for v in
                claim_values(detail, lemmatize) | {v for v, _ in printed_figures(detail)}}
    return claim_values(difference.text, lemmatize)


def _told_near(values: set[float], units: dict[float, str], words: set[str], other: Report,
               lemmatize: Lemmatize) -> str:
    """A passage of the other report printing one of the values with the same counted noun or a shared content
    lemma within NEAR_CHARS; "" when there is none."""
    counted = {_key(f.value): (f.unit, f.start) for f in find_numbers(other.text, lemmatize)}
    places = [(v, at) for v, at in printed_figures(other.text)] + [(v, at) for v, (_, at) in counted.items()]
    for value, at in places:
        value = _key(value)
        if value not in values:
            continue
        window = other.text[max(0, at - NEAR_CHARS):at + NEAR_CHARS]
        same_noun = value in counted and counted[value][0] == units.get(value)
        if same_noun or content_lemmas(window, lemmatize) & words:
            return " ".join(window.split())
    return ""


def content_lemmas(text: str, lemmatize: Lemmatize) -> set[str]:
    return {lemma for word in WORD.findall(text.lower()) if len(word) >= MIN_CONTENT_CHARS
            and (lemma := lemmatize(word)) not in STOP_WORDS}


def conflicts_naming_different_entities(stories: list[Story], reports: dict[str, Report]) -> dict:
    """(c): conflicts, and those where two reports give different values standing by different names."""
    total, flagged = 0, []
    for story in stories:
        for difference in (d for d in story.differences if d.kind == "conflict"):
            total += 1
            members = [reports[a] for a in difference.articles]
            placed = [(report.url, value, nearest_name(report, value))
                      for value, outlets in conflict_sides(difference.text)
                      for report in members if report.article.outlet in outlets]
            named = [(url, _figure(value), name) for url, value, name in placed if name]
            apart = [(a, b) for i, a in enumerate(named) for b in named[i + 1:]
                     if a[0] != b[0] and a[1] != b[1] and a[2] != b[2]]
            if apart:
                (_, _, first), (_, _, second) = apart[0]
                flagged.append((story.id, difference.text, [first, second]))
    return {"conflicts": total, "flagged": flagged}


def conflict_sides(text: str) -> list[tuple[str, set[str]]]:
    """A conflict's values and the outlets under each: "267 млн. рублей (a.ru) vs 350 млн (b.ua, c.ru)"."""
    sides = []
    for part in text.rsplit(" — ", 1)[-1].split(" vs "):
        match = VALUE_SIDE.match(part.strip())
        if match:
            sides.append((match["value"].split(" = ")[0].strip(), {o.strip() for o in match["outlets"].split(",")}))
    return sides


def _figure(value: str) -> float | str:
    """A side's first figure (a date's year), or its words."""
    figures = printed_figures(value)
    return _key(figures[0][0]) if figures else value.lower()


def nearest_name(report: Report, value: str) -> str:
    """The entity mentioned nearest the value's first place in the report, within its sentence ("" if none)."""
    figure = _figure(value)
    places = [at for v, at in printed_figures(report.text) if _key(v) == figure]
    at = places[0] if places else report.text.find(value)
    sentence = next((s for s in report.analysis.sentences if s.start <= at < s.stop), None) if at >= 0 else None
    if sentence is None:
        return ""
    mentions = [(abs(m.start - at), entity.key or entity.name) for entity in report.analysis.entities
                for m in entity.mentions if sentence.start <= m.start < sentence.stop]
    return min(mentions)[1] if mentions else ""


# --- part 2 --------------------------------------------------------------------------------------------------

# Each gold kind: the tally it goes to, what a failure is called, and whether finding it in svodka's output is the
# failure (a trap) or its absence is (a real conflict missed)
GOLD_KINDS = {"conflicts": ("conflicts_found", "real conflict missed", False),
              "false_conflicts": ("false_conflicts", "false conflict reported", True),
              "wrong_citations": ("wrong_citations", "wrong citation made", True),
              "not_unique": ("listed_unique", "shared number listed unique", True)}


def gold_figures(gold: dict, stories: list[Story], reports: dict[str, Report], models: NlpModels) -> dict:
    """Per kind of the gold: items found in svodka's output / items, with the failing ones. Items of a story
    whose reports svodka did not put together count as not found (and the story is named)."""
    by_url = {r.url: r for r in reports.values()}
    story_of = {a: s.id for s in stories for a in s.articles}
    by_id = {s.id: s for s in stories}
    tally = {name: [0, 0] for name, _, _ in GOLD_KINDS.values()}
    misses = []
    for entry in gold["stories"]:
        found = {story_of.get(by_url[u].article.id) if u in by_url else None for u in entry["urls"]}
        story = by_id[found.pop()] if len(found) == 1 and None not in found else None
        if story is None:
            misses.append((entry["name"], "its reports are not one story"))
        lemmatize = lemmatizer(by_url[entry["urls"][0]].analysis.language, models) if story else str.lower
        checks = {"conflicts": conflict_reported, "false_conflicts": conflict_reported,
                  "wrong_citations": lambda st, it, lem: citation_made(st, it, by_url, lem),
                  "not_unique": listed_unique}
        for kind, (name, label, failed_when_found) in GOLD_KINDS.items():
            for item in entry.get(kind, []):
                hit = story is not None and checks[kind](story, item, lemmatize)
                tally[name][0] += hit
                tally[name][1] += 1
                if hit == failed_when_found:
                    shown = item.get("values") or item.get("number") or item.get("fragment")
                    misses.append((entry["name"], f"{label}: {shown} ({item.get('note', '')})"))
    return {"tally": tally, "misses": misses}


def item_matches(text: str, item_value: str, lemmatize: Lemmatize) -> bool:
    """A gold value or fragment in a text: a figure by value, words as a case-insensitive fragment."""
    figures = {_key(v) for v, _ in printed_figures(item_value)}
    if figures:
        have = source_values(text, lemmatize)
        return figures <= have
    return item_value.lower() in text.lower()


def conflict_reported(story: Story, item: dict, lemmatize: Lemmatize) -> bool:
    """Two of the item's values named by one conflict (on its values, or, for words, anywhere in it), or one by a
    shared fact and another by that fact's `disputed` values."""
    values = item["values"]
    for difference in story.differences:
        if difference.kind == "conflict":
            shown = difference.text.rsplit(" — ", 1)[-1]  # figures are matched on the values, words anywhere
            if sum(item_matches(shown if printed_figures(v) else difference.text, v, lemmatize) for v in values) >= 2:
                return True
        disputed = " ".join(d.text for d in difference.disputed)
        if disputed and any(item_matches(difference.text, v, lemmatize) and item_matches(disputed, w, lemmatize)
                            for v in values for w in values if v != w):
            return True
    return False


def citation_made(story: Story, item: dict, by_url: dict[str, Report], lemmatize: Lemmatize) -> bool:
    """A shared fact or summary sentence holding the item's number or fragment cites the source that lacks it."""
    wrong = by_url[item["not_in"]].article.id if item["not_in"] in by_url else None
    claims = [(d.text, d.articles) for d in story.differences if d.kind == "shared"]
    claims += [(c.text, c.articles) for c in story.summary]
    key = item.get("number") or item["fragment"]
    return any(wrong in cited and item_matches(text, key, lemmatize) for text, cited in claims)


def listed_unique(story: Story, item: dict, lemmatize: Lemmatize) -> bool:
    """A unique detail claims the number: among its details when it names them, else anywhere in its sentence."""
    value = {_key(v) for v, _ in printed_figures(item["number"])}
    return any(value <= (_detail_values(d, lemmatize) if d.details else source_values(d.text, lemmatize))
               for d in story.differences if d.kind == "unique")


# --- running -------------------------------------------------------------------------------------------------

def pipeline_stories(models: NlpModels) -> tuple[list[Story], dict[str, Report], int, float]:
    """The multi-report stories svodka makes of the pair files' articles, and every stored report by id."""
    articles, _ = read_pairs([str(p) for p in PAIR_FILES])
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "compare_real.db")
        started = time.perf_counter()
        Engine(store, models, now=NOW).process(read_bytes("pairs.jsonl", as_jsonl(articles)))
        elapsed = time.perf_counter() - started
        reports = {s.article.id: Report(s.article.url or "", s.article, s.analysis, article_text(s.article))
                   for s in store.articles()}
        stories = [s for s in store.stories() if len(s.articles) >= 2]
        store.close()
    return stories, reports, len(articles), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=12, help="failing cases to list per check")
    args = parser.parse_args()
    require_data([str(p) for p in PAIR_FILES])
    started = time.perf_counter()
    models = NlpModels()
    stories, reports, count, elapsed = pipeline_stories(models)
    print(f"data: {', '.join(p.name for p in PAIR_FILES)} ({count} distinct articles, {len(reports)} stored); "
          f"{len(stories)} stories of 2+ reports ({elapsed:.0f} s pipeline)")
    show = args.examples

    support = citation_support(stories, reports, models)
    print("(a) citation support of numbers (claim, cited source) pairs whose source prints all the claim's numbers:")
    for kind, (claims, pairs, supported) in support["tally"].items():
        print(f"  {kind}: {supported}/{pairs} = {supported / max(1, pairs):.3f} ({claims} claims with numbers)")
    for kind, story, text, url, missing in support["failures"][:show]:
        print(f"  unsupported {kind} {story[:8]} {missing} not in {url[:70]}: {text[:90]!r}")

    uniques = unique_told_by_another(stories, reports, models)
    told = len(uniques["told"])
    print(f"(b) unique details with numbers told by another report: {told}/{uniques['with_numbers']} = "
          f"{told / max(1, uniques['with_numbers']):.3f}")
    for story, text, url, near in uniques["told"][:show]:
        print(f"  {story[:8]} unique {text[:70]!r} ~ {url[:50]}: {near[:90]!r}")

    conflicts = conflicts_naming_different_entities(stories, reports)
    print(f"(c) conflicts whose values stand by different names: {len(conflicts['flagged'])}/{conflicts['conflicts']}")
    for story, text, names in conflicts["flagged"][:show]:
        print(f"  {story[:8]} {names}: {text[:110]!r}")

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    found = gold_figures(gold, stories, reports, models)
    t = found["tally"]
    print(f"gold: {GOLD.name} ({len(gold['stories'])} stories; written after seeing svodka's output: known failure "
          f"shapes, not a sample)")
    print(f"  real conflicts reported {t['conflicts_found'][0]}/{t['conflicts_found'][1]}; "
          f"false conflicts reported {t['false_conflicts'][0]}/{t['false_conflicts'][1]}; "
          f"wrong citations made {t['wrong_citations'][0]}/{t['wrong_citations'][1]}; "
          f"shared numbers listed unique {t['listed_unique'][0]}/{t['listed_unique'][1]}")
    for name, what in found["misses"]:
        print(f"  {name}: {what}")
    print(f"time: {time.perf_counter() - started:.0f} s; reproduce: PYTHONPATH=src:. python -m benchmarks.compare_real")
    print(json.dumps({"shared_support": support["tally"]["shared"], "summary_support": support["tally"]["summary"],
                      "unique_told": [told, uniques["with_numbers"]],
                      "conflicts_different_names": [len(conflicts["flagged"]), conflicts["conflicts"]],
                      **{k: v for k, v in t.items()}}))


if __name__ == "__main__":
    main()
