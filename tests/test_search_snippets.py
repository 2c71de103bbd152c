"""A search hit shows a snippet around its match, not a whole run-on sentence: on /search and in `svodka search`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from svodka.cli import app as cli_app
from svodka.engine import Engine
from svodka.nlp import NlpModels
from svodka.report.views import ELLIPSIS, SNIPPET_CHARS, snippet
from svodka.store import Store
from svodka.web.app import create_app
from tests.conftest import TODAY

# A fictional notice the way some city sites print one: a single sentence of ~900 characters, the word a reader
# searches for near its end, after a character the page must escape.
CLOSURES = ("В связи с ремонтом городских магистралей с понедельника ограничат движение на улицах Лесной, Садовой, "
            "Заречной, Кирпичной, Школьной, Полевой и Береговой, на проспектах Строителей и Металлургов, в переулках "
            "Тихом, Звёздном и Угловом, на набережной от речного вокзала до лодочной станции, на площади у "
            "автовокзала, у рынка на Торговой улице, у поликлиники на Зелёной и у стадиона на Спортивной, а также "
            "на подъездах к микрорайонам Северный, Южный и Солнечный, где рабочие заменят бордюры, тротуарную "
            "плитку, ливневую канализацию, светофоры и дорожные знаки, нанесут новую разметку и отремонтируют "
            "остановки общественного транспорта, о чём подробно рассказали в управлении благоустройства, добавив, "
            "что объезд будет организован по окружной дороге и по улице Заводской, что автобусы маршрутов 3, 7 и 12 "
            "пойдут в объезд и что главные работы на путепроводе через железную дорогу продлятся до осени, пока "
            "подрядчик «Мосты & тоннели» чинит опоры, а эстакада у вокзала закрыта для грузовиков и автобусов")
NOTICE = {"title": "Ремонт дорог в Верхнеречинске", "outlet": "Верхнеречинские ведомости",
          "published": "2026-03-10T09:00:00", "text": CLOSURES + "."}
WORD = "эстакада"


def pieces_text(pieces: list[tuple[bool, str]]) -> str:
    return "".join(text for _, text in pieces)


def test_a_long_sentence_is_cut_to_whole_words_around_its_match() -> None:
    match = "ливневую канализацию"  # mid-sentence
    start = CLOSURES.index(match)
    pieces = [(False, CLOSURES[:start]), (True, match), (False, CLOSURES[start + len(match):])]
    cut = snippet(pieces)
    shown = pieces_text(cut)
    assert len(CLOSURES) > 3 * SNIPPET_CHARS and len(shown) <= SNIPPET_CHARS + 2 * len(f"{ELLIPSIS} ")
    assert shown.startswith(f"{ELLIPSIS} ") and shown.endswith(f" {ELLIPSIS}")
    assert (True, match) in cut  # the match whole, still marked
    inner = shown.removeprefix(f"{ELLIPSIS} ").removesuffix(f" {ELLIPSIS}")
    at = CLOSURES.index(inner)  # a piece of the sentence as it is, cut between words
    assert CLOSURES[at - 1] == " " and CLOSURES[at + len(inner)] in " ,"
    assert len(shown) // 5 < shown.index(match) < len(shown) // 2  # what comes before it to read it in, more after


def test_a_sentence_that_fits_is_shown_whole() -> None:
    pieces = [(False, "Мост через Каму "), (True, "закрыли"), (False, " на ремонт.")]
    assert snippet(pieces) == pieces


@pytest.fixture
def notice_db(tmp_path: Path, models: NlpModels) -> Path:
    (tmp_path / "notice.jsonl").write_text(json.dumps(NOTICE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "notice.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(tmp_path / "notice.jsonl")])
    return db


def test_the_search_page_and_the_cli_show_a_snippet_with_the_match_marked(notice_db: Path, models: NlpModels) -> None:
    client = TestClient(create_app(notice_db, models))
    response = client.get("/search", params={"q": WORD})
    assert response.status_code == 200
    [hit] = lxml.html.fromstring(response.text).cssselect("div.hit div")
    assert [mark.text for mark in hit.cssselect("mark")] == [WORD]
    assert len(hit.text_content()) <= SNIPPET_CHARS + 4 and hit.text_content().startswith(ELLIPSIS)
    assert "«Мосты &amp; тоннели»" in response.text  # escaped
    [api_hit] = [a for group in client.get("/api/search", params={"q": WORD}).json()["stories"]
                 for a in group["articles"]]
    assert api_hit["sentence"] == hit.text_content()
    shown = CliRunner().invoke(cli_app, ["search", WORD, "--db", str(notice_db)], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    snippet_line = shown.stdout.rstrip().splitlines()[-1]  # under the hit's title and its outlet, time and ids
    assert re.sub(r"\s+", " ", snippet_line).strip() == hit.text_content()
