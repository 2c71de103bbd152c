"""Pasted plain texts: bylines, "date | outlet" rubrics, datelines that credit a wire, zones in header dates, and
the wires' closing credits and notes (all texts written for these tests)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from svodka.clean.dates import date_line, parse_date
from svodka.clean.names import is_person_name
from tests.test_clean import clean_text, removed_reasons

RU_LEAD = "ТВЕРЬ, 2 апреля — РИА Новости. Городской совет утвердил план ремонта набережной, сообщил спикер."
EN_LEAD = ("LYON, France, April 2 (Reuters) - The city council approved a plan to repair the embankment on "
           "Thursday, its speaker said.")


def test_a_person_alone_under_the_headline_is_the_author_and_the_dateline_names_the_outlet() -> None:
    article = clean_text(f"Набережную отремонтируют к лету\n2 апреля 2026, 09:30\nПётр Сидоров\n{RU_LEAD}")
    assert (article.author, article.outlet) == ("Пётр Сидоров", "РИА Новости")
    assert "Пётр Сидоров" not in article.text


def test_an_outlet_alone_under_the_headline_stays_the_outlet() -> None:
    article = clean_text(f"Набережную отремонтируют к лету\nВолжский телеграф\n{RU_LEAD}")
    assert (article.outlet, article.author) == ("Волжский телеграф", None)


@pytest.mark.parametrize(
    ("line", "person"),
    [("Пётр Сидоров", True), ("Сидорова Анна", True), ("Анна Сергеевна Сидорова", True),
     ("Sputnik Таджикистан", False), ("Волжский телеграф", False), ("Вечерняя Москва", False),
     ("Коммерсантъ Прикамье", False), ("Jane Doe", True), ("Mary K. O'Brien", True), ("Sean McDonald", True),
     ("The Guardian", False), ("Reuters", False), ("BBC News", False), ("Fox News", False), ("Sky News", False),
     ("Daily Mail", False), ("Jane", False), ("Emma Sentinel", False), ("Laura Kuenssberg Live", False)],
)
def test_a_person_is_a_first_name_and_a_surname(line: str, person: bool) -> None:
    assert is_person_name(line) is person


def test_an_english_byline_with_the_wire_gives_author_and_outlet_and_the_zone_is_kept() -> None:
    article = clean_text(f"Lyon to repair its embankment\nBy Ann Lee, Reuters\nApril 2, 2026 9:30 AM GMT+2\n{EN_LEAD}")
    assert (article.author, article.outlet, article.dateline) == ("Ann Lee", "Reuters", "LYON")
    assert article.published.isoformat() == "2026-04-02T09:30:00+02:00"
    assert "Ann Lee" not in article.text


def test_a_byline_with_a_role_names_no_outlet() -> None:
    article = clean_text(f"Lyon to repair its embankment\nBy Ann Lee, Staff Writer\n{EN_LEAD}")
    assert (article.author, article.outlet) == ("Ann Lee", "Reuters")


def test_the_wire_dateline_with_a_region_credits_the_outlet() -> None:
    article = clean_text(f"Lyon to repair its embankment\n{EN_LEAD}")
    assert (article.dateline, article.outlet) == ("LYON", "Reuters")
    assert article.text.startswith("LYON, France, April 2 (Reuters) - ")


@pytest.mark.parametrize(
    ("line", "outlet", "section"),
    [("02.04.2026 09:30 | Тверские ведомости", "Тверские ведомости", None),
     ("02.04.2026 09:30 | Политика", None, "Политика")],
)
def test_a_date_before_the_outlet_or_section_dates_the_article(line: str, outlet: str | None, section: str | None) -> None:
    article = clean_text(f"Набережную отремонтируют к лету\n\n{line}\n\nГородской совет утвердил план ремонта "
                         "набережной в четверг, сообщил спикер совета журналистам.")
    assert (article.published.year, article.published.month, article.published.day) == (2026, 4, 2)
    assert (article.published.hour, article.published.minute) == (9, 30)
    assert (article.outlet, article.section) == (outlet, section)


@pytest.mark.parametrize(
    ("printed", "hours"),
    [("April 2, 2026 9:30 AM GMT+2", 2), ("02.04.2026 09:30 UTC+3", 3), ("02.04.2026 09:30 +03:00", 3),
     ("2 апреля 2026, 09:30 МСК", 3), ("2 апреля 2026, 09:30 (мск)", 3), ("02.04.2026 09:30 MSK", 3),
     ("April 2, 2026 9:30 PM UTC-5", -5), ("02.04.2026 09:30 GMT+05:30", 5.5), ("2 апреля 2026, 09:30 МСК+2", 5),
     ("02.04.2026 09:30 GMT", 0)],
)
def test_a_printed_zone_is_honoured(printed: str, hours: float) -> None:
    published, _ = date_line(printed)
    assert published.utcoffset() == timedelta(hours=hours)


def test_a_date_without_a_zone_stays_naive_and_a_span_of_time_is_no_zone() -> None:
    assert date_line("02.04.2026 09:30")[0].tzinfo is None
    assert date_line("02.04.2026 09:30-11:00")[0] is None or date_line("02.04.2026 09:30-11:00")[0].tzinfo is None


@pytest.mark.parametrize(
    ("closing", "reason"),
    [("Reporting by Ann Lee in Lyon and Bo Chen; Additional reporting by Tom Fox; Editing by Sam Hill",
      "credit line"),
     ("Writing by Ann Lee; editing by Sam Hill.", "credit line"),
     ("Our Standards: The Thomson Reuters Trust Principles.", "site footer"),
     ("Associated Press writer Ann Lee in Lyon contributed to this report.", "credit line"),
     ("bur-al/sh", "credit line"),
     ("Редактор: Анна Сидорова", "credit line"),
     ("Подготовила Анна Сидорова", "credit line"),
     ("Автор: Пётр Сидоров", "byline")],
)
def test_a_wire_credit_or_note_on_its_own_line_is_cut(closing: str, reason: str) -> None:
    body = "The city council approved the plan to repair the embankment on Thursday, its speaker said."
    article = clean_text(f"Lyon to repair its embankment\n\n{body}\n\n{closing}")
    assert article.text == body
    assert removed_reasons(article) == {closing: reason}


@pytest.mark.parametrize(
    "closing",
    ["Reporting by Ann Lee; Editing by Sam Hill", "Our Standards: The Thomson Reuters Trust Principles.",
     "Associated Press writer Ann Lee contributed.", "al/sh"],
)
def test_a_wire_credit_glued_after_the_last_sentence_is_cut(closing: str) -> None:
    body = "The city council approved the plan to repair the embankment on Thursday, its speaker said."
    article = clean_text(f"Lyon to repair its embankment\n\n{body} {closing}")
    assert article.text == body
    assert list(removed_reasons(article)) == [closing]


@pytest.mark.parametrize(
    "sentence",
    ["Reporting by the local paper found that the plan had been changed twice.",
     "Editing by committee slowed the plan, the speaker said.",
     "Редактор газеты сообщил, что план изменили дважды.",
     "Our standards are high, the speaker said."],
)
def test_a_sentence_of_news_that_starts_like_a_credit_stays(sentence: str) -> None:
    body = "The city council approved the plan to repair the embankment on Thursday, its speaker said."
    article = clean_text(f"Lyon to repair its embankment\n\n{body}\n\n{sentence}")
    assert article.text == f"{body}\n\n{sentence}"


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [("By Ann Lee, John Smith", "Ann Lee", "Reuters"),  # a co-author after the comma: the dateline's wire stays
     ("By Ann Lee, Moscow", "Ann Lee", "Reuters"),  # a place
     ("By Ann Lee, The Lyon Courier", "Ann Lee", "The Lyon Courier"),
     ("By Ann Lee, Lyon Daily News", "Ann Lee", "Lyon Daily News"),
     ("By Ann Lee, AFP", "Ann Lee", "AFP")],
)
def test_only_an_outlet_like_name_after_the_byline_comma_is_the_outlet(byline: str, author: str, outlet: str) -> None:
    article = clean_text(f"Lyon to repair its embankment\n{byline}\n{EN_LEAD}")
    assert (article.author, article.outlet) == (author, outlet)


@pytest.mark.parametrize("line", ["Пётр Сидоров | 02.04.2026 09:30", "02.04.2026 09:30 | Пётр Сидоров"])
def test_a_person_beside_the_date_is_the_author_whichever_side(line: str) -> None:
    article = clean_text(f"Набережную отремонтируют к лету\n\n{line}\n\n{RU_LEAD}")
    assert (article.author, article.section, article.outlet) == ("Пётр Сидоров", None, "РИА Новости")
    assert article.published.day == 2


@pytest.mark.parametrize(
    ("line", "hours"),
    [("April 2, 2026 9:30 AM EST", -5), ("April 2, 2026 9:30 AM EDT", -4), ("January 2, 2026 9:30 AM ET", -5),
     ("April 2, 2026 9:30 AM ET", -4), ("2 апреля 2026, 09:30 CEST", 2), ("January 2, 2026 9:30 PM PST", -8)],
)
def test_named_zones_of_america_and_europe_are_read(line: str, hours: int) -> None:
    published, _ = date_line(line)
    assert published.utcoffset() == timedelta(hours=hours)


@pytest.mark.parametrize("line", ["2 апреля 2026, 10:00 мск-12:00 мск", "April 2, 2026 10:00 GMT-12:00 GMT"])
def test_a_time_range_is_no_zone_shift(line: str) -> None:
    published, _ = parse_date(line)
    assert (published.hour, published.utcoffset()) == (10, timedelta(hours=3 if "мск" in line else 0))


def test_a_wire_credit_with_a_capital_by_names_the_author() -> None:
    article = clean_text(f"Lyon to repair its embankment\n{EN_LEAD}\nReporting By Ann Lee; Editing By Tom Hale\n")
    assert article.author == "Ann Lee"
    assert "Ann Lee" not in article.text


@pytest.mark.parametrize(("credit", "author"), [("Подготовила Анна Сидорова", "Анна Сидорова"),
                                                ("Подготовила Россия.", None)])
def test_who_prepared_the_text_is_its_author_when_a_person(credit: str, author: str | None) -> None:
    article = clean_text(f"Набережную отремонтируют к лету\n\n{RU_LEAD}\n\n{credit}\n")
    assert article.author == author
    assert credit not in article.text


def test_who_prepared_the_text_does_not_replace_the_byline() -> None:
    article = clean_text(f"Набережную отремонтируют к лету\nАвтор: Пётр Сидоров\n\n{RU_LEAD}\n\nПодготовила Анна Сидорова\n")
    assert article.author == "Пётр Сидоров"
