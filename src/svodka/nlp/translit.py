"""A spelling-independent key for names, so Путин meets Putin and Токаев meets Tokayev.

Russian names reach English through several romanisations (Tokayev, Tokaev;
Zelensky, Zelenskiy, Zelenskyy). The key transliterates Cyrillic letter by letter and
then folds the spots where romanisations differ (y after a vowel, -iy/-yy endings,
kh/h, double consonants), so every common spelling gives the same key.
"""

from __future__ import annotations

import re

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


# Places Russian and English name differently, beyond what letters and folds can bridge (Москва / Moscow,
# Германия / Germany is bridged, Китай / China is not): general knowledge, by the Russian canonical name. English
# variants name the same place ("Kyiv" and "Kiev", "Türkiye" and "Turkey"). A place keys by its English name.
EXONYMS = {
    # countries and unions of them
    "россия": "Russia", "украина": "Ukraine", "сша": "United States", "великобритания": "United Kingdom",
    "англия": "England", "шотландия": "Scotland", "ирландия": "Ireland", "франция": "France", "испания": "Spain",
    "нидерланды": "Netherlands", "голландия": "Netherlands", "бельгия": "Belgium", "польша": "Poland",
    "чехия": "Czech Republic", "венгрия": "Hungary", "румыния": "Romania", "болгария": "Bulgaria",
    "хорватия": "Croatia", "греция": "Greece", "швеция": "Sweden", "швейцария": "Switzerland", "норвегия": "Norway",
    "финляндия": "Finland", "дания": "Denmark", "исландия": "Iceland", "литва": "Lithuania", "молдавия": "Moldova",
    "молдова": "Moldova", "белоруссия": "Belarus", "грузия": "Georgia", "азербайджан": "Azerbaijan",
    "киргизия": "Kyrgyzstan", "таджикистан": "Tajikistan", "туркмения": "Turkmenistan", "турция": "Turkey",
    "китай": "China", "кнр": "China", "япония": "Japan", "южная корея": "South Korea",
    "северная корея": "North Korea", "кндр": "North Korea", "вьетнам": "Vietnam", "индонезия": "Indonesia",
    "филиппины": "Philippines", "израиль": "Israel", "ливан": "Lebanon", "иордания": "Jordan",
    "саудовская аравия": "Saudi Arabia", "оаэ": "United Arab Emirates", "йемен": "Yemen", "египет": "Egypt",
    "ливия": "Libya", "алжир": "Algeria", "марокко": "Morocco", "тунис": "Tunisia", "эфиопия": "Ethiopia",
    "юар": "South Africa", "мексика": "Mexico", "бразилия": "Brazil", "колумбия": "Colombia",
    "новая зеландия": "New Zealand", "кипр": "Cyprus",
    # cities
    "москва": "Moscow", "киев": "Kiev", "харьков": "Kharkiv", "львов": "Lviv", "днепр": "Dnipro",
    "луганск": "Luhansk", "крым": "Crimea", "варшава": "Warsaw", "вена": "Vienna", "рим": "Rome",
    "афины": "Athens", "прага": "Prague", "мюнхен": "Munich", "кёльн": "Cologne", "кельн": "Cologne",
    "женева": "Geneva", "лиссабон": "Lisbon", "копенгаген": "Copenhagen", "брюссель": "Brussels",
    "гаага": "The Hague", "париж": "Paris", "венеция": "Venice", "флоренция": "Florence", "неаполь": "Naples",
    "нью-йорк": "New York", "стамбул": "Istanbul", "тегеран": "Tehran", "каир": "Cairo", "дамаск": "Damascus",
    "иерусалим": "Jerusalem", "пекин": "Beijing", "шанхай": "Shanghai", "гонконг": "Hong Kong",
    "сингапур": "Singapore", "сеул": "Seoul", "дели": "Delhi", "нью-дели": "New Delhi", "стокгольм": "Stockholm",
    "бухарест": "Bucharest", "белград": "Belgrade",
}
ENGLISH_VARIANTS = {"kyiv": "Kiev", "türkiye": "Turkey", "turkiye": "Turkey", "czechia": "Czech Republic",
                    "odessa": "Odesa", "kharkov": "Kharkiv", "lvov": "Lviv", "dnepr": "Dnipro", "lugansk": "Luhansk",
                    "burma": "Myanmar", "holland": "Netherlands", "the netherlands": "Netherlands"}


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
    Russian and English name apart (EXONYMS) by its English one.
    """
    words = name.split()
    if type_ == "PER":
        return f"{type_}:{name_key(words[-1] if words else name)}"
    lowered = name.lower()
    return f"{type_}:{name_key(EXONYMS.get(lowered) or ENGLISH_VARIANTS.get(lowered) or name)}"
