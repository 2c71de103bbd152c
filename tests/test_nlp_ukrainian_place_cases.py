"""A Ukrainian street or square named in any case keys as in the nominative (session 16): «на Поштовій площі» and
«Поштова площа» are one place, and the Russian «Почтовая площадь» meets both."""

from __future__ import annotations

from svodka.nlp.other_languages import analyse_other
from svodka.nlp.place_cases import nominative_place
from svodka.nlp.translit import entity_key


def test_every_case_of_an_adjective_and_a_place_noun_gives_the_nominative():
    forms = ["Поштовій площі", "Поштової площі", "Поштову площу", "Поштовою площею", "Поштова площа"]
    assert {nominative_place(form) for form in forms} == {"Поштова площа"}
    assert nominative_place("Московському проспекті") == nominative_place("Московським проспектом") == (
        "Московський проспект")
    assert nominative_place("Верхньої вулиці") == "Верхня вулиця"  # a soft adjective keeps its soft ending
    assert nominative_place("Житомирському шосе") == "Житомирське шосе"  # the noun never declines
    assert nominative_place("Великій Васильківській вулиці") == "Велика Васильківська вулиця"


def test_words_that_do_not_agree_with_the_noun_are_left_as_written():
    assert nominative_place("Карпатські гори") == "Карпатські гори"  # a plural, not the singular «гори»
    assert nominative_place("вулиці Шевченка") == "вулиці Шевченка"  # a noun before a person's name
    assert nominative_place("Шевченка вулиці") == "Шевченка вулиці"
    assert nominative_place("Київ") == "Київ"


def test_inflected_and_nominative_names_share_one_key_with_the_russian_one():
    keys = {entity_key(name, "LOC") for name in ("Поштовій площі", "Поштова площа", "Почтовая площадь")}
    assert len(keys) == 1
    assert entity_key("Контрактовій площі", "LOC") != entity_key("Поштовій площі", "LOC")


def test_a_ukrainian_text_names_the_square_whole_and_in_the_nominative():
    text = ("У Харкові на Соборній площі відкрили ярмарок. Біля Соборної площі перекрили рух, а на Великій "
            "Садовій вулиці стоїть затор. Головна вулиця міста закрита до вечора.")
    places = {(span.text, span.normal) for span in analyse_other(text)[1] if span.type == "LOC"}
    assert {("Соборній площі", "Соборна площа"), ("Соборної площі", "Соборна площа"),
            ("Великій Садовій вулиці", "Велика Садова вулиця")} <= places
    assert not any("Головна" in written for written, _ in places)  # a sentence's opener, capitalised as any


def test_a_russian_lake_keys_as_russian_and_a_market_is_no_place():
    assert nominative_place("Чудского озера") == "Чудского озера"  # Russian: no Ukrainian agreement read into it
    assert nominative_place("Чудському озері") == "Чудське озеро"
    spans = analyse_other("Ціни на Європейському ринку зросли на п'ять відсотків.")[1]
    assert not any("ринку" in span.text for span in spans)  # a market, no place: prices rose there
