"""Session 17: a quote's speaker is whom the text gives the verb of saying or the role, not a victim the report
names beside it; an honorific with a first name or a surname keys with the full name; a body's acronym and its
clipped form ("the Met department") key with its full name. All texts are fictional."""

from datetime import datetime

import pytest

from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.english import analyse_english
from svodka.nlp.quotes import find_quotes
from tests.test_nlp_quotes_dates import entity


def speakers(text: str, *people: tuple[str, ...]) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, [entity(text, name, "PER", *spellings) for name, *spellings in people])]


def test_a_post_after_a_quote_is_no_drowned_child():
    text = ("В воскресенье в реке Сосновке утонула 9-летняя Мария Лапина. Марию Лапину искали три часа. "
            "«Родители не следили за ребёнком», — отметил начальник районного отдела полиции.")
    assert speakers(text, ("Мария Лапина", "Мария Лапина", "Марию Лапину")) == [None]


def test_a_post_after_a_quote_is_the_official_the_text_gave_it():
    text = ("На берег прибыл начальник районного отдела полиции Сергей Ветров. В реке утонул 10-летний Иван Дронов. "
            "Ивана Дронова нашли водолазы. «Течение здесь очень сильное», — отметил начальник полиции.")
    people = [("Сергей Ветров",), ("Иван Дронов", "Иван Дронов", "Ивана Дронова")]
    assert speakers(text, *people) == ["Сергей Ветров"]


def test_a_common_noun_after_a_quote_is_the_person_introduced_with_a_role():
    text = ("Катер перевернулся у причала. На месте работал пресс-секретарь спасательной службы Олег Зимин. "
            "Погибла Анна Крылова. Анну Крылову достали из воды. «Спасти женщину не удалось», — цитирует "
            "пиар-менеджера агентство.")
    people = [("Олег Зимин",), ("Анна Крылова", "Анна Крылова", "Анну Крылову")]
    assert speakers(text, *people) == ["Олег Зимин"]


@pytest.mark.parametrize("attribution", ["said a rescuer who pulled her out", "the police inspector said"])
def test_someone_described_after_an_english_quote_is_not_the_victim(attribution):
    text = (f"Lily Evans, 9, drowned in the River Tay on Saturday. Lily Evans was playing on the bank. "
            f'"The water was cold and fast-moving and she was swept away," {attribution}.')
    assert speakers(text, ("Lily Evans",)) == [None]


def test_he_after_a_sentence_about_a_girl_is_the_official():
    text = ("Inspector Mark Doyle said officers were called at 3pm. Lily Evans had been playing on the bank with her "
            'brother. "The water was cold and fast-moving," he said.')
    assert speakers(text, ("Mark Doyle",), ("Lily Evans",)) == ["Mark Doyle", "Mark Doyle"]


def entities(models, text: str, title: str) -> dict[str, set[str]]:
    article = Article(id="t", origin="test", title=title, text=text, published=datetime(2026, 7, 2, 9, 0))
    return {e.name: {m.text for m in e.mentions} for e in analyse(article, models).entities}


def test_an_honorific_with_a_first_name_or_a_surname_keys_with_the_full_name(models):
    text = ("Prime Minister Owen Mercer visited a hospital in Leeds on Monday, with envoy Pavel Vorontsov and minister "
            "Karin Lindell. Sir Owen said the wards needed nurses. Mr Vorontsov said the visit was useful, and "
            "Ms Lindell said she agreed.")
    found = entities(models, text, "Mercer visits Leeds")
    assert {"Owen", "Owen Mercer"} <= found["Owen Mercer"]
    assert "Vorontsov" in found["Pavel Vorontsov"] and "Lindell" in found["Karin Lindell"]


def test_a_title_alone_is_the_person_the_text_gave_it(models):
    text = "Health Secretary Ruth Calloway visited Leeds on Monday. The health secretary said the wards were full."
    found = entities(models, text, "Calloway in Leeds")
    assert "secretary" in found["Ruth Calloway"]


def test_a_nationality_the_acronym_spells_stays_in_the_body_s_name():
    text = ("Strong winds are likely, according to the Indian Meteorological Department (IMD). "
            "According to the IMD, the humidity was 74 percent.")
    assert analyse_english(text)[1][0].normal == "Indian Meteorological Department"


def test_a_clipped_word_before_a_body_s_head_noun_is_that_body(models):
    text = ("The India Meteorological Department (IMD) issued a red alert for Kerala on Monday. The Met department "
            "said more rain was likely, and the MeT department warned fishermen. The IMD said schools should close.")
    found = entities(models, text, "Heavy rain in Kerala")
    assert found["India Meteorological Department"] == {"India Meteorological Department", "IMD", "Met", "MeT"}
