"""The JSON API as a script reads it: one error shape everywhere, one rule for a page past the last, a story by the
start of its id as `svodka show` takes it, and /openapi.json describing what each GET really answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator

from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.settings import MIN_ID_PREFIX
from svodka.web.app import Site, create_app
from svodka.web.schema import COMPONENTS, export_schema
from tests.test_store_versions import EDITED, FIRST, record
from tests.test_web import client, corpus_db  # noqa: F401 (the web tests' fixtures: the sample corpus's store)

NOT_HEX = "zzzzzzzzzzzzzzzz"


@pytest.fixture(scope="module")
def story_id(client: TestClient) -> str:
    return client.get("/api/stories").json()["stories"][0]["id"]


@pytest.mark.parametrize(("method", "url", "body", "status"), [
    ("get", "/api/stories/0123456789abcdef", None, 404),
    ("get", "/api/articles/0123456789abcdef", None, 404),
    ("get", "/api/nowhere", None, 404),
    ("get", "/api/stories?page=9999", None, 404),
    ("get", "/api/stories?page=0", None, 422),
    ("get", "/api/stories?category=politics", None, 422),
    ("get", f"/api/stories/{NOT_HEX}", None, 422),
    ("get", "/api/search?page=many", None, 422),
    ("post", "/api/articles/0123456789abcdef/label", {"category": "science"}, 404),
    ("post", "/api/articles/0123456789abcdef/label", {}, 422),
    ("post", "/api/articles/0123456789abcdef/label", {"news": "no"}, 422),
    ("delete", "/api/stories", None, 405),
])
def test_every_api_error_is_a_readable_detail_and_a_failed_validation_adds_its_problems(
        client: TestClient, method: str, url: str, body: dict | None, status: int) -> None:
    answer = client.request(method, url, json=body)
    error = answer.json()
    assert answer.status_code == status and isinstance(error["detail"], str) and error["detail"]
    if status == 422:
        assert error["errors"] and all(set(problem) == {"loc", "msg", "type"} for problem in error["errors"])
        assert all(problem["msg"] in error["detail"] for problem in error["errors"])
    else:
        assert set(error) == {"detail"}


def test_a_label_body_that_is_not_json_is_one_readable_detail_too(client: TestClient) -> None:
    answer = client.post("/api/articles/0123456789abcdef/label", content=b"{news",
                         headers={"Content-Type": "application/json"})
    assert answer.status_code == 422 and "not JSON" in answer.json()["detail"]
    wrong_type = client.post("/api/articles/0123456789abcdef/label", content=b"news=yes",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert wrong_type.status_code == 415 and set(wrong_type.json()) == {"detail"}


@pytest.mark.parametrize("listing", ["/api/stories", "/api/not-news", "/api/search?q=мост"])
def test_a_page_past_the_last_is_404_in_the_api_as_on_the_pages(client: TestClient, listing: str) -> None:
    first = client.get(listing).json()
    joiner = "&" if "?" in listing else "?"
    last = client.get(f"{listing}{joiner}page={first['pages']}")
    past = client.get(f"{listing}{joiner}page={first['pages'] + 1}")
    assert last.status_code == 200 and past.status_code == 404
    assert f"no page {first['pages'] + 1}" in past.json()["detail"]
    page = listing.replace("/api", "") or "/"
    assert client.get(f"{page}{joiner}page={first['pages'] + 1}").status_code == 404


def test_page_one_of_an_empty_list_is_no_error(client: TestClient) -> None:
    nothing = client.get("/api/stories", params={"since": "2030-01-01"})
    assert nothing.status_code == 200 and (nothing.json()["total"], nothing.json()["pages"]) == (0, 1)


def test_a_story_is_found_by_the_start_of_its_id_as_svodka_show_takes_it(client: TestClient, story_id: str,
                                                                          corpus_db: Path) -> None:
    whole = client.get(f"/api/stories/{story_id}").json()
    for start in (story_id[:MIN_ID_PREFIX], story_id[:10].upper()):
        assert client.get(f"/api/stories/{start}").json() == whole
    assert client.get(f"/api/stories/{story_id[:MIN_ID_PREFIX]}/nearest").json()["id"] == story_id
    assert client.get(f"/api/stories/{story_id[:MIN_ID_PREFIX - 1]}").status_code == 422
    unknown = next(start for start in ("000000", "ffffff") if not story_id.startswith(start))
    assert client.get(f"/api/stories/{unknown}").json() == {"detail": f"no story {unknown}"}


def test_the_start_of_two_ids_is_ambiguous_and_names_both(tmp_path: Path, models: NlpModels, corpus_db: Path,
                                                          story_id: str) -> None:
    db = tmp_path / "twin.db"
    Store(corpus_db).db.execute(f"VACUUM INTO '{db}'")
    twin = story_id[:MIN_ID_PREFIX] + ("0" if story_id[MIN_ID_PREFIX] != "0" else "1") * 10
    with Store(db) as store:
        store.db.execute("INSERT INTO stories (id, merged_into) VALUES (?, ?)", (twin, story_id))
    answer = TestClient(create_app(db, models)).get(f"/api/stories/{story_id[:MIN_ID_PREFIX]}")
    assert answer.status_code == 409 and story_id in answer.json()["detail"] and twin in answer.json()["detail"]


def test_a_search_group_of_articles_in_no_story_has_no_title(client: TestClient) -> None:
    groups = client.get("/api/search", params={"q": "борщ"}).json()["stories"]  # the corpus' recipe: not news
    unstoried = [group for group in groups if group["id"] is None]
    assert unstoried and all(group["title"] is None for group in unstoried)
    assert all(group["title"] for group in groups if group["id"] is not None)


def documented(openapi: dict, path: str, status: str = "200") -> Draft202012Validator:
    """A validator of what /openapi.json says `path`'s GET answers with `status`, its $refs read in the document."""
    schema = openapi["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]
    return Draft202012Validator(schema | {"components": openapi["components"]})


def errors_of(validator: Draft202012Validator, answer: object) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(answer)]


