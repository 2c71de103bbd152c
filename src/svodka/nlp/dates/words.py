"""The weekday words and the words that place a period against the report's, as tables and regex pieces, and the
numbers they name: every pattern and every resolver reads them from here, so a word added once is known everywhere.
The months' names live in svodka.months, shared with the cleaner."""

from __future__ import annotations


RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
               "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6, "понедельника": 0, "вторника": 1,
               "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6, "понедельнику": 0,
               "вторнику": 1, "среде": 2, "четвергу": 3, "пятнице": 4, "субботе": 5, "воскресенью": 6}
# the stems of a weekday's adjective («в воскресном матче»), as the weekday patterns capture them
RU_WEEKDAY_ADJECTIVES = {"понедельничн": 0, "вторничн": 1, "четвергов": 3, "пятничн": 4, "субботн": 5, "воскресн": 6}
# The neighbours' weekdays after a preposition («у четвер», «до п'ятниці», «у пятніцу», «в петък»), only the forms
# Russian does not share (so that its patterns stay as they were)
NEIGHBOUR_WEEKDAYS = {
    "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "п’ятницю": 4, "суботу": 5, "неділю": 6,
    "понеділка": 0, "вівторка": 1, "середи": 2, "п'ятниці": 4, "п’ятниці": 4, "суботи": 5, "неділі": 6,
    "панядзелак": 0, "аўторак": 1, "сераду": 2, "чацвер": 3, "пятніцу": 4, "нядзелю": 6,  # Belarusian
    "понеделник": 0, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5, "неделя": 6,  # Bulgarian
}
EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# The words that place a week, month or year against the report's (synonyms alike: «минувший», «прошедший» =
# «прошлый»; «нынешний», «уходящий» = «этот»; «будущий», «наступающий» = «следующий»), any case ending
RELATIVE_OFFSETS = {"позапрошл": -2, "прошл": -1, "минувш": -1, "прошедш": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                    "уходящ": 0, "следующ": 1, "будущ": 1, "наступающ": 1, "нов": 1, "last": -1, "this": 0, "next": 1}
# The same words in Ukrainian, Belarusian and Bulgarian («наступного тижня», «минулого року», «следващата седмица»);
# «цього», «гэтага», «тази» need none: 0 is this period
NEIGHBOUR_RELATIVE_OFFSETS = {"наступн": 1, "минул": -1, "мінул": -1, "следващ": 1, "минал": -1}
# «нов-» places a week only («на новой неделе», «в начале новой недели»): «в новом году» may name the holiday
RU_RELATIVE_WORD = rf"(?:{'|'.join(k for k in RELATIVE_OFFSETS if not k.isascii() and k != 'нов')})[а-яё]{{1,3}}"
RU_WEEK_WORD = rf"(?:{RU_RELATIVE_WORD}|нов(?:ой|ую|ая))"


def relative_offset(phrase: str) -> int:
    """-1, 0, 1 (or -2) for the first word of `phrase` that places a period against the report's (see
    RELATIVE_OFFSETS), 0 for none."""
    for word in phrase.lower().split():
        for stem, offset in (*RELATIVE_OFFSETS.items(), *NEIGHBOUR_RELATIVE_OFFSETS.items()):
            if word.startswith(stem):
                return offset
    return 0


def weekday_number(word: str) -> int:
    word = word.lower()
    return RU_WEEKDAYS.get(word, RU_WEEKDAY_ADJECTIVES.get(word, EN_WEEKDAYS.get(word, NEIGHBOUR_WEEKDAYS.get(word))))
