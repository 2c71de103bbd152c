"""A pasted agency text with no headline line: its dateline gives the place, the date and (only for a known agency or a
credit) the outlet, and the title is the lead's first sentence, not the dateline. Fictional texts."""

from __future__ import annotations

import pytest

from svodka.model import Article
from tests.conftest import TODAY
from tests.test_clean import clean_text

RU_LEAD = ("Пожар на складе в Зареченске полностью потушен, сообщил глава города Олег Мирный. "
           "По его словам, жителям соседних домов ничего не угрожает.")
RU_TITLE = "Пожар на складе в Зареченске полностью потушен, сообщил глава города Олег Мирный"
EN_LEAD = "A fire at a warehouse in Aldmouth was put out overnight, the council said. Nobody was hurt."
EN_TITLE = "A fire at a warehouse in Aldmouth was put out overnight, the council said"


def day_month(article: Article) -> tuple[int, int] | None:
    return (article.published.day, article.published.month) if article.published else None


@pytest.mark.parametrize(
    ("dateline", "place", "outlet"),
    [
        ("ТАСС, 12 мая. ", None, "ТАСС"),  # an agency where a city stands: the outlet, no place
        ("РИА Новости, 12 мая. ", None, "РИА Новости"),
        ("Интерфакс, 12 мая. ", None, "Интерфакс"),
        ("ЗАРЕЧЕНСК, 12 мая. ", "ЗАРЕЧЕНСК", None),  # a city is a place, never an outlet
        ("Зареченск, 12 мая. ", "Зареченск", None),
        ("ЗАРЕЧЕНСК, 12 мая. /ТАСС/. ", "ЗАРЕЧЕНСК", "ТАСС"),
        ("ЗАРЕЧЕНСК, 12 мая — РИА Новости. ", "ЗАРЕЧЕНСК", "РИА Новости"),
        ("ЗАРЕЧЕНСК, 12 мая, ТАСС. ", "ЗАРЕЧЕНСК", "ТАСС"),
    ],
)
def test_a_russian_paste_takes_place_date_and_outlet_from_its_dateline(
        dateline: str, place: str | None, outlet: str | None) -> None:
    article = clean_text(dateline + RU_LEAD)
    assert (article.title, article.dateline, article.outlet) == (RU_TITLE, place, outlet)
    assert day_month(article) == (12, 5) and article.published_year_guessed
    assert article.published.year in (TODAY.year - 1, TODAY.year, TODAY.year + 1)


@pytest.mark.parametrize(
    ("dateline", "place", "outlet"),
    [
        ("LONDON, May 12 (Reuters) - ", "LONDON", "Reuters"),
        ("LONDON, May 12. ", "LONDON", None),
        ("REUTERS, May 12. ", None, "REUTERS"),
    ],
)
def test_an_english_paste_takes_its_title_after_the_dateline(dateline: str, place: str | None,
                                                             outlet: str | None) -> None:
    article = clean_text(dateline + EN_LEAD)
    assert (article.title, article.dateline, article.outlet) == (EN_TITLE, place, outlet)
    assert day_month(article) == (12, 5)


def test_a_headline_line_stays_the_title_over_the_dateline() -> None:
    article = clean_text("Склад в Зареченске потушили\n\nТАСС, 12 мая. " + RU_LEAD)
    assert (article.title, article.outlet, article.dateline) == ("Склад в Зареченске потушили", "ТАСС", None)


@pytest.mark.parametrize(
    "text",
    [
        "ЦИК, 12 мая, утвердил итоги выборов в Зареченске и назвал имя нового мэра города.",  # no full stop: a clause
        "В ЗАРЕЧЕНСКЕ 12 мая открыли мост через Сонью, сообщили в мэрии города.",
    ],
)
def test_a_sentence_with_a_date_is_no_dateline(text: str) -> None:
    article = clean_text(text)
    assert article.outlet is None and article.dateline is None
