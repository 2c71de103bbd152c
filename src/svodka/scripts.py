"""Which alphabet a text is written in, counted alike by every stage that must tell Russian from English before it
knows the language (the code page a file was saved in, the language detector, the news filter's cues, the comparison
of two quotes): the share of its letters that are Cyrillic. Letters only, so that figures, punctuation and spaces do
not dilute a short headline; the whole Cyrillic block, so that Ukrainian, Belarusian, Kazakh and Bulgarian letters
count with the Russian ones."""

from __future__ import annotations


def is_cyrillic_letter(char: str) -> bool:
    """A letter of the Cyrillic block (U+0400-U+04FF): Russian and its neighbours', capital or small."""
    return "\u0400" <= char <= "\u04ff" and char.isalpha()


def cyrillic_share(text: str) -> float:
    """The share of the text's letters that are Cyrillic; 0.0 for a text without letters."""
    letters = sum(char.isalpha() for char in text)
    return sum(map(is_cyrillic_letter, text)) / letters if letters else 0.0


def mostly_cyrillic(text: str) -> bool:
    """Whether more than half the text's letters are Cyrillic: the Russian rules apply to it, not the English ones."""
    return cyrillic_share(text) > 0.5
