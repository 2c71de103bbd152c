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


def resolved(text: str, models: NlpModels | None = None, published: date = PUBLISHED) -> list[tuple[str, str | None]]:
    morph = models.morph_vocab if models else None
    return [(d.text, d.date) for d in find_dates(text, published, morph)]


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


@pytest.mark.parametrize(("text", "expression", "value"), [
    # «в следующем году / месяце» after a year or month the text names counts from it: in the same sentence...
    ("В 2015-м году она окончила институт, а уже в следующем году вышла замуж.", "в следующем году",
     "2016-01-01/2016-12-31"),
    ("Магазин открылся в марте 2016 года, а в следующем месяце закрылся.", "в следующем месяце",
     "2016-04-01/2016-04-30"),
    ("В 2030 году построят станцию, а в следующем году — депо.", "в следующем году", "2031-01-01/2031-12-31"),
    # ... or in the sentence before, told in the past
    ("Фирма закрылась в 2012 году. В следующем году её здание продали.", "В следующем году", "2013-01-01/2013-12-31"),
    # a plan counts from publication: with no year named, after one in another sentence, or told of a past year
    ("В следующем году завод планируют расширить.", "В следующем году", "2025-01-01/2025-12-31"),
    ("Завод открылся в 2012 году. В следующем году его расширят.", "В следующем году", "2025-01-01/2025-12-31"),
    ("Закон, принятый в 2019 году, вступит в силу в следующем году.", "в следующем году", "2025-01-01/2025-12-31"),
])
def test_the_following_year_counts_from_the_year_just_named(text, expression, value, models):
    assert (expression, value) in resolved(text, models)


@pytest.mark.parametrize(("text", "expected"), [
    ("Долги погасили лишь за март и апрель 2022 года.", [("за март и апрель 2022 года", "2022-03-01/2022-04-30")]),
    ("Работы шли в октябре, ноябре и декабре 2019 года.", [
        ("в октябре", "2019-10-01/2019-10-31"), ("ноябре", "2019-11-01/2019-11-30"),
        ("декабре 2019 года", "2019-12-01/2019-12-31")]),
    ("Отчёты сдали за сентябрь, декабрь и январь 2020 года.", [
        ("за сентябрь", "2019-09-01/2019-09-30"), ("декабрь и январь 2020 года", "2019-12-01/2020-01-31")]),
    ("Встречи прошли 5 мая и 7 июня 2020 года.", [("5 мая", "2020-05-05"), ("7 июня 2020 года", "2020-06-07")]),
    # the year written first holds for the items after it, a later month past New Year in the year after
    ("Долги погасили в марте 2023 года и апреле.", [
        ("в марте 2023 года", "2023-03-01/2023-03-31"), ("апреле", "2023-04-01/2023-04-30")]),
    ("Выплаты шли в декабре 2022 года, январе и феврале.", [
        ("в декабре 2022 года", "2022-12-01/2022-12-31"), ("январе", "2023-01-01/2023-01-31"),
        ("феврале", "2023-02-01/2023-02-28")]),
    ("Встречи прошли с 5 по 7 мая 2020 года и 12 мая.", [
        ("с 5 по 7 мая 2020 года", "2020-05-05/2020-05-07"), ("12 мая", "2020-05-12")]),
    ("The talks ran on May 5, 2020 and June 7.", [("May 5, 2020", "2020-05-05"), ("June 7", "2020-06-07")]),
    # a span of days takes the year of the list too
    ("Сессии прошли 1-2 мая и 7 мая 2021 года.", [("1-2 мая", "2021-05-01/2021-05-02"), ("7 мая 2021 года", "2021-05-07")]),
    # bare commas make a list when each item after the year stands bare, with no verb of its own
    ("Выплаты шли в декабре 2022 года, январе, феврале.", [
        ("в декабре 2022 года", "2022-12-01/2022-12-31"), ("январе", "2023-01-01/2023-01-31"),
        ("феврале", "2023-02-01/2023-02-28")]),
    # no list: a month in another clause keeps its own year
    ("Договор подписали 5 мая 2020 года, 12 января его расторгли.", [
        ("5 мая 2020 года", "2020-05-05"), ("12 января", "2024-01-12")]),
    ("Компания основана в марте 2010 года, в октябре она объявила о банкротстве.", [
        ("в марте 2010 года", "2010-03-01/2010-03-31"), ("в октябре", "2024-10-01/2024-10-31")]),
    ("Он уехал в марте, а в апреле и мае 2019 года работал.", [
        ("в марте", "2024-03-01/2024-03-31"), ("в апреле и мае 2019 года", "2019-04-01/2019-05-31")]),
])
def test_a_year_written_once_holds_for_every_month_or_day_of_its_list(text, expected, models):
    assert resolved(text, models) == expected


