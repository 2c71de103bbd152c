"""A neighbour's wire lead («ЛЬВІВ, 12 травня —», «Мінськ, 3 снежня.», «СОФИЯ, 5 декември —») gives the place and the
date as a Russian one does: their capitals (І Ї Є Ў, Kazakh Қ Ү) and month names are a dateline's. Fictional texts."""

from __future__ import annotations

from datetime import datetime

import pytest

from svodka.clean.dates import date_line, find_date
from tests.test_clean import clean_text

LEADS = {
    "uk": "Міська рада ухвалила бюджет на наступний рік, повідомив мер Олег Мирний.",
    "be": "Урад зацвердзіў новыя правілы для перавозчыкаў, паведаміў міністр Алег Мірны.",
    "bg": "Правителството одобри новия бюджет, съобщи министърът Олег Мирни.",
    "kk": "Үкімет жаңа бюджетті бекітті, деп хабарлады министр Олег Мирный.",
    "sr": "Градска скупштина је усвојила буџет за наредну годину, саопштио је градоначелник Олег Мирни.",
}


@pytest.mark.parametrize(("dateline", "language", "place", "day_month"), [
    ("ЛЬВІВ, 12 травня — ", "uk", "ЛЬВІВ", (12, 5)),
    ("КИЇВ, 3 січня — ", "uk", "КИЇВ", (3, 1)),
    ("Львів, 12 травня. ", "uk", "Львів", (12, 5)),
    ("МІНСК, 3 снежня — ", "be", "МІНСК", (3, 12)),
    ("ВІЦЕБСК, 1 жніўня — ", "be", "ВІЦЕБСК", (1, 8)),
    ("СОФИЯ, 5 декември — ", "bg", "СОФИЯ", (5, 12)),
    ("АҚТӨБЕ, 12 желтоқсан — ", "kk", "АҚТӨБЕ", (12, 12)),
    ("НИШ, 28. децембра — ", "sr", "НИШ", (28, 12)),  # Serbian prints the day with a full stop
])
def test_a_neighbour_s_dateline_gives_its_place_and_date(dateline, language, place, day_month):
    article = clean_text(dateline + LEADS[language])
    assert article.dateline == place
    assert article.published and (article.published.day, article.published.month) == day_month
    assert article.published_year_guessed


def test_a_neighbour_s_dateline_with_its_year_keeps_it():
    article = clean_text("ВІЦЕБСК, 1 жніўня 2025 — " + LEADS["be"])
    assert article.published and article.published.date().isoformat() == "2025-08-01"
    assert not article.published_year_guessed


def test_a_neighbour_s_capitalised_heading_without_a_date_is_no_worded_dateline():
    article = clean_text("Львів. Міська рада ухвалила бюджет на наступний рік, повідомив мер Олег Мирний.")
    assert article.dateline is None


def test_a_serbian_day_printed_as_an_ordinal_is_read_before_its_month():
    # «28. децембра»: Serbian writes the day with a full stop; the cleaner's date readers take it as «28 децембра»
    reference = datetime(2026, 3, 15)
    assert date_line("28. децембра", reference) == (datetime(2025, 12, 28), True)
    assert date_line("3. јануара 2025", reference) == (datetime(2025, 1, 3), False)
    assert find_date("Ниш, 28.децембра 2025 — седница", reference) == (datetime(2025, 12, 28), False)


def test_a_numbered_item_before_a_capitalised_name_is_no_serbian_date():
    assert find_date("3. Марта Иванова вышла в финал", datetime(2026, 3, 15)) == (None, False)
