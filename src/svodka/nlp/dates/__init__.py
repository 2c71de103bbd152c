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
month named bare («ожидает холодный январь») or a neighbour's month without a day («у грудні», «през декември») is the
nearest such month unless the tense says otherwise; "the first
Monday in May" is that day; «минувшим летом», «грядущая зима» the season just past or the next to come; a day far
from publication takes the year the text gave its month before («в июле 2016 года … 14 июля»).
«В 2016 году …, а в следующем году» is the year after the one named (a plan with no year near counts from
publication); a year written once holds for its whole list, before it or after («за октябрь и ноябрь 2019 года»,
«в марте 2023 года и апреле»); a season with no year is placed by the tense («зимой высадили липы» told in April is
the winter just past, «летом откроют» told in November the next summer); a weekday after a
week the text names («в начале новой недели … в понедельник») is that week's; «в начале мая 2020 года» is the first
third of that May; a season in a clause of what is done again and again («посыпают дороги зимой») is no date.
An English plan is a future ("is expected to visit on Dec. 28", "is scheduled for", "would begin" reported) and a
present perfect a past; with both tenses in a sentence the verb before the date governs it ("said on Monday that
talks would …"). "In two weeks", «через три дня» are the week or day they land in, counted from publication unless
told in the past («через три дня его задержали»).
"""

from svodka.nlp.dates.find import find_dates

__all__ = ["find_dates"]
