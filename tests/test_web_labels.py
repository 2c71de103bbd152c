"""Correcting an article from the web app: the JSON route, the article page's form, and what they refuse."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from svodka.categorise import CATEGORIES
from svodka.nlp import NlpModels
from svodka.report.html import write_html_report
from svodka.store import Label, Store
from svodka.web.app import create_app, loopback_names
from tests.test_labels import GUIDE, MATCH, engine_on, match_ids, members

UNKNOWN = "0123456789abcdef"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> tuple[Path, list[str], str]:
    """One match told by three outlets and a shopping guide (not news, markup in its title), built once."""
    folder = tmp_path_factory.mktemp("web-labels")
    (folder / "guide.txt").write_text(GUIDE, encoding="utf-8")
    engine = engine_on(folder / "s.db", models)
    engine.run([str(folder / "guide.txt")])
    ids = match_ids(engine, MATCH)
    guide = next(s.article.id for s in engine.store.articles() if "пылесос" in s.article.title)
    engine.store.close()
    return folder / "s.db", ids, guide


@pytest.fixture
def db(built: tuple[Path, list[str], str], tmp_path: Path) -> Path:
    """A copy of the built store for one test to change."""
    return Path(shutil.copy(built[0], tmp_path / "s.db"))


@pytest.fixture
def client(db: Path, models: NlpModels) -> TestClient:
    return TestClient(create_app(db, models))


@pytest.fixture
def match(built: tuple[Path, list[str], str]) -> list[str]:
    return built[1]


def stored_label(db: Path, article_id: str) -> Label | None:
    with Store(db) as store:
        return store.article(article_id).label


def story_members(db: Path, article_id: str) -> set[str]:
    with Store(db) as store:
        return members(store, article_id)


def correct_form(page: str) -> lxml.html.HtmlElement:
    [form] = lxml.html.fromstring(page).cssselect("form.correct")
    return form


def form_fields(client: TestClient, article_id: str, **chosen: str) -> dict[str, str]:
    """What the article page's form sends with `chosen` picked in its selects."""
    form = correct_form(client.get(f"/articles/{article_id}").text)
    return {field.name: field.value or "" for field in form.inputs if field.name} | chosen


def test_a_json_correction_moves_the_article_out_of_its_story_and_back(client: TestClient, db: Path,
                                                                         match: list[str]) -> None:
    first, second, third = match
    story = client.get(f"/api/articles/{first}").json()["story"]
    answer = client.post(f"/api/articles/{second}/label", json={"news": False})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"id": second, "article": second, "news": False, "news_source": "user", "category": "sports",
                             "category_source": "model", "label_source": "user", "story": None}
    assert set(client.get(f"/api/stories/{story}").json()["articles"]) == {first, third}
    assert story_members(db, first) == {first, third}
    back = client.post(f"/api/articles/{second}/label", json={"news": True, "category": None}).json()
    rejoined = client.get(f"/api/articles/{first}").json()["story"]
    assert (back["news"], back["news_source"], back["story"]) == (True, "user", rejoined)
    assert story_members(db, second) == {first, second, third}


def test_a_json_category_correction_is_stored_and_reported(client: TestClient, db: Path, match: list[str]) -> None:
    first = match[0]
    answer = client.post(f"/api/articles/{first}/label", json={"category": "Economy"},
                         headers={"Content-Type": "application/json; charset=utf-8"}).json()
    assert (answer["category"], answer["category_source"], answer["news_source"]) == ("economy", "user", "model")
    assert answer["story"] and stored_label(db, first) == Label(category="economy")
    assert client.get(f"/api/articles/{first}").json()["label_source"] == "user"


@pytest.mark.parametrize(("body", "field"), [
    ({"category": "weather"}, "category"), ({"news": "no"}, "news"), ({"news": 0}, "news"),
    ({"new": False}, "new"), ({}, "body"), ({"news": None, "category": None}, "body"), ([True], "body"),
])
def test_a_bad_json_correction_is_422_naming_the_field_and_changes_nothing(client: TestClient, db: Path,
                                                                            match: list[str], body: object,
                                                                            field: str) -> None:
    answer = client.post(f"/api/articles/{match[0]}/label", json=body)
    assert answer.status_code == 422
    assert field in [problem["loc"][-1] for problem in answer.json()["errors"]]
    assert stored_label(db, match[0]) is None


