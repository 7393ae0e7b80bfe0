"""`--jobs N`: the pure per-document function over a pool of processes, results in input order.

Stage: between readers and renderers. Input: documents (and readers' `InputError`s, passed through
in place). Output: one `DocumentReport` or `InputError` per item, in input order, so what a
renderer writes does not depend on N. Must not write anything, and holds no per-claim logic.

Documents go to the workers in chunks (one pickling round trip per chunk, not per document), and
only a bounded number of chunks is in flight at a time: a corpus larger than memory streams
through, which `Pool.imap` alone would not guarantee (its feeder thread drains the input).
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Final

from tradefacts.errors import InputError
from tradefacts.model import Document, DocumentReport

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult, Pool

Work = Callable[[Document], DocumentReport]
Item = Document | InputError
Result = DocumentReport | InputError

# Documents per round trip to a worker: large enough that pickling overhead is small, small
# enough that the first results (and the progress bar) come quickly.
CHUNK_DOCUMENTS: Final[int] = 64
# Chunks in flight per worker: keeps every worker busy while the parent renders.
CHUNKS_AHEAD: Final[int] = 4


def apply_work(work: Work, item: Item) -> Result:
    """One item: the report of a document, or the `InputError` that stands for it."""
    if isinstance(item, InputError):
        return item
    try:
        return work(item)
    except InputError as error:
        return error


def _apply_chunk(work: Work, chunk: list[Item]) -> list[Result]:
    return [apply_work(work, item) for item in chunk]


def map_documents(
    items: Iterable[Item], work: Work, *, jobs: int = 1, chunk: int = CHUNK_DOCUMENTS
) -> Iterator[Result]:
    """`work` over every document, in input order; `jobs` processes when above 1.

    `work` must be a module-level function (it is pickled to the workers).
    """
    if jobs <= 1:
        for item in items:
            yield apply_work(work, item)
        return
    iterator = iter(items)
    with _pool(jobs) as pool:
        pending: deque[AsyncResult[list[Result]]] = deque()
        while True:
            while len(pending) < jobs * CHUNKS_AHEAD:
                batch = list(islice(iterator, chunk))
                if not batch:
                    break
                pending.append(pool.apply_async(_apply_chunk, (work, batch)))
            if not pending:
                return
            yield from pending.popleft().get()


def _pool(jobs: int) -> Pool:
    import multiprocessing

    # Fork where it is the safe default (Linux): workers inherit the compiled patterns instead
    # of compiling them again. Elsewhere the platform's default start method.
    if sys.platform.startswith("linux"):
        from tradefacts.lang import load_all

        load_all()
        return multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_setup)
    return multiprocessing.get_context().Pool(jobs, initializer=_worker_setup)


def _worker_setup() -> None:
    """A worker leaves Ctrl-C to the parent (which stops the pool and exits 130), and writes
    nothing to stdout: a forked copy of the parent's unwritten output must never be flushed."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the worker)
