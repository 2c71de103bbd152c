"""The JSON export keeps its documented shape (schema/export.schema.json)."""

from __future__ import annotations

import copy
import json
import math
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from svodka.engine import Engine
from svodka.export import full_export, story_lines
from svodka.model import Difference, State, to_dict
from svodka.store import Store
from tests.conftest import CORPUS
from tests.test_web import DATED_IN_FULL, YEAR_LESS, YEAR_LESS_TIMELINE, YEAR_LESS_TITLE

SCHEMA = json.loads(resources.files("svodka.schema").joinpath("export.schema.json").read_text())


def test_export_of_the_seeds_matches_the_schema(engine: Engine, store: Store, seeds: Path) -> None:
    engine.run([str(seeds)])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    [story] = export["stories"]
    assert set(story["articles"]) == {a["id"] for a in export["articles"]}
    assert all(a["story"] == story["id"] for a in export["articles"])
    assert story["summary"] and all(s["articles"] for s in story["summary"])
    assert any(e["name"] == "Владимир Путин" and len(e["articles"]) == 2 for e in story["entities"])


def test_a_story_with_nothing_found_still_has_every_field(engine: Engine, store: Store, tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text("Короткая заметка из Твери без подробностей", encoding="utf-8")
    engine.run([str(tmp_path)])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    [story] = export["stories"]
    assert story["differences"] == [] and story["quotes"] == [] and story["timeline"] == []
    assert export["articles"][0]["published"] is None


STORY_LINE = jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/story_line"})


def test_jsonl_export_has_one_story_a_line_each_its_schema_s_story_line(engine: Engine, store: Store,
                                                                        seeds: Path) -> None:
    """`svodka export --format jsonl` as a consumer reads it: each line a JSON story, its articles in full."""
    engine.run([str(seeds)])
    [line] = [json.loads(json.dumps(line, ensure_ascii=False)) for line in story_lines(store)]
    STORY_LINE.validate(line)
    assert len(line["articles"]) == 2 and line["articles"][0]["text"]
    with_ids = line | {"articles": [article["id"] for article in line["articles"]]}  # a story record's form
    assert not STORY_LINE.is_valid(with_ids)
    jsonschema.validate({"articles": line["articles"], "stories": [with_ids]}, SCHEMA)


def test_a_field_the_schema_does_not_document_is_refused(engine: Engine, store: Store, seeds: Path) -> None:
    """A field added to a record without documenting it fails the export's tests, wherever it is."""
    engine.run([str(seeds)])
    export = json.loads(json.dumps(full_export(store), ensure_ascii=False))
    jsonschema.validate(export, SCHEMA)
    [line] = list(story_lines(store))
    STORY_LINE.validate(line)
    places = [lambda e: e["articles"][0], lambda e: e["articles"][0]["why"], lambda e: e["stories"][0],
              lambda e: e["stories"][0]["summary"][0], lambda e: e["stories"][0]["summary"][0]["wordings"][0],
              lambda e: e["stories"][0]["differences"][0], lambda e: e["stories"][0]["entities"][0],
              lambda e: e["stories"][0]["timeline"][0]]
    for place in places:
        undocumented = copy.deepcopy(export)
        place(undocumented)["undocumented"] = 1
        with pytest.raises(jsonschema.ValidationError, match="undocumented"):
            jsonschema.validate(undocumented, SCHEMA)
    line["articles"][0]["undocumented"] = 1
    assert not STORY_LINE.is_valid(line)


def test_stories_are_exported_by_rank_each_rank_the_formula_of_its_components(engine: Engine, store: Store) -> None:
    engine.run([str(CORPUS / name) for name in ("ru_001.txt", "ru_002.txt", "ru_010.txt", "en_001.txt")])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    ranks = [story["rank"] for story in export["stories"]]
    assert len(ranks) > 1 and ranks == sorted(ranks, reverse=True)
    assert [line["id"] for line in story_lines(store)] == [story["id"] for story in export["stories"]]
    for story in export["stories"]:
        parts = story["rank_components"]
        documented = (math.log2(1 + parts["outlets"]) * (1 + 0.5 * parts["pickup"])
                      * (0.5 + 0.5 * parts["recency"]) * (1 + 0.5 * parts["entities"]))
        assert story["rank"] == pytest.approx(documented, abs=1e-3)
    incomplete = copy.deepcopy(export)
    del incomplete["stories"][0]["rank_components"]["pickup"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(incomplete, SCHEMA)


def test_a_year_the_article_did_not_print_is_flagged_and_taken_from_the_input_s_era(
        engine: Engine, store: Store, tmp_path: Path) -> None:
    """The export says which times rest on a guessed year, and the guess takes the era of the input's full dates."""
    (tmp_path / "dated.txt").write_text(DATED_IN_FULL, encoding="utf-8")
    (tmp_path / "yearless.txt").write_text(YEAR_LESS, encoding="utf-8")
    engine.run([str(tmp_path)])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    by_title = {a["title"]: a for a in export["articles"]}
    guessed = by_title[YEAR_LESS_TITLE]
    assert (guessed["published"], guessed["published_year_guessed"]) == ("2019-11-11T10:30:00", True)  # not 2026
    assert not next(a for a in export["articles"] if a is not guessed)["published_year_guessed"]
    spans = {s["id"]: (s["first_published"], s["first_published_year_guessed"], s["last_published_year_guessed"])
             for s in export["stories"]}
    assert spans[guessed["story"]] == ("2019-11-11T10:30:00", True, True)
    assert set(spans.values()) == {spans[guessed["story"]], ("2019-11-17T12:40:00", False, False)}
    timelines = {s["id"]: {e["date"]: e["date_year_guessed"] for e in s["timeline"]} for s in export["stories"]}
    assert timelines.pop(guessed["story"]) == YEAR_LESS_TIMELINE and list(timelines.values()) == [{"2019-11-17": False}]
    [line] = [s for s in story_lines(store) if s["id"] == guessed["story"]]
    assert line["last_published_year_guessed"] and line["articles"][0]["published_year_guessed"]
    assert {e["date"]: e["date_year_guessed"] for e in line["timeline"]} == YEAR_LESS_TIMELINE


def test_alone_a_year_less_date_takes_the_clock_s_year_and_a_url_date_settles_it(
        engine: Engine, store: Store, tmp_path: Path) -> None:
    (tmp_path / "yearless.txt").write_text(YEAR_LESS, encoding="utf-8")
    engine.run([str(tmp_path / "yearless.txt")])
    dump = {"url": "https://example.org/news/2019/11/11/most", "text": YEAR_LESS.replace("Перми", "Кунгуре")}
    (tmp_path / "dump.jsonl").write_text(json.dumps(dump, ensure_ascii=False) + "\n", encoding="utf-8")
    engine.run([str(tmp_path / "dump.jsonl")])  # another input: the first one's guess stands
    published = {a["origin"]: (a["published"], a["published_year_guessed"]) for a in full_export(store)["articles"]}
    assert published[dump["url"]] == ("2019-11-11T10:30:00", False)  # the outlet's URL prints the year
    assert published[str(tmp_path / "yearless.txt")] == ("2026-11-11T10:30:00", True)  # the clock's (TODAY) guess


def test_a_quote_variant_exports_each_outlet_s_whole_wording(engine: Engine, store: Store, seeds: Path) -> None:
    engine.run([str(seeds)])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    outlet_of = {a["id"]: a["outlet"] for a in export["articles"]}
    variants = [d for d in export["stories"][0]["differences"] if d["kind"] == "quote_variant"]
    assert variants and all([w["article"] for w in d["wordings"]] == d["articles"] for d in variants)
    wordings = {(outlet_of[w["article"]], w["text"]) for d in variants for w in d["wordings"]}
    assert any(o == "Sputnik.kz" and "предварительно дало" in t for o, t in wordings)
    assert any(o == "Sputnik Таджикистан" and "в предварительном режиме" in t for o, t in wordings)


def test_a_shared_fact_exports_the_other_date_as_disputed_not_as_shared(engine: Engine, store: Store) -> None:
    """The corpus's tram story: two reports say 14 марта, two 16 марта (examples/corpus/gold.json)."""
    engine.run([str(CORPUS / name) for name in ("ru_015.txt", "html/sevpravda-tram.html", "feed.xml", "dump.jsonl")])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    opening = [d for s in export["stories"] for d in s["differences"]
               if d["kind"] == "shared" and "Шушар" in d["text"] and "марта" in d["text"]]
    assert opening
    for shared in opening:
        said = {a["id"]: a["text"] for a in export["articles"] if a["id"] in shared["articles"]}
        day = "14 марта" if "14 марта" in shared["text"] else "16 марта"
        assert all(day in text for text in said.values())
        assert [(d["text"], len(d["articles"])) for d in shared["disputed"]] == [({"14 марта": "16 марта"}.get(day, "14 марта"), 2)]


def test_an_article_exports_its_url_and_author_as_the_api_gives_them(engine: Engine, store: Store,
                                                                      tmp_path: Path) -> None:
    record = {"title": "Мост через Волгу открыт после ремонта", "url": "https://example.org/2026/03/05/most",
              "author": "Анна Петрова", "outlet": "Волжский телеграф", "published": "2026-03-05T10:00:00+03:00",
              "text": "САМАРА, 5 марта. Движение по мосту через Волгу открыли после ремонта, сообщили в мэрии."}
    (tmp_path / "dump.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Погода в Самаре\n\nВ Самаре ожидается снег и ветер до 15 м/с.",
                                        encoding="utf-8")
    engine.run([str(tmp_path)])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    by_url = {a["url"]: a for a in export["articles"]}
    assert by_url[record["url"]]["author"] == "Анна Петрова" and by_url[record["url"]]["origin"] == record["url"]
    assert by_url[None]["author"] is None and by_url[None]["origin"].endswith("plain.txt")
    stored = store.article(by_url[record["url"]]["id"]).article
    assert (stored.url, stored.author) == (record["url"], record["author"])


def test_a_flash_no_category_word_claims_is_other_not_society(engine: Engine, store: Store, tmp_path: Path) -> None:
    """A one-line plain text is kept as a flash (its title is its text); with no word of any category it is what
    the markup calls `other`, not the commonest label."""
    (tmp_path / "oneline.txt").write_text("Just one line", encoding="utf-8")
    engine.run([str(tmp_path)])
    [article] = full_export(store)["articles"]
    assert article["title"] == "Just one line" and article["news"] is True
    assert set(article["why"]["category_scores"].values()) == {0.0}
    assert article["category"] == "other"


def test_every_exported_time_carries_its_offset_or_says_its_zone_is_unknown(engine: Engine, store: Store,
                                                                            tmp_path: Path) -> None:
    """One report printed with a zone, one without: `published` keeps each as printed, `published_utc` is one
    zone-aware column (null where the zone is unknown), and `published_zone_known` says which is which."""
    body = ("Мэрия Самары объявила о ремонте моста через реку Самару. Работы начнутся в понедельник и продлятся "
            "два месяца, сообщил глава города. Движение по мосту ограничат в обе стороны.")
    lines = [{"title": "Мост в Самаре закроют на ремонт", "outlet": "Волжский вестник",
              "published": "2026-03-07T14:05:00+03:00", "text": body},
             {"title": "В Самаре отремонтируют мост", "outlet": "Самарское обозрение",
              "published": "2026-03-07T12:00:00", "text": body.replace("Мэрия", "Администрация")}]
    (tmp_path / "two.jsonl").write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                                        encoding="utf-8")
    engine.run([str(tmp_path / "two.jsonl")])
    export = full_export(store)
    jsonschema.validate(export, SCHEMA)
    by_outlet = {a["outlet"]: a for a in export["articles"]}
    zoned, naive = by_outlet["Волжский вестник"], by_outlet["Самарское обозрение"]
    assert (zoned["published"], zoned["published_utc"], zoned["published_zone_known"]) == (
        "2026-03-07T14:05:00+03:00", "2026-03-07T11:05:00+00:00", True)
    assert (naive["published"], naive["published_utc"], naive["published_zone_known"]) == (
        "2026-03-07T12:00:00", None, False)
    for story in export["stories"]:
        for end in ("first_published", "last_published"):
            printed, utc = story[end], story[f"{end}_utc"]
            assert story[f"{end}_zone_known"] is (utc is not None)
            assert utc is None or datetime.fromisoformat(utc) == datetime.fromisoformat(printed)
            assert utc is None or datetime.fromisoformat(utc).utcoffset() == timedelta(0)


def test_an_update_s_states_are_documented_and_nothing_more() -> None:
    """An update exports its states in time order, each with when, who and whether it is the latest; the schema
    documents them and refuses a field it does not."""
    differences = {"$defs": SCHEMA["$defs"], **SCHEMA["$defs"]["story_fields"]["properties"]["differences"]}
    update = to_dict(Difference("update", "Площадь пожара выросла до 5200 квадратных метров.", ["a" * 16, "b" * 16],
                                states=[State("2000 квадратных", datetime(2026, 6, 9, 7, 40), ["a" * 16], ["Вестник"]),
                                        State("5200 квадратных", datetime(2026, 6, 9, 13, 5), ["b" * 16], ["Регион"],
                                              latest=True)]))
    jsonschema.validate([update], differences)
    assert [(s["published"], s["latest"]) for s in update["states"]] == [("2026-06-09T07:40:00", False),
                                                                        ("2026-06-09T13:05:00", True)]
    undocumented = copy.deepcopy(update)
    undocumented["states"][0]["delta"] = 3000
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([undocumented], differences)


def _export_as_before(store: Store) -> tuple[str, str]:
    """The JSON and JSONL exports as svodka wrote them before they were streamed (session 14): the whole document
    built in memory from one read of every article and story, then dumped at once."""
    from svodka.export import _with_versions, article_record, story_record

    with store.reading():
        reports, stories, edited = store.report_times(), store.front_page(), store.articles_with_versions()
        listed_in = {article_id: story.id for story in stories for article_id in story.articles}
        articles = [_with_versions(store, article_record(stored, listed_in.get(stored.article.id)), edited)
                    for stored in store.articles()]
        records = [story_record(story, reports) for story in stories]
    document = json.dumps({"articles": articles, "stories": records}, ensure_ascii=False, indent=2) + "\n"
    by_id = {article["id"]: article for article in articles}
    lines = "".join(json.dumps(record | {"articles": [by_id[a] for a in record["articles"] if a in by_id]},
                               ensure_ascii=False) + "\n" for record in records)
    return document, lines


def test_the_streamed_exports_are_byte_for_byte_what_the_whole_documents_were(tmp_path: Path, models) -> None:
    from typer.testing import CliRunner

    from svodka.cli import app
    from tests.conftest import TODAY

    db = tmp_path / "corpus.db"
    names = ("ru_001.txt", "ru_002_cp1251.txt", "ru_003.txt", "ru_004_koi8r.txt", "ru_005.txt", "ru_020.txt",
             "en_001.txt")
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([str(CORPUS / name) for name in names])
        document, lines = _export_as_before(store)
    runner = CliRunner()
    streamed = runner.invoke(app, ["export", "--db", str(db)])
    assert streamed.exit_code == 0 and streamed.stdout == document
    jsonschema.validate(json.loads(streamed.stdout), SCHEMA)
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "-o", str(tmp_path / "e.jsonl")]
                         ).exit_code == 0
    assert (tmp_path / "e.jsonl").read_text(encoding="utf-8") == lines and lines.count("\n") >= 3
    empty = tmp_path / "empty.db"
    Store(empty).close()
    assert runner.invoke(app, ["export", "--db", str(empty)]).stdout == '{\n  "articles": [],\n  "stories": []\n}\n'


def test_jsonl_export_says_an_article_waits_for_its_story_to_be_built_not_that_it_is_in_none(tmp_path: Path,
                                                                                             models) -> None:
    """A run still comparing (or stopped while it did) has grouped its articles: their stories are not yet built."""
    from typer.testing import CliRunner

    from svodka.cli import app
    from tests.conftest import TODAY
    from tests.test_store_ungrouped import BRIDGE, LONE, interrupted_at

    db = tmp_path / "comparing.db"
    with Store(db) as store:
        Engine(store, models, now=TODAY).run([LONE])
        with pytest.raises(KeyboardInterrupt):
            Engine(store, models, now=TODAY, track=interrupted_at("Comparing sources")).run(BRIDGE)
        assert store.left_out_of_stories() == {"not_news": 0, "ungrouped": 0, "unbuilt": len(BRIDGE)}
    said = CliRunner().invoke(app, ["export", "--db", str(db), "--format", "jsonl"]).stderr
    assert f"{len(BRIDGE)} articles in no story left out ({len(BRIDGE)} in stories not yet built" in said, said
    assert "not news" not in said and "not yet grouped" not in said
