"""Article vectors in the index (issue 7): one embedding per article, searched exactly.

An index built with ``IndexOptions.semantic`` (``copydesk index add --semantic``) keeps,
besides its keys, one vector per article: the normalized mean of its sentence vectors
(:func:`copydesk.semantic.article_vectors`, all-MiniLM-L6-v2, 384 numbers). A language
model's rewrite changes nearly every word and reorders sentences, which wears down the
keys; its article vector stays close to the source's (cosine 0.8-0.95, against 0.5-0.8
for other reports of the same event: bench/semantic_retrieval.py).

Storage: a ``vectors(seq, article, vec)`` table in the same SQLite file (written on the
storage's connection by this module, so sqlite.py's schema is unchanged and older
indexes open as before), ``vec`` as 384
little-endian float16 (768 bytes; the rounding moves a cosine by under 1e-3). The rows
are written in their own transaction right after the batch of articles they belong to;
an ``add`` interrupted between the two leaves articles without a vector, and the next
``add`` on the index embeds them first (:func:`backfill`).

Search: exact, brute force. The matrix is read once per open index into memory as
float16 (768 bytes per article: 77 MB at 100,000 articles, 768 MB at a million) and new
rows are appended as they appear; a query is one float16 matrix-vector product (torch)
and the exact top-k by ``argpartition``. Measured (docs/benchmarks-semantic.md,
"Retrieval"): 5-9 ms at 100,000 articles, 65-109 ms at a million on 2 shared cores,
where embedding the query itself takes longer; no approximate-search library is used.

Other backends (:class:`~copydesk.index.storage.MemoryStorage`) keep the vectors in a
dict beside the storage object, unless they define the four methods themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

import numpy as np

from copydesk.errors import InputError

__all__ = [
    "VectorTable",
    "add_articles",
    "backfill",
    "count",
    "embed_texts",
    "require_extra",
]

#: Vectors are embedded and written this many articles at a time during a backfill.
BACKFILL_BATCH = 64


def require_extra(what: str) -> None:
    """One-line error when the index holds vectors but the extra is missing."""
    from copydesk import semantic

    missing = semantic._missing()
    if missing:
        raise InputError(
            what,
            "this index holds article vectors (built with --semantic); reading or extending "
            f"it needs the 'semantic' extra (missing: {', '.join(missing)}): "
            "pip install 'copydesk[semantic]'",
        )


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """Article vectors (float32, unit rows) of plain article texts."""
    from copydesk import semantic
    from copydesk.analyze import sentences

    return semantic.article_vectors([[s.text for s in sentences(t)] for t in texts])


class _MemoryVectors:
    """The vector methods for a storage that has none (a dict beside it)."""

    def __init__(self) -> None:
        self.rows: dict[int, bytes] = {}
        self.order: list[int] = []

    def add_vectors(self, ids: Sequence[int], blobs: Sequence[bytes]) -> None:
        for i, b in zip(ids, blobs, strict=True):
            if i not in self.rows:
                self.order.append(i)
            self.rows[i] = b

    def vectors_since(self, seq: int, limit: int) -> list[tuple[int, int, bytes]]:
        return [(k + 1, i, self.rows[i]) for k, i in enumerate(self.order[seq : seq + limit], seq)]

    def without_vectors(self, limit: int) -> list[int]:
        return []  # a memory index is written in one process: nothing can be left over

    def vector_count(self) -> int:
        return len(self.rows)


class _SQLiteVectors:
    """The ``vectors`` table of a :class:`~copydesk.index.sqlite.SQLiteStorage`, on the
    storage's own connection. Created on first write, so an index without vectors (and
    one written before they existed) has no such table and reads as holding none."""

    _TABLE = (
        "CREATE TABLE IF NOT EXISTS vectors("
        "seq INTEGER PRIMARY KEY, article INTEGER NOT NULL UNIQUE, vec BLOB NOT NULL)"
    )

    def __init__(self, db) -> None:
        self._db = db

    def _exists(self) -> bool:
        q = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='vectors'"
        return self._db.execute(q).fetchone() is not None

    def add_vectors(self, ids: Sequence[int], blobs: Sequence[bytes]) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(self._TABLE)
            # REPLACE gives a re-embedded article a new seq, so readers pick it up.
            db.executemany(
                "INSERT OR REPLACE INTO vectors(article, vec) VALUES (?, ?)",
                zip((int(i) for i in ids), blobs, strict=True),
            )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def vectors_since(self, seq: int, limit: int) -> list[tuple[int, int, bytes]]:
        if not self._exists():
            return []
        q = "SELECT seq, article, vec FROM vectors WHERE seq > ? ORDER BY seq LIMIT ?"
        return self._db.execute(q, (seq, limit)).fetchall()

    def without_vectors(self, limit: int) -> list[int]:
        if not self._exists():
            q = "SELECT id FROM articles ORDER BY id LIMIT ?"
        else:
            q = (
                "SELECT id FROM articles WHERE id NOT IN (SELECT article FROM vectors)"
                " ORDER BY id LIMIT ?"
            )
        return [r[0] for r in self._db.execute(q, (limit,))]

    def vector_count(self) -> int:
        if not self._exists():
            return 0
        return self._db.execute("SELECT count(*) FROM vectors").fetchone()[0]


def _backend(storage):
    if hasattr(storage, "add_vectors"):
        return storage
    from copydesk.index.sqlite import SQLiteStorage

    if isinstance(storage, SQLiteStorage):
        return _SQLiteVectors(storage._db)
    mem = getattr(storage, "_copydesk_vectors", None)
    if mem is None:
        mem = _MemoryVectors()
        storage._copydesk_vectors = mem
    return mem


def _blobs(vecs: np.ndarray) -> list[bytes]:
    v16 = np.ascontiguousarray(vecs, dtype="<f2")
    return [row.tobytes() for row in v16]


def add_articles(storage, ids: Sequence[int], texts: Sequence[str]) -> None:
    """Embed and store the vectors of articles just stored with these ids."""
    if not ids:
        return
    _backend(storage).add_vectors(list(ids), _blobs(embed_texts(texts)))


def count(storage) -> int:
    """Article vectors stored."""
    return _backend(storage).vector_count()


def backfill(storage, batch: int = BACKFILL_BATCH) -> int:
    """Embed the stored articles that have no vector (an ``add`` interrupted between its
    two transactions, or a lexical index turned semantic). Returns how many."""
    back = _backend(storage)
    done = 0
    while True:
        ids = back.without_vectors(batch)
        if not ids:
            return done
        arts = storage.articles(ids)
        ids = [i for i in ids if i in arts]
        if not ids:
            return done
        add_articles(storage, ids, [arts[i].text for i in ids])
        done += len(ids)


class VectorTable:
    """The index's article vectors in memory, for exact nearest-neighbour search."""

    def __init__(self, storage, chunk: int = 50_000):
        self._back = _backend(storage)
        self._chunk = chunk
        self._seq = 0
        self._ids = np.zeros(0, dtype=np.int64)
        self._mat = np.zeros((0, 0), dtype=np.float16)
        self._lock = threading.Lock()

    def refresh(self) -> int:
        """Read the rows written since the last call; returns the number held."""
        with self._lock:
            ids: list[np.ndarray] = [self._ids]
            mats: list[np.ndarray] = [self._mat] if len(self._mat) else []
            while True:
                rows = self._back.vectors_since(self._seq, self._chunk)
                if not rows:
                    break
                self._seq = rows[-1][0]
                ids.append(np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows)))
                raw = np.frombuffer(b"".join(r[2] for r in rows), dtype="<f2")
                mats.append(raw.reshape(len(rows), -1).astype(np.float16))
            if len(ids) > 1:
                all_ids = np.concatenate(ids)
                mat = np.vstack(mats)
                # A re-embedded article (backfill) keeps its newest row only.
                _, last = np.unique(all_ids[::-1], return_index=True)
                keep = np.sort(len(all_ids) - 1 - last)
                self._ids, self._mat = all_ids[keep], np.ascontiguousarray(mat[keep])
            return len(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def search(
        self, query: np.ndarray, k: int, exclude: Iterable[int] = (), min_cos: float = -1.0
    ) -> list[tuple[int, float]]:
        """The ``k`` stored articles most similar to ``query`` (cosine, best first)."""
        self.refresh()
        n = len(self._ids)
        if n == 0 or k <= 0:
            return []
        ex = set(exclude)
        want = min(n, k + len(ex))
        scores = _scores(self._mat, np.asarray(query, dtype=np.float32))
        top = np.argpartition(-scores, want - 1)[:want] if want < n else np.arange(n)
        top = top[np.argsort(-scores[top], kind="stable")]
        out = []
        for t in top:
            i, s = int(self._ids[t]), float(scores[t])
            if i in ex or s < min_cos:
                continue
            out.append((i, s))
            if len(out) >= k:
                break
        return out


def _scores(mat: np.ndarray, query: np.ndarray) -> np.ndarray:
    """``mat @ query`` as float32, ``mat`` float16. torch (which the semantic extra brings,
    and which embedded the query) multiplies float16 directly: half the memory traffic
    of float32, 76-83 ms for a million rows against 127-143 ms (numpy float32), scores
    within 2e-4. Without torch, numpy in float32 chunks."""
    try:
        import torch
    except ImportError:  # pragma: no cover - the extra brings torch
        torch = None
    if torch is not None:
        q = torch.from_numpy(query.astype(np.float16))
        return (torch.from_numpy(mat) @ q).float().numpy()
    out = np.empty(len(mat), dtype=np.float32)
    for i in range(0, len(mat), 65_536):
        out[i : i + 65_536] = mat[i : i + 65_536].astype(np.float32) @ query
    return out
