"""Plain-text news: find the headline, rubric, dateline and outlet; cut boilerplate.

The input is what people copy from news sites and agency feeds: a headline line (or a
rubric line "Раздел | 24 декабря 08:23"), image credits and captions, share buttons,
a dateline ("ДУШАНБЕ, 23 дек — Sputnik."), the body, teasers of other articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from svodka.clean.boilerplate import CAPTION_WITH_OUTLET, judge_line
from svodka.clean.dates import find_date, parse_date
from svodka.model import Removed

RUBRIC_LINE = re.compile(r"^(?P<section>[^|]{2,80}?)\s*\|\s*(?P<date>.*\d{1,2}:\d{2}.*|\d{1,2}\s+\w+.*)$")
DATELINE = re.compile(
    r"^(?P<city>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]{2,}(?:[ \-][A-ZА-ЯЁ\-]{2,})*)\s*,\s*"
    r"(?P<date>[\wА-Яа-яЁё]+\s+[\wА-Яа-яЁё]+\.?)\s*"
    r"(?:[—–-]\s*(?P<outlet>[^.\n]{2,40}?)\s*\.|\.\s*/(?P<outlet2>[^/\n]{2,40})/\.?|\((?P<outlet3>[^)\n]{2,40})\)\s*[—–-])"
)
TRAILING_OUTLET = re.compile(r"\s[-—–]\s(?P<outlet>[A-ZА-ЯЁ][\w]*(?:\.[a-z]{2,4})+)\.?\s*$")
MAX_HEADLINE = 250


@dataclass
class CleanedText:
    body: str
    title: str = ""
    section: str | None = None
    dateline: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    published_year_guessed: bool = False
    removed: list[Removed] = field(default_factory=list)


def clean_plain_text(text: str, reference: datetime, title: str = "") -> CleanedText:
    """Split a plain-text article into metadata, body paragraphs and removed lines."""
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    result = CleanedText(body="", title=title)
    if lines and not title:
        _read_first_line(lines, result, reference)
    body = _drop_boilerplate(lines, result)
    _read_dateline(body, result, reference)
    if not result.title and body:
        result.title = _first_sentence(body[0])
    if not result.outlet:
        result.outlet = next((m.group("outlet") for p in body[:3] if (m := TRAILING_OUTLET.search(p))), None)
    result.body = "\n\n".join(body)
    return result


def _read_first_line(lines: list[str], result: CleanedText, reference: datetime) -> None:
    first = lines[0]
    rubric = RUBRIC_LINE.match(first)
    if rubric:
        published, guessed = find_date(rubric.group("date"), reference)
        if published:
            result.section = rubric.group("section").strip()
            result.published, result.published_year_guessed = published, guessed
            lines.pop(0)
            return
    if len(first) <= MAX_HEADLINE and not first.endswith((".", "!", "?", "»", '"')) or len(lines) == 1:
        result.title = lines.pop(0)


def _drop_boilerplate(lines: list[str], result: CleanedText) -> list[str]:
    body: list[str] = []
    skip_next_reason = None
    for line in lines:
        if skip_next_reason:
            result.removed.append(Removed(line, skip_next_reason))
            skip_next_reason = None
            continue
        caption = CAPTION_WITH_OUTLET.match(line)
        if caption:
            skip_next_reason = _judge_caption(caption, result)
            result.removed.append(Removed(line, "image caption" if not skip_next_reason else skip_next_reason))
            continue
        if result.title and line.strip(" .") == result.title.strip(" ."):
            result.removed.append(Removed(line, "caption repeating the title"))
            continue
        verdict = judge_line(line)
        if verdict.reason:
            result.removed.append(Removed(line, verdict.reason))
            if verdict.removes_next:
                skip_next_reason = verdict.reason
            continue
        body.append(line)
    return body


def _judge_caption(caption: re.Match[str], result: CleanedText) -> str | None:
    """The article's own image dates the article; an older one is a teaser of another."""
    date, _ = parse_date(caption.group("date"))
    if result.published is None and date is not None:
        result.published = date
        result.outlet = result.outlet or caption.group("outlet").strip()
        return None
    if date is not None and result.published is not None and date.date() < result.published.date():
        return "related-article teaser"
    return None


def _read_dateline(body: list[str], result: CleanedText, reference: datetime) -> None:
    for paragraph in body[:3]:
        match = DATELINE.match(paragraph)
        if not match:
            continue
        result.dateline = match.group("city").strip()
        outlet = match.group("outlet") or match.group("outlet2") or match.group("outlet3")
        result.outlet = result.outlet or (outlet.strip() if outlet else None)
        if result.published is None:
            anchor = reference
            published, guessed = find_date(match.group("date"), anchor)
            if published is None:
                published, _ = parse_date(match.group("date"), anchor)
                guessed = published is not None
            result.published, result.published_year_guessed = published, guessed
        return


def _first_sentence(paragraph: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", paragraph)
    sentence = match.group(1) if match else paragraph
    return sentence.rstrip(".")[:MAX_HEADLINE]
