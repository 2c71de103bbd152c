"""The command line: exit codes, stdin, exports."""

from __future__ import annotations

import inspect
import itertools
import json
import re
import socket
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from svodka.cli import _write_pieces, app
from tests.test_web import YEAR_LESS_TITLE, year_less_db

runner = CliRunner()


def test_run_prints_stories_and_writes_exports(tmp_path: Path, seeds: Path) -> None:
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["run", str(seeds), "--db", str(db), "--json", str(tmp_path / "e.json"),
                                 "--html", str(tmp_path / "html")])
    assert result.exit_code == 0, result.output
    assert "1 story" in result.stdout
    export = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert len(export["articles"]) == 2
    story_id = export["stories"][0]["id"]
    assert (tmp_path / "html" / "stories" / f"{story_id}.html").exists()
    shown = runner.invoke(app, ["show", story_id, "--db", str(db), "--why"])
    assert shown.exit_code == 0 and "shared terms" in shown.stdout and "путин" in shown.stdout
    by_article = runner.invoke(app, ["show", export["articles"][0]["id"], "--db", str(db)])
    assert by_article.exit_code == 0, by_article.output  # an article's id leads to its story, as on the web
    assert by_article.stdout == runner.invoke(app, ["show", story_id, "--db", str(db)]).stdout


def test_run_prints_the_front_page_s_top_and_says_how_many_more(tmp_path: Path, monkeypatch) -> None:
    import svodka.cli
    folder = tmp_path / "news"
    folder.mkdir()
    events = ["В Самаре открыли новый мост через реку Сок, движение запустили утром.",
              "В Казани прошёл турнир по шахматам среди школьников, победил ученик гимназии.",
              "В Калининграде паром сел на мель у входа в порт, пассажиров эвакуировали катерами.",
              "В Екатеринбурге горел склад на окраине города, пострадавших нет, сообщили спасатели."]
    for i, text in enumerate(events):
        (folder / f"{i}.txt").write_text(f"{text.split(',')[0]}\n\n{text}", encoding="utf-8")
    monkeypatch.setattr(svodka.cli, "RUN_SHOWN", 2)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["run", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 of 4 stories" in result.stdout and f"the 2 highest-ranked of 4 stories; all of them: svodka stories --db {db}" \
        in " ".join(result.stderr.split())


def test_rejected_input_exits_1_and_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Заголовок\n\nТекст новости о событии в городе.", encoding="utf-8")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "s.db"), "--quiet"])
    assert result.exit_code == 1
    assert "bad.bin" in result.stderr and "binary" in result.stderr
    assert "1 new" in result.stderr


def test_stdin_is_read_with_dash(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "-", "--db", str(tmp_path / "s.db"), "--quiet"],
                           input="Заголовок новости\n\nТекст новости из стандартного ввода.".encode())
    assert result.exit_code == 0, result.output
    assert "1 new" in result.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")]).exit_code == 2
    assert runner.invoke(app, ["run", "--no-such-option"]).exit_code == 2


def test_a_headline_that_looks_like_terminal_markup_prints_as_written(tmp_path: Path) -> None:
    title = "Срочно [/] [bold red]всем[/bold red] [link=http://x]читать[/link]"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        f"{title}\n\nСАМАРА, 4 марта. Около двухсот жителей вышли в субботу на митинг за сохранение парка, "
        "сообщили в мэрии. Глава города Иван Петров пообещал встретиться с ними.", encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", db])
    assert result.exit_code == 0, result.output
    assert "".join(title.split()) in "".join(result.stdout.split())  # the table may fold the title
    story_id = json.loads(runner.invoke(app, ["export", "--db", db]).stdout)["stories"][0]["id"]
    shown = runner.invoke(app, ["show", story_id, "--db", db])
    assert shown.exit_code == 0 and title in shown.stdout


