"""Whether a short header line is a person's name: a byline, not the outlet.

A pasted page puts the author alone on a line under the headline ("Иван Иванов"), where an outlet's name
("Волжский телеграф", "Sputnik Таджикистан") stands as often. The form alone cannot tell them apart (both are
two capitalised words); pymorphy's dictionary can: it marks first names (Name), surnames (Surn) and
patronymics (Patr). A person is a first name and a surname in either order, a patronymic between.
Latin names have no such dictionary here: an English byline is read by its "By" (svodka.clean.text).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from svodka.nlp.models import MorphVocab

CYRILLIC_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
PERSON_MARKS = ("Name", "Surn", "Patr")


def is_person_name(line: str) -> bool:
    """"Иван Иванов", "Петрова Анна", "Анна Сергеевна Петрова": a person's name, and nothing else on the line."""
    words = line.split()
    if len(words) not in (2, 3) or not all(CYRILLIC_NAME_WORD.fullmatch(word) for word in words):
        return False
    marks = [_person_marks(word) for word in words]
    if len(words) == 3 and "Patr" not in marks[1]:
        return "Surn" in marks[0] and "Name" in marks[1] and "Patr" in marks[2]  # "Петрова Анна Сергеевна"
    return "Name" in marks[0] and "Surn" in marks[-1] or len(words) == 2 and "Surn" in marks[0] and "Name" in marks[1]


def _person_marks(word: str) -> set[str]:
    """The person marks any reading of the word carries ("Вера" is a noun and a first name)."""
    return {mark for form in _morph_vocab().parse(word) for mark in PERSON_MARKS if mark in form.tag}


@cache
def _morph_vocab() -> MorphVocab:
    """Loaded on the first name-like header line only (about a second): most texts never need it."""
    # natasha's, from where pymorphy2's dictionary path is set; imported here since svodka.nlp imports the cleaner
    from svodka.nlp.models import MorphVocab

    return MorphVocab()
