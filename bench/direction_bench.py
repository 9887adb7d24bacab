"""Direction benchmark: which text is the source, with no publication dates.

Pairs (the true source is known), dates removed everywhere:

- synthetic news from ``bench/spin.py``: a source and its ``light``, ``medium`` and
  ``heavy`` spins, ``excerpt`` (a lightly spun contiguous run), ``padded`` (a light spin
  with 2-4 generic sentences added, as rewriters pad copy) and ``second-gen`` (a light
  spin of a medium spin: the parent and child of a rewrite chain);
- ``fixtures``: the fictional hand-written pairs in ``examples/pair`` and
  ``tests/pairs`` (wire stories and human-style rewrites with planted changes).

Each pair is shown to ``judge.direction`` in a random order (a or b first, seeded), so a
bias towards either side shows as error. A verdict counts as *right* or *wrong* when its
confidence reaches ``--threshold`` (default 0.6, the scan's
``ScanOptions.min_direction_confidence``, below which origin and chain finding ignore a
verdict), else as *unknown*. Every variant is scored on the same analysed pairs, so
``before`` (the weighting of the original rule) and ``after`` (the defaults) come from one
run.

Usage::

    python bench/direction_bench.py --events 150
    python bench/direction_bench.py --events 150 --json out.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pair_files  # noqa: E402
from spin import NewsGenerator, excerpt, spin  # noqa: E402

from copydesk import judge  # noqa: E402
from copydesk.align import align  # noqa: E402
from copydesk.analyze import analyze  # noqa: E402
from copydesk.model import Article  # noqa: E402
from copydesk.options import DEFAULT, Options  # noqa: E402
from copydesk.pipeline import _swap  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

#: Generic padding of the kind rewriters add (no names, no numbers). Written for this
#: bench; none of these sentences is in copydesk's code or data.
PADDING = [
    "The decision comes as pressure mounts on leaders across the region.",
    "It remains to be seen how the move will play out in the coming months.",
    "Critics have long argued that more needs to be done.",
    "The development is likely to fuel further debate.",
    "Observers say the situation could change quickly.",
    "Many residents are now waiting to see what happens next.",
    "The issue has drawn growing attention in recent weeks.",
    "Officials did not immediately respond to a request for comment.",
]

#: The original rule's weighting: containment x2, credit 0.2, detail 0.1, nothing else.
BEFORE = replace(
    DEFAULT,
    direction_weight_containment=2.0,
    direction_weight_credit=0.2,
    direction_weight_detail=0.1,
    direction_weight_mention=0.0,
    direction_weight_padding=0.0,
    direction_weight_wording=0.0,
    direction_weight_head=0.0,
    direction_padding_floor=-1.0,
)


def padded(src: str, seed: int) -> str:
    rng = random.Random(f"pad-{seed}")
    paras = spin(src, "light", seed).split("\n\n")
    for pad in rng.sample(PADDING, rng.randint(2, 4)):
        paras.insert(rng.randint(1, len(paras)), pad)
    return "\n\n".join(paras)


def synthetic(events: int, seed: int) -> list[tuple[str, str, str]]:
    """(kind, source text, derivative text)."""
    gen = NewsGenerator(seed=seed)
    rng = random.Random(f"direction-{seed}")
    out = []
    for _ in range(events):
        ev = gen.event()
        src = gen.article(ev, seed=rng.randint(0, 1 << 30))
        s = rng.randint(0, 1 << 30)
        for kind in ("light", "medium", "heavy"):
            out.append((kind, src, spin(src, kind, s)))
        out.append(("excerpt", src, excerpt(src, s)))
        out.append(("padded", src, padded(src, s)))
        mid = spin(src, "medium", s + 1)
        out.append(("second-gen", mid, spin(mid, "light", s + 2)))
    return out


def _fixture(path: Path) -> tuple[Article, Article]:
    head, source, derivative = pair_files.load(path)
    src = Article(source, id=path.stem, credit_lines=pair_files.credit_lines(head))
    return src, Article(derivative, id=path.stem + "-d")


def fixtures() -> list[tuple[str, Article, Article]]:
    from copydesk import read

    out = []
    wire, rewrite = read(ROOT / "examples/pair/wire.txt"), read(ROOT / "examples/pair/rewrite.txt")
    out.append(("fixtures", wire, rewrite))
    for p in sorted((ROOT / "tests/pairs").glob("*.txt")):
        out.append(("fixtures", *_fixture(p)))
    for _, s, d in out:
        s.date = d.date = None
    return out


def prepare(items):
    """Analyse and align each pair once, in a seeded random order; yield the judge inputs
    and the true source ("a" or "b")."""
    rng = random.Random("order")
    for kind, s, d in items:
        src = s if isinstance(s, Article) else Article(s)
        der = d if isinstance(d, Article) else Article(d)
        swap = rng.random() < 0.5
        a, b = (der, src) if swap else (src, der)
        aa, ab = analyze(a), analyze(b)
        aln = align(aa, ab)
        b_from_a = judge.shares(aa, ab, aln)
        a_from_b = judge.shares(ab, aa, _swap(aln))
        yield kind, aa, ab, a_from_b, b_from_a, aln, "b" if swap else "a"


def score(prepared, variants: dict[str, Options], threshold: float) -> dict:
    res: dict = {}
    for kind, aa, ab, a_from_b, b_from_a, aln, truth in prepared:
        for name, opts in variants.items():
            d = judge.direction(aa, ab, a_from_b, b_from_a, opts, alignment=aln)
            for k in (kind, "all synthetic" if kind != "fixtures" else None):
                if k is None:
                    continue
                r = res.setdefault(name, {}).setdefault(
                    k, {"n": 0, "right": 0, "wrong": 0, "unknown": 0, "raw_right": 0}
                )
                r["n"] += 1
                r["raw_right"] += d.source == truth
                if d.source is None or d.confidence < threshold:
                    r["unknown"] += 1
                elif d.source == truth:
                    r["right"] += 1
                else:
                    r["wrong"] += 1
    return res


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=150)
    p.add_argument("--seed", type=int, default=3)
    p.add_argument("--threshold", type=float, default=0.6)
    p.add_argument("--json")
    args = p.parse_args()
    items = synthetic(args.events, args.seed) + fixtures()
    prepared = list(prepare(items))
    variants = {"before": BEFORE, "after": DEFAULT}
    ablations = {
        "after, no padding": replace(DEFAULT, direction_weight_padding=0.0),
        "after, padding kept in containment": replace(DEFAULT, direction_padding_floor=-1.0),
        "after, no wording vote": replace(DEFAULT, direction_weight_wording=0.0),
        "after, no synonym-head vote": replace(DEFAULT, direction_weight_head=0.0),
        "after, no wording or head vote": replace(
            DEFAULT, direction_weight_wording=0.0, direction_weight_head=0.0
        ),
        "after, no padding, wording or head vote": replace(
            DEFAULT,
            direction_weight_padding=0.0,
            direction_weight_wording=0.0,
            direction_weight_head=0.0,
        ),
        "after, no mention credit": replace(DEFAULT, direction_weight_mention=0.0),
        "after, detail 0.1 (as before)": replace(DEFAULT, direction_weight_detail=0.1),
    }
    res = score(prepared, {**variants, **ablations}, args.threshold)
    kinds = ["light", "medium", "heavy", "excerpt", "padded", "second-gen", "all synthetic"]
    kinds.append("fixtures")
    print(f"threshold {args.threshold}; right / wrong / unknown (raw: any verdict right)")
    print(f"{'kind':14} {'n':>4}  " + "  ".join(f"{v:>27}" for v in variants))
    for k in kinds:
        n = res["before"][k]["n"]
        cells = []
        for v in variants:
            r = res[v][k]
            cells.append(
                f"{r['right'] / n:.3f} / {r['wrong'] / n:.3f} / {r['unknown'] / n:.3f}"
                f" ({r['raw_right'] / n:.2f})"
            )
        print(f"{k:14} {n:>4}  " + "  ".join(f"{c:>27}" for c in cells))
    print("\nablations: right / wrong / unknown")
    cols = ["light", "padded", "second-gen", "all synthetic", "fixtures"]
    print(f"{'variant':40} " + " ".join(f"{c:>21}" for c in cols))
    for v in ["after", *ablations]:
        cells = []
        for k in cols:
            r, n = res[v][k], res[v][k]["n"]
            cells.append(f"{r['right'] / n:.3f}/{r['wrong'] / n:.3f}/{r['unknown'] / n:.3f}")
        print(f"{v:40} " + " ".join(f"{c:>21}" for c in cells))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