def test_a_file_that_is_not_a_store_is_named_not_a_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Это заметки, а не база данных. " * 100, encoding="utf-8")
    for command in (["stories", "--db", str(notes)], ["run", str(notes), "--db", str(notes), "--quiet"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2 and "notes.txt" in result.stderr and "not a database" in result.stderr
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_output_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert runner.invoke(app, ["run", "-", "--db", str(db), "--quiet"], input="Заголовок\n\nТекст новости.").exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--output", str(tmp_path / "missing" / "e.json")])
    assert result.exit_code == 2 and "cannot write" in result.stderr and "e.json" in result.stderr


def test_help_reflows_each_docstring_paragraph_for_every_command() -> None:
    """A docstring's line breaks are the source's, not the terminal's: help joins them into paragraphs."""
    commands = [command.callback for command in app.registered_commands]
    broken = [(command.__name__, line, following) for command in commands
              for paragraph in inspect.cleandoc(command.__doc__ or "").split("\n\n")
              for line, following in itertools.pairwise(paragraph.splitlines())]
    assert broken, "no docstring spans lines: nothing to check"
    for name, line, following in broken:
        shown = runner.invoke(app, [name, "--help"], env={"COLUMNS": "1000"}).stdout
        last, first = line.split()[-1].strip("`"), following.split()[0].strip("`")
        assert re.search(rf"{re.escape(last)}`? +`?{re.escape(first)}", shown), (name, last, first)


def test_show_into_a_pipe_prints_each_sentence_on_one_line_cited_in_order(tmp_path: Path, seeds: Path) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", str(seeds), "--db", db, "--quiet"]).exit_code == 0
    story = json.loads(runner.invoke(app, ["export", "--db", db]).stdout)["stories"][0]
    shown = runner.invoke(app, ["show", story["id"], "--db", db]).stdout.splitlines()
    for sentence in story["summary"]:
        assert any(sentence["text"] in line for line in shown), sentence["text"]
    citations = [[int(n) for n in cited.split(",")] for cited in re.findall(r"\[(\d+(?:,\d+)+)\]", "\n".join(shown))]
    assert citations and all(numbers == sorted(numbers) for numbers in citations)


def test_stories_takes_a_positive_top_and_a_category_in_any_case(tmp_path: Path, seeds: Path) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", str(seeds), "--db", db, "--quiet"]).exit_code == 0
    assert runner.invoke(app, ["stories", "--db", db, "--top", "0"]).exit_code == 2
    category = json.loads(runner.invoke(app, ["export", "--db", db]).stdout)["stories"][0]["category"]
    listed = runner.invoke(app, ["stories", "--db", db, "--category", category.upper()])
    assert listed.exit_code == 0 and "1 story" in listed.stdout


def _school_news(tmp_path: Path) -> Path:
    """A folder of seven short reports, one a town: enough for a run to have steps to show."""
    folder = tmp_path / "news"
    folder.mkdir()
    for i, town in enumerate(["Самаре", "Казани", "Перми", "Туле", "Омске", "Томске", "Уфе"]):
        (folder / f"{i}.txt").write_text(f"Новость из {town}\n\nВ {town} открыли новую школу на 800 мест, "
                                         "сообщили в мэрии.", encoding="utf-8")
    return folder


def test_a_run_into_a_pipe_leaves_no_progress_bar_residue(tmp_path: Path) -> None:
    folder = _school_news(tmp_path)
    result = runner.invoke(app, ["run", str(folder), "--db", str(tmp_path / "s.db"), "--quiet"])
    assert result.exit_code == 0 and result.stderr.startswith("7 new"), result.stderr


def test_serve_on_a_port_already_taken_is_a_usage_error_named_up_front(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["run", "-", "--db", db, "--quiet"], input="Заголовок\n\nТекст новости.").exit_code == 0
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 2 and f"cannot serve on 127.0.0.1:{port}" in " ".join(result.stderr.split())
    assert "svodka on" not in result.stderr


def test_show_marks_a_time_whose_year_was_guessed(tmp_path: Path, models) -> None:
    db, guessed, dated = year_less_db(tmp_path, models)
    shown = runner.invoke(app, ["show", guessed, "--db", str(db)])
    assert shown.exit_code == 0 and "2019-11-11 10:30 (year guessed)" in shown.stdout
    assert YEAR_LESS_TITLE in shown.stdout  # printed as written, not read as markup
    assert "2019-11-15 (year guessed) [1] Ремонт" in shown.stdout and "2020-01-20 [1] Ремонт" in shown.stdout
    assert "guessed" not in runner.invoke(app, ["show", dated, "--db", str(db)]).stdout


NEWS = ("Паром сел на мель\n\nВ Калининграде паром сел на мель у входа в порт, пассажиров эвакуировали катерами, "
        "сообщили в МЧС.")


def one_story_db(tmp_path: Path) -> str:
    db = str(tmp_path / "one.db")
    assert runner.invoke(app, ["run", "-", "--db", db, "--quiet"], input=NEWS).exit_code == 0
    return db


def test_stderr_into_a_log_keeps_each_rejection_and_the_summary_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "a_rather_long_folder_name_for_a_journalists_project" / "2026-03-05_downloads_from_the_crawler"
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    db = folder / "store_kept_beside_the_downloads.db"
    result = runner.invoke(app, ["run", str(folder), "--db", str(db), "--quiet"])
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(str(folder / "empty.txt")) > 80
    assert any(line.startswith(f"rejected {folder / 'empty.txt'}: ") for line in lines), lines
    assert any(line.startswith("1 new,") and line.endswith(f" in {db}") for line in lines), lines


def test_counts_agree_with_their_nouns(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "-", "--db", str(tmp_path / "s.db"), "--quiet"], input=NEWS)
    assert "1 story updated; 1 article in 1 story in" in result.stderr


def test_version() -> None:
    from svodka import __version__
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"svodka {__version__}"


def test_show_takes_a_unique_start_of_a_story_id(tmp_path: Path, monkeypatch) -> None:
    from svodka.store import Store
    db = one_story_db(tmp_path)
    story_id = json.loads(runner.invoke(app, ["export", "--db", db]).stdout)["stories"][0]["id"]
    for given in (story_id[:6], story_id[:8].upper(), story_id.upper()):
        shown = runner.invoke(app, ["show", given, "--db", db])
        assert shown.exit_code == 0 and f"story {story_id}" in shown.stdout, given
    short = runner.invoke(app, ["show", story_id[:5], "--db", db])
    assert short.exit_code == 2 and "6 characters" in short.stderr
    unknown = runner.invoke(app, ["show", "0123456789ab", "--db", db])
    assert unknown.exit_code == 2 and "no story '0123456789ab'" in unknown.stderr
    with Store(db) as store:  # a second story whose id starts alike: the start no longer names one
        twin = story_id[:6] + ("0" if story_id[6] != "0" else "1") * 10
        store.db.execute("INSERT INTO stories (id, merged_into) VALUES (?, ?)", (twin, story_id))
    ambiguous = runner.invoke(app, ["show", story_id[:6], "--db", db])
    assert ambiguous.exit_code == 2 and "ambiguous" in ambiguous.stderr and twin in ambiguous.stderr


def test_ctrl_c_during_a_run_says_what_is_stored_and_that_a_rerun_goes_on(tmp_path: Path, monkeypatch) -> None:
    from svodka.engine import Engine
    db = one_story_db(tmp_path)

    def interrupted(engine: Engine, paths: list[str], fields: dict[str, str]) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Engine, "run", interrupted)
    result = runner.invoke(app, ["run", "-", "--db", db], input=NEWS)
    assert result.exit_code == 130
    assert f"stopped; 1 article in 1 story in {db}; run it again on the same paths" in result.stderr


