"""What a journalist found on the web app and the static report (user pass 2): one story's first and last time
everywhere, a full name's chip finding the surname alone, links the app writes never refused, every outlet offered,
search operators said, reprints explained on the rank line, and the small things (pages past the last, plurals,
the favicon, an article's id as a story's address, a skip link)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from svodka.engine import Engine
from svodka.export import full_export
from svodka.nlp import NlpModels
from svodka.report.html import write_html_report
from svodka.report.times import time_text
from svodka.report.views import FILTER_TEXT_MAX
from svodka.store import Store
from svodka.store.search import surnames_alone
from svodka.times import as_utc
from svodka.web.app import MAX_QUERY_CHARS, create_app
from tests.conftest import TODAY
from tests.test_browser import CHROMIUM, PHONE, browser  # noqa: F401 (the fixture)
from tests.test_web import html

# One event told three times, nearly word for word (so two are reprints), by outlets that print times with a zone
# and without one: as UTC, 18:10+03:00 (15:10) comes before 15:40 and 17:05, though its wall clock reads later.
TERMINAL = ("Новый терминал международного аэропорта «Самара» принял первых пассажиров в понедельник, заявил "
            "генеральный директор аэропорта Андрей Сорокин. Терминал рассчитан на 1000 пассажиров в час, его "
            "площадь составляет 40 тысяч квадратных метров. Строительство обошлось в 9 миллиардов рублей, "
            "его вели три года. В терминале работают 24 стойки регистрации и 6 телетрапов.")
MIXED_ZONES = [("Волжский вестник", "2026-03-11T18:10:00+03:00"), ("Самарское обозрение", "2026-03-11T15:40:00"),
               ("Губернские ведомости", "2026-03-11T17:05:00")]
FULL_NAME = ("Владимир Путин провёл совещание о паводке в Оренбургской области",
             ("Президент России Владимир Путин провёл в среду совещание о паводке в Оренбургской области. Глава "
             "МЧС доложил, что вода подтопила более четырёх тысяч домов в Орске и Оренбурге. Президент поручил "
             "выплатить пострадавшим компенсации до конца месяца и восстановить дамбу в Орске к осени."))
SURNAME_ALONE = ("Путин подписал закон о налоговом вычете за сдачу норм ГТО",
                 ("Путин подписал закон, который позволяет получить налоговый вычет за сдачу норм комплекса ГТО. "
                 "Вычет составит до 18 тысяч рублей в год, сообщили в Государственной думе. Закон вступит в силу "
                 "с 1 января следующего года, его приняли депутаты в трёх чтениях в марте."))
LONG_WORD = "Оченьдлинноеслово" * 60
LONG_ENTITY = (f"Ремонт моста в Твери {LONG_WORD} \u202eэто перевёрнуто\u202c",  # as the tester's: runs on
               (f"Мэрия Твери закрыла Староволжский мост на ремонт до 1 июня, сообщил глава города Алексей Огоньков "
               f"в понедельник. {LONG_WORD} Ремонт обойдётся в 420 миллионов рублей, работы начнутся в марте."))


def build_reader_db(folder: Path, models: NlpModels) -> Path:
    """A store of the articles above, as `svodka run` of a JSONL file builds it."""
    lines = [{"outlet": outlet, "published": published, "title": "В Самаре открыли новый терминал аэропорта",
              "text": TERMINAL} for outlet, published in MIXED_ZONES]
    others = (("Оренбургская неделя", "2026-04-10T12:00:00+05:00", FULL_NAME),
              ("Спортивная Россия", "2026-05-20T09:30:00+03:00", SURNAME_ALONE),
              ("Тверская жизнь", "2026-03-03T14:00:00+03:00", LONG_ENTITY))
    lines += [{"outlet": outlet, "published": published, "title": title, "text": text}
              for outlet, published, (title, text) in others]
    source = folder / "reader.jsonl"
    source.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    db = folder / "reader.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(source)])
    return db


@pytest.fixture(scope="module")
def reader_db(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Path:
    return build_reader_db(tmp_path_factory.mktemp("reader"), models)


@pytest.fixture(scope="module")
def client(reader_db: Path, models: NlpModels) -> TestClient:
    return TestClient(create_app(reader_db, models))


def story_with(client: TestClient, words: str) -> dict:
    """The listed story whose title has these words."""
    stories = client.get("/api/stories", params={"page_size": 100}).json()["stories"]
    return next(story for story in stories if words in story["title"])


def test_a_story_s_first_and_last_are_one_pair_on_the_list_the_api_the_export_and_the_static_index(
        client: TestClient, reader_db: Path, tmp_path: Path) -> None:
    listed = story_with(client, "терминал")
    one = client.get(f"/api/stories/{listed['id']}").json()
    exported = next(s for s in full_export(Store(reader_db))["stories"] if s["id"] == listed["id"])
    ends = {(record["first_published"], record["last_published"]) for record in (listed, one, exported)}
    instants = sorted(MIXED_ZONES, key=lambda told: as_utc(datetime.fromisoformat(told[1])))
    assert ends == {(instants[0][1], instants[-1][1])}  # a time with no zone counts as UTC, everywhere
    shown = f"{time_text(instants[0][1])} – {time_text(instants[-1][1])}"
    front = html(client.get("/"))
    listed_texts = [li.text_content() for li in front.cssselect("ul.stories > li")]
    assert shown in next(text for text in listed_texts if "терминал" in text)
    report = write_html_report(Store(reader_db), tmp_path / "report")
    assert shown in report.read_text(encoding="utf-8")


def test_a_list_row_written_before_the_rule_still_shows_the_rule_s_first_and_last(reader_db: Path, models: NlpModels,
                                                                                  tmp_path: Path) -> None:
    old = copy_store(reader_db, tmp_path / "old.db")
    listed = story_with(TestClient(create_app(old, models)), "терминал")
    by_digits = sorted(published for _, published in MIXED_ZONES)  # how the list once ordered them: as strings
    with sqlite3.connect(old) as db:
        db.execute("UPDATE story_listing SET first = ?, last = ? WHERE story_id = ?",
                   (by_digits[0], by_digits[-1], listed["id"]))
    again = story_with(TestClient(create_app(old, models)), "терминал")
    assert (again["first_published"], again["last_published"]) == (listed["first_published"], listed["last_published"])


def copy_store(db: Path, to: Path) -> Path:
    """A copy of a store (its write-ahead log included) to change without touching the module's."""
    with sqlite3.connect(db) as source, sqlite3.connect(to) as copy:
        source.backup(copy)
    return to


