"""The SQLite index: incremental add and dedupe, crash safety, concurrent readers."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from copydesk.errors import IndexError_
from copydesk.index import Index, MemoryStorage, open_index
from copydesk.index.sqlite import SCHEMA_VERSION, SQLiteStorage
from copydesk.index.storage import Record
from copydesk.model import Article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from spin import NewsGenerator  # noqa: E402


def _corpus(n: int, seed: int = 0) -> list[Article]:
    g = NewsGenerator(seed, vocab=3000)
    return [Article(g.article(g.event(), n=6), id=f"a{i}") for i in range(n)]


def _write_folder(folder: Path, arts: list[Article]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for a in arts:
        (folder / f"{a.id}.txt").write_text(a.text, encoding="utf-8")


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_incremental_add_and_dedupe(tmp_path, backend):
    store = MemoryStorage() if backend == "memory" else SQLiteStorage(tmp_path / "i.db")
    idx = Index(store)
    arts = _corpus(12)
    s1 = idx.add(arts[:8])
    assert (s1.added, s1.duplicates) == (8, 0)
    # Same texts again (one re-wrapped), plus new ones: only the new ones are stored.
    again = [Article(arts[0].text.replace(" ", "  "), id="copy-of-a0")] + arts[4:12]
    s2 = idx.add(again)
    assert (s2.added, s2.duplicates) == (4, 5)
    # Same URL, different text: stored once.
    s3 = idx.add(
        [
            Article("Text one about Borla and 12 ducks in Vest.", url="https://x.example/1"),
            Article("Text two about Borla and 13 ducks in Vest.", url="https://x.example/1"),
        ]
    )
    assert (s3.added, s3.duplicates) == (1, 1)
    assert store.count() == 13
    idx.close()


def test_reopen_keeps_articles_and_settings(tmp_path):
    db = tmp_path / "i.db"
    with open_index(db) as idx:
        idx.add(_corpus(3))
    with open_index(db, create=False) as idx:
        assert idx.storage.count() == 3
        st = idx.stats()
        assert st["schema_version"] == SCHEMA_VERSION and st["key_rows"] > 0
        assert st["recent_runs"][0]["status"] == "done"
        stored = idx.storage.articles([1])[1]
        assert stored.text == _corpus(1)[0].text and stored.id == "a0"


def test_key_rows_pack_key_and_article_in_order():
    """A key row is the 37-bit key over the article id: rows sort by key, then article,
    and the article comes back from the low bits."""
    from copydesk.index.sqlite import MAX_ARTICLES, _key37, pack_rows

    keys = np.array([7, -3, 7, 2**62 + 5, 7], dtype=np.int64)
    arts = np.array([4, 1, 2, MAX_ARTICLES, 4])
    rows = pack_rows(keys, arts)
    assert len(rows) == 4  # (7, 4) twice is one row
    assert rows.tolist() == sorted(rows.tolist()) and rows.min() >= 0
    back = sorted(zip((rows >> 26).tolist(), (rows & MAX_ARTICLES).tolist(), strict=True))
    want = sorted(
        {(int(_key37(np.array([k]))[0]), int(a)) for k, a in zip(keys, arts, strict=True)}
    )
    assert back == want
    assert (_key37(keys) < 2**37).all()


def test_postings_are_exact_per_key_and_capped(tmp_path):
    keys = [np.array([11, 12, 13]), np.array([12, 14]), np.array([12, 15])]
    with SQLiteStorage(tmp_path / "p.db") as st:
        st.add([Record(bytes([i]), Article(f"text {i}"), k) for i, k in enumerate(keys)])
        assert st.postings([11, 12, 14, 99], cap=10) == {11: [1], 12: [1, 2, 3], 14: [2], 99: []}
        assert st.postings([12], cap=2) == {12: None}  # held by more than the cap


def test_a_full_index_refuses_more_articles(tmp_path, monkeypatch):
    from copydesk.index import sqlite as S

    monkeypatch.setattr(S, "MAX_ARTICLES", 3)
    with SQLiteStorage(tmp_path / "f.db") as st:
        st.add([Record(bytes([i]), Article(f"text {i}"), np.array([i])) for i in range(2)])
        with pytest.raises(IndexError_, match="at most 3 articles"):
            st.add([Record(bytes([i]), Article(f"text {i}"), np.array([i])) for i in (5, 6)])
        assert st.count() == 2  # the refused batch left nothing behind


def test_missing_foreign_and_old_indexes_are_refused(tmp_path):
    with pytest.raises(IndexError_, match="no index"):
        open_index(tmp_path / "none.db", create=False)
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    with pytest.raises(IndexError_, match="not a copydesk index"):
        open_index(other)
    old = tmp_path / "old.db"
    with open_index(old):
        pass
    con = sqlite3.connect(old)
    con.execute("UPDATE meta SET value='0' WHERE key='schema_version'")
    con.commit()
    con.close()
    with pytest.raises(IndexError_, match="schema version 0"):
        open_index(old)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(IndexError_):
        open_index(junk)


def test_batch_is_atomic(tmp_path):
    st = SQLiteStorage(tmp_path / "i.db")
    good = Record(b"h1", Article("One."), np.array([1, 2]))
    bad = Record(b"h2", Article("Two."), np.array([3]))
    bad.keys = np.array(["not-a-number"], dtype=object)  # fails inside the transaction
    with pytest.raises(Exception):  # noqa: B017
        st.add([good, bad])
    assert st.count() == 0 and st.postings([1], 10) == {1: []}
    st.close()


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


def test_kill_9_during_add_leaves_a_usable_index_and_rerun_completes(tmp_path):
    arts = _corpus(600, seed=1)
    folder = tmp_path / "corpus"
    _write_folder(folder, arts)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "copydesk.cli", "index", "add", str(folder), "--db", str(db)]
    proc = subprocess.Popen([*cmd, "--batch", "7", "--quiet"])
    # Wait (without relying on timing) until some batches are committed, then kill -9.
    while proc.poll() is None and _count(db) < 14:
        time.sleep(0.01)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    with open_index(db, create=False) as idx:
        assert idx.storage.count() == partial
        if killed:
            assert partial < 600
            assert idx.stats()["recent_runs"][0]["status"] == "running"  # never finished
        hit = idx.trace(arts[0]) if partial else None
        assert hit is None or hit.self_id == 1
        # the key runs committed so far are whole: every row counted, none half-merged
        assert len(idx.storage.all_rows()) == idx.stats()["key_rows"]
    done = subprocess.run([*cmd, "--quiet"], check=True)
    assert done.returncode == 0
    clean = tmp_path / "clean.db"
    subprocess.run([*cmd[:-1], str(clean), "--batch", "7", "--quiet"], check=True)
    with open_index(db, create=False) as idx, open_index(clean, create=False) as ref:
        assert idx.storage.count() == 600
        # the same key rows as an add that was never interrupted
        assert idx.storage.all_rows().tolist() == ref.storage.all_rows().tolist()
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()


def test_reader_while_writer_adds(tmp_path):
    arts = _corpus(400, seed=2)
    folder = tmp_path / "corpus"
    _write_folder(folder, arts)
    db = tmp_path / "c.db"
    with open_index(db) as idx:
        idx.add(arts[:5])
    writer = subprocess.Popen(
        [sys.executable, "-m", "copydesk.cli", "index", "add", str(folder), "--db", str(db),
         "--batch", "10", "--quiet"]
    )  # fmt: skip
    seen = []
    with open_index(db, create=False) as reader:
        while True:
            running = writer.poll() is None
            n = reader.storage.count()
            seen.append(n)
            t = reader.trace(arts[1], top=3)
            assert t.self_id == 2  # a consistent snapshot: the reader is never blocked out
            if not running:
                break
    assert writer.wait() == 0
    assert seen == sorted(seen) and seen[-1] == 400


@pytest.mark.parametrize("jobs", [1, 2])
def test_add_streams_its_input_in_bounded_batches(jobs):
    """Memory is bounded by the batch: never more than ``batch`` articles are pulled
    from the input ahead of what is committed (``jobs + 3`` batches with workers: the
    hand-over queue, the batch being prepared, the one being written, the one being
    read), however long the input."""
    from dataclasses import replace

    from copydesk.index import IndexOptions

    store = MemoryStorage()
    idx = Index(store, replace(IndexOptions(), batch=7))
    arts = _corpus(120, seed=3)
    pulled = [0]
    worst = [0]

    def stream():
        for a in arts:
            pulled[0] += 1
            worst[0] = max(worst[0], pulled[0] - store.count())
            yield a

    assert idx.add(stream(), jobs=jobs).added == 120
    assert worst[0] <= (7 if jobs == 1 else 7 * (jobs + 3))


def test_key_levels_merge_without_losing_or_doubling_postings(tmp_path):
    """With tiny chunks and a fan-out of 2, adds cascade through several levels; every
    key still finds exactly the articles that hold it, before and after reopening, and
    the cap holds whether or not a key's rows span whole chunks."""
    rng = np.random.default_rng(7)
    expected: dict[int, set[int]] = {}
    path = tmp_path / "lv.db"
    st = SQLiteStorage(path, fanout=2, chunk_rows=4, level_rows=8)
    for batch in range(12):
        recs = []
        for j in range(5):
            keys = np.unique(rng.integers(0, 60, 8))  # few distinct keys: long postings
            recs.append(Record(f"h{batch}-{j}".encode(), Article(f"text {batch} {j}"), keys))
        st.add(recs)
        for r in recs:
            for k in r.keys.tolist():
                expected.setdefault(k, set()).add(r.id)
    levels = st._levels()
    assert len(levels) >= 3 and sum(levels) == sum(len(v) for v in expected.values())
    assert st.stats()["key_rows"] == sum(levels)

    def check(storage):
        for small in (0, 1 << 18):  # runs read by chunks, then whole and kept in memory
            storage.small_run_rows = small
            got = storage.postings(range(60), cap=1000)
            for k in range(60):
                assert sorted(got[k]) == sorted(expected.get(k, ())), (k, small)

    check(st)
    assert len(st.all_rows()) == sum(levels)
    st.close()
    with SQLiteStorage(path) as again:
        assert again.chunk_rows == 4  # fixed when the file was made
        check(again)
        for small in (0, 1 << 18):
            again.small_run_rows = small
            for k in range(60):
                n = len(expected.get(k, ()))
                for cap in (0, 1, n - 1, n, n + 1):
                    got = again.postings([k], cap=max(cap, 0))[k]
                    assert (got is None) == (n > max(cap, 0)), (k, cap, got)


