"""The months' names as news prints them, for every stage that reads a date (the cleaner's printed dates and
datelines, the date and number readers, the grouping's days, the timeline): Russian in the cases a date takes, English
whole and abbreviated, Ukrainian in the genitive (neighbours' articles still give comparable dates). A name added here
is known everywhere, and neither clean nor nlp reads it from the other."""

from __future__ import annotations

RU_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                 "ноябрь", "декабрь")
RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
               "ноября", "декабря")  # «5 марта», «с января»
RU_PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                    "ноябре", "декабре")  # «в марте»
RU_ABBREVIATIONS = ("янв", "фев", "мар", "апр", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")  # «май» is printed whole
EN_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")
EN_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")  # "May" has none
UK_GENITIVE = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
               "листопада", "грудня")

# A month by the first three letters of any of its names (lower-case): "дек", "декабря" and "Dec." alike; May's
# Russian forms differ in the third («май», «мая», «мае»). Ukrainian names share no opening: whole.
RU_MONTHS = {name[:3]: number for names in (RU_NOMINATIVE, RU_GENITIVE, RU_PREPOSITIONAL)
             for number, name in enumerate(names, start=1)}
EN_MONTHS = {name[:3].lower(): number for number, name in enumerate(EN_NAMES, start=1)}
UK_MONTHS = {name: number for number, name in enumerate(UK_GENITIVE, start=1)}

# Regex pieces. A Russian month by its stem, any case ending after it («ноябрь», «ноября», «ноябре»).
RU_MONTH_STEM = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
# A month by its first three letters, a longer name or an abbreviation's full stop after it ("23 дек", "Sept. 5").
RU_MONTH_OPENING = rf"(?:{'|'.join(RU_ABBREVIATIONS)}|ма[яй])"
EN_MONTH_OPENING = rf"(?:{'|'.join(EN_MONTHS)})"  # lower-case: read with re.IGNORECASE
RU_MONTH_GENITIVE = "|".join(RU_GENITIVE)
RU_MONTH_NOMINATIVE = "|".join(RU_NOMINATIVE)
RU_MONTH_IN = "|".join(RU_PREPOSITIONAL)
EN_MONTH_FULL = "|".join(EN_NAMES)
# A day's month: a whole name before an abbreviation, so that an unbounded match takes all of it («до конца марта»,
# not «до конца мар»); English capitalised, as news prints it. The _WORD forms capture it as a group.
RU_MONTH_NAME = "|".join((*RU_GENITIVE, *RU_NOMINATIVE, *RU_ABBREVIATIONS))
EN_MONTH_NAME = "|".join((*EN_NAMES, *EN_ABBREVIATIONS))
RU_MONTH_WORD = f"({RU_MONTH_NAME})"
EN_MONTH_WORD = f"({EN_MONTH_NAME})"


def month_number(word: str) -> int:
    """1 to 12 for a month's name in any of the three languages, whole or abbreviated; KeyError for no month."""
    word = word.lower()
    return RU_MONTHS.get(word[:3]) or UK_MONTHS.get(word) or EN_MONTHS[word[:3]]
