"""Several cores for the per-article work: a function mapped over items in worker processes, in order.

Understanding an article (natasha's taggers above all) is most of a run's time, and each
article's is independent of the others, so `svodka run --jobs N` hands it to N processes
while the main process stores the results in the order the articles were read. Only a few
items per worker are in flight at once, so memory stays bounded however long the input.
Workers are forked where the platform can, so they start with the parent's loaded models
(shared, copy-on-write) instead of loading their own.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

IN_FLIGHT_PER_WORKER = 4  # items submitted ahead of the one awaited: keeps a worker busy, bounds memory


def ordered_map(function: Callable[[A], B], items: Iterable[A], jobs: int,
                initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
                ) -> Iterator[tuple[A, B | BrokenProcessPool]]:
    """Each item with function(item), computed in `jobs` processes and yielded in the items' order.

    A worker that dies (killed, out of memory) breaks the pool: the items in flight then come back with
    the BrokenProcessPool error instead of a result, so the caller can name them, and the items after
    them go to a new pool (one bad item must not cost every item after it).
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs)

    pool = new_pool()
    try:
        pending: deque[tuple[A, Future[B]]] = deque()
        for item in items:
            try:
                future = pool.submit(function, item)
            except BrokenProcessPool:
                pool.shutdown()
                pool = new_pool()
                future = _submitted(pool, function, item)
            pending.append((item, future))
            if len(pending) > jobs * IN_FLIGHT_PER_WORKER:
                yield _outcome(*pending.popleft())
        while pending:
            yield _outcome(*pending.popleft())
    finally:
        pool.shutdown(cancel_futures=True)  # stopped early (Ctrl+C): the items not yet started are not worked on


def _submitted(pool: ProcessPoolExecutor, function: Callable[[A], B], item: A) -> Future[B]:
    """The item's future; once the pool is broken, one that holds that error."""
    try:
        return pool.submit(function, item)
    except BrokenProcessPool as error:
        failed: Future[B] = Future()
        failed.set_exception(error)
        return failed


def _outcome(item: A, future: Future[B]) -> tuple[A, B | BrokenProcessPool]:
    try:
        return item, future.result()
    except BrokenProcessPool as error:
        return item, error
