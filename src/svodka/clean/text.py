"""Plain-text news: find the headline, rubric, dateline and outlet; cut boilerplate.

The input is what people copy from news sites and agency feeds: a header (headline,
outlet name, date, section, or a rubric line "Раздел | 24 декабря 08:23"), image
credits and captions, share buttons, a dateline ("ДУШАНБЕ, 23 дек — Sputnik."), the
body, teasers of other articles, credits. Every line taken out is kept with its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from itertools import takewhile

from svodka.clean.boilerplate import (
    BLOCK_LINES, CAPITALS_HEADLINE, CAPTION_WITH_OUTLET, CREDIT_LINE, MAX_TEASERS_IN_BLOCK, NAMED_CREDIT, PAGE_STAMPS,
    REPORTER, glued_furniture, in_block, judge_line, looks_like_teaser,
)
from svodka.clean.dates import SR_DAY_STOP, ambiguous_zone, date_line, find_date, parse_date, states_time_of_day
from svodka.clean.names import KNOWN_WIRES, is_person_name, is_place_name, looks_like_outlet, without_emails
from svodka.model import Removed
from svodka.months import EN_MONTH_NAME, NEIGHBOUR_MONTH_NAME, RU_MONTH_STEM

# Characters no reader sees: zero-width spaces and joiners, the word joiner, a byte-order mark, a soft hyphen (inside
# a word they split a name into another entity and hide the text from search: «Пе\u200bтров»), and the bidi controls
# (embeddings, overrides, isolates, marks) that reverse or reorder what follows them on a page or a terminal. Arabic
# and Hebrew letters carry their own direction and need none of them.
INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
RUBRIC_LINE = re.compile(r"^(?P<name>[^|,]{2,80}?)\s*(?P<separator>[|,—])\s*(?P<date>[^|]*\d[^|]*)$")
# The other way round: "05.03.2026 12:40 | Коммерсантъ-Прикамье" (the date first, then the outlet or a section).
DATE_NAME_LINE = re.compile(r"^(?P<date>[^|]*\d[^|]*?)\s*\|\s*(?P<name>[^|\d]{2,80})$")
OUTLET_SECTION_LINE = re.compile(r"^(?P<outlet>[^|]{2,60}?)\s*\|\s*(?P<section>[^|\d]{2,40})$")
# Cyrillic capitals and small letters of Russian and its neighbours (І Ї Є Ґ Ў, Serbian Ј Љ Њ, Kazakh Ә Қ Ү …), so
# that «ЛЬВІВ, 12 травня —» and «Мінськ, 3 снежня.» are datelines as «МОСКВА, 12 мая —» is
CAPITAL = "Ѐ-ЯҐӘҒҚҢӨҰҮҺ"
SMALL = "а-яѐ-џґәғқңөұүһ"
# A dateline's date: "23 дек", "3 апреля", "Nov. 14", "November 14, 2019", "24 декабря 2021", «12 травня», Serbian
# «3. марта» (a full stop after the day before a Serbian month only: "UPDATE, 1. March —" is no dateline).
DATELINE_DATE = (rf"(?:[A-Za-z{CAPITAL}{SMALL}]{{3,}}\.?\s+\d{{1,2}}"
                 rf"|\d{{1,2}}(?:\s+|{SR_DAY_STOP})[A-Za-z{CAPITAL}{SMALL}]{{3,}}\.?)(?:,?\s+\d{{4}})?")
# A wire's lead: "ДУШАНБЕ, 23 дек — Sputnik.", "САМАРА, 4 марта. /Телеграф/.", "LONDON, March 7 (Reuters) -",
# "WASHINGTON (AP) —", "LONDON (CNN)The…", "TOKYO (Nov 14):", "MILAN, Nov 17 —", AP's bare "WASHINGTON —",
# "МОСКВА, 17 мая, ФедералПресс." (after a date only, the outlet may follow a comma).
# An outlet after a dash is at most three words ("РИА Новости", "Sputnik Таджикистан"): a longer run ending in a
# full stop is the lead's first sentence ("MILAN, Nov 17 — The coach was sacked.").
# Two forms write the city as a word: a Russian agency's dotted "Москва. 11 ноября. INTERFAX.RU - " (Interfax's
# leads), and an English site's bare "Paris - Novak…", "Cape Town – Two…" (sport24's and channel24's leads), this
# one only before a lead of some length, so that a header line "Sport - Football" is no dateline.
RU_CITY = rf"[{CAPITAL}][{SMALL}]+(?:-[{CAPITAL}][{SMALL}]+)*"  # "Москва", "Санкт-Петербург", «Львів»
DOTTED_CITY = rf"{RU_CITY}(?=\.\s+{DATELINE_DATE}\.\s+[A-ZА-ЯЁ][\w.]{{1,30}}\s+[-—–]\s)"
# "Москва, 8 ноября. Жизнь…" (news-r.ru's and riafan.ru's leads): a city as a word, a day of a month, a full stop.
MONTH = rf"(?:{NEIGHBOUR_MONTH_NAME}|{RU_MONTH_STEM}[а-я]*)"
WORDED_CITY = rf"{RU_CITY}(?=,\s+\d{{1,2}}\s+{MONTH}\.\s+[А-ЯЁ«\"])"
# The same lead with the city in capitals ("МОСКВА, 12 мая. Пожар…", "LONDON, May 12. Fire…"), or an agency's name
# where the city stands, as a paste of its copy begins ("ТАСС, 12 мая. Пожар…", "РИА Новости, 12 мая. …").
DAY_OF_MONTH = rf"(?:\d{{1,2}}\s+{MONTH}|(?:{EN_MONTH_NAME})\.?\s+\d{{1,2}})"
CAPITALS_NAME = rf"[A-Z{CAPITAL}]{{2,}}(?:[ \-][A-Z{CAPITAL}]{{2,}})*(?: [A-Z{CAPITAL}][a-z{SMALL}]+)?"
WORDED_NAME = rf"(?:{RU_CITY}|{CAPITALS_NAME})(?=,\s+{DAY_OF_MONTH}\.\s+[A-Z{CAPITAL}«\"“])"
# A rubric before a dash is no city: "Opinion - The government plans…", "Analysis – Why the bank…".
RUBRIC = r"(?:Opinion|Analysis|Comment|Commentary|Editorial|Update|Breaking|Exclusive|Review|Watch|Live|Video|Photos|" \
         r"Explainer|Interview|Feature|Factbox|Focus|Preview|Recap|News|World|Business|Politics|Sport|Sports)\b"
DASHED_CITY = rf"(?!{RUBRIC})[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=\s[—–-]\s+[A-Z\"“‘][^\n]{{40}})"
# After a date's comma an outlet is a name of a word or two before a full stop ("…, 17 мая, ФедералПресс."); a longer
# run is the lead ("WASHINGTON, Nov 17, Three people died.").
COMMA_OUTLET = r"[A-ZА-ЯЁ][^\s.,]*(?:\s[^\s.,]+)?\.(?:\s|$)"
OUTLET_WORDS = r"[^.,\s]{1,30}(?:[ ][^.,\s]{1,30}){0,2}?(?:\.(?i:ru|su|kz|by|uz|kg|tj|az|am|ge|md|com|net|org|info|рф))?"
# Reuters names the country or state after the city: "PERM, Russia, March 5 (Reuters) -", "AUSTIN, Texas (Reuters) -";
# only before a credit in brackets, so that "LONDON, Opinion…" stays no dateline.
REGION = rf",\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=(?:,\s*{DATELINE_DATE})?\s+\()"
# A wire's lead with no city: a date and the credit in brackets ("Nov 19 (Reuters) - ", a Reuters story filed from
# no one place; a weekday in brackets is the date's: "May 5 (Friday) -"), or an agency's site in capitals
# ("INTERFAX.RU - ", a sentence of "Москва. 17 мая. INTERFAX.RU - …" split after its date; a shop's "EBAY.COM -" is
# none). Either is where and who, no sentence's words.
EN_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WIRE_LEAD = (rf"(?P<credit_date>(?:{EN_MONTH_NAME})\.?\s+\d{{1,2}})\s+\((?!{EN_WEEKDAY}\))"
             rf"(?P<outlet4>[A-Z{CAPITAL}][^)\n]{{1,39}})\)\s*(?:[—–:]|--?)(?=\s)"
             r"|(?P<outlet5>[A-Z][A-Z0-9\-]+\.(?:RU|UA|KZ|BY|SU))\s+(?:[—–-]|--)(?=\s)")
DATELINE = re.compile(
    rf"^(?:{WIRE_LEAD}|(?P<city>[A-Z{CAPITAL}]{{3,}}(?:[ \-][A-Z{CAPITAL}]{{2,}})*"  # words and separators apart: no backtracking on "AB-AB-…"
    rf"|{DOTTED_CITY}|{DASHED_CITY}|(?P<worded>{WORDED_NAME}))(?:{REGION})?"
    rf"(?:(?:\s*,|(?<=[а-яё])(?P<dotted>\.))\s*(?P<date>{DATELINE_DATE})|\s+\((?P<date_in_brackets>{DATELINE_DATE})\))?\.?\s*"
    rf"(?:(?(dotted)|(?:[—–-]|(?(date),(?=\s*{COMMA_OUTLET})|(?!)))\s*)(?P<outlet>{OUTLET_WORDS})(?(dotted)\s+[-—–](?=\s)|\s*\.(?:\s|$))"
    r"|/(?P<outlet2>[^/\n]{2,40})/\.?"
    r"|\((?P<outlet3>[^)\n]{2,40})\)(?:\s*(?:[—–:]|--?)|(?=[A-Z]))"
    rf"|(?(date)(?(worded)(?=[A-Z{CAPITAL}«\"“])|(?:[—–:]|--?)(?=\s))|(?(date_in_brackets)(?:[—–:]|--?)(?=\s)|(?:(?<=[A-Z] )(?:[—–]|--(?=\s+[A-Z«\"“]))|(?<=[a-z] )[—–-])(?=\s)))))"
)
# A regional site's lead: the city as a sentence of its own, then the report («Екатеринбург. Пешеходный мост открыли…»).
# The city is a place the dictionary knows (is_place_name), and a sentence of three words or more follows: «Москва.
# Кремль. Путин» is a run of words, «Екатеринбург стал…» a sentence about the city.
CITY_LEAD = re.compile(rf"^(?P<city>{RU_CITY})\.\s+(?=[«\"„]?[{CAPITAL}][{SMALL}]*[»\"“]?(?:\s+[^\s.!?]+){{2}})")
# A live blog's entry opening with its time ("18.02 GMT: Police have confirmed…", "09:55 — Network Rail…", "2.15pm
# BST Police said…"): when the text was posted, no word of the entry's sentence. Read only in a text where at least
# MIN_LIVE_ENTRIES paragraphs open so, and only where the times run newest first or name their time zone: a
# programme's, a timetable's or a results table's times run forward or in no order ("10.30 — Открытие ярмарки",
# "06:15 — Первый поезд", "9.58 – Usain Bolt…") and are the text's own.
ENTRY_STAMP = re.compile(
    r"^(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\s*(?:(?P<half>[ap])\.?m\.?\s*)?"
    r"(?:(?P<zone>GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|МСК|мск)\b)?\s*[:—–-]?\s+(?=[A-ZА-ЯЁ«\"“‘])")
MIN_LIVE_ENTRIES = 2
# A byline glued before the lead of a page-flattened text: "by Ann Lee and Bo Chen A student…"; a bare name, or one
# after a gallery caption ("1 / 22People scuffle … By Ann Lee HONG KONG (Reuters) -"), only where a dateline
# follows, as the story opens there. A name is a first name and a surname (a middle initial between).
BYLINE_NAME = r"[A-Z][a-z'’\-]+(?: [A-Z]\.)? [A-Z][\w'’\-]+"
GLUED_BYLINE = re.compile(rf"(?:^|(?<=\s))(?P<by>[Bb]y )?(?P<name>{BYLINE_NAME}(?:(?:, | and ){BYLINE_NAME})*) (?=[A-Z])")
MAX_BYLINE_OFFSET = 300  # a gallery caption before the byline runs to ~100 characters
# A standfirst glued before a worded dateline ("…в преддверии «огоньков» Москва, 8 ноября. Жизнь…", news-r.ru's
# page flattened): no full stop ends it, and the story opens at the dateline, a paragraph of its own.
GLUED_STANDFIRST = re.compile(rf"(?<=[^\s.!?…])\s+(?={WORDED_CITY})")
MAX_STANDFIRST_CHARS = 250  # news-r's ran to 91
WORDED_DATELINE_CHARS = 40  # "Санкт-Петербург, 30 сентября. " and the lead's first letter
TRAILING_OUTLET = re.compile(r"\s[-—–]\s(?P<outlet>[A-ZА-ЯЁ][\w]*(?:\.[a-z]{2,4})+)\.?\s*$")
# "By Jane Doe", "Автор: Иван Иванов", "By Jane Doe and John Smith", "By Jane Doe, Reuters" (the outlet after a
# comma), "By Jane Doe, Staff Writer" (a role, no outlet), "Posted by Jane Doe", "Written by Jane Doe".
BYLINE_WORD = r"[A-ZА-ЯЁ][\w.\-'’]+"
ROLE = r"(?i:writer|reporter|correspondent|editor|columnist|contributor|корреспондент|обозреватель|редактор)"
BYLINE = re.compile(
    rf"^(?i:(?:posted|written|words|story|reporting)\s+by|by|автор|текст|author)\s*:?\s+(?P<name>{BYLINE_WORD}(?:\s+{BYLINE_WORD}){{0,3}}"
    rf"(?:(?:,\s*|\s+(?i:and|и)\s+){BYLINE_WORD}(?:\s+{BYLINE_WORD}){{0,3}})*?)"
    rf"(?:\s*,\s*(?:(?!.*{ROLE})(?P<outlet>{BYLINE_WORD}(?:\s+{BYLINE_WORD}){{0,2}})|[^,]*{ROLE}[^,]*))?$"
)
# A byline without its "By" under the headline: "Jane Doe and John Roe", "Jane Doe, Staff Writer", "Jane Doe, Sky News"
# (names a list of people, then at most one part that is not: a role, a place, or the outlet when it looks like one).
NAME_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?i:and|и)\s+")
MAX_BYLINE_WORDS = 12  # four names and a role
CAPITALS_HEADLINE_PARAGRAPH = re.compile(CAPITALS_HEADLINE)
# Headlines run to ~150 characters; 250 leaves room for long wire headlines.
MAX_HEADLINE = 250
# A header line holding an outlet or section name is a few words; the corpus's
# longest is "Волжский телеграф" / "The Baltic Herald" (3 words).
MAX_NAME_WORDS = 4
# The header ends at the first line of prose (or after this many lines).
MAX_HEADER_LINES = 10
PROSE_MIN_WORDS = 12
KNOWN_SECTIONS = {
    "политика", "экономика", "общество", "спорт", "культура", "наука", "происшествия", "регионы", "в мире", "мир",
    "транспорт", "город", "финансы", "бизнес", "технологии", "образование", "здоровье", "туризм", "авто",
    "недвижимость", "новости", "россия", "армия", "технологии и наука", "наука и техника", "incidents",
    "politics", "business", "economy", "world", "sport", "sports", "science", "technology", "culture",
    "education", "health", "opinion", "news", "society", "regions", "finance", "markets", "transport", "tech",
}


@dataclass
class CleanedText:
    body: str
    title: str = ""
    section: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: datetime | None = None
    published_year_guessed: bool = False
    published_day_only: bool = False  # the date was printed without a time of day ("15 ноября 2019")
    published_zone: str | None = None  # an ambiguous zone printed with the time ("IST"): see svodka.clean.zones
    removed: list[Removed] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)  # candidates, in the order found


def clean_plain_text(text: str, reference: datetime, title: str = "") -> CleanedText:
    """Split a plain-text article into metadata, body paragraphs and removed lines."""
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in without_invisible(text).splitlines()]
    lines = [line for line in lines if line]
    result = CleanedText(body="", title=without_invisible(title))
    lines = _read_header(lines, result, reference)
    body = _without_capitals_teasers(_drop_glued_furniture(_drop_boilerplate(lines, result), result), result)
    if body:
        opening = _without_opening_byline(_without_page_stamps(body[0], result), result)
        body = [paragraph for paragraph in _split_glued_standfirst(opening) + body[1:] if paragraph]
    body = _without_entry_stamps(body, result)
    lead = _read_dateline(body, result, reference)
    if not result.title and body:
        result.title = _first_sentence(body[0][lead:])
    if not result.outlet:
        result.outlet = next((m.group("outlet") for p in body[:3] if (m := TRAILING_OUTLET.search(p))), None)
    # "Волжский телеграф | 04.03.2026": a rubric that names the outlet is not a section.
    result.section = next((s for s in result.sections if not (result.outlet and _same_name(s, result.outlet))), None)
    result.body = "\n\n".join(body)
    return result


def without_invisible(text: str) -> str:
    """The text without the characters no reader sees (see INVISIBLE)."""
    return INVISIBLE.sub("", text)


def _read_header(lines: list[str], result: CleanedText, reference: datetime) -> list[str]:
    """Take headline, rubric, outlet, section, date and byline lines off the top.

    Lines the header does not recognise stay (boilerplate rules judge them next).
    """
    kept: list[str] = []
    title_given = bool(result.title)  # from markup: the text's short lines are not ours to judge
    for index, line in enumerate(lines):
        if index >= MAX_HEADER_LINES or _is_prose(line):
            return kept + lines[index:]
        reason = _header_reason(line, result, reference, title_given)
        if reason:
            result.removed.append(Removed(line, reason))
        else:
            kept.append(line)
    return kept


def _header_reason(line: str, result: CleanedText, reference: datetime, title_given: bool) -> str | None:
    """Record what a header line says; return why it leaves the body (None: it stays)."""
    if judge_line(line).reason or CAPTION_WITH_OUTLET.match(line):
        return None  # boilerplate: judged with the body's rules
    published, guessed = date_line(line, reference)
    named = None if published else _name_and_date(line, reference)
    pair = OUTLET_SECTION_LINE.match(line)
    byline = BYLINE.match(line)
    if published is not None:
        reason = "header: date"
    elif named:
        name, separator, published, guessed = named
        if separator == "|" and is_person_name(name):  # "Иван Иванов | 05.03.2026": the author, as the other way round
            result.author = result.author or name
        elif separator == "|":  # a rubric: "Раздел | 24 декабря 08:23" (or the outlet's name)
            result.sections.append(name)
        else:
            _record_name(name, result)
        reason = "header: rubric and date"
    elif pair:
        _record_pair(pair.group("outlet").strip(), pair.group("section").strip(), result)
        reason = "header: outlet and section"
    elif byline:
        _record_byline(byline, result)
        reason = "header: byline"
    elif not result.title and _is_headline(line):
        result.title, reason = line, "header: headline"
    elif result.title and not title_given and (names := _names_and_outlet(line)):
        result.author = result.author or names[0]
        result.outlet = result.outlet or names[1]
        reason = "header: byline"
    elif result.title and not title_given and _is_name(line):
        reason = "header: " + _record_name(line, result)
    else:
        reason = None
    if published is not None and result.published is None:
        result.published, result.published_year_guessed = published, guessed
        result.published_day_only = not states_time_of_day(line)
        result.published_zone = ambiguous_zone(line)
    return reason


def _name_and_date(line: str, reference: datetime) -> tuple[str, str, datetime, bool] | None:
    """("Деловой обзор", ",", date, guessed) for "Деловой обзор, 4 марта 2026 года"; the separator "" for a
    date first ("05.03.2026 12:40 | Коммерсантъ-Прикамье": a name, an outlet unless a known section)."""
    for pattern in (RUBRIC_LINE, DATE_NAME_LINE):
        match = pattern.match(line)
        published, guessed = date_line(match.group("date"), reference) if match else (None, False)
        if published is not None:
            return match.group("name").strip(), match.groupdict().get("separator", ""), published, guessed
    return None


def _record_name(name: str, result: CleanedText) -> str:
    """A short header line is a person's name (the author), a place (the dateline), a known section, else the outlet
    (first), else a section. An e-mail address is the byline's contact ("Jane Doe <jane@x.org>"), never an outlet."""
    if "@" in name:
        result.author = result.author or without_emails(name)
        return "byline"
    if is_place_name(name):  # «Тюмень, 10 марта 2026 года»: where the report was filed
        result.dateline = result.dateline or name
        return "dateline"
    if is_person_name(name):
        result.author = result.author or name
        return "byline"
    if name.lower() not in KNOWN_SECTIONS and not result.outlet:
        result.outlet = name
        return "outlet"
    result.sections.append(name)
    return "section"