def test_every_main_get_documents_the_answer_it_gives(client: TestClient, story_id: str, tmp_path: Path,
                                                      models: NlpModels) -> None:
    openapi = client.get("/openapi.json").json()
    article_id = client.get(f"/api/stories/{story_id}").json()["articles"][0]
    answers = {
        "/api/stories": client.get("/api/stories"),
        "/api/stories/{story_id}": client.get(f"/api/stories/{story_id}"),
        "/api/stories/{story_id}/nearest": client.get(f"/api/stories/{story_id}/nearest"),
        "/api/articles/{article_id}": client.get(f"/api/articles/{article_id}"),
        "/api/not-news": client.get("/api/not-news"),
        "/api/search": client.get("/api/search", params={"q": "борщ"}),
    }
    for path, answer in answers.items():
        assert answer.status_code == 200, path
        assert errors_of(documented(openapi, path), answer.json()) == [], path
    with_versions = TestClient(create_app(tmp_path / "versions.db", models))
    for item in (record(FIRST, "2026-11-23T07:40:00+03:00"), record(EDITED, "2026-11-23T08:02:00+03:00")):
        current = with_versions.post("/api/articles", json=item).json()["current"]
    edited = with_versions.get(f"/api/articles/{current}").json()
    assert edited["versions"] and errors_of(documented(openapi, "/api/articles/{article_id}"), edited) == []


def test_the_documented_answers_catch_a_wrong_one(client: TestClient, story_id: str) -> None:
    openapi = client.get("/openapi.json").json()
    story = client.get(f"/api/stories/{story_id}").json()
    assert errors_of(documented(openapi, "/api/stories/{story_id}"), story | {"rank_components": {}})
    assert errors_of(documented(openapi, "/api/stories/{story_id}"), story | {"invented": 1})
    listed = client.get("/api/stories").json()
    assert errors_of(documented(openapi, "/api/stories"), listed | {"total": "many"})


def test_the_api_s_records_are_the_export_s_definitions_not_copies(client: TestClient) -> None:
    components = client.get("/openapi.json").json()["components"]["schemas"]
    for name, definition in export_schema()["$defs"].items():
        assert components[name] == json.loads(json.dumps(definition).replace('"#/$defs/', f'"{COMPONENTS}'))
    assert components["ApiStory"]["$ref"] == COMPONENTS + "story_fields"


def test_every_api_error_is_documented_as_the_one_error_shape(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, methods in paths.items():
        if not path.startswith("/api/"):
            continue
        for method, operation in methods.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    assert response["content"]["application/json"]["schema"] == {"$ref": COMPONENTS + "ApiError"}, (
                        method, path, status)


def test_a_failure_inside_the_api_still_answers_the_error_shape(corpus_db: Path, models: NlpModels,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(Site, "story_page", broken)
    client = TestClient(create_app(corpus_db, models), raise_server_exceptions=False)
    answer = client.get("/api/stories")
    assert answer.status_code == 500 and answer.json() == {"detail": "internal error: RuntimeError"}
    page = client.get("/")
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")  # the error page
    for failed in (answer, page):  # answered outside the middleware that adds them: the handler does
        assert "frame-ancestors 'none'" in failed.headers["content-security-policy"]
        assert failed.headers["x-content-type-options"] == "nosniff"
