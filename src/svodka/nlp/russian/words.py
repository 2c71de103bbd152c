"""What the Russian rules share about single words: the pattern of a Cyrillic word, pymorphy's marks of names,
and putting a word into a form while keeping how it was written. Here once so that the rules agree on them."""

from __future__ import annotations

import re

from pymorphy2.analyzer import Parse

CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
RELATIONAL_ADJECTIVE = re.compile(r"ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
NAME_GRAMMEMES = {"Orgn", "Geox", "Name", "Surn"}  # pymorphy's marks of a proper name
PERSON_GRAMMEMES = {"Name", "Surn", "Patr"}
INSTITUTION_WINDOW = 20  # characters before a place searched for the institution's noun


def is_abbreviation(word: str) -> bool:
    """"ФОМ", "МИД", "ВМС": capitals throughout, so an abbreviation, whatever the dictionary reads in it."""
    return len(word) > 1 and word.isupper()


def inflect(parse: Parse, grammemes: set[str]) -> Parse | None:
    """pymorphy's own inflect with OpenCorpora grammemes (natasha's wrapper expects UD names)."""
    return Parse.inflect(parse, grammemes)


def as_written(original: str, word: str) -> str:
    """`word` with the original's capitalisation and any hyphenated prefix ("Усть-")."""
    prefix, _, last = original.rpartition("-")
    if last.isupper() and len(last) > 1:
        word = word.upper()
    elif last[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{prefix}-{word}" if prefix else word