def test_add_with_worker_processes_stores_what_one_process_stores(tmp_path):
    """Workers compute keys while a writer thread commits; the result must be the same
    index, duplicates (within a batch, across batches in flight, and already
    stored) counted once each."""
    from copydesk.index.options import IndexOptions

    arts = _corpus(40, seed=3)
    items = arts + arts[:5] + [Article(arts[7].text, id="again")]
    opts = IndexOptions(batch=7)
    results = {}
    for jobs in (1, 2, 3):
        with Index(SQLiteStorage(tmp_path / f"j{jobs}.db"), opts) as idx:
            s = idx.add(items[:20], jobs=jobs)
            s2 = idx.add(items, jobs=jobs)
            assert (s.added, s.duplicates) == (20, 0)
            assert (s2.added, s2.duplicates) == (20, 26)
            names = dict(idx.storage._db.execute("SELECT id, name FROM articles"))
            rows = idx.storage.all_rows()
            results[jobs] = sorted(
                zip(
                    [names[i] for i in (rows & (1 << 26) - 1).tolist()],
                    (rows >> 26).tolist(),
                    strict=True,
                )
            )
            assert idx.storage.articles([1])[1].text == arts[0].text
    assert results[1] == results[2] == results[3] and len(results[1]) > 40 * 30


