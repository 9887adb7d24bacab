"""The small storage interface the index algorithms talk to, and an in-memory backend.

Like datasketch's ``storage.py``: the retriever only needs to add a batch of articles
with their keys, look keys up, and read articles back; whether that lives in a dict
(:class:`MemoryStorage`, for tests and throw-away indexes) or in SQLite
(:class:`copydesk.index.sqlite.SQLiteStorage`, the default) is invisible to it.

Contract every backend keeps:

- ``add`` is atomic: a batch is stored entirely or not at all.
- An article is stored once: a record whose content hash, or URL, is already stored (or
  appears earlier in the same batch) is skipped and reported as a duplicate.
- ``postings`` returns, for each key, the ids of articles holding it, or ``None`` when
  more than ``cap`` do (the key is too common to be evidence).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from copydesk.model import Article

__all__ = ["Record", "Storage", "MemoryStorage"]


@dataclass(slots=True)
class Record:
    """One article as the index stores it."""

    hash: bytes
    article: Article
    keys: np.ndarray  # int64 tagged keys (fingerprints.py)
    words: int = 0
    id: int | None = None  # set by the storage
    body: bytes | None = None  # the stored text, compressed ahead (by a worker) or not


@dataclass(slots=True)
class AddResult:
    added: list[int] = field(default_factory=list)  # ids of newly stored articles
    duplicates: int = 0


class Storage(ABC):
    """Where an index keeps articles, their metadata and their keys."""

    @abstractmethod
    def add(self, records: Sequence[Record]) -> AddResult:
        """Store a batch atomically, skipping duplicates (same content hash or URL)."""

    @abstractmethod
    def known(self, hashes: Iterable[bytes]) -> set[bytes]:
        """Which of these content hashes are stored already."""

    @abstractmethod
    def id_of(self, hash: bytes) -> int | None:
        """The id of the article with this content hash, if stored."""

    @abstractmethod
    def postings(self, keys: Iterable[int], cap: int) -> dict[int, list[int] | None]:
        """Article ids per key; ``None`` for keys held by more than ``cap`` articles."""

    @abstractmethod
    def articles(self, ids: Iterable[int]) -> dict[int, Article]:
        """Stored articles (text and metadata) by id."""

    @abstractmethod
    def count(self) -> int:
        """Number of stored articles."""

    @abstractmethod
    def get_meta(self) -> dict[str, str]:
        """The key/value settings an index was created with."""

    @abstractmethod
    def set_meta(self, values: dict[str, Any]) -> None: ...

    def stats(self) -> dict[str, Any]:
        return {"articles": self.count()}

    def close(self) -> None:  # noqa: B027 - optional for backends without resources
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def flat_rows(records: Sequence[Record]) -> tuple[np.ndarray, np.ndarray]:
    """(key, article id) rows of stored records, in record order."""
    if not records:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    k = np.concatenate([np.asarray(r.keys, dtype=np.int64) for r in records])
    owner = np.repeat(
        np.array([r.id for r in records], dtype=np.int64), [len(r.keys) for r in records]
    )
    return k, owner


def key_rows(records: Sequence[Record]) -> tuple[np.ndarray, np.ndarray]:
    """(key, article id) rows of stored records, sorted by key then article: the order
    of a posting list."""
    k, owner = flat_rows(records)
    order = np.lexsort((owner, k))
    return k[order], owner[order]


class MemoryStorage(Storage):
    """An in-memory storage: for tests, short-lived indexes, and as the like-for-like
    peer of datasketch's in-memory ``MinHashLSH`` in bench/speed_index.py.

    Keys are kept as sorted numpy runs, one per batch, merged when there are many (the
    same log-structured idea as the SQLite levels): adding a batch is one sort, and a
    lookup is a binary search per run.
    """

    _MAX_RUNS = 8

    def __init__(self) -> None:
        self._articles: dict[int, Article] = {}
        self._hash: dict[bytes, int] = {}
        self._url: dict[str, int] = {}
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (keys sorted, article ids)
        self._meta: dict[str, str] = {}
        self._keycount = 0

    def add(self, records: Sequence[Record]) -> AddResult:
        res = AddResult()
        stored: list[Record] = []
        for r in records:
            url = r.article.url
            if r.hash in self._hash or (url and url in self._url):
                res.duplicates += 1
                continue
            i = len(self._articles) + 1
            r.id = i
            self._articles[i] = r.article
            self._hash[r.hash] = i
            if url:
                self._url[url] = i
            stored.append(r)
            res.added.append(i)
        if stored:
            k, owner = key_rows(stored)
            self._runs.append((k, owner))
            self._keycount += len(k)
            self._merge_runs()
        return res

    def _merge_runs(self) -> None:
        if len(self._runs) > self._MAX_RUNS:
            k = np.concatenate([r[0] for r in self._runs])
            owner = np.concatenate([r[1] for r in self._runs])
            order = np.lexsort((owner, k))
            self._runs = [(k[order], owner[order])]

    def known(self, hashes: Iterable[bytes]) -> set[bytes]:
        return {h for h in hashes if h in self._hash}

    def id_of(self, hash: bytes) -> int | None:
        return self._hash.get(hash)

    def postings(self, keys: Iterable[int], cap: int) -> dict[int, list[int] | None]:
        q = np.array([int(k) for k in keys], dtype=np.int64)
        found: dict[int, list[int]] = {int(k): [] for k in q}
        for run_keys, run_ids in self._runs:
            lo = np.searchsorted(run_keys, q, "left")
            hi = np.searchsorted(run_keys, q, "right")
            for k, a, b in zip(q.tolist(), lo.tolist(), hi.tolist(), strict=True):
                if b > a:
                    found[k].extend(run_ids[a:b].tolist())
        return {k: None if len(v) > cap else v for k, v in found.items()}

    def articles(self, ids: Iterable[int]) -> dict[int, Article]:
        return {i: self._articles[i] for i in ids if i in self._articles}

    def count(self) -> int:
        return len(self._articles)

    def get_meta(self) -> dict[str, str]:
        return dict(self._meta)

    def set_meta(self, values: dict[str, Any]) -> None:
        self._meta.update({k: str(v) for k, v in values.items()})

    def stats(self) -> dict[str, Any]:
        distinct = len(np.unique(np.concatenate([r[0] for r in self._runs]))) if self._runs else 0
        return {"articles": self.count(), "keys": self._keycount, "distinct_keys": distinct}