THURSDAY = date(2024, 11, 14)
SPRING = date(2026, 4, 10)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # told in the past, the last such season to have begun; told in the future, the next not yet over
    ("Зимой в сквере высадили липы.", SPRING, [("Зимой", "2025-12-01/2026-02-28")]),
    ("In the summer, the company hired 200 workers.", SPRING, [("In the summer", "2025-06-01/2025-08-31")]),
    ("Летом в парке закрыли фонтан.", THURSDAY, [("Летом", "2024-06-01/2024-08-31")]),
    ("Летом парк откроют после ремонта.", THURSDAY, [("Летом", "2025-06-01/2025-08-31")]),
    ("Осенью стадион закроют на ремонт.", SPRING, [("Осенью", "2026-09-01/2026-11-30")]),
    # the target of a move keeps the publication year: the past is the move's
    ("Сроки сдачи отодвинулись на осень.", SPRING, [("на осень", "2026-09-01/2026-11-30")]),
])
def test_a_season_named_without_a_year_is_placed_by_the_tense(text, published, expected, models):
    assert resolved(text, models, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a forecast's weekdays after the next week it names, or in a sentence told in the future, are to come
    ("В выходные будет тепло. В начале новой недели похолодает: в понедельник до нуля, во вторник - до минус двух.",
     [("новой недели", "2024-11-18/2024-11-24"), ("в понедельник", "2024-11-18"), ("во вторник", "2024-11-19")]),
    ("Днём потеплеет: в понедельник до плюс пяти, во вторник - до плюс шести.",
     [("в понедельник", "2024-11-18"), ("во вторник", "2024-11-19")]),
    # a weekday of a past week the text names is in that week; one told in the past is the last such day
    ("На прошлой неделе, в понедельник, он уволился.",
     [("На прошлой неделе", "2024-11-04/2024-11-10"), ("в понедельник", "2024-11-04")]),
    ("В понедельник он уволился.", [("В понедельник", "2024-11-11")]),
])
def test_a_weekday_of_a_named_week_or_a_forecast_is_in_that_week(text, expected, models):
    assert resolved(text, models, THURSDAY) == expected


@pytest.mark.parametrize(("text", "kept"), [
    ("Соль, которой посыпают тротуары зимой, губит деревья.", []),
    ("Зимой температура здесь опускается до минус сорока.", []),
    ("Летом по выходным парк открыт до полуночи.", []),
    # a plan or a possibility is a date
    ("Каток откроют зимой.", ["зимой"]),
    ("Курорты могут открыться летом.", ["летом"]),
])
def test_a_season_in_a_clause_of_what_is_done_again_and_again_is_no_date(text, kept, models):
    assert [d.text for d in find_dates(text, THURSDAY, models.morph_vocab)] == kept


@pytest.mark.parametrize(("text", "expected"), [
    ("Забастовка началась в начале мая 2022 года.", [("в начале мая 2022 года", "2022-05-01/2022-05-10")]),
    ("Суд прошёл в конце февраля 2023 г.", [("в конце февраля 2023 г.", "2023-02-21/2023-02-28")]),
    ("He quit the club in mid-May 2021.", [("in mid-May 2021", "2021-05-11/2021-05-20")]),
])
def test_the_start_middle_or_end_of_a_month_of_a_written_year_is_that_part_of_the_month(text, expected, models):
    assert resolved(text, models) == expected


