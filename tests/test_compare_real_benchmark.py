"""The real-article comparison benchmark's own helpers, and its gold checked against the articles it names."""

import json

import pytest

from benchmarks.compare_real import (
    GOLD,
    PAIR_FILES,
    Report,
    citation_made,
    conflict_reported,
    conflict_sides,
    item_matches,
    listed_unique,
    printed_figures,
    unsupported,
)
from benchmarks.tgcontest import read_pairs
from svodka.model import Analysis, Article, Cited, Difference, Disputed, Story

MAX_FRAGMENT = 40  # gold fragments stay short: no sentence of ../shared may be copied into the repo
GOLD_DATA = json.loads(GOLD.read_text(encoding="utf-8"))


def test_figures_are_read_as_values_whatever_their_grouping():
    assert [v for v, _ in printed_figures("выявлено 281 752 случая, в том числе 1,5 тыс.")] == [281752, 1.5]
    assert [v for v, _ in printed_figures("fined 12,000 euros; 0.5 percent")] == [12000, 0.5]
    assert printed_figures("в 8:40 и в 9:05") == []  # clock times are no figures
    assert [v for v, _ in printed_figures("днем 4...6 градусов")] == [4, 6]


def test_a_claim_is_supported_only_by_a_source_printing_all_its_numbers():
    claim = "Всего выздоровели 67 373 человека, за сутки выявлено 9709 новых случаев."
    assert unsupported(claim, "выявлено 9709 новых случаев; вылечились 67373 человека", str.lower) == set()
    assert unsupported(claim, "Вылечились 57373 человека, выявлено 9709 случаев.", str.lower) == {67373}
    assert unsupported("Погибли двенадцать человек.", "погибли 12 человек", str.lower) == set()
    assert unsupported("The court fined them 12,000 euros.", "fined 2,000 euros ($13,300)", str.lower) == {12000}


def test_a_claim_without_numbers_is_never_unsupported_by_this_check():
    assert unsupported("Вооружение оставят на кораблях.", "Вооружение с кораблей будет снято.", str.lower) == set()


def test_conflict_values_are_read_with_the_outlets_under_each():
    text = "Долги составляют 267 млн — 267 млн. рублей (a.ua) vs 350 млн рос (b.com, c.ru)"
    assert conflict_sides(text) == [("267 млн. рублей", {"a.ua"}), ("350 млн рос", {"b.com", "c.ru"})]
    dates = "В 2016-м родилась — В 2016-м = 2016-01-01/2016-12-31 (a.ua) vs в 2017 году = 2017-01-01/2017-12-31 (b.ru)"
    assert [value for value, _ in conflict_sides(dates)] == ["В 2016-м", "в 2017 году"]


def test_gold_values_match_by_number_and_words_by_fragment():
    assert item_matches("Всего выздоровели 67 373 человека.", "67373", str.lower)
    assert not item_matches("Вылечились 57373 человека.", "67373", str.lower)
    assert item_matches("Кинотеатр станет Главной площадкой", "главной площадк", str.lower)


def test_a_gold_conflict_counts_as_reported_as_a_conflict_or_as_a_disputed_shared_fact():
    conflict = Difference("conflict", "Выздоровели. — 57373 человека (a.ru) vs 67 373 человека (b.ru)", ["a", "b"])
    disputed = Difference("shared", "fined them 12,000 euros", ["a"], disputed=[Disputed("2,000 euros", ["b"])])
    story = Story("s", ["a", "b"], differences=[conflict, disputed])
    assert conflict_reported(story, {"values": ["57373", "67373"]}, str.lower)
    assert conflict_reported(story, {"values": ["12,000", "2,000"]}, str.lower)
    assert not conflict_reported(story, {"values": ["9709", "4207"]}, str.lower)
    assert not conflict_reported(Story("s", ["a", "b"], differences=[disputed]), {"values": ["12,000", "13,300"]},
                                 str.lower)


def test_a_wrong_citation_is_a_claim_with_the_number_citing_the_source_without_it():
    by_url = {url: Report(url, Article(id=id_, origin=url, text=""), Analysis(language="ru"), "")
              for url, id_ in (("https://a", "a"), ("https://b", "b"))}
    story = Story("s", ["a", "b"], summary=[Cited("За сутки выявлено 9709 новых случаев.", ["a", "b"])])
    assert citation_made(story, {"number": "9709", "not_in": "https://b"}, by_url, str.lower)
    assert not citation_made(story, {"number": "4207", "not_in": "https://b"}, by_url, str.lower)
    story.summary = [Cited("За сутки выявлено 9709 новых случаев.", ["a"])]
    assert not citation_made(story, {"number": "9709", "not_in": "https://b"}, by_url, str.lower)


def test_a_number_is_listed_unique_when_a_unique_detail_claims_it():
    unique = Difference("unique", "2 232 граждан — Всего заболели 2 232 граждан.", ["a"], details=["2 232 граждан"])
    story = Story("s", ["a", "b"], differences=[unique])
    assert listed_unique(story, {"number": "2 232"}, str.lower)
    assert not listed_unique(story, {"number": "1 173"}, str.lower)


def test_the_gold_has_its_shape_and_short_fragments():
    kinds = {"conflicts", "false_conflicts", "wrong_citations", "not_unique"}
    assert "after seeing svodka's output" in GOLD_DATA["about"].lower()
    for story in GOLD_DATA["stories"]:
        assert story["name"] and len(story["urls"]) >= 2
        assert set(story) - {"name", "urls"} <= kinds and set(story) & kinds
        for item in story.get("conflicts", []) + story.get("false_conflicts", []):
            assert len(item["values"]) >= 2
        for item in story.get("wrong_citations", []):
            assert item["not_in"] in story["urls"] and ("number" in item) != ("fragment" in item)
        for item in (i for kind in kinds for i in story.get(kind, [])):
            for fragment in item.get("values", []) + [item.get("number", ""), item.get("fragment", "")]:
                assert len(fragment) < MAX_FRAGMENT


@pytest.fixture(scope="module")
def pair_texts():
    if not all(path.exists() for path in PAIR_FILES):
        pytest.skip("../shared/data/tgcontest pair files absent: the gold cannot be checked against the articles")
    articles, _ = read_pairs([str(path) for path in PAIR_FILES])
    return {url: f"{a['title']}\n{a['text']}" for url, a in articles.items()}


def test_every_gold_item_holds_against_the_article_texts(pair_texts):
    """What the gold says each article prints, it prints (or, for a wrong citation, does not)."""
    for story in GOLD_DATA["stories"]:
        texts = [pair_texts[url] for url in story["urls"]]
        for item in story.get("conflicts", []) + story.get("false_conflicts", []):
            for value in item["values"]:
                assert any(item_matches(t, value, str.lower) for t in texts), (story["name"], value)
        for item in story.get("wrong_citations", []):
            key = item.get("number") or item["fragment"]
            assert not item_matches(pair_texts[item["not_in"]], key, str.lower), (story["name"], key)
            assert any(item_matches(t, key, str.lower) for t in texts), (story["name"], key)
        for item in story.get("not_unique", []):
            assert all(item_matches(t, item["number"], str.lower) for t in texts), (story["name"], item["number"])


def test_no_long_string_of_the_gold_is_copied_from_the_articles(pair_texts):
    kinds = ("conflicts", "false_conflicts", "wrong_citations", "not_unique")
    strings = [s for story in GOLD_DATA["stories"] for kind in kinds for item in story.get(kind, [])
               for s in [*item.values(), *item.get("values", [])] if isinstance(s, str)]
    for text in pair_texts.values():
        for s in strings:
            assert len(s) < 70 or s not in text
