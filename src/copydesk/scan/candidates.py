"""Candidate pairs: articles that share enough fingerprint keys to be worth comparing.

Each article gets the keys the index stores (:meth:`Fingerprinter.stored_keys`: MinHash
LSH bands of its word shingles, and bottom-k pairs of co-occurring "immutables"; see
``copydesk/index/fingerprints.py``). Two articles become a candidate pair when they
share at least ``ScanOptions.min_shared_keys`` keys, counting only keys held by at most
``ScanOptions.bucket_cap`` articles.

This is the banded-LSH self-join of *Mining of Massive Datasets* ch. 3.4, done once for
the whole corpus instead of once per query. The local engine runs it with numpy
(:func:`candidate_pairs`); the Spark engine runs the same rule as a DataFrame self-join
on ``key`` (``copydesk/spark/engine.py``). Both yield the same set of unordered pairs.

Note:
    The cap makes the work linear in corpus size: each key contributes at most
    ``cap * (cap - 1) / 2`` pairs, so no all-pairs comparison ever happens. The price: a
    story republished by more than ``cap`` sites loses the keys they all share and
    relies on the rarer keys only some of them share (the immutable pairs, sampled by
    hash, differ from copy to copy as the copies drift).

Example:
    >>> import numpy as np
    >>> keys = np.array([7, 7, 7, 9, 9, 5])
    >>> docs = np.array([0, 1, 2, 0, 1, 2])
    >>> lo, hi, n = candidate_pairs(keys, docs, bucket_cap=50, min_shared=2)
    >>> list(zip(lo.tolist(), hi.tolist(), n.tolist()))
    [(0, 1, 2)]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from copydesk.index.fingerprints import Fingerprinter
from copydesk.model import AnalyzedArticle, Article

__all__ = ["article_keys", "candidate_pairs"]


def article_keys(
    fp: Fingerprinter, articles: Sequence[Article | AnalyzedArticle]
) -> list[np.ndarray]:
    """The stored keys (int64, unique) of each article of a batch."""
    texts = [a.article.text if isinstance(a, AnalyzedArticle) else a.text for a in articles]
    return fp.keys(texts)[0]


def candidate_pairs(
    keys: np.ndarray, docs: np.ndarray, bucket_cap: int, min_shared: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of doc numbers sharing ``min_shared`` keys or more.

    ``keys[i]`` is held by doc ``docs[i]`` (one row per (key, doc); duplicates are
    ignored). Returns ``(lo, hi, shared)`` with ``lo < hi``, sorted by ``(lo, hi)``.
    """
    keys = np.asarray(keys, dtype=np.int64)
    docs = np.asarray(docs, dtype=np.int64)
    empty = np.zeros(0, np.int64)
    if len(keys) == 0:
        return empty, empty, empty
    order = np.lexsort((docs, keys))
    k, d = keys[order], docs[order]
    keep = np.ones(len(k), bool)
    keep[1:] = (k[1:] != k[:-1]) | (d[1:] != d[:-1])
    k, d = k[keep], d[keep]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
    sizes = np.diff(np.r_[starts, len(k)])
    ok = (sizes >= 2) & (sizes <= bucket_cap)
    starts, sizes = starts[ok], sizes[ok]
    n_docs = int(docs.max()) + 1
    codes: list[np.ndarray] = []
    for s in np.unique(sizes).tolist():
        members = d[starts[sizes == s][:, None] + np.arange(s)]  # (groups, s), ascending
        i, j = np.triu_indices(s, 1)
        codes.append((members[:, i] * n_docs + members[:, j]).ravel())
    if not codes:
        return empty, empty, empty
    uniq, counts = np.unique(np.concatenate(codes), return_counts=True)
    sel = counts >= min_shared
    uniq, counts = uniq[sel], counts[sel]
    return uniq // n_docs, uniq % n_docs, counts.astype(np.int64)