def test_an_unwritable_export_target_is_named_before_any_work(tmp_path: Path, monkeypatch) -> None:
    from svodka.engine import Engine
    monkeypatch.setattr(Engine, "run", lambda *_: pytest.fail("the run started before its targets were checked"))
    db = tmp_path / "s.db"
    (tmp_path / "file").write_text("", encoding="utf-8")
    for target in (["--json", str(tmp_path / "missing" / "e.json")], ["--json", str(tmp_path)],
                   ["--html", str(tmp_path / "file" / "report")]):
        result = runner.invoke(app, ["run", "-", "--db", str(db), *target], input=NEWS)
        assert result.exit_code == 2 and "cannot write" in result.stderr and not db.exists(), target


def test_jsonl_export_says_which_articles_only_json_holds(tmp_path: Path) -> None:
    db = one_story_db(tmp_path)
    assert runner.invoke(app, ["export", "--db", db, "--format", "jsonl"]).stderr == ""
    article = json.loads(runner.invoke(app, ["export", "--db", db]).stdout)["articles"][0]["id"]
    assert runner.invoke(app, ["label", article, "--not-news", "--db", db]).exit_code == 0
    lines = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert lines.stdout == "" and "1 article in no story" in lines.stderr and "--format json" in lines.stderr
    assert [a["id"] for a in json.loads(runner.invoke(app, ["export", "--db", db]).stdout)["articles"]] == [article]