def test_a_full_name_s_chip_finds_the_stories_that_name_the_surname_alone(client: TestClient) -> None:
    full, alone = story_with(client, "совещание"), story_with(client, "ГТО")
    page = html(client.get(f"/stories/{full['id']}"))
    chip = next(a for a in page.cssselect("ul.chips a") if a.text_content() == "Владимир Путин")
    listed = html(client.get(chip.get("href")))
    titles = [a.text_content() for a in listed.cssselect("ul.stories a.title")]
    assert sorted(titles) == sorted([full["title"], alone["title"]])
    by_surname = client.get("/api/stories", params={"entity": "Путин"}).json()["stories"]
    assert {s["id"] for s in by_surname} == {full["id"], alone["id"]}


@pytest.mark.parametrize("others, found", [
    ([], ["путин"]),
    ([("вера путина", ["вера", "путина"])], []),  # another full name ends so: "Путин" alone names neither for sure
    ([("владимир зеленский", ["владимир", "зеленский"])], ["путин"]),  # a first name shared says nothing
    ([("путин и партнёры", ["путин", "и", "партнёры"])], ["путин"]),  # a name that only opens with it is no person's
])
def test_a_surname_alone_joins_its_full_name_only_when_no_other_full_name_ends_so(others: list, found: list) -> None:
    named = [("владимир путин", ["владимир", "путин"])]
    names = named + [("путин", ["путин"]), ("владимир", ["владимир"])] + others
    assert surnames_alone(names, named) == found


def test_every_link_the_app_writes_answers_and_a_chip_too_long_to_filter_by_is_shown_unlinked(
        client: TestClient) -> None:
    tver = story_with(client, "Твери")
    pages = ["/", f"/stories/{tver['id']}"]
    long_chips = [li for li in html(client.get(pages[1])).cssselect("ul.chips li")
                  if len(li.text_content()) > FILTER_TEXT_MAX]
    assert long_chips and not any(li.cssselect("a") for li in long_chips)
    for url in pages:
        for link in html(client.get(url)).cssselect("a[href^='/']"):
            assert client.get(link.get("href")).status_code == 200, link.get("href")


def test_the_outlet_filter_offers_every_outlet_however_many(reader_db: Path, models: NlpModels, tmp_path: Path) -> None:
    many = copy_store(reader_db, tmp_path / "many.db")
    story_id = story_with(TestClient(create_app(many, models)), "терминал")["id"]
    extra = [f"Outlet {number:03d}" for number in range(150)]  # more than a menu of the commonest would hold
    with sqlite3.connect(many) as db:
        db.executemany("INSERT INTO story_facets VALUES ('outlet', ?, ?)", [(name, story_id) for name in extra])
    client = TestClient(create_app(many, models))
    offered = [option.get("value") for option in html(client.get("/")).cssselect("datalist#outlets option")]
    outlets = {outlet for outlet, _ in MIXED_ZONES} | {"Оренбургская неделя", "Спортивная Россия", "Тверская жизнь"}
    assert set(offered) == outlets | set(extra) and len(offered) == len(set(offered))
    field = html(client.get("/")).cssselect("form.filters input[name=outlet]")[0]
    assert field.get("list") == "outlets"
    assert [s["id"] for s in client.get("/api/stories", params={"outlet": extra[-1]}).json()["stories"]] == [story_id]


