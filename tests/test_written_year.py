"""One written year for every stage: the date reader, the comparison's printed years and the cleaner's read the same
four digits, 1800 to 2099, never part of a longer number. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.compare.values import YEAR
from svodka.nlp.dates import find_dates
from svodka.written_year import WRITTEN_YEAR


@pytest.mark.parametrize(("text", "years"), [
    ("Собор освятили в 1812 году.", ["1812"]),
    ("Завод открыли в 2019 году.", ["2019"]),
    ("Прогноз составлен до 2100 года.", []),
    ("Здание построено в 1799 году.", []),
    ("Заказ номер 120190 оплачен.", []),
])
def test_the_date_reader_and_the_comparison_read_the_same_written_years(text, years):
    assert WRITTEN_YEAR.findall(text) == years
    assert YEAR.findall(text) == years
    assert [d.date[:4] for d in find_dates(text, date(2024, 11, 5)) if d.date] == years


@pytest.mark.parametrize("text", ["Индекс вырос до 2019,5 пункта.", "Приказ от 10.05.2019 отменён."])
def test_the_comparison_reads_no_year_in_a_decimal_or_a_numeric_date(text):
    """A numeric date is among the sentence's resolved dates already; a decimal is a value."""
    assert WRITTEN_YEAR.findall(text) == ["2019"]
    assert YEAR.findall(text) == []


def test_a_count_after_a_day_and_month_is_no_year_of_it():
    dates = find_dates("К 8 марта 2500 участников получили подарки.", date(2024, 11, 5))
    assert [(d.text, d.date) for d in dates] == [("8 марта", "2024-03-08")]
