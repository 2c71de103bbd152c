"""What a date expression looks like: each kind of expression as (kind, regex), in the order they claim text
(a span taken by an earlier pattern is not matched again), and the sets of kinds the resolvers tell apart."""

from __future__ import annotations

import re

from svodka.months import (
    EN_MONTH_FULL,
    EN_MONTH_NAME,
    EN_MONTH_WORD,
    BG_NAMES,
    KK_LOCATIVE,
    NEIGHBOUR_MONTHS,
    NEIGHBOUR_MONTHS_IN,
    RU_MONTH_GENITIVE,
    RU_MONTH_IN,
    RU_MONTH_NAME,
    RU_MONTH_NOMINATIVE,
    RU_MONTH_WORD,
    SR_GENITIVE,
)
from svodka.nlp.dates.offsets import OFFSET
from svodka.nlp.dates.words import NEIGHBOUR_WEEKDAYS, RU_RELATIVE_WORD, RU_WEEK_WORD
from svodka.written_year import YEAR_CENTURIES, YEAR_DIGITS

DAY_RANGE = r"(?P<d1>\d{1,2})\s*[-–—]\s*(?P<d>\d{1,2})"  # "3-4 декабря", "November 22-24": both ends kept
DAY_RANGE_RU = r"(?P<d1>\d{1,2})(?:\s*[-–—]\s*|\s+и\s+)(?P<d>\d{1,2})"  # also "1 и 2 января": the days they span
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
# «накануне» alone is the day before the report's (news say it for "yesterday"); «накануне 9 мая» the day before
# the day it names; «накануне выборов» names an event, no date (see not_dates.names_event).
EVE = re.compile(rf"(?<![\w-])накануне(?![\w-])(?:\s+(?P<d>\d{{1,2}})\s+{RU_MONTH_WORD}(?![\w-])"
                 rf"(?:\s+(?P<y>{YEAR_DIGITS})(?:\s*г(?:ода|\.)?)?)?)?", re.I)
# A neighbour's day and month (svodka.months.NEIGHBOUR_MONTHS; the forms Russian shares are read as Russian), its
# year written or placed («28 грудня наступного року», «28 желтоқсан 2026 ж.»)
NEIGHBOUR_DAY_MONTH = "|".join(sorted((name for name in NEIGHBOUR_MONTHS if not re.fullmatch(RU_MONTH_NAME, name)),
                                      key=len, reverse=True))
NEIGHBOUR_YEAR = (rf"(?:\s+(?P<y>{YEAR_DIGITS})(?:\s*(?:р\.|г\.|ж\.|року|года|година|године|жылы))?"
                  r"|\s+(?P<rel>минулого|цього|поточного|наступного|мінулага|гэтага|наступнага)\s+(?:року|года))?")
# «вчора», «сьогодні» (uk), «учора», «сёння», «заўтра» (be), «днес», «утре» (bg), «јуче», «данас» (sr), «кеше»,
# «бүгін», «ертең» (kk): the day they name from publication (resolve.RELATIVE_DAYS). Not Serbian «сутра», which is
# also the Russian "sutra": the date finder reads every pattern in a text of any language.
NEIGHBOUR_RELATIVE_DAYS = ("позавчора", "вчора", "учора", "сьогодні", "сёння", "післязавтра", "заўтра", "днес", "утре",
                           "јуче", "данас", "кеше", "бүгін", "ертең")
# «наступного тижня», «на минулому тижні», «цього тижня» (uk), «на наступным тыдні» (be), «следващата седмица» (bg)
NEIGHBOUR_WEEK = re.compile(
    r"(?<![\w-])((?:на\s+)?(?:наступн|минул|мінул|поточн|ць|гэт)[а-яіїєў]{1,4}\s+(?:тижн|тыдн)[а-яіїєў]{1,2}"
    r"|(?:наступний|минулий|цей)\s+тиждень|(?:следващ|минал)[а-я]{2,3}\s+седмица|тази\s+седмица)(?![\w-])", re.I)
NEIGHBOUR_DAY_MONTH_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<month>{NEIGHBOUR_DAY_MONTH})(?![\w-])" + NEIGHBOUR_YEAR,
                                      re.I)
