"""Which alphabet a text is written in (svodka.scripts): the share of its letters that are Cyrillic."""

from __future__ import annotations

import pytest

from svodka.scripts import cyrillic_share, is_cyrillic_letter, mostly_cyrillic


@pytest.mark.parametrize(("text", "share"), [
    ("ВВП вырос на 2,5% в 2024 году", 1.0),  # figures and signs are no letters: they do not dilute a headline
    ("Apple представила новый iPhone", 16 / 27),
    ("Kremlin says Песков will speak on Friday", 6 / 34),
    ("Їжачок і ґава", 1.0),  # Ukrainian letters are Cyrillic, not only Russian ones
    ("Бүгін Астанада қар жауады", 1.0),  # and Kazakh ones
    ("2024 — 15:30", 0.0),  # no letters at all
])
def test_the_share_counts_cyrillic_letters_among_letters(text: str, share: float) -> None:
    assert cyrillic_share(text) == pytest.approx(share)


@pytest.mark.parametrize(("text", "mostly"), [
    ("Apple представила новый iPhone", True),
    ("Kremlin says Песков will speak on Friday", False),
    ("Москва Moscow", False),  # half and half is not mostly
    ("Київ відновив рух", True),
    ("", False),
])
def test_mostly_cyrillic_wants_more_than_half(text: str, mostly: bool) -> None:
    assert mostly_cyrillic(text) is mostly


@pytest.mark.parametrize(("char", "letter"), [("ж", True), ("Ё", True), ("ў", True), ("ә", True), ("j", False),
                                              ("҂", False), ("7", False)])
def test_a_cyrillic_letter_is_a_letter_of_the_cyrillic_block(char: str, letter: bool) -> None:
    assert is_cyrillic_letter(char) is letter  # the thousands sign ҂ is in the block but is no letter
