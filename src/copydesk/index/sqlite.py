"""The default storage: one SQLite file in WAL mode; no server to start.

Tables::

    meta(key, value)                 schema_version, creation settings, counters
    articles(id, hash, url, ...)     one row per article; hash and url are UNIQUE,
                                     the text zlib-compressed
    keys0, keys1, ...(row)           the inverted index, in levels: one integer per
                                     (key, article), packed (see Key rows)
    runs(id, started, ...)           one row per ``index add``: status and counts

Levels: a batch's keys are random over the whole key space, so inserting them into one
big B-tree dirties nearly every page of it on every commit, and ``add`` slows down as
the index grows (measured: 4x slower per article at 10k articles than at 0). New keys go
into the small table ``keys0`` instead; when level ``i`` holds more than
``level_rows * 8**i`` rows it is merged into level ``i + 1`` (read in key order, so the
merge is one sequential pass) and emptied, in the same transaction. This is the log-
structured merge of LevelDB and friends with a fan-out of 8: each key is rewritten about
once per level (4 levels at 1M articles), and a lookup reads one small B-tree per level.

Key rows: each (key, article) pair is one integer, ``key37 << 26 | article``, the
table's own rowid (a table of nothing but its INTEGER PRIMARY KEY). ``key37`` is the
key mixed down to 37 bits; the rows of one key are then one range of rowids, read with
one range scan. Against a WITHOUT ROWID table of (key, article) columns this writes a
batch's key rows 1.6x faster (85 vs 140 us an article for 96 rows) in a third less
space (the whole file is 12% smaller at 1M articles). What it costs:

- at most 2**26 - 1 (67 million) articles in one file; ``add`` refuses more with a
  clear error (split the corpus over several indexes, or use ``copydesk scan`` on Spark);
- two different keys share a 37-bit key with probability 2**-37 a pair: at 1M articles
  (about 96M rows) a looked-up key meets a stranger's row about once in 1,400, so a
  query of 100 keys brings in one unrelated article in 14, with that one shared key.
  Stage 1 scores it as one key among the many a true source shares, and stage 2's
  alignment rejects it; the in-memory storage and Spark keep all 64 bits;
- a range scan per key and level costs about 15% more than the old key seek
  (docs/benchmarks-index.md).

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
    level_rows: rows of ``keys0`` before it is merged into the next level (see Levels).

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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.errors import IndexError_
from copydesk.index.storage import AddResult, Record, Storage, flat_rows
from copydesk.model import Article

__all__ = ["SQLiteStorage", "SCHEMA_VERSION", "compress_body"]

#: Bump on any change of tables or key encoding; an index of another version is refused
#: with a message saying so (rebuild it with ``copydesk index add``).
SCHEMA_VERSION = "3"  # 2: fingerprints read the text in one pass; 3: packed key rows

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


_SCHEMA_LEVEL = "CREATE TABLE IF NOT EXISTS keys{n}(row INTEGER PRIMARY KEY)"

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


#: Page size of new index files (bytes).
_PAGE_SIZE = 16384

#: Levels grow by this factor (see the module docstring).
_FANOUT = 8

#: Key rows per INSERT statement: many, so the writer crosses between Python and SQLite
#: rarely. SQLite allows 32,766 parameters since 3.32, 999 before.
_ROWS_PER_INSERT = 4000 if sqlite3.sqlite_version_info >= (3, 32) else 900


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
        level_rows: int = 1 << 18,
    ):
        self.path = Path(path)
        self.level_rows = level_rows
        self._lookup: tuple[int, str] | None = None  # (levels, statement)
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
            self._db.execute(_SCHEMA_LEVEL.format(n=0))
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?), ('created', ?),"
                " ('key_rows', '0'), ('articles', '0')",
                (SCHEMA_VERSION, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            )
            self._db.execute("COMMIT")
        version = self.get_meta().get("schema_version")
        if version != SCHEMA_VERSION:
            raise IndexError_(
                f"{self.path}: index schema version {version}, this copydesk reads "
                f"{SCHEMA_VERSION}; rebuild it with 'copydesk index add'"
            )

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
                rows = pack_rows(*flat_rows(fresh))  # B-tree order: sequential page writes
                n_rows = len(rows)
                self._insert_keys(rows.tolist())
            # Counters kept in the same transaction: ``count`` must be cheap (every trace
            # reads it) and count(*) scans a whole index.
            db.executemany(
                "UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = ?",
                [(n_rows, "key_rows"), (len(res.added), "articles")],
            )
            self._compact(n_rows)
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return res

    def _insert_keys(self, rows: list[int]) -> None:
        """Insert key rows; many rows per statement, which halves the cost per row
        against one ``executemany`` row at a time."""
        per = _ROWS_PER_INSERT
        full = len(rows) // per * per
        if full:
            stmt = "INSERT OR IGNORE INTO keys0(row) VALUES " + ",".join(["(?)"] * per)
            self._db.executemany(stmt, (rows[i : i + per] for i in range(0, full, per)))
        rest = rows[full:]
        if rest:
            stmt = "INSERT OR IGNORE INTO keys0(row) VALUES " + ",".join(["(?)"] * len(rest))
            self._db.execute(stmt, rest)

    def _levels(self) -> list[int]:
        """Rows per key level (``keys0`` first)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'level_rows'").fetchone()
        return json.loads(row[0]) if row else [0]

    def _compact(self, added_rows: int) -> None:
        """Count ``added_rows`` into level 0 and merge every level that is over its size
        into the next (inside the caller's transaction)."""
        db = self._db
        rows = self._levels()
        rows[0] += added_rows
        i = 0
        while rows[i] > self.level_rows * _FANOUT**i:
            if i + 1 == len(rows):
                db.execute(_SCHEMA_LEVEL.format(n=i + 1))
                rows.append(0)
            # keys{i} read in rowid order is already sorted, so the merge is one
            # sequential pass with no sort and no temporary storage.
            db.execute(
                f"INSERT OR IGNORE INTO keys{i + 1}(row) SELECT row FROM keys{i} ORDER BY row"
            )
            db.execute(f"DELETE FROM keys{i}")
            rows[i + 1] += rows[i]
            rows[i] = 0
            i += 1
        db.execute("INSERT OR REPLACE INTO meta VALUES ('level_rows', ?)", (json.dumps(rows),))

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
        out: dict[int, list[int] | None] = {}
        db = self._db
        ex = db.execute
        # One read transaction: a merge committed meanwhile by a writer (rows moving
        # from one level to the next) is either wholly seen or not at all.
        own = not db.in_transaction
        if own:
            db.execute("BEGIN")
        try:
            n = len(self._levels())
            if self._lookup is None or self._lookup[0] != n:
                self._lookup = (
                    n,
                    " UNION ALL ".join(
                        f"SELECT row FROM keys{i} WHERE row BETWEEN ?1 AND ?2" for i in range(n)
                    )
                    + " LIMIT ?3",
                )
            q = self._lookup[1]
            keys = [int(k) for k in keys]
            low = (_key37(np.array(keys, dtype=np.int64)) << _ID_BITS).tolist()
            for k, lo in zip(keys, low, strict=True):
                ids = [r[0] & _ID_MASK for r in ex(q, (lo, lo | _ID_MASK, cap + 1))]
                out[k] = None if len(ids) > cap else ids
        finally:
            if own:
                db.execute("COMMIT")
        return out

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
