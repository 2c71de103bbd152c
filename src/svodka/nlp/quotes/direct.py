"""Direct speech: text in quote marks or a dialogue dash, long enough to be a statement, and neither the
title of a thing its kind noun names nor a name quoted in passing. A quote its attribution splits is two."""

from __future__ import annotations

import re

from svodka.nlp.quotes.patterns import (
    ATTRIBUTION_AFTER,
    MAX_QUOTE,
    RU_POST_VERB,
    RU_VERB,
)
from svodka.nlp.quotes.spans import Found, Spans

# A dialogue turn run into its paragraph ends within a few sentences; the bound keeps a paragraph of dashes cheap
MAX_RUN_IN = 500
MAX_INNER = 300  # a name or title quoted inside a quote; longer, the marks are no such pair
INNER = rf"[^«»\n]{{1,{MAX_INNER}}}"
INNER_CURLY = rf"[^“”\n]{{1,{MAX_INNER}}}"
# A name quoted inside a quote in the quote's own marks, the sentence going on after it in lower case: the quote
# does not end at its closing mark ('за якобы 'нарушение конкуренции' и отзыв …').
INNER_STRAIGHT = rf"(?<=\s)\"(?=\w)[^\"\n]{{1,{MAX_INNER}}}\"(?=[ \t]+[a-zа-яё])"
INNER_SINGLE = rf"(?<=\s)['‘](?=\w)[^'‘’\n]{{1,{MAX_INNER}}}['’](?=[ \t]+[a-zа-яё])"
DIRECT = re.compile(
    # A name quoted inside a quote is part of it («… постановление «О прекращении …», — говорится»), closed by its
    # own mark or, before the attribution, by the outer one alike («… «О прекращении … Д. Н.», — говорится)
    rf"«(?P<a>(?:[^«»\n]|«{INNER}»){{8,{MAX_QUOTE}}}?)»"
    rf"|«(?P<i>[^«»\n]{{8,{MAX_QUOTE}}}?«{INNER})»(?=[ \t]*[,.]?[ \t]*[—–-][ \t]+[а-яё])"
    rf"|„(?P<b>[^„“”\n]{{8,{MAX_QUOTE}}}?)[“”]"
    # '"' opens and closes alike, so it opens only before a word: in '"МегаФон" открыл …, сообщили "Фонтанке"'
    # the text between the two names is no quote. Inside, a mark after a space opens an inner name, and one mark
    # may close it and the quote both: '"…, а не только в "Радуге", - заявила'.
    # A pair inside that the sentence goes on after ('"… в рамках проекта "Модернизация …" для расширения …",
    # - говорится') is a name the quote holds, not its end.
    rf"|(?<![\w\"])\"(?P<c>[^\"\s](?:{INNER_STRAIGHT}|[^\"\n]|(?<=\s)\"(?=\w)){{7,{MAX_QUOTE}}}?)\"(?![\w\"])"
    rf"|“(?P<d>(?:[^“”\n]|“{INNER_CURLY}”){{8,{MAX_QUOTE}}}?)(?:”|(?<=[,.!?…])(?:\"(?!\w)|[’']{{2}}))"
    # ... or with a straight mark or two apostrophes after its last punctuation, as scraped pages mix them: '“I'm
    # a fan," X told', '“… provides.’’'.
    # A statement over several paragraphs opens each with a mark and closes only the last: '“A. “B. “C.”'
    # A paragraph may end on a quote inside the quote: '“… just like ‘Right, …on.’ “He was …'
    rf"|“(?P<f>[^“”\n]{{8,{MAX_QUOTE}}}?[.!?…]’?)(?=\s+“)"
    # ... and so with straight marks: a paragraph that opens one and ends on a sentence with none closed, the next
    # paragraph opening a mark again ('said: "A. B.⏎⏎"C."'); one mark on the line, so the line is that paragraph
    rf"|(?<![\w\"])\"(?P<k>[^\"\s][^\"\n]{{7,{MAX_QUOTE}}}?[.!?…]'?)[ \t]*(?=\n\s*\"\w)"
    # Single marks ('…', ‘…’) as '"' above, and an apostrophe ("don't", "Telkom’s", "players' union") neither
    # opens nor closes: it stands between letters, or after a Latin plural "s".
    rf"|(?<![\w'‘’])['‘](?P<g>(?=[^\W\d_])(?:{INNER_SINGLE}|[^'‘’\n]|['‘’](?=\w)){{7,{MAX_QUOTE}}}?)"
    rf"(?<![a-z]s)['’](?![\w'’])"
    # Two backticks open and close alike, as TeX and the AP scrapes write '"' ('``I never thought …,`` he said'),
    # in order, however short ('``Boy,`` Keith Urban's ``Coming Home,``': a pair skipped would shift the rest);
    # a paragraph of a longer statement ends before the next one's opening ('… 2019. ``As a result, …')
    rf"|(?<!`)``(?P<h>[^`\n]{{1,{MAX_QUOTE}}}?)(?:``(?![`\w])|(?<=[.!?…])[ \t]*(?=``\w))"
    rf"|(?m:^[ \t]*[—–][ \t]+(?P<e>[^\n]{{8,{MAX_QUOTE}}}?)[,!?….]?[ \t]+[—–][ \t]+(?=[а-яё]))"
    # ... or opened by a dash after a sentence, where a scrape has run the paragraphs together ("… клинике. -
    # Наибольшее количество …, - отметила она"), closed by the dash of a verb's attribution
    rf"|(?<=[.!?…])[ \t]+[—–-][ \t]+(?P<j>[А-ЯЁ][^\n]{{7,{MAX_RUN_IN}}}?)[,!?….]?[ \t]+[—–-][ \t]+"
    r"(?=[а-яё]+(?:л|ла|ли|ло|ет|ит|ют|ят)(?![\w-]))"
)
# Quote marks that may enclose a name as well as speech (not the dialogue dash)
NAMING_MARKS = ("a", "i", "b", "c", "d", "f", "k", "g", "h")
SPEECH_WORD_REACH = 40  # the word before a quote mark, with its spacing
MIN_WORDS = 4  # names of things in quotes ("Манеж", "Радуга") are shorter than any statement
# ... and a longer one is named by its kind just before it: "нацпроектом «Малое и среднее предпринимательство»",
# "материал "Долгая война …"", "This year's theme, "Camp: Notes on Fashion"" (stems: any case)
TITLE_KINDS = re.compile(
    r"(?<![\w-])(?:проект|нацпроект|программ|постановлени|закон|законопроект|указ|книг|бестселлер|роман|фильм|сериал|"
    r"спектакл|опер|песн|альбом|материал|стать|шоу|передач|акци|операци|конкурс|фестивал|выставк|лозунг|"
    r"назван|book|bestseller|novel|film|movie|series|song|single|album|show|programme|program|project|theme|"
    r"exhibit|exhibition|campaign|operation|article|titled|entitled|called|named|dubbed)\w{0,4}[ \t]*,?[ \t]*$",
    re.I)
