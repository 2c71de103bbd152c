"""`svodka rebuild`: a store made by an older svodka, understood and grouped again from the bytes it kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
from itertools import islice
from pathlib import Path

from typer.testing import CliRunner

from svodka.cli import app
from svodka.engine import Engine
from svodka.ingest import read_stored
from svodka.model import IngestError, RawDocument, content_id
from svodka.nlp import NlpModels
from svodka.store import Label, Store, stored_originals
from tests.conftest import CORPUS, CORPUS_ARTICLES, TODAY

runner = CliRunner()


def corpus_store(path: Path, models: NlpModels) -> Store:
    store = Store(path)
    Engine(store, models, now=TODAY).run([str(CORPUS)])
    return store


def memberships(path: Path) -> dict[str, set[str]]:
    stories: dict[str, set[str]] = {}
    with sqlite3.connect(path) as db:
        for article_id, story_id in db.execute("SELECT article_id, story_id FROM memberships"):
            stories.setdefault(story_id, set()).add(article_id)
    return stories


def test_a_stale_store_rebuilt_is_what_a_fresh_run_on_the_files_builds(tmp_path: Path, models: NlpModels) -> None:
    corpus_store(tmp_path / "old.db", models).close()
    with sqlite3.connect(tmp_path / "old.db") as db:  # an older svodka: no entities found, all in one story
        db.execute("UPDATE articles SET analysis = json_set(analysis, '$.entities', json('[]'))")
        db.execute("UPDATE memberships SET story_id = (SELECT MIN(story_id) FROM memberships)")
    corpus_store(tmp_path / "fresh.db", models).close()

    rebuilt = Store(tmp_path / "new.db")
    report = Engine(rebuilt, models, now=TODAY).process(read_stored(stored_originals(tmp_path / "old.db")))

    assert (report.added, report.rejected) == (CORPUS_ARTICLES, [])
    assert memberships(tmp_path / "new.db") == memberships(tmp_path / "fresh.db")  # ids and stories, not the old one
    assert all(stored.analysis.entities for stored in rebuilt.articles() if stored.article.text)
    fresh_origins = sorted(stored.article.origin for stored in Store(tmp_path / "fresh.db").articles())
    assert sorted(stored.article.origin for stored in rebuilt.articles()) == fresh_origins


def test_a_dump_record_keeps_its_id_origin_and_encoding() -> None:
    line = json.dumps({"title": "Мост открыт", "text": "Мост через Тьмаку открыли после ремонта."}, ensure_ascii=False)
    [document] = read_stored([("dump.jsonl:2", line.encode("utf-8"), "cp1251")])
    assert isinstance(document, RawDocument)
    assert (document.id, document.origin, document.encoding) == (content_id(line.encode("utf-8")), "dump.jsonl:2", "cp1251")
    assert document.hints["title"] == "Мост открыт" and document.text.startswith("Мост через Тьмаку")


def test_bytes_that_no_longer_make_one_article_are_named() -> None:
    results = list(read_stored([("list.json", b'[{"text": "a"}, {"text": "b"}]', "utf-8"), ("bad.json", b'{"x": ', "utf-8")]))
    assert [type(r) for r in results] == [IngestError, IngestError]
    assert "2 articles" in results[0].reason and "corrupt JSON" in results[1].reason


def test_the_command_refuses_its_own_source_and_resumes(tmp_path: Path, models: NlpModels) -> None:
    corpus_store(tmp_path / "old.db", models).close()
    same = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "old.db")])
    assert same.exit_code == 2 and "is the source" in " ".join(same.output.split())
    missing = runner.invoke(app, ["rebuild", str(tmp_path / "none.db"), "--db", str(tmp_path / "new.db")])
    assert missing.exit_code == 2 and not (tmp_path / "new.db").exists()
    (tmp_path / "notes.txt").write_text("not a database", encoding="utf-8")
    foreign = runner.invoke(app, ["rebuild", str(tmp_path / "notes.txt"), "--db", str(tmp_path / "other.db")])
    assert foreign.exit_code == 2 and "is not svodka's database" in " ".join(foreign.output.split())
    assert not (tmp_path / "other.db").exists()
    again = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "fresh.db")])
    assert again.exit_code == 0 and f"{CORPUS_ARTICLES} read again" in " ".join(again.output.split())
    again = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "fresh.db")])
    assert again.exit_code == 0 and f"0 read again, {CORPUS_ARTICLES} already rebuilt" in " ".join(again.output.split())
    shutil.copy(tmp_path / "old.db", tmp_path / "copy.db")  # a copy would look rebuilt, its analyses kept
    copy = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "copy.db")])
    assert copy.exit_code == 2 and "not a rebuild of" in " ".join(copy.output.split())


def test_a_record_whose_key_is_named_like_a_dumps_list_is_read_as_that_record() -> None:
    record = {"headline": {"main": "Каток закрыт"}, "body_html": "<p>В Омске закрыли каток из-за оттепели.</p>",
              "data": ["тег"], "items": []}
    line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    [document] = read_stored([("dump.jsonl:1", line, "utf-8")], {"text": "body_html", "title": "headline.main"})
    assert isinstance(document, RawDocument)
    assert (document.id, document.hints["title"]) == (content_id(line), "Каток закрыт")
    assert "В Омске закрыли каток из-за оттепели." in document.text


def test_a_text_opening_with_a_brace_is_still_a_text() -> None:
    raw = "{Рубрика} Мост через Тьмаку открыли после ремонта.".encode()
    [document] = read_stored([("note.txt", raw, "utf-8")])
    assert isinstance(document, RawDocument) and document.format == "text" and document.text.startswith("{Рубрика}")


def test_a_hard_link_to_the_source_is_the_source(tmp_path: Path) -> None:
    Store(tmp_path / "old.db").close()
    (tmp_path / "linked.db").hardlink_to(tmp_path / "old.db")
    refused = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "linked.db")])
    assert refused.exit_code == 2 and "is the source" in " ".join(refused.output.split())


def test_a_story_the_readers_corrections_emptied_still_says_where_its_report_went_after_a_rebuild(
        tmp_path: Path, models: NlpModels) -> None:
    files = [str(CORPUS / name) for name in ("ru_003.txt", "ru_005.txt", "ru_020.txt")]
    with Store(tmp_path / "old.db") as old:
        engine = Engine(old, models, now=TODAY)
        engine.run(files)
        lone = next(s for s in old.stories() if len(s.articles) == 1)
        engine.correct(lone.articles[0], Label(news=False))
        assert old.dissolved(lone.id) == lone.articles

    rebuilt = runner.invoke(app, ["rebuild", str(tmp_path / "old.db"), "--db", str(tmp_path / "new.db")])

    assert rebuilt.exit_code == 0, rebuilt.output
    with Store(tmp_path / "new.db") as new:
        assert new.story(lone.id) is None and new.dissolved(lone.id) == lone.articles  # not a plain "no such story"
        assert new.counts()["stories"] == 1


def test_a_store_an_older_svodka_analysed_says_so_and_an_interrupted_rebuild_loses_nothing(
        tmp_path: Path, models: NlpModels) -> None:
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    with Store(old) as store:
        Engine(store, models, now=TODAY).run([str(CORPUS / "ru_003.txt"), str(CORPUS / "ru_020.txt")])
        store.db.execute("DROP INDEX articles_analysed_by")  # a store from before svodka kept who analysed
        store.db.execute("ALTER TABLE articles DROP COLUMN analysed_by")
    with sqlite3.connect(old) as db:
        analyses_before = dict(db.execute("SELECT id, analysis FROM articles"))

    added = runner.invoke(app, ["run", str(CORPUS / "ru_005.txt"), "--db", str(old), "-q"])
    again = runner.invoke(app, ["run", "--db", str(old), "-q"])

    assert added.exit_code == again.exit_code == 0, added.output + again.output
    said = " ".join(again.output.split())
    assert said.count("another version of svodka analysed 2 articles of 3") == 1
    assert f"svodka rebuild {old} --db NEW.db" in said
    with sqlite3.connect(old) as db:  # said, not done: the older analyses stay until asked for
        analyses_after = dict(db.execute("SELECT id, analysis FROM articles"))
    assert {i: analyses_after[i] for i in analyses_before} == analyses_before

    with Store(new) as partial:  # a rebuild killed after its first article
        partial.mark_rebuilt_from(str(old.resolve()))
        Engine(partial, models, now=TODAY).process(islice(read_stored(stored_originals(old)), 1))
    resumed = runner.invoke(app, ["rebuild", str(old), "--db", str(new), "-q"])
    assert resumed.exit_code == 0 and "2 read again, 1 already rebuilt" in " ".join(resumed.output.split())
    after = runner.invoke(app, ["run", "--db", str(new), "-q"])
    assert after.exit_code == 0 and "another version" not in after.output
    with Store(old) as source, Store(new) as rebuilt:  # every article there, analysed by this svodka, in a story
        assert (rebuilt.analysed_by_another(), rebuilt.counts()["ungrouped"]) == (0, 0)
        assert {s.article.id for s in rebuilt.articles() if s.story} == {s.article.id for s in source.articles()}