def test_rebuild_prints_the_stories_as_run_does_unless_quiet(tmp_path: Path) -> None:
    source = one_story_db(tmp_path)
    loud = runner.invoke(app, ["rebuild", source, "--db", str(tmp_path / "loud.db")])
    quiet = runner.invoke(app, ["rebuild", source, "--db", str(tmp_path / "quiet.db"), "-q"])
    assert loud.exit_code == quiet.exit_code == 0
    assert "1 story" in loud.stdout and "Паром" in loud.stdout and quiet.stdout == ""


# Two stories of the sample corpus (Tatarstan's schools, told twice; Samara's bridge, three times)
TWO_STORIES = ("ru_001.txt", "ru_002_cp1251.txt", "ru_003.txt", "ru_004_koi8r.txt", "ru_005.txt")


@pytest.fixture(scope="module")
def two_stories_db(tmp_path_factory: pytest.TempPathFactory, models) -> Path:
    from svodka.engine import Engine
    from svodka.store import Store
    from tests.conftest import CORPUS, TODAY

    db = tmp_path_factory.mktemp("listing") / "two.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(CORPUS / name) for name in TWO_STORIES])
        assert store.counts()["stories"] == 2
    return db


def test_stories_json_lists_each_story_as_the_api_does(two_stories_db: Path, models) -> None:
    from fastapi.testclient import TestClient

    from svodka.web.app import create_app
    from svodka.web.schema import DEPRECATED_LISTING_NAMES

    listed = json.loads(runner.invoke(app, ["stories", "--json", "--db", str(two_stories_db)]).stdout)
    api = TestClient(create_app(two_stories_db, models)).get("/api/stories").json()
    assert listed["total"] == api["total"] == 2 and sorted(s["reports"] for s in listed["stories"]) == [2, 3]
    # the API's records are the CLI's with the deprecated names of 0.1.x beside
    assert api["stories"] == [story | {old: story[new] for old, new in DEPRECATED_LISTING_NAMES.items()}
                              for story in listed["stories"]]
    top = json.loads(runner.invoke(app, ["stories", "--json", "--top", "1", "--db", str(two_stories_db)]).stdout)
    assert top == {"total": 2, "stories": listed["stories"][:1]}


def test_show_json_gives_the_story_in_full_beyond_its_listing(two_stories_db: Path) -> None:
    listed, _ = json.loads(runner.invoke(app, ["stories", "--json", "--db", str(two_stories_db)]).stdout)["stories"]
    story = json.loads(runner.invoke(app, ["show", listed["id"], "--json", "--db", str(two_stories_db)]).stdout)
    assert story["summary"] and len(story["articles"]) == listed["reports"]
    assert {key: story[key] for key in ("id", "title", "rank", "category", "outlets")} == {
        key: listed[key] for key in ("id", "title", "rank", "category", "outlets")}


def test_the_story_table_into_a_pipe_pads_no_line(two_stories_db: Path) -> None:
    lines = runner.invoke(app, ["stories", "--db", str(two_stories_db)]).stdout.splitlines()
    titles = [s["title"] for s in json.loads(
        runner.invoke(app, ["stories", "--json", "--db", str(two_stories_db)]).stdout)["stories"]]
    assert [line for line in lines if line != line.rstrip()] == []
    assert sum(line.endswith(title) for line in lines for title in titles) == 2


def test_a_long_step_into_a_log_says_how_far_it_got_every_half_minute_and_when_done() -> None:
    from svodka.cli import PROGRESS_LOG_SECONDS, logged_progress

    ticks = itertools.count(0, 10)  # a clock read once a story: ten seconds each
    said: list[str] = []
    compared = list(logged_progress(range(9), "Comparing sources", 9, said.append, clock=lambda: next(ticks)))
    assert compared == list(range(9))  # every item passed on, in order
    assert PROGRESS_LOG_SECONDS == 30
    assert said == ["Comparing sources: 3/9 after 30s", "Comparing sources: 6/9 after 1m00s",
                    "Comparing sources: 9/9 after 1m30s", "Comparing sources: 9/9 done in 1m40s"]
    assert not any("\x1b" in line or "\r" in line for line in said)  # plain lines a log keeps


