"""Train the line classifier of ``copydesk.read.blocks`` on the development groups.

Usage (from the repository root, offline; about a minute on a shared machine)::

    python bench/extraction/train_blocks.py            # leave-one-group-out table
    python bench/extraction/train_blocks.py --write    # and write data/read_blocks.json,
                                                       # only if the adoption rule holds
    python bench/extraction/train_blocks.py --groups tuned,h2,h3,h4   # round 5's groups

Training lines: what the cleaning rules keep (``read_html`` and ``read_text`` with the
learned check off) and what trafilatura alone extracts, for every page of the training
groups (by default every development group: tuned, h2-h9, h13-h32; round 5's shipped
weights were trained on tuned, h2, h3 and h4, which ``--groups`` or ``--shipped-groups``
gives back); a line is article text when its words equal those of a line of the page's
expected text. The held-out group h33, and any page whose group is not named below, is
never read here (:func:`group_of`).

Model: logistic regression (numpy, L2, Newton steps), each line weighted by its word
count (the benchmark counts words). Evaluation, leave one group out: for each training
group, a model trained on the other groups is put in place of the shipped weights and
the two readers are run on the left-out group's pages as ``run.py`` runs them (tail
rules and all); word-level recall and leakage are printed for the rules alone (the
check off), the shipped weights and the new weights, by group and micro-averaged over
all left-out pages.

Adoption rule (round 16; :func:`adopt`): the new weights are written only when, over the
leave-one-group-out evaluation and for each reader, micro-averaged leakage falls by at
least one point against the shipped weights with micro-averaged recall not lower, and
no left-out group whose recall was >= 0.98 with the shipped weights falls below 0.98.
``--force`` writes anyway (to retrain with changed features or rules, once measured).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections import Counter
from contextlib import contextmanager
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
#: The development groups of round 30: every group but the held-out h33.
DEV_GROUPS = (
    "tuned",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "h7",
    "h8",
    "h9",
    "h13",
    "h14",
    "h15",
    "h16",
    "h17",
    "h18",
    "h19",
    "h20",
    "h21",
    "h22",
    "h23",
    "h24",
    "h25",
    "h26",
    "h27",
    "h28",
    "h29",
    "h30",
    "h31",
    "h32",
)
#: Training groups of the weights shipped since round 5 (``--shipped-groups``).
SHIPPED_GROUPS = ("tuned", "h2", "h3", "h4")
GROUPS = DEV_GROUPS
L2 = 1e-3
#: Adoption rule: leakage must fall by at least this much (micro-average) ...
ADOPT_LEAKAGE = 0.01
#: ... and no group at or above this recall with the shipped weights may fall under it.
ADOPT_RECALL = 0.98


def group_of(name: str) -> str | None:
    """The development group of a page, or None for pages never read here: the held-out
    h33 and any group not named in :data:`DEV_GROUPS` (named by what is read, so a new
    group's pages are never read)."""
    if name[:1].isdigit() or name.startswith(("h10-", "h11-", "h12-")):
        return "tuned"
    head, sep, _ = name.partition("-")
    return head if sep and head != "tuned" and head in DEV_GROUPS else None


def key(line: str) -> str:
    return " ".join(_W.findall(line.lower()))


def pages(groups=GROUPS):
    """(group, page, html, pasted text, expected text) for every page of ``groups``;
    pages of no development group are skipped before anything of them is read."""
    for page in sorted((HERE / "pages").glob("*.html")):
        g = group_of(page.stem)
        if g is None or g not in groups:
            continue
        yield (
            g,
            page.stem,
            page.read_text(encoding="utf-8"),
            (HERE / "pasted" / f"{page.stem}.txt").read_text(encoding="utf-8"),
            (HERE / "expected" / f"{page.stem}.txt").read_text(encoding="utf-8"),
        )


def docs(pages_):
    """(group, page, source, lines, expected text): what the rules keep (the check off)
    in each reader and what trafilatura alone keeps, for every page of ``pages_``."""
    import trafilatura

    with using(None):
        for g, stem, html, pasted, expected in pages_:
            for source, text in (
                ("html", read_html(html).text),
                ("text", read_text(pasted).text),
                ("trafilatura", tidy(trafilatura.extract(html) or "")),
            ):
                lines = [x for x in text.splitlines() if x.strip()]
                yield g, stem, source, lines, expected


def _col(name):
    return blocks.FEATURES.index(name)


def _prev_ends(lines, rows):
    """The line before ends like a sentence (0 for the first line)."""
    e = _col("ends_sentence")
    return [rows[i - 1][e] if i else 0.0 for i in range(len(rows))]


def _next_ends(lines, rows):
    """The line after ends like a sentence (0 for the last line)."""
    e = _col("ends_sentence")
    return [rows[i + 1][e] if i + 1 < len(rows) else 0.0 for i in range(len(rows))]


def _short_run(lines, rows):
    """log(1 + length) of the run of short lines (under 8 words) holding the line; 0
    for a line that is not short."""
    s = _col("short")
    out = [0.0] * len(rows)
    i = 0
    while i < len(rows):
        if not rows[i][s]:
            i += 1
            continue
        j = i
        while j + 1 < len(rows) and rows[j + 1][s]:
            j += 1
        for k in range(i, j + 1):
            out[k] = float(np.log1p(j - i + 1))
        i = j + 1
    return out


def _between_prose(lines, rows):
    """Both neighbours are paragraphs (12+ words and a sentence end)."""
    n, e = _col("log_words"), _col("ends_sentence")
    para = [r[n] >= np.log1p(12) and r[e] > 0 for r in rows]
    return [
        1.0 if 0 < i < len(rows) - 1 and para[i - 1] and para[i + 1] else 0.0
        for i in range(len(rows))
    ]


def _edge_lines(lines, rows):
    """log(1 + lines to the nearer edge of the text)."""
    m = len(rows)
    return [float(np.log1p(min(i, m - 1 - i))) for i in range(m)]


def _neighbour_cohesion(lines, rows):
    """Mean cohesion of the two neighbours."""
    c = _col("cohesion")
    m = len(rows)
    return [
        (rows[i - 1][c] if i else 0.0) / 2 + (rows[i + 1][c] if i + 1 < m else 0.0) / 2
        for i in range(m)
    ]


#: Extra feature columns of an experiment, by name: each a function of the lines and
#: their :func:`blocks.features` rows giving one more column per line (``--extra``).
EXTRA = {
    "prev_ends": _prev_ends,
    "next_ends": _next_ends,
    "short_run": _short_run,
    "between_prose": _between_prose,
    "edge_lines": _edge_lines,
    "neighbour_cohesion": _neighbour_cohesion,
}


def with_extra(features_fn, names):
    """``features_fn`` with the :data:`EXTRA` columns ``names`` appended to each row."""
    if not names:
        return features_fn

    def fn(lines):
        rows = features_fn(lines)
        cols = [EXTRA[n](lines, rows) for n in names]
        return [r + [c[i] for c in cols] for i, r in enumerate(rows)]

    return fn


@contextmanager
def using(beta, extra=()):
    """The readers with the weights ``beta`` in place of the shipped ones (``None``:
    the learned check off, the rules alone; ``"shipped"``: as shipped), and the
    :data:`EXTRA` columns ``extra`` after the shipped features."""
    old_weights, old_features = blocks.weights, blocks.features
    if beta is None:
        cleaning.LEARNED = False
    elif not isinstance(beta, str):
        w = tuple(float(b) for b in beta)
        blocks.weights = lambda: w
        blocks.features = with_extra(old_features, extra)
    try:
        yield
    finally:
        blocks.weights, blocks.features = old_weights, old_features
        cleaning.LEARNED = True


def dataset(items, extra=(), sources=("html", "text", "trafilatura")):
    feats = with_extra(blocks.features, extra)
    xs, ys, ws = [], [], []
    for _g, _p, source, lines, expected in items:
        if len(lines) < 3 or source not in sources:
            continue
        exp = {key(x) for x in expected.splitlines()}
        for line, f in zip(lines, feats(lines), strict=False):
            xs.append(f)
            ys.append(1.0 if key(line) in exp else 0.0)
            ws.append(max(1, len(_W.findall(line))))
    return np.array(xs), np.array(ys), np.array(ws, dtype=float)


def fit(x, y, w, steps=30, l2=None):
    """Weighted L2 logistic regression by Newton steps (IRLS)."""
    l2 = L2 if l2 is None else l2
    w = w / w.sum()
    beta = np.zeros(x.shape[1])
    reg = l2 * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + reg @ beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + reg + 1e-9 * np.eye(x.shape[1])
        beta -= np.linalg.solve(hess, grad)
    return beta


def counts(kept: str, expected: str) -> tuple[int, int, int]:
    """(matched, kept, expected) words, as ``run.py`` counts them."""
    k, e = Counter(_W.findall(kept.lower())), Counter(_W.findall(expected.lower()))
    return sum((k & e).values()), sum(k.values()), sum(e.values())


def read(pages_, beta, extra=()):
    """Summed (matched, kept, expected) words of each reader on ``pages_`` with the
    weights ``beta`` (see :func:`using`)."""
    out = {"html": [0, 0, 0], "text": [0, 0, 0]}
    with using(beta, extra):
        for _g, _stem, html, pasted, expected in pages_:
            for source, text in (("html", read_html(html).text), ("text", read_text(pasted).text)):
                for k, v in enumerate(counts(text, expected)):
                    out[source][k] += v
    return out


def figures(c) -> tuple[float, float]:
    """(recall, leakage) of summed (matched, kept, expected) words."""
    m, k, e = c
    return (m / e if e else 1.0), (1 - m / k if k else 0.0)


CONFIGS = ("rules", "shipped", "new")


def logo(all_pages, items, groups, extra=(), sources=("html", "text", "trafilatura"), l2=L2):
    """For each group left out: the readers' word counts on its pages with the rules
    alone, the shipped weights, and weights trained on the other groups."""
    table = {}
    for g in groups:
        held = [p for p in all_pages if p[0] == g]
        beta = fit(*dataset([d for d in items if d[0] != g], extra, sources), l2=l2)
        table[g] = {
            "rules": read(held, None),
            "shipped": read(held, "shipped"),
            "new": read(held, beta, extra),
        }
    return table


def micro(table):
    return {
        cfg: {
            src: [sum(table[g][cfg][src][k] for g in table) for k in range(3)]
            for src in ("html", "text")
        }
        for cfg in CONFIGS
    }


def adopt(table) -> tuple[bool, list[str]]:
    """The round-16 adoption rule, for each reader: micro-averaged leakage of the new
    weights at least :data:`ADOPT_LEAKAGE` under the shipped weights', micro-averaged
    recall not lower, and no group at or above :data:`ADOPT_RECALL` recall with the
    shipped weights under it with the new ones. Returns (met, reasons it is not)."""
    tot = micro(table)
    why = []
    for src in ("html", "text"):
        r0, l0 = figures(tot["shipped"][src])
        r1, l1 = figures(tot["new"][src])
        if l1 > l0 - ADOPT_LEAKAGE + 1e-12:
            why.append(f"{src}: leakage {l0:.3f} -> {l1:.3f}, not {ADOPT_LEAKAGE:.2f} lower")
        if r1 < r0 - 1e-12:
            why.append(f"{src}: recall {r0:.3f} -> {r1:.3f}, lower")
        for g in table:
            g0, _ = figures(table[g]["shipped"][src])
            g1, _ = figures(table[g]["new"][src])
            if g0 >= ADOPT_RECALL and g1 < ADOPT_RECALL:
                why.append(f"{src}: {g} recall {g0:.3f} -> {g1:.3f}, under {ADOPT_RECALL}")
    return not why, why


def print_table(table) -> None:
    def cell(c):
        r, lk = figures(c)
        return f"{r:.3f} / {lk:.3f}"

    head = " | ".join(f"{src} {cfg}" for src in ("html", "text") for cfg in CONFIGS)
    print(f"| left out | {head} |")
    print("|---" * 7 + "|")
    rows = [*((g, table[g]) for g in table), ("**all (micro)**", micro(table))]
    for g, t in rows:
        cells = " | ".join(cell(t[cfg][src]) for src in ("html", "text") for cfg in CONFIGS)
        print(f"| {g} | {cells} |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write the weights if the rule holds")
    ap.add_argument("--force", action="store_true", help="with --write: whatever the rule says")
    ap.add_argument("--groups", default=",".join(GROUPS), help="training groups, comma-separated")
    ap.add_argument(
        "--shipped-groups", action="store_true", help="round 5's groups: tuned, h2, h3, h4"
    )
    ap.add_argument(
        "--sources", default="html,text,trafilatura", help="training lines: html,text,trafilatura"
    )
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty (default %(default)s)")
    ap.add_argument("--extra", default="", help=f"extra features: {', '.join(EXTRA) or 'none'}")
    args = ap.parse_args(argv)
    groups = SHIPPED_GROUPS if args.shipped_groups else tuple(args.groups.split(","))
    unknown = [g for g in groups if g not in DEV_GROUPS]
    if unknown:
        ap.error(f"not development groups: {', '.join(unknown)}")
    extra = tuple(x for x in args.extra.split(",") if x)
    all_pages = list(pages(groups))
    items = list(docs(all_pages))
    print("leave one group out (recall / leakage, word level, each reader as run.py runs it):")
    sources = tuple(args.sources.split(","))
    table = logo(all_pages, items, groups, extra, sources, args.l2)
    print_table(table)
    met, why = adopt(table)
    print("adoption rule:", "met" if met else "not met")
    for x in why:
        print("  " + x)
    beta = fit(*dataset(items, extra, sources), l2=args.l2)
    names = [*blocks.FEATURES, *extra]
    print("weights:", " ".join(f"{n}={b:+.2f}" for n, b in zip(names, beta, strict=True)))
    if args.write and extra:
        print("not written: extra features must move into blocks.FEATURES first")
    elif args.write and (met or args.force):
        path = ROOT / "src" / "copydesk" / "data" / "read_blocks.json"
        data = {
            "_comment": "Logistic-regression weights of copydesk.read.blocks, written by "
            f"bench/extraction/train_blocks.py on the groups {', '.join(groups)}.",
            "features": list(blocks.FEATURES),
            "weights": [round(float(b), 4) for b in beta],
        }
        path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print("wrote", path.relative_to(ROOT))
    elif args.write:
        print("not written: the adoption rule is not met (--force to write anyway)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
