"""Ingest: turn paths, folders and stdin into raw documents, never stopping on bad input.

`read_inputs` yields a RawDocument for each article found and an IngestError for each
file (or record) that could not be read, with the reason; the caller decides what to
report. Nothing here cleans or interprets the text.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from svodka.ingest.archives import MAX_DEPTH, Member, archive_members, is_archive
from svodka.ingest.decode import UndecodableError, decode_bytes, readable_name
from svodka.ingest.formats import (
    JSON_FIELDS,
    detect_format,
    jsonl_line_document,
    mostly_objects,
    non_article_kind,
    non_article_refusal,
    split_document,
)
from svodka.ingest.ignore import (
    IGNORE_FILE,
    ArchiveIgnores,
    ignore_patterns,
    is_hidden,
    is_ignored,
)
from svodka.ingest.skipped import FOLDER_NOTE, IGNORED, LINKED_FOLDER, Skipped
from svodka.ingest.stream import MAX_LINE_BYTES, READ_BYTES, line_documents
from svodka.model import IngestError, RawDocument

# A file read whole (a page, a text, one JSON document) is one article or a small dump, never this large: a bigger
# one is a mistake or a dump that belongs in JSONL, which is read a line at a time with this bound on each line.
MAX_FILE_BYTES = MAX_LINE_BYTES
# Enough of a file's start to tell a JSONL dump (its first lines) and its encoding.
HEAD_BYTES = 1 << 16
# A folder's notes about itself, not news: skipped when a folder is walked, read when named.
FOLDER_NOTES = {"readme", "license", "licence", "changelog", "copying"}
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


def read_stored(originals: Iterable[tuple[str, bytes, str]],
                field_map: Mapping[str, str] | None = None) -> Iterator[RawDocument | IngestError]:
    """The articles a store kept, read again from their bytes (`store.stored_originals`) as if from their files.

    Each keeps its stored origin, bytes and encoding, so its id too: a record of a JSON dump was kept as
    its own bytes, which read alone make a one-record dump whose record would be re-serialised and named
    "ORIGIN:1". Bytes that no longer make exactly one article (a rule of a later svodka) are rejected.
    """
    for origin, raw, encoding in originals:
        found = _stored_record(origin, raw, encoding, field_map) or list(read_bytes(origin, raw, field_map))
        documents = [item for item in found if isinstance(item, RawDocument)]
        if len(documents) == 1:
            yield replace(documents[0], origin=origin, raw=raw, encoding=encoding)
        else:
            problem = next((item.reason for item in found if isinstance(item, IngestError)), "")
            yield IngestError(origin, problem or f"its stored bytes now read as {len(documents)} articles, not one")


def _stored_record(origin: str, raw: bytes, encoding: str,
                   field_map: Mapping[str, str] | None) -> list[RawDocument | IngestError]:
    """A stored JSON object is one record of a dump or feed (kept as UTF-8): read as that record, not as a dump,
    which would take a key of it named like a dump's list ("data": ["тег"]) for the records. [] for other bytes."""
    if not raw.lstrip().startswith(b"{"):
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return []
    return [jsonl_line_document(origin, text, encoding, field_map)] if detect_format(origin, text) == "json" else []


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


def parse_field_map(spec: str) -> dict[str, str]:
    """'text=body,title=headline.main' to a field map; ValueError names what is wrong."""
    mapping = {}
    for pair in filter(None, (part.strip() for part in spec.split(","))):
        ours, sep, theirs = pair.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not theirs:
            raise ValueError(f"field map entry {pair!r} is not FIELD=KEY")
        if ours not in JSON_FIELDS:
            raise ValueError(f"unknown field {ours!r} in field map (known: {', '.join(JSON_FIELDS)})")
        mapping[ours] = theirs
    return mapping


def list_files(path: Path, skipped: list[Skipped] | None = None) -> Iterator[Path | IngestError]:
    """Files under a path, recursively, in a stable order, never descending into linked folders.

    Any folder's `.svodkaignore` lists glob patterns (one a line, relative to that folder)
    of files below it that are not articles — annotations, notes — so they are not read; a pattern naming
    a folder ("drafts/", "drafts", as in a .gitignore) covers every file below it. Files
    that cannot be articles (a saved page's scripts, styles and images; a README) are passed by.
    Each file passed by (and linked folder) goes into `skipped` with why, when given; hidden ones do not.
    A folder that cannot be listed is an IngestError: its files are lost to this run, and the user must know.
    """
    if not path.is_dir():
        yield path
        return
    skipped = [] if skipped is None else skipped
    patterns_of: dict[Path, list[tuple[Path, str]]] = {}  # folder -> (base, pattern) from it and its parents
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=unlisted.append):
        yield from _unlisted_folders(unlisted)
        folder = Path(root)
        patterns = patterns_of.get(folder.parent, []) + [(folder, p) for p in _ignore_patterns(folder)]
        patterns_of[folder] = patterns
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        skipped += [Skipped(readable_name(folder / d), LINKED_FOLDER) for d in dirs if (folder / d).is_symlink()]
        for name in sorted(files):
            file = folder / name
            if is_hidden(PurePosixPath(name)):
                continue
            if any(is_ignored(file.relative_to(base), pattern) for base, pattern in patterns):
                skipped.append(Skipped(readable_name(file), IGNORED))
            elif why := _skip_reason(name):
                skipped.append(Skipped(readable_name(file), why))
            else:
                yield file
    yield from _unlisted_folders(unlisted)


def _unlisted_folders(errors: list[OSError]) -> Iterator[IngestError]:
    """Each folder a walk could not list, named with why; the list emptied."""
    for error in errors:
        yield IngestError(readable_name(error.filename), f"cannot read the folder: {error.strerror or error}")
    errors.clear()


def _skip_reason(name: str) -> str | None:
    """Why a walk through a folder or an archive skips a file by its name (its kind, a folder note), or None."""
    return non_article_kind(name) or (FOLDER_NOTE if PurePosixPath(name).stem.lower() in FOLDER_NOTES else None)


def missing_paths(paths: Iterable[str]) -> list[str]:
    """The paths that name nothing ('-' is stdin): when all do, a run has nothing to read."""
    return [path for path in paths if path != "-" and not Path(path).exists()]


def _ignore_patterns(folder: Path) -> list[str]:
    try:
        return ignore_patterns((folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []


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
    Not an archive, nor UTF-16, whose line ends are not single newline bytes."""
    if not head.strip() or is_archive(head):
        return None
    complete = head if whole else head[:head.rfind(b"\n") + 1] or head  # its first lines, none cut (nor a character)
    try:
        text, encoding = decode_bytes(complete)
    except UndecodableError:
        return None
    if encoding.startswith("utf-16"):
        return None
    if detect_format(name, text) == "jsonl":
        return encoding
    long_first = text.lstrip().startswith("{") and len(text.lstrip().partition("\n")[0]) * 2 > len(text)
    return encoding if too_large_whole and (mostly_objects(text) or long_first) else None


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
        elif why := _skip_reason(inside.name):
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
        text, encoding = decode_bytes(raw)
    except UndecodableError as error:
        yield IngestError(origin, str(error))
        return
    yield from split_document(origin, raw, text, encoding, field_map)