def test_a_step_of_unknown_length_counts_what_it_read() -> None:
    from svodka.cli import logged_progress

    ticks = itertools.count(0, 3600)  # an hour an article
    said: list[str] = []
    assert list(logged_progress(iter("abcdefg"), "Reading articles", None, said.append, clock=lambda: next(ticks))) \
        == list("abcdefg")
    assert said[0] == "Reading articles: 1 after 1h00m" and said[-1] == "Reading articles: 7 done in 8h00m"


def test_a_run_with_stderr_into_a_file_says_each_long_step_done_unless_quiet(tmp_path: Path) -> None:
    folder = _school_news(tmp_path)
    loud = runner.invoke(app, ["run", str(folder), "--db", str(tmp_path / "loud.db")])
    lines = loud.stderr.splitlines()
    assert loud.exit_code == 0 and [line.split(" done in ")[0] for line in lines if " done in " in line] == [
        "Reading articles: 7", "Grouping into stories: 7/7", "Comparing sources: 7/7"], lines
    quiet = runner.invoke(app, ["run", str(folder), "--db", str(tmp_path / "quiet.db"), "-q"])
    assert quiet.exit_code == 0 and not any(" done in " in line for line in quiet.stderr.splitlines())


def test_stories_keep_to_a_window_an_outlet_and_a_language_as_the_web_list_does(two_stories_db: Path) -> None:
    def listed(*options: str) -> list[dict]:
        done = runner.invoke(app, ["stories", "--json", "--db", str(two_stories_db), *options])
        assert done.exit_code == 0, done.stderr
        return json.loads(done.stdout)["stories"]

    def shown(*options: str) -> set[str]:
        done = runner.invoke(app, ["stories", "--db", str(two_stories_db), *options])
        assert done.exit_code == 0, done.stderr
        return set(re.findall(r"^\s*([0-9a-f]{16}) ", done.stdout, re.MULTILINE))

    every = listed()  # Samara's bridge, 4-5 March; Tatarstan's schools, 5-6 March
    earlier, later = sorted(every, key=lambda story: story["last_published"])
    last_day, first_day = later["last_published"][:10], earlier["first_published"][:10]
    assert earlier["last_published"][:10] < last_day and first_day < later["first_published"][:10], every
    assert [s["id"] for s in listed("--since", last_day)] == [later["id"]] == list(shown("--since", last_day))
    assert [s["id"] for s in listed("--until", first_day)] == [earlier["id"]] == list(shown("--until", first_day))
    assert shown("--since", first_day, "--until", last_day) == {earlier["id"], later["id"]}
    assert shown("--since", "2027-01-01") == set() and listed("--until", "2026-01-01") == []
    assert listed("--language", "xx") == [] and len(listed("--language", "ru")) == 2
    from svodka.store import Store

    with Store(two_stories_db) as store:
        outlets = {story["id"]: {store.article(a).article.outlet for a in store.story(story["id"]).articles}
                   for story in every}
    only_later = sorted(outlets[later["id"]] - outlets[earlier["id"]])[0]
    assert shown("--outlet", only_later) == {later["id"]}
    wrong = runner.invoke(app, ["stories", "--db", str(two_stories_db), "--since", "2026-03-05",
                                "--until", "2026-03-04"])
    assert wrong.exit_code == 2 and "after --until" in wrong.stderr
    assert runner.invoke(app, ["stories", "--db", str(two_stories_db), "--since", "5 March"]).exit_code == 2


def test_an_export_that_fails_half_way_leaves_the_last_good_file(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("the last good export", encoding="utf-8")

    def pieces():
        yield '{\n  "articles": ['
        raise OSError(28, "No space left on device")

    with pytest.raises(typer.Exit):  # a usage error naming the file
        _write_pieces(target, pieces())
    assert target.read_text(encoding="utf-8") == "the last good export" and list(tmp_path.iterdir()) == [target]
    _write_pieces(target, iter(["{}", "\n"]))
    assert target.read_text(encoding="utf-8") == "{}\n"
