"""The web app over the sample corpus: pages, filters, search, the JSON API and hostile input."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path
from urllib.parse import urlencode

import lxml.html
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.cli import app as cli_app
from svodka.engine import Engine
from svodka.export import full_export
from svodka.model import Difference, to_dict
from svodka.nlp import NlpModels
from svodka.rank import outlet_count
from svodka.report.nearest import grouping_index, nearest_outside
from svodka.report.views import TRANSLATED_LABEL, difference_views
import svodka.store.search as search
from svodka.categorise.explain import Explanation
from svodka.store import Label, Store
from svodka.store.db import FILTER_ENTITIES
from svodka.web import app as web_app
from svodka.web.app import create_app
from tests.conftest import CORPUS, TODAY

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "src/svodka/schema/export.schema.json").read_text())

# An article whose title, outlet and body try every way to run a script.
HOSTILE = {
    "title": "Взлом <script>window.__pwned = 1; document.title = 'pwned'</script> <img src=x onerror=\"window.__pwned = 2\">",
    "outlet": "Злой вестник <b onmouseover=\"window.__pwned = 6\">",
    "published": "2026-03-10T10:00:00",
    "text": "Хакеры пытались внедрить код на сайт союзника. <img src=x onerror=\"window.__pwned = 3\"> "
            "Подробности по ссылке <a href=\"javascript:window.__pwned = 4\">здесь</a>. "
            "<script>window.__pwned = 5</script> Специалисты сообщили, что атака союзником была отражена. "
            "Сотрудники городской администрации проверили все сайты ведомств и не нашли других следов вторжения. "
            "Жителей попросили не переходить по подозрительным ссылкам из писем и сообщений в мессенджерах.",
}


def build_corpus_db(folder: Path, models: NlpModels) -> Path:
    """The sample corpus plus one hostile article, in a store file under folder."""
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "web.db"
    store = Store(db)
    Engine(store, models, now=TODAY).run([str(CORPUS), str(hostile)])  # the folder: its .svodkaignore is obeyed
    store.close()
    return db


# Two fictional reports of one input: one dated in full (2019), one whose header prints "11 ноября" with no year
# (and markup in its headline). Against the clock (TODAY, 2026) the year would be 2026; the input's era says 2019.
DATED_IN_FULL = ("В Казани открыли новый мост через Казанку\nВолжский вестник\n17 ноября 2019 года, 12:40\n\n"
                 "КАЗАНЬ. Новый автомобильный мост через реку Казанку открыли в воскресенье, сообщил мэр города "
                 "Ильсур Метшин. Длина моста — 820 метров, на нём по три полосы в каждую сторону.\n")
YEAR_LESS_TITLE = "В Перми <b>закрыли</b> на ремонт Коммунальный мост"
YEAR_LESS = (f"{YEAR_LESS_TITLE}\nПермский обозреватель\n11 ноября 10:30\n\n"
             "ПЕРМЬ. Движение по Коммунальному мосту через Каму ограничат на два месяца из-за ремонта, сообщили "
             "в мэрии Перми. Рабочие заменят деформационные швы и покрытие на участке длиной 300 метров. "
             "Ремонт начнётся 15 ноября, а движение полностью откроют 20 января 2020 года.\n")
# YEAR_LESS's timeline: 15 November counts from the guessed year, 20 January 2020 prints its own
YEAR_LESS_TIMELINE = {"2019-11-15": True, "2020-01-20": False}


def year_less_db(folder: Path, models: NlpModels) -> tuple[Path, str, str]:
    """A store of DATED_IN_FULL and YEAR_LESS; returns it with the year-less and the dated report's story ids."""
    (folder / "in").mkdir()
    (folder / "in" / "dated.txt").write_text(DATED_IN_FULL, encoding="utf-8")
    (folder / "in" / "yearless.txt").write_text(YEAR_LESS, encoding="utf-8")
    db = folder / "yearless.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(folder / "in")])
        story_of = {stored.article.published_year_guessed: stored.story for stored in store.articles()}
    return db, story_of[True], story_of[False]


