"""A page fetched again after an edit (the same URL, the same headline or the text mostly in place) is a newer
version of one article, not a second report of its outlet: the newest version (by publication time, else arrival)
takes the older's place in the store and its story, with the reader's corrections carried over, and the older is kept
as its history (Store.versions), counted in no story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from svodka.engine import Engine
from svodka.ingest import read_inputs, read_stored
from svodka.nlp import NlpModels
from svodka.store import Label, Store, stored_originals
from svodka.store.db import StoryFilter

from conftest import TODAY

URL = "https://zarechye-vesti.example/2026/11/23/most-cherez-sosnu"
FIRST = ("На реке Сосне в Заречье закрыли старый мост: инженеры нашли трещину в опоре. По словам главы района Игоря "
         "Лапина, объезд через Каменку займёт сорок минут, ремонт продлится до весны.")
EDITED = FIRST.replace("сорок минут", "около сорока минут")
OTHER = ("Старый мост через Сосну в Заречье закрыт из-за трещины в опоре, сообщил глава района Игорь Лапин. Объезд "
         "через Каменку займёт около сорока минут, ремонт продлится до весны.")


def record(text: str, published: str, outlet: str = "Заречье вести", url: str = URL) -> dict:
    return {"outlet": outlet, "published": published, "url": url, "title": "В Заречье закрыли мост через Сосну",
            "text": text}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def run(store: Store, models: NlpModels, path: Path):
    return Engine(store, models, now=TODAY).process(read_inputs([str(path)]))


def titles_and_outlets(store: Store) -> list[tuple[str, list[str | None]]]:
    return [(story.id, [store.article(a).article.outlet for a in story.articles]) for story in store.stories()]


def test_an_edited_refetch_replaces_its_older_version_in_the_store_and_the_story(tmp_path: Path, models: NlpModels):
    store = Store(tmp_path / "s.db")
    run(store, models, write_jsonl(tmp_path / "morning.jsonl", [
        record(FIRST, "2026-11-23T07:40:00+03:00"),
        record(OTHER, "2026-11-23T08:15:00+03:00", outlet="Областной курьер", url="https://kurier.example/most")]))
    [story] = store.stories()
    older = next(a for a in story.articles if store.article(a).article.outlet == "Заречье вести")
    store.set_label(older, Label(category="economy"))  # the reader's correction of the first version

    report = run(store, models, write_jsonl(tmp_path / "refetch.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00")]))

    [after] = store.stories()
    assert after.id == story.id  # the story keeps its id: no report left it
    assert sorted(titles_and_outlets(store)[0][1]) == ["Заречье вести", "Областной курьер"]  # one row per outlet
    newer = next(a for a in after.articles if store.article(a).article.outlet == "Заречье вести")
    assert "около сорока минут" in store.article(newer).article.text
    assert store.article(older) is None and store.counts()["articles"] == 2
    assert store.article(newer).label == Label(category="economy")
    assert (report.added, report.versions) == (1, {older: newer})
    [kept] = store.versions(newer)  # the replaced version is history, not gone
    assert (kept.article.id, kept.article.text, store.version_of(older)) == (older, FIRST, newer)
    assert store.articles_with_versions() == {newer}


def test_an_older_version_arriving_late_is_not_stored_and_a_rerun_changes_nothing(tmp_path: Path, models: NlpModels):
    store = Store(tmp_path / "s.db")
    both = write_jsonl(tmp_path / "feed.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00"),
                                                 record(FIRST, "2026-11-23T07:40:00+03:00")])
    report = run(store, models, both)
    [kept] = store.stories()[0].articles
    assert "около сорока минут" in store.article(kept).article.text
    assert (report.added, report.skipped, list(report.versions.values())) == (1, 1, [kept])
    [late] = store.versions(kept)  # not the article shown, but kept as its earlier version
    assert late.article.text == FIRST and store.version_of(late.article.id) == kept

    again = run(store, models, both)  # a resumed or repeated run: the same store
    assert (again.added, store.counts()["articles"], store.stories()[0].articles) == (0, 1, [kept])
    assert [v.article.id for v in store.versions(kept)] == [late.article.id]


def test_different_articles_at_one_address_are_all_kept(tmp_path: Path, models: NlpModels):
    """A homepage canonical or a feed whose items all link one page: the address is shared, the articles are not."""
    store = Store(tmp_path / "s.db")
    cup = ("Футбольный клуб «Сосна» выиграл кубок области, обыграв в финале команду из Каменки со счётом 2:1. "
           "Победный гол забил капитан команды на последней минуте.")
    school = ("В Каменке открыли новую школу на 600 мест, сообщила администрация района. Строительство заняло два "
              "года, первые ученики придут на занятия в январе.")
    items = [record(FIRST, "2026-11-23T07:00:00+03:00", url=home) | {"title": title}
             for home in ("https://zarechye-vesti.example/", URL)
             for title in ("В Заречье закрыли мост через Сосну",)]
    items += [record(cup, "2026-11-23T09:00:00+03:00", url=URL) | {"title": "«Сосна» выиграла кубок области"},
              record(school, "2026-11-23T11:00:00+03:00", url="https://zarechye-vesti.example/")
              | {"title": "В Каменке открыли школу"}]
    report = run(store, models, write_jsonl(tmp_path / "feed.jsonl", items))
    assert report.versions == {} and store.counts()["articles"] == 4


def test_an_undated_fetch_does_not_replace_a_dated_version(tmp_path: Path, models: NlpModels):
    store = Store(tmp_path / "s.db")
    page = "https://zarechye-vesti.example/news/most-cherez-sosnu"  # no day in the address either
    run(store, models, write_jsonl(tmp_path / "dated.jsonl", [record(FIRST, "2026-11-23T07:40:00+03:00", url=page)]))
    undated = record(EDITED, "", url=page) | {"published": None}
    report = run(store, models, write_jsonl(tmp_path / "undated.jsonl", [undated]))
    [kept] = [a for story in store.stories() for a in story.articles]
    assert report.added == 0 and "около сорока минут" not in store.article(kept).article.text


def test_an_undated_first_fetch_stays_first_in_the_history_its_dated_successors_follow(tmp_path: Path,
                                                                                         models: NlpModels):
    store = Store(tmp_path / "s.db")
    page = "https://zarechye-vesti.example/news/most-cherez-sosnu"
    run(store, models, write_jsonl(tmp_path / "undated.jsonl", [record(FIRST, "", url=page) | {"published": None}]))
    run(store, models, write_jsonl(tmp_path / "dated.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00", url=page)]))
    run(store, models, write_jsonl(tmp_path / "later.jsonl", [
        record(EDITED + " Автобусы пойдут в объезд.", "2026-11-23T09:30:00+03:00", url=page)]))
    [current] = store.stories()[0].articles
    assert [version.article.text for version in store.versions(current)] == [FIRST, EDITED]


def test_a_retitled_page_with_a_correction_appended_is_a_new_version_of_the_article(tmp_path: Path,
                                                                                      models: NlpModels):
    """The whole text kept, a line added: the ratio of a short text falls below VERSION_RATIO, the older is inside."""
    store = Store(tmp_path / "s.db")
    run(store, models, write_jsonl(tmp_path / "one.jsonl", [record(FIRST, "2026-11-23T07:40:00+03:00")]))
    corrected = FIRST + (" Исправлено 23 ноября в 10:15: в первой версии заметки ошибочно указано, что объезд займёт "
                         "двадцать минут.")
    run(store, models, write_jsonl(tmp_path / "two.jsonl", [
        record(corrected, "2026-11-23T10:15:00+03:00") | {"title": "Мост через Сосну закрыт: объезд займёт 40 минут"}]))
    [current] = store.stories()[0].articles
    assert store.article(current).article.text == corrected
    assert [version.article.text for version in store.versions(current)] == [FIRST]


RETITLED = "Мост через Сосну в Заречье закрыт до весны"
REWRITTEN = EDITED + " Автобусы пойдут в объезд."  # the text mostly in place: a version, though retitled


def test_each_earlier_version_keeps_its_title_text_and_times_and_says_what_the_next_changed(tmp_path: Path,
                                                                                         models: NlpModels):
    store = Store(tmp_path / "s.db")
    run(store, models, write_jsonl(tmp_path / "one.jsonl", [record(FIRST, "2026-11-23T07:40:00+03:00")]))
    run(store, models, write_jsonl(tmp_path / "two.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00")]))
    run(store, models, write_jsonl(tmp_path / "three.jsonl", [
        record(REWRITTEN, "2026-11-23T08:02:00+03:00") | {"title": RETITLED}]))

    [current] = store.stories()[0].articles
    first, second = store.versions(current)
    assert [first.article.text, second.article.text, store.article(current).article.text] == [FIRST, EDITED, REWRITTEN]
    assert first.article.published.hour == 7 and second.article.title == "В Заречье закрыли мост через Сосну"
    assert first.stored_at <= second.stored_at and first.stored_at.tzinfo is not None
    assert (first.title_changed, first.published_changed, second.title_changed, second.published_changed) == (
        False, True, True, False)
    assert 0 < first.text_changed < second.text_changed < 50  # a phrase edited, then a sentence added
    assert first.changes() == f"text changed by {first.text_changed}%, publication time changed"
    assert second.changes().startswith("title changed, text changed by")
    # history only: one article, one search row, one report in its story
    assert store.counts()["articles"] == 1
    assert store.db.execute("SELECT COUNT(*) FROM article_search").fetchone()[0] == 1
    assert store.story_list(StoryFilter())[0][0].reports == 1


def test_a_store_of_the_previous_schema_opens_upgraded_and_keeps_the_next_version(tmp_path: Path, models: NlpModels):
    path = tmp_path / "old.db"
    with Store(path) as store:
        run(store, models, write_jsonl(tmp_path / "one.jsonl", [record(FIRST, "2026-11-23T07:40:00+03:00")]))
        store.db.execute("DROP TABLE article_versions")  # as session 13's svodka wrote it
        store.db.execute("ALTER TABLE articles DROP COLUMN outlet_assigned")
        [older] = store.stories()[0].articles

    with Store(path) as upgraded:
        report = run(upgraded, models, write_jsonl(tmp_path / "two.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00")]))
        [kept] = upgraded.versions(report.versions[older])
        assert kept.article.id == older and kept.article.text == FIRST
        assert upgraded.counts()["articles"] == 1 and upgraded.outlets_assigned() == set()


def test_a_rebuild_reads_the_history_again_and_a_removal_takes_it_with_the_article(tmp_path: Path,
                                                                                  models: NlpModels):
    old = Store(tmp_path / "old.db")
    run(old, models, write_jsonl(tmp_path / "both.jsonl", [record(FIRST, "2026-11-23T07:40:00+03:00"),
                                                           record(EDITED, "2026-11-23T08:02:00+03:00")]))
    [current] = old.stories()[0].articles
    new = Store(tmp_path / "new.db")
    Engine(new, models, now=TODAY).process(read_stored(stored_originals(tmp_path / "old.db")))
    assert new.stories()[0].articles == [current]
    assert [v.article.text for v in new.versions(current)] == [v.article.text for v in old.versions(current)] == [FIRST]

    Engine(old, models, now=TODAY).remove([current])
    assert old.versions(current) == [] and old.db.execute("SELECT COUNT(*) FROM article_versions").fetchone()[0] == 0


def test_a_run_killed_while_replacing_a_version_loses_neither(tmp_path: Path, models: NlpModels,
                                                            monkeypatch: pytest.MonkeyPatch):
    store = Store(tmp_path / "s.db")
    run(store, models, write_jsonl(tmp_path / "one.jsonl", [record(FIRST, "2026-11-23T07:40:00+03:00")]))
    [older] = store.stories()[0].articles
    replace_version = Store._replace_version

    def killed(self: Store, old: str, new: str) -> None:
        replace_version(self, old, new)
        raise KeyboardInterrupt  # the run stopped inside add_article's transaction

    edited = write_jsonl(tmp_path / "two.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00")])
    monkeypatch.setattr(Store, "_replace_version", killed)
    with pytest.raises(KeyboardInterrupt):
        run(store, models, edited)
    assert store.stories()[0].articles == [older] and store.versions(older) == []  # as before the run: all or nothing

    monkeypatch.undo()
    report = run(store, models, edited)  # the run again
    [newer] = store.stories()[0].articles
    assert report.versions == {older: newer} and [v.article.id for v in store.versions(newer)] == [older]
