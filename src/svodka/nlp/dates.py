"""Dates in the text, resolved to the calendar against the publication date.

"28 декабря" takes the year that puts it nearest the publication; "вчера", "на
следующей неделе", "в декабре", "в понедельник", "летом", "в этом году" ("этого года", "за прошлый
год", "8 апреля этого года") are counted from the publication day; "over the weekend" is the nearest weekend;
"since June" is past, "by next June" to come. Years, quarters and seasons are intervals (seasons meteorological:
spring is March to May); a deadline ("до конца марта", "by the end of 2027") is its
last day.
A range resolves to an ISO 8601 interval ("2021-12-27/2022-01-02"), so that a later
stage can see that "next week" and "28 December" agree; written ranges keep both ends
("3-4 декабря", "November 22-24", "с 2006 по 2011 год", "с 5 мая по 7 сентября", "from May 7 until
September 7"); a month a thing starts, ends or is moved to ("с декабря 2019 года", "перенесли на июль") is
that month. The tense of the report picks
a weekday ("shares fell on Thursday" told on Monday is the Thursday before; in Russian the
tense of the weekday's own clause), a month ("провели в октябре" told in March) and the year
of a day far from publication ("on Feb. 8" told in past tense in November); a weekday with
no tense is the one the same weekday names elsewhere in the text; a Russian perfective non-past
("в понедельник подпишет") is a future. "The previous day", "the following year", "в ноябре
того же года" count from the last day or date named before them (a weekday too, not "Wednesday's close"); a year
or weekday that is part of a name ("Clockenflap 2019", "Saturday Night Live") is no date; «накануне» alone from publication,
«накануне 9 мая» from the day it names.
Spans of months and quarters («в апреле-сентябре», «во втором и третьем квартале») are one interval; a Russian
month named bare («ожидает холодный январь») is the nearest such month unless the tense says otherwise; "the first
Monday in May" is that day; «минувшим летом», «грядущая зима» the season just past or the next to come; a day far
from publication takes the year the text gave its month before («в июле 2016 года … 14 июля»).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from svodka.clean.dates import RU_MONTHS
from svodka.model import DateRef

if TYPE_CHECKING:
    from pymorphy2 import MorphAnalyzer

EN_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# Ukrainian month names (genitive), so neighbours' articles still give comparable dates.
UK_MONTHS = {m: i for i, m in enumerate(
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(), start=1)}
RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4,
               "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6, "понедельника": 0, "вторника": 1,
               "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6, "понедельнику": 0,
               "вторнику": 1, "среде": 2, "четвергу": 3, "пятнице": 4, "субботе": 5, "воскресенью": 6}
RU_PAST_WEEK = ("минувш", "прошл")  # "в минувшую среду", "вечером прошлой пятницы": the last such day before today
EN_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
RU_MONTH_WORD = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[яй]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)"
EN_MONTH_WORD = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"

DAY_RANGE = r"(?P<d1>\d{1,2})\s*[-–—]\s*(?P<d>\d{1,2})"  # "3-4 декабря", "November 22-24": both ends kept
DAY_RANGE_RU = r"(?P<d1>\d{1,2})(?:\s*[-–—]\s*|\s+и\s+)(?P<d>\d{1,2})"  # also "1 и 2 января": the days they span
RU_MONTH_IN = r"январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
EN_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
# Dates counted from the last date the text names ("He was arrested on March 3 and charged the next day", "a move
# the following year", "в ноябре того же года"), resolved in find_dates once the dates before them are known.
ANCHORED_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("anchored_day", re.compile(
        r"\b(?:the\s+(?P<en>previous|following|next|same)\s+day|the\s+day\s+(?P<en2>before|after)|on\s+that\s+day)\b"
        r"|(?<![\w-])(?:на\s+(?P<ru>следующий)\s+день|в\s+тот\s+же\s+день|(?P<ru2>днем|днём)\s+(?:ранее|позже))(?![\w-])",
        re.I)),
    ("anchored_month", re.compile(
        rf"\b(?:в|in)\s+(?P<month>{RU_MONTH_IN}|{EN_MONTH_FULL})(?:\s+(?:of\s+)?(?:that|the\s+same)\s+year"
        r"|\s+(?:того|того\s+же)\s+года)(?![\w-])", re.I)),
    ("anchored_year", re.compile(
        r"\b(?:the\s+(?P<en>previous|following|same)\s+year|that\s+year|the\s+year\s+(?P<en2>before|after))\b"
        r"|(?<![\w-])(?:в\s+том(?:\s+же)?\s+году|(?P<ru>годом|год)\s+(?P<ru2>ранее|позже|спустя)"
        r"|(?P<ru3>предыдущ)(?:ий|им|ем|его)\s+год(?:ом|у|а)?)(?![\w-])", re.I)),
]
ANCHOR_STEPS = {"previous": -1, "предыдущ": -1, "before": -1, "ранее": -1, "following": 1, "next": 1, "after": 1, "следующий": 1,
                "позже": 1, "спустя": 1}
# A day counted from another day needs that day near ("arrested on March 3 ... charged the next day"); further
# off, or after no written day, "the previous day" is the one before the report's ("Sources told Reuters the
# previous day" in a report dated Nov 14). Years carry on through a text ("in 2017 ... in November of that year").
DAY_ANCHOR_CHARS = 300
# «накануне» alone is the day before the report's (news say it for "yesterday"); «накануне 9 мая» the day before
# the day it names; «накануне выборов» names an event, no date (see _names_event).
EVE = re.compile(rf"(?<![\w-])накануне(?![\w-])(?:\s+(?P<d>\d{{1,2}})\s+{RU_MONTH_WORD}(?![\w-])"
                 r"(?:\s+(?P<y>\d{4})(?:\s*г(?:ода|\.)?)?)?)?", re.I)
EVE_NEXT_WORD = re.compile(r"\s+(?:(?:его|её|ее|их)\s+)?(\w+)", re.I)  # "накануне его визита": the noun after
# The words that place a week, month or year against the report's (synonyms alike: «минувший», «прошедший» =
# «прошлый»; «нынешний», «уходящий» = «этот»; «будущий», «наступающий» = «следующий»), any case ending
RELATIVE_OFFSETS = {"позапрошл": -2, "прошл": -1, "минувш": -1, "прошедш": -1, "эт": 0, "текущ": 0, "нынешн": 0,
                    "уходящ": 0, "следующ": 1, "будущ": 1, "наступающ": 1, "last": -1, "this": 0, "next": 1}
RU_RELATIVE_WORD = rf"(?:{'|'.join(k for k in RELATIVE_OFFSETS if not k.isascii())})[а-яё]{{1,3}}"
RU_MONTH_GENITIVE = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
RU_MONTH_NOMINATIVE = "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
RU_YEAR_OR_RELATIVE = (r"(?:\s+(?P<y>\d{4})(?:\s*г(?:ода|\.))?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года)?")
# "the first Monday in May", «в последнее воскресенье сентября»: a holiday or an event's fixed day
NTH_WEEKDAY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("nth_weekday", re.compile(
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|"
        rf"Saturday|Sunday)\s+(?:in|of)\s+(?P<month>{EN_MONTH_FULL})(?:,?\s+(?P<y>\d{{4}}))?\b", re.I)),
    ("nth_weekday", re.compile(
        r"(?<![\w-])(?:(?:в|во)\s+)?(?P<ord>перв|втор|трет|четв[её]рт|последн)[а-яё]{1,3}\s+(?P<weekday>понедельник|"
        rf"вторник|среду|четверг|пятницу|субботу|воскресенье)\s+(?P<month>{RU_MONTH_GENITIVE})(?![\w-])"
        + RU_YEAR_OR_RELATIVE, re.I)),
]
# «в апреле-сентябре», «за январь–октябрь 2019 года», «с января по март», "from January to March": one interval
MONTH_RANGE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_range", re.compile(
        rf"(?<![\w-])(?:(?:в|во)\s+(?P<m1>{RU_MONTH_IN})\s*[-–—]\s*(?P<m>{RU_MONTH_IN})"
        rf"|(?:за\s+)?(?P<m1n>{RU_MONTH_NOMINATIVE})\s*[-–—]\s*(?P<mn>{RU_MONTH_NOMINATIVE})"
        rf"|(?P<m1g>{RU_MONTH_GENITIVE})\s*[-–—]\s*(?P<mg>{RU_MONTH_GENITIVE})"
        rf"|с\s+(?P<m1s>{RU_MONTH_GENITIVE})\s+по\s+(?P<ms>{RU_MONTH_NOMINATIVE}))(?![\w-])" + RU_YEAR_OR_RELATIVE, re.I)),
    ("month_range", re.compile(
        rf"\b(?:from\s+(?P<m1>{EN_MONTH_FULL})\s+(?:to|through|until)\s+(?P<m>{EN_MONTH_FULL})"
        rf"|between\s+(?P<m1b>{EN_MONTH_FULL})\s+and\s+(?P<mb>{EN_MONTH_FULL})"
        rf"|(?P<m1d>{EN_MONTH_FULL})\s*[-–—]\s*(?P<md>{EN_MONTH_FULL}))(?:,?\s+(?P<y>\d{{4}}))?\b")),
]
PATTERNS: list[tuple[str, re.Pattern[str]]] = ANCHORED_PATTERNS + [("eve", EVE)] + NTH_WEEKDAY_PATTERNS + [
    # "с 5 мая по 7 сентября 2020 года", "from May 7 until September 7, 2020": one interval, both ends kept
    ("ru_date_range", re.compile(
        rf"(?<![\w-])с\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{RU_MONTH_WORD[1:-1]}))?\s+по\s+(?P<d>\d{{1,2}})\s+"
        rf"(?P<m>{RU_MONTH_WORD[1:-1]})(?![\w-])(?:\s+(?P<y>\d{{4}})(?:\s*г(?:ода|\.)?)?)?", re.I)),
    ("en_date_range", re.compile(
        rf"\bfrom\s+(?P<m1>{EN_MONTH_WORD[1:-1]})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+"
        rf"(?:(?P<m>{EN_MONTH_WORD[1:-1]})\.?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?\b")),
    *MONTH_RANGE_PATTERNS,
    ("ru_day_range", re.compile(rf"\b{DAY_RANGE_RU}\s+{RU_MONTH_WORD}\b(?:\s+(?P<y>\d{{4}})(?:\s*г(?:ода|\.)?)?)?", re.I)),
    ("en_day_range", re.compile(rf"\b{EN_MONTH_WORD}\.?\s+{DAY_RANGE}(?:,?\s+(?P<y>\d{{4}}))?\b")),
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("ru_day_month", re.compile(r"\b(?P<d>\d{1,2})(?:-?го)?\s+" + RU_MONTH_WORD + r"\b(?:(?<=\s[а-яё]{3})\.(?!\s*$|\s+[А-ЯЁ]))?"
                                r"(?:\s+(?P<y>\d{4})(?:\s*г(?:ода|\.)?)?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года)?",
                                re.I)),
    ("uk_day_month", re.compile(r"\b(?P<d>\d{1,2})\s+(" + "|".join(UK_MONTHS) + r")\b(?:\s+(?P<y>\d{4}))?", re.I)),
    ("en_month_day", re.compile(r"\b" + EN_MONTH_WORD + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?\b")),
    ("en_day_month", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + EN_MONTH_WORD + r"(?:,?\s+(?P<y>\d{4}))?\b")),
    ("relative_day", re.compile(r"\b(позавчера|вчера|сегодня|завтра|послезавтра|на сегодняшний день|yesterday|today|tonight|tomorrow)\b", re.I)),
    # the evening or night just past: «минувшим вечером» is yesterday's, «минувшей ночью» the night that ended
    # today (a night is dated by its morning, as «в ночь на 5 июля» is)
    ("relative_day", re.compile(r"(?<![\w-])((?:минувш|вчерашн|прошл|эт)(?:им|ей|ой)\s+(?:вечером|ночью))(?![\w-])", re.I)),
    ("weekend", re.compile(r"\b(?:в|на)\s+(минувшие|прошлые|эти|ближайшие|следующие)\s+выходные\b"
                           r"|\b(last|this|next)\s+weekend\b|\b(?:over|at|during)\s+(the)\s+weekend\b", re.I)),
    ("relative_week", re.compile(rf"(?<![\w-])((?:на\s+)?{RU_RELATIVE_WORD}\s+недел[еиюя]|next week|this week|last week)"
                                 r"(?![\w-])", re.I)),
    # in any case: «в следующем месяце», «следующий месяц», «итоги прошлого месяца»
    ("relative_month", re.compile(rf"(?<![\w-])((?:в\s+)?{RU_RELATIVE_WORD}\s+месяц(?:е|а|ем|у)?|next month|this month"
                                  r"|last month)(?![\w-])", re.I)),
    ("weekday", re.compile(r"(?<![\w-])(?:(?:в|во)\s+)?(?:минувш|прошл)(?:ий|ую|ее|ое|его|ого|ей)\s+(понедельник|вторник|"
                           r"среду|четверг|пятницу|субботу|воскресенье|понедельника|вторника|среды|четверга|пятницы|"
                           r"субботы|воскресенья)(?![\w-])", re.I)),
    # the day a change starts or a deadline: «с четверга», «до пятницы», «к понедельнику»; not a span of weekdays
    # («с понедельника по пятницу», every week) nor a night («в ночь с четверга на пятницу»)
    ("weekday", re.compile(r"(?<![\w-])(?<!ночь )(?:с|со|до|к|ко)\s+(понедельника|вторника|среды|четверга|пятницы|субботы|"
                           r"воскресенья|понедельнику|вторнику|среде|четвергу|пятнице|субботе|воскресенью)(?![\w-])"
                           r"(?!\s+(?:по|на)\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень))", re.I)),
    ("weekday", re.compile(r"\b(?:в|во|on|by|last|next)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    # English news names the day bare ("said Friday", "Thursday's retreat"); capitalised, so no other word, nor
    # the first word of a name ("Saturday Night Live"), unless a date follows ("Tuesday December 17")
    ("weekday", re.compile(rf"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           rf"(?![ \t]+(?!{EN_MONTH_WORD[1:-1]}\b)[A-Z][a-z])")),
    # a month as the start, end or target of something ("с декабря 2019 года", "перенесли на июль"): that month
    ("month", re.compile(
        rf"(?<![\w-])(?:(?:с|со|до|к|начиная\s+с|в\s+течение)\s+(?P<genitive>{RU_MONTH_WORD[1:-1]})|(?:на|за)\s+(?P<accusative>январь|"
        r"февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь))(?![\w-])(?:\s+(?P<y>\d{4})"
        r"(?:\s*г(?:ода|\.))?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года)?", re.I)),
    ("month", re.compile(
        rf"\b(?:(?:в|in|since|until|till|by)\s+(?:(?:next|last)\s+)?|(?-i:next|last)\s+)({RU_MONTH_IN}|{EN_MONTH_FULL})\b"
        r"(?:,?\s+(?P<y>\d{4})(?:\s*г(?:ода|\.))?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года|"
        r"\s+(?P<rel_en>last|this|next)\s+year)?", re.I)),
    # a month and year with no preposition ("the July 2017 shooting"): that month
    ("month", re.compile(rf"\b({EN_MONTH_FULL}),?\s+(?P<y>(?:1[89]|20)\d{{2}})\b")),
]
RU_ORDINAL = r"(?P<ord>перв|втор|трет|четв[её]рт)[а-яё]{1,4}"
EN_ORDINAL = r"(?P<ord_en>first|second|third|fourth|last)"
# A bare English season word is often no date ("the spring part of the season"); it needs "this", "in the"...
SEASON_WORD = (r"(?:(?P<rel_en>this|last|next)\s+|in\s+(?:the\s+)?)(?P<season_en>spring|summer|autumn|fall|winter)"
               r"|(?:(?P<rel_ru>этой|прошлой|следующей|этим|прошлым|следующим)\s+)?(?P<season>летом|весной|зимой|осенью)"
               # «минувшим летом», «грядущая зима»: the season just ended, the next to begin
               r"|(?P<adjacent>минувш|прошедш|грядущ|предстоящ|наступающ)(?:ей|им|ая|ее|ое|ий)\s+"
               r"(?P<season_adj>летом|весной|зимой|осенью|лето|весна|зима|осень)"
               r"|на\s+(?P<season_to>весну|лето|осень|зиму)")  # "перенесли на осень"
YEAR = r"(?P<y>(?:1[89]|20)\d{2})"
RU_YEAR_TAIL = rf"\s+{YEAR}\s*(?:года|г\.)"
CALENDAR_KINDS = {"numeric", "iso", "ru_day_month", "uk_day_month", "en_month_day", "en_day_month"}
# What "the same day", "the next day" count from: a day the text names, though not one only qualifying a noun
# ("at Wednesday's close"), which is no day the report tells of
DAY_KINDS = CALENDAR_KINDS | {"weekday", "relative_day"}
POSSESSIVE = ("'s", "’s")
WEEKDAY_GAP = re.compile(r"[\s,(—–-]*")  # what may stand between a date and the weekday restating it
PERIOD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("deadline", re.compile(
        rf"\b(?:до|к)\s+конц[ау]\s+(?:(?P<month>{RU_MONTH_WORD[1:-1]})(?:{RU_YEAR_TAIL})?|(?P<y2>\d{{4}})\s*(?:года|г\.)|"
        rf"(?P<rel>этого|текущего|следующего)\s+года|года)"
        rf"|\b(?:by|before)\s+the\s+end\s+of\s+(?:(?P<month_en>{EN_MONTH_WORD[1:-1]})(?:,?\s+(?P<y_en>\d{{4}}))?|(?P<y_en2>\d{{4}})|"
        rf"(?P<rel_en>this|next)\s+year|the\s+year)\b", re.I)),
    ("quarter", re.compile(
        rf"\b(?:(?:в|во|за)\s+)?{RU_ORDINAL}(?:(?:\s+и\s+|\s*[-–—]\s*){RU_ORDINAL.replace('ord', 'ord2')})?"
        rf"\s+квартал(?:[еауы]|ом|ах)?(?![\w-])(?:{RU_YEAR_TAIL})?"
        rf"|\b(?:in\s+the\s+)?{EN_ORDINAL}\s+quarter(?:\s+of\s+(?P<y_en>\d{{4}}))?\b", re.I)),
    ("last_week_of", re.compile(
        rf"\b(?:в\s+)?последнюю\s+неделю\s+(?P<month>{RU_MONTH_WORD[1:-1]})|\bthe\s+last\s+week\s+of\s+(?P<month_en>{EN_MONTH_WORD[1:-1]})",
        re.I)),
    ("season", re.compile(
        rf"\b(?:{SEASON_WORD})"
        rf"(?:{RU_YEAR_TAIL}|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года|\s+of\s+(?P<y_en>\d{{4}})"
        rf"|(?<=[a-z])\s+(?P<y_en2>\d{{4}}))?\b", re.I)),
    ("decade", re.compile(r"(?<![\w-])(?:в\s+)?(?P<y>(?:1[89]|20)\d0)-?х(?:\s+(?:годах|годов|годы))?(?![\w-])"
                          r"|\b(?:in\s+the\s+)?(?P<y_en>(?:1[89]|20)\d0)s\b", re.I)),
    # ... in any case: "итоги этого года", "за прошлый год", "этот год станет завершающим"
    ("relative_year", re.compile(rf"(?<![\w-])(?:(?P<rel_en>this|last|next)\s+year"
                                 rf"|(?:в\s+)?(?P<rel_ru>{RU_RELATIVE_WORD})\s+год(?:а|у|ом)?)(?![\w-])", re.I)),
    # a reporting quarter named by its last month ("the September quarter") is the last one ended
    ("month_quarter", re.compile(r"\b(?P<month_en>March|June|September|December)[\s-]quarter\b")),
    ("month_end", re.compile(r"\bby\s+(?:the\s+)?month[\s-]end\b|\bк\s+концу\s+месяца\b", re.I)),
    ("later_week", re.compile(r"\blater\s+(?:in\s+the|this)\s+week\b", re.I)),
    # "2014–2018 годы", "с 2006 по 2011 год", "в 2017 и 2018 годах": one interval, not its first year
    ("year_range", re.compile(
        rf"\b(?:(?:в|с|from|between|in)\s+)?(?P<y1>(?:1[89]|20)\d{{2}})(?:\s*[-–—]\s*|\s+(?:по|to|through)\s+)"
        rf"{YEAR}(?:\s*(?:годы|годах|годов|гг\.|год|года))?(?![\d%])"
        rf"|\b(?:в\s+)?(?P<y1b>(?:1[89]|20)\d{{2}})\s+и\s+(?P<yb>(?:1[89]|20)\d{{2}})\s+(?:годах|годы|годов)"
        rf"|\b(?:(?:в|с|from|between|in)\s+)?(?P<y1c>(?:1[89]|20)\d{{2}})\s*[-–—]\s*(?P<yc>\d{{2}})"
        rf"(?:\s*(?:годы|годах|годов|гг\.))?(?![\d%]|[.,]\d|-)", re.I)),
    ("year", re.compile(rf"\b(?:(?:в|с|до|к|после|in|since|from|by|after)\s+)?{YEAR}"
                        rf"(?:\s*(?:году|года|год(?![\w-])|г\.)|-м\b|(?![\d%]|[.,]\d|\s*[-–]?\s*(?-i:[а-яё])))", re.I)),
]
# a bare month with its year («октябрь прошлого года») goes before the periods, so that the year is not taken alone
PATTERNS += [("bare_month", re.compile(rf"(?<![\w-])(?P<bare>{RU_MONTH_NOMINATIVE}|{RU_MONTH_GENITIVE})(?![\w-])"
                                       + RU_YEAR_OR_RELATIVE.removesuffix("?"), re.I))] + PERIOD_PATTERNS
# A month named before a noun ("the February checkup", "its March report"), after the periods ("the September
# quarter"): that month in the year the tense picks.
DETERMINER = "|".join(rf"(?<=\b{w} )" for w in ("the", "The", "this", "This", "its", "his", "her", "our", "their"))
PATTERNS.append(("month", re.compile(rf"(?:{DETERMINER})({EN_MONTH_FULL})(?=\s+[a-z]{{3,}})")))
PATTERNS.append(("month", re.compile(rf"(?<=\bcome )({EN_MONTH_FULL})\b")))  # "silverware come May": when May comes
# Last, a Russian month named bare, as subject or object («ожидает холодный январь», «февраля стоит бояться»,
# «называли октябрь прошлого года»): that month in the year the tense picks. Capitalised inside a sentence it is a
# name (Марта, Август); a vague part of it («в конце марта», «середины мая») is no date the conventions annotate.
PATTERNS.append(("bare_month", re.compile(rf"(?<![\w-])(?P<bare>{RU_MONTH_NOMINATIVE}|{RU_MONTH_GENITIVE})(?![\w-])",
                                            re.I)))
VAGUE_PART = re.compile(r"(?<![\w-])(?:кон(?:ец|ц)|начал|середин|половин|декад|числ)[а-яё]*\s+$|\d\S*\s+$", re.I)
SENTENCE_START = re.compile(r"(?:^|[.!?…»\n])\s*$")
SEASON_START = {"весн": 3, "spri": 3, "лето": 6, "summ": 6, "осен": 9, "autu": 9, "fall": 9, "зимо": 12, "зиму": 12,
                "зима": 12, "wint": 12}
QUARTERS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "firs": 1, "seco": 2, "thir": 3, "four": 4, "last": 4}
RELATIVE_DAYS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2, "вечером": -1,
                 "вчерашним": -1, "ночью": 0,
                 "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# Words before a month that tell whether it is past or to come, whatever the verb's tense
MONTH_TENSE_WORDS = {"since": "past", "last": "past", "until": "future", "till": "future", "by": "future",
                     "next": "future"}


def find_dates(text: str, published: date | None, morph: MorphAnalyzer | None = None) -> list[DateRef]:
    """Every date expression, resolved when the publication date allows. `morph` (pymorphy, for Russian) reads
    the verbs that tell a date's tense and the word after «накануне»; without it those fall back to patterns."""
    found: list[tuple[str, re.Match[str], DateRef]] = []
    starts: list[int] = []  # spans already taken, disjoint and sorted, so their ends are sorted too
    ends: list[int] = []
    weekday_tenses: dict[int, str | None] = {}  # a weekday's start -> its tense, read once (resolving, then context)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            if (kind == "season" and _habitual(match) or kind == "eve" and _names_event(match, morph)
                    or kind == "year" and _ends_name(match) or kind == "bare_month" and _no_bare_month(match)):
                continue
            before = bisect.bisect_left(starts, match.end()) - 1  # the last taken span starting before this ends
            if before >= 0 and ends[before] > match.start():
                continue
            starts.insert(before + 1, match.start())
            ends.insert(before + 1, match.end())
            if kind == "weekday":
                tense = weekday_tenses[match.start()] = _weekday_tense(match, morph) if published else None
                resolved = _weekday_date(match, published, tense)
            else:
                resolved = None if kind in ANCHORED_KINDS else _resolve(kind, match, published, morph)
            found.append((kind, match, DateRef(match.group(0), match.start(), match.end(), resolved)))
    found.sort(key=lambda item: item[2].start)
    clear = _clear_weekdays(found, weekday_tenses)
    refs: list[DateRef] = []
    day: DateRef | None = None  # the last calendar day named, and the last date of any kind
    last: DateRef | None = None
    month_years: dict[int, int] = {}  # a month the text named with its year ("в июле 2016 года") -> that year
    for i, (kind, match, ref) in enumerate(found):
        if kind in ANCHORED_KINDS:
            ref.date = _anchored(kind, match, day, last, published)
        elif kind == "weekday":
            ref = _restated(text, found, i) or _weekday_in_context(found, i, clear)
        elif kind in DAY_MONTH_KINDS and ref.date:
            ref.date = _in_named_year(match, ref.date, month_years, published)
        elif kind in MONTH_KINDS and ref.date and match.groupdict().get("y"):
            month_years[int(ref.date[5:7])] = int(match["y"])
        if ref.date:
            last = ref
            day = ref if kind in DAY_KINDS and not text.startswith(POSSESSIVE, ref.stop) else day
        refs.append(ref)
    return refs


