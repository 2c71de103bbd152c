"""Dates resolved to the calendar: ranges of months, bare months, the nth weekday of a month, days a change
starts from, seasons just past or to come, years a text gives before a day, and what is no date (a habit, part of a
year, a page's time stamp); then the numbers beside them that count nothing. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.nlp import NlpModels
from svodka.nlp.dates import find_dates
from svodka.nlp.numbers import find_numbers

PUBLISHED = date(2024, 11, 5)  # a Tuesday


def resolved(text: str, models: NlpModels | None = None) -> list[tuple[str, str | None]]:
    morph = models.morph_vocab if models else None
    return [(d.text, d.date) for d in find_dates(text, PUBLISHED, morph)]


# (text, expression, its date or interval), by rule
RESOLVED = [
    # a span of months or quarters is one interval
    ("Всего в марте-июне завод выпустил сто вагонов.", "в марте-июне", "2024-03-01/2024-06-30"),
    ("Отчёт за январь–август 2023 года опубликован.", "за январь–август 2023 года", "2023-01-01/2023-08-31"),
    ("Выручка с января по март 2023 года выросла.", "с января по март 2023 года", "2023-01-01/2023-03-31"),
    ("Сумма за ноябрь-февраль 2023 года не раскрыта.", "за ноябрь-февраль 2023 года", "2022-11-01/2023-02-28"),
    ("Sales fell from February to April 2023, it said.", "from February to April 2023", "2023-02-01/2023-04-30"),
    ("Its January–March 2023 figures were weak.", "January–March 2023", "2023-01-01/2023-03-31"),
    ("Прибыль во втором и третьем квартале 2023 года упала.", "во втором и третьем квартале 2023 года",
     "2023-04-01/2023-09-30"),
    # a bare Russian month is the nearest such month or the year named
    ("Синоптики обещают тёплый декабрь, сказал он.", "декабрь", "2024-12-01/2024-12-31"),
    ("А вот марта фермеры ждут с тревогой.", "марта", "2025-03-01/2025-03-31"),
    ("Сдать дом обещали, но сроком называли август прошлого года.", "август прошлого года", "2023-08-01/2023-08-31"),
    ("Январь выдался снежным.", "Январь", "2024-01-01/2024-01-31"),
    # the nth weekday of a month is that day
    ("The festival will return on the second Sunday in June.", "the second Sunday in June", "2025-06-08"),
    ("The vote was held on the first Monday of March 2023.", "the first Monday of March 2023", "2023-03-06"),
    ("Ярмарка пройдёт в последнее воскресенье сентября.", "в последнее воскресенье сентября", "2025-09-28"),
    # a weekday a change starts from or runs to
    ("Потепление начнётся с пятницы.", "с пятницы", "2024-11-08"),
    ("Приём заявок продлится до четверга.", "до четверга", "2024-11-07"),
    ("Документы подготовят к понедельнику.", "к понедельнику", "2024-11-11"),
    # a month named in any case or idiom
    ("Итоги прошлого месяца подвели в банке.", "прошлого месяца", "2024-10-01/2024-10-31"),
    ("Следующий месяц будет холодным, сказал синоптик.", "Следующий месяц", "2024-12-01/2024-12-31"),
    ("Выставка открыта в течение мая.", "в течение мая", "2024-05-01/2024-05-31"),
    ("The club hopes to lift the cup come May.", "May", "2025-05-01/2025-05-31"),
    ("The tour is long. “I have got to rest because the season starts in March.", "in March",
     "2025-03-01/2025-03-31"),
    # a season just past or to come
    ("Минувшим летом в парке высадили липы.", "Минувшим летом", "2024-06-01/2024-08-31"),
    ("Грядущая весна будет ранней.", "Грядущая весна", "2025-03-01/2025-05-31"),
    ("Обследование проводилось зимой этого года.", "зимой этого года", "2024-01-01/2024-02-29"),
    ("Каток откроют зимой этого года.", "зимой этого года", "2024-12-01/2025-02-28"),
    # a year range may shorten its end to two digits
    ("They won the league five times between 2011-14.", "between 2011-14", "2011-01-01/2014-12-31"),
    ("Завод строили в 2016-18 годах.", "в 2016-18 годах", "2016-01-01/2018-12-31"),
    # synonyms of last, this and next place a year or week
    ("В минувшем году продажи упали.", "В минувшем году", "2023-01-01/2023-12-31"),
    ("В будущем году парк откроют.", "В будущем году", "2025-01-01/2025-12-31"),
    ("Цены сравнили с нынешним годом.", "нынешним годом", "2024-01-01/2024-12-31"),
    ("Завод построили в позапрошлом году.", "в позапрошлом году", "2022-01-01/2022-12-31"),
    ("На минувшей неделе прошли торги.", "На минувшей неделе", "2024-10-28/2024-11-03"),
    ("Итоги подведут на будущей неделе.", "на будущей неделе", "2024-11-11/2024-11-17"),
]


@pytest.mark.parametrize(("text", "expression", "value"), RESOLVED)
def test_an_expression_resolves_to_its_date(text, expression, value, models):
    assert (expression, value) in resolved(text, models)


@pytest.mark.parametrize("text", ["Работы завершат в конце марта.", "Об этом рассказала Марта Иванова.",
                                  "Ремонт начнут в первых числах мая."])
def test_a_bare_month_word_that_is_a_name_or_a_vague_part_of_a_month_is_no_date(text, models):
    assert not any(d.text.lower() in ("марта", "мая") for d in find_dates(text, PUBLISHED, models.morph_vocab))


def test_the_evening_and_the_night_just_past(models):
    text = "Минувшим вечером на трассе столкнулись две машины. Минувшей ночью выпал снег."
    assert resolved(text, models) == [("Минувшим вечером", "2024-11-04"), ("Минувшей ночью", "2024-11-05")]


def test_a_day_far_from_publication_takes_the_year_the_text_gave_its_month(models):
    text = "Пожар случился в июне 2021 года. Утром 12 июня на склад приехали пожарные."
    assert ("12 июня", "2021-06-12") in resolved(text, models)


def test_a_day_near_publication_keeps_its_own_year(models):
    text = "Первый суд прошёл 20 ноября 2021 года. Новое заседание назначили на 3 ноября."
    assert ("3 ноября", "2024-11-03") in resolved(text, models)


@pytest.mark.parametrize("text", ["Пациентов, принятых с понедельника по пятницу, выписали.",
                                  "В ночь с четверга на пятницу ударит мороз."])
def test_a_span_of_weekdays_or_a_night_is_no_day_a_change_starts(text, models):
    assert not any(d.text.lower().startswith("с ") for d in find_dates(text, PUBLISHED, models.morph_vocab))


def test_a_month_after_a_glued_number_is_no_bare_month(models):
    assert resolved("Матч: Россия U206 ноября, 3:00.", models) == []


def test_the_new_expressions_without_a_publication_date_keep_only_what_the_text_fixes(models):
    text = "В апреле-сентябре и зимой этого года, минувшим летом, с четверга; the first Monday in May 2023."
    found = [(d.text, d.date) for d in find_dates(text, None, models.morph_vocab)]
    assert ("the first Monday in May 2023", "2023-05-01") in found
    assert all(resolved_date is None for text_, resolved_date in found if "2023" not in text_)


@pytest.mark.parametrize(("text", "kept"), [
    ("Обычно экзамен проводят в июне, но в этом году его перенесли на июль.", ["в этом году", "на июль"]),
    ("Осенью традиционно ухудшается качество воды.", []),
    ("He came in every Monday with a smile, and on Friday he left.", ["on Friday"]),
    ("Markets usually calm down in August.", []),
])
def test_a_time_said_of_every_year_or_week_is_no_date_in_its_clause(text, kept, models):
    assert [d.text for d in find_dates(text, PUBLISHED, models.morph_vocab)] == kept


@pytest.mark.parametrize("text", ["Запуск намечен в начале 2025 года.", "Переговоры начались в конце прошлого года.",
                                  "He moved to the club in early 2019.", "Prices peaked in mid-2021."])
def test_the_start_middle_or_end_of_a_year_is_no_date(text, models):
    assert find_dates(text, PUBLISHED, models.morph_vocab) == []


def test_a_year_named_only_in_part_still_anchors_that_year(models):
    text = "He joined in early 2017 and was sold in November of that year."
    assert resolved(text, models) == [("in November of that year", "2017-11-01/2017-11-30")]


@pytest.mark.parametrize("text", ["Заголовок\n\n17:13 17.11.2024 Фото: архив\nТекст.",
                                  "Заголовок\n\nВчера, 19:11 Вчера, 19:11 Учёные выяснили, как спят дети."])
def test_a_page_s_time_stamp_is_no_date(text, models):
    assert find_dates(text, PUBLISHED, models.morph_vocab) == []


def test_a_clock_time_in_a_sentence_keeps_its_day(models):
    assert resolved("Вчера в 19:11 на трассе столкнулись машины.", models) == [("Вчера", "2024-11-04")]


def test_an_announcement_s_date_and_time_before_a_dash_is_a_date(models):
    text = "Заголовок\n\n14 ноября, 10:00 — в Москве начнется конференция о цифровой экономике."
    assert [d.text for d in find_dates(text, PUBLISHED, models.morph_vocab)] == ["14 ноября"]


@pytest.mark.parametrize(("text", "counted"), [
    ("Нефть подешевела до $30 за баррель к 17:58 МСК, сбавив 5%.", [("5%", 5.0)]),
    ("Дело возбуждено по ч. 5 ст. 264 УК РФ, пострадавших везут в больницу № 7, их 12 человек.", [("12 человек", 12.0)]),
    ("The No. 2 seed won 6-4 to reach the final, and Fest 2019 will be held by 300 volunteers.",
     [("300 volunteers", 300.0)]),
    ("Снимок 17.11.2019 Фото: архив. Ответил на 55 вопросов.", [("55 вопросов", 55.0)]),
])
def test_numbers_that_count_nothing_are_no_facts(text, counted):
    assert [(n.text, n.value) for n in find_numbers(text, str.lower)] == counted


@pytest.mark.parametrize("text, published, expected", [
    ("«Ураган» проиграл «Соколу» 1:2 в воскресном матче тура.", date(2026, 3, 8), [("в воскресном матче", "2026-03-08")]),
    ("«Зенит» сыграет со «Спартаком» в субботнем матче.", date(2026, 3, 4), [("в субботнем матче", "2026-03-07")]),
    ("Об этом он сказал на пятничном брифинге.", date(2026, 3, 9), [("на пятничном брифинге", "2026-03-06")]),
    ("Дети учатся в воскресной школе при храме.", date(2026, 3, 9), []),  # a school of Sundays, no day
])
def test_a_weekday_named_by_its_adjective_is_the_events_day(models: NlpModels, text, published, expected):
    assert [(ref.text, ref.date) for ref in find_dates(text, published, models.morph_vocab)] == expected
