"""The web app over an edited page: POST /api/articles says truthfully which version it stored as what, and an
article's record and page carry its earlier versions."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from svodka.nlp import NlpModels
from svodka.store import Store
from svodka.web.app import create_app

from tests.test_store_versions import EDITED, FIRST, record


def post(client: TestClient, item: dict):
    return client.post("/api/articles", content=json.dumps(item, ensure_ascii=False).encode("utf-8"),
                       headers={"Content-Type": "application/json"})


def test_an_older_version_posted_late_is_said_to_be_an_earlier_version_of_the_one_shown(
        tmp_path: Path, models: NlpModels) -> None:
    client = TestClient(create_app(tmp_path / "web.db", models))
    newer = post(client, record(EDITED, "2026-11-23T08:02:00+03:00"))
    assert newer.status_code == 201 and (newer.json()["version"], newer.json()["current"]) == ("current",
                                                                                             newer.json()["id"])
    current = newer.json()["id"]

    older = post(client, record(FIRST, "2026-11-23T07:40:00+03:00"))
    answer = older.json()
    assert older.status_code == 201  # stored: as history
    assert answer["id"] != current and (answer["stored"], answer["version"], answer["current"]) == (
        True, "earlier", current)
    assert answer["story"] == newer.json()["story"] and older.headers["location"] == f"/api/articles/{current}"
    again = post(client, record(FIRST, "2026-11-23T07:40:00+03:00"))
    assert again.status_code == 200 and again.json()["version"] == "earlier"

    shown = client.get(f"/api/articles/{current}").json()
    [version] = shown["versions"]
    assert (version["id"], version["text"], version["published"][:16]) == (answer["id"], FIRST, "2026-11-23T07:40")
    assert version["title_changed"] is False and version["published_changed"] is True
    assert 0 < version["text_changed_percent"] < 15 and "text changed by" in version["changes"]
    assert version["stored_at"]

    led = client.get(f"/api/articles/{answer['id']}", follow_redirects=False)  # a version's id leads to its article
    assert led.status_code == 302 and led.headers["location"] == f"/api/articles/{current}"
    page = client.get(f"/articles/{answer['id']}")
    assert page.status_code == 200 and str(page.url).endswith(f"/articles/{current}")
    with Store(tmp_path / "web.db") as store:
        assert store.counts()["articles"] == 1
