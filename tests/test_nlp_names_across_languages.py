"""One thing named in Russian and English meets under one key; English names get the type the thing has.

The texts are our own, in the shapes wire copy takes (a dateline in capitals, "Shipping Minister X", a report
written in both languages); each test names the rule it checks.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.language import language_parts
from svodka.nlp.translit import entity_key


def _analysis(text: str, models):
    return analyse(Article(id="t", origin="test", text=text, published=datetime(2026, 3, 2, 9, 0)), models)


def _keys(text: str, models) -> dict[str, str]:
    """Each mention's written form → its entity's key."""
    return {m.text: e.key for e in _analysis(text, models).entities for m in e.mentions}


def _types(text: str, models) -> dict[str, str]:
    """Each mention's written form → its entity's type."""
    return {m.text: e.type for e in _analysis(text, models).entities for m in e.mentions}


ENGLISH = ("Leaders agree trade pact\n\nWASHINGTON (Reuters) - President Joe Biden and the UK prime minister met "
           "at the White House on Thursday. The U.S. and Britain will begin talks in Dhaka next week, officials said. "
           "A ferry sank on the Meghna River last month.")
RUSSIAN = ("Лидеры договорились о торговле\n\nВАШИНГТОН, 8 июн — Президент США Джо Байден встретился в Белом доме с "
           "премьером Великобритании. Переговоры начнутся в Дакке. В прошлом месяце на реке Мегхна затонул паром.")


@pytest.mark.parametrize("english, russian", [
    ("Joe Biden", "Джо Байден"),  # English "i" as in "bite" is Russian "ай"
    ("White House", "Белом доме"),  # a body the letters cannot bridge: the table of names across languages
    ("Dhaka", "Дакке"),  # an "h" Russian does not write after a stop
    ("Meghna River", "Мегхна"),  # Russian names the river without the word
    ("UK", "Великобритании"), ("Britain", "Великобритании"),
    ("U.S.", "США"),  # capitals with full stops are a name too
])
def test_a_name_in_english_meets_its_russian_form(models, english, russian):
    assert _keys(ENGLISH, models)[english] == _keys(RUSSIAN, models)[russian]


def test_spellings_of_one_body_key_alike():
    assert entity_key("Walter Reed National Medical Centre", "ORG") == entity_key(
        "Walter Reed National Medical Center", "ORG")
    assert entity_key("Labour", "ORG") == entity_key("Labour Party", "ORG")
    assert entity_key("Kazan Centre", "ORG") != entity_key("Kazan", "ORG")


def test_two_surnames_differing_in_ai_and_i_stay_apart_from_other_names():
    assert entity_key("Байден", "PER") != entity_key("Бейкер", "PER")
    assert entity_key("Sunak", "PER") == entity_key("Сунак", "PER")


def test_a_portfolio_before_minister_is_no_place(models):
    text = ("Ferry inquiry opens\n\nShipping Minister Khalid Mahmud said the owners would be charged. Culture "
            "Secretary Ann Vale agreed, and Wales Secretary Tom Price said the same in Cardiff.")
    types = _types(text, models)
    assert types["Khalid Mahmud"] == "PER" and types["Ann Vale"] == "PER"
    assert "Shipping" not in types and "Culture" not in types
    assert types.get("Wales") == "LOC"  # a place the office serves is still named


def test_a_dateline_in_capitals_is_a_place_with_or_without_a_comma(models):
    for lead in ("WASHINGTON (Reuters) - ", "WASHINGTON - ", "WASHINGTON, June 8 (Reuters) - "):
        types = _types(f"Talks open\n\n{lead}Officials from Kaldera met on Thursday in Washington.", models)
        assert types["WASHINGTON"] == "LOC", lead


def test_known_countries_and_bodies_get_their_type_whatever_the_sentence(models):
    text = ("Pact signed\n\nUkraine said on Monday it welcomed the deal. The UK said it would help, but Congress "
            "must approve it, and Labour backed it. Lawmakers on Capitol Hill were divided.")
    types = _types(text, models)
    assert types["Ukraine"] == "LOC" and types["UK"] == "LOC"
    assert types["Congress"] == "ORG" and types["Labour"] == "ORG"
    assert types["Capitol Hill"] == "LOC"


def test_one_country_written_two_ways_is_one_entity(models):
    text = "Trade deal\n\nThe U.S. signed the deal. Officials in the United States said it would last."
    entities = [e for e in _analysis(text, models).entities if e.key == entity_key("United States", "LOC")]
    assert len(entities) == 1 and {m.text for m in entities[0].mentions} == {"U.S.", "United States"}


MIXED = ("Ferry sinks in Bangladesh / Паром затонул в Бангладеш\n\n"
         "DHAKA - A ferry sank on the Meghna River on Monday, police official Abdul Karim said.\n\n"
         "Паром затонул на реке Мегхна в понедельник, сообщил представитель полиции Абдул Карим.\n\n"
         '"Whoever is responsible will face the law," Shipping Minister Khalid Mahmud said. '
         "«Виновные ответят по закону», — заявил министр Халид Махмуд.")


def test_a_report_in_two_languages_has_each_part_read_in_its_own(models):
    analysis = _analysis(MIXED, models)
    forms = {e.key: {m.text for m in e.mentions} for e in analysis.entities}
    assert {"Khalid Mahmud", "Халид Махмуд"} <= forms[entity_key("Khalid Mahmud", "PER")]
    assert {"Abdul Karim", "Абдул Карим"} <= forms[entity_key("Abdul Karim", "PER")]
    assert "DHAKA" in forms[entity_key("Dhaka", "LOC")]
    assert "Shipping" not in {m.text for e in analysis.entities for m in e.mentions}


def test_language_parts_split_only_a_text_written_at_length_in_two_scripts():
    parts = language_parts(MIXED)
    # the headline in both languages goes with the English paragraph after it (as many letters of each)
    assert [language for _, _, language in parts] == ["en", "ru", "en", "ru"]
    assert MIXED[parts[1][0]:parts[1][1]].startswith("Паром затонул на реке")
    assert MIXED[parts[3][0]:parts[3][1]].startswith("«Виновные")
    assert language_parts("Сотрудники Nordlight Robotics и Kaldera Capital подписали соглашение в Казани.") == []
    assert language_parts(ENGLISH) == []


def test_a_place_and_the_person_after_it_are_two_names(models):
    text = ("Паром затонул\n\nПаром затонул в Бангладеш, сообщил представитель полиции округа Муншигандж Абдул Карим. "
            "Спасатели работали на улице Льва Толстого.")
    types = _types(text, models)
    assert types["Абдул Карим"] == "PER" and types["Муншигандж"] == "LOC"
    assert entity_key("Муншигандж", "LOC") == entity_key("Munshiganj", "LOC")
