"""The local engine: every core of one machine, bounded memory, resumable.

Three phases, each checkpointed under ``OUT/_work/``:

1. **ingest**: articles stream from the readers (:func:`copydesk.read.iter_articles`;
   with several workers, extraction and cleaning run on worker processes too, see
   :mod:`copydesk.read.pending`); worker processes compute their keys (:func:`copydesk.scan.candidates.article_keys`);
   the main process stores each article (zlib-compressed) with its keys in
   ``_work/articles.db`` (SQLite), a batch per transaction. Memory holds a few batches,
   not the corpus. A re-run skips articles already stored.
2. **candidates**: the keys (a few hundred bytes per article, the only per-article data
   held in memory) are grouped by key with numpy
   (:func:`~copydesk.scan.candidates.candidate_pairs`) into ``_work/pairs.npy``.
3. **compare**: candidate pairs, sorted, are cut into chunks of
   ``ScanOptions.chunk_pairs``; a ``multiprocessing`` pool compares them
   (:func:`~copydesk.scan.pairs.relation_row`), each worker reading articles from the
   SQLite file and keeping a small cache of analysed ones. A finished chunk is written
   atomically to ``_work/done/chunk-NNNNNN.jsonl``; a re-run skips finished chunks.

Then :func:`copydesk.scan.finish.finish` writes the tables. ``_work/state.json``
records the inputs (paths, sizes, modification times) and the settings; a re-run with
other inputs or settings starts over rather than mixing results.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import shutil
import sqlite3
import sys
import time
import zlib
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.read import ReadFailure, ReadOptions, iter_articles
from copydesk.read.batch import ReadStats, expand_inputs
from copydesk.read.pending import resolve
from copydesk.scan.articles import article_from_json, article_to_json, content_hex, doc_id, site_of
from copydesk.scan.options import DEFAULT, ScanOptions

__all__ = ["scan_local"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs(
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    site TEXT NOT NULL,
    keys BLOB NOT NULL,
    body BLOB NOT NULL
);
"""


# --------------------------------------------------------------------------- workers

_fp = None
_db: sqlite3.Connection | None = None
_cache: OrderedDict = OrderedDict()
_opts: ScanOptions = DEFAULT


def _init(options: ScanOptions, db_path: str | None) -> None:
    global _fp, _db, _opts
    from copydesk.index.fingerprints import Fingerprinter

    _opts = options
    _fp = Fingerprinter(options.index)
    _db = None
    if db_path:
        _db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    _cache.clear()


def _keys_task(batch: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, bytes, bytes]]:
    """(id, hash, site, article json) -> (id, hash, site, keys bytes, compressed body)."""
    from copydesk.scan.candidates import article_keys

    arts = [article_from_json(js) for _, _, _, js in batch]
    keys = article_keys(_fp, arts)
    return [
        (i, h, s, k.astype("<i8").tobytes(), zlib.compress(js.encode("utf-8"), 6))
        for (i, h, s, js), k in zip(batch, keys, strict=True)
    ]


def _analyzed(n: int):
    from copydesk.analyze import analyze

    hit = _cache.get(n)
    if hit is not None:
        _cache.move_to_end(n)
        return hit
    ident, body = _db.execute("SELECT id, body FROM docs WHERE n = ?", (n,)).fetchone()
    item = (ident, analyze(article_from_json(zlib.decompress(body).decode("utf-8"))))
    _cache[n] = item
    if len(_cache) > _opts.analyzed_cache:
        _cache.popitem(last=False)
    return item


def _compare_task(task: tuple[int, np.ndarray, np.ndarray, np.ndarray]):
    from copydesk.scan.pairs import relation_row

    chunk, lo, hi, shared = task
    rows = []
    for a, b, s in zip(lo.tolist(), hi.tolist(), shared.tolist(), strict=True):
        (ia, xa), (ib, xb) = _analyzed(a), _analyzed(b)
        row = relation_row(ia, xa, ib, xb, s, _opts)
        if row is not None:
            rows.append(row)
    return chunk, len(lo), rows


# --------------------------------------------------------------------------- driver


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _inputs_fingerprint(inputs: Sequence[str], read_options: ReadOptions) -> list[Any]:
    out: list[Any] = []
    for p in expand_inputs(list(inputs), read_options):
        if isinstance(p, ReadFailure):
            out.append([p.path, "failed"])
            continue
        try:
            st = os.stat(p)
            out.append([str(p), st.st_size, int(st.st_mtime)])
        except OSError:
            out.append([str(p), None, None])
    return out


