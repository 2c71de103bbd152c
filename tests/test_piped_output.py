"""Read commands into a pipe: a record a line, whatever the width (COLUMNS=80 here), so that `grep -c`, `cut` and
`awk` count and take whole records; and their `--json`, the export's own records.

The store holds two fictional reports of one event under a title longer than any terminal, a third report of
another event, and a notice corrected to not news."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.cli import app
from svodka.engine import Engine
from svodka.export import full_export
from svodka.nlp import NlpModels
from svodka.store import Label, Store
from tests.conftest import TODAY

LONG_TITLE = ("Паромная переправа через Волгу у посёлка Верхние Ключи закрыта на неделю после того, как паром "
              "«Стрежень» сел на мель у правого берега, а капитан порта запретил рейсы до промеров фарватера")
FERRY = ("Паром «Стрежень» сел на мель у правого берега Волги возле посёлка Верхние Ключи во вторник утром. "
         "Капитан порта Игорь Самойлов запретил рейсы до промеров фарватера, переправа закрыта на неделю. "
         "Пассажиров пересадили на катера, пострадавших нет.")
REPORTS = [
    {"title": LONG_TITLE, "outlet": "Волжская неделя", "published": "2026-11-20T09:00:00+03:00", "text": FERRY},
    {"title": LONG_TITLE, "outlet": "Ключевские вести", "published": "2026-11-20T11:30:00+03:00",
     "text": FERRY.replace("во вторник утром", "утром во вторник")},
    {"title": "В Заречном открыли каток на стадионе «Труд»", "outlet": "Ключевские вести",
     "published": "2026-11-21T10:00:00+03:00",
     "text": "В Заречном открыли каток на стадионе «Труд». Вход бесплатный до конца месяца, сообщила мэрия."},
    {"title": "Объявление: " + LONG_TITLE.lower(), "outlet": "Доска объявлений Верхних Ключей",
     "published": "2026-11-21T12:00:00+03:00", "text": "Продам лодку. Переправа закрыта, паром на мели, звоните."},
]
ID = re.compile(r"\b[0-9a-f]{16}\b")


@pytest.fixture(scope="module")
def ferry_db(tmp_path_factory: pytest.TempPathFactory, models: NlpModels) -> Path:
    folder = tmp_path_factory.mktemp("piped")
    (folder / "reports.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in REPORTS),
                                          encoding="utf-8")
    db = folder / "ferry.db"
    with Store(db) as store:
        engine = Engine(store, models, now=TODAY)
        engine.run([str(folder / "reports.jsonl")])
        notice = next(s.article.id for s in store.articles() if s.article.title.startswith("Объявление"))
        engine.correct(notice, Label(news=False))
        [ferry] = [story for story in store.front_page() if story.title == LONG_TITLE]
        assert len(ferry.articles) == 2 and store.counts()["not_news"] >= 1
    return db


def piped(command: list[str], db: Path) -> list[str]:
    """The command's stdout lines as a pipe gets them (CliRunner's stdout is no terminal), in an 80-column shell."""
    done = CliRunner().invoke(app, [*command, "--db", str(db)], env={"COLUMNS": "80"})
    assert done.exit_code == 0, done.output
    return done.stdout.splitlines()


def ferry_story(db: Path) -> str:
    with Store(db) as store:
        return next(story.id for story in store.front_page() if story.title == LONG_TITLE)


def test_stories_into_a_pipe_is_a_story_a_line(ferry_db: Path) -> None:
    lines = piped(["stories"], ferry_db)
    rows = [line for line in lines if ID.search(line)]
    assert len(rows) == 2  # the ferry and the ice rink
    [ferry] = [line for line in rows if ferry_story(ferry_db) in line]
    assert ferry.rstrip().endswith(LONG_TITLE) and len(LONG_TITLE) > 80


def test_stories_top_says_of_how_many(ferry_db: Path) -> None:
    assert piped(["stories", "--top", "1"], ferry_db)[0].strip() == "1 of 2 stories"
    assert piped(["stories"], ferry_db)[0].strip() == "2 stories"


def test_show_into_a_pipe_is_a_report_a_line(ferry_db: Path) -> None:
    story = ferry_story(ferry_db)
    lines = piped(["show", story], ferry_db)
    assert lines[0] == f"{LONG_TITLE}  story {story}"
    bylines = [line for line in lines if re.match(r"\s+\[\d\] ", line) and "·" in line]
    assert len(bylines) == 2 and all(line.endswith(f"· {LONG_TITLE}") for line in bylines)


def test_search_into_a_pipe_keeps_each_article_id_on_its_line(ferry_db: Path) -> None:
    lines = piped(["search", "паром"], ferry_db)
    hits = int(lines[0].split()[0])
    assert hits >= 2
    shown = [line for line in lines if re.search(r"article [0-9a-f]{16}$", line)]
    copies = [ID.findall(line) for line in lines if line.strip().startswith("and 1 more copy (")]
    assert len(shown) + sum(map(len, copies)) == hits  # grep finds every id: a hit's, or its copies' on their line
    # the second outlet's near copy of the ferry report (its story's reprint) is folded into the first
    assert sum(line.endswith(f". {LONG_TITLE}") for line in lines) == 1 and copies == [[copies[0][0]]]


def test_not_news_into_a_pipe_is_an_article_a_line(ferry_db: Path) -> None:
    lines = piped(["not-news"], ferry_db)
    [notice] = [line for line in lines if "Объявление" in line]
    assert ID.match(notice) and notice.endswith("· Доска объявлений Верхних Ключей")


def test_stories_json_lists_the_stories_in_rank_order(ferry_db: Path) -> None:
    with Store(ferry_db) as store:
        exported = full_export(store)["stories"]
    listed = json.loads("\n".join(piped(["stories", "--json"], ferry_db)))
    assert listed["total"] == 2 and [s["id"] for s in listed["stories"]] == [s["id"] for s in exported]
    top = json.loads("\n".join(piped(["stories", "--json", "--top", "1"], ferry_db)))
    assert top == {"total": 2, "stories": listed["stories"][:1]}
    assert LONG_TITLE in "\n".join(piped(["stories", "--json"], ferry_db))  # UTF-8 as written, no \u escapes


def test_show_json_gives_the_export_s_story_record(ferry_db: Path) -> None:
    story = ferry_story(ferry_db)
    with Store(ferry_db) as store:
        [exported] = [s for s in full_export(store)["stories"] if s["id"] == story]
    assert json.loads("\n".join(piped(["show", story[:8], "--json"], ferry_db))) == exported
    assert json.loads("\n".join(piped(["show", exported["articles"][0], "--json"], ferry_db))) == exported


def test_show_json_and_why_together_is_a_usage_error(ferry_db: Path) -> None:
    done = CliRunner().invoke(app, ["show", ferry_story(ferry_db), "--json", "--why", "--db", str(ferry_db)])
    assert done.exit_code == 2 and "--json or --why" in done.stderr and done.stdout == ""


def test_search_json_gives_the_api_s_search_groups(ferry_db: Path, models: NlpModels) -> None:
    from fastapi.testclient import TestClient

    from svodka.web.app import create_app

    api = TestClient(create_app(ferry_db, models)).get("/api/search", params={"q": "паром"}).json()
    found = json.loads("\n".join(piped(["search", "паром", "--json"], ferry_db)))
    assert found == {key: value for key, value in api.items() if key not in ("page", "pages", "page_size")} | {
        "stories": [{key: value for key, value in group.items() if key != "story"} for group in api["stories"]]}
    assert found["total"] >= 2 and LONG_TITLE in "\n".join(piped(["search", "паром", "--json"], ferry_db))