def _in_named_year(match: re.Match[str], resolved: str, month_years: dict[int, int], published: date | None) -> str:
    """A day and month with no year, far from publication, takes the year the text gave that month before
    («убийство в июле 2016 года … вечером 14 июля», told in November); a day or month named with its year sets
    it. Near publication the day is the recent one whatever came before («25 ноября 2018 года … 17 ноября»)."""
    day = date.fromisoformat(resolved)
    if match["y"] or match.groupdict().get("rel"):
        month_years[day.month] = day.year
        return resolved
    year = month_years.get(day.month)
    if not year or published is None or abs((day - published).days) <= TENSE_YEAR_DAYS:
        return resolved
    return _iso(year, day.month, day.day) or resolved


def _anchored(kind: str, match: re.Match[str], day: DateRef | None, last: DateRef | None,
              published: date | None) -> str | None:
    """A date counted from the last one named before it (see ANCHORED_PATTERNS)."""
    step = next((ANCHOR_STEPS[w.lower()] for w in match.groups() if w and w.lower() in ANCHOR_STEPS), 0)
    if kind == "anchored_day":
        near = day is not None and match.start() - day.stop <= DAY_ANCHOR_CHARS
        anchor = date.fromisoformat(day.date) if near else published
        return (anchor + timedelta(days=step)).isoformat() if anchor else None
    year = int(last.date.split("/")[-1][:4]) if last else published.year if published else None
    if year is None:
        return None
    if kind == "anchored_month":
        return _month_interval(year, _month_number(match["month"]))
    return _months(year + step, 1, 12)