JUNE = date(2023, 6, 8)  # a Thursday
NOVEMBER = date(2023, 11, 20)


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a day months away told of a plan is the next such day: a future, a plan, a future reported
    ("The minister is expected to visit Leeds on Dec. 28.", JUNE, "2023-12-28"),
    ("The report will be published on Dec. 1.", JUNE, "2023-12-01"),
    ("The vote is scheduled for Dec. 28.", JUNE, "2023-12-28"),
    ("The talks are due to resume on Dec. 28.", JUNE, "2023-12-28"),
    ("The firm is set to open the plant on Dec. 28.", JUNE, "2023-12-28"),
    ("The firm plans to open the plant on Dec. 28.", JUNE, "2023-12-28"),
    ("He said the talks would begin on Dec. 28.", JUNE, "2023-12-28"),
    # ... told of the past, the last: a past form, a present perfect, the date of the reporting verb
    ("The minister visited Leeds on Dec. 28.", JUNE, "2022-12-28"),
    ("The minister has been in Leeds since Feb. 8.", NOVEMBER, "2023-02-08"),
    ("The ministry said on Feb. 8 that talks would resume.", NOVEMBER, "2023-02-08"),
    # with no tense, the nearest
    ("The museum is closed on Feb. 8.", NOVEMBER, "2024-02-08"),
])
def test_an_english_day_without_a_year_takes_the_year_its_tense_points_to(text, published, expected):
    assert [day for _, day in resolved(text, published=published)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a perfect beside a weekday tells a state, not the weekday's week; "Tory-held" is no verb
    ("They have gone top and face City on Sunday.", "2023-06-11"),
    ("Corbyn will promise voters in the Tory-held seat on Tuesday that he will act.", "2023-06-13"),
    # a plan that "had been" made is over
    ("He had been due to give evidence on Tuesday, but the case was settled.", "2023-06-06"),
])
def test_an_english_weekday_takes_the_week_of_the_verb_that_governs_it(text, expected):
    assert [day for _, day in resolved(text, published=JUNE)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a deadline or a state to come names the coming day; its participle ("closed") is no past
    ("Schools in the city will stay closed until Friday.", "2023-06-09"),
    ("The bridge remains closed until Friday.", "2023-06-09"),
    ("The vote is to be held this coming Friday.", "2023-06-09"),
    ("Ministers must agree a deal by Friday.", "2023-06-09"),
    # told in the past, the last one
    ("The bridge stayed closed until Friday.", "2023-06-02"),
    ("The report was filed by Friday.", "2023-06-02"),
])
def test_an_english_weekday_after_a_deadline_word_is_to_come_unless_told_in_the_past(text, expected):
    assert [day for _, day in resolved(text, published=JUNE)] == [expected]


def test_a_deadline_weekday_is_the_same_day_in_russian_and_english(models):
    """What kept the comparison from a false conflict between «до пятницы» and "until Friday"."""
    russian = resolved("Школы в Бургасе будут закрыты до пятницы.", models, JUNE)
    english = resolved("The minister arrived in the city. Schools in Burgas will stay closed until Friday.", models, JUNE)
    assert [day for _, day in russian] == [day for _, day in english] == ["2023-06-09"]
    assert [day for _, day in resolved("Школы были закрыты до пятницы.", models, JUNE)] == ["2023-06-02"]


@pytest.mark.parametrize(("text", "expected"), [
    # a day, the week or the month a span from publication lands in
    ("The results will be out in three days.", [("in three days", "2023-06-11")]),
    ("Talks will start in two weeks, officials said.", [("in two weeks", "2023-06-19/2023-06-25")]),
    ("He will be back in a week's time.", [("in a week's time", "2023-06-12/2023-06-18")]),
    ("The plant opens two weeks from now.", [("two weeks from now", "2023-06-19/2023-06-25")]),
    ("Переговоры начнутся через две недели.", [("через две недели", "2023-06-19/2023-06-25")]),
    ("Через три дня суд огласит приговор.", [("Через три дня", "2023-06-11")]),
    ("Выставка откроется через месяц.", [("через месяц", "2023-07-01/2023-07-31")]),
    # counted from an event of the text, or a span looked back over: no date
    ("Через три дня его задержали.", []),
    ("The firm sold 500 cars in three days.", []),
    ("Prices are at their highest in three months.", []),
    ("Через месяц после выборов пройдёт инаугурация.", []),
    ("Через два дня после аварии движение восстановят.", []),
    ("He will be released in two weeks after the trial ends.", []),
    ("Oil will likely reach its highest level in two weeks.", []),
    ("Prices will rise at the fastest pace in three months.", []),
    ("It is the first rise in two months, and analysts expect more next year.", [
        ("next year", "2024-01-01/2024-12-31")]),
    # a superlative with a verb after it, or a word in "-est" that is none, leaves the span a date
    ("The highest court will rule in two weeks.", [("in two weeks", "2023-06-19/2023-06-25")]),
    ("The protest will end in two weeks.", [("in two weeks", "2023-06-19/2023-06-25")]),
    # a bare «через день» is "every other day", whatever the tense; with a count it is a span
    ("Лекарство принимают через день.", []),
    ("Автобусы будут ходить через день.", []),
    ("Через один день начнётся саммит.", [("Через один день", "2023-06-09")]),
    ("The inquiry will report within seven days.", []),
])
def test_a_span_counted_from_publication_is_the_day_week_or_month_it_lands_in(text, expected, models):
    assert resolved(text, models, JUNE) == expected


def test_next_week_and_in_two_weeks_name_different_weeks(models):
    """What lets the comparison see that two reports disagree on when talks begin."""
    next_week = resolved("Talks will begin next week.", models, JUNE)[0][1]
    in_two_weeks = resolved("Talks will begin in two weeks.", models, JUNE)[0][1]
    assert next_week.split("/")[1] < in_two_weeks.split("/")[0]
