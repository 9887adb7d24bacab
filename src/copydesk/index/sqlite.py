"""The default storage: one SQLite file in WAL mode; no server to start.

Tables::

    meta(key, value)                 schema_version, creation settings, counters
    articles(id, hash, url, ...)     one row per article; hash and url are UNIQUE,
                                     the text zlib-compressed
    keyruns(id, level, rows, fences) the inverted index as sorted runs of key rows
    keychunks(id, data)              each run cut into chunks of ``chunk_rows`` rows
    runs(id, started, ...)           one row per ``index add``: status and counts

Key rows: each (key, article) pair is one integer, ``key37 << 26 | article``, where
``key37`` is the key mixed down to 37 bits, so the rows of one key are one range of
integers. What the packing costs:

- at most 2**26 - 1 (67 million) articles in one file; ``add`` refuses more with a
  clear error (split the corpus over several indexes, or use ``copydesk scan`` on Spark);
- two different keys share a 37-bit key with probability 2**-37 a pair: at 1M articles
  (about 96M rows) a looked-up key meets a stranger's row about once in 1,400, so a
  query of 100 keys brings in one unrelated article in 14, with that one shared key.
  Stage 1 scores it as one key among the many a true source shares, and stage 2's
  alignment rejects it; the in-memory storage and Spark keep all 64 bits.

Key runs: a batch's key rows, sorted, are written as one *run*: a sequence of chunks of
``chunk_rows`` rows (256: 2 KB), each a BLOB row of ``keychunks`` whose id is
``run << 32 | chunk number``, and the run's *fences*, the first row of every chunk, in
``keyruns``. Writing a batch is then a few hundred BLOB inserts instead of one B-tree
insert per key row: the write of a batch's keys went from about 100 us an article
(schema 3, one table row per key row, merged between levels by ``INSERT ... SELECT``)
to about 15 (docs/benchmarks-index.md). Runs are merged so that a lookup reads few of
them. A run's size sets its level: level ``i`` holds runs of ``level_rows * fanout**i``
rows up to ``fanout`` times that (level 0 anything smaller); when a level holds
``fanout`` runs (4), they are merged into one, which lands a level up (size-tiered
merging, as in Cassandra or RocksDB's universal compaction). Merging goes a block at a
time (``sortedruns.merge``: memory is one block per run, plus the new run's fences,
8 bytes per chunk: 3 MB at 1M articles), in the batch's transaction. Each row is rewritten about once per level (6 levels at 1M
articles), and a lookup reads at most ``fanout - 1`` runs a level: 2 at 10k articles,
a dozen or fewer at 1M; batches of any size (one article, or 5,000) mix. To look keys
up, the fences of every run (read once per connection: runs never change) give, per key
and run, the chunks its range can lie in; those chunks are read with one statement, and
a binary search in them finds the rows. A key whose range covers more whole chunks than
``cap`` rows is known to be over the cap without reading them.

Safety:

- Every batch is one ``BEGIN IMMEDIATE ... COMMIT`` transaction. SQLite's WAL makes a
  commit atomic, so a ``kill -9`` (or a power cut, short of disk lies) during ``add``
  loses at most the batch in flight; the file opens with the previous batches intact.
- Inserts are ``INSERT OR IGNORE`` against the UNIQUE content hash and URL, so re-running
  an interrupted ``add`` completes it: stored articles are skipped, never doubled.
- WAL lets any number of readers (``trace``, the web server) read a consistent snapshot
  while one writer adds; a second writer waits (``busy_timeout``) instead of failing.
- ``synchronous=NORMAL``: in WAL mode a process crash never loses a commit; only an
  operating-system crash can lose the last few, and never corrupts the file.

Args:
    path: the database file (created unless ``create`` is False).
    create: create the file and schema when missing.
    cache_mb: SQLite page cache per connection, the main memory knob of writing.
    fanout: runs of one level merged into one (see Key runs).
    level_rows: size of the smallest level's runs (see Key runs).
    chunk_rows: key rows per chunk; fixed when the file is created (later opens read
        it from the file).

Example:
    >>> import tempfile, os, numpy as np
    >>> from copydesk.model import Article
    >>> from copydesk.index.storage import Record
    >>> path = os.path.join(tempfile.mkdtemp(), "x.db")
    >>> with SQLiteStorage(path) as st:
    ...     res = st.add([Record(b"h1", Article("Some text."), np.array([5, 7]))])
    ...     st.postings([5, 9], cap=10)
    {5: [1], 9: []}
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.errors import IndexError_
from copydesk.index.sortedruns import merge, rechunk
from copydesk.index.storage import AddResult, Record, Storage, flat_rows
from copydesk.model import Article

__all__ = ["SQLiteStorage", "SCHEMA_VERSION", "compress_body"]

#: Bump on any change of tables or key encoding; an index of another version is refused
#: with a message saying so (rebuild it with ``copydesk index add``).
#: 2: fingerprints read the text in one pass; 3: packed key rows; 4: key runs in chunks.
SCHEMA_VERSION = "4"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,
    url TEXT UNIQUE,
    name TEXT,
    title TEXT,
    site TEXT,
    author TEXT,
    date TEXT,
    path TEXT,
    format TEXT,
    words INTEGER,
    added REAL,
    info TEXT,
    body BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS runs(
    id INTEGER PRIMARY KEY,
    started REAL NOT NULL,
    finished REAL,
    status TEXT NOT NULL,
    inputs TEXT,
    added INTEGER DEFAULT 0,
    duplicates INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0
);
"""


