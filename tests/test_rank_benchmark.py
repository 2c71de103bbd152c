"""The rank benchmark's judgements (benchmarks/gold/rank_judgements.json) still name stories svodka builds.

A judged story is named by its articles; if grouping changes so that a judged story no longer resolves (no story
holds at least half of its articles) or both stories of a pair fall into one, the judgement silently drops out of
benchmarks.rank: these tests say so first. The tgcontest part groups only the judged articles, not the whole pool
of 640 (benchmarks.rank itself reports pairs of the full pool that no longer resolve).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks import rank
from benchmarks.tgcontest import SHARED_DATA, tgcontest_dump
from svodka.ingest import read_bytes
from svodka.nlp import NlpModels

JUDGEMENTS = json.loads(rank.JUDGEMENTS.read_text(encoding="utf-8"))
LONG_SENTENCE = 70  # no sentence this long from a real article may appear in a repo file


def entries(data: str) -> list[dict]:
    return [entry for entry in JUDGEMENTS["pairs"] if entry["data"] == data]


def test_every_pair_is_judged_with_a_reason() -> None:
    assert "our judgement" in JUDGEMENTS["_about"].lower()
    for entry in JUDGEMENTS["pairs"]:
        assert entry["data"] in rank.SAMPLE_PLAN
        assert entry["higher"] in ("first", "second", "tie")
        assert entry["reason"].strip()
        assert entry["first"] == sorted(entry["first"]) and entry["second"] == sorted(entry["second"])
        assert entry["first"] and entry["second"] and not set(entry["first"]) & set(entry["second"])
    assert len({(tuple(e["first"]), tuple(e["second"])) for e in JUDGEMENTS["pairs"]}) == len(JUDGEMENTS["pairs"])


def assert_pairs_resolve(data: str, stories: list[rank.RankedStory]) -> None:
    unresolved = [entry for entry in rank.judged_pairs(entries(data), {data: stories})
                  if not isinstance(entry, rank.Judged)]
    assert not unresolved, f"{len(unresolved)} judged pairs no longer resolve, first: {unresolved[0]}"


@pytest.fixture(scope="module")
def corpus_stories(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> list[rank.RankedStory]:
    return rank.build("corpus", tmp_path_factory.mktemp("rank"), models)


def test_corpus_pairs_name_the_stories_svodka_builds(corpus_stories: list[rank.RankedStory]) -> None:
    keys = {story.key for story in corpus_stories}
    for entry in entries("corpus"):
        assert tuple(entry["first"]) in keys and tuple(entry["second"]) in keys
    assert_pairs_resolve("corpus", corpus_stories)


@pytest.fixture(scope="module")
def tgcontest_articles() -> dict[str, dict]:
    if not SHARED_DATA.exists():
        pytest.skip(f"the tgcontest files are not at {SHARED_DATA} (../shared beside the checkout)")
    lines = tgcontest_dump().decode("utf-8").splitlines()
    return {article["url"]: article for article in map(json.loads, lines)}


def test_tgcontest_pairs_resolve_among_the_judged_articles(tgcontest_articles: dict[str, dict], tmp_path: Path,
                                                           models: NlpModels) -> None:
    judged = {url for entry in entries("tgcontest") for url in entry["first"] + entry["second"]}
    assert judged <= set(tgcontest_articles)
    assert judged <= rank.dev_urls(), "only development articles are judged"
    dump = "".join(json.dumps(tgcontest_articles[url], ensure_ascii=False) + "\n" for url in sorted(judged))
    stories = rank.built_stories(read_bytes("judged.jsonl", dump.encode("utf-8")), tmp_path / "judged.db", models)
    assert_pairs_resolve("tgcontest", stories)


def test_no_long_sentence_of_a_judged_article_is_copied(tgcontest_articles: dict[str, dict]) -> None:
    written = rank.JUDGEMENTS.read_text(encoding="utf-8")
    judged = {url for entry in entries("tgcontest") for url in entry["first"] + entry["second"]}
    for url in judged:
        for sentence in re.split(r"(?<=[.!?])\s+", tgcontest_articles[url]["text"]):
            assert len(sentence) < LONG_SENTENCE or sentence not in written, url
