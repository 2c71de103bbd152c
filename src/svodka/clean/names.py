"""Whether a short header line is a person's name: a byline, not the outlet.

A pasted page puts the author alone on a line under the headline ("Иван Иванов"), where an outlet's name
("Волжский телеграф", "Sputnik Таджикистан") stands as often. The form alone cannot tell them apart (both are
two capitalised words); pymorphy's dictionary can: it marks first names (Name), surnames (Surn) and
patronymics (Patr). A person is a first name and a surname in either order, a patronymic between.
Latin names have no such dictionary: an English byline is read by its "By" (svodka.clean.text), and a name alone
("Jane Doe", "Mary K. O'Brien") by its first word, one of the common first names we list (svodka.clean.first_names),
a surname's shape after it, and no word a masthead takes ("Jackie Sentinel" would be a paper).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from svodka.clean.first_names import ENGLISH_FIRST_NAMES

if TYPE_CHECKING:
    from svodka.nlp.models import MorphVocab

CYRILLIC_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# "Doe", "O'Brien", "McDonald", "Smith-Jones", a middle initial "K."; no all-capitals word ("BBC").
LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]*(?:['’\-]?[A-Z]?[a-z]+)+|[A-Z]\.")
# A title before a name: "Dr Jane Doe", "Prof. Mary Major".
HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame", "rev"}
# Words a masthead takes beyond OUTLET_LIKE's, checked on a name-like line only (a byline's comma takes more care).
MASTHEAD_WORDS = re.compile(
    r"\b(?i:sentinel|statesman|courier|inquirer|enquirer|examiner|advocate|dispatch|bulletin|monitor|magazine|network|"
    r"independent|express|mirror|globe|register|review|insider|digest|ledger|beacon|citizen|mercury|online|live)\b"
)
# The name after a byline's comma is the outlet only when it looks like one: a known wire, "The …", an abbreviation,
# a site's domain, or a name holding a word outlets take. Anything else there may be a co-author or a place ("By Jane
# Doe, John Smith", "By Jane Doe, Moscow"): when unsure, no outlet.
KNOWN_WIRES = {
    "reuters", "ap", "afp", "bloomberg", "cnn", "bbc", "dpa", "upi", "xinhua", "sputnik", "interfax", "тасс",
    "риа новости", "интерфакс", "коммерсантъ", "коммерсант", "медуза", "фонтанка",
}
OUTLET_LIKE = re.compile(
    r"^(?:The|the)\s|^[A-ZА-ЯЁ]{2,6}$|\.[a-zрф]{2,4}$|\b(?i:news|press|times|post|herald|journal|telegraph|tribune|"
    r"gazette|daily|weekly|chronicle|media|agency|wire|radio|tv|today|observer|guardian|report|новости|вести|газета|"
    r"известия|ведомости|правда|телеграф|вестник|радио|тв|медиа|агентство|ньюс)\b"
)
# RSS 2.0's <author> is an e-mail by its spec ("editor@example.com (Jane Doe)"); feeds also send "Jane Doe
# <jane@x.org>" or the address alone. A reader wants the person, and an address is nobody's name nor an outlet.
EMAIL = re.compile(r"(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_LEFTOVERS = re.compile(r"[()<>\[\]]|\s+(?=[,;])")
PERSON_MARKS = ("Name", "Surn", "Patr")


def is_person_name(line: str) -> bool:
    """"Иван Иванов", "Петрова Анна", "Анна Сергеевна Петрова", "Jane Doe": a person's name, and nothing else on
    the line. A byline set in capitals ("JANE DOE", «ИВАН ПЕТРОВ») is read as written in small letters."""
    words = [_in_small_letters(word) for word in line.split()] if line.isupper() else line.split()
    if _is_english_person_name(words):
        return True
    if len(words) not in (2, 3) or not all(CYRILLIC_NAME_WORD.fullmatch(word) for word in words):
        return False
    marks = [_person_marks(word) for word in words]
    if len(words) == 3 and "Patr" not in marks[1]:
        return "Surn" in marks[0] and "Name" in marks[1] and "Patr" in marks[2]  # "Петрова Анна Сергеевна"
    return "Name" in marks[0] and "Surn" in marks[-1] or len(words) == 2 and "Surn" in marks[0] and "Name" in marks[1]


def is_place_name(line: str) -> bool:
    """«Тюмень», «Санкт-Петербург», «Алматы»: one word the dictionary knows as a place's name (Geox), as a dateline
    stands before a date («Тюмень, 10 марта 2026 года») or a lead («Тюмень. В городе…»). "Вечерняя Москва" is two
    words, an outlet's name."""
    vocab = _morph_vocab()
    return bool(CYRILLIC_NAME_WORD.fullmatch(line)) and vocab.word_is_known(line.lower()) and any(
        "Geox" in form.tag and "nomn" in form.tag for form in vocab.parse(line))  # known: not guessed by its ending


def looks_like_outlet(name: str) -> bool:
    """"Reuters", "The Baltic Herald", "BBC", "lenta.ru", "Городские новости": a name an outlet takes."""
    return name.lower() in KNOWN_WIRES or bool(OUTLET_LIKE.search(name))


def without_emails(name: str | None) -> str | None:
    """An author or outlet without its e-mail addresses: "editor@example.com (Jane Doe)" and "Jane Doe <jane@x.org>"
    are "Jane Doe"; "jane@x.org" alone is None (no name given)."""
    if not name or "@" not in name:
        return name
    kept = " ".join(EMAIL_LEFTOVERS.sub("", EMAIL.sub(" ", name)).split()).strip(" ,;:-–—")
    return kept if any(character.isalpha() for character in kept) else None


def _in_small_letters(word: str) -> str:
    """A word in capitals as a name is written: "PETROVA-VODKINA" → "Petrova-Vodkina", "O'BRIEN" → "O'brien"."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _is_english_person_name(words: list[str]) -> bool:
    """A listed first name and a surname, an initial or a middle name between, a title before (see the module
    docstring)."""
    line = " ".join(words)
    if len(words) > 2 and words[0].rstrip(".").lower() in HONORIFICS:
        words = words[1:]
    return (len(words) in (2, 3) and words[0].lower() in ENGLISH_FIRST_NAMES and not words[-1].endswith(".")
            and all(LATIN_NAME_WORD.fullmatch(word) for word in words)
            and not looks_like_outlet(line) and not MASTHEAD_WORDS.search(line))


def _person_marks(word: str) -> set[str]:
    """The person marks any reading of the word carries ("Вера" is a noun and a first name)."""
    return {mark for form in _morph_vocab().parse(word) for mark in PERSON_MARKS if mark in form.tag}


@cache
def _morph_vocab() -> MorphVocab:
    """Loaded on the first name-like header line only (about a second): most texts never need it."""
    # natasha's, from where pymorphy2's dictionary path is set; imported here since svodka.nlp imports the cleaner
    from svodka.nlp.models import MorphVocab

    return MorphVocab()