def test_reader_never_misses_postings_while_levels_merge(tmp_path):
    """A reader on its own connection, looking up while a writer adds and merges levels,
    always sees every stored article under its keys (merges are atomic for readers)."""
    import threading

    path = tmp_path / "rw.db"
    first_keys = np.arange(100, 140)
    with SQLiteStorage(path, fanout=2, chunk_rows=8, level_rows=8) as w:
        w.add([Record(b"first", Article("first"), first_keys)])
    errors: list[str] = []
    done = threading.Event()

    def write():
        rng = np.random.default_rng(1)
        with SQLiteStorage(path, fanout=2, level_rows=8) as st:
            for b in range(40):
                recs = [
                    Record(f"w{b}-{j}".encode(), Article(f"w {b} {j}"), rng.integers(0, 200, 12))
                    for j in range(4)
                ]
                st.add(recs)
        done.set()

    t = threading.Thread(target=write)
    reader = SQLiteStorage(path, create=False)
    reader.small_run_rows = 8  # some runs read whole (and kept), the others by chunks
    t.start()
    lookups = 0
    while not done.is_set() or lookups < 5:
        got = reader.postings(first_keys.tolist(), cap=10_000)
        lookups += 1
        for k, ids in got.items():
            if ids is None or 1 not in ids:
                errors.append(f"key {k}: {ids}")
    t.join()
    assert len(reader._levels()) >= 3  # the writer did merge through several levels
    reader.close()
    assert not errors, errors[:3]


def test_a_failing_write_stops_a_parallel_add_with_its_error(tmp_path):
    from copydesk.index.options import IndexOptions

    class Failing(SQLiteStorage):
        calls = 0

        def add(self, records):
            Failing.calls += 1
            if Failing.calls == 2:
                raise OSError("disk full")
            return super().add(records)

    with Index(Failing(tmp_path / "f.db"), IndexOptions(batch=5)) as idx:
        with pytest.raises(OSError, match="disk full"):
            idx.add(_corpus(30, seed=4), jobs=2)
        assert idx.storage.count() == 5  # the first batch committed, nothing after


def test_key_runs_stay_few_and_sized_by_level(tmp_path):
    """After any sequence of adds, big or small, no level holds ``fanout`` runs, and a
    run's level is set by its size: a lookup reads at most ``fanout - 1`` runs a level."""
    rng = np.random.default_rng(11)
    st = SQLiteStorage(tmp_path / "runs.db", fanout=3, chunk_rows=4, level_rows=10)
    n = 0
    for size in rng.integers(1, 30, 40).tolist():
        st.add(
            [
                Record(f"r{n + j}".encode(), Article(f"r {n + j}"), rng.integers(0, 500, 6))
                for j in range(size)
            ]
        )
        n += size
        runs = st._db.execute("SELECT level, rows FROM keyruns").fetchall()
        for level in {lv for lv, _ in runs}:
            assert sum(lv == level for lv, _ in runs) < 3
        for level, rows in runs:
            assert rows < 10 * 3 ** (level + 1) and (level == 0 or rows >= 10 * 3**level)
    assert max(lv for lv, _ in runs) >= 2
    assert len(st.all_rows()) == st.stats()["key_rows"]
    st.close()