def _bar(enabled: bool, total: int | None, desc: str, unit: str):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True, leave=False)


def _pool(workers: int, options: ScanOptions, db_path: str | None):
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ctx.Pool(workers, initializer=_init, initargs=(options, db_path))


def _ingest(
    inputs: Sequence[str],
    db: sqlite3.Connection,
    options: ScanOptions,
    read_options: ReadOptions,
    workers: int,
    failures: list[dict[str, Any]],
    note: Callable[[str], None],
) -> dict[str, int]:
    stats = ReadStats()
    stored = dict(db.execute("SELECT id, hash FROM docs"))  # from an interrupted run
    seen: dict[str, str] = {}  # id -> smallest text hash met in this run
    counts = {"read": 0, "stored": 0, "resumed": 0, "duplicate_ids": 0}

    def batches() -> Iterable[list[tuple[str, str, str, str]]]:
        batch: dict[str, tuple[str, str, str, str]] = {}
        # With several workers, pages and records are also extracted and cleaned on
        # worker processes, in stream order (copydesk.read.pending).
        deferred = read_options.replace(defer=workers > 1)
        for item in resolve(iter_articles(list(inputs), deferred, stats), workers):
            if isinstance(item, ReadFailure):
                failures.append(item.to_dict())
                continue
            counts["read"] += 1
            where = item.path or ""
            ident, h = doc_id(item, where), content_hex(item)
            # One text per id, whatever the order: the smallest hash wins (as on Spark).
            if ident in seen:
                counts["duplicate_ids"] += 1
                if seen[ident] <= h:
                    continue
            seen[ident] = h
            if stored.get(ident) == h:
                counts["resumed"] += 1
                continue
            batch[ident] = (ident, h, site_of(item), article_to_json(item))
            if len(batch) >= options.ingest_batch:
                yield list(batch.values())
                batch = {}
        if batch:
            yield list(batch.values())

    def store(rows) -> None:
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT INTO docs(id, hash, site, keys, body) VALUES (?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET hash=excluded.hash, site=excluded.site, "
            "keys=excluded.keys, body=excluded.body WHERE excluded.hash < docs.hash",
            rows,
        )
        db.execute("COMMIT")
        counts["stored"] += len(rows)

    if workers <= 1:
        _init(options, None)
        for b in batches():
            store(_keys_task(b))
    else:
        with _pool(workers, options, None) as pool:
            pending: deque = deque()
            for b in batches():
                pending.append(pool.apply_async(_keys_task, (b,)))
                while len(pending) >= 2 * workers:
                    store(pending.popleft().get())
            while pending:
                store(pending.popleft().get())
    counts["files"] = stats.files
    return counts


def _candidates(db: sqlite3.Connection, work: Path, options: ScanOptions) -> int:
    from copydesk.scan.candidates import candidate_pairs

    keys, docs = [], []
    for n, blob in db.execute("SELECT n, keys FROM docs ORDER BY n"):
        k = np.frombuffer(blob, dtype="<i8")
        keys.append(k)
        docs.append(np.full(len(k), n, dtype=np.int64))
    if keys:
        lo, hi, shared = candidate_pairs(
            np.concatenate(keys), np.concatenate(docs), options.bucket_cap, options.min_shared_keys
        )
    else:
        lo = hi = shared = np.zeros(0, np.int64)
    tmp = work / ".pairs.npy"
    with open(tmp, "wb") as f:
        np.save(f, np.stack([lo, hi, shared]) if len(lo) else np.zeros((3, 0), np.int64))
    os.replace(tmp, work / "pairs.npy")
    return len(lo)