def _record_pair(outlet: str, section: str, result: CleanedText) -> None:
    """"Volga Times | Health": the outlet and a section; a person on either side is the byline ("Jane Doe | Sky
    News", "Sky News | Jane Doe"), and the other side read as a name alone would be."""
    if is_person_name(outlet) or is_person_name(section):
        for name in (outlet, section):
            _record_name(name, result)
        return
    result.outlet = result.outlet or outlet
    result.sections.append(section)


def _names_and_outlet(line: str) -> tuple[str, str | None] | None:
    """(the people, the outlet or None) of a byline without its "By" (see NAME_LIST_SEPARATOR); None for a line that
    does not open with a person's name, or names more than one other thing."""
    if len(line.split()) > MAX_BYLINE_WORDS or line.endswith((".", "!", "?", ":", ";")):
        return None
    parts = NAME_LIST_SEPARATOR.split(line)
    people = len(list(takewhile(is_person_name, parts)))
    if not people or len(parts) - people > 1:
        return None
    if people == len(parts):
        return line, None
    rest = parts[-1]
    outlet = rest if looks_like_outlet(rest) and not re.search(ROLE, rest) else None
    return line[:line.rindex(rest)].rstrip(" ,"), outlet


def _is_prose(line: str) -> bool:
    return len(line.split()) >= PROSE_MIN_WORDS and line.endswith((".", "!", "?", "»", '"', "”")) or bool(
        DATELINE.match(line)
    )


