"""The story list's entity filter reads a name as the entity view does: any script, form or title finds the same
stories (by the entity's key, not its display name), on the web and in `svodka stories --entity`; an entity whose key
holds a URL's reserved characters still has a page. Fictional reports only."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.cli import app
from svodka.model import Analysis, Article, Entity, Mention, RawDocument, Story
from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.web.app import create_app
from tests.test_entity_view import GOVERNOR, built  # noqa: F401 (the module's store of fictional reports)

runner = CliRunner()
BRIDGE_STORY_NAMES = ["Воронцов", "Воронцову", "Андрей Воронцов", "Vorontsov", "Andrei Vorontsov", "Governor Vorontsov"]


def story_ids(client: TestClient, words: str) -> set[str]:
    listed = client.get("/api/stories", params={"entity": words}).json()
    return {story["id"] for story in listed["stories"]}


def test_every_script_and_form_of_a_name_filters_the_same_stories(built: Path, models: NlpModels) -> None:
    client = TestClient(create_app(built, models))
    named = client.get(f"/api/entities/{GOVERNOR}").json()
    expected = {story["story_id"] for story in named["stories"]}  # the entity view's stories
    assert expected
    for words in BRIDGE_STORY_NAMES:
        assert story_ids(client, words) == expected, words
    assert story_ids(client, "Соколов") and story_ids(client, "Соколов").isdisjoint(expected)


def test_the_cli_filters_stories_by_an_entity_in_either_script(built: Path) -> None:
    listed = [json.loads(runner.invoke(app, ["stories", "--db", str(built), "--entity", words, "--json"]).stdout)
              for words in ("Vorontsov", "Воронцову")]
    assert listed[0]["total"] >= 1 and listed[0] == listed[1]
    table = runner.invoke(app, ["stories", "--db", str(built), "--entity", "Vorontsov"])
    assert table.exit_code == 0 and "мост" in table.stdout
    assert json.loads(runner.invoke(app, ["stories", "--db", str(built), "--entity", "Nobodyski", "--json"]).stdout)[
        "total"] == 0


@pytest.mark.parametrize("key", ["ORG:l/dnr", "ORG:a?b", "ORG:c#d", "ORG:50% e"])
def test_a_key_with_a_reserved_character_has_a_page(tmp_path: Path, models: NlpModels, key: str) -> None:
    name = "Лига " + key.split(":", 1)[1]
    text = f"{name} провела собрание в Заречье."
    with Store(tmp_path / "keys.db") as store:
        article = Article("f000000000000002", "k.txt", text, title="Собрание", outlet="Вестник")
        analysis = Analysis("ru", entities=[Entity(name, "ORG", [Mention(0, len(name), name)], key)])
        store.add_article(RawDocument("k.txt", text.encode(), "text", text), article, analysis, {})
        store.assign(article.id, "5a00000000000002", {}, [])
        store.save_story(Story("5a00000000000002", [article.id], title="Собрание", rank=1.0))
    client = TestClient(create_app(tmp_path / "keys.db", models))
    found = client.get("/entities", params={"q": key}, follow_redirects=False)
    assert found.status_code == 302, found.text
    page = client.get(found.headers["location"])
    assert page.status_code == 200 and name in page.text
    assert client.get(found.headers["location"].replace("/entities/", "/api/entities/")).json()["key"] == key


def test_a_frozen_store_of_the_previous_release_filters_by_names_and_never_500s(built: Path, tmp_path: Path,
                                                                                models: NlpModels) -> None:
    old = tmp_path / "old.db"
    shutil.copy(built, old)
    with sqlite3.connect(old) as db:  # as the previous svodka left it: no entity index
        db.execute("DROP TABLE article_entities")
        db.execute("DELETE FROM meta WHERE key = 'entities_indexed'")
    old.chmod(0o444)
    before = old.read_bytes()
    client = TestClient(create_app(old, models, read_only=True, frozen=True), raise_server_exceptions=False)
    assert story_ids(client, "Воронцов")  # by the names the story facets hold
    assert client.get(f"/entities/{GOVERNOR}").status_code == 404
    assert client.get("/api/entities", params={"q": "Воронцов"}).status_code == 404
    assert old.read_bytes() == before
