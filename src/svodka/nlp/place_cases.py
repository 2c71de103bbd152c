"""A Ukrainian place named by adjectives and a place noun, put back in the nominative: «на Поштовій площі», «біля
Поштової площі», «Московським проспектом» are «Поштова площа», «Московський проспект».

Ukrainian writes the case on every word of such a name, so one square in three sentences gives three keys unless
its name is read in one case. The place nouns are few and their forms a closed list, and each case gives the
adjective before them one ending per gender: a name is rewritten only where every adjective's ending agrees with the
noun's case (plural «Карпатські гори» is no singular «гори» and is left as written).
"""

from __future__ import annotations

import re

NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, LOCATIVE = "nom", "gen", "dat", "acc", "ins", "loc"
# Each place noun's nominative → its gender and its oblique forms with the cases each may be (an accusative spelt
# as the nominative is read as one: nothing to put back). The Ukrainian place words of names_across_languages.json.
PLACE_NOUNS: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "площа": ("f", {"площі": (GENITIVE, DATIVE, LOCATIVE), "площу": (ACCUSATIVE,), "площею": (INSTRUMENTAL,)}),
    "вулиця": ("f", {"вулиці": (GENITIVE, DATIVE, LOCATIVE), "вулицю": (ACCUSATIVE,), "вулицею": (INSTRUMENTAL,)}),
    "набережна": ("f", {"набережної": (GENITIVE,), "набережній": (DATIVE, LOCATIVE), "набережну": (ACCUSATIVE,),
                        "набережною": (INSTRUMENTAL,)}),
    "дорога": ("f", {"дороги": (GENITIVE,), "дорозі": (DATIVE, LOCATIVE), "дорогу": (ACCUSATIVE,),
                     "дорогою": (INSTRUMENTAL,)}),
    "область": ("f", {"області": (GENITIVE, DATIVE, LOCATIVE), "областю": (INSTRUMENTAL,)}),
    "затока": ("f", {"затоки": (GENITIVE,), "затоці": (DATIVE, LOCATIVE), "затоку": (ACCUSATIVE,),
                     "затокою": (INSTRUMENTAL,)}),
    "проспект": ("m", {"проспекту": (GENITIVE, DATIVE), "проспекті": (LOCATIVE,), "проспектом": (INSTRUMENTAL,)}),
    "бульвар": ("m", {"бульвару": (GENITIVE, DATIVE), "бульварі": (LOCATIVE,), "бульваром": (INSTRUMENTAL,)}),
    "провулок": ("m", {"провулку": (GENITIVE, DATIVE, LOCATIVE), "провулці": (LOCATIVE,),
                       "провулком": (INSTRUMENTAL,)}),
    "міст": ("m", {"мосту": (GENITIVE, DATIVE, LOCATIVE), "мості": (LOCATIVE,), "мостом": (INSTRUMENTAL,)}),
    "вокзал": ("m", {"вокзалу": (GENITIVE, DATIVE), "вокзалі": (LOCATIVE,), "вокзалом": (INSTRUMENTAL,)}),
    "аеропорт": ("m", {"аеропорту": (GENITIVE, DATIVE, LOCATIVE), "аеропорті": (LOCATIVE,),
                       "аеропортом": (INSTRUMENTAL,)}),
    "район": ("m", {"району": (GENITIVE, DATIVE, LOCATIVE), "районі": (LOCATIVE,), "районом": (INSTRUMENTAL,)}),
    "острів": ("m", {"острова": (GENITIVE,), "острову": (DATIVE, LOCATIVE), "острові": (LOCATIVE,),
                     "островом": (INSTRUMENTAL,)}),
    "парк": ("m", {"парку": (GENITIVE, DATIVE, LOCATIVE), "парком": (INSTRUMENTAL,)}),
    "шосе": ("n", {}),  # indeclinable: its adjective alone carries the case («на Житомирському шосе»)
    "озеро": ("n", {"озера": (GENITIVE,), "озеру": (DATIVE,), "озері": (LOCATIVE,), "озером": (INSTRUMENTAL,)}),
    "місто": ("n", {"міста": (GENITIVE,), "місту": (DATIVE,), "місті": (LOCATIVE,), "містом": (INSTRUMENTAL,)}),
}
# Place nouns Russian spells alike in some case («озера», «парку»): a name closing with one is read as Ukrainian only
# when spelt as Russian never is, with its letters or an adjective's soft "-ськ-" («Житомирському»)
SHARED_WITH_RUSSIAN = {"озеро", "парк", "район", "проспект", "бульвар", "вокзал", "дорога", "область"}
UKRAINIAN_SPELLING = re.compile(r"[іїєґ]|[сц]ьк", re.I)
ALL_CASES = (NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, LOCATIVE)
# Each gender's adjective endings → the cases they may be and the nominative ending, soft ones first (read longest
# first): «Поштовій» → «Поштова», «Верхньої» → «Верхня», «Московському» → «Московський».
ADJECTIVE_ENDINGS: dict[str, dict[str, tuple[tuple[str, ...], str]]] = {
    "f": {"ьої": ((GENITIVE,), "я"), "ьою": ((INSTRUMENTAL,), "я"), "ої": ((GENITIVE,), "а"),
          "ою": ((INSTRUMENTAL,), "а"), "ій": ((DATIVE, LOCATIVE), "а"), "ю": ((ACCUSATIVE,), "я"), "у": ((ACCUSATIVE,), "а"),
          "а": ((NOMINATIVE,), "а"), "я": ((NOMINATIVE,), "я")},
    "m": {"ього": ((GENITIVE,), "ій"), "ьому": ((DATIVE, LOCATIVE), "ій"), "ого": ((GENITIVE,), "ий"),
          "ому": ((DATIVE, LOCATIVE), "ий"), "им": ((INSTRUMENTAL,), "ий"), "ий": ((NOMINATIVE,), "ий"),
          "ій": ((NOMINATIVE,), "ій")},
    "n": {"ього": ((GENITIVE,), "є"), "ьому": ((DATIVE, LOCATIVE), "є"), "ого": ((GENITIVE,), "е"),
          "ому": ((DATIVE, LOCATIVE), "е"), "им": ((INSTRUMENTAL,), "е"), "е": ((NOMINATIVE,), "е"),
          "є": ((NOMINATIVE,), "є")},
}
NOUN_FORMS = {form: (nominative, gender, cases) for nominative, (gender, forms) in PLACE_NOUNS.items()
              for form, cases in forms.items()}
