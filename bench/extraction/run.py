"""Extraction benchmark: word-level precision/recall of kept text on bench/extraction.

Usage (from the repository root)::

    python bench/extraction/run.py            # table on stdout
    python bench/extraction/run.py --json     # figures as JSON
    python bench/extraction/run.py --show 02-local   # what each reader kept, diffed
    python bench/extraction/run.py --dev      # without the held-out group (development)

Systems measured in the same run:

- ``trafilatura``: ``trafilatura.extract(html)`` with defaults (the plain extractor).
- ``copydesk-html``: ``copydesk.read.read_html`` (trafilatura with copydesk's settings,
  pruning and line cleaning).
- ``pasted-raw``: the pasted page as is (select-all copy, nothing removed).
- ``copydesk-text``: ``copydesk.read.read_text`` on the pasted page.

Measure: words are lower-cased ``\\w+`` tokens; kept and expected texts are compared as
bags of words (multisets). Recall = matched / expected words; precision = matched / kept
words; leakage = 1 - precision (the share of kept text that is not article text).
Totals are micro-averaged over all pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter:
    return Counter(_WORD.findall(text.lower()))


def score(kept: str, expected: str) -> tuple[int, int, int]:
    k, e = words(kept), words(expected)
    return sum((k & e).values()), sum(k.values()), sum(e.values())


def systems():
    import trafilatura

    from copydesk.read import read_html, read_text

    def traf(html, pasted):
        return trafilatura.extract(html) or ""

    def cd_html(html, pasted):
        return read_html(html).text

    def raw(html, pasted):
        return pasted

    def cd_text(html, pasted):
        return read_text(pasted).text

    return {
        "trafilatura": traf,
        "copydesk-html": cd_html,
        "pasted-raw": raw,
        "copydesk-text": cd_text,
    }


GROUPS = {
    "all": lambda name: True,
    # Pages 01-09: written together with the first cleaning rules (in-sample).
    "01-09": lambda name: name[:1].isdigit(),
    # Pages h10-h12: held out at first; used for tuning since the h2 pages exist.
    "h10-h12": lambda name: name.startswith(("h10-", "h11-", "h12-")),
    # 01-09 and h10-h12, tuned on since the second round. Named by what it holds, not by
    # what it leaves out: a new group's pages can never fall into it (h15's once did).
    "tuned": lambda name: name[:1].isdigit() or name.startswith(("h10-", "h11-", "h12-")),
    # Group h2 (pages_h2.py): held out in the second round, tuned on since the third.
    "h2": lambda name: name.startswith("h2-"),
    # Group h3 (pages_h3.py): held out in the third round, tuned on in the fourth.
    "h3": lambda name: name.startswith("h3-"),
    # Group h4 (pages_h4.py): held out in the fourth round; since the fifth round a
    # training group of the learned line check (bench/extraction/train_blocks.py).
    "h4": lambda name: name.startswith("h4-"),
    # Frozen group h5 (pages_h5.py): written after the fourth round and held out in the
    # fifth (block features, learned classifier); a development group of the sixth
    # (page structure), once h6 existed. Never used to train the line check.
    "h5": lambda name: name.startswith("h5-"),
    # Frozen group h6 (pages_h6.py): written after the fifth round and held out in the
    # sixth (page structure); a development group of the seventh, once h7 existed.
    # Never used to train the line check.
    "h6": lambda name: name.startswith("h6-"),
    # Frozen group h7 (pages_h7.py): written after the sixth round and held out in the
    # seventh; a development group of the eighth, once h8 existed. Never used to train
    # the line check.
    "h7": lambda name: name.startswith("h7-"),
    # Frozen group h8 (pages_h8.py): written after the seventh round and held out in the
    # eighth; a development group of the ninth, once h9 existed. Never used to train the
    # line check.
    "h8": lambda name: name.startswith("h8-"),
    # Frozen group h9 (pages_h9.py): written after the eighth round and held out in the
    # ninth; a development group of the tenth, once h13 existed. Never used to train the
    # line check.
    "h9": lambda name: name.startswith("h9-"),
    # Frozen group h13 (pages_h13.py; h10-h12 name early tuned pages): written at the
    # start of the tenth round and held out in it; a development group of the eleventh,
    # once h14 existed. Never used to train the line check.
    "h13": lambda name: name.startswith("h13-"),
    # Frozen group h14 (pages_h14.py): written at the start of the eleventh round and
    # held out in it; a development group of the twelfth, once h15 existed. Never used
    # to train the line check.
    "h14": lambda name: name.startswith("h14-"),
    # Frozen group h15 (pages_h15.py): written at the start of the twelfth round (its
    # first two changes were made without these pages) and held out in it; a
    # development group of the thirteenth, once h16 existed. Never used to train the
    # line check.
    "h15": lambda name: name.startswith("h15-"),
    # Frozen group h16 (pages_h16.py): written at the start of the thirteenth round and
    # held out in it; a development group of the fourteenth, once h17 existed. Never
    # used to train the line check.
    "h16": lambda name: name.startswith("h16-"),
    # Frozen group h17 (pages_h17.py): written at the start of the fourteenth round and
    # held out in it; a development group of the fifteenth, once h18 existed. Never
    # used to train the line check.
    "h17": lambda name: name.startswith("h17-"),
    # Frozen group h18 (pages_h18.py): written after the fourteenth round and held out
    # in the fifteenth; a development group of the sixteenth, once h19 existed. Never
    # used to train the line check before round 16.
    "h18": lambda name: name.startswith("h18-"),
    # Frozen group h19 (pages_h19.py): written after the fifteenth round and held out in
    # the sixteenth; a development group of the seventeenth, once h20 existed. Never used
    # to train the line check.
    "h19": lambda name: name.startswith("h19-"),
    # Frozen group h20 (pages_h20.py): written at the start of the seventeenth round by
    # someone other than the tuner and held out in it; a development group of the
    # eighteenth, once h21 existed. Never used to train the line check.
    "h20": lambda name: name.startswith("h20-"),
    # Frozen group h21 (pages_h21.py): written during the seventeenth and eighteenth
    # rounds by someone other than the tuner and held out in the eighteenth; a
    # development group of the nineteenth. Never used to train the line check.
    "h21": lambda name: name.startswith("h21-"),
    # Frozen group h22 (pages_h22.py): written at the start of the nineteenth round by
    # someone other than the tuner and held out in it; a development group of the
    # twentieth. Never used to train the line check.
    "h22": lambda name: name.startswith("h22-"),
    # Frozen group h23 (pages_h23.py): written at the start of the twentieth round by
    # someone other than the tuner and held out in it; a development group since (the
    # reader was not changed before h24's measurement). Never used to train the line
    # check.
    "h23": lambda name: name.startswith("h23-"),
    # Frozen group h24 (pages_h24.py): written in round 21 by someone other than the
    # tuner and held out in it (a replication: round 20's reader measured again); a
    # development group of round 22. Never used to train the line check.
    "h24": lambda name: name.startswith("h24-"),
    # Frozen group h25 (pages_h25.py): written at the start of round 22 by someone
    # other than the tuner and held out in it; a development group since (round 23
    # changes nothing in the reader). Never used to train the line check.
    "h25": lambda name: name.startswith("h25-"),
    # Group h26 (pages_h26.py): written in round 23 by someone other than the tuner, to
    # measure round 22's reader again (a replication: no reader change); a development
    # group since round 24. Never used to train the line check before round 24.
    "h26": lambda name: name.startswith("h26-"),
    # Group h27 (pages_h27.py): written in round 24 by someone other than the tuner,
    # without reading the reader or its output, and held out in it; a development group
    # since round 25.
    "h27": lambda name: name.startswith("h27-"),
    # Group h28 (pages_h28.py): written during rounds 24 and 25 by someone other than
    # the tuner, without reading the reader or its output, and held out in round 25; a
    # development group since round 26.
    "h28": lambda name: name.startswith("h28-"),
    # Group h29 (pages_h29.py): written at the start of round 26 by someone other than
    # the tuner, without reading the reader or its output, and held out in it; a
    # development group since round 27.
    "h29": lambda name: name.startswith("h29-"),
    # Group h30 (pages_h30.py): written at the start of round 27 by someone other than
    # the tuner, without reading the reader or its output, and held out in it; a
    # development group since round 28.
    "h30": lambda name: name.startswith("h30-"),
    # Group h31 (pages_h31.py): written at the start of round 28 by someone other than
    # the tuner, without reading the reader or its output, and held out in it; a
    # development group since round 29.
    "h31": lambda name: name.startswith("h31-"),
    # Group h32 (pages_h32.py): written at the start of round 29 by someone other than
    # the tuner, without reading the reader or its output, and held out in it; a
    # development group since round 30.
    "h32": lambda name: name.startswith("h32-"),
    # Group h33 (pages_h33.py): written at the start of round 30 by others than the
    # tuner, without reading the reader or its output, and held out in it; a
    # development group since round 31.
    "h33": lambda name: name.startswith("h33-"),
    # Group h34 (pages_h34.py; three pages): written at the start of round 31 by someone
    # other than the tuner, without reading the reader or its output, and held out in it;
    # a development group since round 32.
    "h34": lambda name: name.startswith("h34-"),
    # Group h35 (pages_h35.py; three pages): written at the start of round 32 by someone
    # other than the tuner, without reading the reader or its output, and held out in
    # rounds 32 and 33; a development group since round 34.
    "h35": lambda name: name.startswith("h35-"),
    # Group h36 (pages_h36.py; three pages): written during rounds 32 and 33 by someone
    # other than the tuner, without reading the reader or its output, and measured once
    # in round 34; a development group since round 35.
    "h36": lambda name: name.startswith("h36-"),
    # Group h37 (pages_h37.py; one page): written during rounds 32 and 33 by someone
    # other than the tuner, without reading the reader or its output, and measured once
    # in round 35; a development group since round 36.
    "h37": lambda name: name.startswith("h37-"),
    # Group h38 (pages_h38.py; three pages): written during rounds 32 to 35 by someone
    # other than the tuner, without reading the reader or its output, and measured once
    # in round 36; a development group since round 37.
    "h38": lambda name: name.startswith("h38-"),
    # Group h39 (pages_h39.py; three pages): written during rounds 32 to 36 by someone
    # other than the tuner, without reading the reader or its output, and measured once
    # in round 37; a development group since round 38.
    "h39": lambda name: name.startswith("h39-"),
    # Group h40 (pages_h40.py; three pages): written during rounds 32 to 37 by someone
    # other than the tuner, without reading the reader or its output, and measured once
    # in round 38; a development group since round 39.
    "h40": lambda name: name.startswith("h40-"),
    # Frozen group h41 (pages_h41.py; three pages): written during rounds 32 to 38 by
    # someone other than the tuner, without reading the reader or its output. Its pages
    # are left out of the per-page table (``--held-out`` shows them); ``--dev`` does not
    # read them.
    "held-out-h41": lambda name: name.startswith("h41-"),
}

#: Page-name prefix of the held-out group whose per-page rows are not printed.
HELD_OUT = "h41-"


def digest(prefix: str) -> tuple[int, str]:
    """(file count, sha256) over the pages, expected and pasted files named ``prefix*``.

    Pins a frozen group: tests/test_read_bench.py fails when its files change.
    """
    h = hashlib.sha256()
    files = sorted(
        f for sub in ("pages", "expected", "pasted") for f in (HERE / sub).glob(f"{prefix}*")
    )
    for f in files:
        h.update(f"{f.parent.name}/{f.name}\n".encode())
        h.update(f.read_bytes())
    return len(files), h.hexdigest()


def run(dev: bool = False) -> dict:
    """Per-page figures and micro-averaged totals per group of pages.

    Groups: see :data:`GROUPS` (``tuned`` = 01-09 and h10-h12, ``h2`` to ``h9``, ``h13``
    to ``h33`` = earlier held-out groups now developed on, a ``held-out-`` group = the
    frozen pages not yet tuned on, when there is one, ``all``). ``totals`` is the ``all`` group. ``dev`` leaves the
    held-out pages out altogether (no row, no total), for development runs.
    """
    pages = sorted((HERE / "pages").glob("*.html"))
    if dev:
        pages = [p for p in pages if not p.stem.startswith(HELD_OUT)]
    results: dict = {"pages": {}, "groups": {}}
    acc: dict[str, dict[str, list[float]]] = {g: {} for g in GROUPS}
    for page in pages:
        name = page.stem
        html = page.read_text(encoding="utf-8")
        pasted = (HERE / "pasted" / f"{name}.txt").read_text(encoding="utf-8")
        expected = (HERE / "expected" / f"{name}.txt").read_text(encoding="utf-8")
        results["pages"][name] = {}
        for sysname, fn in systems().items():
            t0 = time.perf_counter()
            kept = fn(html, pasted)
            dt = time.perf_counter() - t0
            m, k, e = score(kept, expected)
            for group, member in GROUPS.items():
                if member(name):
                    a = acc[group].setdefault(sysname, [0, 0, 0, 0.0, 0])
                    a[0] += m
                    a[1] += k
                    a[2] += e
                    a[3] += dt
                    a[4] += 1
            results["pages"][name][sysname] = {
                "recall": round(m / e, 4) if e else 1.0,
                "precision": round(m / k, 4) if k else 0.0,
            }
    for group, systems_acc in acc.items():
        if not systems_acc:
            continue
        out = results["groups"].setdefault(group, {})
        for sysname, (m, k, e, dt, n) in systems_acc.items():
            p = m / k if k else 0.0
            r = m / e if e else 1.0
            out[sysname] = {
                "recall": round(r, 4),
                "precision": round(p, 4),
                "leakage": round(1 - p, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "ms_per_page": round(1000 * dt / max(1, n), 1),
                "pages": n,
                "expected_words": int(e),
            }
    results["totals"] = results["groups"]["all"]
    results["n_pages"] = len(pages)
    results["expected_words"] = results["totals"]["trafilatura"]["expected_words"] if pages else 0
    return results


def show(name: str) -> None:
    html = (HERE / "pages" / f"{name}.html").read_text(encoding="utf-8")
    pasted = (HERE / "pasted" / f"{name}.txt").read_text(encoding="utf-8")
    expected = words((HERE / "expected" / f"{name}.txt").read_text(encoding="utf-8"))
    for sysname, fn in systems().items():
        kept = words(fn(html, pasted))
        extra = kept - expected
        missing = expected - kept
        print(f"== {sysname}: extra {sum(extra.values())} words, missing {sum(missing.values())}")
        print("   extra:", " ".join(sorted(extra.elements()))[:600])
        print("   missing:", " ".join(sorted(missing.elements()))[:600])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", metavar="PAGE")
    ap.add_argument("--held-out", action="store_true", help="also print the held-out group's pages")
    ap.add_argument(
        "--dev", action="store_true", help="development run: do not read the held-out group"
    )
    args = ap.parse_args(argv)
    if args.show and args.show.startswith(HELD_OUT) and not args.held_out:
        print(f"{args.show} is in the held-out group; pass --held-out to look at it")
        return 2
    if args.show:
        show(args.show)
        return 0
    res = run(dev=args.dev)
    if args.json:
        json.dump(res, sys.stdout, indent=2)
        print()
        return 0
    names = list(res["totals"])
    print(f"{res['n_pages']} pages, {res['expected_words']} expected words")
    print(f"{'page':18}" + "".join(f"{n:>22}" for n in names))
    for page, row in res["pages"].items():
        if page.startswith(HELD_OUT) and not args.held_out:
            continue
        cells = "".join(f"{row[n]['recall']:>10.3f} / {row[n]['precision']:<9.3f}" for n in names)
        print(f"{page:18}{cells}")
    print("(cells: recall / precision)")
    for group, totals in res["groups"].items():
        n = next(iter(totals.values()))["pages"] if totals else 0
        print()
        print(f"[{group}: {n} pages]")
        print(f"{'system':16}{'recall':>8}{'precision':>11}{'leakage':>9}{'F1':>8}{'ms/page':>9}")
        for name, t in totals.items():
            print(
                f"{name:16}{t['recall']:>8.3f}{t['precision']:>11.3f}{t['leakage']:>9.3f}"
                f"{t['f1']:>8.3f}{t['ms_per_page']:>9.1f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
