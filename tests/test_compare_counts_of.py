"""Counts of a part of a counted whole ("two of the nine policymakers", «двое из девяти членов»), vague number words
and collective numerals, as the English desk found them unread or misread (session 17). Texts are ours (fictional)."""

from __future__ import annotations

from datetime import date

import pytest

from svodka.compare import compare_articles
from svodka.nlp import NlpModels
from svodka.nlp.numbers import find_numbers

from conftest import of_kind, reports_of_one_day

DAY = date(2026, 3, 12)


def _conflicts(models: NlpModels, first: str, second: str) -> list:
    reports = [("Harbour Wire", "10:00", "Northland news", first),
               ("Coastal Chronicle", "11:00", "Northland news", second)]
    return of_kind(compare_articles(reports_of_one_day(models, DAY, *reports), models.embedding), "conflict")


def _read(text: str) -> list[tuple[float, str]]:
    return [(fact.value, fact.unit) for fact in find_numbers(text, str.lower)]


@pytest.mark.parametrize(("text", "part"), [
    ("Two of the nine policymakers dissented.", (2.0, "policymakers")),
    ("3 of 12 members voted against.", (3.0, "members")),
    ("3 out of 12 members voted against.", (3.0, "members")),
    ("Двое из девяти членов совета проголосовали против.", (2.0, "членов")),
    ("Трое из 12 членов совета проголосовали против.", (3.0, "членов")),
])
def test_a_part_of_a_counted_whole_counts_the_whole_noun(text: str, part: tuple[float, str]) -> None:
    read = _read(text)
    assert part in read and len(read) == 2  # the part and its whole, no "3 out"


@pytest.mark.parametrize("text", [
    "Norbank, one of the largest banks in Northland, cut jobs.", "One of them dissented.",
    "«Северный», один из крупнейших банков региона, сократил штат.", "Ни один из девяти членов совета не возразил."])
def test_one_of_an_uncounted_whole_counts_nothing(text: str) -> None:
    assert all(value != 1.0 for value, _ in _read(text))


@pytest.mark.parametrize(("text", "read"), [
    ("12 officials and 3 injured were counted, 5 inches of rain fell.",
     [(12.0, "officials"), (3.0, "injured"), (5.0, "inches")]),
    ("Проголосовали 12 сенаторов, двое детей пострадали.", [(12.0, "сенаторов"), (2.0, "детей")]),
    ("Паводок начался 5 мая, закрыты 3 маяка.", [(3.0, "маяка")]),
])
def test_nouns_opening_like_of_in_or_a_month_are_counted(text: str, read: list[tuple[float, str]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize("text", [
    "A couple of people were hurt.", "Several hundred people were evacuated.", "A few hundred homes lost power.",
    "Dozens of people were evacuated.", "Несколько человек пострадали.", "Десятки человек эвакуировали.",
    "Пара человек пострадала."])
def test_vague_number_words_are_no_figures(text: str) -> None:
    assert _read(text) == []


def test_a_part_and_a_count_of_what_it_did_conflict(models: NlpModels) -> None:
    conflicts = _conflicts(models, "The Northland central bank held its key rate on Thursday. Two of the nine "
                                   "policymakers dissented, favouring a cut.",
                           "The Northland central bank held its key rate on Thursday. Three members dissented, "
                           "favouring a cut.")
    assert len(conflicts) == 1 and "Two of the nine policymakers (2)" in conflicts[0].text


def test_a_russian_part_and_a_count_of_what_it_did_conflict(models: NlpModels) -> None:
    conflicts = _conflicts(models, "Центробанк Северии в четверг сохранил ключевую ставку. Двое из девяти членов "
                                   "совета проголосовали против.",
                           "Центробанк Северии в четверг сохранил ключевую ставку. Трое членов совета проголосовали "
                           "против.")
    assert len(conflicts) == 1 and "Двое из девяти членов (2)" in conflicts[0].text


@pytest.mark.parametrize(("first", "second"), [
    ("A bus crashed near Harwick on Thursday. Two of the three victims were children.",
     "A bus crashed near Harwick on Thursday. Three victims died at the scene."),
    ("A bus crashed near Harwick on Thursday. Two of the three victims of the crash were children.",
     "A bus crashed near Harwick on Thursday. Three victims of the crash died at the scene."),
    ("Автобус перевернулся под Камышином в четверг. Двое из трёх погибших были детьми.",
     "Автобус перевернулся под Камышином в четверг. Трое погибших скончались на месте."),
])
def test_a_part_is_no_conflict_with_its_whole(models: NlpModels, first: str, second: str) -> None:
    assert not _conflicts(models, first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("A couple of people were hurt when a crane fell in Harwick on Thursday.",
     "Three people were hurt when a crane fell in Harwick on Thursday."),
    ("Several hundred people were evacuated from Harwick on Thursday.",
     "About 150 people were evacuated from Harwick on Thursday."),
    ("Несколько человек пострадали при падении крана в Камышине в четверг.",
     "Пять человек пострадали при падении крана в Камышине в четверг."),
])
def test_a_vague_count_is_no_conflict(models: NlpModels, first: str, second: str) -> None:
    assert not _conflicts(models, first, second)


def test_the_injured_in_a_collective_numeral_are_no_state_of_the_toll(models: NlpModels) -> None:
    conflicts = _conflicts(models, "На складе в посёлке Камышино ночью вспыхнул пожар. Один человек погиб, двое "
                                   "пострадали, сообщили в полиции.",
                           "На складе в посёлке Камышино ночью вспыхнул пожар. Один человек погиб, трое "
                           "пострадали, сообщили в МЧС.")
    assert len(conflicts) == 1
    values = conflicts[0].text.rpartition(" — ")[2]
    assert values == "двое пострадали (2) (Harbour Wire) vs трое пострадали (3) (Coastal Chronicle)"
