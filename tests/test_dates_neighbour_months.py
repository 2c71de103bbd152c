"""A neighbour's month named without a day («у грудні», «у снежні», «през декември», «желтоқсанда») is that month, in
the year its clause's tense picks or else the nearest; Bulgarian tells that tense too («ще», «срещнаха»); and a text
known to be Russian or English is not searched for the neighbours' forms. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.nlp.dates import find_dates
from svodka.nlp.dates.tense import BG_MARK

PUBLISHED = date(2026, 3, 18)  # a Wednesday


def resolved(text: str, languages: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in find_dates(text, PUBLISHED, languages=languages)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Новий міст відкрили у грудні.", [("у грудні", "2025-12-01/2025-12-31")]),  # uk, past
    ("Новий міст відкриють у грудні.", [("у грудні", "2026-12-01/2026-12-31")]),  # uk, future
    ("У квітні в Києві стався вибух, кажуть очевидці.", [("У квітні", "2025-04-01/2025-04-30")]),  # a present teller
    ("Ремонт школи завершили в травні минулого року.", [("в травні минулого року", "2025-05-01/2025-05-31")]),
    ("Новы мост адкрылі ў снежні.", [("ў снежні", "2025-12-01/2025-12-31")]),  # be, past
    ("Новы мост адкрыюць у снежні 2027 года.", [("у снежні 2027 года", "2027-12-01/2027-12-31")]),
    ("Новият мост ще бъде открит през декември.", [("през декември", "2026-12-01/2026-12-31")]),  # bg, future
    ("Депутатите гласуваха закона през май.", [("през май", "2025-05-01/2025-05-31")]),  # bg, aorist
    ("Жаңа көпір желтоқсанда.", [("желтоқсанда", "2025-12-01/2025-12-31")]),  # kk, no tense read: the nearest
    ("Нови мост је отворен у децембру.", [("у децембру", "2025-12-01/2025-12-31")]),  # sr, no tense read
])
def test_a_neighbour_s_month_without_a_day_is_that_month(text, expected):
    assert resolved(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Министрите се срещнаха в петък.", [("в петък", "2026-03-13")]),  # an aorist: the last Friday
    ("Министрите бяха на среща в четвъртък.", [("в четвъртък", "2026-03-12")]),
    ("Министрите ще се срещнат в петък.", [("в петък", "2026-03-20")]),  # «ще»: the coming one
])
def test_a_bulgarian_weekday_takes_its_sentence_s_tense(text, expected):
    assert resolved(text) == expected


def test_a_russian_hard_sign_at_a_word_s_end_is_no_bulgarian_mark():
    # «Коммерсантъ», «Ъ» end in "ъ": else a Russian genitive beside them («успеха») would read as a Bulgarian aorist
    assert [BG_MARK.search(text) is not None for text in ("«Коммерсантъ»", "пишет «Ъ».", "в петък", "съобщи")] == [
        False, False, True, True]


def test_ukrainian_still_is_no_bulgarian_future():
    # «ще» is "still" in Ukrainian: the past verb decides
    assert resolved("Міністри ще у вівторок зібралися на нараду.") == [("у вівторок", "2026-03-17")]


def test_a_text_known_to_be_russian_or_english_is_not_read_for_the_neighbours_forms():
    text = "Отчёт «Сьогодні» вышел 28 грудня."  # a title written in Ukrainian inside a Russian sentence
    assert [d for d, _ in resolved(text)] == ["Сьогодні", "28 грудня"]
    assert resolved(text, languages=("ru",)) == []
    assert [d for d, _ in resolved(text, languages=("ru", "uk"))] == ["Сьогодні", "28 грудня"]
    assert resolved("The report is due in December.", languages=("en",)) == [
        ("in December", "2026-12-01/2026-12-31")]
