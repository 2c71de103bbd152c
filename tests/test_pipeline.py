"""The whole pipeline on the seeds, incrementally, and after being killed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from svodka.engine import NOTHING_LEFT, Engine
from svodka.store import Store

from conftest import stored_count


def test_the_seeds_make_one_story_of_two_outlets_quoting_putin(engine: Engine, store: Store, seeds: Path) -> None:
    report = engine.run([str(seeds)])
    assert report.added == 2 and not report.rejected
    [story] = store.stories()
    members = [store.article(a) for a in story.articles]
    assert len(members) == 2
    assert members[0].article.outlet != members[1].article.outlet
    speakers = {q.speaker for m in members for q in m.analysis.quotes}
    assert speakers == {"Владимир Путин"}
    assert all(m.analysis.quotes for m in members)


def test_a_file_with_nothing_left_after_cleaning_is_named_and_the_rest_stored(engine: Engine, tmp_path: Path) -> None:
    tmp_path = tmp_path / "inputs"
    tmp_path.mkdir()
    (tmp_path / "menu.html").write_text("<html><body><script>var menu = ['Главная'];</script>"
                                        + "<div>" * 300 + "</div>" * 300 + "</body></html>", encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text('{"text": "<div><script>x()</script></div>"}\n{"title": "Мост открыт", "text": "Мост через Тьмаку открыли после '
                                         'ремонта, сообщила мэрия Твери."}\n', encoding="utf-8")
    report = engine.run([str(tmp_path)])
    assert report.added == 1
    assert {(r.origin.removeprefix(str(tmp_path)), r.reason) for r in report.rejected} == {
        ("/menu.html", NOTHING_LEFT), ("/dump.jsonl:1", NOTHING_LEFT)}


def test_rerunning_adds_nothing_and_a_new_file_touches_only_its_story(engine: Engine, store: Store, seeds: Path, tmp_path: Path) -> None:
    engine.run([str(seeds)])
    again = engine.run([str(seeds)])
    assert (again.added, again.skipped, again.stories_updated) == (0, 2, [])
    [seed_story] = store.stories()
    other = tmp_path / "other.txt"
    other.write_text(
        "Футбольный клуб «Волга» выиграл кубок области\n\n"
        "САМАРА, 5 мар — Городской курьер. Футбольный клуб «Волга» обыграл «Звезду» со счётом 3:1 "
        "в финале кубка области. Главный тренер Пётр Исаев назвал победу заслуженной.",
        encoding="utf-8",
    )
    report = engine.run([str(other)])
    assert report.added == 1
    assert len(report.stories_updated) == 1 and seed_story.id not in report.stories_updated
    # Only the rank, an ordering over all stories, is re-derived; the story itself is untouched.
    unchanged = store.story(seed_story.id)
    unchanged.rank, unchanged.rank_components = seed_story.rank, seed_story.rank_components
    assert unchanged == seed_story


def test_a_killed_run_resumes_to_the_same_result(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"{i:02d}.txt").write_text(
            f"Событие номер {i} в городе Энске\n\nЭНСК, 3 мар — Вестник. Жители квартала {i} обсудили "
            f"ремонт дороги номер {i * 7}. Мэр Иван Сидоров пообещал закончить работы к маю.",
            encoding="utf-8",
        )
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "svodka.cli", "run", str(corpus), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and stored_count(db) < 10:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored_before = stored_count(db)
    assert 0 < stored_before < 40, "the run should have been killed midway"
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store(db)
    assert store.counts()["articles"] == 40
    assert store.pending_articles() == [] and store.dirty_stories() == []
    assert sum(len(s.articles) for s in store.stories()) == 40


def test_understanding_in_two_processes_stores_what_one_process_does(tmp_path: Path, models) -> None:
    from svodka.ingest import read_inputs
    from tests.conftest import CORPUS, CORPUS_ARTICLES, TODAY
    results = []
    for jobs in (1, 2):
        store = Store(tmp_path / f"jobs{jobs}.db")
        report = Engine(store, models, now=TODAY, jobs=jobs).process(
            [*read_inputs([str(CORPUS)]), *read_inputs([str(CORPUS / "ru_001.txt")])])  # one document twice
        stored = [(s.article.id, s.analysis, s.story) for s in store.articles()]
        results.append((report.added, report.skipped, stored))
    assert results[0] == results[1]
    assert results[0][0] == CORPUS_ARTICLES and results[0][1] == 1  # in order, each stored once


def test_an_article_that_fails_in_a_worker_is_named_and_the_rest_are_stored(tmp_path: Path, models, monkeypatch) -> None:
    from svodka import engine as engine_module
    from svodka.model import RawDocument
    original = engine_module.clean_document

    def clean(item: RawDocument, now):
        if "сломан" in item.text:
            raise ValueError("broken on purpose")
        return original(item, now)

    monkeypatch.setattr(engine_module, "clean_document", clean)  # forked workers inherit the patch
    documents = [RawDocument(origin=f"{i}.txt", raw=text.encode(), format="text", text=text, encoding="utf-8")
                 for i, text in enumerate(["Заметка один.\n\nМэр Энска открыл мост через реку.",
                                           "Этот текст сломан.", "Заметка три.\n\nВ Энске прошёл снегопад."])]
    store = Store(tmp_path / "workers.db")
    report = Engine(store, models, now=None, jobs=2).process(documents)
    assert report.added == 2 and [r.origin for r in report.rejected] == ["1.txt"]
    assert "broken on purpose" in report.rejected[0].reason


def test_a_run_with_no_new_article_loads_no_models_for_workers(tmp_path: Path) -> None:
    """Re-running `svodka run --jobs N` on what is stored costs what one process does: nothing to understand."""
    from svodka.nlp import NlpModels

    class Unloadable(NlpModels):
        def load_all(self) -> NlpModels:
            raise AssertionError("models loaded for no article")

    store = Store(tmp_path / "empty.db")
    report = Engine(store, Unloadable(), jobs=2).process([])
    assert (report.added, report.skipped, report.rejected) == (0, 0, [])


def test_a_worker_that_dies_loses_only_the_articles_in_flight(tmp_path: Path, models, monkeypatch) -> None:
    """An article that kills its process (a crash in a native library, the OOM killer) costs the few articles
    sent along with it, named and read again next run; the articles after them still go to new workers."""
    import os

    from svodka import engine as engine_module
    from svodka.model import RawDocument
    from svodka.workers import IN_FLIGHT_PER_WORKER
    original = engine_module.clean_document

    def clean(item: RawDocument, now):
        if "роковая" in item.text:
            os._exit(1)
        return original(item, now)

    monkeypatch.setattr(engine_module, "clean_document", clean)  # forked workers inherit the patch
    texts = [f"Заметка {i}.\n\nМэр Энска открыл мост номер {i} через реку." for i in range(30)]
    texts[3] = "Заметка роковая.\n\nЭтот текст убивает процесс."
    documents = [RawDocument(origin=f"{i}.txt", raw=text.encode(), format="text", text=text)
                 for i, text in enumerate(texts)]
    report = Engine(Store(tmp_path / "dead.db"), models, jobs=2).process(documents)
    rejected = [r.origin for r in report.rejected]
    assert "3.txt" in rejected and all("worker process died" in r.reason for r in report.rejected)
    assert len(rejected) <= 2 * IN_FLIGHT_PER_WORKER + 1 and report.added + len(rejected) == 30
    assert "29.txt" not in rejected