def _is_headline(line: str) -> bool:
    return len(line) <= MAX_HEADLINE and not line.endswith((".", ":", ";", ","))


def _is_name(line: str) -> bool:
    return len(line.split()) <= MAX_NAME_WORDS and not re.search(r"[.!?:;]$|\d", line)


def _drop_boilerplate(lines: list[str], result: CleanedText) -> list[str]:
    """The lines that are body; a bare ad label or a comments heading takes the ad's or the comments' lines below it
    (svodka.clean.boilerplate.in_block), a "read also" alone the teasers below it."""
    body: list[str] = []
    teasers_left = 0
    block, block_left = "", 0
    for line in lines:
        reason = _boilerplate_reason(line, result)
        if block_left and not reason and in_block(block, line):
            block_left -= 1
            result.removed.append(Removed(line, block))
            continue
        block_left = 0
        if teasers_left and not reason and looks_like_teaser(line):
            teasers_left -= 1
            result.removed.append(Removed(line, "related-article teaser"))
            continue
        teasers_left = 0
        if reason == "teaser image":  # the teaser's headline follows its image caption
            result.removed.append(Removed(line, "related-article teaser"))
            teasers_left = 1
            continue
        if reason:
            result.removed.append(Removed(line, reason))
            verdict = judge_line(line)
            teasers_left = MAX_TEASERS_IN_BLOCK if verdict.opens_block else 0
            block, block_left = verdict.heads or "", BLOCK_LINES.get(verdict.heads or "", 0)
            continue
        body.append(line)
    return body


