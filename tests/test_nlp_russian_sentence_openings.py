"""Common nouns capitalised only because they open a sentence ("Пожар на складе…", "Исправление. Ранее мы
сообщали…") are no names; names standing in the same place ("Кремль", "Сбербанк", "Мосгорсуд") stay names."""

from __future__ import annotations

import pytest

from svodka.nlp.entities import canonical_entities
from svodka.nlp.russian import Span, analyse_russian
from svodka.nlp.russian.span_drops import common_noun_opening


def entity_names(text, models):
    _, spans = analyse_russian(text, models)
    return {e.name for e in canonical_entities(spans, text, english=False)}


def test_a_common_noun_opening_a_paragraph_is_no_place(models):
    text = ("В Туле загорелся ангар на Заводской улице\n\n"
            "Пожар в ангаре на Заводской улице в Туле начался ночью в среду, 3 июня, сообщили в ГУ МЧС по Тульской "
            "области.\n\nПричины пожара выясняются.")
    names = entity_names(text, models)
    assert "Пожар" not in names
    assert {"Тула", "Заводская улица"} <= names


@pytest.mark.parametrize("label", ["Исправление", "Уточнение"])
def test_a_corrections_label_is_no_person(label, models):
    text = (f"{label}: при аварии в Твери пострадали три человека\n\n"
            f"{label}. Ранее мы сообщали, что при аварии на Московском шоссе в Твери пострадали пять человек.\n\n"
            "По уточнённым данным ГУ МВД по Тверской области, пострадали три человека.")
    names = entity_names(text, models)
    assert label not in names
    assert {"Тверь", "Московское шоссе"} <= names


@pytest.mark.parametrize("text, name", [
    ("Песков ответил на вопрос о санкциях\n\nКремль не стал комментировать новые санкции, сообщил пресс-секретарь "
     "президента Дмитрий Песков.", "Кремль"),
    ("Ставки по вкладам снизились\n\nСбербанк снизил ставки по вкладам на 0,5 процентного пункта с понедельника.",
     "Сбербанк"),
    ("Цены на газ вырастут\n\nГазпром повысил цены на газ для европейских потребителей.", "Газпром"),
    ("Спутник выведен на орбиту\n\nРоскосмос запустил спутник связи с космодрома Восточный.", "Роскосмос"),
    ("Рейсы в Сочи отменены\n\nАэрофлот отменил рейсы в Сочи из-за непогоды, сообщили в авиакомпании.", "Аэрофлот"),
    ("Регионы получат деньги на дороги\n\nКабмин выделил регионам два миллиарда рублей на ремонт дорог.", "Кабмин"),
    ("Запуск перенесли\n\nБайконур готовится к запуску ракеты с грузовым кораблём.", "Байконур"),
    ("Бизнесмена оставили под стражей\n\nМосгорсуд оставил под стражей бизнесмена Петра Сидорова.", "Мосгорсуд"),
    ("Бизнесмена арестовали\n\nПресненский суд арестовал бизнесмена Ивана Кузнецова на два месяца.",
     "Пресненский суд"),
    ("Ответ Вашингтона\n\nБелый дом ответил на заявление МИД России.", "Белый дом"),
    ("Закон одобрен\n\nСенат одобрил законопроект о финансировании правительства США.", "Сенат"),
    ("Матч завершился победой хозяев\n\nЗенит обыграл Краснодар со счётом 2:0 в матче 10-го тура.", "Зенит"),
    ("Туристы едут на север\n\nПоморье ждёт рекордного числа туристов этим летом.", "Поморье"),
    ("Город встречает гостей\n\nРостов встретил участников фестиваля.", "Ростов"),
    ("Праздник в столице\n\nМосква готовится ко Дню города.", "Москва"),
    ("Интервью\n\nМороз заявил журналистам, что уйдёт из клуба летом.", "Мороз"),
])
def test_names_opening_a_sentence_stay_names(text, name, models):
    assert name in entity_names(text, models)


HEADLINE = "В Туле загорелся ангар\n\n"


@pytest.mark.parametrize("text, word, kind, tagged, dropped", [
    (HEADLINE + "Пожар начался ночью.", "Пожар", "LOC", "NOUN", True),
    (HEADLINE + "— Пожар начался ночью, — сказал он.", "Пожар", "LOC", "NOUN", True),  # direct speech's dash
    (HEADLINE + "Пожар начался ночью.", "Пожар", "LOC", "PROPN", False),  # the tagger reads a name: a place keeps it
    ("Уточнение: пострадали трое.", "Уточнение", "PER", "PROPN", True),  # no person is named by a neuter thing
    ("Гром заявил, что уйдёт.", "Гром", "PER", "PROPN", False),  # a masculine noun may be a surname
    (HEADLINE + "Кремль не ответил.", "Кремль", "LOC", "NOUN", False),  # a name svodka knows
    (HEADLINE + "Сбербанк снизил ставки.", "Сбербанк", "ORG", "NOUN", False),  # a bank by its compound
    (HEADLINE + "Наместников заявил, что уйдёт.", "Наместников", "PER", "NOUN", False),  # a genitive only: a surname
    (HEADLINE + "Рассвет готовится к празднику.", "Рассвет", "LOC", "NOUN", True),
    (HEADLINE + "Рассвет готовится к празднику. Жители посёлка Рассвет собрали деньги.", "Рассвет", "LOC", "NOUN",
     False),  # capitalised inside a sentence too: a name wherever it stands
    (HEADLINE + "Локомотив обыграл соперника в Туле.", "Локомотив", "ORG", "NOUN", True),
    (HEADLINE + "«Локомотив» обыграл соперника в Туле.", "Локомотив", "ORG", "NOUN", False),  # quoted: a name
    ("Ангар в Туле: Пожар начался ночью.", "Пожар", "LOC", "NOUN", True),  # after a colon
    ("Ночью в Туле Пожар начался в ангаре.", "Пожар", "LOC", "NOUN", False),  # capitalised inside a sentence
])
def test_a_common_noun_is_dropped_only_where_its_place_capitalises_it(text, word, kind, tagged, dropped, models):
    start = text.index(word)
    span = Span(start, start + len(word), kind, word, word)
    assert common_noun_opening(span, text, models.morph_vocab, tagged) is dropped
