"""Dates in the neighbours' languages (Ukrainian, Belarusian, Bulgarian, Kazakh, Serbian): a day and month, a placed
year, yesterday and next week, a weekday, read as Russian ones are, so that a report in any of them gives dates the
comparison can match; and the number reader takes no month for a counted unit. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.months import BE_GENITIVE, BG_NAMES, KK_LOCATIVE, KK_NOMINATIVE, SR_GENITIVE, month_number, opens_with_month
from svodka.nlp.dates import find_dates

PUBLISHED = date(2026, 11, 24)  # a Tuesday


def resolved(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in find_dates(text, PUBLISHED)]


@pytest.mark.parametrize("names", [BE_GENITIVE, BG_NAMES, SR_GENITIVE, KK_NOMINATIVE, KK_LOCATIVE])
def test_every_neighbour_s_name_gives_its_month(names: tuple[str, ...]) -> None:
    assert [month_number(name) for name in names] == list(range(1, 13))
    assert [month_number(name.capitalize()) for name in names] == list(range(1, 13))


@pytest.mark.parametrize(("text", "expected"), [
    ("Засідання уряду відбудеться 28 грудня.", [("28 грудня", "2026-12-28")]),  # uk
    ("Сесія парламенту пройшла 1 снежня 2025 года.", [("1 снежня 2025 года", "2025-12-01")]),  # be
    ("Парламентът ще заседава на 28 декември.", [("28 декември", "2026-12-28")]),  # bg
    ("Мәжіліс отырысы 28 желтоқсанда өтеді.", [("28 желтоқсанда", "2026-12-28")]),  # kk
    ("Скупштина ће заседати 28. децембра 2026. године.", [("28. децембра 2026", "2026-12-28")]),  # sr
    ("Рішення набуде чинності 1 січня наступного року.", [("1 січня наступного року", "2027-01-01")]),
    ("Закон ухвалили 5 березня минулого року.", [("5 березня минулого року", "2025-03-05")]),
])
def test_a_neighbour_s_day_and_month_is_a_calendar_day(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Вчора мери міст зустрілися з міністром.", [("Вчора", "2026-11-23")]),
    ("Сьогодні ввечері буде засідання, завтра - голосування.", [("Сьогодні", "2026-11-24"), ("завтра", "2026-11-25")]),
    ("Сёння ўрад абмяркуе бюджэт.", [("Сёння", "2026-11-24")]),
    ("Рада збереться наступного тижня.", [("наступного тижня", "2026-11-30/2026-12-06")]),
    ("На минулому тижні ціни зросли.", [("На минулому тижні", "2026-11-16/2026-11-22")]),
    ("Делегацията ще пристигне следващата седмица.", [("следващата седмица", "2026-11-30/2026-12-06")]),
    # a weekday after a preposition; a deadline's is the coming one
    ("Кабінет міністрів збереться у четвер.", [("у четвер", "2026-11-26")]),
    ("Школи не працюватимуть до п'ятниці.", [("до п'ятниці", "2026-11-27")]),
    ("Урадът ще обяви решението в петък.", [("в петък", "2026-11-27")]),
    # a Ukrainian or Belarusian clause's own past or future picks the week
    ("Уряд зібрався у четвер.", [("у четвер", "2026-11-19")]),
    ("Міністр повідомила у п'ятницю про відставку.", [("у п'ятницю", "2026-11-20")]),
    ("Засідання відбудеться у п'ятницю.", [("у п'ятницю", "2026-11-27")]),
    ("Урад сабраўся ў чацвер.", [("ў чацвер", "2026-11-19")]),
])
def test_a_neighbour_s_relative_day_week_or_weekday_counts_from_publication(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize("text", ["Жанры: сутра, мантра.", "Он сказал «днесь»: «утресь»."])
def test_words_like_the_neighbours_dates_in_russian_are_no_dates(text):
    assert [d for _, d in resolved(text) if d] == []


@pytest.mark.parametrize(("words", "expected"), [(" желтоқсанда өтеді", True), ("снежня 2026 года", True),
                                                 ("декември", True), ("снежняк", False), ("тонн", False)])
def test_a_number_s_next_word_is_known_as_a_neighbour_s_month(words, expected):
    assert opens_with_month(words) is expected