def _drop_glued_furniture(body: list[str], result: CleanedText) -> list[str]:
    """Cut furniture glued into paragraphs; a paragraph left empty goes."""
    kept = []
    for number, paragraph in enumerate(body):
        text, removed = glued_furniture(paragraph, last=number == len(body) - 1)
        result.removed += [Removed(piece, reason) for piece, reason in removed]
        if text:
            kept.append(text)
    return kept


def _without_entry_stamps(body: list[str], result: CleanedText) -> list[str]:
    """A live blog's paragraphs without the time each entry opens with (`ENTRY_STAMP`), each kept among the removed
    pieces in the page's order: out of the sentences a summary cites, still there to audit."""
    stamps = [ENTRY_STAMP.match(paragraph) for paragraph in body]
    found = [stamp for stamp in stamps if stamp]
    if len(found) < MIN_LIVE_ENTRIES or not _newest_first_or_zoned(found):
        return body
    result.removed += [Removed(stamp.group().strip(), "live blog entry time") for stamp in stamps if stamp]
    return [paragraph[stamp.end():] if stamp else paragraph for paragraph, stamp in zip(body, stamps)]


def _newest_first_or_zoned(stamps: list[re.Match[str]]) -> bool:
    """Whether entry times are a live blog's: each names its time zone, or they fall strictly, newest first."""
    if all(stamp["zone"] for stamp in stamps):
        return True
    minutes = [_minute_of_day(stamp) for stamp in stamps]
    return all(later > earlier for later, earlier in zip(minutes, minutes[1:]))


