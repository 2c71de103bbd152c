"""Paths, stdin and bytes read into raw documents, never stopping on bad input.

A JSONL dump is read a line at a time however large (svodka.ingest.stream); anything else is read whole within a
bound (MAX_FILE_BYTES), decoded (svodka.ingest.decode), opened if it is an archive (svodka.ingest.archives, its
members read as its folders would be) and split into articles by its format (svodka.ingest.formats). A file that
cannot be read, and each record that cannot, is an IngestError naming why; the rest are read on.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import astuple
from functools import partial
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from svodka.ingest.archives import MAX_DEPTH, Member, archive_members, is_archive
from svodka.ingest.decode import DamagedTextError, UndecodableError, decode_text, readable_name
from svodka.ingest.formats import detect_format, mostly_objects, non_article_kind, non_article_refusal, split_document
from svodka.ingest.ignore import IGNORE_FILE, ArchiveIgnores, is_hidden
from svodka.ingest.paths import list_files, skip_reason
from svodka.ingest.skipped import IGNORED, Skipped
from svodka.ingest.stream import MAX_LINE_BYTES, READ_BYTES, line_documents
from svodka.model import IngestError, RawDocument

log = logging.getLogger(__name__)

# A file read whole (a page, a text, one JSON document) is one article or a small dump, never this large: a bigger
# one is a mistake or a dump that belongs in JSONL, which is read a line at a time with this bound on each line.
MAX_FILE_BYTES = MAX_LINE_BYTES
# Enough of a file's start to tell a JSONL dump (its first lines) and its encoding.
HEAD_BYTES = 1 << 16
TOO_LARGE_ADVICE = "split it, or give a dump as JSONL (one article a line), which is read line by line"


def read_inputs(paths: Iterable[str], field_map: Mapping[str, str] | None = None,
                skipped: list[Skipped] | None = None) -> Iterator[RawDocument | IngestError]:
    """Yield every article under the given paths ('-' reads stdin).

    `field_map` names, for JSON/JSONL dumps, the key holding each of our fields
    (`{"text": "body_html", "outlet": "source.name"}`), tried before the usual names.
    `skipped`, when given, gets the files a folder or an archive was walked past, with why (svodka.ingest.skipped).
    """
    for path in paths:
        if path == "-":
            yield from _read_stdin(field_map)
        else:
            yield from _read_path(Path(path), field_map, skipped)


def _read_stdin(field_map: Mapping[str, str] | None) -> Iterator[RawDocument | IngestError]:
    """Stdin, read as a file is: a JSONL stream line by line whatever its length (`zcat dump.jsonl.gz | svodka
    run -`), anything else whole within the file's bound. Without a file descriptor (a test's stand-in), whole."""
    try:
        descriptor = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is an OSError
        descriptor = None
    if descriptor is not None:
        yield from _read_opened(partial(open, descriptor, "rb", buffering=0, closefd=False), "<stdin>", field_map)
        return
    raw = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        yield IngestError("<stdin>", f"too large: over the {MAX_FILE_BYTES // 2**20} MB limit; "
                                     "a JSONL stream of any length goes to `svodka follow`")
        return
    yield from read_bytes("<stdin>", raw, field_map)


def _read_path(path: Path, field_map: Mapping[str, str] | None,
               skipped: list[Skipped] | None) -> Iterator[RawDocument | IngestError]:
    if not path.exists():
        yield IngestError(readable_name(path), "no such file or folder")
        return
    if not path.is_dir() and path.name == IGNORE_FILE:
        yield IngestError(readable_name(path), "not an article: an ignore file (it lists the files a folder's walk "
                                               "leaves unread); give its folder")
        return
    if not path.is_dir() and (kind := non_article_kind(path.name)):
        yield IngestError(readable_name(path), non_article_refusal(kind))
        return
    inside = path.resolve() if path.is_dir() else None
    for file in list_files(path, skipped):
        if isinstance(file, IngestError):
            yield file
            continue
        # realpath, not resolve: a link in a loop (a → b → a) is this file's problem (read below), not the run's
        if inside and file.is_symlink() and not Path(os.path.realpath(file)).is_relative_to(inside):
            # An unpacked download could link to ~/.ssh; its text would end up in the store.
            yield IngestError(readable_name(file), "refused: a link to a file outside the folder")
            continue
        yield from _read_file(file, field_map, skipped)


def _read_file(file: Path, field_map: Mapping[str, str] | None,
               skipped: list[Skipped] | None = None) -> Iterator[RawDocument | IngestError]:
    """A file's articles: a JSONL dump a line at a time, however large; anything else read whole, within a bound.
    Never seeks: `svodka run <(zcat dump.jsonl.gz)`, /dev/stdin and a FIFO are read like a file on disk."""
    yield from _read_opened(partial(file.open, "rb", buffering=0), readable_name(file), field_map, skipped)


def _read_opened(opened: Callable[[], BinaryIO], origin: str, field_map: Mapping[str, str] | None,
                 skipped: list[Skipped] | None = None) -> Iterator[RawDocument | IngestError]:
    """The articles of a file (or stdin) `opened` opens; one that cannot be read is named with why."""
    try:
        with opened() as stream:
            yield from _read_stream(stream, origin, field_map, skipped)
    except PermissionError:
        yield IngestError(origin, "permission denied")
    except OSError as error:
        yield IngestError(origin, f"cannot read: {error.strerror or error}")


def _read_stream(stream: BinaryIO, origin: str, field_map: Mapping[str, str] | None,
                 skipped: list[Skipped] | None = None) -> Iterator[RawDocument | IngestError]:
    """An open file's (or stdin's) articles, as `_read_file` says."""
    head = _read_up_to(stream, HEAD_BYTES)
    status = os.fstat(stream.fileno())
    size = status.st_size if stat.S_ISREG(status.st_mode) else None  # a pipe's size is not known ahead
    encoding = _jsonl_encoding(origin, head, len(head) < HEAD_BYTES, (size or 0) > MAX_FILE_BYTES)
    if encoding:
        grew = None if size is None else lambda: os.fstat(stream.fileno()).st_size != size
        yield from line_documents(stream.fileno(), origin, field_map, MAX_FILE_BYTES, head=head,
                                  encoding=encoding, still_written=grew)
        return
    raw = head + _read_up_to(stream, MAX_FILE_BYTES + 1 - len(head))
    if len(raw) > MAX_FILE_BYTES:
        found = f"{size / 2**20:.1f} MB" if size else f"over {MAX_FILE_BYTES // 2**20} MB"
        yield IngestError(origin, f"too large to read whole: {found} (limit {MAX_FILE_BYTES // 2**20} MB for "
                                  "a page, a text or one JSON document); " + TOO_LARGE_ADVICE)
        return
    yield from read_bytes(origin, raw, field_map, skipped=skipped)


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """Up to `limit` bytes, fewer only at the end: a pipe hands over what it holds, a read at a time."""
    parts = []
    while limit > 0 and (part := stream.read(min(limit, READ_BYTES))):
        parts.append(part)
        limit -= len(part)
    return b"".join(parts)


def _jsonl_encoding(name: str, head: bytes, whole: bool, too_large_whole: bool) -> str | None:
    """The encoding of a file to read line by line as a JSONL dump (its first bytes `head`, all of it if `whole`),
    found once from its start as a read of the whole file would; None for a file to read whole.

    A dump by its name or its first lines. One too large to read whole also when most of its first lines are
    objects, a stray line among them, or when its first line starts an object and holds most of the head (a
    record of 64 KB or more; a JSON document over the bound, refused either way, then fails as an overlong line).
    Not an archive, nor UTF-16, whose line ends are not single newline bytes. Bad bytes in UTF-8 lines do not make
    it a file to read whole (and refuse whole): each line is read by itself, as `follow` reads it."""
    if not head.strip() or is_archive(head):
        return None
    complete = head if whole else head[:head.rfind(b"\n") + 1] or head  # its first lines, none cut (nor a character)
    doubt = ""
    try:
        text, encoding, doubt = astuple(decode_text(complete))
    except DamagedTextError as error:
        text, encoding = complete.decode(error.encoding, errors="replace"), error.encoding
    except UndecodableError:
        return None
    if encoding.startswith("utf-16"):
        return None
    long_first = text.lstrip().startswith("{") and len(text.lstrip().partition("\n")[0]) * 2 > len(text)
    if detect_format(name, text) != "jsonl" and not (too_large_whole and (mostly_objects(text) or long_first)):
        return None
    if doubt:
        log.warning("%s: %s", name, doubt)
    return encoding


def _archive_documents(origin: str, raw: bytes, field_map: Mapping[str, str] | None, depth: int,
                       skipped: list[Skipped]) -> Iterator[RawDocument | IngestError]:
    """An archive's articles, read as its folders would be once extracted: hidden members and the ignore files
    pass unread, and each folder's `.svodkaignore` keeps out the members it lists (svodka.ingest.ignore)."""
    ignores = ArchiveIgnores()
    for member in archive_members(origin, raw):
        if not isinstance(member, Member):
            yield member
            continue
        inside = PurePosixPath(member.origin.rpartition("!")[2])
        if inside.name == IGNORE_FILE:
            ignores.learn(inside, member.raw.decode("utf-8", errors="replace"))
        elif is_hidden(inside):
            continue
        elif ignores.covers(inside):
            skipped.append(Skipped(member.origin, IGNORED))
        elif why := skip_reason(inside.name):
            skipped.append(Skipped(member.origin, why))
        else:
            yield from read_bytes(member.origin, member.raw, field_map, depth + 1, skipped)


def read_bytes(
    origin: str, raw: bytes, field_map: Mapping[str, str] | None = None, depth: int = 0,
    skipped: list[Skipped] | None = None,
) -> Iterator[RawDocument | IngestError]:
    """Decode one file's bytes (or open the archive they are) and yield the articles it holds; an archive's
    members that are no articles by their names are passed by, into `skipped` when given."""
    if not raw.strip():
        yield IngestError(origin, "empty file")
        return
    if is_archive(raw):
        if depth >= MAX_DEPTH:
            yield IngestError(origin, f"refused: archive nested deeper than {MAX_DEPTH} levels")
            return
        yield from _archive_documents(origin, raw, field_map, depth, [] if skipped is None else skipped)
        return
    try:
        decoded = decode_text(raw)
    except UndecodableError as error:
        yield IngestError(origin, str(error))
        return
    if decoded.doubt:  # kept, as a reader would want, but said: a wrong code page's text is otherwise silent
        log.warning("%s: %s", origin, decoded.doubt)
    yield from split_document(origin, raw, decoded.text, decoded.encoding, field_map)
