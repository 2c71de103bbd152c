"""Russian entities on the forms real news writes: abbreviations, plural names, nested names, routes."""

from __future__ import annotations

import pytest

from svodka.nlp.entities import canonical_entities
from svodka.nlp.russian import analyse_russian, nominative


def entities(text, models):
    _, spans = analyse_russian(text, models)
    return {e.name: {m.text for m in e.mentions} for e in canonical_entities(spans, text, english=False)}


@pytest.mark.parametrize("written, canonical", [
    ("ФОМ", "ФОМ"),  # read as a word, an abbreviation is the genitive plural of the name "Фома"
    ("МИД России", "МИД России"),
    ("Ведомостей", "Ведомости"),  # a name written in the plural stays plural
    ("Военно-морских сил", "Военно-морские силы"),
    ("Тюменской областях", "Тюменская область"),  # a noun shared by a list of places is each one's
    ("Ботанического парка", "Ботанический парк"),  # not "парок", whose genitive is "парка" too
    ("Ботаническом парке", "Ботанический парк"),  # not "парка", a jacket: the adjective is masculine
    ("Митридат", "Митридат"),  # unknown, and a nominative as written: not a guessed "митридата"
    ("Самару", "Самара"),
])
def test_names_go_to_their_nominative(written, canonical, models):
    assert nominative(written, models.morph_vocab) == canonical


def test_an_organisation_keeps_the_country_of_its_name(models):
    found = entities("Об этом сообщили в МИД РФ. Позднее МИД России уточнил детали.", models)
    assert found.get("МИД России") == {"МИД РФ", "МИД России"}
    assert "Россия" not in found


def test_a_shortened_name_joins_the_full_one(models):
    text = ("Депутаты Законодательного собрания Приморского края обсудили бюджет. "
            "Решение Законодательного собрания вступит в силу в январе.")
    found = entities(text, models)
    assert found.get("Законодательное собрание Приморского края") == {
        "Законодательного собрания Приморского края", "Законодательного собрания"}


def test_a_legal_form_before_a_quoted_name_is_not_the_name(models):
    found = entities("Работы выполнит ООО «Северный мост» до конца года.", models)
    assert "Северный мост" in found
    assert not any(name.startswith("ООО") for name in found)


def test_a_route_is_its_two_places(models):
    found = entities("На трассе Адлер—Сочи прошел ремонт.", models)
    assert found.get("Адлер") == {"Адлер"} and found.get("Сочи") == {"Сочи"}


def test_roles_capitalised_by_the_sentence_and_common_abbreviations_are_no_names(models):
    text = "Вратарь «Ротора» Иван Петров заявил, что СМИ ошиблись."
    found = entities(text, models)
    assert "Вратарь" not in found and "СМИ" not in found
    assert "Иван Петров" in found