def _minute_of_day(stamp: re.Match[str]) -> int:
    hour = int(stamp["hour"])
    if stamp["half"]:  # "12.40am" is 00:40, "12.40pm" 12:40
        hour = hour % 12 + (12 if stamp["half"] == "p" else 0)
    return hour * 60 + int(stamp["minute"])


def _without_capitals_teasers(body: list[str], result: CleanedText) -> list[str]:
    """The body without a paragraph that is a headline in capitals between two paragraphs in small letters: the
    page's link to another story (see CAPITALS_HEADLINE). A text in capitals throughout keeps each of its paragraphs."""
    kept = []
    for number, paragraph in enumerate(body):
        inside = 0 < number < len(body) - 1 and not body[number - 1].isupper() and not body[number + 1].isupper()
        if inside and CAPITALS_HEADLINE_PARAGRAPH.fullmatch(paragraph):
            result.removed.append(Removed(paragraph, "related-article teaser"))
        else:
            kept.append(paragraph)
    return kept


def _boilerplate_reason(line: str, result: CleanedText) -> str | None:
    verdict = judge_line(line)
    if verdict.reason == "credit line":
        _record_preparer(line, result)
    if verdict.reason:
        return verdict.reason
    caption = CAPTION_WITH_OUTLET.match(line)
    if caption:
        return _judge_caption(caption, result)
    if result.title and line.strip(" .").lower() == result.title.strip(" .").lower():
        return "caption repeating the title"
    if CREDIT_LINE.match(line):
        reporter = REPORTER.search(line)
        result.author = result.author or (reporter.group("name") if reporter else None)
        return "credit line"
    byline = BYLINE.match(line)
    if byline:
        _record_byline(byline, result)
        return "byline"
    return None