_SCHEMA_KEYS = """
CREATE TABLE IF NOT EXISTS keyruns(
    id INTEGER PRIMARY KEY,
    level INTEGER NOT NULL,
    rows INTEGER NOT NULL,
    fences BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS keychunks(id INTEGER PRIMARY KEY, data BLOB NOT NULL);
"""

#: Bits of the article id in a key row (see Key rows); the key gets the 37 bits above.
_ID_BITS = 26
_ID_MASK = (1 << _ID_BITS) - 1
#: The most articles one index file holds.
MAX_ARTICLES = _ID_MASK
_MIX = np.uint64(0x9E3779B97F4A7C15)


def _key37(keys: np.ndarray) -> np.ndarray:
    """Keys mixed down to 37 bits (a multiplicative hash: the top bits of the product
    depend on every bit of the key), as int64."""
    with np.errstate(over="ignore"):
        return ((np.asarray(keys, dtype=np.int64).view(np.uint64) * _MIX) >> np.uint64(27)).astype(
            np.int64
        )


def pack_rows(keys: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """Key rows of (key, article) pairs (see Key rows), sorted and unique."""
    rows = np.sort((_key37(keys) << _ID_BITS) | np.asarray(articles, dtype=np.int64))
    return rows[np.r_[True, rows[1:] != rows[:-1]]] if len(rows) else rows


def _spans(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The indices ``start .. start + length - 1`` of every span, one after another."""
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())


def _chunk_ids(run: int, first: int = 0, last: int = 0xFFFFFFFF) -> tuple[int, int]:
    """The first and last ``keychunks`` id of chunks ``first`` to ``last`` of ``run``
    (all of its chunks by default)."""
    return (run << 32) | first, (run << 32) | last


#: Page size of new index files (bytes).
_PAGE_SIZE = 16384

#: Key rows per chunk (see Key runs): a lookup reads one chunk per key and run, 2 KB.
CHUNK_ROWS = 256

#: Runs of one level that are merged into one (see Key runs).
FANOUT = 4

#: Key rows of the smallest level (see Key runs): level ``i`` holds runs of
#: ``LEVEL_ROWS * fanout**i`` to ``fanout`` times more rows (level 0: anything smaller).
LEVEL_ROWS = 1 << 14

#: Runs of at most this many rows (2 MB) are read whole by a lookup and kept in memory
#: by the connection (runs never change): the newest runs are small, and a lookup would
#: read nearly all their chunks anyway. At most ``2 * (fanout - 1)`` runs are this small
#: at the default sizes: 12 MB a connection.
_SMALL_RUN_ROWS = 1 << 18

#: Chunks read, and chunks written, per statement while merging runs.
_MERGE_CHUNKS = 256


def compress_body(text: str) -> bytes:
    """The stored form of an article's text (zlib; level 6 keeps it ~40% of the text)."""
    return zlib.compress(text.encode("utf-8"), 6)


_NO_INFO = json.dumps({"credit_lines": [], "boilerplate": [], "meta": {}, "language": None})


def _info(a: Article) -> str:
    if not (a.credit_lines or a.boilerplate or a.meta or a.language):
        return _NO_INFO  # most records of an export: no JSON to write
    return json.dumps(
        {
            "credit_lines": a.credit_lines,
            "boilerplate": a.boilerplate,
            "meta": a.meta,
            "language": a.language,
        },
        ensure_ascii=False,
        default=str,
    )


class SQLiteStorage(Storage):
    """SQLite (WAL) storage; see the module docstring."""

    def __init__(
        self,
        path: str | os.PathLike,
        create: bool = True,
        cache_mb: int = 64,
        fanout: int = FANOUT,
        chunk_rows: int = CHUNK_ROWS,
        level_rows: int = LEVEL_ROWS,
    ):
        self.path = Path(path)
        self.fanout = max(2, int(fanout))
        self.level_rows = max(1, int(level_rows))
        self._fences: dict[int, np.ndarray] = {}  # run id -> first row of each chunk
        self._small: dict[int, np.ndarray] = {}  # run id -> all rows, for small runs
        self.small_run_rows = _SMALL_RUN_ROWS
        if not self.path.exists() and not create:
            raise IndexError_(f"{self.path}: no index here (build one with 'copydesk index add')")
        try:
            # ``Index.add`` commits from a writer thread; it serializes use of the
            # connection with a lock, so the connection may cross threads.
            self._db = sqlite3.connect(
                str(self.path), timeout=60, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA busy_timeout=60000")
            # A new file only (the page size of a WAL file is fixed): 16 KB pages hold
            # ~1,000 key rows each, and writing a batch is 15% faster than with 4 KB.
            self._db.execute(f"PRAGMA page_size={_PAGE_SIZE}")
            mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Fold the WAL into the file every 64 MB instead of every 1,000 pages (16 MB
            # here): each fold is an fsync, and ``add`` measured 15% faster this way.
            self._db.execute("PRAGMA wal_autocheckpoint=4096")
            self._db.execute(f"PRAGMA cache_size={-1024 * int(cache_mb)}")
            self._db.execute("PRAGMA temp_store=MEMORY")
            tables = {
                r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        except sqlite3.DatabaseError as e:
            raise IndexError_(f"{self.path}: not a copydesk index ({e})") from None
        if mode.lower() != "wal":
            raise IndexError_(f"{self.path}: cannot switch to WAL mode (got {mode})")
        if "meta" not in tables:
            if tables:
                raise IndexError_(f"{self.path}: an SQLite file, but not a copydesk index")
            self._db.execute("BEGIN IMMEDIATE")
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    self._db.execute(stmt)
            for stmt in _SCHEMA_KEYS.split(";"):
                if stmt.strip():
                    self._db.execute(stmt)
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?), ('created', ?),"
                " ('key_rows', '0'), ('articles', '0'), ('chunk_rows', ?)",
                (
                    SCHEMA_VERSION,
                    time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    str(int(chunk_rows)),
                ),
            )
            self._db.execute("COMMIT")
        meta = self.get_meta()
        version = meta.get("schema_version")
        if version != SCHEMA_VERSION:
            raise IndexError_(
                f"{self.path}: index schema version {version}, this copydesk reads "
                f"{SCHEMA_VERSION}; rebuild it with 'copydesk index add'"
            )
        # Fixed when the file is made: the fences of stored runs count chunks of this size.
        self.chunk_rows = int(meta["chunk_rows"])

    # --- writing ----------------------------------------------------------------------
    def add(self, records: Sequence[Record]) -> AddResult:
        res = AddResult()
        now = time.time()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            # Duplicates (same text or URL, stored or earlier in the batch) are found
            # first, so the rest goes in with two ``executemany``: ids are given here,
            # which is safe because BEGIN IMMEDIATE holds the only write lock.
            known = self.known(r.hash for r in records)
            urls = self._known_urls([r.article.url for r in records if r.article.url])
            fresh: list[Record] = []
            for r in records:
                url = r.article.url or None
                if r.hash in known or (url and url in urls):
                    res.duplicates += 1
                    continue
                known.add(r.hash)
                if url:
                    urls.add(url)
                fresh.append(r)
            top = db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
            if top + len(fresh) > MAX_ARTICLES:
                raise IndexError_(
                    f"{self.path}: an index file holds at most {MAX_ARTICLES:,} articles;"
                    " put the rest in another index (or run 'copydesk scan' on Spark)"
                )
            for n, r in enumerate(fresh, start=top + 1):
                r.id = n
                res.added.append(n)
            db.executemany(
                "INSERT INTO articles(id, hash, url, name, title, site, author, date, path,"
                " format, words, added, info, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    (
                        r.id,
                        r.hash,
                        r.article.url or None,
                        r.article.name,
                        r.article.title,
                        r.article.site,
                        r.article.author,
                        r.article.date,
                        r.article.path,
                        r.article.source_format,
                        r.words,
                        now,
                        _info(r.article),
                        r.body or compress_body(r.article.text),
                    )
                    for r in fresh
                ),
            )
            n_rows = 0
            if fresh:
                rows = pack_rows(*flat_rows(fresh))
                n_rows = len(rows)
                self._write_run([rows])
            # Counters kept in the same transaction: ``count`` must be cheap (every trace
            # reads it) and count(*) scans a whole index.
            db.executemany(
                "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = ?",
                [(n_rows, "key_rows"), (len(res.added), "articles")],
            )
            self._compact()
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return res

    def _write_run(self, blocks: Iterable[np.ndarray]) -> None:
        """Store sorted key rows (given as sorted blocks, in order) as a new run:
        fixed-size chunks, the run's fences (each chunk's first row), and its level,
        which its size sets (see Key runs)."""
        db = self._db
        run = db.execute("SELECT coalesce(max(id), 0) + 1 FROM keyruns").fetchone()[0]
        # 8 bytes a chunk (2 KB of key rows): about 3 bytes an article of the run, the one
        # part of a merge's memory that grows with the index (3 MB at 1M articles).
        fences = array("q")
        todo: list[tuple[int, bytes]] = []
        rows = 0
        for chunk in rechunk(blocks, self.chunk_rows):
            todo.append((_chunk_ids(run, len(fences))[0], chunk.tobytes()))
            fences.append(int(chunk[0]))
            rows += len(chunk)
            if len(todo) >= _MERGE_CHUNKS:
                db.executemany("INSERT INTO keychunks(id, data) VALUES (?, ?)", todo)
                todo = []
        if todo:
            db.executemany("INSERT INTO keychunks(id, data) VALUES (?, ?)", todo)
        if fences:
            level = 0
            while rows >= self.level_rows * self.fanout ** (level + 1):
                level += 1
            db.execute(
                "INSERT INTO keyruns(id, level, rows, fences) VALUES (?, ?, ?, ?)",
                (run, level, rows, fences.tobytes()),
            )

    def _read_run(self, run: int, rows: int) -> Iterator[np.ndarray]:
        """A stored run's rows, in order, ``_MERGE_CHUNKS`` chunks at a time (every read
        is a finished statement, so the merge may write between two reads)."""
        chunks = -(-rows // self.chunk_rows)
        for first in range(0, chunks, _MERGE_CHUNKS):
            last = min(first + _MERGE_CHUNKS, chunks) - 1
            data = self._db.execute(
                "SELECT data FROM keychunks WHERE id BETWEEN ? AND ? ORDER BY id",
                _chunk_ids(run, first, last),
            ).fetchall()
            yield np.frombuffer(b"".join(d for (d,) in data), dtype=np.int64)

    def _run_rows(self, run: int, rows: int) -> np.ndarray:
        """A stored run's rows, whole."""
        return np.concatenate(list(self._read_run(run, rows)))

    def _levels(self) -> list[int]:
        """Key rows per level (level 0, the newest batches, first)."""
        out: list[int] = []
        for level, rows in self._db.execute(
            "SELECT level, sum(rows) FROM keyruns GROUP BY level ORDER BY level"
        ):
            out.extend([0] * (level + 1 - len(out)))
            out[level] = rows
        return out or [0]

    def _compact(self) -> None:
        """Merge the runs of every level that holds ``fanout`` of them into one (which
        lands on a higher level, or stays on this one when they were tiny), lowest
        level first, inside the caller's transaction; memory: one block per run."""
        db = self._db
        while True:
            row = db.execute(
                "SELECT level FROM keyruns GROUP BY level HAVING count(*) >= ?"
                " ORDER BY level LIMIT 1",
                (self.fanout,),
            ).fetchone()
            if row is None:
                return
            runs = db.execute(
                "SELECT id, rows FROM keyruns WHERE level = ? ORDER BY id", row
            ).fetchall()
            self._write_run(merge([self._read_run(r, n) for r, n in runs]))
            for r, _ in runs:
                db.execute("DELETE FROM keychunks WHERE id BETWEEN ? AND ?", _chunk_ids(r))
                db.execute("DELETE FROM keyruns WHERE id = ?", (r,))

    def _known_urls(self, urls: list[str]) -> set[str]:
        return self._present("url", urls)

    def _present(self, column: str, values: list) -> set:
        """The ``values`` found in ``articles.column`` (a UNIQUE column)."""
        out: set = set()
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            q = f"SELECT {column} FROM articles WHERE {column} IN ({','.join('?' * len(chunk))})"
            out.update(r[0] for r in self._db.execute(q, chunk))
        return out

    def set_meta(self, values: dict[str, Any]) -> None:
        with self._tx():
            self._db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [(k, str(v)) for k, v in values.items()],
            )

    def start_run(self, inputs: list[str]) -> int:
        with self._tx():
            cur = self._db.execute(
                "INSERT INTO runs(started, status, inputs) VALUES (?, 'running', ?)",
                (time.time(), json.dumps(inputs)),
            )
            return cur.lastrowid

    def finish_run(self, run: int, status: str, added: int, duplicates: int, failed: int) -> None:
        with self._tx():
            self._db.execute(
                "UPDATE runs SET finished=?, status=?, added=?, duplicates=?, failed=? WHERE id=?",
                (time.time(), status, added, duplicates, failed, run),
            )

    def _tx(self):
        db = self._db

        class _T:
            def __enter__(self):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self, et, ev, tb):
                db.execute("COMMIT" if et is None else "ROLLBACK")

        return _T()

    # --- reading ----------------------------------------------------------------------
    def known(self, hashes: Iterable[bytes]) -> set[bytes]:
        return self._present("hash", list(hashes))

    def id_of(self, hash: bytes) -> int | None:
        row = self._db.execute("SELECT id FROM articles WHERE hash = ?", (hash,)).fetchone()
        return row[0] if row else None

    def postings(self, keys: Iterable[int], cap: int) -> dict[int, list[int] | None]:
        keys = [int(k) for k in keys]
        if not keys:
            return {}
        db = self._db
        low = _key37(np.array(keys, dtype=np.int64)) << _ID_BITS
        high = low | _ID_MASK
        capped = np.zeros(len(keys), dtype=bool)
        # One read transaction: a merge committed meanwhile by a writer (runs replaced
        # by their merged run) is either wholly seen or not at all.
        own = not db.in_transaction
        if own:
            db.execute("BEGIN")
        try:
            plans = []  # (run id, wanted chunk numbers) per run
            whole = []  # the rows of the small runs, kept in memory
            for run, fences in self._run_fences():
                if len(fences) * self.chunk_rows <= self.small_run_rows:
                    rows = self._small.get(run)
                    if rows is None:
                        rows = self._run_rows(run, len(fences) * self.chunk_rows)
                        self._small[run] = rows
                    whole.append(rows)
                    continue
                # The rows of a key lie in chunks c0..c1: the chunk its range starts in,
                # to the chunk its range ends in.
                c0 = np.maximum(np.searchsorted(fences, low, "right") - 1, 0)
                c1 = np.searchsorted(fences, high, "right") - 1
                # Whole chunks strictly inside the range: more rows than the cap, unread.
                capped |= (c1 - c0 - 1) * self.chunk_rows > cap
                use = (c1 >= 0) & ~capped
                if use.any():
                    plans.append((run, np.unique(_spans(c0[use], (c1 - c0 + 1)[use]))))
            if plans:
                ids = np.concatenate([_chunk_ids(run)[0] | w for run, w in plans])
                data = db.execute(
                    "SELECT id, data FROM keychunks WHERE id IN"
                    " (SELECT value FROM json_each(?)) ORDER BY id",
                    (json.dumps(ids.tolist()),),
                ).fetchall()
        finally:
            if own:
                db.execute("COMMIT")
        at = 0
        for _run, wanted in plans:
            # The wanted chunks of a run, in order, are one sorted array holding every
            # row of every (uncapped) key range that falls in this run.
            whole.append(
                np.frombuffer(b"".join([d for _, d in data[at : at + len(wanted)]]), np.int64)
            )
            at += len(wanted)
        owners, found = [], []  # per run: the key index of each row found, and the row
        for rows in whole:
            a = np.searchsorted(rows, low, "left")
            n = np.where(capped, 0, np.searchsorted(rows, high, "right") - a)
            owners.append(np.repeat(np.arange(len(keys)), n))
            found.append(rows[_spans(a, n)])
        owner = np.concatenate(owners) if owners else np.zeros(0, np.int64)
        order = np.argsort(owner, kind="stable")
        ids = ((np.concatenate(found)[order] & _ID_MASK) if found else owner).tolist()
        ends = np.cumsum(np.bincount(owner, minlength=len(keys))).tolist()
        out: dict[int, list[int] | None] = {}
        start = 0
        for j, k in enumerate(keys):
            end = ends[j]
            out[k] = None if capped[j] or end - start > cap else ids[start:end]
            start = end
        return out

    def _run_fences(self) -> list[tuple[int, np.ndarray]]:
        """Every stored run with its fences; a run never changes once written, so its
        fences are read once per connection."""
        runs = [r for (r,) in self._db.execute("SELECT id FROM keyruns ORDER BY id")]
        new = [r for r in runs if r not in self._fences]
        if new:
            for r, f in self._db.execute(
                f"SELECT id, fences FROM keyruns WHERE id IN ({','.join('?' * len(new))})", new
            ):
                self._fences[r] = np.frombuffer(f, dtype=np.int64)
        if len(self._fences) > len(runs):
            keep = set(runs)
            self._fences = {r: f for r, f in self._fences.items() if r in keep}
            self._small = {r: a for r, a in self._small.items() if r in keep}
        return [(r, self._fences[r]) for r in runs]

    def all_rows(self) -> np.ndarray:
        """Every key row of the index, sorted (the whole index in memory: for tests and
        small indexes)."""
        runs = self._db.execute("SELECT id, rows FROM keyruns").fetchall()
        blocks = [self._run_rows(r, n) for r, n in runs]
        return np.sort(np.concatenate(blocks)) if blocks else np.zeros(0, np.int64)

    def articles(self, ids: Iterable[int]) -> dict[int, Article]:
        ids = list(ids)
        out: dict[int, Article] = {}
        if not ids:
            return out
        q = (
            "SELECT id, url, name, title, site, author, date, path, format, info, body"
            f" FROM articles WHERE id IN ({','.join('?' * len(ids))})"
        )
        for i, url, name, title, site, author, date, path, fmt, info, body in self._db.execute(
            q, ids
        ):
            extra = json.loads(info or "{}")
            art = Article(
                text=zlib.decompress(body).decode("utf-8"),
                id=name or "",
                path=path,
                url=url,
                title=title,
                site=site,
                author=author,
                date=date,
                language=extra.get("language"),
                source_format=fmt or "text",
                boilerplate=extra.get("boilerplate", []),
                credit_lines=extra.get("credit_lines", []),
                meta=extra.get("meta", {}),
            )
            art.meta["index_id"] = i
            out[i] = art
        return out

    def count(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'articles'").fetchone()
        if row is None:  # an index written before the counter existed
            return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return int(row[0])

    def get_meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta"))

    def stats(self) -> dict[str, Any]:
        meta = self.get_meta()
        n = self.count()
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        runs = [
            {"id": r[0], "started": r[1], "finished": r[2], "status": r[3], "added": r[4],
             "duplicates": r[5], "failed": r[6]}
            for r in self._db.execute(
                "SELECT id, started, finished, status, added, duplicates, failed FROM runs"
                " ORDER BY id DESC LIMIT 5"
            )
        ]  # fmt: skip
        return {
            "path": str(self.path),
            "schema_version": meta.get("schema_version"),
            "created": meta.get("created"),
            "articles": n,
            "key_rows": int(meta.get("key_rows", 0)),
            "key_runs": self._db.execute("SELECT count(*) FROM keyruns").fetchone()[0],
            "bytes": size,
            "bytes_per_article": round(size / n) if n else None,
            "recent_runs": runs,
        }

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (after a big add; readers may keep reading)."""
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        try:
            self._db.close()
        except sqlite3.Error:
            pass