def _clear_weekdays(found: list[tuple[str, re.Match[str], DateRef]],
                    tenses: dict[int, str | None]) -> dict[str, list[int]]:
    """For each weekday word, the places in found where its tense is clear (in order)."""
    clear: dict[str, list[int]] = {}
    for i, (kind, match, ref) in enumerate(found):
        if kind == "weekday" and ref.date and tenses[ref.start] is not None:
            clear.setdefault(_weekday_word(match), []).append(i)
    return clear


def _weekday_in_context(found: list[tuple[str, re.Match[str], DateRef]], i: int,
                        clear: dict[str, list[int]]) -> DateRef:
    """A weekday whose sentence has no clear tense ("even after Thursday's retreat") is the day the same weekday
    names nearest in the text with a clear one ("tumbled 11% on Thursday"): one text means one such day."""
    _, match, ref = found[i]
    places = clear.get(_weekday_word(match), [])
    k = bisect.bisect_left(places, i)
    if not ref.date or not places or (k < len(places) and places[k] == i):
        return ref
    nearest = min(places[max(0, k - 1):k + 1], key=lambda j: abs(j - i))
    return DateRef(ref.text, ref.start, ref.stop, found[nearest][2].date)


def _weekday_word(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g).lower()


def _weekday_tense(match: re.Match[str], morph: MorphAnalyzer | None) -> str | None:
    """The tense that picks a weekday's week, unless "next"/"last" already does."""
    if match.group(0).split()[0].lower() in ("next", "last"):
        return "given"
    tense = _tense(match, morph)
    # only "on Sunday" is a schedule in the present; a bare day ("after Thursday's retreat") is an event
    return None if tense == "present" and not match.group(0).lower().startswith("on") else tense


