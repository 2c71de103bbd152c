"""A spelling-independent key for names, so Путин meets Putin and Токаев meets Tokayev.

Russian names reach English through several romanisations (Tokayev, Tokaev;
Zelensky, Zelenskiy, Zelenskyy). The key transliterates Cyrillic letter by letter and
then folds the spots where romanisations differ (y after a vowel, -iy/-yy endings,
kh/h, double consonants), so every common spelling gives the same key.
"""

from __future__ import annotations

import re
from functools import lru_cache

from svodka.nlp.aliases import PLACE_WORDS, english_name, place_words_in_english
from svodka.nlp.place_cases import nominative_place

CYRILLIC_TO_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһђјљњћџѓќѕ",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u a g k n o u u h dzh y ly ny"
    " ch dzh g k dz".split(),
))
# Romanisation variants folded to one spelling, applied in order to the lowercased Latin.
FOLDS = [
    (re.compile(r"[-'’`\s]+"), " "),
    # French and German spellings of Russian sounds, and English ones of a Russian ending: Gorbatchev, Tchaikovsky,
    # Tschaikowsky (ч), Schukin (щ), Tzar (ц); Vorontsoff, Medvedeff, Rachmaninoff (-ов, -ев; -ow folds below)
    (re.compile(r"tsch|tch"), "ch"),
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"tz"), "ts"),
    (re.compile(r"(?<=\w{3}[oe])ff\b"), "v"),  # not a short English name: Goff is no Gove
    # English "u" said as Russian writes "а" before two consonants: Trump, Hunter, Hull → Трамп, Хантер, Халл (folded
    # alike on both sides, as Путин, Putin keep theirs)
    (re.compile(r"(?<=[^aeiou\s])u(?=m[pb]|n[tdgk]|ck|ll)"), "a"),
    # Ukrainian writes "шт" where Russian writes "чт" (пошта / почта: «Поштова площа» / «Почтовая площадь»)
    (re.compile(r"(?<=[aeiou])cht"), "sht"),
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
    # ь before е written "i" or not: Prokofiev, Grigoryev / Прокофьев, Григорьев; ё after a hissing sound written
    # "o": Gorbachov, Khrushchov / Горбачёв, Хрущёв
    (re.compile(r"(?<=\w\w[^aeiou\s])iev\b"), "ev"),  # not in a short name: Kiev keeps its key
    (re.compile(r"(?<=[cs]h|zh)ov\b"), "ev"),
    # vowels English keeps from the source language where Russian writes them as heard: Marseille, Lyon, Tokyo,
    # Austria, Italy, Germany → марсель, лион, токио, австрия, италия, германия
    (re.compile(r"ei"), "e"),
    (re.compile(r"io"), "e"),
    (re.compile(r"(?<=[ae])u(?![aeiou])"), "v"),
    (re.compile(r"(?<=t)re\b"), "er"),  # British and American spellings: Centre, Theatre → center, theater
    (re.compile(r"(?<=[^aeiou\s])e\b"), ""),
    (re.compile(r"ia\b"), "i"),
    # English "i" said as in "bite", which Russian writes "ай" after a consonant: Biden, Mike, Nike → Байден, Майк,
    # Найк (Dubai, Taiwan → Дубай, Тайвань fold alike on both sides)
    (re.compile(r"(?<=[^aeiou\s])ai"), "i"),
    (re.compile(r"kh"), "h"),
    # an "h" Russian does not write after a stop: Dhaka, Gandhi, Bhutan → Дакка, Ганди, Бутан (Meghna → Мегхна,
    # whose "гх" the fold above made "gh", meets it too)
    (re.compile(r"(?<=[bdg])h"), ""),
    (re.compile(r"j"), "zh"),  # Jomart → zhomart
    (re.compile(r"dzh"), "zh"),  # Russian writes English "j" "дж": Jakarta, Munshiganj, Djokovic → Джакарта…
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1"), r"\1"),  # Kassym → kasim
]
RIVER = re.compile(r"^[Rr]iver[ \t]+|[ \t]+[Rr]iver$")
# Words closing an organisation's name that say what outlet or legal form it is, not which body: "BBC News" is
# the BBC, "Alibaba Group" Alibaba, "РЕН ТВ" РЕН, "РИА Новости" the РИА news write alone. A body keys without
# them, so that reports naming it either way meet ("SoftBank Group Corp" and "SoftBank Corp" meet too; within one
# article svodka.nlp.entities keeps them apart).
GENERIC_ORG_SUFFIXES = {"news", "новости", "novosti", "group", "групп", "inc", "inc.", "ltd", "ltd.", "limited",
                        "plc", "corp", "corp.", "corporation", "online", "онлайн", "tv", "тв"}