SR_DAY_MONTH_DATE = re.compile(rf"\b(?P<d>\d{{1,2}})\.\s*(?P<month>{'|'.join(SR_GENITIVE)})(?![\w-])" + NEIGHBOUR_YEAR,
                               re.I)  # Serbian: «28. децембра 2026.»
NEIGHBOUR_RELATIVE_DAY = re.compile(rf"(?<![\w-])({'|'.join(NEIGHBOUR_RELATIVE_DAYS)})(?![\w-])", re.I)
NEIGHBOUR_WEEKDAY = re.compile(rf"(?<![\w-])(?:у|ў|в|во|във|з|із|зі|до)\s+({'|'.join(NEIGHBOUR_WEEKDAYS)})(?![\w-])", re.I)
# A neighbour's month named without a day: «у грудні», «у снежні 2025 года», «през декември», «желтоқсанда». The
# neighbours' months are read by fewer tense rules than Russian ones: with no tense told, the nearest such month
# (resolve._month_year reads these groups).
NEIGHBOUR_MONTH_IN = "|".join(sorted(NEIGHBOUR_MONTHS_IN, key=len, reverse=True))
NEIGHBOUR_MONTH = re.compile(
    rf"(?<![\w-])(?:(?:у|ў|в)\s+(?P<neighbour>{NEIGHBOUR_MONTH_IN})|през\s+(?P<neighbour_bg>{'|'.join(BG_NAMES)})"
    rf"|(?P<neighbour_kk>{'|'.join(KK_LOCATIVE)}))(?![\w-])" + NEIGHBOUR_YEAR, re.I)
NEIGHBOUR_MONTH_GROUPS = ("neighbour", "neighbour_bg", "neighbour_kk")
# What only the neighbours write: a text known to be Russian or English is not searched for them (find_dates)
NEIGHBOUR_PATTERNS = {NEIGHBOUR_DAY_MONTH_DATE, SR_DAY_MONTH_DATE, NEIGHBOUR_RELATIVE_DAY, NEIGHBOUR_WEEK,
                      NEIGHBOUR_WEEKDAY, NEIGHBOUR_MONTH}
RU_YEAR_OR_RELATIVE = (rf"(?:\s+(?P<y>{YEAR_DIGITS})(?:\s*г(?:ода|\.))?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года)?")
# "the first Monday in May", «в последнее воскресенье сентября»: a holiday or an event's fixed day
NTH_WEEKDAY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("nth_weekday", re.compile(
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last)\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|"
        rf"Saturday|Sunday)\s+(?:in|of)\s+(?P<month>{EN_MONTH_FULL})(?:,?\s+(?P<y>{YEAR_DIGITS}))?\b", re.I)),
    ("nth_weekday", re.compile(
        r"(?<![\w-])(?:(?:в|во)\s+)?(?P<ord>перв|втор|трет|четв[её]рт|последн)[а-яё]{1,3}\s+(?P<weekday>понедельник|"
        rf"вторник|среду|четверг|пятницу|субботу|воскресенье)\s+(?P<month>{RU_MONTH_GENITIVE})(?![\w-])"
        + RU_YEAR_OR_RELATIVE, re.I)),
]
# «в апреле-сентябре», «за январь–октябрь 2019 года», «с января по март», "from January to March": one interval;
# so are two months joined by «и» («в апреле и мае», «за октябрь и ноябрь 2019 года»), as two quarters are
MONTH_RANGE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_range", re.compile(
        rf"(?<![\w-])(?:(?:в|во)\s+(?P<m1>{RU_MONTH_IN})(?:\s*[-–—]\s*|\s+и\s+)(?P<m>{RU_MONTH_IN})"
        rf"|(?:за\s+)?(?P<m1n>{RU_MONTH_NOMINATIVE})(?:\s*[-–—]\s*|\s+и\s+)(?P<mn>{RU_MONTH_NOMINATIVE})"
        rf"|(?P<m1g>{RU_MONTH_GENITIVE})\s*[-–—]\s*(?P<mg>{RU_MONTH_GENITIVE})"
        rf"|с\s+(?P<m1s>{RU_MONTH_GENITIVE})\s+по\s+(?P<ms>{RU_MONTH_NOMINATIVE}))(?![\w-])" + RU_YEAR_OR_RELATIVE, re.I)),
    ("month_range", re.compile(
        rf"\b(?:from\s+(?P<m1>{EN_MONTH_FULL})\s+(?:to|through|until)\s+(?P<m>{EN_MONTH_FULL})"
        rf"|between\s+(?P<m1b>{EN_MONTH_FULL})\s+and\s+(?P<mb>{EN_MONTH_FULL})"
        rf"|(?P<m1d>{EN_MONTH_FULL})\s*[-–—]\s*(?P<md>{EN_MONTH_FULL}))(?:,?\s+(?P<y>{YEAR_DIGITS}))?\b")),
]
# The start, middle or end of a month of a written year («в начале мая 2020 года», "in late May 2020"): that part of
# the month (see periods.MONTH_PARTS), never the whole year its year alone would name. Without a year, no date the
# conventions annotate (see not_dates.VAGUE_PART).
MONTH_PART = ("month_part", re.compile(
    rf"(?<![\w-])(?:в\s+)?(?P<part>начале|середине|конце)\s+(?P<month>{RU_MONTH_GENITIVE})\s+(?P<y>{YEAR_DIGITS})"
    r"(?:\s*(?:года|г\.))?(?![\w-])"
    rf"|\b(?:in\s+)?(?P<part_en>early|mid|late)[\s-]+(?P<month_en>{EN_MONTH_FULL}),?\s+(?P<y_en>{YEAR_DIGITS})\b",
    re.I))
