"""Names in Ukrainian, Belarusian, Kazakh, Bulgarian and Serbian texts, found without a grammar of their own."""

from __future__ import annotations

from svodka.nlp.entities import canonical_entities
from svodka.nlp.other_languages import analyse_other
from svodka.nlp.translit import entity_key


def names(text: str) -> dict[str, str]:
    """Each name span's normal form → its type."""
    _, spans = analyse_other(text)
    return {span.normal: span.type for span in spans}


def test_serbian_small_letters_are_not_capitals():
    found = names("Одзив је био висок у Крагујевцу. Нова скупштина ће се састати у петак, а још једном ће гласати.")
    assert not [name for name in found if name.split()[0] in ("је", "ће", "још")]
    assert "Крагујевцу" in found


def test_sentence_openers_and_pronouns_are_no_names():
    found = names("Ми раді новим мостам. «Це рішення на часі», — сказав Остап Гнатюк. Гэта навіна. Біз келдік.")
    assert not {"Ми", "Це", "Гэта", "Біз"} & set(found)
    assert found["Остап Гнатюк"] == "PER"


def test_a_word_opening_a_sentence_is_a_name_when_the_text_capitalises_it_elsewhere():
    found = names("Житомир готується до зими. Мешканці Житомира отримали нові автобуси.")
    assert "Житомир" in found
    assert "Мешканці" not in found


def test_a_title_is_cut_and_a_known_place_split_from_the_name_after_it():
    found = names("У вівторок Президент України Олександр Дорошенко відвідав Одесу.")
    assert found["Олександр Дорошенко"] == "PER"
    assert found["Украина"] == "LOC"
    assert not [name for name in found if name.startswith("Президент")]


def test_a_name_after_a_title_in_an_oblique_case_is_given_in_the_nominative():
    found = names("Він подякував президентові Казахстану Касим-Жомарту Токаєву, а за словами речника МЗС "
                  "Айбека Смадіярова, вантажі прибудуть у грудні.")
    assert found["Касим-Жомарт Токаєв"] == "PER"
    assert found["Айбек Смадіяров"] == "PER"
    assert found["Казахстан"] == "LOC"


def test_a_kazakh_suffix_and_a_known_place_do_not_make_a_person():
    found = names("Қазақстан Киевке 200 тонна көмек жіберді. Біз Қазақстан атынан сөйлейміз.")
    assert found == {"Казахстан": "LOC", "Киев": "LOC"}


def test_the_outlet_crediting_itself_after_the_dateline_is_no_name():
    found = names("ЛЬВІВ, 3 березня — Західний кур'єр. Місто відкрило новий міст через Полтву.")
    assert "Західний" not in found
    assert found["ЛЬВІВ"] == "LOC"


def test_a_body_capitalised_by_its_first_word_is_one_organisation():
    found = names("Градска изборна комисија у Крушевцу објавила је резултате.")
    assert found["Градска изборна комисија"] == "ORG"


def test_a_quoted_name_is_a_body_unless_a_noun_before_it_says_it_is_a_place():
    found = names("Кандидати листи „Нова снага“ чекали су резултате. Пункт пропуску «Зелений Гай» закрили.")
    assert found["Нова снага"] == "ORG"
    assert found["Зелений Гай"] == "LOC"


def test_known_names_key_alike_in_every_language():
    text = "Колона прибула до Києва. У Києві її зустрів Віталій Кличко. Кличко подякував."
    _, spans = analyse_other(text)
    entities = {entity.key: entity for entity in canonical_entities(spans, text)}
    assert entity_key("Kyiv", "LOC") in entities
    assert len(entities[entity_key("Kyiv", "LOC")].mentions) == 2
    assert entity_key("Кличко", "PER") in entities


def test_a_day_opening_a_sentence_before_a_body_noun_names_no_body():
    assert names("Сьогодні уряд ухвалив бюджет. Днес парламентът гласува.") == {}


def test_a_place_before_a_titled_persons_two_names_is_split_off():
    found = names("Він зустрівся з міністром Франції Жаном Мартеном, а потім — з президентом Франції Еммануелем Роше.")
    assert found["Жан Мартен"] == "PER"
    assert found["Франції"] == "LOC"
