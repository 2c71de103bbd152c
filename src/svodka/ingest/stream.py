"""A stream of JSONL articles (stdin fed by a crawler, `tail -f feed.jsonl`), read in batches as lines arrive.

`svodka follow` groups and compares after each batch, so stories update while the stream
goes on. A batch ends at `size` articles; or when no line has come for `idle` seconds, so
that a quiet feed's last articles are grouped without waiting for more; or at the end of the
stream. Lines are read from the file descriptor as they come (select, then os.read), not
through a buffered reader, which would hold complete lines that select no longer sees.
POSIX only, like select on a pipe.
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


def stream_batches(fd: int, size: int, idle: float, name: str = "<stdin>",
                   field_map: Mapping[str, str] | None = None, max_line: int = MAX_LINE_BYTES) -> Iterator[Batch]:
    """The stream's articles in batches, each line its own record ("<stdin>:LINE" where it fails)."""
    batch: Batch = []
    pending = bytearray()  # the line being read: grows by appending, read once for its newline
    number = 0
    skipping = False  # inside a line that passed max_line: dropped up to its newline
    while True:
        ready, _, _ = select.select([fd], [], [], idle if batch else None)
        if not ready:
            yield batch
            batch = []
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
                batch += _documents(f"{name}:{number}", bytes(pending[start:end]), field_map, max_line)
            start = scanned = end + 1
            skipping = False
            if len(batch) >= size:
                yield batch
                batch = []
        del pending[:start]
        if len(pending) > max_line:
            if not skipping:
                batch.append(_too_long(f"{name}:{number + 1}", max_line))
            pending.clear()
            skipping = True
    if not skipping:
        batch += _documents(f"{name}:{number + 1}", bytes(pending), field_map, max_line)
    if batch:
        yield batch


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
