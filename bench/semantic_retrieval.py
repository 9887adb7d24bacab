"""Retrieval with article vectors (issue 7): do they find LLM-style rewrites that the
index keys miss, at what cost, and how far does brute-force search scale?

    python bench/semantic_retrieval.py                       # quality + throughput, ~5 min
    python bench/semantic_retrieval.py --distractors 2000 --json out.json
    python bench/semantic_retrieval.py --brute-force 100000,1000000 --skip-quality

**Quality** (one run, both modes on one index). Indexed: the 20 sources of
``bench/data/rewrites/`` and their 20 same-story reports (same names, places and topic,
no sentence reused: the distractors that matter), 20 follow-up reports of 10 of the
events (bench/data/same-story-extra.json: they restate the source's key names and numbers
in sentences of their own, so they crowd the key shortlist), the sample corpus
(``examples/corpus/``), and ``--distractors`` synthetic articles from bench/spin.py (in
same-story pairs of their own). Queries (never indexed): the 40 rewrites (``llm-rewrite``:
every word but names and numbers changed; ``llm-reorder``: also reordered, split, merged,
one sentence added). The index is built once with vectors; the lexical mode is the same
index traced with vectors switched off, so both see the same keys.

- *stage 1*: the true source among the candidates sent to the re-rank (lexical: the key
  shortlist; semantic: the shortlist plus the vector neighbours);
- *recall@1 / @10*: the true source is the first hit / among the hits of the full trace
  (a derived verdict, as ``copydesk trace`` lists them);
- *false positives*: the 20 same-story reports, the 20 follow-ups and 20 fresh synthetic
  articles, traced (the report itself excluded): any hit with a derived relation counts;
- trace latency per query, p50 and p95.

**Throughput**: ``Index.add`` articles/s into a fresh SQLite index, without and with
vectors, on the rewrite corpus (news prose) and on synthetic articles.

**Brute force**: random unit vectors (the search cost does not depend on what they mean):
the exact top-10 by one matrix-vector product at each size, and the time to read the
vectors of an SQLite index into memory (what the first trace of a process pays).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from rewrite_stories import followups, stories, text, variant  # noqa: E402
from spin import NewsGenerator  # noqa: E402

from copydesk.index import Index, IndexOptions, MemoryStorage, open_index  # noqa: E402
from copydesk.index import vectors as vec  # noqa: E402
from copydesk.model import Article  # noqa: E402

DERIVED_ROLES = ("source", "derived-from-query")


def rewrite_corpus(with_followups: bool = True) -> list[Article]:
    out = []
    for d in stories():
        out.append(Article(text(d["source"]), id=f"{d['story']}/source"))
        out.append(Article(text(variant(d, "same-story")), id=f"{d['story']}/same-story"))
    if with_followups:
        for story, texts in sorted(followups().items()):
            for k, body in enumerate(texts):
                out.append(Article(body, id=f"{story}/follow-up-{k}"))
    return out


def sample_corpus() -> list[Article]:
    from copydesk.read import ReadOptions, iter_articles

    items = iter_articles([str(ROOT / "examples" / "corpus")], ReadOptions(quiet=True))
    return [a for a in items if isinstance(a, Article)]


def synthetic(n: int, seed: int = 11) -> list[Article]:
    g = NewsGenerator(seed)
    out: list[Article] = []
    while len(out) < n:
        ev = g.event()
        for _ in range(min(2, n - len(out))):
            out.append(Article(g.article(ev), id=f"syn{len(out)}"))
    return out


def _pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.array(xs), p)) if xs else 0.0


def quality(distractors: int) -> dict:
    corpus = rewrite_corpus() + sample_corpus() + synthetic(distractors)
    sem_idx = Index(MemoryStorage(), IndexOptions(semantic=True))
    t0 = time.perf_counter()
    sem_idx.add(corpus)
    build_s = time.perf_counter() - t0
    lex_idx = Index(sem_idx.storage)
    lex_idx.options = replace(lex_idx.options, semantic=False)
    stored = sem_idx.storage.articles(range(1, sem_idx.storage.count() + 1))
    ids = {a.id: i for i, a in stored.items()}

    queries = []
    for d in stories():
        for set_name in ("llm-rewrite", "llm-reorder"):
            queries.append((set_name, f"{d['story']}/source", text(variant(d, set_name))))
    probes = [("same-story", a) for a in corpus if a.id.endswith("/same-story")]
    probes += [("follow-up", a) for a in corpus if "/follow-up-" in a.id]
    probes += [("unrelated", a) for a in synthetic(20, seed=99)]

    out: dict = {"indexed": len(corpus), "build_s_with_vectors": round(build_s, 1)}
    for mode, idx in (("lexical", lex_idx), ("semantic", sem_idx)):
        per: dict[str, dict] = {}
        times = []
        for set_name, truth, body in queries:
            t = time.perf_counter()
            tr = idx.trace(Article(body, id="query"))
            times.append(time.perf_counter() - t)
            st = per.setdefault(
                set_name, {"n": 0, "stage1": 0, "r1": 0, "r10": 0, "key1": 0, "vec1": 0}
            )
            st["n"] += 1
            short, key_top, vec_top = _stage1(idx, Article(body, id="query"))
            st["stage1"] += ids[truth] in short
            st["key1"] += key_top == ids[truth]
            st["vec1"] += vec_top == ids[truth]
            derived = [h for h in tr.hits if h.role in DERIVED_ROLES]
            st["r1"] += bool(derived) and derived[0].id == ids[truth]
            st["r10"] += any(h.id == ids[truth] for h in derived[:10])
        fps: dict[str, list[int]] = {}
        for kind, art in probes:
            t = time.perf_counter()
            tr = idx.trace(art)
            times.append(time.perf_counter() - t)
            fps.setdefault(kind, []).append(any(h.role in DERIVED_ROLES for h in tr.hits))
        out[mode] = {
            "sets": {
                k: {
                    "queries": v["n"],
                    "stage1_recall": round(v["stage1"] / v["n"], 3),
                    "keys_rank1": round(v["key1"] / v["n"], 3),
                    "vector_rank1": round(v["vec1"] / v["n"], 3) if mode == "semantic" else None,
                    "recall@1": round(v["r1"] / v["n"], 3),
                    "recall@10": round(v["r10"] / v["n"], 3),
                }
                for k, v in per.items()
            },
            "false_positive_rate": {k: round(sum(v) / len(v), 3) for k, v in fps.items()},
            "trace_ms": {
                "p50": round(1000 * statistics.median(times), 1),
                "p95": round(1000 * _pct(times, 95), 1),
            },
        }
    return out


def _stage1(idx: Index, article: Article) -> tuple[set[int], int | None, int | None]:
    """The ids sent to the re-rank (what trace's stage 1 hands on), and the first
    candidate by keys alone and by vector alone."""
    from copydesk.analyze import analyze
    from copydesk.index.fingerprints import content_hash
    from copydesk.index.retrieve import candidates, shortlist

    o = idx.options
    query = analyze(article)
    feats = idx.fingerprinter.features(query.sentences)
    keys = idx.fingerprinter.query_keys(feats)
    self_id = idx.storage.id_of(content_hash(article.text))
    cands = candidates(idx.storage, keys, o, {self_id} if self_id else None)
    short = shortlist(cands, o)
    vec_top = None
    if o.semantic:
        short, near = idx._near(query, short, o, self_id)
        vec_top = max(near, key=near.get) if near else None
    return {i for i, _ in short}, (cands[0][0] if cands else None), vec_top


def throughput(n_synthetic: int) -> dict:
    from copydesk import semantic

    semantic._get_encoder()  # the model load is not an article's cost
    sets = {
        "rewrite corpus (news prose)": rewrite_corpus(with_followups=False),
        "synthetic": synthetic(n_synthetic),
    }
    out = {}
    for name, arts in sets.items():
        words = sum(len(a.text.split()) for a in arts) / len(arts)
        row = {"articles": len(arts), "words_per_article": round(words)}
        for mode in ("lexical", "semantic"):
            with tempfile.TemporaryDirectory() as tmp:
                semantic._get_encoder()._cache.clear()
                with open_index(
                    os.path.join(tmp, "t.db"), options=IndexOptions(semantic=mode == "semantic")
                ) as idx:
                    s = idx.add(arts)
                row[f"{mode}_per_s"] = round(s.added / s.seconds, 1)
        out[name] = row
    return out


def brute_force(sizes: list[int], queries: int = 20) -> dict:
    rng = np.random.default_rng(0)
    out = {}
    for n in sizes:
        mat = rng.standard_normal((n, 384), dtype=np.float32)
        mat /= np.linalg.norm(mat, axis=1, keepdims=True)
        with tempfile.TemporaryDirectory() as tmp:
            idx = open_index(os.path.join(tmp, "v.db"))
            back = vec._backend(idx.storage)
            for i in range(0, n, 50_000):
                chunk = mat[i : i + 50_000]
                back.add_vectors(list(range(i + 1, i + 1 + len(chunk))), vec._blobs(chunk))
            table = vec.VectorTable(idx.storage)
            t = time.perf_counter()
            table.refresh()
            load_s = time.perf_counter() - t
            times, found = [], 0
            for _ in range(queries):
                target = int(rng.integers(n))
                v = mat[target] + 0.05 * rng.standard_normal(384, dtype=np.float32)
                v /= np.linalg.norm(v)
                t = time.perf_counter()
                hits = table.search(v, 10)
                times.append(time.perf_counter() - t)
                found += hits[0][0] == target + 1
            idx.close()
        out[str(n)] = {
            "search_ms_p50": round(1000 * statistics.median(times), 1),
            "search_ms_p95": round(1000 * _pct(times, 95), 1),
            "load_s": round(load_s, 2),
            "memory_mb": round(n * 384 * 2 / 1e6),  # float16
            "exact_top1": found / queries,
        }
        del mat
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--distractors", type=int, default=600, help="synthetic distractors")
    ap.add_argument("--throughput", type=int, default=100, help="synthetic articles to add")
    ap.add_argument("--brute-force", default="100000", help="vector counts, comma-separated")
    ap.add_argument("--skip-quality", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    from copydesk import semantic

    if not semantic.available():
        print("the 'semantic' extra is not installed: nothing to measure", file=sys.stderr)
        return 1
    result: dict = {}
    if not args.skip_quality:
        result["quality"] = quality(args.distractors)
        print("quality:", json.dumps(result["quality"], indent=1))
        result["throughput"] = throughput(args.throughput)
        print("throughput:", json.dumps(result["throughput"], indent=1))
    sizes = [int(x) for x in args.brute_force.split(",") if x.strip()]
    if sizes:
        result["brute_force"] = brute_force(sizes)
        print("brute force:", json.dumps(result["brute_force"], indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
