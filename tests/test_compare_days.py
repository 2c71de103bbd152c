"""A day two reports give is one more thing to agree on, never a pass: a report is cited for a sentence only when it
prints what the sentence says besides its day, and a report giving another day for the same thing disputes it.
Texts are ours (fictional)."""

from __future__ import annotations

from svodka.compare import compare_articles
from svodka.model import Difference
from svodka.nlp import NlpModels

from tests.test_compare_citations import _members  # one report per (outlet, title, body), as the citation tests build them


def _differences(models: NlpModels, *reports: tuple[str, str, str]) -> list[Difference]:
    return compare_articles(_members(models, reports), models.embedding)


PORT = (("Приморский вестник", "В порту Северного упал кран",
         "В понедельник в контейнерном порту Северного упал портальный кран, пострадали двое рабочих. "
         "Во вторник порт Северного посетили инспекторы Ростехнадзора. "
         "Оператор порта заявил, что кран прошёл последнюю проверку в мае."),
        ("Берег", "Кран рухнул в порту Северного",
         "Двое рабочих пострадали при падении крана в контейнерном порту Северного в понедельник. "
         "Во вторник порт Северного снова начал принимать суда, сообщили в Ростехнадзоре. "
         "Оператор порта сообщил, что кран проверяли в мае."))


def test_a_report_is_not_cited_for_what_it_says_happened_another_way_that_day(models: NlpModels) -> None:
    differences = _differences(models, *PORT)
    shared = [d for d in differences if d.kind == "shared"]
    # the inspection is the first report's alone: the second only says the port reopened that Tuesday
    assert not any("инспекторы" in d.text and "b" in d.articles for d in shared)
    assert any("упал" in d.text or "пострадали" in d.text for d in shared if d.articles == ["a", "b"])


BRIDGE = (("Valley Times", "Old river bridge reopens",
           "The old stone bridge over the river reopened to traffic on Monday after two years of repairs. "
           "The repairs cost the county 4.2 million dollars, officials said on Monday."),
          ("Riverside Echo", "Stone bridge open again",
           "The old stone bridge over the river reopened to traffic on Sunday after two years of repairs. "
           "On Monday, county officials said the repairs had cost 4.2 million dollars."))


def test_another_day_for_the_same_event_is_a_conflict_not_a_shared_fact(models: NlpModels) -> None:
    differences = _differences(models, *BRIDGE)
    assert not any("reopened" in d.text for d in differences if d.kind == "shared")
    conflict = next(d for d in differences if d.kind == "conflict" and "reopened" in d.text)
    assert "Monday" in conflict.text and "Sunday" in conflict.text and conflict.articles == ["a", "b"]
    # the cost, said on Monday by both, is still the fact they share
    assert any("4.2" in d.text and d.articles == ["a", "b"] for d in differences if d.kind == "shared")


def test_two_reports_against_one_on_a_day_cite_the_two_and_dispute_the_third(models: NlpModels) -> None:
    third = ("Заречный курьер", "Каменный мост снова открыт",
             "Старый каменный мост через реку открыли для движения в воскресенье после двух лет ремонта.")
    differences = _differences(
        models,
        ("Вести Заречья", "Старый мост открыли после ремонта",
         "Старый каменный мост через реку открыли для движения в понедельник после двух лет ремонта."),
        ("Районные новости", "Мост через реку открыт",
         "Старый каменный мост через реку открыли для движения в понедельник после двух лет ремонта."),
        third)
    shared = next(d for d in differences if d.kind == "shared" and "мост" in d.text)
    assert "понедельник" in shared.text and shared.articles == ["a", "b"]
    assert [(d.text, d.articles) for d in shared.disputed] == [("в воскресенье", ["c"])]


def test_teams_playing_on_different_days_are_no_conflict(models: NlpModels) -> None:
    differences = _differences(
        models,
        ("Новости Балтики", "«Балтика» сыграла вничью",
         "Калининградская «Балтика» сыграла вничью 1:1 с «Волгарём» в матче 20-го тура. "
         "Следующий матч калининградцы проведут 21 марта на выезде."),
        ("Волжский спорт", "«Волгарь» не удержал победу",
         "Астраханский «Волгарь» сыграл вничью 1:1 с «Балтикой» в матче 20-го тура. "
         "Следующий матч «Волгарь» проведёт 22 марта дома."))
    assert not [d for d in differences if d.kind == "conflict"]