def test_not_leaves_out_the_articles_with_the_word_after_it(client: TestClient) -> None:
    both = client.get("/api/search", params={"q": "Путин"}).json()
    assert both["total"] == 2
    without = client.get("/api/search", params={"q": "Путин NOT ГТО"}).json()
    assert without["total"] == 1 and without["excluded"] == ["гто"] and without["ignored"] == []
    assert "ГТО" not in without["stories"][0]["articles"][0]["title"]
    page = html(client.get("/search", params={"q": "Путин NOT ГТО"})).text_content()
    assert "1 article" in page and "not гто" in page and "not supported" not in page


@pytest.mark.parametrize("query, operator", [("NEAR(Путин ГТО)", "NEAR("), ("title:Путин", "title:"),
                                             ("NOT Путин", "NOT")])
def test_an_operator_search_does_not_support_is_left_out_and_the_page_says_so(client: TestClient, query: str,
                                                                           operator: str) -> None:
    answer = client.get("/api/search", params={"q": query}).json()
    assert answer["ignored"] and answer["ignored"][0].startswith(operator)
    assert not {"near", "title", "not"} & {lemma for term in answer["terms"] for lemma in term}
    notice = html(client.get("/search", params={"q": query})).cssselect("p.notice")[0].text_content()
    assert f"Not supported, left out: {operator}" in notice


def test_a_query_over_the_limit_is_said_to_be_too_long_and_stays_in_the_box(client: TestClient) -> None:
    query = "мост " * (MAX_QUERY_CHARS // 5 + 1)
    response = client.get("/search", params={"q": query})
    page = lxml.html.fromstring(response.text)
    assert response.status_code == 422
    assert f"at most {MAX_QUERY_CHARS}" in page.cssselect("p.notice")[0].text_content()
    assert page.cssselect("header input[name=q]")[0].get("value") == query


def test_the_rank_line_says_why_it_counts_fewer_outlets_than_the_page(client: TestClient) -> None:
    listed = story_with(client, "терминал")
    story = client.get(f"/api/stories/{listed['id']}").json()
    counted, reprints = int(story["rank_components"]["outlets"]), len(story["reprints"])
    assert reprints and counted < story["outlets"] == len(MIXED_ZONES)
    said = html(client.get(f"/stories/{listed['id']}")).cssselect("p.reprints")[0].text_content()
    assert f"counts {counted} outlet" in said and f"not {story['outlets']}" in said and f"{reprints} reports" in said
    alone = story_with(client, "ГТО")
    assert not html(client.get(f"/stories/{alone['id']}")).cssselect("p.reprints")


@pytest.mark.parametrize("url", ["/?page=2", "/not-news?page=2", "/search?q=Путин&page=2"])
def test_a_page_past_the_last_is_no_page(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404 and "no page 2" in lxml.html.fromstring(response.text).text_content()


def test_the_article_page_counts_in_the_singular_for_one(client: TestClient, reader_db: Path) -> None:
    for stored in Store(reader_db).articles():
        page = html(client.get(f"/articles/{stored.article.id}"))
        found = page.xpath("//dt[text()='found']/following-sibling::dd[1]")
        counts = dict(zip(("entit", "quote", "sentence"), (len(stored.analysis.entities), len(stored.analysis.quotes),
                                                           len(stored.analysis.sentences))))
        for stem, number in counts.items():
            word = {("entit", True): "entity", ("entit", False): "entities"}.get((stem, number == 1),
                                                                                stem + ("" if number == 1 else "s"))
            assert f"{number} {word}," in found[0].text_content() + ","


def test_every_page_names_an_icon_and_a_skip_link_and_the_icon_address_is_no_404(client: TestClient) -> None:
    for url in ("/", "/search?q=мост", f"/stories/{story_with(client, 'ГТО')['id']}"):
        page = html(client.get(url))
        assert page.cssselect("head link[rel=icon]")[0].get("href").startswith("data:")
        first = page.cssselect("body a")[0]
        assert first.get("href") == "#main" and "Skip" in first.text_content() and page.cssselect("main#main")
    assert client.get("/favicon.ico").status_code == 204


def test_an_article_s_id_as_a_story_address_leads_to_its_story_at_the_article(client: TestClient) -> None:
    story = client.get(f"/api/stories/{story_with(client, 'терминал')['id']}").json()
    later = next(article for article in story["articles"] if article != story["id"])  # a story's id is its first's
    response = client.get(f"/stories/{later}", follow_redirects=False)
    assert response.status_code == 302 and response.headers["location"] == f"/stories/{story['id']}#a-{later}"
    assert html(client.get(response.headers["location"])).get_element_by_id(f"a-{later}") is not None
    assert client.get("/stories/0123456789abcdef").status_code == 404


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}: `make test` installs it with apt")
@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 800}])
def test_a_chip_holding_a_very_long_word_wraps_within_the_page(browser,  # noqa: F811 (the fixture imported)
                                                              client: TestClient, reader_db: Path,
                                                              tmp_path_factory: pytest.TempPathFactory,
                                                              viewport: dict) -> None:
    tver = story_with(client, "Твери")["id"]
    report = write_html_report(Store(reader_db), tmp_path_factory.mktemp("wide") / "report").parent
    page = browser.new_page(viewport=viewport)
    page.goto((report / "stories" / f"{tver}.html").as_uri())
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 1
    page.close()