# an indeclinable noun is any case its adjective says
NOUN_FORMS |= {nominative: (nominative, gender, ALL_CASES if not forms else (NOMINATIVE,))
               for nominative, (gender, forms) in PLACE_NOUNS.items()}
MIN_ADJECTIVE_STEM = 3  # letters an adjective keeps without its ending («Нов-ій»)


def is_place_noun(word: str) -> bool:
    """Whether a word is a Ukrainian place noun, in any case."""
    return word.lower() in NOUN_FORMS


def nominative_place(name: str) -> str:
    """The name in the nominative where it is a Ukrainian place (`agreeing_place`), else as written; a Russian
    «Чудского озера» agrees in Ukrainian too, but is keyed as Russian names are (SHARED_WITH_RUSSIAN)."""
    words = name.split()
    noun = NOUN_FORMS.get(words[-1].lower()) if words else None
    if noun and noun[0] in SHARED_WITH_RUSSIAN and not UKRAINIAN_SPELLING.search(name):
        return name
    return agreeing_place(name) or name


def agreeing_place(name: str) -> str | None:
    """The name in the nominative where its last word is a Ukrainian place noun and every word before it an
    adjective agreeing with it in some case, else None."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in NOUN_FORMS:
        return None
    nominative, gender, cases = NOUN_FORMS[words[-1].lower()]
    adjectives = [_nominative_adjective(word, gender, cases) for word in words[:-1]]
    if None in adjectives:
        return None
    noun = nominative.capitalize() if words[-1][0].isupper() else nominative
    return " ".join([*adjectives, noun])


def _nominative_adjective(word: str, gender: str, cases: tuple[str, ...]) -> str | None:
    """The adjective in the nominative if its ending is one of the noun's cases, else None."""
    for ending, (ending_cases, nominative) in ADJECTIVE_ENDINGS[gender].items():
        stem = word[:-len(ending)]
        if word.lower().endswith(ending) and set(ending_cases) & set(cases) and len(stem) >= MIN_ADJECTIVE_STEM:
            return stem + nominative
    return None
