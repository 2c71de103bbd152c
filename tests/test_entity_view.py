"""The entity view: everything the store knows about one person, organisation or place, found by any form of its
name (`svodka entity`, /entities/KEY, /api/entities). Fictional reports only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.cli import app
from svodka.engine import Engine
from svodka.model import Analysis, Article, Entity, Mention, Quote, RawDocument, Story
from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.store.entities import chosen, entities_matching, entity_profile
from svodka.web.app import create_app
from tests.conftest import TODAY
from tests.test_web_api_schema import documented, errors_of

runner = CliRunner()
GOVERNOR = "PER:vorontsov"
BRIDGE_RU = ("Губернатор Заречной области Андрей Воронцов открыл новый мост через реку Вязьму в Заречье. «Этот мост"
             " простоит сто лет и выдержит любой паводок», — сказал Воронцов журналистам. Губернатор поблагодарил"
             " строителей, которые закончили работы на два месяца раньше срока.")
BRIDGE_RU_2 = ("В Заречье открыли мост через Вязьму. Церемонию провёл губернатор Андрей Воронцов. «Этот мост простоит"
               " сто лет и выдержит любое половодье», — заявил Воронцов. Строители закончили работы на два месяца"
               " раньше срока, движение по мосту откроют в понедельник.")
BRIDGE_EN = ("Governor Andrei Vorontsov opened a new bridge over the Vyazma river in Zarechye on Friday. \"This bridge"
             " will stand for a hundred years,\" Vorontsov told reporters. The builders finished two months early.")
TENDER = ("Компания «Воронцов и партнёры» выиграла тендер на ремонт школы в Заречье. Директор компании Ирина Белова"
          " пообещала закончить работы к осени, сообщили в администрации района.")
MAYOR = ("Мэр Заречья Андрей Соколов провёл приём граждан в городской библиотеке. «Мы отремонтируем все дворы за два"
         " года», — пообещал Соколов жителям. На приём пришли около сорока человек.")
REPORTS = [("Вестник Заречья", "Губернатор Воронцов открыл мост через Вязьму", BRIDGE_RU, "2026-11-20T10:00:00+03:00"),
           ("Заречная правда", "Воронцов открыл мост в Заречье", BRIDGE_RU_2, "2026-11-20T11:30:00+03:00"),
           ("Riverside Wire", "Governor Vorontsov opens Vyazma bridge", BRIDGE_EN, "2026-11-20T12:00:00+03:00"),
           ("Вестник Заречья", "«Воронцов и партнёры» отремонтирует школу", TENDER, "2026-11-22T09:00:00+03:00"),
           ("Заречная правда", "Мэр Соколов провёл приём граждан", MAYOR, "2026-11-23T09:00:00+03:00")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Path:
    """A store of REPORTS, run once for the module; a test that writes takes a copy (`copied`)."""
    folder = tmp_path_factory.mktemp("entities")
    source = folder / "reports.jsonl"
    source.write_text("".join(json.dumps({"outlet": outlet, "title": title, "text": text, "published": published,
                                          "url": f"https://example.org/{n}"}, ensure_ascii=False) + "\n"
                              for n, (outlet, title, text, published) in enumerate(REPORTS)), encoding="utf-8")
    db = folder / "entities.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(source)])
    return db


@pytest.fixture
def copied(built: Path, tmp_path: Path) -> Store:
    shutil.copy(built, tmp_path / "copy.db")
    return Store(tmp_path / "copy.db")


@pytest.fixture
def store(built: Path) -> Store:
    return Store(built)


def rows(store: Store) -> list[tuple]:
    return [tuple(row) for row in store.db.execute("SELECT * FROM article_entities ORDER BY article_id, key, name")]


@pytest.mark.parametrize("words", ["Воронцову", "Андрея Воронцова", "Vorontsov", "губернатор Воронцов",
                                   "Governor Vorontsov", GOVERNOR])
def test_inflected_english_and_titled_forms_resolve_to_one_person(store: Store, words: str) -> None:
    found = chosen(entities_matching(store.db, words))
    assert found is not None and found.key == GOVERNOR, entities_matching(store.db, words)
    assert {"Андрей Воронцов", "Andrei Vorontsov"} <= set(found.forms)


def test_a_namesake_of_another_type_and_another_person_stay_apart(store: Store) -> None:
    matches = entities_matching(store.db, "Воронцов")
    assert [m.key for m in matches if m.whole] == [GOVERNOR]  # the company is named only in part
    assert any(m.type == "ORG" and "Воронцов и партнёры" in m.forms for m in matches)
    profile = entity_profile(store.db, GOVERNOR)
    assert all("школ" not in story.title for story in profile.stories)
    assert chosen(entities_matching(store.db, "Андрей Соколов")).key == "PER:sokolov"
    assert chosen(entities_matching(store.db, "Андрей")) is None  # two people: the reader picks by key
    assert chosen(entities_matching(store.db, "Пётр Воронцов")) is None  # no Пётр: no one


def test_the_profile_lists_stories_newest_first_and_quotes_with_their_story(store: Store) -> None:
    profile = entity_profile(store.db, GOVERNOR)
    assert profile.type == "PER" and profile.articles == 3
    assert profile.name in ("Андрей Воронцов", "Andrei Vorontsov") and profile.forms
    lasts = [story.last for story in profile.stories]
    assert lasts == sorted(lasts, reverse=True)
    assert sum(story.naming for story in profile.stories) + profile.outside_stories == 3
    stories = {story.story_id: story for story in profile.stories}
    texts = {quote.text for quote in profile.quotes}
    assert any("простоит сто лет" in text for text in texts), texts
    variants = [(v.article, v.text) for quote in profile.quotes for v in quote.variants]
    assert variants and not {(q.article, q.text) for q in profile.quotes} & set(variants)  # each wording once
    for quote in profile.quotes:
        assert quote.story_id in stories and quote.story_title == stories[quote.story_id].title
        assert quote.outlet in {outlet for outlet, *_ in REPORTS}
    mayor = entity_profile(store.db, "PER:sokolov")
    assert [quote.text for quote in mayor.quotes] == ["Мы отремонтируем все дворы за два года"]
    assert entity_profile(store.db, "PER:nobody") is None


def test_a_store_written_before_the_index_is_caught_up_once(copied: Store) -> None:
    before = rows(copied)
    assert before
    copied.db.execute("DROP TABLE article_entities")
    copied.db.execute("DELETE FROM meta WHERE key = 'entities_indexed'")
    path = copied.path
    copied.close()
    with Store(path) as old:  # the table is back, empty, until the store is caught up
        assert rows(old) == []
        old.catch_up_indexes()
        assert rows(old) == before
        assert not old._indexes_missing()


def test_removal_and_reanalysis_keep_the_index_consistent(copied: Store) -> None:
    article_id = copied.db.execute("SELECT article_id FROM article_entities WHERE key = 'PER:sokolov'").fetchone()[0]
    stored = copied.article(article_id)
    copied.update_article(stored.article, Analysis("ru", entities=[Entity("Анна Белова", "PER", [Mention(0, 5, "Белова")],
                                                                          "PER:belova")]))
    assert [tuple(row) for row in copied.db.execute("SELECT key, quoted FROM article_entities WHERE article_id = ?",
                                                    (article_id,))] == [("PER:belova", 0)]
    assert copied.remove_article(article_id)
    assert copied.db.execute("SELECT COUNT(*) FROM article_entities WHERE article_id = ?", (article_id,)).fetchone()[0] == 0


def test_the_cli_prints_the_entity_and_lists_namesakes_to_pick_from(built: Path) -> None:
    done = runner.invoke(app, ["entity", "Воронцову", "--db", str(built)])
    assert done.exit_code == 0, done.stderr
    assert GOVERNOR in done.stdout and "простоит сто лет" in done.stdout and "Вестник Заречья" in done.stdout
    several = runner.invoke(app, ["entity", "Андрей", "--db", str(built)])
    assert several.exit_code == 2 and "PER:sokolov" in several.stderr and GOVERNOR in several.stderr
    as_json = json.loads(runner.invoke(app, ["entity", "Vorontsov", "--db", str(built), "--json"]).stdout)
    assert as_json["key"] == GOVERNOR and as_json["stories"] and as_json["quotes"]
    late = json.loads(runner.invoke(app, ["entity", GOVERNOR, "--db", str(built), "--json", "--since", "2026-11-25"]).stdout)
    assert late["stories"] == [] and late["quotes"] == []


def test_the_api_gives_the_profile_and_the_lookup(built: Path, models: NlpModels) -> None:
    client = TestClient(create_app(built, models))
    profile = client.get(f"/api/entities/{GOVERNOR}").json()
    assert set(profile) == {"key", "name", "type", "forms", "articles", "mentions", "stories", "quotes",
                            "outside_stories"}
    assert set(profile["stories"][0]) == {"story_id", "title", "first", "last", "reports", "naming", "outlets"}
    assert set(profile["quotes"][0]) == {"story_id", "story_title", "article", "outlet", "published", "text", "kind",
                                         "variants"}
    lookup = client.get("/api/entities", params={"q": "Воронцов"}).json()
    assert lookup["chosen"] == GOVERNOR and len(lookup["matches"]) >= 2
    openapi = client.get("/openapi.json").json()
    for path, answer in (("/api/entities/{key}", profile), ("/api/entities", lookup)):
        assert errors_of(documented(openapi, path), answer) == [], path  # as /openapi.json describes it
    assert errors_of(documented(openapi, "/api/entities/{key}"), profile | {"invented": 1})
    assert client.get("/api/entities/PER:nobody").status_code == 404
    page = client.get("/entities", params={"q": "губернатор Воронцов"}, follow_redirects=False)
    assert page.status_code == 302 and page.headers["location"] == f"/entities/{GOVERNOR}"
    page = lxml.html.fromstring(client.get(f"/entities/{GOVERNOR}").text)
    [heading] = page.cssselect("h1")
    assert heading.get("lang") == ("ru" if heading.text_content() == "Андрей Воронцов" else "en")
    assert [h.get("lang") for h in page.cssselect("h2")] == [None, None]  # Stories, Quotes: headings to jump by
    story = lxml.html.fromstring(client.get(f"/stories/{profile['stories'][0]['story_id']}").text)
    about = {a.get("aria-label"): a.get("href") for a in story.cssselect("ul.chips a[aria-label]")}
    assert about["Everything about Андрей Воронцов"].endswith("&type=PER")
    for href in about.values():  # every entity of the story leads to its page
        assert client.get(href, follow_redirects=False).status_code == 302, href
    assert client.get(about["Everything about Андрей Воронцов"], follow_redirects=False).headers["location"] == \
        f"/entities/{GOVERNOR}"
    filtered = lxml.html.fromstring(client.get("/", params={"entity": "Воронцов"}).text)
    assert "/entities?q=%D0%92%D0%BE%D1%80%D0%BE%D0%BD%D1%86%D0%BE%D0%B2" in [a.get("href") for a in filtered.cssselect("main a")]
    several = lxml.html.fromstring(client.get("/entities", params={"q": "Андрей"}).text)
    assert {a.get("href") for a in several.cssselect("main li a")} == {f"/entities/{GOVERNOR}", "/entities/PER:sokolov"}


def test_the_page_escapes_a_hostile_name_and_quote(tmp_path: Path, models: NlpModels) -> None:
    hostile = '<img src=x onerror="alert(1)">Воронцов'
    said = "</blockquote><script>alert(2)</script>"
    with Store(tmp_path / "hostile.db") as store:
        text = f"{hostile} сказал: «{said}»."
        article = Article("f000000000000001", "h.txt", text, title="<b>Заголовок</b>", outlet="<i>Газета</i>")
        analysis = Analysis("ru", entities=[Entity(hostile, "PER", [Mention(0, len(hostile), hostile)], "PER:vorontsov")],
                            quotes=[Quote(said, hostile, "direct", 0, len(text))])
        store.add_article(RawDocument("h.txt", text.encode(), "text", text), article, analysis, {})
        store.assign(article.id, "5a00000000000001", {}, [])
        store.save_story(Story("5a00000000000001", [article.id], title="<b>Заголовок</b>", rank=1.0))
    client = TestClient(create_app(tmp_path / "hostile.db", models))
    page = client.get(f"/entities/{GOVERNOR}")
    assert page.status_code == 200
    assert "<img" not in page.text and "<script>" not in page.text and "<b>" not in page.text
    document = lxml.html.fromstring(page.text)
    assert document.cssselect("h1")[0].text_content() == hostile
    assert [q.text_content() for q in document.cssselect("blockquote")] == [f"«{said}»"]
    assert "<b>Заголовок</b>" in [a.text_content() for a in document.cssselect("main a")]