def _record_byline(byline: re.Match[str], result: CleanedText) -> None:
    """The byline's name is the author unless the header named one; the name after its comma is the outlet only
    when it looks like one (svodka.clean.names.looks_like_outlet), as a co-author or a city stands there too."""
    result.author = result.author or byline.group("name")
    outlet = byline.group("outlet")
    if outlet and looks_like_outlet(outlet):
        result.outlet = result.outlet or outlet


def _record_preparer(line: str, result: CleanedText) -> None:
    """«Подготовила Анна Петрова»: the person who prepared the text is its author when no byline named one."""
    credit = NAMED_CREDIT.match(line.strip())
    if credit and credit.group("preparer"):
        name = credit.group("names").split(",")[0].strip(" .")
        if is_person_name(name):
            result.author = result.author or name


def _judge_caption(caption: re.Match[str], result: CleanedText) -> str:
    """The article's own image dates the article; an older one, or another outlet's, is a teaser's."""
    date, _ = parse_date(caption.group("date"))
    outlet = caption.group("outlet").strip()
    if result.published is None and date is not None:
        result.published, result.published_day_only = date, not states_time_of_day(caption.group("date"))
        result.outlet = result.outlet or outlet
        return "image caption"
    older = date is not None and result.published is not None and date.date() < result.published.date()
    foreign = result.outlet is not None and not _same_name(outlet, result.outlet)
    if older or (foreign and date is not None and result.published is not None and date.date() != result.published.date()):
        return "teaser image"
    result.outlet = result.outlet or outlet
    return "image caption"


