"""Numbers with what they count ("55 вопросов", "почти четыре часа") as comparable facts.

The unit is the lemma of the word after the number, so "55 вопросов" and "55
вопроса" compare equal; hedges ("почти", "около", "about") are kept in the text so
a later stage can treat "почти четыре часа" and "около 4 часов" as agreeing. A number that
counts nothing ("$30 за баррель", "ст. 264 УК РФ", the minutes of "22:07") is no fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from svodka.model import NumberFact
from svodka.nlp.dates import UK_MONTHS

NUMBER_WORDS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "сто": 100, "тысяча": 1000, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
    # oblique cases ("около трёх часов", "до пяти лет") and the teens and tens in English
    "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
    "девяти": 9, "десяти": 10, "двадцати": 20, "тридцати": 30, "сорока": 40, "полутора": 1.5,
    "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15,
    "eleven": 11, "twelve": 12, "fifteen": 15, "thirty": 30, "forty": 40, "fifty": 50,
}
SCALE = {"тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "млн": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллион": 1e6,
         "млрд": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}
NUMBER = re.compile(
    r"(?P<hedge>\b(?:почти|около|более|свыше|менее|примерно|порядка|about|nearly|almost|over|more than|around)"
    r"\s+(?:на\s+|for\s+)?)?"  # "почти на три часа", "for about three hours"
    r"(?P<num>(?<!\d[:.])"  # not the minutes of "22:07 мск" nor the month and year of "17.11.2019"
    r"(?:\b[1-9]\d{0,2}(?:,\d{3})+(?![\d,])|\b\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|\b\d+(?:[.,]\d+)?"
    r"|\b(?:" + "|".join(NUMBER_WORDS) + r")\b))"
    r"(?:-?(?:й|я|е|го|м|ю|th|st|nd|rd)\b)?"  # ordinals: "на 87-й минуте", "in the 87th minute"
    r"(?:[ \t]+(?P<scale>" + "|".join(SCALE) + r")\b\.?)?"
    r"[ \t]*(?P<unit>%|[а-яёa-z]{2,})",
    re.IGNORECASE,
)
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[, \u00a0]\d{3})+")  # "14,200" and "15 000": one number, not 14.2
ABBREVIATION = 3  # "см", "км", "мм" are abbreviations: lemmatised, "см" would become "смотреть"
NOT_UNITS = re.compile(r"^(" + "|".join(UK_MONTHS) + r"|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек|год|г$|из|in|of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


# A word after a number that counts nothing ("$30 за баррель", "2019 will be", "6-4 to"): no unit, so no fact; the
# compare stage still reads such a number bare
FUNCTION_WORDS = frozenset(
    "в во на по за до от с со к ко у о об при для без над под про через между после перед и а но или что как же ли "
    "не ни уже ещё еще это можно нужно было будет "
    "to and for with on at by from or as than the an will would was were is are has have had can could should "
    "after before into over under against but if when while so this that it he she they we".split())
# What names a thing rather than counts it: "№ 7", "ч. 5 ст. 264 УК РФ" (articles of a code), "No. 2 leader"
IDENTIFIER_BEFORE = re.compile(r"(?:№|\bNo\.|(?<![\w-])(?:ч|ст|п|пп)\.)\s*$")
IDENTIFIER_REACH = 5  # "No. " and "ч. " with a space or two


def find_numbers(text: str, lemmatize: Callable[[str], str]) -> list[NumberFact]:
    """Every figure with what it counts, its unit lemmatised so that two outlets' inflections meet; dates and
    identifiers ("№ 7", "ст. 264") are left out, as they count nothing."""
    facts = []
    for match in NUMBER.finditer(text):
        unit = match["unit"].lower()
        if NOT_UNITS.match(unit):
            continue  # dates are the date extractor's
        if unit in FUNCTION_WORDS or IDENTIFIER_BEFORE.search(text, max(0, match.start() - IDENTIFIER_REACH),
                                                              match.start()):
            continue
        raw = match["num"].lower()
        raw = re.sub(r"\D", "", raw) if THOUSANDS.fullmatch(raw) else raw.replace(",", ".")
        value = NUMBER_WORDS.get(raw)
        if value is None:
            try:
                value = float(raw)
            except ValueError:
                continue
        if match["scale"]:
            value *= SCALE[match["scale"].lower().rstrip(".")]
        unit = unit if unit == "%" or len(unit) <= ABBREVIATION else lemmatize(unit)
        facts.append(NumberFact(match.group(0).strip(), float(value), unit, match.start(), match.end()))
    return facts
