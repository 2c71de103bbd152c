"""A stream of JSONL articles (stdin fed by a crawler, `tail -f feed.jsonl`), read in batches as lines arrive.

`svodka follow` groups and compares after each batch, so stories update while the stream
goes on. A batch ends at `size` articles; or when no line has come for `idle` seconds, so
that a quiet feed's last articles are grouped without waiting for more; or at the end of the
stream. Lines are read from the file descriptor as they come (select, then os.read), not
through a buffered reader, which would hold complete lines that select no longer sees.
POSIX only, like select on a pipe. `svodka run` reads a JSONL dump on disk with the same
line reader (no select: a file never goes quiet), one line in memory at a time.

Stopping (Ctrl+C, SIGTERM): a KeyboardInterrupt out of select would drop every line read but
not yet batched, and a crawler's pipe cannot give them again. So `follow` takes the signal as
a request (StopRequest): the reader wakes at once, reads no more, and hands over every
complete line it holds; the caller stores and groups them, then stops. `run` and `rebuild`
stop at once on either signal (StopRequest.at_once): what they read is on disk to read again.

Encodings: a file's is found once from its start and every line is decoded with it, as the
file read whole would be (a short cp1251 line alone is easily taken for another code page,
and its id would differ). A stream has no start to look ahead in: a UTF-8 line (what crawlers
write) is exact; a line in a single-byte code page is decoded with the code page its stream's
such lines so far read best in, so only a stream's first lines are guessed from little text.
A line that is not UTF-8 after UTF-8 ones (see CodePageSample.usual) is kept, read as it reads best
alone (a cp1252 "Café"), and named FILE:LINE in a warning; one that is UTF-8 but for a few bad bytes is rejected,
named FILE:LINE. `run` and `follow` read every line alike.
"""

from __future__ import annotations

import codecs
import logging
import os
import select
import signal
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from svodka.ingest.decode import UndecodableError, decode_bytes, reading_score
from svodka.ingest.formats import jsonl_line_document
from svodka.model import IngestError, RawDocument

log = logging.getLogger(__name__)

READ_BYTES = 1 << 16
# One article a line: a line this long is a broken stream, skipped to its end, not buffered.
MAX_LINE_BYTES = 20 * 1024 * 1024

# A stream's code page is judged on its first lines in one up to this much: what a file's start gives.
SAMPLE_BYTES = 1 << 16

Batch = list[RawDocument | IngestError]
# A line is read in its stream's code page unless alone it scores this much better in another (reading_score): on
# benchmarks/decoding.py's headlines and first sentences a line's own best reading beat its right code page by 0.11
# at most, while the line's own reading beat a KOI8-R line read as cp1251 (or the reverse) by more in 207 of 216.
LINE_OWN_CODE_PAGE_MARGIN = 0.3


@dataclass
class CodePageSample:
    """The lines of a stream (or file) read in a single-byte code page so far, up to SAMPLE_BYTES, and the code
    page they read best in together: a short line alone is easily taken for another (Выборы as mac_cyrillic).
    `usual`: the encoding of its first line that is not plain ASCII (which every encoding reads alike), against
    which a later line is odd; a file and a stream of the same lines are judged alike."""

    lines: bytearray = field(default_factory=bytearray)
    guess: str = ""
    usual: str = ""

    def code_page(self, line: bytes) -> str:
        if len(self.lines) < SAMPLE_BYTES or not self.guess:
            self.lines += line + b"\n"
            try:
                self.guess = decode_bytes(bytes(self.lines))[1]
            except UndecodableError:
                self.lines = self.lines[: -len(line) - 1]
        return self.guess


class Quiet:
    """line_documents' word that no line has come for `idle` seconds."""


QUIET = Quiet()
CUT_OFF = "not read to its end: svodka was stopped before its newline came (not stored; give the line again)"


