"""Bytes to text, for any encoding Cyrillic news arrives in: Russian, Ukrainian, Belarusian, Bulgarian, Serbian and
Kazakh outlets' files, in Unicode or in one of the single-byte code pages their desks still save in.

charset-normalizer alone confuses the single-byte Cyrillic code pages with each other (cp1251 text read as koi8-r
still "looks" Cyrillic, Kazakh in kz1048 reads as cp1251 with a few odd letters), so after the Unicode encodings we
decode with each Cyrillic code page and keep the reading whose letters look most like one of these languages
(reading_score: its commonest letters, no letters from outside its alphabet, no capitals or symbols inside words).
A charset the file declares (`<meta charset>`, XML `encoding=`) is kept when its reading is about as good as the
best: desks often leave a template's wrong declaration in place, so it never beats a clearly better reading.
A reading the scores leave unsure (another code page reads almost as well, or many letters sit where none would) is
kept with a `doubt` its caller reports, naming the file. Bytes that are almost UTF-8 are refused with the offset of
the first bad byte: reading them with a code page would silently turn every letter into two wrong ones.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import PurePath

import charset_normalizer

# In the order a tie goes: the same bytes often read alike in two of them (Russian in koi8_r and koi8_u, in cp1251
# and kz1048, in cp866 and cp1125), and the older, commoner code page is the one named.
CYRILLIC_CODEPAGES = ("cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5", "koi8_u", "kz1048", "cp1125")
# Latin-script fallback when a file holds (almost) no Cyrillic: Western news in cp1252.
LATIN_CODEPAGE = "cp1252"
# Each language's alphabet (lower case) and its commonest letters: a right reading is full of the latter and has
# nothing outside the former; a wrong one turns them into capitals, symbols and other languages' letters
# (Kazakh қ read as cp1251 is Macedonian ќ, Ukrainian і read as koi8_r is a box-drawing piece).
ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
}
COMMON_LETTERS = {
    "ru": "оеаинтсрвлкмдпуяыьгзбч",
    "uk": "оаніивтерсклудмпзяьбгйчх",
    "be": "аоенірсвтлкдмпыуйяцбзгьў",
    "bg": "аиоентрсвлкдпмзгяъубчцй",
    "sr": "аиоенрсуткјвдмплгзбцшчњ",
    "kk": "аыентрлідсмқкобиуғжңзшп",
}
# A Russian text has well over half of its letters Cyrillic; an English one read with a
# Cyrillic code page gets a few (each accented letter becomes one). Between the two
# lies a wide gap; 0.3 sits in it (checked on the gold set and the tests' texts).
MIN_CYRILLIC_SHARE = 0.3
# Below this score no reading looks like Cyrillic text: the bytes are not Cyrillic text.
MIN_READING_SCORE = 0.2
# Two readings that differ closer than this in score, the runner-up with no more flaws (_flaws), leave the choice
# unsure. In benchmarks/decoding.py a right reading of a paragraph can lead by as little as 0.01 (Ukrainian in cp1251
# against kz1048, where є is Kazakh ғ), but the wrong one then has a letter foreign to the rest; those that tie on
# flaws too within 0.05 are short headlines the bytes leave truly ambiguous («Дажджы ў Брэсце» is «… і …» in cp1125).
CLOSE_SCORES = 0.05
# A declared charset is kept when its reading scores within this of the best: a right declaration's reading is the
# best or a near tie (Serbian in cp1251 or kz1048), a wrong one's is a case-swapped or symbol-strewn mess far below.
DECLARED_MARGIN = 0.15
# Flaws (improbable letters, stray symbols: _flaws) per Cyrillic letter above which a reading is unsure: right
# readings of benchmarks/decoding.py's texts have at most 0.048 (a headline naming an iPhone), most none.
MAX_IMPROBABLE_SHARE = 0.05
# Punctuation a news text holds; anything else (box-drawing pieces, ¤, †) is what a wrong code page makes.
TEXT_PUNCTUATION = set(".,;:!?-—–«»\"'()[]/%№…_+=*&@#<>{}|~^`$€°“”„’‘\\")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u0481\u048a-\u04ff]")
ANY_LETTER = re.compile(r"[^\W\d_]")
ODD_SYMBOL = re.compile("[^\\w\\s" + re.escape("".join(sorted(TEXT_PUNCTUATION))) + "]")
# A capital opening a word (a name, a sentence's start), Cyrillic; one after a small letter (koi8_r's "мНЯР").
OPENING_CAPITAL = re.compile(r"[\u0400-\u042f\u0490\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8](?<![^\W\d_].)")
CAPITAL_AFTER_SMALL = re.compile(r"[A-Z\u0400-\u042f\u0490\u0492\u049a\u04a2\u04ae\u04b0\u04ba\u04d8\u04e8]"
                                 r"(?<=[a-z\u0430-\u045f\u0491\u0493\u049b\u04a3\u04af\u04b1\u04bb\u04d9\u04e9].)")
# A symbol between two letters (Ки»в, Ки╓ва: where a letter its code page lacks stood); not a tag's edge (<p>Текст).
# Each pattern here starts with what it matches and looks around only then: a lookbehind first would be tried at
# every one of the 20,000 characters of each of the eight readings.
SYMBOL_IN_WORD = re.compile(r"[^\w\s'’ʼ\-.,/<>](?<=[^\W\d_].)(?=[^\W\d_])")
# A soft or hard sign or ы opening a word (no language here starts one so), a dash glued to a word's start (a
# capital that mac_cyrillic read as cp1251 becomes one: "–ентробанк").
# A text or a sentence opening with a small letter: what a capital becomes in another code page (mac_cyrillic's
# capitals are cp1251's symbols and quotes: "„епутати"; koi8_r swaps the case of cp1251's letters).
# A Cyrillic letter touching a Latin one: Western accents read in a Cyrillic code page ("crиme brыlйe").
# Belarusian ў only ever follows a vowel (or a space after one): after a consonant it is another code page's і.
IMPROBABLE_PLACES = re.compile(r"[ьъыЬЪЫ](?<![^\W\d_].)|[–—](?<!\S.)(?=[^\W\d_])"
                               r"|[ўЎ](?<=[бвгджзйклмнпрстфхцчшщБВГДЖЗЙКЛМНПРСТФХЦЧШЩ].)"
                               r"|(?:\A|[.!?]\s)\s*[\"„“«‚‘”’]?[а-яёђ-џґєіїўғқңүұһәө]"
                               r"|[\u0400-\u04ff](?:(?<=[A-Za-z].)|(?=[A-Za-z]))")
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
# A charset declared in the file's head: HTML's `<meta charset>` and `<meta http-equiv content="…; charset=…">`,
# XML's `<?xml … encoding="…"?>`. HTML puts it within the first 1024 bytes; a little more allows for leading junk.
DECLARED_CHARSET = re.compile(
    rb"""<\?xml[^>]*?encoding\s*=\s*["']?([\w.:-]+)|<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
DECLARATION_BYTES = 4096
# Web names of code pages Python's codecs do not know by that name.
WEB_CHARSET_NAMES = {"x-mac-cyrillic": "mac_cyrillic", "x-mac-ukrainian": "mac_cyrillic",
                     # as browsers read them (the WHATWG Encoding Standard): pages so labelled are cp1252 ("mayor’s")
                     "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                     "us-ascii": "cp1252", "ascii": "cp1252"}
# The declarations believed besides the Cyrillic code pages: the single-byte pages of European text a news page is
# written in. Anything else a page may name ("undefined", unicode_escape, EBCDIC's cp037) reads no article right.
DECLARABLE = {codecs.lookup(name).name for name in ("cp1250", "cp1252", "cp1253", "cp1254", "cp1257", "iso8859_2",
                                                     "iso8859_7", "iso8859_9", "iso8859_13", "iso8859_15")}
SAMPLE_CHARS = 20000
# Text saved twice: UTF-8 read as cp1251 and written out again as UTF-8 («Р’ РџРµСЂРјРё» for «В Перми»). Each Cyrillic
# letter became «Р» or «С» and the cp1251 reading of its second byte (0x80-0xBF); encoded back to cp1251, the pairs are
# the letters' UTF-8 again.
MOJIBAKE_CODEPAGE = "cp1251"
MOJIBAKE_PAIR = re.compile("[РС][" + re.escape(bytes(range(0x80, 0xC0)).decode(MOJIBAKE_CODEPAGE, "ignore")) + "]")
# Share of a text's Cyrillic letters in such pairs: in mojibake two of three (the second is often a Cyrillic letter
# too); in Russian «Р» or «С» before «ё», «і» or ««» is rare.
MIN_MOJIBAKE_SHARE = 0.3


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we read."""


class DamagedTextError(UndecodableError):
    """The bytes are text in `encoding` but for some bad ones (corrupt UTF-8, a broken byte after a BOM): a file
    read whole is refused for them, a JSONL dump is still read in `encoding`, each line judged by itself."""

    def __init__(self, message: str, encoding: str) -> None:
        super().__init__(message)
        self.encoding = encoding


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read in, and why that reading may be wrong or incomplete ("" when sure):
    its reader says so on stderr, naming the file, and keeps the text."""

    text: str
    encoding: str
    doubt: str = ""


@dataclass(frozen=True)
class Reading:
    """The bytes decoded with one code page; how much that looks like text (reading_score), the language it fits
    best ("" without Cyrillic letters), its flaws (letters in improbable places or foreign to that language, stray
    symbols: what a wrong code page leaves), and the share of its letters that are Cyrillic."""

    encoding: str
    text: str
    score: float
    language: str
    flaws: int
    cyrillic_letters: int
    cyrillic_share: float


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise UndecodableError for binary or corrupt data."""
    decoded = decode_text(raw)
    return decoded.text, decoded.encoding


def decode_text(raw: bytes) -> Decoded:
    """The bytes' text, encoding and doubt (see Decoded); raise UndecodableError for binary or corrupt data."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return _utf16_text(raw, name) if name == "utf-16" else Decoded(_strict(raw, name), name)
    utf16 = _utf16_name(raw)
    if utf16:
        return _utf16_text(raw, utf16)
    if b"\x00" in raw:
        raise UndecodableError("binary data (NUL bytes), not text")
    utf8 = _utf8_text(raw)
    if utf8 is not None:
        return _without_mojibake(utf8)
    return _single_byte_reading(raw, declared_charset(raw))


def _without_mojibake(text: str) -> Decoded:
    """UTF-8 text, its mojibake (MOJIBAKE_PAIR) reversed when the reversal decodes whole and reads as Cyrillic text
    better than the pairs do, with a doubt saying so; mojibake that does not reverse is kept with a doubt naming it."""
    sample = text[:SAMPLE_CHARS]
    letters = len(CYRILLIC_LETTER.findall(sample))
    if not letters or len(MOJIBAKE_PAIR.findall(sample)) / letters < MIN_MOJIBAKE_SHARE:
        return Decoded(text, "utf-8")
    try:
        repaired = text.encode(MOJIBAKE_CODEPAGE).decode("utf-8")
    except UnicodeError:
        repaired = ""
    if repaired and reading_score(repaired) > max(reading_score(text), MIN_READING_SCORE):
        return Decoded(repaired, "utf-8", "repaired mojibake: its UTF-8 text had been read as cp1251 and saved as "
                                          "UTF-8 again («Р’ Р…»); read back as written")
    return Decoded(text, "utf-8", "looks like mojibake (UTF-8 read as cp1251 and saved as UTF-8 again: «Р’ Р…»), "
                                  "which does not read back: kept as it is")


def _strict(raw: bytes, name: str) -> str:
    try:
        return raw.decode(name)
    except UnicodeDecodeError as error:
        raise DamagedTextError(f"invalid {name} at byte {error.start}: {error.reason}", name) from None


def _utf16_text(raw: bytes, name: str) -> Decoded:
    """UTF-16 text; a file cut short (an odd last byte, half a surrogate pair) keeps what precedes the cut, with a
    doubt saying so, as a truncated UTF-8 file keeps all but its cut character."""
    try:
        return Decoded(raw.decode(name), name)
    except UnicodeDecodeError as error:
        if error.end != len(raw):
            raise DamagedTextError(f"invalid {name} at byte {error.start}: {error.reason}", name) from None
        text = _strict(raw[: error.start], name)
        return Decoded(text, name, f"{name} text cut off at byte {error.start}: kept without its last "
                                   f"{len(raw) - error.start} byte(s)")


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


def declared_charset(raw: bytes) -> str | None:
    """The codec name of the charset the file's head declares (as CYRILLIC_CODEPAGES names it, if one of them), None
    when it declares none Python knows, or one no news page is written in (DECLARABLE)."""
    found = DECLARED_CHARSET.search(raw[:DECLARATION_BYTES])
    if not found:
        return None
    label = (found[1] or found[2]).decode("ascii").lower()
    try:
        name = codecs.lookup(WEB_CHARSET_NAMES.get(label, label)).name
    except LookupError:
        return None
    if name.startswith("utf"):
        return name
    cyrillic = next((page for page in CYRILLIC_CODEPAGES if codecs.lookup(page).name == name), None)
    return cyrillic or (name if name in DECLARABLE else None)


def code_page_readings(raw: bytes) -> list[Reading]:
    """The bytes read with each Cyrillic code page that decodes them, scored, in CYRILLIC_CODEPAGES' order."""
    readings: list[Reading] = []
    for name in CYRILLIC_CODEPAGES:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        same = next((r for r in readings if r.text == text), None)  # Russian reads alike in koi8_r and koi8_u…
        readings.append(replace(same, encoding=name) if same else scored_reading(name, text))
    return readings


def _single_byte_reading(raw: bytes, declared: str | None) -> Decoded:
    readings = code_page_readings(raw)
    if readings and max(r.cyrillic_share for r in readings) < MIN_CYRILLIC_SHARE:
        return _latin_reading(raw, declared)
    if not readings:
        raise UndecodableError("undecodable bytes: not UTF-8, UTF-16, a Cyrillic code page or cp1252")
    best = max(readings, key=lambda r: r.score)  # the first of equals: CYRILLIC_CODEPAGES' order
    chosen = _declared_reading(raw, declared, readings, best) or best
    if chosen.score <= MIN_READING_SCORE:
        raise UndecodableError("undecodable bytes: not UTF-8, UTF-16, a Cyrillic code page or cp1252")
    confirmed = chosen is not best or chosen.encoding == declared  # the file says so: no doubt left to report
    return Decoded(chosen.text, chosen.encoding, "" if confirmed else _doubt(best, readings))


def _latin_reading(raw: bytes, declared: str | None) -> Decoded:
    """Text with (almost) no Cyrillic: in the charset it declares, else cp1252, else charset-normalizer's. A page with
    little text among its markup declaring a Cyrillic code page is read in it when its few Cyrillic letters look
    right: Western text with accents read so puts Cyrillic letters inside Latin words ("crиme")."""
    if declared and not declared.startswith("utf"):
        try:
            text = raw.decode(declared)
        except (UnicodeError, LookupError):
            text = None
        if text is not None and (declared not in CYRILLIC_CODEPAGES or _plausible_cyrillic(text)):
            return Decoded(text, declared)
    try:
        return Decoded(raw.decode(LATIN_CODEPAGE), LATIN_CODEPAGE)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise UndecodableError("undecodable bytes: not UTF-8, UTF-16, a Cyrillic code page or cp1252")
    return Decoded(str(best), best.encoding)


def _plausible_cyrillic(text: str) -> bool:
    """Whether the text has Cyrillic letters and they read as one of the languages here (a declared code page's
    reading of a page that is mostly markup)."""
    reading = scored_reading("", text)
    return bool(reading.language) and reading.score > MIN_READING_SCORE


def _declared_reading(raw: bytes, declared: str | None, readings: list[Reading], best: Reading) -> Reading | None:
    """The reading in the declared charset when it decodes the bytes, scores within DECLARED_MARGIN of the best and
    has no more flaws."""
    if not declared or declared.startswith("utf"):
        return None
    same = [r for r in readings if r.encoding == declared]
    if same:
        reading = same[0]
    else:
        try:
            text = raw.decode(declared)
        except (UnicodeError, LookupError):
            return None
        reading = scored_reading(declared, text)
    # within the margin, and no more flaws: cp1251 and mac_cyrillic differ only in capitals and «я», so a wrong
    # mac declaration scores near a right cp1251 reading, but its capitals are flaws
    return reading if reading.score >= best.score - DECLARED_MARGIN and reading.flaws <= best.flaws else None


def _doubt(best: Reading, readings: list[Reading]) -> str:
    """Why the best reading may be wrong, "" when it is clearly right: another code page reads almost as well and
    with no more flaws, or the reading itself has many."""
    others = [r for r in readings if r.text != best.text]
    runner_up = max(others, key=lambda r: r.score, default=None)
    if runner_up and best.score - runner_up.score < CLOSE_SCORES and runner_up.flaws <= best.flaws:
        return (f"unsure of its encoding: read as {best.encoding} (score {best.score:.2f}), but {runner_up.encoding} "
                f"reads almost as well ({runner_up.score:.2f})")
    if best.cyrillic_letters and best.flaws / best.cyrillic_letters > MAX_IMPROBABLE_SHARE:
        return (f"unsure of its encoding: read as {best.encoding}, but {best.flaws} of its {best.cyrillic_letters} "
                "Cyrillic letters or symbols sit in unlikely places")
    return ""


def reading_score(text: str) -> float:
    """How much a reading looks like text in one of the Cyrillic languages here (see scored_reading)."""
    return scored_reading("", text).score


def scored_reading(encoding: str, text: str) -> Reading:
    """The text read in `encoding`, scored on its first SAMPLE_CHARS: the share of its Cyrillic letters that are the
    best-fitting language's common ones, less letters from outside its alphabet, letters in improbable places and
    stray symbols. Up to about 1 for a right reading; a wrong one scores lower, often below zero. A text with no
    Cyrillic letters scores 0.5: Latin text reads alike in every code page."""
    sample = text[:SAMPLE_CHARS]
    letters = _letters_as_written(sample)
    total = sum(letters.values())
    all_letters = len(ANY_LETTER.findall(sample))
    odd = len(ODD_SYMBOL.findall(sample))
    if not total:
        return Reading(encoding, text, 0.5 if all_letters else 0.0, "", odd, 0, 0.0)
    improbable = _improbable_places(sample)
    penalty = 2 * improbable / total + 3 * odd / len(sample)
    fit, language = max((_language_fit(letters, total, language), language) for language in ALPHABETS)
    foreign = _foreign(letters, language)
    return Reading(encoding, text, fit - penalty, language, improbable + foreign + odd, total, total / all_letters)


def _letters_as_written(sample: str) -> Counter[str]:
    """The sample's Cyrillic letters, a capital opening a word taken as its small letter (a name, a sentence's
    start); every capital so in an all-caps headline. A capital inside a word stays one: a case-swapped reading
    (cp1251 read as koi8_r) is full of them, and they are nobody's common letters."""
    letters = Counter(CYRILLIC_LETTER.findall(sample))
    if not any(c.islower() for c in letters):
        return Counter({c.lower(): n for c, n in letters.items()}) if letters else letters
    for capital, n in Counter(OPENING_CAPITAL.findall(sample)).items():
        letters[capital] -= n
        letters[capital.lower()] += n
    return +letters


def _language_fit(letters: Counter[str], total: int, language: str) -> float:
    common = COMMON_LETTERS[language]
    common_count = sum(n for c, n in letters.items() if c in common)  # small letters only: a wrong case is wrong
    return (common_count - 2 * _foreign(letters, language)) / total


def _foreign(letters: Counter[str], language: str) -> int:
    """How many of the letters are outside the language's alphabet."""
    alphabet = ALPHABETS[language]
    return sum(n for c, n in letters.items() if c.lower() not in alphabet)


def _improbable_places(sample: str) -> int:
    """Letters where no text in these languages puts them: a capital inside a word, a symbol between letters, and
    the others of IMPROBABLE_PLACES."""
    return (len(CAPITAL_AFTER_SMALL.findall(sample)) + len(SYMBOL_IN_WORD.findall(sample))
            + len(IMPROBABLE_PLACES.findall(sample)))


def _utf16_name(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when BOM-less bytes read as UTF-16 (an odd last byte, a cut file's, aside), else None."""
    even = raw[: len(raw) - len(raw) % 2]
    sample = even[:4000]
    if len(sample) < 4:
        return None
    for name, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        values = sorted(set(high), key=high.count, reverse=True)[:UTF16_MAX_HIGH_VALUES]
        if values[0] in UTF16_HIGH_BYTES and sum(high.count(v) for v in values) / len(high) >= UTF16_HIGH_SHARE:
            low = sample[0::2] if name == "utf-16-le" else sample[1::2]
            if low.count(0) / len(low) < 0.05:
                try:
                    text = even.decode(name)
                except UnicodeDecodeError:
                    continue
                if _printable_share(text) > 0.95:
                    return name
    return None


def _printable_share(text: str) -> float:
    sample = text[:2000]
    return sum(c.isprintable() or c.isspace() for c in sample) / max(len(sample), 1)


def readable_name(name: str | PurePath) -> str:
    """A file's name as text a store and a terminal take: a name whose bytes are not UTF-8 (an old Windows export's
    cp1251 name; Python keeps such bytes as lone surrogates, which no UTF-8 text may hold) shows them as "\ufffd"."""
    return str(name).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