def unbuilt_story_db(folder: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A store whose one article is grouped but its story never built (a run killed before comparing)."""
    monkeypatch.setattr(Engine, "build_stories", lambda engine: [])
    db = folder / "killed.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(CORPUS / "ru_001.txt")])
        stored = next(store.articles())
        assert stored.story and store.story(stored.story) is None
    return db, stored.article.id


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Path:
    return build_corpus_db(tmp_path_factory.mktemp("web"), models)


@pytest.fixture(scope="module")
def client(corpus_db: Path, models: NlpModels) -> TestClient:
    return TestClient(create_app(corpus_db, models))


@pytest.fixture(scope="module")
def store(corpus_db: Path) -> Store:
    return Store(corpus_db)


def quote_variant_story(store: Store) -> str:
    """A story whose first quote variant on the page is a word diff, not a quote given in translation."""
    for story in store.stories():
        shown = [v for v in difference_views(story.differences, dict.fromkeys(story.articles, 1))
                 if v.kind == "quote_variant"]
        if shown and shown[0].label != TRANSLATED_LABEL:
            return story.id
    raise AssertionError("no story of the corpus has a reworded quote")


def hostile_article(store: Store) -> str:
    return next(stored.article.id for stored in store.articles() if stored.article.title.startswith("Взлом"))


def html(response) -> lxml.html.HtmlElement:
    assert response.status_code == 200, response.text
    return lxml.html.fromstring(response.text)


def test_story_list_is_ranked_and_shows_outlets_times_languages_and_entities(client: TestClient, store: Store) -> None:
    page = html(client.get("/"))
    titles = [a.text_content() for a in page.cssselect("ul.stories a.title")]
    answer = client.get("/api/stories").json()
    listed = answer["stories"]
    assert titles == [s["title"] for s in listed] and answer["total"] == len(store.stories())
    assert len(titles) == min(answer["page_size"], answer["total"])  # the first page, full when there is more
    order = [(s["rank"], s["reports"]) for s in listed]
    assert order == sorted(order, reverse=True)  # ranked, then most reported first
    first = page.cssselect("ul.stories > li")[0]
    assert "outlets" in first.text_content() and "2026-03" in first.text_content()
    assert first.cssselect(".chips a")[0].get("href").startswith("/?entity=")


def test_story_list_filters_by_language_outlet_entity_and_dates(client: TestClient, store: Store) -> None:
    english = client.get("/api/stories", params={"language": "en"}).json()
    assert english["total"] >= 1 and all("en" in s["languages"] for s in english["stories"])
    outlet = store.article(store.stories()[0].articles[0]).article.outlet
    by_outlet = client.get("/api/stories", params={"outlet": outlet}).json()["stories"]
    assert store.stories()[0].id in [s["story_id"] for s in by_outlet]
    everything = client.get("/api/stories").json()["total"]
    assert len(by_outlet) < everything
    entity = store.stories()[0].entities[0].name
    by_entity = client.get("/api/stories", params={"entity": entity.upper()}).json()["stories"]
    assert store.stories()[0].id in [s["story_id"] for s in by_entity] and len(by_entity) < everything
    nothing = client.get("/api/stories", params={"since": "2030-01-01"}).json()
    assert nothing["total"] == 0
    one_day = client.get("/api/stories", params={"since": "2026-03-10", "until": "2026-03-10"}).json()["stories"]
    assert one_day and all(s["first"][:10] <= "2026-03-10" <= s["last"][:10] for s in one_day)


def test_story_list_pages_cover_every_story_once(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(web_app, "PAGE_SIZE", 5)
    first = client.get("/api/stories").json()
    seen = [s["story_id"] for number in range(1, first["pages"] + 1)
            for s in client.get("/api/stories", params={"page": number}).json()["stories"]]
    assert first["pages"] > 1 and len(seen) == len(set(seen)) == first["total"]
    page = html(client.get("/", params={"page": 2, "language": "ru"}))
    assert "language=ru" in page.cssselect("a[rel=prev]")[0].get("href")


def test_story_page_shows_cited_summary_quote_diff_and_marked_columns(client: TestClient, store: Store) -> None:
    story = store.story(quote_variant_story(store))
    page = html(client.get(f"/stories/{story.id}"))
    assert page.cssselect("h1")[0].text_content() == story.title
    citation = page.cssselect(".cite")[0]
    target = citation.cssselect("a")[0].get("href").lstrip("#")
    assert page.get_element_by_id(target) is not None  # a click lands on the cited sentence
    assert citation.cssselect(".pop")[0].text_content().strip()
    variant = page.cssselect("li.kind-quote_variant")[0]
    assert variant.cssselect("del") or variant.cssselect("ins")
    assert "[-" not in variant.text_content() and "{+" not in variant.text_content()
    columns = page.cssselect(".columns > article")
    assert len(columns) == len(story.articles) >= 2
    unique = page.cssselect(".sent.st-unique")
    assert unique and unique[0].cssselect(".mark")[0].text_content() == "+"  # colour and a symbol
    assert page.cssselect(".sent.st-shared .mark")[0].text_content() == "="
    assert page.cssselect(".sent.st-conflict .mark")[0].text_content() == "≠"
    matrix_rows = page.cssselect("table.matrix tbody tr")
    assert len(matrix_rows) == len(story.differences)
    assert page.cssselect("ul.timeline li") or not story.timeline


def test_article_page_shows_metadata_what_was_removed_and_the_original(client: TestClient, store: Store) -> None:
    stored = next(s for s in store.articles() if s.article.format == "html" and s.article.removed)
    page = html(client.get(f"/articles/{stored.article.id}"))
    text = page.text_content()
    assert stored.article.title in text and (stored.article.outlet or "") in text
    assert stored.article.removed[0].reason in text
    assert f"/stories/{stored.story}" in [href for _, _, href, _ in page.iterlinks()]  # its built story
    raw = client.get(f"/articles/{stored.article.id}/raw")
    assert raw.headers["content-type"].startswith("text/plain")
    assert raw.text == store.raw(stored.article.id).decode(stored.encoding)


def test_search_finds_inflected_russian_and_english_forms_grouped_by_story(client: TestClient, store: Store) -> None:
    found = client.get("/api/search", params={"q": "союзник"}).json()
    hostile = hostile_article(store)
    assert hostile in [a["id"] for group in found["stories"] for a in group["articles"]]
    fire = client.get("/api/search", params={"q": "пострадавшими"}).json()["stories"]
    assert any("пострадавш" in a["sentence"].lower() for group in fire for a in group["articles"])
    stories = [group["story"] for group in fire]
    assert len(stories) == len(set(stories))  # one group per story
    ferry = client.get("/api/search", params={"q": "ferries"}).json()["stories"]
    assert any("ferry" in a["title"].lower() for group in ferry for a in group["articles"])
    page = html(client.get("/search", params={"q": "союзником"}))
    assert page.cssselect(".hit mark")
    assert client.get("/api/search", params={"q": "зюзякабра"}).json()["stories"] == []


def test_api_serves_the_stored_data_and_openapi(client: TestClient, store: Store) -> None:
    story = store.stories()[0]
    served = client.get(f"/api/stories/{story.id}").json()
    assert {key: served[key] for key in to_dict(story)} == json.loads(json.dumps(to_dict(story)))
    times = sorted(store.article(a).article.published.isoformat() for a in story.articles)  # the corpus is dated
    assert (served["first"], served["last"]) == (times[0], times[-1])
    assert served["first_year_guessed"] is served["last_year_guessed"] is False
    article = client.get(f"/api/articles/{story.articles[0]}").json()
    assert article["story"] == story.id and article["article"]["id"] == story.articles[0]
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/", "/stories/{story_id}", "/articles/{article_id}", "/search", "/api/stories",
                 "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/search"):
        assert path in paths
    assert "post" in paths["/api/articles"]


def test_routes_take_ids_never_paths(client: TestClient) -> None:
    for url in ("/stories/..%2F..%2Fetc%2Fpasswd", "/articles/ABCDEF0123456789", "/api/articles/short",
                "/articles/0123456789abcdef0/raw"):
        assert client.get(url).status_code in (404, 422)
    assert client.get("/stories/0123456789abcdef").status_code == 404
    assert client.get("/api/stories/0123456789abcdef").json()["detail"].startswith("no story")


@pytest.mark.parametrize(("url", "status"), [
    ("/stories/..%2F..%2Fetc%2Fpasswd", 404), ("/articles/ABCDEF0123456789", 404),
    ("/articles/0123456789abcdef0/raw", 404), ("/stories/0123456789abcdef", 404), ("/no-such-page", 404),
    ("/?page=0", 422), ("/?since=yesterday", 422),
])
def test_a_bad_address_of_a_page_renders_the_error_page(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert lxml.html.fromstring(response.text).cssselect("h1")[0].text_content().endswith(f"({status})")


def test_a_bad_address_in_the_api_stays_json(client: TestClient) -> None:
    malformed = client.get("/api/articles/short")
    assert malformed.status_code == 422 and malformed.json()["errors"][0]["loc"] == ["path", "article_id"]
    assert client.get("/api/stories?page=0").json()["errors"][0]["loc"] == ["query", "page"]
    assert client.get("/api/nowhere").json() == {"detail": "Not Found"}


def test_an_article_whose_story_is_not_built_links_no_story(models: NlpModels, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    db, article_id = unbuilt_story_db(tmp_path, models, monkeypatch)
    page = html(TestClient(create_app(db, models)).get(f"/articles/{article_id}"))
    assert not [href for _, _, href, _ in page.iterlinks() if href.startswith("/stories/")]
    assert "story is not built yet" in page.text_content()


def test_post_ingests_one_article_and_returns_its_story(corpus_db: Path, models: NlpModels, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    client = TestClient(create_app(db, models))
    school = (CORPUS / "ru_001.txt").read_text(encoding="utf-8")
    body = ("В Татарстане появятся сорок новых школ\n" + school.split("\n", 1)[1]).encode("utf-8")
    added = client.post("/api/articles", content=body)
    assert added.status_code == 201, added.text
    answer = added.json()
    assert added.headers["location"] == f"/api/articles/{answer['id']}"
    story = client.get(f"/api/stories/{answer['story']}").json()
    assert answer["id"] in story["articles"] and len(story["articles"]) >= 2
    assert client.post("/api/articles", content=body).status_code == 200  # already stored
    assert client.post("/api/articles", content=b"").status_code == 422
    too_big = client.post("/api/articles", content=b"x" * (web_app.MAX_POST_BYTES + 1))
    assert too_big.status_code == 413


def test_every_answer_about_an_article_names_its_story_by_id_as_the_export_does(
        corpus_db: Path, models: NlpModels, tmp_path: Path) -> None:
    """POST /api/articles, GET /api/articles/{id} and a correction's answer give `story` one shape: the export's
    article record's, the story's id (or null), never the story itself."""
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    client = TestClient(create_app(db, models))
    school = (CORPUS / "ru_001.txt").read_text(encoding="utf-8")
    body = ("В Татарстане откроют сорок новых школ\n" + school.split("\n", 1)[1]).encode("utf-8")
    posted = client.post("/api/articles", content=body).json()
    got = client.get(f"/api/articles/{posted['id']}").json()
    corrected = client.post(f"/api/articles/{posted['id']}/label", json={"category": "society"}).json()
    assert posted["story"] == got["story"] == corrected["story"]
    assert isinstance(posted["story"], str) and re.fullmatch(SCHEMA["$defs"]["id"]["pattern"], posted["story"])
    assert posted["grouped"] is True and posted["article"] == posted["id"]  # the deprecated alias of `id`, as before


def test_a_post_answered_busy_says_it_stored_the_article_and_a_retry_groups_it_once(
        corpus_db: Path, models: NlpModels, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another svodka holds the writer lock: the article is stored but not grouped, and the 503 says exactly that;
    sent again once the lock is free, it is grouped, not stored a second time."""
    db = tmp_path / "copy.db"
    shutil.copy(corpus_db, db)
    monkeypatch.setattr(web_app, "WRITE_WAIT_SECONDS", 0.1)
    client = TestClient(create_app(db, models))
    school = (CORPUS / "ru_001.txt").read_text(encoding="utf-8")
    body = ("В Татарстане построят сорок новых школ\n" + school.split("\n", 1)[1]).encode("utf-8")
    before = Store(db).counts()["articles"]
    with Store(db) as other, other.writing():  # a `svodka run` beside the server
        busy = client.post("/api/articles", content=body)
    answer = busy.json()
    assert busy.status_code == 503 and busy.headers["retry-after"]
    assert (answer["stored"], answer["grouped"], answer["story"]) == (True, False, None)
    assert "stored, not yet grouped" in answer["detail"] and "send it again (safe" in answer["detail"]
    with Store(db) as after:
        assert after.counts()["articles"] == before + 1 and after.article(answer["id"]).story is None
    retried = client.post("/api/articles", content=body)
    assert retried.status_code == 200, retried.text  # already stored: not added again
    assert (retried.json()["id"], retried.json()["grouped"]) == (answer["id"], True)
    assert answer["id"] in client.get(f"/api/stories/{retried.json()['story']}").json()["articles"]
    with Store(db) as after:
        assert after.counts()["articles"] == before + 1 and after.article(answer["id"]).story


def test_the_api_names_each_thing_as_the_export_does_and_keeps_the_old_names_as_deprecated_aliases(
        client: TestClient, store: Store) -> None:
    export = full_export(store)
    story, article = export["stories"][0], export["articles"][0]
    served = client.get(f"/api/stories/{story['id']}").json()
    assert {key: served[key] for key in story} == story  # every export field, the same name and value
    listed = next(s for s in client.get("/api/stories?page_size=100").json()["stories"] if s["id"] == story["id"])
    story_names = SCHEMA["$defs"]["story_fields"]["properties"] | SCHEMA["$defs"]["story"]["properties"]
    new_names = set(listed) - set(web_app.DEPRECATED_LISTING_NAMES)
    assert new_names - set(story_names) == {"reports", "languages", "key_entities"}  # the list's own
    assert all(listed[key] == story[key] for key in new_names & set(story_names))
    for old, new in web_app.DEPRECATED_LISTING_NAMES.items():
        assert listed[old] == listed[new]
    assert all(served[old] == served[new] for old, new in web_app.DEPRECATED_STORY_NAMES.items())
    got = client.get(f"/api/articles/{article['id']}").json()
    assert {key: got[key] for key in article if key != "story"} == {k: v for k, v in article.items() if k != "story"}
    found = client.get("/api/search?q=пожар").json()["stories"]
    assert found and all(group["story"] == group["id"] for group in found)
    for listed_article in (a for group in found for a in group["articles"]):
        exported = next(a for a in export["articles"] if a["id"] == listed_article["id"])
        assert all(listed_article[k] == exported[k] for k in listed_article if k in exported)
    judged = client.get("/api/not-news").json()["articles"]
    assert judged and all(a["why"] == a["news_reason"] and isinstance(a["news_reason"], str) for a in judged)


def test_hostile_markup_is_shown_as_text_on_every_page(client: TestClient, store: Store) -> None:
    article_id = hostile_article(store)
    story_id = store.article(article_id).story
    listing = "/?" + urlencode({"outlet": HOSTILE["outlet"]})  # its story on the list, whatever page it ranks on
    for url in (listing, f"/stories/{story_id}", f"/articles/{article_id}", "/search?q=взлом"):
        response = client.get(url)
        assert "<script" not in response.text.lower(), url
        assert "&lt;script&gt;" in response.text, url
        page = lxml.html.fromstring(response.text)
        assert not [e for e in page.iter() if isinstance(e.tag, str) and any(a.startswith("on") for a in e.attrib)], url
        assert not [a for a in page.cssselect("a") if a.get("href", "").strip().lower().startswith("javascript:")]
        assert "script-src" not in response.headers["content-security-policy"]  # default-src 'none' forbids scripts
    assert client.get(f"/api/articles/{article_id}").json()["article"]["title"] == HOSTILE["title"]


def test_serve_binds_to_loopback_by_default() -> None:
    shown = CliRunner().invoke(cli_app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "127.0.0.1" in shown.stdout


def test_a_quote_given_in_translation_is_shown_side_by_side_not_as_a_word_diff() -> None:
    translated, reworded = difference_views([
        Difference("quote_variant", "Марина Светлова: [-Мы сможем отправлять паром-] {+We can send the ferry+}", ["a", "b"]),
        Difference("quote_variant", "Путин: сколько людей [-изучает русский язык-] {+говорят по-русски+}", ["a", "b"]),
    ], {"a": 1, "b": 2})
    assert translated.label == TRANSLATED_LABEL and [op for op, _ in translated.segments] == ["same"]
    assert "Мы сможем отправлять паром ⇄ Марина Светлова: We can send the ferry" in translated.segments[0][1]
    assert reworded.label != TRANSLATED_LABEL and ("del", "изучает русский язык") in reworded.segments


def test_a_one_letter_russian_word_dropped_from_a_quote_is_no_translation() -> None:
    (view,) = difference_views([Difference("quote_variant", "Айдар Галиев: мы [-и-] дальше {+будем+} строить", ["a", "b"])],
                               {"a": 1, "b": 2})
    assert view.label != TRANSLATED_LABEL and ("del", "и") in view.segments


def test_a_disputed_figure_of_the_summary_shows_the_other_value_and_who_gives_it(client: TestClient, store: Store) -> None:
    story = next(s for s in store.stories() if any(line.disputed for line in s.summary))
    page = html(client.get(f"/stories/{story.id}"))
    shown = [d.text_content() for d in page.cssselect(".disputed")]
    disputed = next(line.disputed for line in story.summary if line.disputed)[0]
    assert any(disputed.text in text for text in shown)
    numbers = {f"[{n}]" for n, m in enumerate(store.story_members(story.id), 1) if m.article.id in disputed.articles}
    assert numbers and all(any(n in text for text in shown) for n in numbers)


def test_search_results_go_on_over_pages_with_the_total_counted(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = client.get("/api/search", params={"q": "пожар"}).json()
    ids = [a["id"] for group in everything["stories"] for a in group["articles"]]
    assert everything["total"] == len(ids) >= 3 and everything["pages"] == 1
    monkeypatch.setattr(web_app, "HITS_PER_PAGE", 2)
    pages = [client.get("/api/search", params={"q": "пожар", "page": n}).json() for n in (1, 2)]
    assert all(p["total"] == len(ids) and p["pages"] == -(-len(ids) // 2) for p in pages)
    paged = [[a["id"] for group in p["stories"] for a in group["articles"]] for p in pages]
    assert all(len(found) == 2 for found in paged) and not set(paged[0]) & set(paged[1])
    assert set(paged[0] + paged[1]) <= set(ids)
    listing = html(client.get("/search", params={"q": "пожар", "page": 2}))
    assert listing.cssselect("nav.pager a[rel=prev]") and "page 2 of" in listing.text_content()


def test_story_list_shows_each_story_s_rank_and_category_and_filters_by_category(client: TestClient,
                                                                                 store: Store) -> None:
    ranked = store.front_page()
    page = html(client.get("/"))
    first = page.cssselect("ul.stories > li")[0].text_content()
    assert f"rank {ranked[0].rank:.2f}" in first and ranked[0].category in first
    listed = client.get("/api/stories").json()["stories"][0]
    assert (listed["category"], listed["rank_components"]) == (ranked[0].category, ranked[0].rank_components)
    category = ranked[-1].category
    wanted = {s.id for s in ranked if s.category == category}
    by_category = client.get("/api/stories", params={"category": category}).json()
    assert {s["story_id"] for s in by_category["stories"]} == wanted and by_category["total"] < len(ranked)
    shown = html(client.get("/", params={"category": category}))
    assert len(shown.cssselect("ul.stories > li")) == len(wanted)
    assert shown.cssselect(f"select[name=category] option[value={category}]")[0].get("selected") is not None
    assert client.get("/", params={"category": "weather"}).status_code == 422


def test_a_store_listed_before_categories_were_filters_gets_them_when_served(corpus_db: Path, models: NlpModels,
                                                                            tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(corpus_db, old)
    with Store(old) as store:
        store.db.execute("DELETE FROM story_facets WHERE facet = 'category'")
        category = store.front_page()[0].category
    served = TestClient(create_app(old, models))
    assert served.get("/api/stories", params={"category": category}).json()["total"] >= 1


def test_story_page_shows_the_rank_as_the_product_of_its_components(client: TestClient, store: Store) -> None:
    story = store.front_page()[0]
    line = html(client.get(f"/stories/{story.id}")).cssselect("p.rank")[0].text_content()
    rank, product = line.removeprefix("rank ").split(" = ")
    factors = [float(part.split(" (")[0]) for part in product.split(" × ")]
    assert float(rank) == pytest.approx(story.rank, abs=0.005)
    assert math.prod(factors) == pytest.approx(story.rank, rel=0.02)
    assert f"outlets {story.rank_components['outlets']:g}" in product


def test_article_page_says_whether_it_is_news_and_its_category(client: TestClient, store: Store) -> None:
    stored = next(store.articles())
    page = html(client.get(f"/articles/{stored.article.id}"))
    terms = {dt.text_content(): dd.text_content() for dt, dd in zip(page.cssselect("dt"), page.cssselect("dd"),
                                                                   strict=True)}
    assert terms["news"].startswith("yes" if stored.analysis.news else "no")
    assert terms["category"] == stored.analysis.category


def test_the_filter_form_sent_with_its_fields_left_empty_lists_every_story(client: TestClient, store: Store) -> None:
    """A browser sends every field of the form, the empty ones as "": they filter nothing."""
    empty = dict.fromkeys(("since", "until", "outlet", "language", "category", "entity"), "")
    page = html(client.get("/", params=empty | {"category": store.front_page()[0].category}))
    assert page.cssselect("ul.stories > li a.title")
    assert client.get("/api/stories", params=empty).json()["total"] == len(store.front_page())
    assert client.get("/", params={"since": "yesterday"}).status_code == 422


def test_show_why_tells_the_report_that_started_a_merged_story_from_the_story_s_first(corpus_db: Path,
                                                                                       store: Store) -> None:
    merged = next(story for story in store.stories() if story.merged_from)
    shown = CliRunner().invoke(cli_app, ["show", merged.id, "--db", str(corpus_db), "--why"]).stdout
    why = shown.split("Why each report is here")[1]
    assert why.count("started the story") == 1 and "started a story merged into this one" in why


@pytest.fixture(scope="module")
def year_less(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> tuple[TestClient, str, str]:
    db, guessed, dated = year_less_db(tmp_path_factory.mktemp("yearless"), models)
    return TestClient(create_app(db, models)), guessed, dated


def test_a_time_whose_year_was_guessed_is_marked_on_every_page(year_less: tuple[TestClient, str, str]) -> None:
    client, guessed, dated = year_less
    front = {item.cssselect("a.title")[0].get("href").rsplit("/", 1)[-1]: item.cssselect(".meta")[0].text_content()
             for item in html(client.get("/")).cssselect("ul.stories > li")}
    assert "2019-11-11 10:30 (year guessed)" in front[guessed]
    assert "2019-11-17 12:40" in front[dated] and "guessed" not in front[dated]
    page = html(client.get(f"/stories/{guessed}"))
    [source] = page.cssselect("ol.sources li")
    assert "2019-11-11 10:30 (year guessed)" in source.text_content()
    assert YEAR_LESS_TITLE in source.text_content() and not source.cssselect("b")  # the headline's markup is text
    assert "(year guessed)" not in html(client.get(f"/stories/{dated}")).cssselect("ol.sources")[0].text_content()
    assert [t.text_content() for t in page.cssselect("ul.timeline time")] == ["2019-11-15 (year guessed)", "2020-01-20"]
    assert [t.text_content() for t in html(client.get(f"/stories/{dated}")).cssselect("ul.timeline time")] == ["2019-11-17"]


def test_the_api_flags_a_guessed_year_on_stories_and_articles(year_less: tuple[TestClient, str, str]) -> None:
    client, guessed, dated = year_less
    listed = {s["story_id"]: s for s in client.get("/api/stories").json()["stories"]}
    assert listed[guessed]["first_year_guessed"] is listed[guessed]["last_year_guessed"] is True
    assert listed[dated]["first_year_guessed"] is listed[dated]["last_year_guessed"] is False
    story = client.get(f"/api/stories/{guessed}").json()
    assert (story["first"], story["last_year_guessed"]) == ("2019-11-11T10:30:00", True)
    assert {event["date"]: event["date_year_guessed"] for event in story["timeline"]} == YEAR_LESS_TIMELINE
    article = client.get(f"/api/articles/{story['articles'][0]}").json()["article"]
    assert (article["published"], article["published_year_guessed"]) == ("2019-11-11T10:30:00", True)
    hits = client.get("/api/search", params={"q": "деформационные"}).json()["stories"]
    assert [a["published_year_guessed"] for group in hits for a in group["articles"]] == [True]


# --- search syntax, the entity filter by any word of a name, HEAD, the original's page --------------------------

def search_ids(client: TestClient, query: str) -> tuple[set[str], dict]:
    """The ids of every article a query finds (the corpus's answers fit one page), and the answer."""
    found = client.get("/api/search", params={"q": query}).json()
    return {a["id"] for group in found["stories"] for a in group["articles"]}, found


def folded_words(text: str) -> str:
    return " " + " ".join(search.WORD.findall(search.fold(text))) + " "


def test_a_quoted_phrase_finds_those_words_in_that_order_and_marks_them_whole(client: TestClient, store: Store) -> None:
    phrase, scattered = search_ids(client, '"сообщили в"')[0], search_ids(client, "сообщили в")[0]
    assert phrase and phrase < scattered  # the words apart, or «сообщила», are not the phrase
    for article_id in phrase:
        article = store.article(article_id).article
        assert " сообщили в " in folded_words(f"{article.title}\n{article.text}")
    for article_id in scattered - phrase:
        article = store.article(article_id).article
        assert " сообщили в " not in folded_words(f"{article.title}\n{article.text}")
    page = html(client.get("/search", params={"q": '"сообщили в"'}))
    marks = {mark.text_content().lower() for mark in page.cssselect(".hit mark")}
    assert marks == {"сообщили в"}


def test_or_between_words_finds_either(client: TestClient) -> None:
    bridge, ferry = search_ids(client, "мост")[0], search_ids(client, "паром")[0]
    either, found = search_ids(client, "мост OR паром")
    assert bridge and ferry and either == bridge | ferry and found["partial"] is False
    assert search_ids(client, "мост OR")[0] == bridge  # a dangling OR is no word


def test_when_no_article_has_every_word_those_with_some_are_shown_and_the_page_says_so(client: TestClient) -> None:
    bridge, ferry = search_ids(client, "мост")[0], search_ids(client, "паром")[0]
    assert not bridge & ferry  # the corpus has no article about both
    some, found = search_ids(client, "паром мост")
    assert found["partial"] is True and some == bridge | ferry and found["total"] == len(some)
    assert "No article has all the words" in html(client.get("/search", params={"q": "паром мост"})).text_content()
    assert search_ids(client, "паром")[1]["partial"] is False
    assert "No article has all" not in html(client.get("/search", params={"q": "паром"})).text_content()


@pytest.mark.parametrize("query", ['"', '""', '"мост', 'мост"', "OR", "AND", "OR мост", '"мост OR паром"',
                                   'NEAR("мост" "паром")', "мост*", "-мост", 'a"b"c', '"(" OR ")"', "^мост", "мост:"])
def test_fts_syntax_in_a_query_is_only_words(client: TestClient, query: str) -> None:
    assert client.get("/api/search", params={"q": query}).status_code == 200
    assert client.get("/search", params={"q": query}).status_code == 200


def test_an_empty_search_says_what_to_type(client: TestClient) -> None:
    empty = html(client.get("/search", params={"q": ""}))
    assert "Type words" in empty.cssselect(".hint")[0].text_content() and not empty.cssselect(".empty")
    wordless = html(client.get("/search", params={"q": '"-"'}))
    assert "has no words" in wordless.cssselect(".hint")[0].text_content()
    assert not html(client.get("/search", params={"q": "паром"})).cssselect(".hint")


def test_cli_search_prints_each_hit_with_outlet_story_and_the_match(corpus_db: Path, store: Store) -> None:
    shown = CliRunner().invoke(cli_app, ["search", '"сообщили в"', "--db", str(corpus_db), "--limit", "2"],
                               env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    phrase = search_ids(TestClient(create_app(corpus_db)), '"сообщили в"')[0]
    assert f"{len(phrase)} articles" in shown.stdout and "best 2 shown" in shown.stdout
    listed = [article_id for article_id in phrase if f"article {article_id}" in shown.stdout]
    assert len(listed) == 2
    stored = store.article(listed[0])
    assert stored.article.title in shown.stdout and f"story {stored.story}" in shown.stdout
    assert (stored.article.outlet or "?") in shown.stdout and "сообщили в" in shown.stdout.lower()
    some = CliRunner().invoke(cli_app, ["search", "паром мост", "--db", str(corpus_db)])
    assert some.exit_code == 0 and "No article has all the words" in some.stdout
    nothing = CliRunner().invoke(cli_app, ["search", '"', "--db", str(corpus_db)])
    assert nothing.exit_code == 2 and "no words" in nothing.stderr


@pytest.mark.parametrize(("word", "name", "same"), [
    ("токаеву", "токаев", True), ("путина", "путин", True), ("захаровой", "захарова", True), ("кремля", "кремль", True),
    ("иванов", "иван", False), ("путинизм", "путин", False), ("москвич", "москва", False), ("ferries", "ferry", True),
])
def test_a_word_of_a_name_is_found_inflected(word: str, name: str, same: bool) -> None:
    assert search.same_name_word(word, name) is same


def test_the_entity_filter_finds_a_name_by_any_of_its_words_inflected(client: TestClient, store: Store) -> None:
    story = next(s for s in store.stories() if any(e.name == "Андрей Колесов" for e in s.entities))
    for typed in ("Колесов", "Колесову", "андрей колесов", "Андрей Колесова"):
        found = client.get("/api/stories", params={"entity": typed}).json()["stories"]
        assert story.id in [s["story_id"] for s in found], typed
        assert all(any("колесов" in e.name.lower() for e in store.story(s["story_id"]).entities[:FILTER_ENTITIES])
                   for s in found)
    assert client.get("/api/stories", params={"entity": "Колесовский"}).json()["total"] == 0
    assert client.get("/api/stories", params={"entity": "Пётр Колесов"}).json()["total"] == 0  # every word counts
    page = html(client.get("/", params={"entity": "Колесову"}))
    assert f"/stories/{story.id}" in [a.get("href") for a in page.cssselect("ul.stories a.title")]


def test_entity_names_are_read_by_index_seeks(store: Store) -> None:
    plan = " ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + search.ENTITY_NAMES))
    assert "story_facets" in plan and "SCAN story_facets" not in plan


def test_every_page_and_api_route_answers_head_as_get_without_a_body(client: TestClient, store: Store) -> None:
    story = store.stories()[0]
    for url in ("/", "/search?q=мост", "/not-news", "/api/stories", "/api/search?q=мост", "/openapi.json",
                f"/stories/{story.id}", f"/articles/{story.articles[0]}", f"/articles/{story.articles[0]}/raw",
                f"/api/stories/{story.id}", "/stories/0123456789abcdef"):
        head, get = client.head(url), client.get(url)
        assert (head.status_code, head.headers["content-type"]) == (get.status_code, get.headers["content-type"]), url
        assert head.content == b"" and int(head.headers["content-length"]) == len(get.content), url
    assert client.head("/api/articles").status_code == 405  # POST only: HEAD is no GET there


def test_the_original_wraps_on_a_browser_page_and_stays_plain_text_for_scripts(client: TestClient, store: Store) -> None:
    hostile = hostile_article(store)
    plain = client.get(f"/articles/{hostile}/raw")
    assert plain.headers["content-type"].startswith("text/plain") and "Accept" in plain.headers["vary"]
    browser = client.get(f"/articles/{hostile}/raw", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    page = html(browser)
    assert browser.headers["content-type"].startswith("text/html") and "Accept" in browser.headers["vary"]
    assert page.cssselect("pre.raw")[0].text_content() == plain.text  # every character, as text
    assert "<script>" in plain.text and not page.cssselect("script, img, main a[href^=javascript]")
    assert "Content-Security-Policy" in browser.headers


def test_the_not_news_page_names_commands_as_code_and_lists_no_cue_worth_nothing(client: TestClient) -> None:
    page = html(client.get("/not-news"))
    assert "`" not in page.text_content() and "svodka label" in [c.text_content() for c in page.cssselect("code")]
    whys = [why.text_content() for why in page.cssselect(".why")]
    assert whys and not any("(+0.0)" in why or "(−0.0)" in why for why in whys)
    quiet = Explanation(3.0, {"title_guide": 2.9, "quotes": 0.04, "sources": -0.02, "timed": -0.5})
    assert "0.0" not in quiet.news_reason() and "says when it happened (−0.5)" in quiet.news_reason()


def test_api_story_list_takes_a_page_size_within_bounds(client: TestClient) -> None:
    whole = client.get("/api/stories", params={"page_size": 100}).json()
    paged = [client.get("/api/stories", params={"page": number, "page_size": 7}).json() for number in (1, 2)]
    assert whole["page_size"] == 100 and len(whole["stories"]) == whole["total"]  # the corpus: under 100 stories
    assert [p["page_size"] for p in paged] == [7, 7] and paged[0]["pages"] == math.ceil(whole["total"] / 7)
    assert [s["story_id"] for p in paged for s in p["stories"]] == [s["story_id"] for s in whole["stories"][:14]]
    assert client.get("/api/stories").json()["page_size"] == web_app.PAGE_SIZE
    for size in (0, 101, "many"):
        assert client.get("/api/stories", params={"page_size": size}).status_code == 422
    documented = {p["name"] for p in client.get("/openapi.json").json()["paths"]["/api/stories"]["get"]["parameters"]}
    assert "page_size" in documented


def test_openapi_declares_the_404_of_one_story_and_one_article(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/stories/{story_id}", "/api/articles/{article_id}"):
        assert "404" in paths[path]["get"]["responses"]
        assert client.get(path.split("{")[0] + "0" * 16).status_code == 404


# --- partial search ordered by parts matched, the entity filter's short names, phrases and the title's end ------

def test_partial_results_come_those_matching_the_most_words_first(store: Store, models: NlpModels) -> None:
    lemmas = search.russian_lemmatizer(models)
    tried = 0
    for words in ("трамвай мост город", "мост Пермь город", "паром мост ремонт", "суд банк компания"):
        query = search.parse_query(words, lemmas)
        found = search.search(store.db, query)
        if not found.partial:
            continue
        tried += 1
        parts = [sum(store.db.execute("SELECT count(*) FROM article_search WHERE article_id = ? AND article_search"
                                      " MATCH ?", (hit.article_id, expression)).fetchone()[0]
                     for expression in search.group_expressions(query)) for hit in found.hits]
        assert parts == sorted(parts, reverse=True) and len(set(parts)) > 1, (words, parts)
    assert tried  # the corpus has queries no article answers whole


def test_no_partial_notice_when_nothing_is_found(client: TestClient, corpus_db: Path) -> None:
    found = search_ids(client, "xyzzyq abcdq")[1]
    assert found["total"] == 0 and found["partial"] is False
    assert "No article has all" not in html(client.get("/search", params={"q": "xyzzyq abcdq"})).text_content()
    shown = CliRunner().invoke(cli_app, ["search", "xyzzyq abcdq", "--db", str(corpus_db)])
    assert shown.exit_code == 0 and "0 articles" in shown.stdout and "No article has all" not in shown.stdout


@pytest.mark.parametrize(("word", "name", "same"), [
    ("бал", "бали", False), ("куб", "куба", False), ("перо", "перу", False), ("мало", "мали", False),
    ("малой", "мали", False), ("риги", "рига", False), ("рима", "рим", True), ("мали", "мали", True),
    ("москвы", "москва", True), ("кубы", "куба", False),
])
def test_a_short_name_ending_in_a_vowel_is_not_found_by_a_word_that_only_starts_like_it(word: str, name: str,
                                                                                        same: bool) -> None:
    assert search.same_name_word(word, name) is same


def test_function_words_in_an_entity_query_name_nothing(store: Store) -> None:
    named = search.entities_named(store.db, "Колесов")
    assert named and search.entities_named(store.db, "the Колесов of") == named
    assert search.entities_named(store.db, "of the") == []  # alone, they name no entity


def test_a_quoted_phrase_does_not_run_from_the_title_into_the_text(models: NlpModels) -> None:
    lemmas = search.russian_lemmatizer(models)
    with Store(":memory:") as memory:
        search._add_row(memory.db, 1, "a", [], "Мост через Каму", "Мэр Перми открыл мост.")
        def total(query: str) -> int:
            return search.search(memory.db, search.parse_query(query, lemmas)).total
        assert total('"через каму"') == total('"мэр перми"') == 1
        assert total('"каму мэр"') == 0


# --- `svodka show` leads where the web does: merged ids by prefix or in capitals, gone ids to what became of them --

def test_show_finds_a_merged_id_by_its_start_or_in_capitals(corpus_db: Path, store: Store) -> None:
    story = next(story for story in store.stories() if story.merged_from)
    for given in (story.merged_from[0].upper(), story.merged_from[0][:7], story.merged_from[0][:7].upper()):
        shown = CliRunner().invoke(cli_app, ["show", given, "--db", str(corpus_db)], env={"COLUMNS": "300"})
        assert shown.exit_code == 0 and f"story {story.id}" in shown.stdout, given
    assert store.story_ids_starting(story.merged_from[0][:7]) == [story.merged_from[0]]
    assert store.story_ids_starting("") == [] and store.story_ids_starting("g") == []


def test_show_of_a_gone_story_says_where_its_reports_are(corpus_db: Path, tmp_path: Path, models: NlpModels) -> None:
    db = tmp_path / "gone.db"
    shutil.copy(corpus_db, db)
    with Store(db) as copy:
        story = next(story for story in copy.stories() if story.merged_from)
        engine = Engine(copy, models, now=TODAY)
        for article_id in story.articles:
            engine.correct(article_id, Label(news=False))
        titles = [copy.article(article_id).article.title for article_id in story.articles]
    for given in (story.id, story.merged_from[0], story.id[:8].upper()):
        shown = CliRunner().invoke(cli_app, ["show", given, "--db", str(db)], env={"COLUMNS": "300"})
        assert shown.exit_code == 0, (given, shown.output)
        assert "no longer exists" in shown.stdout and "not news (set by you)" in shown.stdout
        assert all(article_id in shown.stdout for article_id in story.articles)
        assert all(title in shown.stdout for title in titles)
    unknown = CliRunner().invoke(cli_app, ["show", "0123456789abcdef", "--db", str(db)])
    assert unknown.exit_code == 2 and "no story" in unknown.stderr


def _story_titled(store: Store, *words: str):
    return next(s for s in store.stories() if all(word in s.title for word in words))


def test_show_why_names_the_near_reports_kept_out_of_a_story_and_the_check_each_failed(corpus_db: Path,
                                                                                         store: Store) -> None:
    """The mall fire and the warehouse fire eight days later (the corpus's hard negatives): a reader who expected
    the warehouse report in the mall story learns its probability against the story and why it stayed out."""
    mall, warehouse = _story_titled(store, "«Радуга»", "Пожар"), _story_titled(store, "склад")
    result = CliRunner().invoke(cli_app, ["show", mall.id, "--why", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    near = result.output.split("Nearest reports outside the story")[1]
    entry = re.search(rf"\n  {warehouse.articles[0]} .*?(?=\n  \S|$)", near, re.S)[0]  # up to the next report
    assert f"in story {warehouse.id}" in entry
    probability = float(entry.split("same event with probability ")[1].split()[0])
    assert probability < 0.5 and "below the 0.50 a report needs to join" in entry
    assert "8 days from the story's nearest report in time" in entry
    assert "signals: words" in entry

    result = CliRunner().invoke(cli_app, ["show", mall.articles[1], "--why", "--db", str(corpus_db)])
    assert result.exit_code == 0, result.output
    assert f"in story {mall.id}" in result.output.splitlines()[0]
    closest = result.output.split("Nearest other stories")[1]
    assert closest.split("\n")[1].strip().startswith(f"story {warehouse.id}")  # the nearest of the other stories


def test_a_near_report_judged_not_news_is_said_to_be_kept_out_as_not_news(store: Store, models: NlpModels) -> None:
    index = grouping_index(store, models.embedding)
    not_news = {stored.article.id for stored in store.articles() if not stored.analysis.news}
    reasons = [near for story in store.stories() for near in nearest_outside(index, story.id, limit=100)
               if near.article in not_news]
    assert reasons and all(near.kept_out == [f"judged not news: kept out of every story (svodka label {near.article} "
                                             "--news to correct)"] for near in reasons)


def test_the_story_page_links_the_near_reports_kept_out_of_it_each_with_why(client: TestClient, store: Store) -> None:
    mall, warehouse = _story_titled(store, "«Радуга»", "Пожар"), _story_titled(store, "склад")
    page = html(client.get(f"/stories/{mall.id}"))
    [link] = [href for _, _, href, _ in page.iterlinks() if href.endswith("/nearest")]
    near = html(client.get(link))
    [entry] = [li for li in near.cssselect("ul.nearest > li") if li.cssselect(f'a[href="/articles/{warehouse.articles[0]}"]')]
    text = entry.text_content()
    assert "below the 0.50 a report needs to join" in text and "8 days from" in text and "signals: words" in text
    served = client.get(f"/api/stories/{mall.id}/nearest").json()
    assert served["id"] == mall.id and served["nearest"][0]["kept_out"]
    assert [n["article"] for n in served["nearest"]] == [
        a.get("href").rsplit("/", 1)[1] for a in near.cssselect("ul.nearest > li > a:first-child")]


def test_the_export_lists_the_stories_in_the_api_s_order_with_the_reprints_and_outlets_the_rank_counts(
        client: TestClient, store: Store) -> None:
    """A researcher's top N from the export is the front page's, and the export rebuilds the outlet counts."""
    export = full_export(store)
    listed = client.get("/api/stories?page_size=100").json()["stories"]
    assert [s["id"] for s in export["stories"]] == [s["id"] for s in listed]
    outlet_of = {a["id"]: a["outlet"] for a in export["articles"]}
    reprinted = [story for story in export["stories"] if story["reprints"]]
    assert reprinted  # the corpus plants two reprints
    for story in export["stories"]:
        copies = {reprint["article"] for reprint in story["reprints"]}
        assert copies <= set(story["articles"])
        assert all(r["original"] in story["articles"] and 0 < r["similarity"] <= 1 for r in story["reprints"])
        assert story["outlets"] == outlet_count(outlet_of[a] for a in story["articles"])
        assert story["rank_components"]["outlets"] == outlet_count(outlet_of[a] for a in story["articles"]
                                                                   if a not in copies)
        assert isinstance(story["merged_from"], list)
    served = client.get(f"/api/stories/{reprinted[0]['id']}").json()
    assert (served["reprints"], served["merged_from"]) == (reprinted[0]["reprints"], reprinted[0]["merged_from"])


@pytest.mark.parametrize(("query", "written"), [("child", "children"), ("bring", "brought"), ("go", "went")])
def test_search_meets_an_english_irregular_form_with_its_base_form(client: TestClient, query: str, written: str) -> None:
    """As "ferries" finds «ferry» by its stem, "child" finds «children» by the table of irregular forms: the article
    is found and the form it writes marked in its sentence."""
    found, answer = search_ids(client, query)
    marked = [a["sentence"] for group in answer["stories"] for a in group["articles"]]
    assert found and any(re.search(rf"\b{written}\b", sentence, re.IGNORECASE) for sentence in marked), marked
    assert search_ids(client, written)[0] == found  # and the form finds what its base form does
    page = html(client.get("/search", params={"q": query}))
    assert written in [mark.text_content().lower() for mark in page.cssselect(".hit mark")]
