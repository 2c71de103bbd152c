"""A reader's corrections (`svodka label`) and the model's why: kept, shown, and obeyed by the stories."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.categorise import with_category
from svodka.categorise.explain import CUE_PHRASES, explanation
from svodka.categorise.news import HAND_SET, load_news_model
from svodka.cli import app
from svodka.engine import Engine
from svodka.export import full_export
from svodka.model import Analysis, Article, RawDocument
from svodka.nlp import NlpModels, analyse
from svodka.store import Label, Store, StoreError, stored_labels
from svodka.store.db import StoryFilter
from svodka.web.app import create_app
from tests.conftest import CORPUS, TODAY

runner = CliRunner()
SCHEMA = json.loads(resources.files("svodka.schema").joinpath("export.schema.json").read_text(encoding="utf-8"))
# One match told by three outlets in the sample corpus (gold.json: one story).
MATCH = ["ru_011.txt", "ru_012_cp1251.txt", "en_003.txt"]
GUIDE = ("Как выбрать <script>alert(1)</script> пылесос: 5 советов\n\n"
         "Хотите чистый дом без лишних хлопот? Выберите модель с мощным всасыванием. "
         "Обратите внимание на фильтр и шум. Сравните цены в нескольких магазинах и не переплачивайте за бренд. "
         "Читайте отзывы покупателей перед покупкой и проверьте гарантию.\n")


def engine_on(path: Path, models: NlpModels, include_non_news: bool = False) -> Engine:
    return Engine(Store(path), models, now=TODAY, include_non_news=include_non_news)


def match_ids(engine: Engine, files: list[str]) -> list[str]:
    engine.run([str(CORPUS / name) for name in files])
    return [next(s.article.id for s in engine.store.articles() if s.article.origin.endswith(name)) for name in files]


def members(store: Store, article_id: str) -> set[str]:
    story = store.article(article_id).story
    return {m.article.id for m in store.story_members(story)} if story else set()


def test_a_report_corrected_to_not_news_leaves_its_story_and_rejoins_it_as_news(tmp_path: Path, models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models)
    first, second, third = match_ids(engine, MATCH)
    assert members(engine.store, first) == {first, second, third}
    engine.correct(second, Label(news=False))
    stored = engine.store.article(second)
    assert (stored.story, stored.analysis.news, stored.label_source) == (None, False, "user")
    story = engine.store.story(engine.store.article(first).story)
    assert set(story.articles) == {first, third}  # rebuilt without it, not merely unlinked
    assert second not in {a for s in engine.store.front_page() for a in s.articles}
    engine.correct(second, Label(news=True))
    assert members(engine.store, second) == {first, second, third}


def test_a_not_news_article_corrected_to_news_joins_its_same_event_partner(tmp_path: Path, models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models)
    [alone] = match_ids(engine, MATCH[:1])
    engine.correct(alone, Label(news=False))
    assert engine.store.counts()["stories"] == 0  # its story, emptied, is gone from every list
    assert engine.store.front_page() == [] and engine.store.story_list(StoryFilter())[1] == 0
    [partner] = match_ids(engine, MATCH[1:2])
    assert members(engine.store, partner) == {partner}
    engine.correct(alone, Label(news=True))
    assert members(engine.store, partner) == {alone, partner}


def test_a_store_grouping_non_news_keeps_a_corrected_article_in_its_story(tmp_path: Path, models: NlpModels) -> None:
    first, second, third = match_ids(engine_on(tmp_path / "s.db", models, include_non_news=True), MATCH)
    later = engine_on(tmp_path / "s.db", models)  # `svodka label`, the web form: the store remembers the flag
    assert later.include_non_news
    later.correct(second, Label(news=False))
    assert members(later.store, second) == {first, second, third}
    assert later.store.article(second).analysis.news is False
    assert not engine_on(tmp_path / "other.db", models).include_non_news


def test_a_category_correction_wins_and_recounts_its_story(tmp_path: Path, models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models)
    first, second, third = match_ids(engine, MATCH)
    assert [s.category for s in engine.store.front_page()] == ["sports"]
    engine.correct(first, Label(category="science"))
    engine.correct(second, Label(category="science"))
    assert engine.store.front_page(category="sports") == []
    assert [s.category for s in engine.store.front_page(category="science")] == ["science"]
    assert engine.store.article(third).label_source == "model"
    engine.correct(first, Label(news=True))  # a later correction of the other label keeps the category
    assert engine.store.article(first).label == Label(news=True, category="science")


def test_a_reset_hands_both_labels_back_to_the_model_and_the_stories_follow(tmp_path: Path, models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models)
    first, second, third = match_ids(engine, MATCH)
    engine.correct(second, Label(news=False, category="science"))
    engine.reset(second)
    stored = engine.store.article(second)
    assert (stored.label, stored.label_source, stored.analysis.news, stored.analysis.category) == (None, "model", True, "sports")
    assert members(engine.store, second) == {first, second, third}  # the model calls it news: it rejoins
    engine.correct(first, Label(category="science"))
    engine.correct(second, Label(category="science"))
    assert [s.category for s in engine.store.front_page()] == ["science"]
    engine.reset(first)
    assert [s.category for s in engine.store.front_page()] == ["sports"]  # the story's category recounted


def test_a_reset_with_nothing_of_the_reader_s_to_take_back_leaves_the_stories_alone(tmp_path: Path,
                                                                                      models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models, include_non_news=True)
    first, second, _ = match_ids(engine, MATCH)
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    engine.run([str(tmp_path / "guide.txt")])
    guide = next(s for s in engine.store.articles() if "пылесос" in s.article.title)
    assert not guide.analysis.news and guide.story is not None
    with engine.store.transaction():  # grouped by an svodka from before the store remembered --include-non-news
        engine.store.db.execute("DELETE FROM meta WHERE key = 'groups_non_news'")
    engine.store.reset_label(guide.article.id)  # no correction: the model's "not news" moves nothing
    assert engine.store.article(guide.article.id).story == guide.story
    engine.store.set_label(second, Label(news=True))  # agrees with the model: the story is the same
    engine.store.reset_label(second)
    engine.store.reset_label(first)
    assert engine.store.dirty_stories() == []  # no story is compared again for nothing


def test_a_category_correction_holds_when_its_article_is_redated_and_read_again(tmp_path: Path,
                                                                                 models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models)
    dated, guessed = match_ids(engine, MATCH[:2])  # ru_012 prints "16 марта 08:23", no year
    stored = engine.store.article(guessed)
    assert stored.article.published_year_guessed and members(engine.store, dated) == {dated, guessed}
    # A year guessed wrong (an earlier year, so it comes first), as before the story's dated report arrived.
    stored.article.published = stored.article.published.replace(year=stored.article.published.year - 1)
    engine.store.update_article(stored.article, stored.analysis)
    engine.correct(guessed, Label(category="science"))  # the rebuild re-anchors its year and reads it again
    assert engine.store.article(guessed).article.published.year == engine.store.article(dated).article.published.year
    story = engine.store.story(engine.store.article(guessed).story)
    assert story.category == "science"  # one each way: the first report's, as corrected, not the model's sports


def test_corrections_survive_reanalysis_and_rebuild(tmp_path: Path, models: NlpModels) -> None:
    engine = engine_on(tmp_path / "old.db", models)
    first, second, third = match_ids(engine, MATCH)
    engine.correct(second, Label(news=False, category="economy"))
    stored = engine.store.article(second)
    engine.store.update_article(stored.article, replace(stored.analysis, news=True))
    assert engine.store.article(second).analysis.news is False  # the reader's word over any new analysis
    engine.store.close()
    result = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "new.db") as rebuilt:
        stored = rebuilt.article(second)
        assert (stored.analysis.news, stored.analysis.category, stored.story) == (False, "economy", None)
        assert members(rebuilt, first) == {first, third}
        assert explanation(stored.article, stored.analysis).news  # the model still says news: its why is kept apart


def test_a_rebuild_names_a_source_whose_corrections_cannot_be_read(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with Store(old) as store:
        store.db.execute("DROP TABLE labels")
    assert stored_labels(old) == {}  # a store from before corrections: none to carry over
    with sqlite3.connect(old) as db:  # a table of that name without svodka's columns: no silent loss
        db.execute("CREATE TABLE labels (note TEXT)")
    with pytest.raises(StoreError, match="old.db: the reader's corrections cannot be read"):
        stored_labels(old)
    result = runner.invoke(app, ["rebuild", str(old), "--db", str(tmp_path / "new.db")])
    assert result.exit_code == 2 and "corrections cannot be read" in result.output
    assert not (tmp_path / "new.db").exists()  # refused before anything was written


def test_label_command_shows_and_corrects_and_names_bad_input(tmp_path: Path, models: NlpModels) -> None:
    db = tmp_path / "s.db"
    engine = engine_on(db, models)
    first, second, _ = match_ids(engine, MATCH)
    engine.store.close()
    shown = runner.invoke(app, ["label", first, "--db", str(db)])
    assert shown.exit_code == 0
    assert "news: yes (model)" in shown.output and "category: sports (model)" in shown.output
    assert "narrates in the past tense" in shown.output  # the model's why, in words
    corrected = runner.invoke(app, ["label", second, "--not-news", "--category", "Other", "--db", str(db)])
    assert corrected.exit_code == 0
    assert "news: no (set by you)" in corrected.output and "category: other (set by you)" in corrected.output
    assert "story: none" in corrected.output
    unknown = runner.invoke(app, ["label", "0123456789abcdef", "--news", "--db", str(db)])
    assert unknown.exit_code == 2 and "0123456789abcdef" in unknown.output and "no such article" in unknown.output
    bad = runner.invoke(app, ["label", first, "--category", "weather", "--db", str(db)])
    assert bad.exit_code == 2 and first in bad.output and "unknown category 'weather'" in bad.output
    with Store(db) as store:
        assert store.article(first).label is None  # a refused correction stores nothing
    both = runner.invoke(app, ["label", second, "--reset", "--news", "--db", str(db)])
    assert both.exit_code == 2 and "give it alone" in both.output
    reset = runner.invoke(app, ["label", second, "--reset", "--db", str(db)])
    assert reset.exit_code == 0 and "news: yes (model)" in reset.output and "category: sports (model)" in reset.output


def test_article_page_and_export_carry_the_why_and_the_correction_escaped(tmp_path: Path, models: NlpModels) -> None:
    (tmp_path / "guide.txt").write_text(GUIDE, encoding="utf-8")
    engine = engine_on(tmp_path / "s.db", models)
    engine.run([str(tmp_path / "guide.txt")])
    first, _, _ = match_ids(engine, MATCH)
    guide = next(s for s in engine.store.articles() if "пылесос" in s.article.title)
    assert not guide.analysis.news and explanation(guide.article, guide.analysis).loudest(news=False)[0]
    engine.correct(first, Label(category="economy"))
    client = TestClient(create_app(tmp_path / "s.db", models))
    page = client.get(f"/articles/{guide.article.id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Not news (log-odds +" in page and "headline promises a guide (+" in page
    assert "Not news (the model's call: see why below), so in no story." in page  # said under the headline
    corrected = client.get(f"/articles/{first}").text
    assert "set by you" in corrected and "News (log-odds −" in corrected and "sports" in corrected
    api = client.get(f"/api/articles/{first}").json()
    assert api["label_source"] == "user" and api["analysis"]["category"] == "economy"
    export = full_export(engine.store)
    jsonschema.validate(export, SCHEMA)
    by_id = {a["id"]: a for a in export["articles"]}
    assert (by_id[first]["label_source"], by_id[first]["category"]) == ("user", "economy")
    assert by_id[first]["why"]["category_scores"]["sports"] > by_id[first]["why"]["category_scores"]["economy"]
    why = by_id[guide.article.id]["why"]
    assert (by_id[guide.article.id]["label_source"], why["news"]) == ("model", False)
    assert why["not_news_score"] > 0 and all(cue["share"] > 0 for cue in why["cues"])


def test_a_store_from_before_the_why_was_kept_weighs_it_when_asked(tmp_path: Path, models: NlpModels) -> None:
    engine = engine_on(tmp_path / "s.db", models)
    [first] = match_ids(engine, MATCH[:1])
    kept_article = engine.store.article(first)
    kept = explanation(kept_article.article, kept_article.analysis)
    with engine.store.transaction():  # the analysis as svodka wrote it before it kept its evidence
        engine.store.db.execute("UPDATE articles SET analysis = json_remove(analysis, '$.not_news_score',"
                                " '$.news_cues', '$.category_scores')")
    old = engine.store.article(first)
    assert old.analysis.not_news_score is None and explanation(old.article, old.analysis) == kept
    jsonschema.validate(full_export(engine.store), SCHEMA)
    shown = runner.invoke(app, ["label", first, "--db", str(tmp_path / "s.db")])
    assert shown.exit_code == 0 and "narrates in the past tense" in shown.output


def test_the_why_states_the_decision_made_at_the_threshold(models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    article = Article(id="a", origin="test", title="Банк снизил ставку", text="Банк снизил ставку по вкладам.")
    analysis = analyse(article, models)
    monkeypatch.setattr("svodka.categorise.not_news_score", lambda *_: (0.0004, {"past": 0.0004}))
    decided = with_category(article, analysis)
    assert explanation(article, decided).news is decided.news  # a score kept as 0.0 was decided as 0.0: news


@pytest.mark.parametrize("feature", sorted(load_news_model().weights | HAND_SET))
def test_every_weighed_feature_is_named_for_a_reader(feature: str) -> None:
    assert CUE_PHRASES.get(feature), f"the news filter weighs {feature!r}: name it in explain.CUE_PHRASES"


def test_label_takes_an_article_id_s_start_as_show_takes_a_story_s(tmp_path: Path, models: NlpModels) -> None:
    db = tmp_path / "s.db"
    engine = engine_on(db, models)
    first, _, _ = match_ids(engine, MATCH)
    twin = first[:8] + ("0" if first[8] != "0" else "1") + first[9:]  # a fictional article sharing its first 8
    text = "Жители посёлка Озёрный третий день ждут, когда починят мост через ручей."
    engine.store.add_article(RawDocument("twin.txt", b"twin", "text", text=text),
                             Article(twin, "twin.txt", text, title="Мост в Озёрном"), Analysis("ru"), {})
    engine.store.close()
    unique = runner.invoke(app, ["label", first[:9], "--db", str(db)])
    assert unique.exit_code == 0 and "category: sports (model)" in unique.output
    ambiguous = runner.invoke(app, ["label", first[:8], "--not-news", "--db", str(db)])
    assert ambiguous.exit_code == 2 and "ambiguous" in ambiguous.output
    assert first in ambiguous.output and twin in ambiguous.output
    short = runner.invoke(app, ["label", first[:5], "--db", str(db)])
    assert short.exit_code == 2 and "no such article" in short.output and "takes 6 characters" in short.output
    with Store(db) as store:
        assert store.article(first).label is None  # an ambiguous start corrects nothing
