"""Reading work handed to other processes: the cheap part in order, the costly part in
parallel.

Reading a record file splits into two parts of very different cost. Walking the file
(gunzip, JSON lines, CSV rows, WARC headers, limits, offsets) is cheap and must happen in
order, in one place. Turning one record or page into an Article (HTML extraction,
boilerplate cleaning) costs milliseconds and depends on nothing but that record. With
``ReadOptions.defer`` the readers stop before the costly part and yield a
:class:`Pending` for it; :func:`resolve` runs the pendings of a stream on worker
processes and yields Articles and failures in the stream's order, with a bounded number
of records in flight. ``copydesk index add --jobs N`` and the local engine of
``copydesk scan`` read this way.

Example:
    >>> from copydesk.read.options import ReadOptions
    >>> from copydesk.read.text import read_text
    >>> p = Pending(read_text, ("The council met on Monday to vote on the bridge.",), "x.txt")
    >>> [a.text[:11] for a in resolve([p], jobs=1)]
    ['The council']
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from copydesk.errors import InputError
from copydesk.model import Article

__all__ = ["Pending", "resolve"]


@dataclass(slots=True)
class Pending:
    """One record's conversion, not run yet: ``fn(*args)`` gives its Article (or None
    when the record is to be skipped, not failed). ``where`` and ``offset`` name it in a
    failure. Picklable when ``fn`` is a module-level function."""

    fn: Callable[..., Article | None]
    args: tuple
    where: str
    offset: int | None = None

    def run(self) -> Any:
        """The Article, a :class:`~copydesk.read.batch.ReadFailure`, or None (skipped)."""
        from copydesk.read.batch import ReadFailure, _failure

        try:
            return self.fn(*self.args)
        except InputError as e:
            return _failure(e, self.where, self.offset)
        except RecursionError:
            return ReadFailure(self.where, "input too deeply nested", self.offset)
        except MemoryError:
            return ReadFailure(self.where, "out of memory reading this input", self.offset, "limit")


def _run(item: Any) -> Any:
    return item.run() if isinstance(item, Pending) else item


def _run_chunk(items: list[Any]) -> list[Any]:
    return [_run(x) for x in items]


def resolve(items: Iterable[Any], jobs: int | None = None, chunk: int = 32) -> Iterator[Any]:
    """``items`` with every :class:`Pending` run (on ``jobs`` worker processes when more
    than one), in the same order; skipped records (None) are dropped.

    At most ``4 * jobs`` chunks of ``chunk`` items are in flight, so memory stays bounded
    however long the stream. Errors other than reading errors (a bug) propagate.
    """
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1:
        yield from (out for out in map(_run, items) if out is not None)
        return
    import multiprocessing as mp

    pool = mp.get_context("fork" if os.name == "posix" else "spawn").Pool(jobs)
    window: deque = deque()
    try:
        batch: list[Any] = []
        for x in items:
            batch.append(x)
            if len(batch) >= chunk:
                window.append(pool.apply_async(_run_chunk, (batch,)))
                batch = []
                while len(window) >= 4 * jobs:
                    yield from _done(window.popleft())
        if batch:
            window.append(pool.apply_async(_run_chunk, (batch,)))
        while window:
            yield from _done(window.popleft())
    finally:
        pool.terminate()


def _done(result) -> Iterator[Any]:
    for out in result.get():
        if out is not None:
            yield out
