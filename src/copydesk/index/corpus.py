"""The corpus index: articles and their fingerprints in a storage, and the two questions
asked of it, "where did this come from?" and "who copied this?".

:class:`Index` ties the pieces together: ``fingerprints.py`` turns an article into keys,
a :class:`~copydesk.index.storage.Storage` keeps them (SQLite by default), and
``retrieve.py`` finds and re-ranks candidates with the compare pipeline.

Example:
    >>> import tempfile, os
    >>> from copydesk.model import AnalyzedArticle, Article
    >>> idx = open_index(os.path.join(tempfile.mkdtemp(), "c.db"))
    >>> src = Article("Mayor Ana Ruiz said on Monday that 40 bridges in Tarvik need urgent "
    ...               "repairs costing 12 million euros. The Tarvik council will vote in May. "
    ...               "Engineer Olga Brandt found cracks in 17 of the Velmar river spans.",
    ...               id="wire")
    >>> idx.add([src]).added
    1
    >>> idx.add([src]).duplicates  # stored once
    1
    >>> der = Article("In Tarvik 40 bridges need urgent repairs costing 12 million euros, "
    ...               "Mayor Ana Ruiz stated on Monday. The council of Tarvik votes in May.")
    >>> [(h.article.id, h.role) for h in idx.trace(der).hits]
    [('wire', 'source')]
    >>> idx.close()
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from copydesk.analyze import analyze, sentences
from copydesk.index.fingerprints import Fingerprinter, content_hash
from copydesk.index.options import DEFAULT, IndexOptions
from copydesk.index.retrieve import TraceHit, candidates, prescreen, rerank, shortlist
from copydesk.index.sqlite import compress_body
from copydesk.index.storage import Record, Storage
from copydesk.model import AnalyzedArticle, Article

__all__ = ["Index", "AddSummary", "Trace", "open_index", "DEFAULT_PATH"]

#: Where the CLI keeps the index unless told otherwise.
DEFAULT_PATH = "copydesk.db"


@dataclass(slots=True)
class AddSummary:
    """What one ``add`` did. ``failures`` keeps the first 1,000 failure lines."""

    added: int = 0
    duplicates: int = 0
    failed: int = 0
    seen: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "failed": self.failed,
            "seen": self.seen,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.rate, 1),
            "failures": list(self.failures),
        }


@dataclass(slots=True)
class Trace:
    """The answer to a trace: hits best first, and what was searched."""

    query: Any  # AnalyzedArticle
    hits: list[TraceHit]
    copies: bool
    indexed: int  # articles in the index
    candidates: int  # articles sharing at least one key
    self_id: int | None = None  # the query's own id when it is in the index
    seconds: float = 0.0
    same_story: bool = False  # same-story articles were asked for too
    semantic: bool = False  # article vectors searched too (an index built with --semantic)


_WORKER: Fingerprinter | None = None


def _init_worker(options: IndexOptions) -> None:
    global _WORKER
    _WORKER = Fingerprinter(options)


def _prepare(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[bytes]]:
    """A worker's share of ``add``: keys (flat, with offsets: one array pickles much
    faster than hundreds), word counts and the compressed texts."""
    assert _WORKER is not None
    keys, words = _WORKER.keys(texts)
    offsets = np.cumsum([0] + [len(k) for k in keys])
    flat = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    return flat, offsets, words, [compress_body(t) for t in texts]


def _unflatten(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, list[bytes]]],
) -> tuple[list[np.ndarray], np.ndarray, list[bytes]]:
    """The workers' results for the parts of one batch, as one batch again."""
    keys: list[np.ndarray] = []
    bodies: list[bytes] = []
    for flat, offsets, _, b in parts:
        keys.extend(np.split(flat, offsets[1:-1]))
        bodies.extend(b)
    return keys, np.concatenate([w for _, _, w, _ in parts]), bodies


