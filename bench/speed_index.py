"""Index speed benchmark: ``index add`` throughput against datasketch, ``trace`` latency
at 10k / 100k / 1M articles, and index size on disk.

Throughput (``--part throughput``), all on the same synthetic articles (bench/spin.py)
and in one run, so the ratios hold whatever the machine's load:

- datasketch: ``MinHash(num_perm=128)`` updated shingle by shingle (``update``), and with
  ``update_batch``, then ``MinHashLSH(threshold=0.5).insert``; shingles precomputed (the
  very shingles copydesk uses: canonical word 3-grams as 8-byte hashes). And from the
  text: lower-cased word 3-grams made per article, then ``update`` and ``insert``
  (what a datasketch user writes; end to end like ``index add``).
- copydesk MinHash + LSH only, on the same precomputed shingles (like for like).
- copydesk keys from text (a cold word table, as in a fresh ``index add``), and the
  SQLite write of those keys alone.
- copydesk end to end: ``Index.add`` from Article objects, with ``--jobs`` processes:
  reading the text, fingerprints, MinHash, bands, compression, the committed
  transaction. And ``Index.add`` over the in-memory storage (1 process): like datasketch's
  in-memory ``MinHashLSH``, nothing written to disk.

Latency (``--part latency``): one index grown to each size in ``--sizes``: real articles
through ``Index.add`` up to ``--real-max``; beyond it, to keep a 1M build in tens of
minutes on 2 cores, *filler* articles are inserted directly: each is a real article's
stored keys with every key salted (one salt per pass over a pool of real articles), so
the filler repeats the real key distribution in disjoint key spaces (B-tree size and file size grow as with real articles;
postings per key stay those of the real part). Queries: heavy spins of indexed sources;
reported p50/p95 of stage 1 (keys -> candidates) and of the whole trace.

    python bench/speed_index.py --part throughput --articles 3000 --runs 5
    python bench/speed_index.py --part latency --sizes 10000,100000,1000000 --workdir /tmp/cdx
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spin import NewsGenerator, spin  # noqa: E402

from copydesk.index import Index, MemoryStorage, open_index  # noqa: E402
from copydesk.index.fingerprints import Fingerprinter, content_hash  # noqa: E402
from copydesk.index.lsh import band_keys, mix64  # noqa: E402
from copydesk.index.retrieve import candidates  # noqa: E402
from copydesk.index.storage import Record  # noqa: E402
from copydesk.model import Article  # noqa: E402

_WORD = re.compile(r"\w+")


def _articles(n: int, seed: int, start: int = 0):
    g = NewsGenerator(seed)
    if start:
        g.rng.seed(f"resume-{seed}-{start}")  # a resumed stream: same vocabulary, new articles
    for i in range(start, start + n):
        yield Article(g.article(g.event()), id=f"a{i}")


def _datasketch_shingles(text: str) -> list[bytes]:
    """What a datasketch user writes: lower-cased word 3-grams."""
    w = _WORD.findall(text.lower())
    return [" ".join(w[i : i + 3]).encode() for i in range(max(1, len(w) - 2))]


def throughput(args) -> dict:
    from datasketch import MinHash, MinHashLSH

    arts = list(_articles(args.articles, args.seed))
    texts = [a.text for a in arts]
    fb = Fingerprinter().batch(texts)
    shingles = [fb[i].shingles for i in range(len(fb))]
    as_bytes = [[x.tobytes() for x in sh] for sh in shingles]
    n = len(arts)
    out: dict = {
        "articles": n,
        "mean_shingles": round(float(np.mean([len(s) for s in shingles])), 1),
    }

    def datasketch(make_shingles, batch: bool) -> float:
        t = time.perf_counter()
        lsh = MinHashLSH(threshold=0.5, num_perm=128)
        for i, item in enumerate(make_shingles()):
            m = MinHash(num_perm=128)
            if batch:
                m.update_batch(item)
            else:
                for x in item:
                    m.update(x)
            lsh.insert(i, m, check_duplication=False)
        return n / (time.perf_counter() - t)

    out["datasketch_update"] = datasketch(lambda: as_bytes, False)
    out["datasketch_update_batch"] = datasketch(lambda: as_bytes, True)
    out["datasketch_from_text_update"] = datasketch(
        lambda: (_datasketch_shingles(t) for t in texts), False
    )

    fp = Fingerprinter()
    t = time.perf_counter()
    for i in range(0, n, 500):
        chunk = shingles[i : i + 500]
        off = np.zeros(len(chunk) + 1, dtype=np.int64)
        np.cumsum([len(s) for s in chunk], out=off[1:])
        sig = fp.minhash.signatures(np.concatenate(chunk), off)
        band_keys(sig, fp.options.bands, fp.options.rows)
    out["copydesk_minhash_lsh"] = n / (time.perf_counter() - t)

    fp = Fingerprinter()  # a cold word table, as in a fresh ``index add``
    t = time.perf_counter()
    batches = [fp.keys(texts[i : i + 500]) for i in range(0, n, 500)]
    out["copydesk_keys_from_text"] = n / (time.perf_counter() - t)

    tmp = tempfile.mkdtemp()
    with open_index(os.path.join(tmp, "ins.db")) as idx:
        recs = [
            Record(content_hash(a.text), a, k, int(w))
            for a, k, w in zip(
                arts,
                (k for ks, _ in batches for k in ks),
                (w for _, ws in batches for w in ws),
                strict=True,
            )
        ]
        t = time.perf_counter()
        for i in range(0, n, 500):
            idx.storage.add(recs[i : i + 500])
        out["copydesk_sqlite_write"] = n / (time.perf_counter() - t)

    idx = Index(MemoryStorage())
    t = time.perf_counter()
    idx.add(arts)
    out["copydesk_index_add_memory"] = n / (time.perf_counter() - t)

    for jobs in sorted({1, args.jobs}):
        with open_index(os.path.join(tmp, f"e2e{jobs}.db")) as idx:
            t = time.perf_counter()
            idx.add(arts, jobs=jobs)
            out[f"copydesk_index_add_jobs{jobs}"] = n / (time.perf_counter() - t)
            if jobs == 1:
                idx.storage.checkpoint()
                out["bytes_per_article"] = round(idx.stats()["bytes"] / n)

    for base in ("datasketch_update", "datasketch_update_batch", "datasketch_from_text_update"):
        out[f"ratios_vs_{base}"] = {
            k: round(v / out[base], 2)
            for k, v in out.items()
            if k.startswith("copydesk") and isinstance(v, float)
        }
    for k, v in list(out.items()):
        if isinstance(v, float):
            out[k] = round(v, 1)
    return out


def _medians(runs: list[dict]) -> dict:
    """Median of every figure over runs (ratios are taken per run, then the median)."""
    out: dict = {"runs": len(runs)}
    for k, v in runs[0].items():
        if isinstance(v, dict):
            out[k] = {kk: round(statistics.median(r[k][kk] for r in runs), 2) for kk in v}
        else:
            out[k] = round(statistics.median(r[k] for r in runs), 1)
    out["per_run"] = runs
    return out


def _fill(idx, pool_keys: list[np.ndarray], pool_arts: list[Article], count: int, start: int):
    """Insert ``count`` filler articles (see the module docstring), batch by batch."""
    batch = []
    done = 0
    low = np.int64((1 << 59) - 1)
    while done < count:
        i = start + done
        salt = 1 + i // len(pool_keys)  # one disjoint key space per pass over the pool
        base = i % len(pool_keys)
        k = pool_keys[base]
        salted = (
            mix64(
                k.astype(np.uint64) ^ np.uint64((salt * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF)
            ).astype(np.int64)
            & low
        ) | (k & ~low)
        a = pool_arts[base]
        batch.append(
            Record(
                content_hash(f"filler {i}"), Article(a.text, id=f"filler{i}"), np.unique(salted), 0
            )
        )
        done += 1
        if len(batch) >= 5000:
            idx.storage.add(batch)
            batch = []
    if batch:
        idx.storage.add(batch)


def latency(args) -> dict:
    sizes = sorted(int(s) for s in args.sizes.split(","))
    work = Path(args.workdir or tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    db = work / "latency.db"
    results = {}
    fp = Fingerprinter()
    with open_index(db, cache_mb=256) as idx:
        sources = list(_articles(args.queries, args.seed))
        queries = [Article(spin(a.text, "heavy", i), id="q") for i, a in enumerate(sources)]
        pool_keys: list[np.ndarray] = []
        pool_arts: list[Article] = []
        for size in sizes:
            have = idx.storage.count()
            real_target = min(size, args.real_max)
            t = time.perf_counter()
            if have < real_target:
                idx.add(_articles(real_target - have, args.seed, start=have), jobs=args.jobs)
                have = idx.storage.count()
            if have < size:
                if not pool_keys:
                    arts = idx.storage.articles(range(1, min(args.real_max, 20000) + 1))
                    for a in arts.values():
                        f = fp.features(a.text)
                        pool_keys.append(fp.stored_keys([f])[0])
                        pool_arts.append(a)
                _fill(idx, pool_keys, pool_arts, size - have, have - args.real_max)
            build = time.perf_counter() - t
            idx.storage.checkpoint()
            st = idx.stats()
            total = st["articles"]
            stage1, full, ranks = [], [], []
            for q, src in zip(queries, sources, strict=True):
                f = fp.features(q.text)
                keys = fp.query_keys(f)
                t = time.perf_counter()
                candidates(idx.storage, keys, idx.options, None, total)
                stage1.append(time.perf_counter() - t)
                tr = idx.trace(q)
                full.append(tr.seconds)
                ids = [h.article.id for h in tr.hits]
                ranks.append(ids.index(src.id) + 1 if src.id in ids else None)

            def pct(xs, p):
                xs = sorted(xs)
                return round(1000 * xs[min(len(xs) - 1, int(p * (len(xs) - 1)))], 1)

            results[str(total)] = {
                "filler": max(0, total - args.real_max),
                "build_seconds": round(build, 1),
                "stage1_ms": {"p50": pct(stage1, 0.5), "p95": pct(stage1, 0.95)},
                "trace_ms": {"p50": pct(full, 0.5), "p95": pct(full, 0.95)},
                "recall@1": sum(r == 1 for r in ranks) / len(ranks),
                "bytes_per_article": st["bytes_per_article"],
                "key_rows": st["key_rows"],
            }
            print(json.dumps({total: results[str(total)]}), flush=True)
    return {"index": str(db), "sizes": results, "mean_stage1_ms": statistics.mean(stage1) * 1000}


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--part", choices=("throughput", "latency", "all"), default="all")
    ap.add_argument("--articles", type=int, default=3000, help="articles for throughput")
    ap.add_argument("--runs", type=int, default=3, help="throughput runs; medians reported")
    ap.add_argument("--sizes", default="10000,100000", help="index sizes for latency")
    ap.add_argument("--real-max", type=int, default=100000, help="real articles at most")
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", help="keep the latency index here (reused when re-run)")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)
    out = {}
    if args.part in ("throughput", "all"):
        runs = [throughput(args) for _ in range(args.runs)]
        out["throughput"] = runs[0] if len(runs) == 1 else _medians(runs)
        print(json.dumps(out["throughput"], indent=2), flush=True)
    if args.part in ("latency", "all"):
        out["latency"] = latency(args)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
