"""Scan benchmark: throughput of the engines and quality of origin and chain finding.

Generates a corpus of synthetic news (``bench/spin.py``'s generator and spinner) with
known derivation trees, scans it, and scores the result:

- **stories**: an event's source article (the wire), first-generation derivatives
  (light/medium/heavy spins and excerpts of the source) and second-generation ones
  (spins of a first-generation derivative: the rewrite of a rewrite), each on its own
  site; ``--dates present`` gives every derivative a later date than its parent,
  ``--dates absent`` gives no dates at all, so origin and chain rest on text evidence;
- **distractors**: independent articles about the same event (same names and numbers,
  no shared text), and unrelated articles about other events.

Quality: *origin right* = share of true stories whose predicted story (the one holding
most of its members) names the true source as origin; *chain edges right* = share of
true (parent -> child) edges the predicted chain reproduces; *pairs recall* = share of
true derivatives found in a story with their true source; *false relations* = relation
rows joining articles of different true stories or a distractor.

Usage::

    python bench/scan_bench.py --articles 10000 --workers 2 --dates present
    python bench/scan_bench.py --articles 10000 --workers 2 --engine spark
    python bench/scan_bench.py --articles 2000 --quality   # both date settings

Throughput is articles per second of wall time for the whole scan (read, keys,
candidates, compare, stories, outputs), measured with ``--workers`` processes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spin import NewsGenerator, excerpt, spin  # noqa: E402

FARMS = [f"farm{i}.example" for i in range(40)]
LOCALS = [f"local{i}.example" for i in range(60)]
WIRES = ["wirepress.example", "newswire.example", "agencia.example"]


def make_corpus(n_articles: int, seed: int, dates: bool, path: Path) -> dict:
    """Write ``path`` (JSONL) and return the truth: stories with their edges."""
    gen = NewsGenerator(seed=seed)
    rng = random.Random(f"scan-{seed}")
    truth = {"stories": [], "distractors": [], "unrelated": []}
    n = 0
    day0 = date(2026, 1, 1)

    with open(path, "w", encoding="utf-8") as f:

        def emit(ident, text, site, when):
            nonlocal n
            rec = {
                "id": ident,
                "url": f"https://{site}/{ident}",
                "site": site,
                "text": text,
                "title": ident,
            }
            if dates and when is not None:
                rec["date"] = when.isoformat()
            f.write(json.dumps(rec) + "\n")
            n += 1

        s = 0
        while n < n_articles:
            ev = gen.event()
            r = rng.random()
            if r < 0.45:  # a reused story
                s += 1
                sid = f"st{s}"
                when = day0 + timedelta(days=rng.randint(0, 700))
                src = gen.article(ev, seed=rng.randint(0, 1 << 30))
                emit(f"{sid}-src", src, rng.choice(WIRES), when)
                edges, texts = [], {f"{sid}-src": (src, when)}
                for k in range(rng.randint(1, 4)):
                    kind = rng.choice(["light", "medium", "heavy", "excerpt", "medium"])
                    txt = (
                        excerpt(src, seed=rng.randint(0, 1 << 30))
                        if kind == "excerpt"
                        else spin(src, kind, seed=rng.randint(0, 1 << 30))
                    )
                    d1 = when + timedelta(days=rng.randint(1, 3))
                    ident = f"{sid}-d{k}"
                    emit(
                        ident,
                        txt,
                        rng.choice(LOCALS if kind in ("light", "excerpt") else FARMS),
                        d1,
                    )
                    edges.append((f"{sid}-src", ident))
                    texts[ident] = (txt, d1)
                    if kind != "excerpt" and rng.random() < 0.5:  # rewrite of the rewrite
                        txt2 = spin(
                            txt, rng.choice(["light", "medium"]), seed=rng.randint(0, 1 << 30)
                        )
                        ident2 = f"{ident}-r"
                        emit(
                            ident2, txt2, rng.choice(FARMS), d1 + timedelta(days=rng.randint(1, 3))
                        )
                        edges.append((ident, ident2))
                truth["stories"].append({"id": sid, "origin": f"{sid}-src", "edges": edges})
                if rng.random() < 0.3:  # an independent report of the same event
                    ident = f"{sid}-indep"
                    emit(
                        ident,
                        gen.article(ev, seed=rng.randint(0, 1 << 30)),
                        rng.choice(LOCALS),
                        when,
                    )
                    truth["distractors"].append(ident)
            else:
                ident = f"u{n}"
                emit(
                    ident,
                    gen.article(ev, seed=rng.randint(0, 1 << 30)),
                    rng.choice(LOCALS + WIRES),
                    day0,
                )
                truth["unrelated"].append(ident)
    truth["articles"] = n
    return truth


def score(truth: dict, out: Path) -> dict:
    rows = lambda name: [json.loads(x) for x in (out / f"{name}.jsonl").read_text().splitlines()]  # noqa: E731
    stories, chains, rels = rows("stories"), rows("chains"), rows("relations")
    story_of = {}
    for st in stories:
        for m in st["members"]:
            story_of[m] = st
    parent = {c["doc"]: c["parent"] for c in chains}
    true_story = {}
    for t in truth["stories"]:
        true_story[t["origin"]] = t["id"]
        for a, b in t["edges"]:
            true_story[a] = true_story[b] = t["id"]
    origin_ok = edges_ok = edges = found = derivs = 0
    for t in truth["stories"]:
        members = {t["origin"]} | {b for _, b in t["edges"]}
        counts: dict[str, int] = {}
        for m in members:
            if m in story_of:
                counts[story_of[m]["story"]] = counts.get(story_of[m]["story"], 0) + 1
        if counts:
            best = max(counts, key=counts.get)
            st = next(s for s in stories if s["story"] == best)
            origin_ok += st["origin"] == t["origin"]
        for a, b in t["edges"]:
            edges += 1
            edges_ok += parent.get(b) == a
            derivs += 1
            found += (
                b in story_of and t["origin"] in story_of and story_of[b] is story_of[t["origin"]]
            )
    false_rel = sum(
        1
        for r in rels
        if true_story.get(r["source"]) is None
        or true_story.get(r["source"]) != true_story.get(r["derivative"])
    )
    n = len(truth["stories"])
    return {
        "true_stories": n,
        "true_edges": edges,
        "origin_right": round(origin_ok / n, 4) if n else None,
        "chain_edges_right": round(edges_ok / edges, 4) if edges else None,
        "derivatives_found_with_source": round(found / derivs, 4) if derivs else None,
        "relations": len(rels),
        "false_relations": false_rel,
        "predicted_stories": len(stories),
    }


def run(args, dates: bool, workdir: Path) -> dict:
    corpus = workdir / f"corpus-{args.articles}-{'dated' if dates else 'undated'}.jsonl"
    truth_path = corpus.with_suffix(".truth.json")
    if corpus.exists() and truth_path.exists():
        truth = json.loads(truth_path.read_text())
    else:
        truth = make_corpus(args.articles, args.seed, dates, corpus)
        truth_path.write_text(json.dumps(truth))
    out = (
        workdir
        / f"out-{args.engine}-{args.articles}-{'dated' if dates else 'undated'}-w{args.workers}"
    )
    t = time.perf_counter()
    if args.engine == "local":
        from copydesk.scan.local import scan_local

        manifest = scan_local(
            [str(corpus)], out, workers=args.workers, formats=("jsonl",), fresh=True, html=False
        )
    else:
        from copydesk.spark.engine import scan_spark, spark_session

        t0 = time.perf_counter()
        spark = spark_session(f"local[{args.workers}]")
        startup = time.perf_counter() - t0
        t = time.perf_counter()
        manifest = scan_spark([str(corpus)], out, spark=spark, formats=("jsonl",), html=False)
        manifest.setdefault("seconds", {})["session_startup"] = round(startup, 1)
    wall = time.perf_counter() - t
    result = {
        "engine": args.engine,
        "workers": args.workers,
        "articles": truth["articles"],
        "dates": "present" if dates else "absent",
        "wall_seconds": round(wall, 1),
        "articles_per_second": round(truth["articles"] / wall, 1),
        "articles_per_core_hour": round(truth["articles"] / wall * 3600 / args.workers),
        "phase_seconds": {k: round(v, 1) for k, v in manifest.get("seconds", {}).items()},
        "candidate_pairs": manifest["counts"].get("candidate_pairs"),
        "pairs_per_article": round(
            manifest["counts"].get("candidate_pairs", 0) / truth["articles"], 2
        ),
        **score(truth, out),
    }
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--engine", choices=("local", "spark"), default="local")
    p.add_argument("--dates", choices=("present", "absent", "both"), default="present")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "copydesk-scan-bench"))
    args = p.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    settings = {"present": [True], "absent": [False], "both": [True, False]}[args.dates]
    for dates in settings:
        print(json.dumps(run(args, dates, workdir)), flush=True)


if __name__ == "__main__":
    main()
