"""Line rules that tell boilerplate from body in news copied from sites and agencies.

Each rule names its reason; the cleaner keeps every removed line with that reason so
a user can check that no body sentence was lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Подпись к фото - Sputnik Таджикистан, 1920, 23.12.2021": the caption of an image,
# with the outlet and the date of the article the image belongs to.
CAPTION_WITH_OUTLET = re.compile(
    r"^(?P<caption>.*?)\s+[-—–]\s+(?P<outlet>[^,]{2,60}),\s*\d{3,4},\s*(?P<date>\d{2}\.\d{2}\.\d{4})\s*$"
)

LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("photo credit", re.compile(r"^(©|\(c\)\s)|перейти в фотобанк|^(фото|photo|источник фото|фотография)\s*[:©]", re.I)),
    ("subscribe or share", re.compile(
        r"^(подписаться|подпишитесь\b.*|поделиться|share|subscribe\b.*|follow us\b.*|"
        r"читать далее|комментарии|comments|print|печать|tweet|нашли ошибку\?.*)$", re.I)),
    ("news feed link", re.compile(r"^(лента новостей|все новости|новости партн[её]ров|последние новости|more news|latest news)$", re.I)),
    ("advertising", re.compile(r"^(реклама|advertisement|sponsored|партнерский материал|на правах рекламы)$", re.I)),
    ("counter", re.compile(r"^[\d\s]{1,7}$|^(просмотров|views)\s*:?\s*\d+$", re.I)),
]
# A "read also" line removes itself and the teaser headline that follows it.
READ_ALSO = re.compile(r"^(читайте также|читайте нас|смотрите также|по теме|see also|read more|related)\b[:.]?\s*(?P<rest>.*)$", re.I)


@dataclass
class LineVerdict:
    reason: str | None  # None: body
    removes_next: bool = False


def judge_line(line: str) -> LineVerdict:
    """Is this line boilerplate, and does it take the next line (a teaser) with it?"""
    stripped = line.strip()
    for reason, pattern in LINE_RULES:
        if pattern.search(stripped):
            return LineVerdict(reason)
    match = READ_ALSO.match(stripped)
    if match:
        return LineVerdict("related-article teaser", removes_next=not match.group("rest"))
    return LineVerdict(None)