class StopRequest:
    """A stop asked by a signal, seen by a stream's reader at once: the handler notes it and the signal writes a byte
    to a pipe the reader's select watches (`wake_fd`, open inside `on_signals`), so a reader waiting `idle` seconds for
    a line wakes now. A second signal stops at once (KeyboardInterrupt): the articles stored so far stay."""

    def __init__(self) -> None:
        self.asked = False
        self.signal: int | None = None  # the last signal that asked: a shell's exit code is 128 + it
        self.wake_fd: int | None = None

    @contextmanager
    def on_signals(self, notice: str = "", signals: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)) -> Iterator[None]:
        """Take `signals` as a stop request while inside; `notice` is written on stderr when the first comes."""
        self.wake_fd, wake = os.pipe()
        os.set_blocking(wake, False)
        # The byte is written by Python's C-level handler, whichever thread the kernel gives the signal to: a handler
        # in Python runs in the main thread only once it runs bytecode again, which a reader blocked in select does not.
        previous_wake = signal.set_wakeup_fd(wake)

        def ask(signum: int, frame: object) -> None:
            self.signal = signum
            if self.asked:
                raise KeyboardInterrupt
            self.asked = True
            if notice:
                os.write(2, notice.encode() + b"\n")
        try:
            with _handled(signals, ask):
                yield
        finally:
            signal.set_wakeup_fd(previous_wake)
            os.close(self.wake_fd)
            os.close(wake)
            self.wake_fd = None

    @contextmanager
    def at_once(self, signals: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)) -> Iterator[None]:
        """Take each of `signals` as Ctrl+C is taken by default, a KeyboardInterrupt at once, noting which came
        (`signal`): `run` and `rebuild`, which read no pipe that cannot be read again, stop under a service
        manager's SIGTERM as under Ctrl+C, saying what the store kept, with the signal's exit code. The handlers
        before are restored on leaving."""
        def interrupt(signum: int, frame: object) -> None:
            self.signal = signum
            raise KeyboardInterrupt
        with _handled(signals, interrupt):
            yield


@contextmanager
def _handled(signals: tuple[int, ...], handler: Callable[[int, object], None]) -> Iterator[None]:
    """`handler` for each of `signals` while inside, the handlers before restored on leaving."""
    previous = {number: signal.signal(number, handler) for number in signals}
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


@dataclass
class Position:
    """The number of the last line a reader has read (kept up to date by line_documents): after a batch is
    stored, the line the next one starts after, which a reader stopped at once is told to give again from."""

    line: int = 0


def stream_batches(fd: int, size: int, idle: float, name: str = "<stdin>",
                   field_map: Mapping[str, str] | None = None, max_line: int = MAX_LINE_BYTES,
                   stop: StopRequest | None = None, position: Position | None = None) -> Iterator[Batch]:
    """The stream's articles in batches, each line its own record ("<stdin>:LINE" where it fails). Once `stop` is
    asked, no more is read: the complete lines already read come in the last batches, a line cut off is named.
    `position`: see Position; a batch ends at the line `position` gives when it is handed over."""
    batch: Batch = []
    for item in line_documents(fd, name, field_map, max_line, idle, stop=stop, position=position):
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
                   idle: float | None = None, head: bytes = b"", encoding: str | None = None,
                   still_written: Callable[[], bool] | None = None,
                   stop: StopRequest | None = None,
                   position: Position | None = None) -> Iterator[RawDocument | IngestError | Quiet]:
    """Each line's article (or why it is none, "NAME:LINE"), holding one line at a time however long the input:
    a JSONL dump on disk is read through here too, `head` its first bytes already read (a pipe cannot seek back)
    and `encoding` the one found from them. With `idle`, QUIET when no line has come for that long. A last line
    without its newline that cannot be read is left unread, not rejected, when `still_written()` says the file
    grew while it was read: its writer has not finished it, and the next run reads it whole. Once `stop` is asked,
    nothing more is read; a last line that cannot be read is named as cut off by the stop. `position` follows the
    number of the line last read (whose article, if any, was yielded last)."""
    pending = bytearray()  # the line being read: grows by appending, read once for its newline
    number = 0
    position = position or Position()
    skipping = False  # inside a line that passed max_line: dropped up to its newline
    sample = CodePageSample()
    for chunk in _chunks(fd, head, idle, stop):
        if isinstance(chunk, Quiet):
            yield chunk
            continue
        scanned = len(pending)
        pending += chunk
        start = 0
        while (end := pending.find(b"\n", scanned)) >= 0:
            number = position.line = number + 1
            if not skipping:
                yield from _documents(f"{name}:{number}", bytes(pending[start:end]), field_map, max_line, encoding, sample)
            start = scanned = end + 1
            skipping = False
        del pending[:start]
        if len(pending) > max_line:
            if not skipping:
                position.line = number + 1
                yield _too_long(f"{name}:{number + 1}", max_line)
            pending.clear()
            skipping = True
    if pending or skipping:  # a line cut off or being skipped: the one after the last whole line
        position.line = number + 1
    if not skipping:
        last = _documents(f"{name}:{number + 1}", bytes(pending), field_map, max_line, encoding, sample)
        broken = bool(last) and isinstance(last[0], IngestError)
        if broken and stop is not None and stop.asked:
            yield IngestError(f"{name}:{number + 1}", CUT_OFF)
        elif not (broken and still_written and still_written()):
            yield from last


