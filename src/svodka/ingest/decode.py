"""Bytes to text, for any encoding Russian news arrives in.

charset-normalizer alone confuses the single-byte Cyrillic code pages with each other
(cp1251 text read as koi8-r still "looks" Cyrillic), so after the Unicode encodings we
decode with each Cyrillic code page and keep the reading that looks most like Russian.
Bytes that are almost UTF-8 are refused with the offset of the first bad byte: reading
them with a code page would silently turn every Russian letter into two wrong ones.
"""

from __future__ import annotations

import codecs
import re
from itertools import pairwise
from pathlib import PurePath

import charset_normalizer

from svodka.scripts import cyrillic_share

CYRILLIC_CODEPAGES = ("cp1251", "koi8_r", "mac_cyrillic", "cp866")
# Latin-script fallback when a file holds (almost) no Cyrillic: Western news in cp1252.
LATIN_CODEPAGE = "cp1252"
# The commonest Russian letters, lower case: a right decoding is full of them, a wrong
# one turns them into upper case or symbols.
COMMON_RUSSIAN = set("оеаинтсрвлкмдпуяыьгзбч")
RUSSIAN_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# A Russian text has well over half of its letters Cyrillic; an English one read with a
# Cyrillic code page gets a few (each accented letter becomes one). Between the two
# lies a wide gap; 0.3 sits in it (checked on the gold set and the tests' texts).
MIN_CYRILLIC_SHARE = 0.3
# Below this score no reading looks like Russian: the bytes are not Cyrillic text.
MIN_RUSSIAN_SCORE = 0.2
# Share of valid UTF-8 multi-byte sequences above which bad bytes mean corruption,
# not another encoding: cp1251 text has almost none (a lower-case letter followed by
# a byte from 0x80-0xBF is rare in Russian).
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MIN_UTF8_SHARE = 0.5
HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# BOM-less UTF-16: one byte of each pair takes a handful of values (0x00 for ASCII,
# 0x04 for Cyrillic), the other varies.
UTF16_MAX_HIGH_VALUES = 3
UTF16_HIGH_BYTES = (0x00, 0x04)
UTF16_HIGH_SHARE = 0.95


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we read."""


class DamagedTextError(UndecodableError):
    """The bytes are text in `encoding` but for some bad ones (corrupt UTF-8, a broken byte after a BOM): a file
    read whole is refused for them, a JSONL dump is still read in `encoding`, each line judged by itself."""

    def __init__(self, message: str, encoding: str) -> None:
        super().__init__(message)
        self.encoding = encoding


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise UndecodableError for binary or corrupt data."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _strict(raw, name), name
    utf16 = _utf16_name(raw)
    if utf16:
        return _strict(raw, utf16), utf16
    if b"\x00" in raw:
        raise UndecodableError("binary data (NUL bytes), not text")
    utf8 = _utf8_text(raw)
    if utf8 is not None:
        return utf8, "utf-8"
    return _single_byte_reading(raw)


def _strict(raw: bytes, name: str) -> str:
    try:
        return raw.decode(name)
    except UnicodeDecodeError as error:
        raise DamagedTextError(f"invalid {name} at byte {error.start}: {error.reason}", name) from None


def _utf8_text(raw: bytes) -> str | None:
    """The UTF-8 reading; a character cut at the very end (a truncated file) is dropped.

    None when the bytes are another encoding; UndecodableError when they are UTF-8
    with corrupt bytes inside.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(raw):
            return raw[: error.start].decode("utf-8", errors="strict")
        high = len(HIGH_BYTE.findall(raw))
        in_sequences = sum(len(m) for m in UTF8_SEQUENCE.findall(raw))
        if high and in_sequences / high >= MIN_UTF8_SHARE:
            raise DamagedTextError(
                f"corrupt UTF-8: invalid byte 0x{raw[error.start]:02x} at byte {error.start} "
                f"({high - in_sequences} bad bytes in otherwise UTF-8 text)", "utf-8"
            ) from None
        return None


def _single_byte_reading(raw: bytes) -> tuple[str, str]:
    readings = []
    for name in CYRILLIC_CODEPAGES:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        readings.append((_russian_score(text), name, text))
    if readings and max(cyrillic_share(text[:20000]) for _, _, text in readings) < MIN_CYRILLIC_SHARE:
        try:
            return raw.decode(LATIN_CODEPAGE), LATIN_CODEPAGE
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(raw).best()
            if best is not None:
                return str(best), best.encoding
    if readings:
        score, name, text = max(readings)
        if score > MIN_RUSSIAN_SCORE:
            return text, name
    raise UndecodableError("undecodable bytes: not UTF-8, UTF-16, a Cyrillic code page or cp1252")


def _utf16_name(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when BOM-less bytes read as UTF-16, else None."""
    sample = raw[:4000]
    if len(sample) < 4 or len(raw) % 2:
        return None
    for name, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        values = sorted(set(high), key=high.count, reverse=True)[:UTF16_MAX_HIGH_VALUES]
        if values[0] in UTF16_HIGH_BYTES and sum(high.count(v) for v in values) / len(high) >= UTF16_HIGH_SHARE:
            low = sample[0::2] if name == "utf-16-le" else sample[1::2]
            if low.count(0) / len(low) < 0.05:
                try:
                    text = raw.decode(name)
                except UnicodeDecodeError:
                    continue
                if _printable_share(text) > 0.95:
                    return name
    return None


def _printable_share(text: str) -> float:
    sample = text[:2000]
    return sum(c.isprintable() or c.isspace() for c in sample) / max(len(sample), 1)


def _russian_score(text: str) -> float:
    """Share of letters that are common lower-case Russian ones, less stray symbols.

    Letters outside the Russian alphabet (ў, ј, Ђ…) and capitals inside words are what
    a wrong code page produces, so they count against a reading.
    """
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return 0.0
    cyrillic = [c for c in letters if not c.isascii()]
    if not cyrillic:
        return 0.5
    common = sum(c in COMMON_RUSSIAN for c in cyrillic)
    foreign = sum(c.lower() not in RUSSIAN_LETTERS for c in cyrillic)
    inner_capitals = sum(1 for a, b in pairwise(sample) if a.isalpha() and a.islower() and b.isupper())
    odd = sum(1 for c in sample if not (c.isalnum() or c.isspace() or c in ".,;:!?-—–«»\"'()[]/%№…_+=*&@#<>{}|~^`$“”„’‘\\"))
    return (common - 2 * foreign - inner_capitals) / len(cyrillic) - 3 * odd / len(sample)


def readable_name(name: str | PurePath) -> str:
    """A file's name as text a store and a terminal take: a name whose bytes are not UTF-8 (an old Windows export's
    cp1251 name; Python keeps such bytes as lone surrogates, which no UTF-8 text may hold) shows them as "\ufffd"."""
    return str(name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
