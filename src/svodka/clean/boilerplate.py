"""Line rules that tell boilerplate from body in news copied from sites and agencies.

Each rule names its reason; the cleaner keeps every removed line with that reason so
a user can check that no body sentence was lost. The rules match whole short lines
only, never a sentence inside a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Подпись к фото - Sputnik Таджикистан, 1920, 23.12.2021": the caption of an image
# (or of a teaser's image), with the outlet, an image width and the article's date.
CAPTION_WITH_OUTLET = re.compile(
    r"^(?P<caption>.*?)\s+[-—–]\s+(?P<outlet>[^,]{2,60}),\s*(?:\d{3,4},\s*)?(?P<date>\d{2}\.\d{2}\.\d{4})\s*$"
)
# A line made only of these words is a row of share buttons.
SHARE_WORDS = {
    "share", "tweet", "email", "e-mail", "facebook", "twitter", "x", "telegram", "vk", "вконтакте", "whatsapp",
    "viber", "ok", "одноклассники", "дзен", "print", "печать", "copy", "link", "копировать", "ссылку", "поделиться",
    "this", "article", "on", "в", "и",
}
SHARE_SEPARATORS = re.compile(r"[\s|·•/,:]+")
# Longer than this, a line is prose even if it starts like a subscribe prompt.
MAX_PROMPT_CHARS = 120

LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("photo credit", re.compile(
        r"^(©|\(c\)\s)|перейти в фотобанк|^(фото|photo|источник фото|фотография|image|credit)\s*[:©]", re.I)),
    ("subscribe or share", re.compile(
        r"^(подписаться|подпишитесь|подписывайтесь|subscribe|follow us|нашли ошибку|присоединяйтесь к нам)\b.{0,%d}$"
        r"|^(поделиться|share|читать далее|комментарии|comments|read more)$" % MAX_PROMPT_CHARS, re.I)),
    ("news feed link", re.compile(
        r"^(лента новостей|все новости|новости партн[её]ров|последние новости|главные новости|"
        r"more news|latest news|top stories|most read|самое читаемое)$", re.I)),
    ("advertising", re.compile(
        r"^(реклама|advertisement|advertising|sponsored|партнерский материал|партнёрский материал|на правах рекламы)"
        r"(\b.{0,%d})?$|\berid\s*:" % MAX_PROMPT_CHARS, re.I)),
    ("counter", re.compile(r"^[\d\s]{1,7}$|^(просмотров|views|комментариев)\s*:?\s*\d+$", re.I)),
]
# A "read also" line with a headline is one teaser; alone, it heads a block of them.
READ_ALSO = re.compile(
    r"^(читайте также|читайте нас|смотрите также|по теме|see also|read more|read also|related|also read)\b[:.]?\s*(?P<rest>.*)$",
    re.I,
)
# A teaser block ends at the first line that reads like prose; it never runs longer.
MAX_TEASERS_IN_BLOCK = 6
MAX_TEASER_CHARS = 200


@dataclass
class LineVerdict:
    reason: str | None  # None: body
    opens_block: bool = False  # "Читайте также:" alone: the teaser lines below go too


def judge_line(line: str) -> LineVerdict:
    """Is this line boilerplate, and does it head a block of teasers?"""
    stripped = line.strip()
    match = READ_ALSO.match(stripped)
    if match:
        return LineVerdict("related-article teaser", opens_block=not match.group("rest"))
    if _is_share_bar(stripped):
        return LineVerdict("subscribe or share")
    for reason, pattern in LINE_RULES:
        if pattern.search(stripped):
            return LineVerdict(reason)
    return LineVerdict(None)


def looks_like_teaser(line: str) -> bool:
    """A headline in a teaser block: short, no full stop, or an image caption with a date."""
    stripped = line.strip()
    return bool(CAPTION_WITH_OUTLET.match(stripped)) or (
        len(stripped) <= MAX_TEASER_CHARS and not stripped.endswith((".", "!", "?", "»", '"', "”"))
    )


def _is_share_bar(line: str) -> bool:
    parts = [part.lower() for part in SHARE_SEPARATORS.split(line) if part]
    return bool(parts) and parts[0] not in {"this", "article", "on", "в", "и"} and all(p in SHARE_WORDS for p in parts)
