"""English numbers as outlets write them: compound number words and abbreviated money amounts.

A hyphenated "Fifty-four" read as 4 hid a 45-vs-54 conflict; "£40m" read as nothing could not meet
"38 million pounds". The sentences are our own.
"""

from __future__ import annotations

from svodka.nlp.english import stem
from svodka.nlp.numbers import find_numbers


def _read(text: str) -> list[tuple[float, str]]:
    return [(fact.value, fact.unit) for fact in find_numbers(text, stem)]


def test_hyphenated_and_hundred_and_number_words_are_one_number() -> None:
    assert _read("Fifty-four flights were cancelled.") == [(54, "flight")]
    assert _read("Twenty-five people were hurt.") == [(25, "people")]
    assert _read("One hundred and twenty people queued.") == [(120, "people")]
    assert _read("Some two hundred thousand people marched.") == [(200_000, "people")]
    assert _read("in the twenty-first minute") == []  # an ordinal in words is no count


def test_a_currency_sign_with_a_glued_or_written_scale_is_an_amount_of_that_currency() -> None:
    assert _read("a £40m restoration") == [(40e6, "pound")]
    assert _read("a $40m deal and a €40m round") == [(40e6, "dollar"), (40e6, "euro")]
    assert _read("a $1.2bn loss, a £3.4bn bill, a £40k salary") == [(1.2e9, "dollar"), (3.4e9, "pound"),
                                                                     (40e3, "pound")]
    assert _read("$2.5 trillion in debt") == [(2.5e12, "dollar")]
    # the same quantity as the amount written out, so two reports' figures compare
    assert _read("£38m was spent") == _read("38 million pounds was spent") == [(38e6, "pound")]
    assert [f.text for f in find_numbers("after a £40m restoration", stem)] == ["£40m"]


def test_a_glued_letter_without_a_currency_sign_or_a_bare_price_is_no_amount() -> None:
    assert _read("He won the 40m sprint.") == []
    assert _read("Tickets cost £5.") == []
    assert [(f.value, f.unit) for f in find_numbers("Сделка на $40 млн закрыта.", str.lower)] == [(40e6, "доллар")]


def test_the_number_words_of_a_slogan_or_a_name_count_nothing() -> None:
    """Two reports on Hong Kong shared "1 country" and "2 systems" as facts, whatever each told."""
    assert _read("Beijing said the one country, two systems principle would stay, and 40 activists were held.") == [
        (40, "activist")]
    assert _read("The Big Four auditors and the Five Eyes allies met near the Seven Sisters cliffs.") == []
    assert _read("Group of Seven leaders met as Formula One teams flew in on Air Force One today.") == []
    assert _read("The big four banks lost money.") == [(4, "bank")]  # in small letters: a count
    assert _read("One country sent two ships.") == [(1, "country"), (2, "ship")]  # not the slogan


def test_a_russian_slogan_or_group_counts_nothing() -> None:
    lemma = str.lower  # the units are beside the point here: only whether a fact is read
    assert [f.text for f in find_numbers("Пекин сохранит принцип «одна страна — две системы», заявили 12 депутатов.",
                                         lemma)] == ["12 депутатов"]
    assert find_numbers("Лидеры Группы двадцати обсудили принцип «Одно государство, две системы».", lemma) == []
    assert [f.value for f in find_numbers("Одна страна прислала две группы спасателей.", lemma)] == [1, 2]