def _weekday_date(match: re.Match[str], published: date | None, tense: str | None) -> str | None:
    """The weekday in the week its tense (or "next"/"last") picks; with no tense, the nearest such day."""
    if published is None:
        return None
    word = _weekday_word(match)
    delta = RU_WEEKDAYS.get(word, EN_WEEKDAYS.get(word)) - published.weekday()
    direction = match.group(0).split()[0].lower()
    if match.group(0).lower().startswith(RU_PAST_WEEK, len(direction) + 1 if direction in ("в", "во") else 0):
        return (published - timedelta(days=-delta % 7 or 7)).isoformat()
    if direction == "next":
        return (published + timedelta(days=delta % 7 or 7)).isoformat()
    if direction == "last":  # yesterday would be "yesterday": "last Friday" told on a Saturday is a week before
        days = -delta % 7
        return (published - timedelta(days=days + 7 if days <= 1 else days)).isoformat()
    if tense == "past":
        delta = -(-delta % 7)  # the last such day, or today
    elif tense in ("future", "present"):  # a weekday told in the present is a coming one ("opens on Monday")
        delta %= 7
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return (published + timedelta(days=delta)).isoformat()


def _names_event(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """«накануне выборов», «накануне его визита»: a bare «накануне» followed by a noun in the genitive is the eve of an
    event, no date. A word that may be nominative («Накануне МИД заявил») or is no noun («накануне вечером») leaves
    it standing alone. Without a morphology only «накануне» closing its clause stands alone."""
    if match["d"]:
        return False
    word = EVE_NEXT_WORD.match(match.string, match.end())
    if word is None:
        return False
    if morph is None or word[1].isdigit():  # «накануне 2022 года» neither
        return True
    tags = [parse.tag for parse in morph.parse(word[1])]
    return any("gent" in tag for tag in tags) and not any("nomn" in tag for tag in tags)


def _ends_name(match: re.Match[str]) -> bool:
    """Whether a bare year closes the name before it ("Clockenflap 2019"): a year after a preposition is a date."""
    start = match.start()
    return match[0][0].isdigit() and bool(NAME_BEFORE_YEAR.search(match.string, max(0, start - NAME_REACH), start))


def _no_bare_month(match: re.Match[str]) -> bool:
    """Whether a bare Russian month word is a name, a vague part of a month (see the "bare_month" pattern) or the
    month of a day glued to what precedes it in the scrape ("U206 ноября")."""
    before = match.string[max(0, match.start() - NAME_REACH):match.start()]
    capitalised = match[0][0].isupper()  # a name, unless it opens a sentence in the nominative («Январь выдался»)
    return bool(VAGUE_PART.search(before)) or capitalised and (
        not SENTENCE_START.search(before) or not re.fullmatch(RU_MONTH_NOMINATIVE, match["bare"], re.I))


def _habitual(match: re.Match[str]) -> bool:
    """"Доверие традиционно растет осенью", "usually in summer": a bare season said of every year is no date."""
    if (match["y"] or match["y_en"] or match["y_en2"] or match["rel"] or match["rel_en"] or match["rel_ru"]
            or match["adjacent"]):
        return False
    before = match.string[max(0, match.start() - HABIT_WINDOW):match.start()]
    return bool(HABITUAL.search(before.split(". ")[-1]))


def _restated(text: str, found: list[tuple[str, re.Match[str], DateRef]], i: int) -> DateRef | None:
    """"14 марта, в субботу", "on Saturday, March 14": a weekday beside a calendar date of that weekday is that date."""
    weekday = found[i][2]
    named = RU_WEEKDAYS.get(weekday.text.split()[-1].lower(), EN_WEEKDAYS.get(weekday.text.split()[-1].lower()))
    for j in (i - 1, i + 1):
        if not (0 <= j < len(found) and found[j][0] in CALENDAR_KINDS and found[j][2].date):
            continue
        left, right = sorted((weekday, found[j][2]), key=lambda ref: ref.start)
        day = date.fromisoformat(found[j][2].date)
        if WEEKDAY_GAP.fullmatch(text[left.stop:right.start]) and day.weekday() == named:
            return DateRef(weekday.text, weekday.start, weekday.stop, day.isoformat())
    return None


def _resolve(kind: str, match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    if kind == "season" and _past_winter_of_year(match, morph):  # «зимой этого года» told of the past in November
        winter = _resolve_period(kind, match.groupdict(), published)
        return winter and _months(int(winter[:4]), 1, 2)
    if kind in PERIOD_KINDS:
        return _resolve_period(kind, match.groupdict(), published)
    word = next((g for g in match.groups() if g), "").lower()
    if kind in ("numeric", "iso"):
        return _iso(int(match["y"]), int(match["m"]), int(match["d"]))
    if kind in DATE_RANGE_KINDS:
        month = _month_number(match["m"] or match["m1"])
        end = (_iso(int(match["y"]), month, int(match["d"])) if match["y"]
               else _nearest_year(month, int(match["d"]), published, match, morph))
        if end is None:
            return None
        last = date.fromisoformat(end)
        first = _iso(last.year, _month_number(match["m1"] or match["m"]), int(match["d1"]))
        if first is None:
            return end
        if first > end:  # "from December 20 to January 5": the start in the year before
            first = _iso(last.year - 1, int(first[5:7]), int(match["d1"])) or end
        return f"{first}/{end}"
    if kind in DAY_RANGE_KINDS:
        end = _resolve("ru_day_month" if kind == "ru_day_range" else "en_month_day", match, published, morph)
        first = int(match["d1"])
        if end is None or not 0 < first < int(match["d"]):
            return end
        return f"{date.fromisoformat(end).replace(day=first).isoformat()}/{end}"
    if kind in ("ru_day_month", "uk_day_month", "en_month_day", "en_day_month"):
        month_word = next(g for g in match.groups() if g and not g.isdigit()).lower()
        month = {"ru_day_month": lambda w: RU_MONTHS.get(w[:3]), "uk_day_month": UK_MONTHS.get}.get(
            kind, lambda w: EN_MONTHS[w[:3]])(month_word)
        if match["y"]:
            return _iso(int(match["y"]), month, int(match["d"]))
        relative = match.groupdict().get("rel")
        if relative and published:  # "8 апреля этого года"
            return _iso(published.year + _relative_offset(relative), month, int(match["d"]))
        return _nearest_year(month, int(match["d"]), published, match, morph)
    if kind in MONTH_KINDS and match.groupdict().get("y"):
        return _month_interval(int(match["y"]), _month_number(word))
    if published is None and kind != "nth_weekday":
        return None
    if kind == "nth_weekday":
        return _nth_weekday(match, published, morph)
    if kind == "month_range":
        return _month_range(match, published, morph)
    if kind == "relative_day":
        offset = RELATIVE_DAYS.get(word.split()[0], RELATIVE_DAYS.get(word.split()[-1], 0))
        return (published + timedelta(days=offset)).isoformat()
    if kind == "weekend":
        if word == "the":  # "over the weekend": the coming one in a future, else the nearest (Wednesday: by tense)
            tense = _tense(match, morph)
            nearest = {0: "last", 1: "last", 3: "this", 4: "this", 5: "this", 6: "this"}.get(published.weekday())
            word = "this" if tense == "future" else nearest or ("last" if tense == "past" else "this")
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)  # this week's, or today
        saturday += timedelta(weeks=WEEKEND_OFFSETS[word] - (published.weekday() == 6))
        return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"
    if kind == "relative_week":
        offset = _relative_offset(word)
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if kind == "relative_month":
        offset = _relative_offset(word)
        index = published.year * 12 + published.month - 1 + offset
        return _month_interval(index // 12, index % 12 + 1)
    if kind == "eve":  # «накануне 9 мая»: the day before it; «накануне» alone: the day before the report's
        day = _resolve("ru_day_month", match, published, morph) if match["d"] else published.isoformat()
        return (date.fromisoformat(day) - timedelta(days=1)).isoformat() if day else None
    if kind in MONTH_KINDS:  # "в октябре", "в сентябре прошлого года", "in March next year"
        month = _month_number(word)
        return _month_interval(_month_year(match, month, month, published, morph), month)
    return None


def _month_year(match: re.Match[str], first: int, last: int, published: date, morph: MorphAnalyzer | None) -> int:
    """The year of a month (or of the first of a span of months, `first` to `last`) named without one: a relative
    year if given, else the tense's: "проверку провели в октябре" told in March is last October, "will open in
    May" next May; "since June", "last June" are past, "until June", "by next June" to come."""
    relative = (match.groupdict().get("rel") or match.groupdict().get("rel_en") or "").lower()
    year = published.year + _relative_offset(relative)
    if relative:
        return year
    tense = next((MONTH_TENSE_WORDS[w] for w in match[0].lower().split()[1::-1] if w in MONTH_TENSE_WORDS),
                 None) or _tense(match, morph)
    if tense is None and match.groupdict().get("bare"):  # «ожидает холодный январь» told in November: the nearest
        now = published.year * 12 + published.month - 1
        return min((year, year - 1, year + 1), key=lambda y: abs(y * 12 + first - 1 - now))
    year -= tense == "past" and first > published.month
    year += tense in ("future", "present") and last < published.month  # "the tour starts in January"
    return year


def _month_range(match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """«в апреле-сентябре», «с января по март 2020 года»: from the first day of one month to the last of the other;
    a span over New Year («ноябрь-февраль») ends the year after."""
    first_word, last_word = [w for k, w in match.groupdict().items() if w and k.startswith("m")]
    first, last = _month_number(first_word), _month_number(last_word)
    last += 12 * (last < first)
    if match["y"]:
        return _months(int(match["y"]) - (last > 12), first, last)
    if published is None:
        return None
    return _months(_month_year(match, first, last % 12 or 12, published, morph), first, last)


def _nth_weekday(match: re.Match[str], published: date | None, morph: MorphAnalyzer | None) -> str | None:
    """"the first Monday in May", «в последнее воскресенье сентября»: that day of the month, in the year named or
    the one the tense picks."""
    month = _month_number(match["month"])
    if match["y"]:
        year = int(match["y"])
    elif published is None:
        return None
    else:
        year = _month_year(match, month, month, published, morph)
    weekday = _weekday_number(match["weekday"])
    ordinal = match["ord"].lower()[:4]
    if ordinal in ("last", "посл"):
        day = date.fromisoformat(_month_interval(year, month).split("/")[1])
        return (day - timedelta(days=(day.weekday() - weekday) % 7)).isoformat()
    day = date(year, month, 1) + timedelta(days=(weekday - date(year, month, 1).weekday()) % 7)
    return (day + timedelta(weeks=QUARTERS[ordinal] - 1)).isoformat()


def _relative_offset(phrase: str) -> int:
    """-1, 0, 1 (or -2) for the first word of `phrase` that places a period against the report's (see
    RELATIVE_OFFSETS), 0 for none."""
    for word in phrase.lower().split():
        for stem, offset in RELATIVE_OFFSETS.items():
            if word.startswith(stem):
                return offset
    return 0


def _weekday_number(word: str) -> int:
    return RU_WEEKDAYS.get(word.lower(), EN_WEEKDAYS.get(word.lower()))


PERIOD_KINDS = {kind for kind, _ in PERIOD_PATTERNS}
MONTH_KINDS = {"month", "bare_month"}
DAY_MONTH_KINDS = {"ru_day_month", "uk_day_month", "en_month_day", "en_day_month"}
ANCHORED_KINDS = {kind for kind, _ in ANCHORED_PATTERNS}
DAY_RANGE_KINDS = {"ru_day_range", "en_day_range"}
DATE_RANGE_KINDS = {"ru_date_range", "en_date_range"}
WEEKEND_OFFSETS = {"минувшие": -1, "прошлые": -1, "last": -1, "эти": 0, "this": 0,
                   "ближайшие": 0, "следующие": 1, "next": 1}
# What tells a sentence's tense: a report of what happened ("said on Thursday", "в четверг заявил") names
# the last such day, an announcement ("will meet on Thursday", "в четверг состоится") the next one. A
# sentence with both keeps the nearest such day, and so does one with neither, unless it is English: its
# present names a schedule ("face City on Sunday"), where a report of the past takes a past form.
PAST = re.compile(r"\b(?:said|was|were|had|did|told|\w{3,}ed|fell|rose|met|went|came|took|gave|saw|made|won|lost|"
                  r"sold|bought|began|left|held|spoke|spent|wrote|grew|paid|sent|led|kept|found|brought|became|"
                  r"(?<!have )(?<!has )(?<!['’]ve )got|"  # "I have got to keep training" is a present
                  # simple past forms only: a participle is also passive or perfect ("is given", "have gone")
                  r"shot|threw|struck|fought|caught|ran|broke|stood|drove|flew|knew|thought|felt|heard|meant|chose|"
                  r"fled|stole|woke|ate|drew|hid|rode|swore|tore|wore|died)\b|(?<![\w-])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![\w-])")
FUTURE = re.compile(r"\b(?:will|shall|due|is set to|are set to|is to|are to|plans? to|(?<!the )next)\b"
                    r"|(?<![\w-])(?:будет|будут|состоится|состоятся|пройд[её]т|планиру\w+|намерен\w*|собира\w+)(?![\w-])",
                    re.I)
# A Russian sentence reports in the past whatever it reports ("Встреча пройдет в понедельник, сообщил он"), so
# only the clause of the date tells: its past form ("было", "заявил") or its present one, which with a day
# named is an announcement ("в понедельник откроется"); reflexive and -ёт forms are verbs, not nouns. A
# perfective non-past ("что в пятницу подпишет") is a future, told from a noun by pymorphy (_perfective_future).
# A full stop glued to the next sentence by the scrape ("молодежных лиг.Россияне") still ends one.
GLUED_STOP = r"(?<=[а-яё])[.!?…](?=[А-ЯЁ])"
RU_CLAUSE_EDGE = re.compile(rf"[,;:()—–]|(?<![\w-])(?:что|когда|который|которая|которые)(?![\w-])"
                            rf"|[.!?…](?=\s)|{GLUED_STOP}|\n")
RU_PRESENT = re.compile(r"(?<![\w-])[а-яё]{2,}(?:[еёиая]тся|[уюая]тся|ёт)(?![\w-])", re.I)
# The endings of a verb's non-past persons ("подпишу", "подпишет", "подпишем"…): the words pymorphy is asked about.
PERSONAL_ENDING = re.compile(r"(?<![\w-])[а-яё]{2,}(?:[ую]|ешь|ишь|[её]т|ит|[её]м|им|[её]те|ите|[уюая]т)(?![\w-])",
                             re.I)
HABITUAL = re.compile(r"(?<![\w-])(?:традиционно|обычно|как правило|ежегодно|каждый год|каждую|каждой|всегда)(?![\w-])"
                      r"|\b(?:usually|typically|traditionally|normally|always|every)\b", re.I)
# A year that ends a name is part of it, no date: "Clockenflap 2019", "чемпионата Европы-2020", "© 2019" (one
# after a preposition is a date: "Taylor Swift in 2010")
NAME_BEFORE_YEAR = re.compile(r"(?:©|(?<![\w-])[A-ZА-ЯЁ][\w&]*)[ \t-]$")
NAME_REACH = 40
HABIT_WINDOW = 60  # a habit is said within the few words before the season
SENTENCE_BOUNDARY = re.compile(rf"[.!?…](?=\s)|{GLUED_STOP}|\n")
# A day and month this near publication is the one meant whatever the tense ("начнёт перевозить 14 марта,
# сообщил в понедельник": the reporting verb is past). Two months: the sample corpus's dated plans and reports
# all lie within it, the tgcontest "Feb. 8" told in November (the case tense must decide) beyond it.
# A relative clause set off by commas inside the date's clause, and any verb form (past, present, infinitive)
RU_RELATIVE = re.compile(r",[ \t]*(?:котор|где|куда|откуда)[^,.!?…\n]{0,150},")
RU_VERB_FORM = re.compile(r"(?<![\w-])[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ут|ит|ят|ать|ить|еть|ться)(?![\w-])",
                          re.I)
TENSE_YEAR_DAYS = 60
TENSE_WINDOW = 300  # no sentence of news is longer; bounds the look around a date


def _tense(match: re.Match[str], morph: MorphAnalyzer | None) -> str | None:
    """"past", "future", "present" (English only) or None (unclear) for the sentence around a date; in Russian,
    for its clause."""
    text, start, stop = match.string, match.start(), match.end()
    head = text[max(0, start - TENSE_WINDOW):start]
    cuts = list(SENTENCE_BOUNDARY.finditer(head))
    head = head[cuts[-1].end() if cuts else 0:]
    tail = text[stop:stop + TENSE_WINDOW]
    russian = not text[start:stop].isascii()
    if russian:  # the clause's own verb (see RU_CLAUSE_EDGE)
        edges = list(RU_CLAUSE_EDGE.finditer(head))
        head = head[edges[-1].end() if edges else 0:]
    if russian:
        scope = head + " " + _ru_clause_tail(head, tail)
    else:
        end = SENTENCE_BOUNDARY.search(tail)
        scope = head + " " + tail[:end.start() if end else len(tail)]
    past = bool(PAST.search(scope))
    future = bool(FUTURE.search(scope) or russian and (RU_PRESENT.search(scope) or _perfective_future(scope, morph)))
    if not (past or future or russian):
        return "present"  # an English sentence with no past form tells a schedule: "face City on Sunday"
    return "past" if past and not future else "future" if future and not past else None


def _ru_clause_tail(head: str, tail: str) -> str:
    """The date's clause after the date: up to its edge, or while it has no verb yet, on past the commas of a
    list («3 мая разведки США, Канады обнародовали») and over a relative clause, whose verb is not the date's
    («6 мая школьники провинции, которую считают эпицентром, вышли на учебу»)."""
    parts, position = [], 0
    while True:
        end = RU_CLAUSE_EDGE.search(tail, position)
        parts.append(tail[position:end.start() if end else len(tail)])
        if not end or tail[end.start()] != "," or RU_VERB_FORM.search(head + " " + " ".join(parts)):
            return " ".join(parts)
        aside = RU_RELATIVE.match(tail, end.start())
        position = aside.end() if aside else end.end()


def _perfective_future(scope: str, morph: MorphAnalyzer | None) -> bool:
    """Whether the clause holds a perfective verb in its non-past form ("подпишет", "встретимся"): pymorphy
    tags it future. Only a word whose likeliest reading is that verb counts ("совет", "бюджет" stay nouns)."""
    if morph is None:
        return False
    for word in PERSONAL_ENDING.findall(scope):
        tag = morph.parse(word)[0].tag
        if "VERB" in tag and "perf" in tag and "futr" in tag:
            return True
    return False


def _resolve_period(kind: str, groups: dict[str, str | None], published: date | None) -> str | None:
    """Years, quarters, seasons, decades and deadlines: a given year, else one counted from publication."""
    if kind == "year_range":
        if groups["y1c"]:  # "2006-15": the end in the same century
            first = int(groups["y1c"])
            last = first - first % 100 + int(groups["yc"])
        else:
            first, last = int(groups["y1"] or groups["y1b"]), int(groups["y"] or groups["yb"])
        return f"{first}-01-01/{last}-12-31" if first < last else None
    given = next((int(groups[g]) for g in ("y", "y2", "y_en", "y_en2") if groups.get(g)), None)
    relative = (groups.get("rel") or groups.get("rel_en") or groups.get("rel_ru") or "").lower()
    if given is None and published is None:
        return None
    year = given if given is not None else published.year + _relative_offset(relative)
    month_word = groups.get("month") or groups.get("month_en")
    month = _month_number(month_word) if month_word else None
    if kind in ("year", "relative_year"):
        return _months(year, 1, 12)
    if kind == "decade":
        return f"{year}-01-01/{year + 9}-12-31"
    if kind == "month_quarter":  # the last such quarter to have ended
        year -= date(year, month, 1) > published.replace(day=1) - timedelta(days=1)
        return _months(year, month - 2, month)
    if kind == "month_end":
        return _months(published.year, published.month, published.month).split("/")[1]
    if kind == "later_week":
        sunday = published + timedelta(days=6 - published.weekday())
        return f"{min(published + timedelta(days=1), sunday).isoformat()}/{sunday.isoformat()}"
    if kind == "quarter":
        quarter = QUARTERS[(groups.get("ord") or groups.get("ord_en")).lower()[:4]]
        last = QUARTERS[groups["ord2"].lower()[:4]] if groups.get("ord2") else quarter  # «во втором и третьем»
        return _months(year, quarter * 3 - 2, max(quarter, last) * 3)
    if kind == "season":
        word = groups.get("season") or groups.get("season_to") or groups.get("season_adj") or groups["season_en"]
        first = SEASON_START[word.lower()[:4]]
        if groups.get("adjacent"):
            return _adjacent_season(first, published, groups["adjacent"].lower() in ("минувш", "прошедш"))
        if first == 12 and given is None and published.month <= 2 and not relative:
            year -= 1  # "зимой" in January is the winter that began in December
        return _months(year, first, first + 2)
    if kind == "last_week_of":
        last = date.fromisoformat(_months(year, month, month).split("/")[1])
        return f"{(last - timedelta(days=6)).isoformat()}/{last.isoformat()}"
    if kind == "deadline":
        if month is None:
            return f"{year}-12-31"
        if given is None and month < published.month:
            year += 1  # "до конца марта" written in April is next March's end
        return _months(year, month, month).split("/")[1]
    return None


def _past_winter_of_year(match: re.Match[str], morph: MorphAnalyzer | None) -> bool:
    """A winter of a named year told in the past («проводилось зимой этого года», «зимой 2018 года»): the winter
    months inside that year, January and February, not the winter that begins in its December."""
    season = (match["season"] or match["season_en"] or "").lower()
    named = match["y"] or match["y_en"] or match["y_en2"] or match["rel"]
    return season in ("зимой", "winter") and bool(named) and _tense(match, morph) == "past"


def _adjacent_season(first: int, published: date, past: bool) -> str:
    """«минувшим летом»: the last season of that kind wholly ended before the publication month; «грядущая зима»:
    the next to begin after it."""
    now = published.year * 12 + published.month - 1  # months counted from year 0, January 0
    years = (published.year, published.year - 1) if past else (published.year - 1, published.year)
    for year in years:
        start = year * 12 + first - 1
        if (start + 2 < now) if past else (start > now):
            return _months(year, first, first + 2)
    return _months(years[-1] + (0 if past else 1), first, first + 2)


def _months(year: int, first: int, last: int) -> str:
    """The interval from the first day of month `first` to the last of month `last` (past 12: next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end = date(end_year + (end_month == 12), end_month % 12 + 1, 1) - timedelta(days=1)
    return f"{date(year, first, 1).isoformat()}/{end.isoformat()}"


def _month_number(word: str) -> int:
    return RU_MONTHS.get(word.lower()[:3]) or EN_MONTHS[word.lower()[:3]]


def _month_interval(year: int, month: int) -> str:
    first = date(year, month, 1)
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


def _nearest_year(month: int, day: int, published: date | None, match: re.Match[str],
                  morph: MorphAnalyzer | None) -> str | None:
    """The year nearest publication. Further off than TENSE_YEAR_DAYS, the tense of the date's sentence picks
    the year: a past report ("spent four hours there on Feb. 8", told in November) names the last such day, an
    announcement the next."""
    if published is None:
        return None
    options = [_iso(published.year + k, month, day) for k in (-1, 0, 1)]
    valid = [date.fromisoformat(o) for o in options if o]
    far = valid and min(abs((d - published).days) for d in valid) > TENSE_YEAR_DAYS
    tense = _tense(match, morph) if far else None  # the sentence is read only when its tense can matter
    if tense == "past":
        valid = [d for d in valid if d <= published] or valid
    elif tense == "future":
        valid = [d for d in valid if d >= published] or valid
    if not valid:
        return None
    return min(valid, key=lambda d: abs((d - published).days)).isoformat()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