class Index:
    """A corpus index over a :class:`Storage`.

    Args:
        storage: where articles and keys live (:class:`SQLiteStorage` by default via
            :func:`open_index`, :class:`MemoryStorage` for throw-away indexes).
        options: settings; the structural ones are taken from the storage when it
            already holds an index, and written to it when it is new.

    Note:
        Retrieval trades recall for speed at stage 1 only through ``posting_cap`` and
        ``rerank``: raise them for a more exhaustive search on an index where one story
        has thousands of versions.
    """

    def __init__(self, storage: Storage, options: IndexOptions = DEFAULT):
        self.storage = storage
        stored = storage.get_meta()
        if "num_perm" in stored:
            want_vectors = options.semantic
            options = options.with_structural({"semantic": False} | stored)
            if want_vectors and not options.semantic:
                # Asked for vectors on a lexical index: it becomes semantic, and the
                # next add embeds the articles already stored (vectors.backfill).
                storage.set_meta({"semantic": True})
                options = options.with_structural({"semantic": True})
        else:
            storage.set_meta(options.structural())
        self.options = options
        self._vector_table = None
        self.fingerprinter = Fingerprinter(options)

    # --- writing ----------------------------------------------------------------------
    def add(
        self,
        items: Iterable[Any],
        jobs: int = 1,
        on_progress: Callable[[AddSummary], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        inputs: list[str] | None = None,
    ) -> AddSummary:
        """Add articles; ``items`` may mix :class:`Article` and read failures (anything
        else, e.g. :class:`copydesk.read.ReadFailure`, is counted as a failure and its
        ``str`` reported). Commits every ``options.batch`` articles; memory is bounded by
        that batch, whatever the number of articles. Returns the counts."""
        summary = AddSummary()
        started = time.monotonic()
        if self.options.semantic:
            from copydesk.index import vectors

            vectors.require_extra("index add")
            vectors.backfill(self.storage)  # articles an interrupted add left without one
        run = self.storage.start_run(inputs or []) if hasattr(self.storage, "start_run") else None
        status = "interrupted"

        def committed() -> None:
            summary.seconds = time.monotonic() - started
            if on_progress:
                on_progress(summary)

        try:
            if jobs > 1:
                self._add_parallel(items, jobs, summary, committed, on_failure)
            else:
                for batch in self._batches(items, summary, on_failure):
                    todo = self._new(batch, summary, set())
                    keys, words = self.fingerprinter.keys([a.text for _, a in todo])
                    self._write(todo, keys, words, None, summary)
                    committed()
            status = "done"
        finally:
            summary.seconds = time.monotonic() - started
            if run is not None:
                try:
                    self.storage.finish_run(
                        run, status, summary.added, summary.duplicates, summary.failed
                    )
                except Exception:  # noqa: BLE001 - never mask the real error
                    pass
        return summary

    def _add_parallel(
        self, items, jobs: int, summary: AddSummary, committed: Callable[[], None], on_failure
    ):
        """``add`` on several cores: ``jobs`` worker processes compute keys (and compress
        the texts) while a writer thread commits the batches in order, so this thread
        only reads input and hands out work. At most ``jobs + 3`` batches are in memory
        at once (``jobs`` waiting for the writer, one being written, one being prepared,
        one being read), whatever the corpus size.

        (Computing keys in this thread instead, beside the writer thread, measured no
        faster than one process: the writer needs the GIL between SQLite calls.)"""
        import multiprocessing as mp
        import queue
        import threading

        pool = mp.get_context("fork" if os.name == "posix" else "spawn").Pool(
            jobs, initializer=_init_worker, initargs=(self.options,)
        )
        lock = threading.Lock()  # the storage: one thread at a time
        handover: queue.Queue = queue.Queue(maxsize=jobs)
        pending: set[bytes] = set()  # hashes computed or in flight, not yet committed
        failed: list[BaseException] = []

        def write() -> None:
            try:
                while (item := handover.get()) is not None:
                    todo, parts = item
                    keys, words, bodies = _unflatten([p.get() for p in parts])
                    with lock:
                        self._write(todo, keys, words, bodies, summary)
                        pending.difference_update(h for h, _ in todo)
                        committed()
            except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
                failed.append(e)

        writer = threading.Thread(target=write, name="copydesk-index-writer", daemon=True)
        writer.start()
        ready = None
        try:
            for batch in self._batches(items, summary, on_failure):
                with lock:  # while the writer is idle, if keys take longer than writes
                    todo = self._new(batch, summary, pending)
                    pending.update(h for h, _ in todo)
                if ready is not None:
                    self._hand(handover, ready, writer, failed)
                # A batch is split over the workers: the writer's first batch is ready
                # sooner, and the last one ends sooner (on small adds, filling and
                # draining the pipeline is a good part of the time).
                step = -(-len(todo) // jobs) or 1
                ready = (
                    todo,
                    [
                        pool.apply_async(_prepare, ([a.text for _, a in todo[i : i + step]],))
                        for i in range(0, max(len(todo), 1), step)
                    ],
                )
            if ready is not None:
                self._hand(handover, ready, writer, failed)
            self._hand(handover, None, writer, failed)
            writer.join()
            if failed:
                raise failed[0]
        finally:
            if writer.is_alive():  # interrupted: let the current commit end, drop the rest
                while True:
                    try:
                        handover.get_nowait()
                    except queue.Empty:
                        break
                handover.put(None)
                writer.join(timeout=60)
            pool.terminate()

    @staticmethod
    def _hand(handover, item, writer, failed: list[BaseException]) -> None:
        """Queue ``item`` for the writer, waiting while it is busy; stop if it failed."""
        import queue

        while True:
            if failed:
                raise failed[0]
            if not writer.is_alive():
                raise RuntimeError("the index writer stopped")
            try:
                handover.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def _batches(
        self, items: Iterable[Any], summary: AddSummary, on_failure
    ) -> Iterator[list[Article]]:
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Article):
                if item.text.strip():
                    batch.append(item)
                else:
                    self._fail(summary, f"{item.name}: empty article", on_failure)
            else:
                self._fail(summary, str(item), on_failure)
            if len(batch) >= self.options.batch:
                yield batch
                batch = []
        if batch:
            yield batch

    @staticmethod
    def _fail(summary: AddSummary, line: str, on_failure) -> None:
        summary.failed += 1
        summary.seen += 1
        if len(summary.failures) < 1000:
            summary.failures.append(line)
        if on_failure:
            on_failure(line)

    def _new(
        self, batch: list[Article], summary: AddSummary, pending: set[bytes]
    ) -> list[tuple[bytes, Article]]:
        """The articles of ``batch`` not stored yet (nor in flight), with their hashes."""
        hashes = [content_hash(a.text) for a in batch]
        known = self.storage.known(hashes)
        todo: list[tuple[bytes, Article]] = []
        seen = set(pending)
        for h, a in zip(hashes, batch, strict=True):
            if h in known or h in seen:
                summary.duplicates += 1
            else:
                seen.add(h)
                todo.append((h, a))
        summary.seen += len(batch)
        return todo

    def _write(
        self,
        todo: list[tuple[bytes, Article]],
        keys: list[np.ndarray],
        words: np.ndarray,
        bodies: list[bytes] | None,
        summary: AddSummary,
    ) -> None:
        if not todo:
            return
        bodies = bodies or [None] * len(todo)
        records = [
            Record(h, a, k, int(n), body=b)
            for (h, a), k, n, b in zip(todo, keys, words, bodies, strict=True)
        ]
        res = self.storage.add(records)
        if self.options.semantic:  # the article vectors, in a transaction of their own
            from copydesk.index.vectors import add_articles

            new = [r for r in records if r.id is not None]
            add_articles(self.storage, [r.id for r in new], [r.article.text for r in new])
        summary.added += len(res.added)
        summary.duplicates += res.duplicates  # same URL as a stored article

    # --- reading ----------------------------------------------------------------------
    def trace(
        self,
        article: Article,
        top: int = 10,
        copies: bool = False,
        same_story: bool = False,
        options: IndexOptions | None = None,
    ) -> Trace:
        """Likely sources of ``article`` (or, with ``copies``, articles derived from it),
        best first, each with its full comparison report. ``same_story`` also lists
        articles about the same event that do not derive from it (after the derived
        ones; each costs a full comparison)."""
        started = time.monotonic()
        o = options.with_structural(self.options.structural()) if options else self.options
        query = analyze(article)
        keys = self.fingerprinter.query_keys(article.text)
        self_id = self.storage.id_of(content_hash(article.text))
        total = self.storage.count()
        cands = candidates(self.storage, keys, o, {self_id} if self_id else None, total)
        short = shortlist(cands, o)
        near: dict[int, float] = {}
        if o.semantic:
            short, near = self._near(query, short, o, self_id)
        arts = self.storage.articles([c for c, _ in short])
        light = {i: AnalyzedArticle(a, sentences(a.text)) for i, a in arts.items()}
        keep = prescreen(query, short, light, copies, same_story, near=near)[:top]
        full = {i: analyze(arts[i]) for i, _, _ in keep}
        hits = rerank(
            query,
            [(i, sc) for i, sc, _ in keep],
            full,
            copies,
            o.direction_min_confidence,
            semantic=o.semantic,
        )
        return Trace(
            query,
            hits,
            copies,
            total,
            len(cands),
            self_id,
            time.monotonic() - started,
            same_story,
            o.semantic,
        )

    def _near(
        self, query: AnalyzedArticle, short: list[tuple[int, float]], o: IndexOptions, self_id
    ) -> tuple[list[tuple[int, float]], dict[int, float]]:
        """Add the query's nearest articles by vector to the shortlist (index/vectors.py);
        returns the shortlist and each neighbour's cosine. A neighbour the keys did not
        find scores its cosine at stage 1."""
        from copydesk import semantic
        from copydesk.index import vectors

        vectors.require_extra("trace")
        if self._vector_table is None:
            self._vector_table = vectors.VectorTable(self.storage)
        qv = semantic.article_vectors([[s.text for s in query.sentences]])[0]
        hits = self._vector_table.search(
            qv, o.vector_candidates, {self_id} if self_id else (), o.vector_min_cos
        )
        near = dict(hits)
        have = {i for i, _ in short}
        return short + [(i, round(c, 4)) for i, c in hits if i not in have], near

    def stats(self) -> dict[str, Any]:
        out = self.storage.stats()
        out["options"] = self.options.structural()
        if self.options.semantic:
            from copydesk.index.vectors import count

            out["vectors"] = count(self.storage)
        return out

    def close(self) -> None:
        self.storage.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_index(
    path: str | os.PathLike = DEFAULT_PATH,
    create: bool = True,
    options: IndexOptions = DEFAULT,
    cache_mb: int = 64,
) -> Index:
    """Open (or create) the SQLite index at ``path``."""
    from copydesk.index.sqlite import SQLiteStorage

    return Index(SQLiteStorage(path, create=create, cache_mb=cache_mb), options)
