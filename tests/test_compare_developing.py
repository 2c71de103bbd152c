"""A story developing through one day: a later state of a figure is an update, not a conflict; a correction takes
its outlet's earlier figure back; the outlet's apology is no fact; a live blog's entries are the timeline's hours.
Texts are ours (fictional)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from svodka.compare import compare_articles
from svodka.compare.align import Members
from svodka.model import Article, Difference
from svodka.nlp import NlpModels, analyse
from svodka.summarise import story_summary, story_timeline

MSK = timezone(timedelta(hours=3))


def _members(models: NlpModels, *reports: tuple[str, str, str, str]) -> Members:
    """(outlet, HH:MM, title, body) each, published on one day."""
    articles = [Article(id=f"r{i}", origin=f"r{i}.txt", text=body, title=title, outlet=outlet,
                        published=datetime(2026, 6, 9, int(at[:2]), int(at[3:]), tzinfo=MSK))
                for i, (outlet, at, title, body) in enumerate(reports)]
    return [(a, analyse(a, models)) for a in articles]


def _kinds(differences: list[Difference], kind: str) -> list[Difference]:
    return [d for d in differences if d.kind == kind]


FIRST = ("Верхнеозёрский вестник", "08:10", "В Верхнеозёрске горит цех лакокрасочного завода",
         "Пожар в цехе лакокрасочного завода на Заводской улице в Верхнеозёрске начался утром в среду. "
         "Площадь пожара составляет 300 квадратных метров, сообщили в региональном МЧС. Пострадавших нет.")
LATER = ("Волжская правда", "11:20", "Площадь пожара на заводе в Верхнеозёрске выросла до 900 квадратных метров",
         "Площадь пожара в цехе лакокрасочного завода в Верхнеозёрске выросла до 900 квадратных метров, сообщили в "
         "региональном МЧС. К тушению привлечены 18 расчётов.")


def test_a_figure_a_later_report_says_grew_is_an_update_in_time_order(models: NlpModels) -> None:
    members = _members(models, FIRST, LATER)
    differences = compare_articles(members, models.embedding)
    assert not _kinds(differences, "conflict")
    updates = [d for d in _kinds(differences, "shared") if "updated:" in d.text]
    assert len(updates) == 1
    states = updates[0].text.partition("updated:")[2]
    assert states.index("300") < states.index("08:10") < states.index("900") < states.index("11:20")
    assert not any(d.disputed for d in differences)
    assert not any(c.disputed for c in story_summary(members, models.embedding))


def test_reports_of_one_hour_giving_two_tolls_still_conflict(models: NlpModels) -> None:
    members = _members(
        models,
        ("Верхнеозёрский вестник", "09:00", "При пожаре на заводе в Верхнеозёрске пострадали 12 человек",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали 12 человек, сообщили в больнице."),
        ("Волжская правда", "09:20", "При пожаре на заводе в Верхнеозёрске пострадали 15 человек",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали 15 человек, сообщили в больнице."))
    conflicts = _kinds(compare_articles(members, models.embedding), "conflict")
    assert len(conflicts) == 1 and "12" in conflicts[0].text and "15" in conflicts[0].text


def test_a_correction_takes_its_outlets_figure_back_and_its_apology_is_no_fact(models: NlpModels) -> None:
    members = _members(
        models,
        ("Волжская правда", "10:00", "При пожаре на заводе в Верхнеозёрске пострадали два человека",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали два человека, оба госпитализированы, "
         "сообщили в региональном МЧС."),
        ("Верхнеозёрский вестник", "12:00", "При пожаре на заводе в Верхнеозёрске пострадали три человека",
         "При пожаре в цехе лакокрасочного завода в Верхнеозёрске пострадали три человека, сообщили в "
         "региональном МЧС."),
        ("Верхнеозёрский вестник", "14:30", "Исправление: при пожаре на заводе в Верхнеозёрске пострадали двое",
         "Исправление. По уточнённым данным регионального МЧС, при пожаре в цехе лакокрасочного завода в "
         "Верхнеозёрске пострадали два человека, оба госпитализированы. Редакция приносит извинения читателям."))
    differences = compare_articles(members, models.embedding)
    assert not _kinds(differences, "conflict")
    summary = story_summary(members, models.embedding)
    assert not any("извинения" in text for text in [d.text for d in differences] + [c.text for c in summary])


def test_two_statements_of_one_speaker_hours_apart_are_no_quote_variant(models: NlpModels) -> None:
    members = _members(
        models,
        ("Верхнеозёрский вестник", "12:40", "Пожар на заводе в Верхнеозёрске локализован",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске локализован. «Угрозы соседним цехам больше нет, идёт "
         "разбор завалов», — сказал представитель МЧС Игорь Сомов."),
        ("Волжская правда", "17:05", "Пожар на заводе в Верхнеозёрске потушен",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске потушен. «Разбор завалов продлится до вечера "
         "четверга», — сказал представитель МЧС Игорь Сомов."))
    assert not _kinds(compare_articles(members, models.embedding), "quote_variant")


def test_a_body_and_its_regional_office_are_one_credit(models: NlpModels) -> None:
    members = _members(
        models,
        ("Верхнеозёрский вестник", "08:10", "В Верхнеозёрске горит цех завода",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске начался утром, сообщили в ГУ МЧС по Ярославской области."),
        ("Волжская правда", "08:30", "В Верхнеозёрске горит цех завода",
         "Пожар в цехе лакокрасочного завода в Верхнеозёрске начался утром, сообщили в МЧС."))
    assert not [d for d in _kinds(compare_articles(members, models.embedding), "attribution")
                if "attributed differently" in d.text]


def test_a_live_blogs_entries_are_timeline_events_at_their_hours(models: NlpModels) -> None:
    blog = ("Волжская правда", "17:10", "Пожар на заводе в Верхнеозёрске: онлайн",
            "17:05 Пожар в цехе лакокрасочного завода в Верхнеозёрске потушен, сообщили в МЧС.\n\n"
            "12:40 Пожар в цехе завода локализован на площади 900 квадратных метров.\n\n"
            "08:15 В Верхнеозёрске загорелся цех лакокрасочного завода на Заводской улице.")
    members = _members(models, FIRST, blog)
    hours = [event.date[11:16] for event in story_timeline(members, models.embedding) if "T" in event.date]
    assert hours == ["08:15", "12:40", "17:05"]