def _split_glued_standfirst(paragraph: str) -> list[str]:
    """The opening paragraph cut before a worded dateline a standfirst runs into (see GLUED_STANDFIRST); one that
    opens with its dateline has no standfirst ("РИА Новости, 12 мая. …" is not cut before «Новости»)."""
    if DATELINE.match(paragraph):
        return [paragraph]
    match = GLUED_STANDFIRST.search(paragraph[:MAX_STANDFIRST_CHARS + WORDED_DATELINE_CHARS])
    if not match or match.start() > MAX_STANDFIRST_CHARS:
        return [paragraph]
    return [paragraph[:match.start()], paragraph[match.end():]]


def _without_page_stamps(paragraph: str, result: CleanedText) -> str:
    """The opening paragraph without the page's header glued before its lead (see PAGE_STAMPS)."""
    stamps = PAGE_STAMPS.match(paragraph)
    if not stamps:
        return paragraph
    result.removed.append(Removed(stamps.group().strip(), "page header"))
    return paragraph[stamps.end():]


def _without_opening_byline(paragraph: str, result: CleanedText) -> str:
    """The first paragraph without a byline (and a caption before it) glued before its lead."""
    for match in GLUED_BYLINE.finditer(paragraph[:MAX_BYLINE_OFFSET]):
        by, at_start = match.group("by"), match.start() == 0
        # "by …" opening the paragraph is a byline; a bare name, or "by …" after a caption, only before a dateline
        if by and at_start or (by or at_start) and DATELINE.match(paragraph[match.end():]):
            result.author = result.author or match.group("name")
            result.removed.append(Removed(paragraph[:match.end()].strip(), "byline"))
            return paragraph[match.end():]
    return paragraph