def scan_local(
    inputs: Sequence[str],
    out: str | os.PathLike,
    options: ScanOptions = DEFAULT,
    read_options: ReadOptions | None = None,
    workers: int | None = None,
    formats: Sequence[str] = ("jsonl", "parquet"),
    progress: bool = False,
    fresh: bool = False,
    note: Callable[[str], None] | None = None,
    html: bool = True,
) -> dict[str, Any]:
    """Scan ``inputs`` on this machine and write the tables to ``out``; returns the
    manifest (counts, timings, files). See the module docstring."""
    note = note or (lambda _msg: None)
    workers = max(1, workers or os.cpu_count() or 1)
    read_options = read_options or ReadOptions(progress=progress, quiet=not progress)
    out = Path(out)
    work = out / "_work"
    state_path = work / "state.json"
    wanted = {
        "inputs": _inputs_fingerprint(inputs, read_options),
        "options": options.fingerprint(),
    }
    state: dict[str, Any] = {}
    if state_path.exists() and not fresh:
        try:
            state = json.loads(state_path.read_text(encoding="utf-8"))
        except ValueError:
            state = {}
        if state.get("wanted") != wanted:
            note("inputs or settings changed since the last run in this folder: starting over")
            state = {}
    if not state and work.exists():
        shutil.rmtree(work)
    (work / "done").mkdir(parents=True, exist_ok=True)
    state.setdefault("wanted", wanted)
    timings: dict[str, float] = state.setdefault("seconds", {})
    failures: list[dict[str, Any]] = state.setdefault("failures", [])

    def save() -> None:
        _write_atomic(state_path, json.dumps(state))

    save()
    db_path = work / "articles.db"
    db = sqlite3.connect(str(db_path), isolation_level=None, timeout=60)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(_SCHEMA)
    try:
        if not state.get("ingested"):
            t = time.monotonic()
            failures.clear()
            state["ingest"] = _ingest(inputs, db, options, read_options, workers, failures, note)
            state["ingested"] = True
            timings["ingest"] = timings.get("ingest", 0) + time.monotonic() - t
            save()
        if "pairs" not in state:
            t = time.monotonic()
            state["pairs"] = _candidates(db, work, options)
            timings["candidates"] = time.monotonic() - t
            save()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        t = time.monotonic()
        pairs = np.load(work / "pairs.npy")
        step = options.chunk_pairs
        n_chunks = (pairs.shape[1] + step - 1) // step
        todo = [c for c in range(n_chunks) if not (work / "done" / f"chunk-{c:06d}.jsonl").exists()]
        if len(todo) < n_chunks:
            note(f"resuming: {n_chunks - len(todo)} of {n_chunks} chunks already compared")
        tasks = (
            (c, pairs[0, c * step : (c + 1) * step], pairs[1, c * step : (c + 1) * step],
             pairs[2, c * step : (c + 1) * step])
            for c in todo
        )  # fmt: skip
        bar = _bar(progress, pairs.shape[1], "comparing", " pairs")
        if bar is not None:
            bar.update(pairs.shape[1] - sum(min(step, pairs.shape[1] - c * step) for c in todo))

        def done(result) -> None:
            chunk, n, rows = result
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
            _write_atomic(work / "done" / f"chunk-{chunk:06d}.jsonl", text)
            if bar is not None:
                bar.update(n)

        try:
            if workers <= 1 or len(todo) <= 1:
                _init(options, str(db_path))
                for task in tasks:
                    done(_compare_task(task))
            else:
                with _pool(workers, options, str(db_path)) as pool:
                    for result in pool.imap_unordered(_compare_task, tasks):
                        done(result)
        finally:
            if bar is not None:
                bar.close()
        timings["compare"] = timings.get("compare", 0) + time.monotonic() - t
        save()
        site_articles = dict(db.execute("SELECT site, count(*) FROM docs GROUP BY site"))
        n_docs = db.execute("SELECT count(*) FROM docs").fetchone()[0]
    finally:
        db.close()
    rows, errors = [], []
    for c in range(n_chunks):
        with open(work / "done" / f"chunk-{c:06d}.jsonl", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                (errors if r.get("relation") == "error" else rows).append(r)
    from copydesk.scan.finish import finish

    return finish(
        rows,
        site_articles,
        out,
        formats,
        {
            "engine": "local",
            "workers": workers,
            "inputs": [str(i) for i in inputs],
            "options": options.fingerprint(),
            "counts": {
                "articles": n_docs,
                "candidate_pairs": int(state["pairs"]),
                "read_failures": len(failures),
                "compare_errors": len(errors),
                **{k: v for k, v in state["ingest"].items() if k != "stored"},
            },
            "failures": failures[:1000],
            "errors": errors[:1000],
            "seconds": {**timings},
        },
        html=html,
    )