PATTERNS: list[tuple[str, re.Pattern[str]]] = ANCHORED_PATTERNS + [("eve", EVE), MONTH_PART] + NTH_WEEKDAY_PATTERNS + [
    # "с 5 мая по 7 сентября 2020 года", "from May 7 until September 7, 2020": one interval, both ends kept
    ("ru_date_range", re.compile(
        rf"(?<![\w-])с\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{RU_MONTH_NAME}))?\s+по\s+(?P<d>\d{{1,2}})\s+"
        rf"(?P<m>{RU_MONTH_NAME})(?![\w-])(?:\s+(?P<y>{YEAR_DIGITS})(?:\s*г(?:ода|\.)?)?)?", re.I)),
    ("en_date_range", re.compile(
        rf"\bfrom\s+(?P<m1>{EN_MONTH_NAME})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+"
        rf"(?:(?P<m>{EN_MONTH_NAME})\.?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR_DIGITS}))?\b")),
    *MONTH_RANGE_PATTERNS,
    ("ru_day_range", re.compile(rf"\b{DAY_RANGE_RU}\s+{RU_MONTH_WORD}\b(?:\s+(?P<y>{YEAR_DIGITS})(?:\s*г(?:ода|\.)?)?)?", re.I)),
    ("en_day_range", re.compile(rf"\b{EN_MONTH_WORD}\.?\s+{DAY_RANGE}(?:,?\s+(?P<y>{YEAR_DIGITS}))?\b")),
    ("numeric", re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("ru_day_month", re.compile(r"\b(?P<d>\d{1,2})(?:-?го)?\s+" + RU_MONTH_WORD + r"\b(?:(?<=\s[а-яё]{3})\.(?!\s*$|\s+[А-ЯЁ]))?"
                                rf"(?:\s+(?P<y>{YEAR_DIGITS})(?:\s*г(?:ода|\.)?)?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года)?",
                                re.I)),
    ("neighbour_day_month", NEIGHBOUR_DAY_MONTH_DATE),
    ("neighbour_day_month", SR_DAY_MONTH_DATE),
    ("en_month_day", re.compile(r"\b" + EN_MONTH_WORD + rf"\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR_DIGITS}))?\b")),
    ("en_day_month", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + EN_MONTH_WORD + rf"(?:,?\s+(?P<y>{YEAR_DIGITS}))?\b")),
    ("relative_day", re.compile(r"\b(позавчера|вчера|сегодня|завтра|послезавтра|на сегодняшний день|yesterday|today|tonight|tomorrow)\b", re.I)),
    ("relative_day", NEIGHBOUR_RELATIVE_DAY),
    # the evening or night just past: «минувшим вечером» is yesterday's, «минувшей ночью» the night that ended
    # today (a night is dated by its morning, as «в ночь на 5 июля» is)
    ("relative_day", re.compile(r"(?<![\w-])((?:минувш|вчерашн|прошл|эт)(?:им|ей|ой)\s+(?:вечером|ночью))(?![\w-])", re.I)),
    ("weekend", re.compile(r"\b(?:в|на)\s+(минувшие|прошлые|эти|ближайшие|следующие)\s+выходные\b"
                           r"|\b(last|this|next)\s+weekend\b|\b(?:over|at|during)\s+(the)\s+weekend\b", re.I)),
    OFFSET,  # "in two weeks", «через три дня»
    ("relative_week", re.compile(rf"(?<![\w-])((?:на\s+)?{RU_WEEK_WORD}\s+недел[еиюя]|next week|this week|last week)"
                                 r"(?![\w-])", re.I)),
    ("relative_week", NEIGHBOUR_WEEK),
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
    # the day as an adjective of the event: «в воскресном матче», «на пятничном брифинге» (sports and briefings
    # name their day so); not «в воскресной школе», whose noun is no event of a day
    ("weekday", re.compile(r"(?<![\w-])(?:в|во|на)\s+(понедельничн|вторничн|четвергов|пятничн|субботн|воскресн)"
                           r"(?:ом|ем|ей|ой)\s+(?:матче|игре|поединке|встрече|туре|забеге|гонке|финале|полуфинале|"
                           r"дерби|заседании|брифинге|выпуске|эфире|интервью|концерте|голосовании|митинге|шествии)"
                           r"(?![\w-])", re.I)),
    ("weekday", re.compile(r"\b(?:в|во|on|by|last|next)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("weekday", NEIGHBOUR_WEEKDAY),
    # English news names the day bare ("said Friday", "Thursday's retreat"); capitalised, so no other word, nor
    # the first word of a name ("Saturday Night Live"), unless a date follows ("Tuesday December 17")
    ("weekday", re.compile(rf"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                           rf"(?![ \t]+(?!{EN_MONTH_NAME}\b)[A-Z][a-z])")),
    # a month as the start, end or target of something ("с декабря 2019 года", "перенесли на июль"): that month
    ("month", re.compile(
        rf"(?<![\w-])(?:(?:с|со|до|к|начиная\s+с|в\s+течение)\s+(?P<genitive>{RU_MONTH_NAME})|(?:на|за)\s+"
        rf"(?P<accusative>{RU_MONTH_NOMINATIVE}))(?![\w-])" + RU_YEAR_OR_RELATIVE, re.I)),
    ("month", re.compile(
        rf"\b(?:(?:в|in|since|until|till|by)\s+(?:(?:next|last)\s+)?|(?-i:next|last)\s+)({RU_MONTH_IN}|{EN_MONTH_FULL})\b"
        rf"(?:,?\s+(?P<y>{YEAR_DIGITS})(?:\s*г(?:ода|\.))?|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года|"
        r"\s+(?P<rel_en>last|this|next)\s+year)?", re.I)),
    # a later month of a list, its preposition said once («в октябре, ноябре и декабре 2019 года»)
    ("month", re.compile(rf"(?:(?<=, )|(?<=\sи )|(?<=\sили ))({RU_MONTH_IN})(?![\w-])" + RU_YEAR_OR_RELATIVE, re.I)),
    # a month and year with no preposition ("the July 2017 shooting"): that month
    ("month", re.compile(rf"\b({EN_MONTH_FULL}),?\s+(?P<y>{YEAR_DIGITS})\b")),
    ("month", NEIGHBOUR_MONTH),
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
YEAR = rf"(?P<y>{YEAR_DIGITS})"
RU_YEAR_TAIL = rf"\s+{YEAR}\s*(?:года|г\.)"
CALENDAR_KINDS = {"numeric", "iso", "ru_day_month", "neighbour_day_month", "en_month_day", "en_day_month"}
PERIOD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("deadline", re.compile(
        rf"\b(?:до|к)\s+конц[ау]\s+(?:(?P<month>{RU_MONTH_NAME})(?:{RU_YEAR_TAIL})?|(?P<y2>{YEAR_DIGITS})\s*(?:года|г\.)|"
        rf"(?P<rel>этого|текущего|следующего)\s+года|года)"
        rf"|\b(?:by|before)\s+the\s+end\s+of\s+(?:(?P<month_en>{EN_MONTH_NAME})(?:,?\s+(?P<y_en>{YEAR_DIGITS}))?|(?P<y_en2>{YEAR_DIGITS})|"
        rf"(?P<rel_en>this|next)\s+year|the\s+year)\b", re.I)),
    ("quarter", re.compile(
        rf"\b(?:(?:в|во|за)\s+)?{RU_ORDINAL}(?:(?:\s+и\s+|\s*[-–—]\s*){RU_ORDINAL.replace('ord', 'ord2')})?"
        rf"\s+квартал(?:[еауы]|ом|ах)?(?![\w-])(?:{RU_YEAR_TAIL})?"
        rf"|\b(?:in\s+the\s+)?{EN_ORDINAL}\s+quarter(?:\s+of\s+(?P<y_en>{YEAR_DIGITS}))?\b", re.I)),
    ("last_week_of", re.compile(
        rf"\b(?:в\s+)?последнюю\s+неделю\s+(?P<month>{RU_MONTH_NAME})|\bthe\s+last\s+week\s+of\s+(?P<month_en>{EN_MONTH_NAME})",
        re.I)),
    ("season", re.compile(
        rf"\b(?:{SEASON_WORD})"
        rf"(?:{RU_YEAR_TAIL}|\s+(?P<rel>прошлого|этого|текущего|следующего)\s+года|\s+of\s+(?P<y_en>{YEAR_DIGITS})"
        rf"|(?<=[a-z])\s+(?P<y_en2>{YEAR_DIGITS}))?\b", re.I)),
    ("decade", re.compile(rf"(?<![\w-])(?:в\s+)?(?P<y>{YEAR_CENTURIES}\d0)-?х(?:\s+(?:годах|годов|годы))?(?![\w-])"
                          rf"|\b(?:in\s+the\s+)?(?P<y_en>{YEAR_CENTURIES}\d0)s\b", re.I)),
    # ... in any case: "итоги этого года", "за прошлый год", "этот год станет завершающим"
    ("relative_year", re.compile(rf"(?<![\w-])(?:(?P<rel_en>this|last|next)\s+year"
                                 rf"|(?:в\s+)?(?P<rel_ru>{RU_RELATIVE_WORD})\s+год(?:а|у|ом)?)(?![\w-])", re.I)),
    # a reporting quarter named by its last month ("the September quarter") is the last one ended
    ("month_quarter", re.compile(r"\b(?P<month_en>March|June|September|December)[\s-]quarter\b")),
    ("month_end", re.compile(r"\bby\s+(?:the\s+)?month[\s-]end\b|\bк\s+концу\s+месяца\b", re.I)),
    ("later_week", re.compile(r"\blater\s+(?:in\s+the|this)\s+week\b", re.I)),
    # "2014–2018 годы", "с 2006 по 2011 год", "в 2017 и 2018 годах": one interval, not its first year
    ("year_range", re.compile(
        rf"\b(?:(?:в|с|from|between|in)\s+)?(?P<y1>{YEAR_DIGITS})(?:\s*[-–—]\s*|\s+(?:по|to|through)\s+)"
        rf"{YEAR}(?:\s*(?:годы|годах|годов|гг\.|год|года))?(?![\d%])"
        rf"|\b(?:в\s+)?(?P<y1b>{YEAR_DIGITS})\s+и\s+(?P<yb>{YEAR_DIGITS})\s+(?:годах|годы|годов)"
        rf"|\b(?:(?:в|с|from|between|in)\s+)?(?P<y1c>{YEAR_DIGITS})\s*[-–—]\s*(?P<yc>\d{{2}})"
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
PERIOD_KINDS = {kind for kind, _ in PERIOD_PATTERNS} | {MONTH_PART[0]}
MONTH_KINDS = {"month", "bare_month"}
DAY_MONTH_KINDS = {"ru_day_month", "neighbour_day_month", "en_month_day", "en_day_month"}
ANCHORED_KINDS = {kind for kind, _ in ANCHORED_PATTERNS}
DAY_RANGE_KINDS = {"ru_day_range", "en_day_range"}
DATE_RANGE_KINDS = {"ru_date_range", "en_date_range"}
