"""The nearest view's grouping index is profiled once per store state: kept while the store is unchanged, built
again after a write of this connection or of another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.report import nearest
from svodka.report.nearest import grouping_index, nearest_outside
from svodka.store import Store
from svodka.web.app import create_app

from tests.conftest import TODAY

FERRY = ("Паром «Балтика» с двумястами пассажирами сел на мель у входа в Калининградский залив утром во вторник, "
         "сообщили в портовой службе. Буксиры сняли судно через четыре часа, пострадавших нет, рейс задержан.")
TRAM = ("Трамвайная линия в Севастополе закрыта на ремонт до конца месяца, маршрут номер четырнадцать заменят "
        "автобусы, сообщили в департаменте транспорта города во вторник, жителей просят планировать поездки.")


def _dump(path: Path, *texts: tuple[str, str, str]) -> str:
    lines = [{"title": title, "text": text, "outlet": outlet, "published": "2026-03-03T09:00:00+03:00"}
             for title, text, outlet in texts]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return str(path)


def test_the_index_is_kept_while_the_store_is_unchanged_and_rebuilt_after_any_write(
        tmp_path: Path, store: Store, models: NlpModels) -> None:
    Engine(store, models, now=TODAY).run([_dump(tmp_path / "a.jsonl", ("Паром сел на мель", FERRY, "Балтика"))])
    first = grouping_index(store, models.embedding)
    assert grouping_index(store, models.embedding) is first  # an unchanged store is not profiled again

    Engine(store, models, now=TODAY).run([_dump(tmp_path / "b.jsonl", ("Трамвай закрыт", TRAM, "Курьер"))])
    own = grouping_index(store, models.embedding)  # this connection's own write
    assert own is not first and len(own.profiles) == len(first.profiles) + 1

    with Store(store.path) as other:  # another connection's write
        Engine(other, models, now=TODAY).run([_dump(tmp_path / "c.jsonl", ("Паром снят с мели", FERRY + " Обновлено.",
                                                                            "Вестник"))])
    theirs = grouping_index(store, models.embedding)
    assert theirs is not own and len(theirs.profiles) == len(own.profiles) + 1
    assert grouping_index(store) is not theirs  # nor taken for an index profiled with other vectors

    with Store(store.path) as fresh:  # the kept index answers as one profiled anew
        for story in store.stories():
            assert (nearest_outside(grouping_index(store, models.embedding), story.id)
                    == nearest_outside(grouping_index(fresh, models.embedding), story.id))


def test_the_web_app_profiles_an_unchanged_store_once_whichever_thread_serves_the_request(
        tmp_path: Path, models: NlpModels, monkeypatch: pytest.MonkeyPatch) -> None:
    """A web worker thread that idles 10 s ends (anyio), and its connection with it: the index must outlive it. A
    TestClient used outside `with` runs each request in an event loop of its own, with its own worker threads, so
    the second request is served by a thread that never served the first, with no waiting (and the app is not
    stopped between them: a stop closes every connection, and the next start profiles anew)."""
    db = tmp_path / "web.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([_dump(tmp_path / "a.jsonl", ("Паром сел на мель", FERRY, "Балтика"),
                                                    ("Трамвай закрыт", TRAM, "Курьер"))])
        story_id = store.stories()[0].id
    profiled: list[str] = []
    profile = nearest._profiled_index
    monkeypatch.setattr(nearest, "_profiled_index", lambda store, vectors: profiled.append(store.path)
                        or profile(store, vectors))
    app = create_app(db, models)
    client = TestClient(app)
    served = [client.get(f"/api/stories/{story_id}/nearest").json() for _ in range(2)]
    assert len(profiled) == 1 and served[0] == served[1]

    with Store(db) as other:  # a `svodka run` beside the server
        Engine(other, models, now=TODAY).run([_dump(tmp_path / "b.jsonl", ("Паром снят с мели", FERRY + " Обновлено.",
                                                                            "Вестник"))])
    after = client.get(f"/api/stories/{story_id}/nearest").json()
    assert len(profiled) == 2 and after["id"] == story_id
