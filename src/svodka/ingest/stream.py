"""A stream of JSONL articles (stdin fed by a crawler, `tail -f feed.jsonl`), read in batches as lines arrive.

`svodka follow` groups and compares after each batch, so stories update while the stream
goes on. A batch ends at `size` articles; or when no line has come for `idle` seconds, so
that a quiet feed's last articles are grouped without waiting for more; or at the end of the
stream. Lines are read from the file descriptor as they come (select, then os.read), not
through a buffered reader, which would hold complete lines that select no longer sees.
POSIX only, like select on a pipe. `svodka run` reads a JSONL dump on disk with the same
line reader (no select: a file never goes quiet), one line in memory at a time.
"""

from __future__ import annotations

import os
import select
from collections.abc import Iterator, Mapping

from svodka.ingest.decode import UndecodableError, decode_bytes
from svodka.ingest.formats import jsonl_line_document
from svodka.model import IngestError, RawDocument

READ_BYTES = 1 << 16
# One article a line: a line this long is a broken stream, skipped to its end, not buffered.
MAX_LINE_BYTES = 20 * 1024 * 1024

Batch = list[RawDocument | IngestError]


class Quiet:
    """line_documents' word that no line has come for `idle` seconds."""


QUIET = Quiet()


def stream_batches(fd: int, size: int, idle: float, name: str = "<stdin>",
                   field_map: Mapping[str, str] | None = None, max_line: int = MAX_LINE_BYTES) -> Iterator[Batch]:
    """The stream's articles in batches, each line its own record ("<stdin>:LINE" where it fails)."""
    batch: Batch = []
    for item in line_documents(fd, name, field_map, max_line, idle):
        if isinstance(item, Quiet):
            if batch:
                yield batch
                batch = []
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def line_documents(fd: int, name: str, field_map: Mapping[str, str] | None = None, max_line: int = MAX_LINE_BYTES,
                   idle: float | None = None) -> Iterator[RawDocument | IngestError | Quiet]:
    """Each line's article (or why it is none, "NAME:LINE"), holding one line at a time however long the input:
    a JSONL dump on disk is read through here too. With `idle`, QUIET when no line has come for that long."""
    pending = bytearray()  # the line being read: grows by appending, read once for its newline
    number = 0
    skipping = False  # inside a line that passed max_line: dropped up to its newline
    while True:
        if idle is not None and not select.select([fd], [], [], idle)[0]:
            yield QUIET
            continue
        chunk = os.read(fd, READ_BYTES)
        if not chunk:
            break
        scanned = len(pending)
        pending += chunk
        start = 0
        while (end := pending.find(b"\n", scanned)) >= 0:
            number += 1
            if not skipping:
                yield from _documents(f"{name}:{number}", bytes(pending[start:end]), field_map, max_line)
            start = scanned = end + 1
            skipping = False
        del pending[:start]
        if len(pending) > max_line:
            if not skipping:
                yield _too_long(f"{name}:{number + 1}", max_line)
            pending.clear()
            skipping = True
    if not skipping:
        yield from _documents(f"{name}:{number + 1}", bytes(pending), field_map, max_line)


def _too_long(where: str, max_line: int) -> IngestError:
    return IngestError(where, f"line longer than {max_line} bytes: skipped")


def _documents(where: str, line: bytes, field_map: Mapping[str, str] | None, max_line: int) -> Batch:
    """The article one line holds: none for a blank line, an error for one that cannot be read.

    A CRLF line's CR goes too, as `svodka run` drops it: the article's id hashes the line, so
    one feed read both ways must give the same ids, not each article twice.
    """
    line = line.removesuffix(b"\r")
    if not line.strip():
        return []
    if len(line) > max_line:
        return [_too_long(where, max_line)]
    try:
        text, encoding = decode_bytes(line)
    except UndecodableError as error:
        return [IngestError(where, str(error))]
    return [jsonl_line_document(where, text, encoding, field_map)]