def _chunks(fd: int, head: bytes, idle: float | None, stop: StopRequest | None = None) -> Iterator[bytes | Quiet]:
    """`head`, then the bytes as they come until the end or a stop; with `idle`, QUIET for each quiet spell."""
    if head:
        yield head
    watched = [fd] if stop is None or stop.wake_fd is None else [fd, stop.wake_fd]
    while stop is None or not stop.asked:
        if idle is not None or len(watched) > 1:
            ready = select.select(watched, [], [], idle)[0]
            if not ready:
                yield QUIET
                continue
            if fd not in ready:  # woken by the stop
                continue
        chunk = os.read(fd, READ_BYTES)
        if not chunk:
            return
        yield chunk


def _too_long(where: str, max_line: int) -> IngestError:
    size = f"{max_line // 2**20} MB" if max_line >= 2**20 else f"{max_line} bytes"
    return IngestError(where, f"line longer than {size}: skipped")


def _documents(where: str, line: bytes, field_map: Mapping[str, str] | None, max_line: int,
               encoding: str | None, sample: CodePageSample) -> Batch:
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
        text, read_as = _line_text(line, encoding, sample)
    except UndecodableError as error:
        return [IngestError(where, str(error))]
    sample.usual = sample.usual or ("" if line.isascii() else read_as)
    if sample.usual.startswith("utf-8") and not read_as.startswith("utf"):
        log.warning("%s: not UTF-8 like the lines before it (%s): kept, read as %s", where, _bad_utf8(line), read_as)
    return [jsonl_line_document(where, text, read_as, field_map)]


def _bad_utf8(line: bytes) -> str:
    """Where a line stops being UTF-8, as a warning shows it."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"byte 0x{line[error.start]:02x} at byte {error.start}"
    return "valid UTF-8"


def _line_text(line: bytes, encoding: str | None, sample: CodePageSample) -> tuple[str, str]:
    """(text, encoding) of one line: in the file's encoding when known and the line is in it (a cp1251 line can
    follow UTF-8 ones); else as UTF-8 when it is, else in the code page the sample of such lines reads best in,
    unless the line alone reads clearly better in another (scored as a whole file is: a KOI8-R line among cp1251
    ones reads in cp1251 as case-swapped nonsense)."""
    if encoding:
        try:
            return codecs.decode(line, encoding), encoding
        except UnicodeDecodeError:
            pass
    text, guessed = decode_bytes(line)
    if guessed.startswith("utf"):
        return text, guessed
    code_page = sample.code_page(line)
    try:
        in_sample = codecs.decode(line, code_page)
    except (UnicodeDecodeError, LookupError):
        return text, guessed
    if reading_score(text) - reading_score(in_sample) > LINE_OWN_CODE_PAGE_MARGIN:
        return text, guessed
    return in_sample, code_page
