"""Bytes to text, for any encoding Russian news arrives in.

charset-normalizer alone confuses the single-byte Cyrillic code pages with each other
(cp1251 text read as koi8-r still "looks" Cyrillic), so after the Unicode encodings we
decode with each Cyrillic code page and keep the reading that looks most like Russian.
"""

from __future__ import annotations

import codecs

import charset_normalizer

CYRILLIC_CODEPAGES = ("cp1251", "koi8_r", "mac_cyrillic", "cp866")
# The commonest Russian letters, lower case: a right decoding is full of them, a wrong
# one turns them into upper case or symbols.
COMMON_RUSSIAN = set("оеаинтсрвлкмдпуяыьгзбч")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we read."""


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise UndecodableError for binary data."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return raw.decode(name), name
    if _looks_like_utf16(raw):
        name = "utf-16-le" if raw[1:2] == b"\x00" else "utf-16-be"
        return raw.decode(name, errors="strict"), name
    if b"\x00" in raw:
        raise UndecodableError("binary data (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = []
    for name in CYRILLIC_CODEPAGES:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        readings.append((_russian_score(text), name, text))
    best = charset_normalizer.from_bytes(raw).best()
    if best is not None and best.encoding not in CYRILLIC_CODEPAGES:
        text = str(best)
        readings.append((_russian_score(text), best.encoding, text))
    if readings:
        score, name, text = max(readings)
        if score > 0.2:
            return text, name
    raise UndecodableError("undecodable bytes: not UTF-8, UTF-16 or a Cyrillic code page")


def _looks_like_utf16(raw: bytes) -> bool:
    """BOM-less UTF-16: every other byte of ASCII-range text is NUL."""
    sample = raw[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0) / len(sample[0::2])
    zeros_odd = sample[1::2].count(0) / len(sample[1::2])
    return max(zeros_even, zeros_odd) > 0.3 and min(zeros_even, zeros_odd) < 0.05 and len(sample) % 2 == 0


def _russian_score(text: str) -> float:
    """Share of letters that are common lower-case Russian ones, less stray symbols."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return 0.0
    common = sum(c in COMMON_RUSSIAN for c in letters)
    ascii_letters = sum(c.isascii() for c in letters)
    odd = sum(1 for c in sample if not (c.isalnum() or c.isspace() or c in ".,;:!?-—–«»\"'()[]/%№…_+=*&@#<>{}|~^`$“”„’‘\\"))
    if ascii_letters == len(letters):
        return 0.5 - odd / len(sample)
    return common / (len(letters) - ascii_letters) - 3 * odd / len(sample)
