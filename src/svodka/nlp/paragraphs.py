"""Sentences end at paragraph breaks. razdel ends a sentence only at end punctuation, but a headline never has a
full stop and a paragraph may lack one (a caption, a subheading, a scraped lead): glued to the next sentence,
it would carry that sentence's words into the headline and two facts into one sentence."""

from __future__ import annotations

import re

# A blank line, spaces allowed on it: how `article_text` parts the headline from the body, and paragraphs part.
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraph_parts(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(start, stop) of each part of text[start:stop] between blank lines, spaces at its ends left out."""
    parts, begin = [], start
    for match in PARAGRAPH_BREAK.finditer(text, start, stop):
        parts.append((begin, match.start()))
        begin = match.end()
    parts.append((begin, stop))
    trimmed = []
    for begin, end in parts:
        piece = text[begin:end]
        begin, end = begin + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())
        if begin < end:
            trimmed.append((begin, end))
    return trimmed
