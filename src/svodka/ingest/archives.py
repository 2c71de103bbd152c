"""Zip, tar and gzip archives: opened in memory, member by member, within bounds.

A newsroom's export often arrives as an archive. Nothing is written to disk, so a
member whose path escapes the archive ("../x", "/etc/x") cannot do harm; it is still
refused and named, because such an archive was not made by an honest exporter. Sizes
are bounded while reading (not trusted from headers), so a zip bomb stops at the bound.
"""

from __future__ import annotations

import gzip
import io
import lzma
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from svodka.ingest.decode import readable_name
from svodka.ingest.ignore import IGNORE_FILE
from svodka.model import IngestError

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
GZIP_MAGIC = b"\x1f\x8b"
TAR_MAGIC_OFFSET = 257  # "ustar" in every POSIX tar header
# One member is one file of news: the same bound as a file on disk.
MAX_MEMBER_BYTES = 20 * 1024 * 1024
# All members together: a year of a regional outlet's text is well under this.
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 100_000
# Text compresses 3-10x (news HTML up to ~20x); bombs compress a thousandfold.
MAX_RATIO = 100
# ...and are large when inflated: below this a member's ratio is no danger (a short file of one repeated letter
# compresses 200x and is read like the same file on disk), so the ratio is asked only of what inflates past it.
RATIO_FREE_BYTES = 1024 * 1024
NOT_REGULAR = "not a regular file (link or device)"  # a symlink's bytes are its target's path ("/etc/passwd")
# An archive inside an archive is opened; deeper nesting is what bombs are made of.
MAX_DEPTH = 2


@dataclass
class Member:
    """One file taken out of an archive."""

    origin: str  # "archive.zip!folder/file.txt"
    raw: bytes


def is_archive(raw: bytes) -> bool:
    return raw.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC, GZIP_MAGIC)) or _is_tar(raw)


def archive_members(origin: str, raw: bytes) -> Iterator[Member | IngestError]:
    """Every file in the archive, or an IngestError naming the member and why it was refused."""
    if raw.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        yield from _bounded_members(origin, "zip", raw)
        return
    if raw.startswith(GZIP_MAGIC):
        try:
            raw = _gunzip(raw)
        except ValueError as error:
            yield IngestError(origin, str(error))
            return
        if not _is_tar(raw):  # a single compressed file: "news.txt.gz"
            yield Member(f"{origin}!{PurePosixPath(origin).name.removesuffix('.gz')}", raw)
            return
    yield from _bounded_members(origin, "tar", raw)


def _gunzip(raw: bytes) -> bytes:
    limit = min(MAX_TOTAL_BYTES, max(len(raw) * MAX_RATIO, RATIO_FREE_BYTES))
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise ValueError(f"corrupt gzip data: {error}") from None
    if len(data) > limit:
        raise ValueError(f"refused: gzip expands beyond {limit // 2**20} MB (ratio over {MAX_RATIO}), a likely zip bomb")
    return data


def _is_tar(raw: bytes) -> bool:
    return raw[TAR_MAGIC_OFFSET:TAR_MAGIC_OFFSET + 5] == b"ustar"


def _too_compressed(size: int, compressed: int) -> bool:
    """A likely bomb: inflated past RATIO_FREE_BYTES at a ratio no text reaches."""
    return size > RATIO_FREE_BYTES and size > max(compressed, 1) * MAX_RATIO


def _escapes(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":")


@dataclass
class _Entry:
    """A member as its archive's index describes it, read only when it passes the bounds."""

    name: str
    size: int
    compressed: int
    problem: str | None  # encrypted, a link…
    read: Callable[[], bytes]


# What a damaged archive or member raises while read (lzma: zip members compressed with LZMA).
CORRUPT = (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, NotImplementedError)


def _zip_entries(raw: bytes) -> list[_Entry]:
    archive = zipfile.ZipFile(io.BytesIO(raw))

    def reader(info: zipfile.ZipInfo) -> Callable[[], bytes]:
        def read() -> bytes:
            with archive.open(info) as stream:
                return stream.read(MAX_MEMBER_BYTES + 1)
        return read

    return [_Entry(info.filename, info.file_size, info.compress_size, _zip_problem(info), reader(info))
            for info in archive.infolist() if not info.is_dir()]


def _zip_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a zip member is no file to read: encrypted, or (a Unix zip's mode, the high 16 bits of external_attr)
    a symlink (`zip -y` stores its target path as its bytes: "/etc/passwd"), device or pipe, refused as tar's are.
    A zip made without Unix modes (Windows) has mode 0: a regular file."""
    if info.flag_bits & 0x1:
        return "encrypted member"
    mode = info.external_attr >> 16
    return NOT_REGULAR if stat.S_IFMT(mode) and not stat.S_ISREG(mode) else None


def _tar_entries(raw: bytes) -> list[_Entry]:
    archive = tarfile.open(fileobj=io.BytesIO(raw), mode="r:")

    def reader(info: tarfile.TarInfo) -> Callable[[], bytes]:
        def read() -> bytes:
            stream = archive.extractfile(info)
            return stream.read(MAX_MEMBER_BYTES + 1) if stream else b""
        return read

    return [
        _Entry(info.name, info.size, info.size, None if info.isfile() else NOT_REGULAR, reader(info))
        for info in archive.getmembers() if not info.isdir()
    ]


def _bounded_members(origin: str, kind: str, raw: bytes) -> Iterator[Member | IngestError]:
    """Each member's bytes, or why it is refused: one bad member never stops the others, and the limits are
    checked on the declared sizes before reading and on the bytes read after, so a zip bomb never fills memory."""
    try:
        entries = _zip_entries(raw) if kind == "zip" else _tar_entries(raw)
    except CORRUPT as error:
        yield IngestError(origin, f"corrupt {kind} archive: {error}")
        return
    if len(entries) > MAX_MEMBERS:
        yield IngestError(origin, f"refused: {len(entries)} members (limit {MAX_MEMBERS})")
        return
    entries.sort(key=lambda entry: PurePosixPath(entry.name).name != IGNORE_FILE)  # known before what they list
    total = 0
    for entry in entries:
        where = f"{origin}!{readable_name(entry.name)}"
        refusal = entry.problem or _member_refusal(entry.name, entry.size, entry.compressed, total)
        if refusal:
            yield IngestError(where, refusal)
            continue
        try:
            data = entry.read()
        except CORRUPT as error:
            yield IngestError(where, f"corrupt member: {error}")
            continue
        if len(data) > MAX_MEMBER_BYTES or _too_compressed(len(data), entry.compressed):
            yield IngestError(where, "refused: expands beyond its declared size or ratio, a likely zip bomb")
            continue
        if len(data) < entry.size:
            yield IngestError(where, f"truncated member: {len(data)} of {entry.size} bytes")
            continue
        total += len(data)
        yield Member(where, data)


def _member_refusal(name: str, size: int, compressed: int, total_so_far: int) -> str | None:
    if _escapes(name):
        return "refused: path escapes the archive"
    if size > MAX_MEMBER_BYTES:
        return (f"refused: {size / 2**20:.1f} MB (limit {MAX_MEMBER_BYTES // 2**20} MB inside an archive); unpack it: "
                "a JSONL dump on disk is read line by line however large")
    if _too_compressed(size, compressed):
        return f"refused: compression ratio {size // max(compressed, 1)} (limit {MAX_RATIO}), a likely zip bomb"
    if total_so_far + size > MAX_TOTAL_BYTES:
        return f"refused: the archive expands beyond {MAX_TOTAL_BYTES // 2**20} MB"
    return None
