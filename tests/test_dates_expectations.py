"""Session 16: what an expectation, a market's close and a report's own weekday tell of a date's side of publication."""

from datetime import date

import pytest

from svodka.nlp.dates import find_dates

TUESDAY = date(2024, 11, 19)
THURSDAY = date(2019, 11, 14)


def resolved(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    # a past expectation is of what was still to come
    ("Analysts at Harrow Bank said they still expected a rate cut in December.",
     [("in December", "2024-12-01/2024-12-31")]),
    ("The weather service said more heavy rain was expected on Wednesday.", [("on Wednesday", "2024-11-20")]),
    # reported words after "that" take their own tense, not the reporting verb's
    ("Governor Ana Reyes said on Friday that she leans toward a cut at the December meeting.",
     [("on Friday", "2024-11-15"), ("December", "2024-12-01/2024-12-31")]),
    ("Governor Ana Reyes said on Friday that she leans toward a cut at the December meeting, a week after the bank "
     "held rates.", [("on Friday", "2024-11-15"), ("December", "2024-12-01/2024-12-31")]),
    # a comparison with an expectation, and a past with no expectation, stay past
    ("Sales rose more than expected in December, the bakery chain said.", [("in December", "2023-12-01/2023-12-31")]),
    ("The mill closed in December after a fire.", [("in December", "2023-12-01/2023-12-31")]),
])
def test_an_expectation_told_in_the_past_points_ahead(text, expected):
    assert resolved(text, TUESDAY) == expected


def test_a_closing_price_was_fixed_on_a_day_past_whatever_the_tense():
    text = "Orrin Tools will pay $12 a share, a 30% premium to Pelham's closing price on Monday."
    assert resolved(text, TUESDAY) == [("on Monday", "2024-11-18")]
    assert resolved("The takeover will close on Monday.", TUESDAY) == [("on Monday", "2024-11-25")]
    settled = "The fund will be priced at the closing price on Monday next week."
    assert resolved(settled, TUESDAY)[0] == ("on Monday", "2024-11-25")  # a closing price still to come


def test_a_weekday_told_in_the_past_is_no_day_of_the_week_a_forecast_names(models):
    text = ("До начала следующей недели в области сохранится сухая погода, сообщили синоптики Верхневолжска в "
            "четверг.")
    assert [(d.text, d.date) for d in find_dates(text, THURSDAY, models.morph_vocab)] == [
        ("следующей недели", "2019-11-18/2019-11-24"), ("в четверг", "2019-11-14")]
