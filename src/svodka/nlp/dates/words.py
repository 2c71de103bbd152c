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
EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# The words that place a week, month or year against the report's (synonyms alike: «минувший», «прошедший» =
# «прошлый»; «нынешний», «уходящий» = «этот»; «будущий», «наступающий» = «следующий»), any case ending
RELATIVE_OFFSETS = {"позапрошл": -2, "прошл": -1, "минувш": -1, "прошедш": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                    "уходящ": 0, "следующ": 1, "будущ": 1, "наступающ": 1, "нов": 1, "last": -1, "this": 0, "next": 1}
# «нов-» places a week only («на новой неделе», «в начале новой недели»): «в новом году» may name the holiday
RU_RELATIVE_WORD = rf"(?:{'|'.join(k for k in RELATIVE_OFFSETS if not k.isascii() and k != 'нов')})[а-яё]{{1,3}}"
RU_WEEK_WORD = rf"(?:{RU_RELATIVE_WORD}|нов(?:ой|ую|ая))"


def relative_offset(phrase: str) -> int:
    """-1, 0, 1 (or -2) for the first word of `phrase` that places a period against the report's (see
    RELATIVE_OFFSETS), 0 for none."""
    for word in phrase.lower().split():
        for stem, offset in RELATIVE_OFFSETS.items():
            if word.startswith(stem):
                return offset
    return 0


def weekday_number(word: str) -> int:
    word = word.lower()
    return RU_WEEKDAYS.get(word, RU_WEEKDAY_ADJECTIVES.get(word, EN_WEEKDAYS.get(word)))