def test_json_corrections_of_nothing_and_of_no_article(client: TestClient, match: list[str]) -> None:
    empty = client.post(f"/api/articles/{match[0]}/label", content=b"", headers={"Content-Type": "application/json"})
    assert empty.status_code == 422 and "nothing to correct" in empty.json()["detail"]
    broken = client.post(f"/api/articles/{match[0]}/label", content=b"{news",
                         headers={"Content-Type": "application/json"})
    assert broken.status_code == 422 and "not JSON" in broken.json()["detail"]
    unknown = client.post(f"/api/articles/{UNKNOWN}/label", json={"news": True})
    assert unknown.status_code == 404 and UNKNOWN in unknown.json()["detail"]
    assert client.post("/api/articles/short/label", json={"news": True}).status_code == 422


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                                          "multipart/form-data; boundary=x", None])
def test_the_json_route_refuses_what_a_page_of_another_site_can_send(client: TestClient, db: Path, match: list[str],
                                                                      content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    answer = client.post(f"/api/articles/{match[1]}/label", content=b'{"news": false}', headers=headers)
    assert answer.status_code == 415 and "application/json" in answer.json()["detail"]
    assert stored_label(db, match[1]) is None and story_members(db, match[1]) == set(match)


def test_no_preflight_is_granted_so_another_site_cannot_send_json(client: TestClient, match: list[str]) -> None:
    preflight = client.options(f"/api/articles/{match[0]}/label", headers={
        "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert not any(name.lower().startswith("access-control-allow") for name in preflight.headers)


def test_the_article_form_with_the_pages_token_corrects_and_goes_back(client: TestClient, db: Path,
                                                                       match: list[str]) -> None:
    first, second, third = match
    page = client.get(f"/articles/{second}")
    form = correct_form(page.text)
    assert form.get("action") == f"/articles/{second}/label" and form.get("method") == "post"
    assert "form-action 'self'" in page.headers["Content-Security-Policy"]
    answer = client.post(f"/articles/{second}/label", data=form_fields(client, second, news="no", category="science"),
                         follow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, f"/articles/{second}")
    assert stored_label(db, second) == Label(news=False, category="science")
    assert story_members(db, first) == {first, third}
    shown = lxml.html.fromstring(client.get(answer.headers["location"]).text)
    labels = {dt.text_content(): dt.getnext().text_content() for dt in shown.cssselect("dl.meta dt")}
    assert labels["news"].startswith("no") and labels["news"].endswith("set by you")
    assert labels["category"] == "science · set by you"
    assert "keep (not news)" in shown.cssselect("form.correct select[name=news] option")[0].text_content()
    client.post(f"/articles/{second}/label", data=form_fields(client, second, news="yes"))
    assert stored_label(db, second) == Label(news=True, category="science")  # the category kept
    assert story_members(db, second) == set(match)


@pytest.mark.parametrize("token", [None, "", "forged", "токен"])
def test_the_article_form_without_the_pages_token_is_refused(client: TestClient, db: Path, match: list[str],
                                                              token: str | None) -> None:
    fields = form_fields(client, match[1], news="no", category="economy")
    if token is None:
        del fields["token"]
    else:
        fields["token"] = token
    answer = client.post(f"/articles/{match[1]}/label", data=fields, follow_redirects=False)
    assert answer.status_code == 403 and "article page" in answer.text
    assert stored_label(db, match[1]) is None and story_members(db, match[1]) == set(match)


def test_the_token_is_the_apps_own(db: Path, models: NlpModels, match: list[str]) -> None:
    """Another app's page (another server, or this one before a restart) gives a token that is refused here."""
    elsewhere, here = TestClient(create_app(db, models)), TestClient(create_app(db, models))
    answer = here.post(f"/articles/{match[0]}/label", data=form_fields(elsewhere, match[0], news="no"))
    assert answer.status_code == 403 and stored_label(db, match[0]) is None


def test_the_article_form_names_a_bad_choice_and_an_unknown_article(client: TestClient, db: Path,
                                                                     match: list[str]) -> None:
    for chosen, problem in (({"category": "weather"}, "category"), ({"news": "maybe"}, "news"),
                            ({}, "Value error, nothing to correct")):
        answer = client.post(f"/articles/{match[0]}/label", data=form_fields(client, match[0], **chosen))
        assert answer.status_code == 422 and f"invalid form: {problem}" in answer.text
    assert stored_label(db, match[0]) is None
    token = form_fields(client, match[0])["token"]
    unknown = client.post(f"/articles/{UNKNOWN}/label", data={"token": token, "news": "no"})
    assert unknown.status_code == 404 and UNKNOWN in unknown.text


def test_only_the_web_page_has_the_form_and_it_is_escaped(client: TestClient, db: Path, tmp_path: Path,
                                                          built: tuple[Path, list[str], str]) -> None:
    guide = built[2]
    with Store(db) as store:  # a category no correction could set: the page still shows it as text
        store.set_label(guide, Label(category='"><script>alert(2)</script>'))
        write_html_report(store, tmp_path / "report")
    page = client.get(f"/articles/{guide}").text
    tree = lxml.html.fromstring(page)
    [form] = tree.cssselect("form.correct")
    assert not tree.cssselect("script") and "&lt;script&gt;alert(2)" in page
    options = [option.get("value") for option in form.cssselect("select[name=category] option")]
    assert options == ["", *CATEGORIES]
    assert form.cssselect("select[name=category] option")[0].text_content() == 'keep ("><script>alert(2)</script>)'
    static = (tmp_path / "report" / "articles" / f"{guide}.html").read_text(encoding="utf-8")
    assert "set by you" in static  # the same page, corrections shown
    assert not lxml.html.fromstring(static).cssselect("form") and 'name="token"' not in static


def test_openapi_describes_the_correction_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    correcting = paths["/api/articles/{article_id}/label"]["post"]
    assert "Correct" in correcting["summary"] and {"404", "415", "422"} <= set(correcting["responses"])
    schema = correcting["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"news", "category"}
    assert "403" in paths["/articles/{article_id}/label"]["post"]["responses"]


def test_a_server_for_this_machine_answers_only_to_its_own_names(db: Path, models: NlpModels, match: list[str]) -> None:
    """A page of another site that points its own name at 127.0.0.1 (DNS rebinding) gets no page, no token."""
    local = TestClient(create_app(db, models, hosts=loopback_names("127.0.0.1")), base_url="http://127.0.0.1:8000")
    assert local.get(f"/articles/{match[0]}").status_code == 200
    assert local.get(f"/articles/{match[0]}", headers={"host": "localhost:8000"}).status_code == 200
    assert local.get(f"/articles/{match[0]}", headers={"host": "attacker.example:8000"}).status_code == 400
    assert loopback_names("0.0.0.0") is None  # served to a network: any name it is reached by


def test_a_server_on_the_ipv6_loopback_answers_only_to_its_own_names(db: Path, models: NlpModels,
                                                                      match: list[str]) -> None:
    """`svodka serve --host ::1`: the browser's Host is "[::1]:8000" (or localhost); a rebound name is refused."""
    local = TestClient(create_app(db, models, hosts=loopback_names("::1")), base_url="http://[::1]:8000")
    for host in ("[::1]:8000", "[::1]", "localhost:8000", "localhost"):
        assert local.get(f"/articles/{match[0]}", headers={"host": host}).status_code == 200, host
    for host in ("attacker.example:8000", "attacker.example", "127.0.0.1.attacker.example", "[::2]:8000"):
        assert local.get(f"/articles/{match[0]}", headers={"host": host}).status_code == 400, host
    assert loopback_names("[::1]") == loopback_names("::1")
    assert loopback_names("::") is None and loopback_names("2001:db8::1") is None  # not this machine only


def test_a_page_of_another_site_can_post_nothing(client: TestClient, db: Path, match: list[str]) -> None:
    """A cross-site form may post plain text to any local server: the browser's Origin says where it came from."""
    refused = client.post("/api/articles", content="Заголовок\n\nТекст статьи.", headers={
        "content-type": "text/plain", "origin": "http://attacker.example"})
    assert refused.status_code == 403
    relabel = client.post(f"/api/articles/{match[0]}/label", json={"news": False}, headers={"origin": "null"})
    assert relabel.status_code == 403
    across = client.post(f"/api/articles/{match[0]}/label", json={"news": False},
                         headers={"sec-fetch-site": "cross-site", "origin": "http://testserver"})
    assert across.status_code == 403
    with Store(db) as store:
        assert store.counts()["articles"] == 4 and store.article(match[0]).label is None
    own = client.post(f"/api/articles/{match[0]}/label", json={"news": False},
                      headers={"sec-fetch-site": "same-origin", "origin": "null"})  # our page, under no-referrer
    assert own.status_code == 200


def test_a_refused_write_answers_as_its_route_does(client: TestClient, match: list[str]) -> None:
    """The API's refusal is JSON like its other errors; the form's is an error page with the pages' headers."""
    api = client.post(f"/api/articles/{match[0]}/label", json={"news": False}, headers={"origin": "http://x.example"})
    assert api.status_code == 403 and "another site" in api.json()["detail"]
    form = client.post(f"/articles/{match[0]}/label", data={"news": "no"}, headers={"sec-fetch-site": "cross-site"})
    assert form.status_code == 403 and "another site" in lxml.html.fromstring(form.text).text_content()
    assert "default-src 'none'" in form.headers["Content-Security-Policy"]
