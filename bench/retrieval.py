"""Retrieval benchmark: find the true source of spun and excerpted articles among
distractors, copydesk's index vs a plain datasketch MinHashLSH, in one run.

Corpus (synthetic, bench/spin.py; deterministic per --seed):

- ``--sources`` source articles, each with ``--siblings`` same-story articles (written
  independently about the same event: same people, organisations, place, numbers);
- unrelated distractors (in small same-story clusters of their own) up to
  ``--distractors`` indexed articles in all.

Queries (never indexed): each source spun at light / medium / heavy strength and
excerpted (bench/spin.py). Reported per kind: recall@1 and recall@10 of the true source.
False positives: fresh unrelated articles and fresh same-story articles (about a source's
event, not derived from it); copydesk counts one when a trace returns any hit in the role
``source`` (a derived relation), the baseline when LSH returns any candidate at all.

Baseline: datasketch ``MinHash`` (128 permutations) of the very same shingles copydesk
uses (canonical word 3-grams, function words left out; fed as their 8-byte hashes),
``MinHashLSH(threshold=0.5)``, candidates ranked by estimated Jaccard.

    python bench/retrieval.py --distractors 10000            # ~2 min on 2 cores
    python bench/retrieval.py --distractors 100000 --json out.json   # ~15 min
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spin import NewsGenerator, excerpt, spin  # noqa: E402

from copydesk.index import open_index  # noqa: E402
from copydesk.index.fingerprints import Fingerprinter  # noqa: E402
from copydesk.model import Article  # noqa: E402

KINDS = ("light", "medium", "heavy", "excerpt")


def corpus(args):
    """Yield (article, its event if it is a source, else None) for the whole indexed
    corpus, deterministically."""
    g = NewsGenerator(args.seed)
    n = 0
    for s in range(args.sources):
        ev = g.event()
        yield Article(g.article(ev), id=f"src{s}"), ev
        for j in range(args.siblings):
            yield Article(g.article(ev), id=f"src{s}-sib{j}"), None
        n += 1 + args.siblings
    d = 0
    while n < args.distractors:
        ev = g.event()
        for _ in range(min(1 + d % 3, args.distractors - n)):
            yield Article(g.article(ev), id=f"d{d}"), None
            d += 1
            n += 1


def queries(args, sources: list[Article], events: list[dict]):
    """(kind, true source id or None, text): derivatives and false-positive probes."""
    out = []
    for i, src in enumerate(sources):
        for kind in KINDS:
            text = excerpt(src.text, seed=i) if kind == "excerpt" else spin(src.text, kind, i)
            out.append((kind, src.id, text))
    g = NewsGenerator(args.seed)  # same vocabulary, fresh events
    g.rng.seed(f"fresh-{args.seed}")
    for _ in range(args.fp_queries):
        out.append(("fp-unrelated", None, g.article(g.event())))
    # Same-story: a new article about a source's event (same facts, not derived).
    for i in range(args.fp_queries):
        ev = events[i % len(events)]
        out.append(("fp-same-story", None, g.article(ev, seed=10_000 + i)))
    return out


_FP = None


def _init():
    global _FP
    _FP = Fingerprinter()


def _shingles(text: str):
    return _FP.features(text).shingles


def run_copydesk(args, db: str):
    sources, events = [], []

    def items():
        for art, ev in corpus(args):
            if ev is not None:
                sources.append(art)
                events.append(ev)
            yield art

    t = time.perf_counter()
    with open_index(db) as idx:
        summary = idx.add(items(), jobs=args.jobs)
        idx.storage.checkpoint()
        size = idx.stats()["bytes"]
    build = time.perf_counter() - t
    print(
        f"copydesk: indexed {summary.added} in {build:.0f} s ({summary.added / build:.0f}/s),"
        f" {size / summary.added:.0f} bytes/article",
        flush=True,
    )
    return sources, events, build, size


def run_baseline(args):
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    mhs = {}
    t = time.perf_counter()
    with mp.get_context("fork").Pool(args.jobs, initializer=_init) as pool:
        batch = []

        def flush():
            for art, sh in zip(batch, pool.map(_shingles, [a.text for a in batch]), strict=True):
                m = MinHash(num_perm=128)
                m.update_batch([x.tobytes() for x in sh])
                lsh.insert(art.id, m, check_duplication=False)
                mhs[art.id] = m
            batch.clear()

        for art, _ in corpus(args):
            batch.append(art)
            if len(batch) >= 1000:
                flush()
        flush()
    build = time.perf_counter() - t
    print(f"datasketch: indexed {len(mhs)} in {build:.0f} s ({len(mhs) / build:.0f}/s)", flush=True)
    return lsh, mhs, build


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--distractors", type=int, default=10000, help="indexed articles in all")
    ap.add_argument("--sources", type=int, default=200)
    ap.add_argument("--siblings", type=int, default=2, help="same-story articles per source")
    ap.add_argument("--fp-queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--db", help="index file (default: a temporary one)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)

    tmp = tempfile.mkdtemp()
    db = args.db or os.path.join(tmp, "bench.db")
    if os.path.exists(db):
        sys.exit(f"{db} exists; pass a new path")
    sources, events, cd_build, size = run_copydesk(args, db)
    qs = queries(args, sources, events)
    print(f"{len(qs)} queries", flush=True)

    res = {k: {"copydesk": [], "baseline": []} for k in (*KINDS, "fp-unrelated", "fp-same-story")}
    lat = []
    with open_index(db, create=False) as idx:
        for kind, truth, text in qs:
            tr = idx.trace(Article(text, id="query"), top=10)
            lat.append(tr.seconds)
            if truth is None:
                res[kind]["copydesk"].append(any(h.role == "source" for h in tr.hits))
            else:
                ids = [h.article.id for h in tr.hits]
                res[kind]["copydesk"].append(ids.index(truth) + 1 if truth in ids else None)

    ds_build = None
    if not args.no_baseline:
        from datasketch import MinHash

        lsh, mhs, ds_build = run_baseline(args)
        _init()
        for kind, truth, text in qs:
            m = MinHash(num_perm=128)
            m.update_batch([x.tobytes() for x in _shingles(text)])
            cands = lsh.query(m)
            if truth is None:
                res[kind]["baseline"].append(bool(cands))
                continue
            ranked = sorted(cands, key=lambda c: -m.jaccard(mhs[c]))
            res[kind]["baseline"].append(ranked.index(truth) + 1 if truth in ranked else None)

    table = {}
    for kind, r in res.items():
        row = {}
        for who, vals in r.items():
            if not vals:
                continue
            if kind.startswith("fp"):
                row[who] = {"false_positive_rate": round(sum(vals) / len(vals), 4), "n": len(vals)}
            else:
                row[who] = {
                    "recall@1": round(sum(v == 1 for v in vals) / len(vals), 4),
                    "recall@10": round(sum(v is not None and v <= 10 for v in vals) / len(vals), 4),
                    "n": len(vals),
                }
        table[kind] = row
    lat.sort()
    out = {
        "indexed": args.distractors,
        "sources": args.sources,
        "siblings": args.siblings,
        "seed": args.seed,
        "results": table,
        "trace_ms": {
            "p50": round(1000 * statistics.median(lat), 1),
            "p95": round(1000 * lat[int(0.95 * (len(lat) - 1))], 1),
        },
        "build_seconds": {
            "copydesk": round(cd_build, 1),
            "datasketch": ds_build and round(ds_build, 1),
        },
        "index_bytes_per_article": round(size / args.distractors),
    }
    print(
        f"\n{'kind':<15} {'copydesk R@1':>13} {'R@10':>6} {'FPR':>6}   {'datasketch R@1':>15} {'R@10':>6} {'FPR':>6}"
    )
    for kind, row in table.items():
        cells = []
        for who in ("copydesk", "baseline"):
            c = row.get(who, {})
            cells.append(
                f"{c.get('recall@1', ''):>13} {c.get('recall@10', ''):>6} {c.get('false_positive_rate', ''):>6}"
            )
        print(f"{kind:<15} {cells[0]}   {cells[1]:>29}")
    print(f"trace p50 {out['trace_ms']['p50']} ms, p95 {out['trace_ms']['p95']} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