def _read_dateline(body: list[str], result: CleanedText, reference: datetime) -> int:
    """Read the place, outlet and date of a dateline opening one of the first paragraphs; return where the first
    paragraph's lead starts after it (0 without one there), which a title taken from the text begins at. A known
    agency where the city stands ("ТАСС, 12 мая. …", a paste of its copy) is the outlet, not a place; a city never
    is one ("МОСКВА, 12 мая. …": a place and a date)."""
    for number, paragraph in enumerate(body[:3]):
        match = DATELINE.match(paragraph)
        city_lead = CITY_LEAD.match(paragraph) if number == 0 and not match else None
        if city_lead and is_place_name(city_lead.group("city")):
            result.dateline = city_lead.group("city")
            return city_lead.end()
        if not match:
            continue
        if match.group("outlet2"):
            _attach_slash_dateline(body, number, match)
            match = DATELINE.match(body[number]) or match
        city = (match.group("city") or "").strip()  # none in a WIRE_LEAD
        outlet = next((match.group(name) for name in ("outlet", "outlet2", "outlet3", "outlet4", "outlet5")
                       if match.group(name)), None)
        if city.lower() in KNOWN_WIRES:
            outlet = outlet or city
        elif city:
            result.dateline = city
        result.outlet = result.outlet or (outlet.strip() if outlet else None)
        date = match.group("date") or match.group("date_in_brackets") or match.group("credit_date")
        if result.published is None and date:
            published, guessed = find_date(date, reference)
            if published is None:
                published, _ = parse_date(date, reference)
                guessed = published is not None
            result.published, result.published_year_guessed = published, guessed
            result.published_day_only = published is not None and not states_time_of_day(date)
        return _lead_start(body[0], match.end()) if number == 0 else 0
    return 0


def _lead_start(paragraph: str, dateline_end: int) -> int:
    """Where a paragraph's lead starts after its dateline: past the dash or full stop that ends it."""
    return len(paragraph) - len(paragraph[dateline_end:].lstrip(" .,:—–-"))


def _attach_slash_dateline(body: list[str], number: int, match: re.Match[str]) -> None:
    """'САМАРА, 4 марта. /Телеграф/. Губернатор…' → 'САМАРА, 4 марта /Телеграф/ — Губернатор…'.

    The full stops of a slash-wrapped credit end no sentence, but a sentence splitter
    cuts there, and '/Телеграф/.' would stand as a body sentence of its own. Written as
    the wires' 'CITY (Outlet) — lead', the dateline stays one piece with the lead and
    DATELINE still reads it. A dateline alone in its paragraph joins the next one.
    """
    paragraph = body[number]
    lead = paragraph[:match.start("outlet2") - 1].rstrip(" .")
    rest = paragraph[match.end():].lstrip(" .—–-")
    if not rest and number + 1 < len(body):
        rest = body.pop(number + 1)
    body[number] = f"{lead} /{match.group('outlet2').strip()}/ — {rest}".rstrip(" —")


def _same_name(a: str, b: str) -> bool:
    """'Baltic Herald' is 'The Baltic Herald'; 'Sputnik' is 'Sputnik Таджикистан'."""
    a, b = (re.sub(r"^the\s+|[«»\"]", "", name.strip().lower()) for name in (a, b))
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _first_sentence(paragraph: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", paragraph)
    sentence = match.group(1) if match else paragraph
    return sentence.rstrip(".")[:MAX_HEADLINE]
