"""One writer at a time per store: the lock around svodka's read-modify-write of the stories.

SQLite makes each transaction atomic, but grouping reads every grouped article into memory, places the new ones
against that picture and writes back over many transactions, then compares and ranks what changed. Two processes
doing so at once each write over what the other changed: a story's member list ends up disagreeing with its
articles' story (a lost update). An OS lock (flock) on a file beside the store makes that cycle one writer's at a
time. The kernel drops the lock when its holder dies, so a killed run never leaves the store locked. Readers (the
web pages, `svodka show`) take no lock: WAL gives them the last committed state while a writer works.

The lock file is named after the store's real path, so a symlink or another spelling of the path takes the same lock,
and it is opened read-only (flock needs no write access), created with the store file's permissions, so every user
who may write the store may lock it. An in-memory store (":memory:", "") is one connection's: no file, no lock.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LOCK_SUFFIX = ".lock"  # svodka.db -> svodka.db.lock
IN_MEMORY = (":memory:", "")  # sqlite's names for a database no other connection can reach
NEW_FILE_MODE = 0o666  # as sqlite creates a database: the umask decides who else may read, hence lock
POLL_SECONDS = 0.05  # how often a waiting writer tries again: small beside a cycle's seconds
WAIT_SAID_AFTER_SECONDS = 1.0  # a wait shorter than this goes unsaid (a reader's correction takes about this long)


class StoreBusy(RuntimeError):
    """Another svodka held the store's writer lock for longer than this writer may wait."""


class LockUnavailable(StoreBusy):
    """The writer lock's file cannot be opened (permissions, a folder in its place): no writing until that is fixed.
    A StoreBusy, so whoever answers a busy store (the web's 503) answers this too, with its reason."""


class WriterLock:
    """The store's writer lock for one connection; re-entrant, so a correction's cycle can hold it throughout."""

    def __init__(self, store_path: str) -> None:
        self.path = None if store_path in IN_MEMORY else os.path.realpath(store_path) + LOCK_SUFFIX
        self._file: int | None = None
        self._depth = 0

    @contextmanager
    def held(self, wait_limit: float | None = None, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """Hold the lock inside the block. A writer that must wait calls `waiting` once the wait is long, and
        gives up with StoreBusy after `wait_limit` seconds (None: it waits as long as it takes)."""
        if self._depth == 0 and self.path is not None:
            self._file = _acquired(self.path, wait_limit, waiting)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._file is not None:
                os.close(self._file)  # closing the descriptor releases the lock
                self._file = None


def _acquired(path: str, wait_limit: float | None, waiting: Callable[[], None] | None) -> int:
    """The lock file's descriptor, locked; held open for the lock's life and closed by WriterLock.held."""
    try:
        lock_file = os.open(path, os.O_RDONLY | os.O_CREAT, _store_mode(path.removesuffix(LOCK_SUFFIX)))
    except OSError as error:
        raise LockUnavailable(f"cannot open the writer lock {path}: {error.strerror or error}") from None
    start, said = time.monotonic(), False
    while True:
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return lock_file
        except BlockingIOError:
            waited = time.monotonic() - start
            if wait_limit is not None and waited >= wait_limit:
                os.close(lock_file)
                raise StoreBusy(f"another svodka has been writing to this store for over {wait_limit:g} s:"
                                " try again in a moment") from None
            if waiting is not None and not said and waited >= WAIT_SAID_AFTER_SECONDS:
                waiting()
                said = True
            time.sleep(POLL_SECONDS)
        except OSError as error:  # no locks on this file system (ENOLCK), say
            os.close(lock_file)
            raise LockUnavailable(f"cannot lock the writer lock {path}: {error.strerror or error}") from None


def _store_mode(store_path: str) -> int:
    """The store file's read and write bits, for a new lock file (the umask aside); a new file's if there is no store."""
    try:
        return os.stat(store_path).st_mode & 0o666
    except OSError:
        return NEW_FILE_MODE