def latin(name: str) -> str:
    """The name in Latin letters, letter by letter."""
    return "".join(CYRILLIC_TO_LATIN.get(c, c) for c in name.lower()).replace("-", "")


def name_key(name: str) -> str:
    """A key two spellings of one name share (Путин, Putin → 'putin')."""
    key = latin(name)
    for pattern, replacement in FOLDS:
        key = pattern.sub(replacement, key)
    return " ".join(key.split())


# What a name's sound skeleton drops: vowels, which English and Russian write apart ("Aldmouth" / «Олдмут», "ou" /
# "у", "al" / "ол"), "h", which one writes and the other not ("Ashworth" / «Эшворт»), and English "wh" (keyed "vh"),
# which Russian writes "у" ("Whitfield" / «Уитфилд»). See `sound_skeleton`.
SKELETON_DROPS = re.compile(r"vh|[aeiouyh\s]")


@lru_cache(maxsize=4096)  # asked for every name of every pair of reports in two languages
def sound_skeleton(key: str) -> str:
    """The consonants of a name key (`name_key`) Russian and English both write: "aldmout" (Aldmouth) and "oldmut"
    («Олдмут») are "ldmt", "vhitfield" (Whitfield) and "uitfild" («Уитфилд») "tfld". Coarse on purpose: compared
    only between reports in two languages, for names the keys miss, with a guard (`similarity._same_name_across`)."""
    return SKELETON_DROPS.sub("", key)


def entity_key(name: str, type_: str) -> str:
    """What identifies an entity across articles and languages.

    A person is known by the surname (first names romanise far less regularly:
    Касым-Жомарт, Kassym-Jomart, Qasym-Jomart), anything else by the whole name, a place
    Russian and English name apart by its English one (`aliases.english_name`), a Ukrainian
    street or square in the nominative (`place_cases.nominative_place`).
    """
    words = name.split()
    if type_ == "PER":
        return f"{type_}:{name_key(words[-1] if words else name)}"
    if type_ == "LOC":  # "Meghna River", "River Thames": Russian names a river without the word (на реке Мегхна)
        name = nominative_place(RIVER.sub("", name) or name)  # «Поштовій площі» is «Поштова площа»
    if type_ == "ORG":
        name = _without_generic_suffixes(name)
    return f"{type_}:{name_key(place_words_in_english(english_name(name)))}"


def is_place_word(word: str) -> bool:
    """Whether a word of a name key is a common word of a place's name ("port", "skuar" for "square"): one a
    longer name shares with a place says what the place is, not which (`aliases.PLACE_WORDS`)."""
    return word in PLACE_WORD_KEYS


def _without_generic_suffixes(name: str) -> str:
    """An organisation's name without the outlet's or legal form's words closing it ("BBC News" → "BBC"); a name
    that is nothing else stays whole ("News", "Group")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in GENERIC_ORG_SUFFIXES:
        words.pop()
    return " ".join(words)


PLACE_WORD_KEYS = frozenset(name_key(word) for pair in PLACE_WORDS.items() for word in pair)
