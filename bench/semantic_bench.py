"""Lexical vs semantic, in one run: what the embedding layer (issue 7) buys.

    python -m bench.semantic_bench                 # tables on the terminal
    python -m bench.semantic_bench --json out.json # and the figures as JSON
    python -m bench.semantic_bench --sweep         # also try other cosine blends in align

Data: ``bench/data/rewrites/*.json``, 20 fictional stories written for this benchmark,
each with an LLM-style rewrite (every word but names and numbers changed), a harder
rewrite (also reordered, split, merged, one sentence added) and an independent same-story
report, with gold sentence links. Unrelated pairs are a story's source against the next
story's rewrite: 80 pairs. A harder **follow-up** set adds 20: later or other outlets'
reports of 10 of the events that restate the source's key names and numbers in sentences
of their own (bench/data/same-story-extra.json; gold: same-story).

Measured, each in lexical mode and in semantic mode:

- **alignment**: precision, recall and F1 of sentence links (a pair of n source and m
  derivative sentences makes n*m links) against the gold links, micro-averaged per set;
  links predicted on same-story and unrelated pairs are false positives.
- **relation**: the judged kind against the gold one, and "derived or not" (copy,
  rewrite and excerpt against same-story and unrelated). The source is stated, so
  direction does not blur these figures. The derived share's range per set shows the
  margin around the judge's floor (``Options.min_derived_share``, 0.25).
- **latency**: compare time per pair after analysis, the semantic mode with an empty
  vector cache (embedding both articles included), and the model's load time.

Retrieval (article vectors in the index) and index throughput are measured by
bench/semantic_retrieval.py.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from rewrite_stories import followups, stories, variant  # noqa: E402

DERIVED = {"copy", "rewrite", "excerpt"}
NO_GOLD = {"same-story", "unrelated", "follow-up"}  # sets with no gold link


@dataclass
class Case:
    story: str
    set: str
    relation: str
    source: list[str]
    derivative: list[str]
    gold: set[tuple[int, int]] = field(default_factory=set)


def load_cases(with_followups: bool = True) -> list[Case]:
    """Every (source, derivative) case with its gold links, plus the unrelated pairs and
    (``with_followups``) the follow-up reports of bench/data/same-story-extra.json: harder
    same-story reports that restate the source's key names and numbers in sentences of
    their own (10 stories, 2 each)."""
    docs = stories()
    cases = []
    for doc in docs:
        for v in doc["variants"]:
            links = {(s, d) for ss, dd in v["gold"] for s in ss for d in dd}
            cases.append(
                Case(doc["story"], v["set"], v["relation"], doc["source"], v["sentences"], links)
            )
    for k, doc in enumerate(docs):
        other = docs[(k + 1) % len(docs)]
        cases.append(
            Case(
                doc["story"], "unrelated", "unrelated", doc["source"], variant(other, "llm-rewrite")
            )
        )
    if with_followups:
        by_story = {d["story"]: d for d in docs}
        for story, texts in sorted(followups().items()):
            for body in texts:
                src = by_story[story]["source"]
                cases.append(Case(story, "follow-up", "same-story", src, body.split("\n\n")))
    return cases


def _article(sentences: list[str], name: str):
    """An analyzed article whose text is the sentences as paragraphs, and for each of its
    analyzed sentences the gold sentence it lies in (by character offset)."""
    from copydesk.analyze import analyze
    from copydesk.model import Article

    text = "\n\n".join(sentences)
    starts = []
    pos = 0
    for s in sentences:
        starts.append(pos)
        pos += len(s) + 2
    analyzed = analyze(Article(text=text, id=name))
    to_gold = [max(g for g, st in enumerate(starts) if st <= s.start) for s in analyzed.sentences]
    return analyzed, to_gold


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def run_compare(cases: list[Case], semantic: bool, clear_cache: bool = True) -> dict:
    """Alignment and relation figures per set, and latency, for one mode."""
    from copydesk import pipeline

    enc = None
    if semantic:
        from copydesk import semantic as sem

        enc = sem._get_encoder()
    per_set: dict[str, dict] = {}
    times = []
    rows = []
    for c in cases:
        a, ga = _article(c.source, f"{c.story}/source")
        b, gb = _article(c.derivative, f"{c.story}/{c.set}")
        if enc is not None and clear_cache:
            enc._cache.clear()
        t0 = time.perf_counter()
        report = pipeline.compare_analyzed(a, b, source="a", semantic=semantic)
        times.append(time.perf_counter() - t0)
        pred = {
            (ga[i], gb[j]) for p in report.alignment.pairs for i in p.source for j in p.derivative
        }
        st = per_set.setdefault(c.set, {"tp": 0, "fp": 0, "fn": 0, "kind": 0, "derived": 0, "n": 0})
        st["tp"] += len(pred & c.gold)
        st["fp"] += len(pred - c.gold)
        st["fn"] += len(c.gold - pred)
        st["kind"] += report.relation.kind == c.relation
        st["derived"] += (report.relation.kind in DERIVED) == (c.relation in DERIVED)
        st["n"] += 1
        rows.append(
            {
                "story": c.story,
                "set": c.set,
                "gold": c.relation,
                "kind": report.relation.kind,
                "mode": report.mode,
                "derived_share": round(report.relation.derived_share, 3),
            }
        )
    out = {}
    for name, st in per_set.items():
        out[name] = {
            **_prf(st["tp"], st["fp"], st["fn"]),
            "relation_accuracy": round(st["kind"] / st["n"], 3),
            "derived_accuracy": round(st["derived"] / st["n"], 3),
            "false_links": st["fp"],
            "pairs": st["n"],
        }
    tot = {k: sum(s[k] for s in per_set.values()) for k in ("tp", "fp", "fn", "kind", "n")}
    out["all"] = {
        **_prf(tot["tp"], tot["fp"], tot["fn"]),
        "relation_accuracy": round(tot["kind"] / tot["n"], 3),
        "derived_accuracy": round(sum(s["derived"] for s in per_set.values()) / tot["n"], 3),
        "false_links": tot["fp"],
        "pairs": tot["n"],
    }
    shares: dict[str, list[float]] = {}
    for row in rows:
        shares.setdefault(row["set"], []).append(row["derived_share"])
    return {
        "sets": out,
        "shares": {k: [min(v), round(statistics.median(v), 3), max(v)] for k, v in shares.items()},
        "rows": rows,
        "latency_ms": {
            "median": round(1000 * statistics.median(times), 1),
            "mean": round(1000 * statistics.fmean(times), 1),
            "max": round(1000 * max(times), 1),
        },
    }


def direction_counts(cases: list[Case], semantic: bool) -> dict:
    """Direction inferred (source not stated) on the derived pairs: right, wrong, unknown."""
    from copydesk import pipeline

    out = {"right": 0, "wrong": 0, "unknown": 0}
    for c in cases:
        if c.relation not in DERIVED:
            continue
        a, _ = _article(c.source, f"{c.story}/source")
        b, _ = _article(c.derivative, f"{c.story}/{c.set}")
        got = pipeline.compare_analyzed(a, b, semantic=semantic).direction.source
        out["right" if got == "a" else "wrong" if got == "b" else "unknown"] += 1
    return out


def embed_latency(cases: list[Case], n: int = 30, runs: int = 7) -> dict:
    """Embedding one ``n``-sentence article (the first ``n`` source sentences of the
    stories), vector cache emptied each time: median and spread of ``runs``."""
    import os

    import torch

    from copydesk import semantic as sem

    sents = [s for c in cases if c.set == "llm-rewrite" for s in c.source][:n]
    enc = sem._get_encoder()
    times = []
    for _ in range(runs):
        enc._cache.clear()
        t0 = time.perf_counter()
        sem.embed(sents)
        times.append(time.perf_counter() - t0)
    return {
        "sentences": len(sents),
        "median_ms": round(1000 * statistics.median(times), 1),
        "min_ms": round(1000 * min(times), 1),
        "max_ms": round(1000 * max(times), 1),
        "torch_threads": torch.get_num_threads(),
        "omp_wait_policy": os.environ.get("OMP_WAIT_POLICY"),
    }


def cosine_profile(cases: list[Case]) -> dict:
    """Sentence cosine of gold links vs every other sentence pair, to place thresholds."""
    from copydesk import semantic as sem

    gold, other_derived, unrelated = [], [], []
    for c in cases:
        s = sem.embed(c.source)
        d = sem.embed(c.derivative)
        m = s @ d.T
        for i in range(len(c.source)):
            for j in range(len(c.derivative)):
                if (i, j) in c.gold:
                    gold.append(m[i, j])
                elif c.relation in DERIVED:
                    other_derived.append(m[i, j])
                else:
                    unrelated.append(m[i, j])

    def q(x):
        x = np.array(x)
        return {p: round(float(np.percentile(x, p)), 3) for p in (5, 25, 50, 75, 95, 100)} | {
            "n": len(x)
        }

    return {
        "gold_links": q(gold),
        "non_links_in_rewrites": q(other_derived),
        "not_derived": q(unrelated),
    }


def sweep(cases: list[Case]) -> list[dict]:
    """Other ways align could blend cosine into its lexical score (patched in, measured)."""
    from copydesk import align

    original = align._rescale
    results = []
    for lo, hi in ((0.35, 0.85), (0.3, 0.8), (0.25, 0.75), (0.2, 0.7), (0.15, 0.65)):

        def rescale(cos, lo=lo, hi=hi):
            return np.clip((cos - lo) / (hi - lo), 0.0, 1.0)

        align._rescale = rescale
        try:
            r = run_compare(cases, semantic=True)["sets"]
        finally:
            align._rescale = original
        results.append(
            {
                "rescale": [lo, hi],
                "f1_all": r["all"]["f1"],
                "precision_all": r["all"]["precision"],
                "relation_accuracy_all": r["all"]["relation_accuracy"],
                "f1_by_set": {k: v["f1"] for k, v in r.items() if k != "all"},
            }
        )
    return results


def credit_sweep(cases: list[Case]) -> list[dict]:
    """Other settings of judge.py's three semantic rules: the credit of aligned pairs,
    the same-story article cosine, and the source share asked of a text derived by
    meaning only (patched in, measured; the vector cache stays warm)."""
    from copydesk import judge

    saved = judge._SEM_LO, judge._SEM_HI, judge._SEM_SAME_STORY, judge._SEM_MIN_REUSED
    rows = []
    settings = [  # credit 0 at, 1 at; same-story article cosine; reuse asked of meaning-only
        (9.0, 9.5, 9.0, 0.0),  # none of the three: semantic alignment only
        (0.45, 0.85, 9.0, 0.0),  # credit only
        (9.0, 9.5, 0.5, 0.0),  # same-story rule only
        (9.0, 9.5, 9.0, 0.25),  # coverage rule only
        (0.45, 0.85, 0.5, 0.0),  # credit and same-story rule
        (0.45, 0.85, 0.5, 0.25),  # as committed
        (0.35, 0.75, 0.5, 0.25),
        (0.55, 0.95, 0.5, 0.25),
        (0.45, 0.85, 0.4, 0.25),
        (0.45, 0.85, 0.6, 0.25),
        (0.45, 0.85, 0.5, 0.2),
        (0.45, 0.85, 0.5, 0.3),
        (0.45, 0.85, 0.5, 0.35),
    ]
    try:
        for lo, hi, same, reuse in settings:
            judge._SEM_LO, judge._SEM_HI, judge._SEM_SAME_STORY = lo, hi, same
            judge._SEM_MIN_REUSED = reuse
            r = run_compare(cases, semantic=True, clear_cache=False)
            rows.append(
                {
                    "credit": [lo, hi],
                    "same_story_cos": same,
                    "min_reused": reuse,
                    "relation_accuracy": r["sets"]["all"]["relation_accuracy"],
                    "by_set": {k: v["relation_accuracy"] for k, v in r["sets"].items()},
                    "shares": r["shares"],
                }
            )
    finally:
        judge._SEM_LO, judge._SEM_HI, judge._SEM_SAME_STORY, judge._SEM_MIN_REUSED = saved
    return rows


def _share_ranges(result: dict) -> dict:
    return {m: result[m]["shares"] for m in ("lexical", "semantic") if result.get(m)}


def _table(lex: dict, sem: dict | None) -> str:
    head = f"{'set':<12} {'pairs':>5}  {'F1 lex':>7} {'F1 sem':>7}  {'P lex':>6} {'P sem':>6}  {'R lex':>6} {'R sem':>6}  {'rel lex':>7} {'rel sem':>7}  {'FP lex':>6} {'FP sem':>6}"
    lines = [head, "-" * len(head)]
    for name, a in lex.items():
        b = (sem or {}).get(name, {})

        def g(d, k, name=name):
            if k in ("f1", "precision", "recall") and d.get("pairs") and name in NO_GOLD:
                return "n/a"  # no gold links: see the false-link count
            return f"{d[k]:.3f}" if k in d else "  -  "

        lines.append(
            f"{name:<12} {a['pairs']:>5}  {g(a, 'f1'):>7} {g(b, 'f1'):>7}  {g(a, 'precision'):>6} {g(b, 'precision'):>6}"
            f"  {g(a, 'recall'):>6} {g(b, 'recall'):>6}  {g(a, 'relation_accuracy'):>7} {g(b, 'relation_accuracy'):>7}"
            f"  {a['false_links']:>6} {b.get('false_links', '-'):>6}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="write all figures here")
    ap.add_argument("--sweep", action="store_true", help="also try other cosine blends")
    ap.add_argument(
        "--credit-sweep",
        action="store_true",
        help="also try other semantic credits and same-story cosines in judge.py",
    )
    ap.add_argument("--lexical-only", action="store_true", help="skip the semantic mode")
    ap.add_argument(
        "--latency-only",
        action="store_true",
        help="only time embedding one article and comparing pairs in both modes",
    )
    args = ap.parse_args(argv)

    from copydesk import semantic

    sem_ok = semantic.available() and not args.lexical_only
    cases = load_cases()
    if args.latency_only:
        semantic._get_encoder()
        out = {
            "embed_latency": embed_latency(cases),
            "lexical_ms": run_compare(cases, semantic=False)["latency_ms"],
            "semantic_ms": run_compare(cases, semantic=True)["latency_ms"],
        }
        print(json.dumps(out))
        if args.json:
            args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        return 0
    result: dict = {"semantic_available": semantic.available(), "model": semantic.describe()}
    if sem_ok:
        t0 = time.perf_counter()
        semantic._get_encoder()
        result["model_load_s"] = round(time.perf_counter() - t0, 2)
    result["lexical"] = run_compare(cases, semantic=False)
    result["semantic"] = run_compare(cases, semantic=True) if sem_ok else None
    print(_table(result["lexical"]["sets"], result["semantic"] and result["semantic"]["sets"]))
    print(
        f"\nlatency per pair (ms, median/mean/max): lexical {result['lexical']['latency_ms']}"
        + (f", semantic {result['semantic']['latency_ms']}" if sem_ok else "")
    )
    if sem_ok:
        print(f"model load (with torch import): {result['model_load_s']} s")
        result["embed_latency"] = embed_latency(cases)
        print("embedding one article:", json.dumps(result["embed_latency"]))
        result["cosine"] = cosine_profile(cases)
        print("sentence cosine:", json.dumps(result["cosine"]))
    print("shares (min/median/max):", json.dumps(_share_ranges(result)))
    result["direction"] = {"lexical": direction_counts(cases, False)}
    if sem_ok:
        result["direction"]["semantic"] = direction_counts(cases, True)
    print("direction, source not stated:", json.dumps(result["direction"]))
    if sem_ok and args.sweep:
        result["sweep"] = sweep(cases)
        for row in result["sweep"]:
            print("sweep:", json.dumps(row))
    if sem_ok and args.credit_sweep:
        result["credit_sweep"] = credit_sweep(cases)
        for row in result["credit_sweep"]:
            print("credit sweep:", json.dumps(row))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
