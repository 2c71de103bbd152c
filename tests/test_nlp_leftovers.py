"""Three reading leftovers: numbers in every case and after the distributive "по" ("один" only where it counts),
the lead of a report whose headline is only a quotation, and which headline words belong to a name."""

from __future__ import annotations

from functools import partial

import pytest

from svodka.model import Article
from svodka.nlp import analyse
from svodka.nlp.numbers import find_numbers
from svodka.nlp.understand import counted_noun_lemma
from svodka.stories.vectors import HEADLINE_WEIGHT, LEAD_WEIGHT, term_counts


def read(models, text: str) -> list[tuple[str, float, str]]:
    lemmatize = partial(counted_noun_lemma, models.morph_vocab)  # as `analyse` does
    return [(n.text, n.value, n.unit) for n in find_numbers(text, lemmatize)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Выплаты получили почти по трём тысячам пациентов каждой клиники.", 3000, "пациент"),  # dative, distributive
    ("Бюджет пополнился пятью миллионами рублей.", 5e6, "рубль"),  # instrumental
    ("Речь идёт о двух тысячах человек.", 2000, "человек"),  # prepositional
    ("Штраф назначен трем тысячам водителей.", 3000, "водитель"),  # "ё" printed as "е"
    ("Он заплатил по трём тысячам долларов.", 3000, "доллар"),
    ("Ущерб оценили двумя миллиардами рублей.", 2e9, "рубль"),
    ("Премии выплатили двумстам тридцати пяти сотрудникам.", 235, "сотрудник"),  # a compound number, each place
    ("Сто двадцать пять человек эвакуировали.", 125, "человек"),
    ("Эвакуированы более тысячи человек.", 1000, "человек"),  # a hedged "тысячи" is one thousand
    ("Город потратил около миллиона рублей.", 1e6, "рубль"),  # a scale word alone is one of it
    ("На трассе собралось порядка сорока машин.", 40, "машина"),
    ("Выплаты получат свыше полутора миллионов пенсионеров.", 1.5e6, "пенсионер"),
])
def test_number_words_are_read_in_every_case(models, text, value, unit):
    assert [(found_value, found_unit) for _, found_value, found_unit in read(models, text)] == [(value, unit)]


@pytest.mark.parametrize("hedge", ["почти", "около", "более", "свыше", "порядка"])
def test_a_hedge_before_an_oblique_number_stays_with_it_so_the_number_reads_as_approximate(models, hedge):
    (text, value, _), = read(models, f"Помощь оказана {hedge} по трём тысячам семей.")
    assert text.startswith(f"{hedge} по трём тысячам") and value == 3000


@pytest.mark.parametrize("text", [
    "Тысячи людей вышли на улицы.",  # thousands: no figure
    "Он навестил семью погибших.",  # "семью" is the family, not seven
])
def test_words_that_only_look_like_numbers_are_no_figure(models, text):
    assert read(models, text) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("На месте происшествия погиб один человек.", 1, "человек"),  # nominative
    ("Ремонт моста займёт одну неделю.", 1, "неделя"),  # accusative
    ("Полиция задержала одного водителя.", 1, "водитель"),  # accusative of a person
    ("Спасатели нашли ещё одного туриста.", 1, "турист"),  # limited by a hedge
    ("Мест хватило лишь одной семье.", 1, "семья"),
    ("Премию вручат только одному участнику.", 1, "участник"),
    ("Подарки раздали по одному ребёнку из каждого класса.", 1, "ребёнок"),
    ("Погибли более одного человека.", 1, "человек"),  # a hedge of the number pattern
    ("Ущерб превысил сумму одного миллиона рублей.", 1e6, "рубль"),  # a scale after it
    ("Инфляция остановилась на одном проценте.", 1, "процент"),  # a measure, even after a preposition
    ("Улов не дотянул и до одной тонны.", 1, "тонна"),
])
def test_a_form_of_one_that_counts_is_still_read_as_one(models, text, value, unit):
    assert [(found_value, found_unit) for _, found_value, found_unit in read(models, text)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Пожар произошёл в одном доме на окраине.",  # "in the same / a certain house"
    "Оба предприятия работают на одном заводе.",
    "Одной женщине стало плохо в автобусе.",
    "Соседи живут на одной улице.",
    "С одной стороны, решение назрело.",
    "Все участники пришли к одному выводу.",
    "Обе команды выступили одним составом.",
    "Ни одного человека не эвакуировали.",  # none, not one
    "Ни один пассажир не пострадал.",
    "Жертв нет ни в одной области.",
])
def test_one_as_a_certain_the_same_or_none_is_no_figure(models, text):
    assert read(models, text) == []


QUOTED_TITLE = "«Мы не отступим»"
PLAIN_TITLE = "Протест у свалки"
BODY = ("Жители посёлка Сосновка вышли на митинг против мусорного полигона. "
        "Активисты собрали подписи под обращением к губернатору. "
        "Администрация района обещала проверить документы.")


def counted(models, title: str, text: str) -> dict[str, float]:
    article = Article(id=title, origin=title, text=text, title=title)
    return term_counts(article, analyse(article, models))


@pytest.mark.parametrize("body", [BODY, f"{QUOTED_TITLE} {BODY}"])  # the body on its own, or running the title in
def test_a_quotation_only_headline_keeps_the_texts_first_sentence_as_the_lead(models, body):
    quoted = counted(models, QUOTED_TITLE, body)
    plain = counted(models, PLAIN_TITLE, body.removeprefix(QUOTED_TITLE + " "))
    assert {"^митинг", "^житель"} <= quoted.keys() and "^митинг" not in plain  # the first sentence tells the event
    # ... but weighs in the body as the lead it is: the first two sentences by LEAD_WEIGHT, the third as any other
    assert quoted["митинг"] == plain["митинг"] == LEAD_WEIGHT != HEADLINE_WEIGHT
    assert quoted["подпись"] == plain["подпись"] == LEAD_WEIGHT
    assert quoted["документ"] == plain["документ"] == 1.0
    assert "^подпись" not in quoted


def test_a_headline_word_is_part_of_a_name_only_when_it_is_a_word_of_the_name_inflected(models):
    terms = counted(models, "Жители Краснодара пожаловались на красную воду из-под крана",
                    "Жители Краснодара пожаловались на красную воду. В водоканале обещали проверку.")
    assert "*краснодар" in terms and "^красный" in terms
    assert "*красный" not in terms  # "красн" is how both begin, not one word inflected
    georgia = counted(models, "МВД Грузии призвало водителей к осторожности",
                      "МВД Грузии призвало водителей соблюдать осторожность.")
    assert {"*мвд", "*грузия"} <= georgia.keys() and "*призвать" not in georgia


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("На рейде стоят 23 судна.", 23, "судно"),  # the noun, not the short adjective «судный» read first
    ("Во дворе посадили 249 каштанов.", 249, "каштан"),  # not «каштановый»
    ("В регионе выявили 97 новых случаев.", 97, "новый"),  # a full adjective keeps its reading, not «новое»
    ("Дом престарелых принял около ста пожилых жильцов.", 100, "пожилой"),
])
def test_a_counted_word_read_first_as_a_short_adjective_is_the_noun(models, text, value, unit):
    assert [(v, u) for _, v, u in read(models, text)] == [(value, unit)]
