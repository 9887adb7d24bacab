"""Train the line classifier of ``copydesk.read.blocks`` on the tuning groups.

Usage (from the repository root, offline; a few seconds)::

    python bench/extraction/train_blocks.py            # leave-one-group-out figures
    python bench/extraction/train_blocks.py --write    # and write data/read_blocks.json

Training lines: what the cleaning rules keep (``read_html`` and ``read_text`` with the
learned check off) and what trafilatura alone extracts, for every page of the groups
``tuned``, ``h2``, ``h3`` and ``h4`` (``--groups`` adds the development groups h5 and
h6); a line is article text when its words equal those of a line of the page's
expected text. The groups h7, h8, h9 and h13 to h19 (held out in rounds 7 to 16) are
never read here.

Model: logistic regression (numpy, L2, gradient descent), each line weighted by its
word count (the benchmark counts words). Before writing the weights, each group is left
out in turn: the model trained on the other three is applied to it, and its word-level
recall and leakage are printed next to the rules alone.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))

from copydesk.read import blocks, read_html, read_text  # noqa: E402
from copydesk.read.normalize import tidy  # noqa: E402

# The module, not the function copydesk.read re-exports under the same name.
cleaning = importlib.import_module("copydesk.read.clean")
_W = re.compile(r"\w+")
#: Training groups of the shipped weights. h5 and h6 can be added with ``--groups``
#: (measured in round 7: it cost h3 recall out of sample, 0.982 -> 0.935 pasted, so the
#: weights stay trained on these four); the held-out group is never read.
GROUPS = ("tuned", "h2", "h3", "h4")
L2 = 1e-3


def group_of(name: str) -> str | None:
    """The training group of a page, or None for pages never read here (h7 and every
    later group: named by what is read, so a new group's pages are never read)."""
    if name[:1].isdigit() or name.startswith(("h10-", "h11-", "h12-")):
        return "tuned"
    return name[:2] if name[:3] in ("h2-", "h3-", "h4-", "h5-", "h6-") else None


def key(line: str) -> str:
    return " ".join(_W.findall(line.lower()))


def docs():
    """(group, page, source, lines, expected text) for every training page."""
    import trafilatura

    cleaning.LEARNED = False
    try:
        for page in sorted((HERE / "pages").glob("*.html")):
            g = group_of(page.stem)
            if g is None:
                continue
            html = page.read_text(encoding="utf-8")
            pasted = (HERE / "pasted" / f"{page.stem}.txt").read_text(encoding="utf-8")
            expected = (HERE / "expected" / f"{page.stem}.txt").read_text(encoding="utf-8")
            for source, text in (
                ("html", read_html(html).text),
                ("text", read_text(pasted).text),
                ("trafilatura", tidy(trafilatura.extract(html) or "")),
            ):
                lines = [x for x in text.splitlines() if x.strip()]
                yield g, page.stem, source, lines, expected
    finally:
        cleaning.LEARNED = True


def dataset(items):
    xs, ys, ws = [], [], []
    for _g, _p, _s, lines, expected in items:
        if len(lines) < 3:
            continue
        exp = {key(x) for x in expected.splitlines()}
        for line, f in zip(lines, blocks.features(lines), strict=False):
            xs.append(f)
            ys.append(1.0 if key(line) in exp else 0.0)
            ws.append(max(1, len(_W.findall(line))))
    return np.array(xs), np.array(ys), np.array(ws, dtype=float)


def fit(x, y, w, steps=30):
    """Weighted L2 logistic regression by Newton steps (IRLS)."""
    w = w / w.sum()
    beta = np.zeros(x.shape[1])
    reg = L2 * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + reg @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + reg + 1e-9 * np.eye(x.shape[1])
        beta -= np.linalg.solve(hess, grad)
    return beta


def measure(items, beta, threshold=blocks.THRESHOLD):
    """Word-level (recall, leakage) of the rules alone and with the check, by source."""
    out = {}
    for _g, _p, source, lines, expected in items:
        if source == "trafilatura":
            continue
        e = Counter(_W.findall(expected.lower()))
        mask = blocks.keep_mask(lines, tuple(beta), threshold) if beta is not None else None
        for label, kept in (
            ("rules", lines),
            ("learned", [x for x, k in zip(lines, mask, strict=False) if k] if mask else lines),
        ):
            k = Counter(_W.findall("\n".join(kept).lower()))
            a = out.setdefault((source, label), [0, 0, 0])
            a[0] += sum((k & e).values())
            a[1] += sum(k.values())
            a[2] += sum(e.values())
    return {s: (m / e, 1 - m / k if k else 0.0) for s, (m, k, e) in out.items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float, default=blocks.THRESHOLD)
    ap.add_argument("--groups", default=",".join(GROUPS), help="training groups, comma-separated")
    args = ap.parse_args(argv)
    groups = tuple(args.groups.split(","))
    items = [d for d in docs() if d[0] in groups]
    print("leave one group out (recall / leakage):")
    for g in groups:
        beta = fit(*dataset([d for d in items if d[0] != g]))
        res = measure([d for d in items if d[0] == g], beta, args.threshold)
        cells = "  ".join(
            f"{s}-{lab}: {r:.3f} / {lk:.3f}" for (s, lab), (r, lk) in sorted(res.items())
        )
        print(f"  {g:6} {cells}")
    beta = fit(*dataset(items))
    print(
        "weights:", " ".join(f"{n}={b:+.2f}" for n, b in zip(blocks.FEATURES, beta, strict=False))
    )
    if args.write:
        path = ROOT / "src" / "copydesk" / "data" / "read_blocks.json"
        data = {
            "_comment": "Logistic-regression weights of copydesk.read.blocks, written by "
            f"bench/extraction/train_blocks.py on the groups {', '.join(groups)}.",
            "features": list(blocks.FEATURES),
            "weights": [round(float(b), 4) for b in beta],
        }
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print("wrote", path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
