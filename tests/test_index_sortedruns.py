"""Block-wise merging of sorted runs (the SQLite storage's key runs)."""

from __future__ import annotations

import doctest

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.index import sortedruns
from copydesk.index.sortedruns import merge, rechunk


def _blocks(values: np.ndarray, cuts: list[int]) -> list[np.ndarray]:
    """``values`` cut at ``cuts`` (positions), empty blocks included."""
    edges = sorted({0, len(values), *[c % (len(values) + 1) for c in cuts]})
    return [values[a:b] for a, b in zip(edges[:-1], edges[1:], strict=True)] + [values[:0]]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.integers(-(2**62), 2**62), max_size=60),
            st.lists(st.integers(0, 60), max_size=6),
        ),
        max_size=6,
    ),
    st.integers(1, 9),
)
def test_merge_then_rechunk_is_a_sort_cut_into_equal_chunks(runs, size):
    streams = []
    for values, cuts in runs:
        arr = np.sort(np.array(values, dtype=np.int64))
        streams.append(_blocks(arr, cuts))
    everything = np.sort(np.concatenate([np.array(v, dtype=np.int64) for v, _ in runs] or [[]]))
    merged = list(merge(streams))
    for block in merged:
        assert np.all(block[1:] >= block[:-1])
    flat = np.concatenate(merged) if merged else np.zeros(0, np.int64)
    assert flat.tolist() == everything.tolist()  # nothing lost, doubled or out of order
    chunks = list(rechunk(iter(merged), size))
    assert all(len(c) == size for c in chunks[:-1]) and all(len(c) for c in chunks)
    assert np.concatenate(chunks or [np.zeros(0, np.int64)]).tolist() == everything.tolist()


def test_merge_reads_each_input_lazily():
    """A merge holds about one block per input: a run's later blocks are not read before
    the merged output reaches them."""
    read = []

    def run(name, blocks):
        for i, b in enumerate(blocks):
            read.append((name, i))
            yield np.array(b, dtype=np.int64)

    out = merge([run("a", [[1, 2], [10, 11], [20]]), run("b", [[3, 4], [12], [21, 22]])])
    first = next(out)
    assert first.tolist() == [1, 2]
    # a's first block is used up and its next one read; nothing beyond
    assert read == [("a", 0), ("b", 0), ("a", 1)]


def test_docstring_examples():
    result = doctest.testmod(sortedruns)
    assert result.attempted > 0 and result.failed == 0
