"""One writer at a time per store: the lock around svodka's read-modify-write of the stories.

SQLite makes each transaction atomic, but grouping reads every grouped article into memory, places the new ones
against that picture and writes back over many transactions, then compares and ranks what changed. Two processes
doing so at once each write over what the other changed: a story's member list ends up disagreeing with its
articles' story (a lost update). An OS lock (flock) on a file beside the store makes that cycle one writer's at a
time. The kernel drops the lock when its holder dies, so a killed run never leaves the store locked. Readers (the
web pages, `svodka show`) take no lock: WAL gives them the last committed state while a writer works.
"""

from __future__ import annotations

import fcntl
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

LOCK_SUFFIX = ".lock"  # svodka.db -> svodka.db.lock
POLL_SECONDS = 0.05  # how often a waiting writer tries again: small beside a cycle's seconds
WAIT_SAID_AFTER_SECONDS = 1.0  # a wait shorter than this goes unsaid (a reader's correction takes about this long)


class StoreBusy(RuntimeError):
    """Another svodka held the store's writer lock for longer than this writer may wait."""


class WriterLock:
    """The store's writer lock for one connection; re-entrant, so a correction's cycle can hold it throughout."""

    def __init__(self, store_path: str) -> None:
        self.path = store_path + LOCK_SUFFIX
        self._file: IO[bytes] | None = None
        self._depth = 0

    @contextmanager
    def held(self, wait_limit: float | None = None, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the lock inside the block. A writer that must wait calls `waiting` once the wait is long, and
        gives up with StoreBusy after `wait_limit` seconds (None: it waits as long as it takes)."""
        if self._depth == 0:
            self._file = _acquired(self.path, wait_limit, waiting)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._file is not None:
                self._file.close()  # closing the descriptor releases the lock
                self._file = None


def _acquired(path: str, wait_limit: float | None, waiting: Callable[[], None] | None) -> IO[bytes]:
    lock_file = open(path, "ab")  # noqa: SIM115 (held open for the lock's life, closed by WriterLock.held)
    start, said = time.monotonic(), False
    while True:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return lock_file
        except BlockingIOError:
            waited = time.monotonic() - start
            if wait_limit is not None and waited >= wait_limit:
                lock_file.close()
                raise StoreBusy(f"another svodka has been writing to this store for over {wait_limit:g} s:"
                                " try again in a moment") from None
            if waiting is not None and not said and waited >= WAIT_SAID_AFTER_SECONDS:
                waiting()
                said = True
            time.sleep(POLL_SECONDS)
