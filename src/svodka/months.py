"""The months' names as news prints them, for every stage that reads a date (the cleaner's printed dates and
datelines, the date and number readers, the grouping's days, the timeline): Russian in the cases a date takes, English
whole and abbreviated; Ukrainian, Belarusian and Serbian in the genitive, Bulgarian, and Kazakh with its locative
(neighbours' articles still give comparable dates). A name added here is known everywhere, and neither clean nor nlp
reads it from the other."""

from __future__ import annotations

import re

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
BE_GENITIVE = ("студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
               "кастрычніка", "лістапада", "снежня")  # «1 снежня»
BG_NAMES = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
            "декември")  # «28 декември»: Bulgarian has no cases
SR_GENITIVE = ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
               "новембра", "децембра")  # «28. децембра»
# Kazakh names a day's month bare («28 желтоқсан 2026 ж.») or in the locative («28 желтоқсанда»), whose ending
# follows the name's last sound
KK_NOMINATIVE = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
                 "қараша", "желтоқсан")
KK_LOCATIVE = ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте",
               "қазанда", "қарашада", "желтоқсанда")
# A month named without a day, after a preposition: «у грудні» (uk), «у снежні» (be), «у децембру» (sr); Bulgarian
# says «през декември» with the names above, Kazakh its locative (KK_LOCATIVE)
UK_LOCATIVE = ("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні",
               "листопаді", "грудні")
BE_LOCATIVE = ("студзені", "лютым", "сакавіку", "красавіку", "маі", "чэрвені", "ліпені", "жніўні", "верасні",
               "кастрычніку", "лістападзе", "снежні")
SR_LOCATIVE = ("јануару", "фебруару", "марту", "априлу", "мају", "јуну", "јулу", "августу", "септембру", "октобру",
               "новембру", "децембру")

# A month by the first three letters of any of its names (lower-case): "дек", "декабря" and "Dec." alike; May's
# Russian forms differ in the third («май», «мая», «мае»). Ukrainian names share no opening: whole.
RU_MONTHS = {name[:3]: number for names in (RU_NOMINATIVE, RU_GENITIVE, RU_PREPOSITIONAL)
             for number, name in enumerate(names, start=1)}
EN_MONTHS = {name[:3].lower(): number for number, name in enumerate(EN_NAMES, start=1)}
UK_MONTHS = {name: number for number, name in enumerate(UK_GENITIVE, start=1)}
# The neighbours' whole names: none is another Russian or English word a day's number goes before (the ones Russian
# shares, «мая», «марта», name the same month), so the date and number readers take them in a text of any language
# and the Russian and English patterns stay as they were.
NEIGHBOUR_MONTHS = {name: number for names in (UK_GENITIVE, BE_GENITIVE, BG_NAMES, SR_GENITIVE, KK_NOMINATIVE,
                                               KK_LOCATIVE)
                    for number, name in enumerate(names, start=1)}
NEIGHBOUR_MONTHS_IN = {name: number for names in (UK_LOCATIVE, BE_LOCATIVE, SR_LOCATIVE)
                       for number, name in enumerate(names, start=1)}

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
# Longest first, so that an unbounded match takes a whole name («қазанда», not «қазан»)
NEIGHBOUR_MONTH_NAME = "|".join(sorted(NEIGHBOUR_MONTHS, key=len, reverse=True))
NEIGHBOUR_MONTH_OPENING = re.compile(rf"(?:{NEIGHBOUR_MONTH_NAME})(?![\w-])", re.I)


def month_number(word: str) -> int:
    """1 to 12 for a month's name in Russian or English, whole or abbreviated, or a neighbour's whole name (its
    locative too); KeyError for no month."""
    word = word.lower()
    return (RU_MONTHS.get(word[:3]) or NEIGHBOUR_MONTHS.get(word) or NEIGHBOUR_MONTHS_IN.get(word)
            or EN_MONTHS[word[:3]])


def opens_with_month(words: str) -> bool:
    """Whether `words` (the text after a number) open with a neighbour's month: «28 желтоқсанда» is a date, not 28 of
    "желто" (the Russian and English ones the number reader knows from RU_MONTH_OPENING and EN_MONTH_OPENING)."""
    return NEIGHBOUR_MONTH_OPENING.match(words.lstrip()) is not None
