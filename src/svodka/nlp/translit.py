"""A spelling-independent key for names, so Путин meets Putin and Токаев meets Tokayev.

Russian names reach English through several romanisations (Tokayev, Tokaev;
Zelensky, Zelenskiy, Zelenskyy). The key transliterates Cyrillic letter by letter and
then folds the spots where romanisations differ (y after a vowel, -iy/-yy endings,
kh/h, double consonants), so every common spelling gives the same key.
"""

from __future__ import annotations

import re

from svodka.nlp.aliases import english_name

CYRILLIC_TO_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһ",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u a g k n o u u h".split(),
))
# Romanisation variants folded to one spelling, applied in order to the lowercased Latin.
FOLDS = [
    (re.compile(r"[-'’`\s]+"), " "),
    # Latin spellings of sounds Cyrillic writes one way (the Cyrillic's own Latin has no "c", "q", "ph", "th"):
    # Philadelphia, Thailand, Qatar, Barcelona, Canada, Macron → филадельфия, таиланд, катар, барселона…
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"\bye"), "e"),  # Yekaterinburg → ekaterinburg
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), ""),  # Tokayev → tokaev
    (re.compile(r"(?<=[bcdfghklmnprstvz])yo"), "e"),  # ё after a consonant: Artyom, Lunyov → artem, lunev (Артём)
    (re.compile(r"(?:iy|yy|ii|yi|ij)\b"), "i"),  # Zelenskiy, Zelenskyy → zelenski
    (re.compile(r"y"), "i"),
    # vowels English keeps from the source language where Russian writes them as heard: Marseille, Lyon, Tokyo,
    # Austria, Italy, Germany → марсель, лион, токио, австрия, италия, германия
    (re.compile(r"ei"), "e"),
    (re.compile(r"io"), "e"),
    (re.compile(r"(?<=[ae])u(?![aeiou])"), "v"),
    (re.compile(r"(?<=[^aeiou\s])e\b"), ""),
    (re.compile(r"ia\b"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"j"), "zh"),  # Jomart → zhomart
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1"), r"\1"),  # Kassym → kasim
]


def latin(name: str) -> str:
    """The name in Latin letters, letter by letter."""
    return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in name.lower()).replace("-", "")


def name_key(name: str) -> str:
    """A key two spellings of one name share (Путин, Putin → 'putin')."""
    key = latin(name)
    for pattern, replacement in FOLDS:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


def entity_key(name: str, type_: str) -> str:
    """What identifies an entity across articles and languages.

    A person is known by the surname (first names romanise far less regularly:
    Касым-Жомарт, Kassym-Jomart, Qasym-Jomart), anything else by the whole name, a place
    Russian and English name apart by its English one (`aliases.english_name`).
    """
    words = name.split()
    if type_ == "PER":
        return f"{type_}:{name_key(words[-1] if words else name)}"
    return f"{type_}:{name_key(english_name(name))}"
