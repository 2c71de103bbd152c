"""`svodka search` shows a text printed again as one hit with its copies counted, keeps to a window of days, and
shows a snippet from its sentence's start when the splitter cut a quoted name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from svodka.cli import app
from svodka.store.search import whole_sentences

runner = CliRunner()
# A fictional agency text an outlet printed again two weeks later, word for word under another headline.
FERRY = ("Паромная переправа через Верхнюю Кемь возобновила работу после ледохода, сообщили в администрации "
         "Кемского района. Первый рейс паром «Сосновец» совершил в восемь утра, на борту были двенадцать легковых "
         "машин и рейсовый автобус. До конца мая паром будет ходить каждые сорок минут, затем чаще.")
OTHER = ("В Кемском районе начали строить новый причал для парома у села Подужемье, сообщили в администрации. "
         "Подрядчик обещает закончить работы к осени, а старый причал разберут после открытия нового.")


@pytest.fixture(scope="module")
def reprinted_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reprints")
    records = [{"title": "Переправа через Кемь открылась", "outlet": "Кемский вестник", "text": FERRY,
                "published": "2026-04-02T09:00:00+03:00", "url": "https://kem.example/ferry"},
               {"title": "Паром снова ходит через Кемь", "outlet": "Кемский вестник", "text": FERRY,
                "published": "2026-04-16T09:00:00+03:00", "url": "https://kem.example/ferry-again"},
               {"title": "У Подужемья строят причал", "outlet": "Северный край", "text": OTHER,
                "published": "2026-04-09T12:00:00+03:00", "url": "https://north.example/pier"}]
    (folder / "dump.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                       encoding="utf-8")
    db = folder / "reprints.db"
    done = runner.invoke(app, ["run", str(folder / "dump.jsonl"), "--db", str(db), "-q"])
    assert done.exit_code == 0, done.stderr
    return db


def hits(db: Path, *options: str) -> list[str]:
    """The hits' headings and the lines under them, as a reader sees `svodka search паром` into a pipe."""
    done = runner.invoke(app, ["search", "паром", "--db", str(db), *options])
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


def test_a_text_printed_again_is_one_hit_with_its_copy_counted(reprinted_db: Path) -> None:
    lines = hits(reprinted_db)
    numbered = [line for line in lines if re.match(r"\d+\. ", line)]
    assert len(numbered) == 2 and lines[0].startswith("3 articles for «паром»"), lines
    [copies] = [line.strip() for line in lines if "more cop" in line]
    assert re.fullmatch(r"and 1 more copy \(Кемский вестник; 2026-04-(02|16)\): [0-9a-f]{16}", copies), copies
    ids = re.findall(r"article ([0-9a-f]{16})$", "\n".join(lines), re.MULTILINE)
    assert copies.split(": ")[1] not in ids and len(set(ids)) == 2  # the copy is named, not shown again
    # the JSON answer, as the API's, folds it too: the copy is listed under its hit
    found = json.loads(runner.invoke(app, ["search", "паром", "--json", "--db", str(reprinted_db)]).stdout)
    listed = [article for group in found["stories"] for article in group["articles"]]
    assert found["total"] == len(listed) == 2 and [a["copies"] for a in listed if a["copies"]] == [[copies[-16:]]]


def test_search_keeps_to_the_days_asked(reprinted_db: Path) -> None:
    lines = hits(reprinted_db, "--since", "2026-04-09", "--until", "2026-04-16")
    assert lines[0].startswith("2 articles for «паром»") and "published 2026-04-09 to 2026-04-16" in lines[0]
    assert not any("more cop" in line for line in lines)  # the first printing is outside the window
    assert hits(reprinted_db, "--until", "2026-04-08")[0].startswith("1 article for «паром»")
    assert hits(reprinted_db, "--since", "2026-05-01")[0].startswith("0 articles")
    found = json.loads(runner.invoke(app, ["search", "паром", "--json", "--since", "2026-04-10",
                                           "--db", str(reprinted_db)]).stdout)
    assert found["total"] == 1 and found["stories"][0]["articles"][0]["published"].startswith("2026-04-16")
    wrong = runner.invoke(app, ["search", "паром", "--db", str(reprinted_db), "--since", "2026-04-10",
                                "--until", "2026-04-09"])
    assert wrong.exit_code == 2 and "after --until" in wrong.stderr


def test_a_sentence_cut_inside_a_quoted_name_is_joined_again() -> None:
    cut = ["Министр выступит в программе \"Утро. Город.", "Люди\", сообщает агентство.", "Погода будет ясной.",
           "Глава района назвал сроки, т.", "е. до осени."]
    assert list(whole_sentences(cut)) == ["Министр выступит в программе \"Утро. Город. Люди\", сообщает агентство.",
                                          "Погода будет ясной.", "Глава района назвал сроки, т. е. до осени."]
    guillemets = ["Фильм «Зима.", "Лето» вышел в прокат.", "Зрители довольны."]
    assert list(whole_sentences(guillemets)) == ["Фильм «Зима. Лето» вышел в прокат.", "Зрители довольны."]
    never_closed = ["Он сказал: «Мы начнём."] + [f"Фраза {n}." for n in range(8)]
    assert len(list(whole_sentences(never_closed))) == 9 - 3  # at most four pieces join: the rest stay whole
    inches = ["The suspect is 6'2\" tall.", "Police searched the area.", "The road reopened at noon."]
    assert list(whole_sentences(inches)) == inches  # an inch mark opens no quote