TITLE_REACH = 20  # the kind noun and the space before the mark
# A verb of saying before a quote with no colon, with up to two words between: 'заявил журналистам «Мы …»'
SPEECH_WORD = re.compile(rf"(?<![\w-])(?:{RU_VERB}|{RU_POST_VERB}|say|says|said|told(?:[ \t]+[A-Z]\w*)?|asked|wrote|writes|"
                         r"tweeted|posted|added|спросил\w*|ответил\w*)(?:[ \t]+[\w-]+){0,2}$")
# «…, — прокомментировала X. — …» / «…, — сказал он, — …»: a verb of the past or present opens the attribution
SPLIT_ATTRIBUTION = re.compile(
    r"[,!?…][ \t]+[—–][ \t]+[а-яё]+(?:л|ла|ли|ет|ит|ют|ят)(?![\w-])[^—–«»\"“”\n]{0,150}?"
    r"(?:\.[ \t]+[—–][ \t]+(?=[А-ЯЁ«\"])|,[ \t]+[—–][ \t]+(?=[а-яё]))")


def add_direct(text: str, found: Spans) -> None:
    """Direct speech in quote marks or dialogue dashes, each part its attribution splits a quote of its own."""
    for match in DIRECT.finditer(text):
        group = next(g for g, value in match.groupdict().items() if value)
        for start, stop in _split_by_attribution(text, match.start(group), match.end(group)):
            body = text[start:stop].strip(" \t,")
            if len(body.split()) >= MIN_WORDS and not _titled(text, match.start()) and not (
                    group in NAMING_MARKS and _named_in_passing(text, match.start(), match.end(), body)):
                found.add(Found(max(start - 1, match.start()), stop if stop < match.end(group) else match.end(),
                                 body, "direct"))


def last_mark(text: str, stop: int) -> str:
    """The last character of a quote ending at stop before its closing marks: '.' in '…provides.’’' and '…on.’'."""
    return text[max(0, stop - 4):stop].rstrip("»”\"’'` ")[-1:] or " "


def _split_by_attribution(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The parts of a quote its attribution splits («А, — сказала она. — Б»): Russian sets the attribution off
    with dashes inside the marks, each part a quote of its own. A part ends after its comma, so that the
    attribution follows it."""
    parts = []
    for split in SPLIT_ATTRIBUTION.finditer(text, lo, hi):
        parts.append((lo, split.start() + 1))
        lo = split.end()
    return parts + [(lo, hi)]


def _named_in_passing(text: str, mark: int, end: int, body: str) -> bool:
    """Whether a capitalised quote inside a sentence names a thing rather than quotes speech: "в соответствии
    с «Концепцией культуры …»", "hits with ``A Thousand Miles From Nowhere``", "АО «Архангельский центр …»".
    Speech opens its sentence or follows a colon, a comma, a dash or a verb of saying, or an attribution
    follows it."""
    first = re.search(r"[^\W\d_]", body)
    before = text[max(0, mark - SPEECH_WORD_REACH):mark].rstrip(" \t")
    return bool(first and first[0].isupper() and before and before[-1].isalnum()
                and not SPEECH_WORD.search(before) and not ATTRIBUTION_AFTER.match(text, end))


def _titled(text: str, mark: int) -> bool:
    """Whether the quote opening at mark is the title of a thing its kind noun names just before it."""
    return bool(TITLE_KINDS.search(text, max(0, mark - TITLE_REACH), mark))
