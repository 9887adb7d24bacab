"""Merging sorted int64 runs in bounded memory, block by block.

The SQLite storage keeps its key rows as sorted runs cut into fixed-size chunks (see
``sqlite.py``, Key runs). Merging runs is what keeps a lookup to a few runs; a merge
near the top of a big index covers tens of millions of rows, so it must never hold a
whole run: :func:`merge` reads each input a block at a time and emits merged blocks, and
:func:`rechunk` cuts its output into chunks of one size. Memory: one block per input plus
one output chunk, whatever the sizes of the runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

__all__ = ["merge", "rechunk"]


def merge(inputs: Iterable[Iterable[np.ndarray]]) -> Iterator[np.ndarray]:
    """Merge sorted streams (each an iterable of sorted int64 blocks, the blocks in order)
    into one sorted stream of blocks.

    Each step takes, from every input, what is at or below the smallest last value of
    the inputs' current blocks: nothing above it can come later from the input that
    set it, and the input that set it is used up, so every step consumes a whole block.
    Equal values are kept (the caller's rows are unique across runs).

    >>> a = [np.array([1, 4, 9]), np.array([12, 20])]
    >>> b = [np.array([2, 3]), np.array([10, 11, 30])]
    >>> np.concatenate(list(merge([a, b]))).tolist()
    [1, 2, 3, 4, 9, 10, 11, 12, 20, 30]
    """
    streams = [iter(s) for s in inputs]
    heads: list[np.ndarray | None] = [_next(s) for s in streams]
    while True:
        live = [i for i, h in enumerate(heads) if h is not None]
        if not live:
            return
        if len(live) == 1:  # one input left: its blocks pass through
            i = live[0]
            while heads[i] is not None:
                yield heads[i]
                heads[i] = _next(streams[i])
            return
        bound = min(heads[i][-1] for i in live)
        parts = []
        for i in live:
            h = heads[i]
            cut = int(np.searchsorted(h, bound, "right"))
            if cut:
                parts.append(h[:cut])
            heads[i] = h[cut:] if cut < len(h) else _next(streams[i])
        out = np.concatenate(parts)
        out.sort(kind="stable")  # sorted pieces: the stable sort merges runs in linear time
        yield out


def _next(stream: Iterator[np.ndarray]) -> np.ndarray | None:
    """The next non-empty block of ``stream``, or None at its end."""
    for block in stream:
        if len(block):
            return np.asarray(block, dtype=np.int64)
    return None


def rechunk(blocks: Iterable[np.ndarray], size: int) -> Iterator[np.ndarray]:
    """Cut a stream of blocks into chunks of exactly ``size`` values (the last shorter).

    >>> [c.tolist() for c in rechunk([np.arange(5), np.arange(5, 7)], 3)]
    [[0, 1, 2], [3, 4, 5], [6]]
    """
    pending: list[np.ndarray] = []
    held = 0
    for block in blocks:
        if not len(block):
            continue
        pending.append(block)
        held += len(block)
        if held >= size:
            flat = np.concatenate(pending)
            full = len(flat) // size * size
            yield from np.split(flat[:full], full // size)
            rest = flat[full:]
            pending = [rest] if len(rest) else []
            held = len(rest)
    if held:
        yield np.concatenate(pending)
