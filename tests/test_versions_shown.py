"""An edited page's history reaches the reader: `svodka show` lists its earlier versions, the JSON export carries
them (`versions`, documented in the schema) on the edited article only, and the web page shows them escaped."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
from fastapi.testclient import TestClient
from rich.console import Console

from svodka.export import full_export, story_lines
from svodka.nlp import NlpModels
from svodka.report.terminal import print_story
from svodka.store import Store
from svodka.web.app import create_app

from tests.test_store_versions import EDITED, FIRST, record, run, write_jsonl

SCHEMA = json.loads(resources.files("svodka.schema").joinpath("export.schema.json").read_text())


def edited_store(tmp_path: Path, models: NlpModels) -> Store:
    store = Store(tmp_path / "s.db")
    run(store, models, write_jsonl(tmp_path / "one.jsonl", [
        record(FIRST, "2026-11-23T07:40:00+03:00"),
        record(FIRST, "2026-11-23T08:15:00+03:00",
               outlet="Областной курьер", url="https://kurier.example/most")]))
    run(store, models, write_jsonl(tmp_path / "two.jsonl", [
        record(EDITED, "2026-11-23T08:02:00+03:00") | {"title": "В Заречье закрыли мост <b>через</b> Сосну"}]))
    return store


def test_the_export_carries_an_edited_article_s_versions_and_no_other_article_has_any(tmp_path: Path,
                                                                                      models: NlpModels):
    store = edited_store(tmp_path, models)
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    edited = [a for a in export["articles"] if "versions" in a]
    assert len(export["articles"]) == 2 and len(edited) == 1
    [version] = edited[0]["versions"]
    assert (version["text"], version["title_changed"], version["published_changed"]) == (FIRST, True, True)
    assert 0 < version["text_changed_percent"] < 20 and "text changed by" in version["changes"]
    line_validator = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/story_line"})
    lines = list(story_lines(store))
    for line in lines:
        line_validator.validate(line)
    assert sum("versions" in a for line in lines for a in line["articles"]) == 1


def test_show_lists_the_earlier_version_under_its_report(tmp_path: Path, models: NlpModels):
    store = edited_store(tmp_path, models)
    [story] = store.stories()
    console = Console(width=200, record=True, color_system=None)
    print_story(console, store, story)
    printed = console.export_text()
    assert "versions: 2" in printed
    assert printed.count("earlier version") == 1 and "stored " in printed and "text changed by" in printed


def test_the_article_page_lists_the_earlier_version_with_its_text_escaped(tmp_path: Path, models: NlpModels):
    store = edited_store(tmp_path, models)
    [current] = store.articles_with_versions()
    page = TestClient(create_app(tmp_path / "s.db", models)).get(f"/articles/{current}").text
    assert "Earlier versions (1)" in page and FIRST.split(":")[0] in page
    assert "<b>через</b>" not in page and "&lt;b&gt;через&lt;/b&gt;" in page  # the edited title, escaped
