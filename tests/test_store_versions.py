"""A page fetched again after an edit (the same URL, the same headline or the text mostly in place) is a newer
version of one article, not a second report of its outlet: the newest version (by publication time, else arrival) takes the older's place in the store and its story,
with the reader's corrections carried over."""

from __future__ import annotations

import json
from pathlib import Path

from svodka.engine import Engine
from svodka.ingest import read_inputs
from svodka.nlp import NlpModels
from svodka.store import Label, Store

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


def test_an_older_version_arriving_late_is_not_stored_and_a_rerun_changes_nothing(tmp_path: Path, models: NlpModels):
    store = Store(tmp_path / "s.db")
    both = write_jsonl(tmp_path / "feed.jsonl", [record(EDITED, "2026-11-23T08:02:00+03:00"),
                                                 record(FIRST, "2026-11-23T07:40:00+03:00")])
    report = run(store, models, both)
    [kept] = store.stories()[0].articles
    assert "около сорока минут" in store.article(kept).article.text
    assert (report.added, report.skipped, list(report.versions.values())) == (1, 1, [kept])

    again = run(store, models, both)  # a resumed or repeated run: the same store
    assert (again.added, store.counts()["articles"], store.stories()[0].articles) == (0, 1, [kept])


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
