"""The months' names every stage reads (svodka.months): each form names its month, and a pattern takes a whole name."""

from __future__ import annotations

import re

import pytest

from svodka.months import (
    EN_ABBREVIATIONS,
    EN_MONTH_WORD,
    EN_NAMES,
    RU_ABBREVIATIONS,
    RU_GENITIVE,
    RU_MONTH_STEM,
    RU_MONTH_WORD,
    RU_NOMINATIVE,
    RU_PREPOSITIONAL,
    UK_GENITIVE,
    month_number,
)


@pytest.mark.parametrize("names", [RU_NOMINATIVE, RU_GENITIVE, RU_PREPOSITIONAL, EN_NAMES, UK_GENITIVE])
def test_every_whole_name_gives_its_month_in_any_case_of_letters(names: tuple[str, ...]) -> None:
    assert [month_number(name) for name in names] == list(range(1, 13))
    assert [month_number(name.upper()) for name in names] == list(range(1, 13))


@pytest.mark.parametrize(("word", "month"), [("дек.", 12), ("сен", 9), ("Sept.", 9), ("Sep", 9), ("Dec", 12),
                                             ("мае", 5), ("мая", 5), ("листопада", 11)])
def test_an_abbreviation_or_a_printed_form_gives_its_month(word: str, month: int) -> None:
    assert month_number(word) == month


def test_a_word_that_is_no_month_is_refused() -> None:
    with pytest.raises(KeyError):
        month_number("вторник")


def test_every_abbreviation_is_the_opening_of_its_month_s_name() -> None:
    assert all(any(name.lower().startswith(short.lower()) for name in (*RU_NOMINATIVE, *EN_NAMES))
               for short in (*RU_ABBREVIATIONS, *EN_ABBREVIATIONS))


@pytest.mark.parametrize(("text", "month"), [("до конца марта", "марта"), ("до конца март", "март"),
                                             ("до конца мар.", "мар"), ("since Sept", "Sept")])
def test_a_month_pattern_with_nothing_after_it_takes_the_whole_name(text: str, month: str) -> None:
    found = re.search(RU_MONTH_WORD, text) or re.search(EN_MONTH_WORD, text)
    assert found and found[1] == month


def test_a_stem_takes_a_day_s_month_and_no_other_word() -> None:
    stem = re.compile(rf"^{RU_MONTH_STEM}[а-я]*$")
    assert all(stem.match(name) for name in (*RU_NOMINATIVE, *RU_GENITIVE))
    assert not any(stem.match(word) for word in ("марш", "сенат", "октава", "дека"))
