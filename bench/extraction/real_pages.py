"""Extraction on real news pages: the Zyte (Scrapinghub) article extraction benchmark.

181 pages of real news and blog sites, saved as HTML, with the article body a person
marked on each (``ground-truth.json``, ``articleBody``). Nobody on this project wrote
them and no rule of the reader was tuned on them: a held-out check on pages from the
wild, beside the fictional groups of ``run.py``. The data is not copied into this
repository; fetch it (MIT licence) and point ``--data`` at the folder that holds
``ground-truth.json`` and ``html/``::

    git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
    python bench/extraction/real_pages.py --data /tmp/aeb          # table
    python bench/extraction/real_pages.py --data /tmp/aeb --json   # figures
    python bench/extraction/real_pages.py --data /tmp/aeb --part dev   # tuning half only

Systems, as in ``run.py``: plain ``trafilatura.extract``, ``copydesk-html``
(``read_html``), ``copydesk-html-no-clean`` (``read_html`` with ``--no-clean``: the
pruning and the extractor, no boilerplate rules), and ``copydesk-text`` (``read_text``
on the page as a browser's select-all copy renders it,
:func:`copydesk.read.html.html_to_text`), with the raw copy (``pasted-raw``) for
scale.

Measures: ``run.py``'s bags of words, micro-averaged (recall, leakage = 1 - precision),
and the benchmark's own kind of figure, per page then averaged: precision and recall of
the page's token 4-gram shingles (a page with no body on either side counts as perfect).
The person who marked a page decides what its body is (a caption, a subheading, a
correction may be in or out), so figures here and on the fictional pages differ in what
they count as well as in the pages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from run import score  # noqa: E402

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text.lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def shingle_pr(kept: str, expected: str) -> tuple[float, float]:
    k, e = shingles(kept), shingles(expected)
    if not k and not e:
        return 1.0, 1.0
    tp = sum((k & e).values())
    p = tp / sum(k.values()) if k else 0.0
    r = tp / sum(e.values()) if e else 0.0
    return p, r


def systems():
    import trafilatura

    from copydesk.read import ReadOptions, read_html, read_text
    from copydesk.read.html import html_to_text, parse

    light = ReadOptions(clean_text=False)
    return {
        "trafilatura": lambda html, pasted: trafilatura.extract(html) or "",
        "copydesk-html": lambda html, pasted: read_html(html).text,
        "copydesk-html-no-clean": lambda html, pasted: read_html(html, options=light).text,
        "pasted-raw": lambda html, pasted: pasted,
        "copydesk-text": lambda html, pasted: read_text(pasted).text,
    }, (lambda html, name: html_to_text(parse(html, name)))


#: Pages whose id (a sha256) opens with one of these characters are the development half
#: (88 pages); the other 93 are held out: looked at once, with the reader tuned on the
#: development half only (docs/benchmarks-extraction.md, round 33).
DEV_IDS = "01234567"


def part_keys(keys: list[str], part: str) -> list[str]:
    if part == "dev":
        return [k for k in keys if k[0] in DEV_IDS]
    if part == "held-out":
        return [k for k in keys if k[0] not in DEV_IDS]
    return keys


def run(data: Path, limit: int | None = None, part: str = "all") -> dict:
    from copydesk.read.decode import decode

    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    keys = part_keys(sorted(truth), part)
    keys = keys[:limit] if limit else keys
    fns, render = systems()
    acc = {s: [0, 0, 0, 0.0, 0.0, 0.0] for s in fns}
    pages = {}
    for key in keys:
        raw = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        html, _ = decode(raw, key, html=True)
        pasted = render(html, key)
        expected = truth[key].get("articleBody") or ""
        pages[key] = {}
        for name, fn in fns.items():
            t0 = time.perf_counter()
            kept = fn(html, pasted)
            a = acc[name]
            a[3] += time.perf_counter() - t0
            m, k, e = score(kept, expected)
            sp, sr = shingle_pr(kept, expected)
            a[0] += m
            a[1] += k
            a[2] += e
            a[4] += sp
            a[5] += sr
            pages[key][name] = {
                "recall": round(m / e, 4) if e else 1.0,
                "precision": round(m / k, 4) if k else 0.0,
            }
    n = len(keys)
    totals = {}
    for name, (m, k, e, dt, sp, sr) in acc.items():
        p = m / k if k else 0.0
        r = m / e if e else 1.0
        totals[name] = {
            "recall": round(r, 4),
            "leakage": round(1 - p, 4),
            "shingle_precision": round(sp / n, 4),
            "shingle_recall": round(sr / n, 4),
            "ms_per_page": round(1000 * dt / n, 1),
            "pages": n,
            "expected_words": e,
            # Pages whose article is kept nearly whole and nearly clean.
            "pages_at_goal": sum(
                1
                for v in pages.values()
                if v[name]["recall"] >= 0.98 and v[name]["precision"] >= 0.98
            ),
        }
    return {"totals": totals, "pages": pages, "n_pages": n}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the benchmark's folder")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit", type=int, help="read only the first N pages (a smoke test)")
    ap.add_argument(
        "--part",
        choices=("all", "dev", "held-out"),
        default="all",
        help="the development half, the held-out half, or all pages",
    )
    args = ap.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(
            f"real_pages: {args.data}: no ground-truth.json (clone "
            "https://github.com/scrapinghub/article-extraction-benchmark and pass its folder)",
            file=sys.stderr,
        )
        return 2
    res = run(args.data, args.limit, args.part)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"{res['n_pages']} pages")
    print(
        f"{'system':15s} {'recall':>7s} {'leakage':>8s} {'sh.prec':>8s} {'sh.rec':>7s} {'at goal':>8s} {'ms':>6s}"
    )
    for name, t in res["totals"].items():
        print(
            f"{name:15s} {t['recall']:7.3f} {t['leakage']:8.3f} {t['shingle_precision']:8.3f} "
            f"{t['shingle_recall']:7.3f} {t['pages_at_goal']:8d} {t['ms_per_page']:6.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
