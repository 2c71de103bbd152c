"""What the Russian rules share about single words: the pattern of a Cyrillic word, pymorphy's marks of names,
and putting a word into a form while keeping how it was written. Here once so that the rules agree on them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy2.analyzer import Parse

CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
RELATIONAL_ADJECTIVE = re.compile(r"ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
NAME_GRAMMEMES = {"Orgn", "Geox", "Name", "Surn"}  # pymorphy's marks of a proper name
# Opening quote marks: a name in quotes after words naming its kind ("Агентство «Москва»", "театра «Талия»"); here,
# not beside the span rules, so that the news filter reads them without loading natasha.
OPENING_QUOTES = "«\"„“"
PERSON_GRAMMEMES = {"Name", "Surn", "Patr"}
NAME_WORD = re.compile(r"[\w-]+")  # a word of a name as printed, "Усть-Илимск" one
INSTITUTION_WINDOW = 20  # characters before a place searched for the institution's noun
# Words organisations compound into their names ("Сбербанк", "Уралинвестбанк", "Татнефть", "Главстрой").
ORG_STEMS = ("банк", "пром", "строй", "холдинг", "инвест", "телеком", "нефть", "трейд", "лизинг")


def is_abbreviation(word: str) -> bool:
    """"ФОМ", "МИД", "ВМС": capitals throughout, so an abbreviation, whatever the dictionary reads in it."""
    return len(word) > 1 and word.isupper()


def inflect(parse: Parse, grammemes: set[str]) -> Parse | None:
    """pymorphy's own inflect with OpenCorpora grammemes (natasha's wrapper expects UD names)."""
    from pymorphy2.analyzer import Parse  # here: the entity helpers' readers (search, the report) inflect nothing

    return Parse.inflect(parse, grammemes)


def as_written(original: str, word: str) -> str:
    """`word` with the original's capitalisation and any hyphenated prefix ("Усть-")."""
    prefix, _, last = original.rpartition("-")
    if last.isupper() and len(last) > 1:
        word = word.upper()
    elif last[:1].isupper():
        word = word[:1].upper() + word[1:]
    return f"{prefix}-{word}" if prefix else word


def without_yo(text: str) -> str:
    """"Лунёв" → "Лунев": how most outlets and the dictionary's normal forms spell it."""
    return text.replace("ё", "е").replace("Ё", "Е")


def with_yo(name: str, written: Iterable[str]) -> str:
    """`name` with "ё" wherever a `written` form of it prints one in the same word (words matched from the last, as
    a surname alone, "Лунёва", is the last of "Илья Лунев"), at the same letter: "Илья Лунев" (the dictionary's
    normal form) becomes "Илья Лунёв". A key may fold "ё"; a reader sees the name as a report printed it."""
    words = name.split(" ")
    for text in written:
        if "ё" in text.lower():
            for i, printed in enumerate(reversed(NAME_WORD.findall(text)), 1):
                if i <= len(words):
                    words[-i] = _yo_word(words[-i], printed)
    return " ".join(words)


def _yo_word(word: str, printed: str) -> str:
    """`word` with the "ё" of `printed`, another form of it ("Лунев", "Лунёвым" → "Лунёв")."""
    letters = list(word)
    for i, letter in enumerate(printed[:len(word)]):
        if letter in "ёЁ" and letters[i] in "еЕ" and without_yo(printed[:i]).lower() == without_yo(word[:i]).lower():
            letters[i] = "Ё" if letters[i] == "Е" else "ё"
    return "".join(letters)
