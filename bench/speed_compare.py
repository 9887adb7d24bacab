"""Speed of one compare: two ~1,000-word articles, lexical mode, one core.

Goal (issue 2): under 100 ms per compare without a neural model. Prints the median of
several runs (wall clock, and CPU time, which a shared machine disturbs less) and the
split between steps, and the same pair through difflib's
SequenceMatcher on words (the stdlib tool a user might otherwise reach for) as a ratio.

    python bench/speed_compare.py [--runs 15] [--words 1000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from difflib import SequenceMatcher

from copydesk.align import align
from copydesk.analyze import analyze
from copydesk.audit import audit
from copydesk.model import Article
from copydesk.pipeline import compare

NAMES = [
    "Harbourton",
    "Elena Varga",
    "Tomas Brandt",
    "Northfield Institute",
    "Lessing",
    "Marlow Bay",
    "Ostrava Line",
    "Kessel Group",
]
NOUNS = "council budget river wall storm residents engineers plan vote study harbour station funding contract court police report market prices workers union".split()
VERBS = "approved rejected raised cut doubled delayed announced criticised funded reviewed expanded closed".split()
ADJ = "new independent regional local major small public private early final".split()
SYN = {
    "approved": "backed",
    "rejected": "turned down",
    "raised": "lifted",
    "new": "fresh",
    "major": "big",
    "residents": "locals",
    "engineers": "experts",
    "plan": "scheme",
    "study": "report",
    "council": "assembly",
}


def make_sentence(rng: random.Random) -> str:
    n = rng.choice(NAMES)
    q = rng.choice(
        [
            f"{rng.randint(2, 900)}",
            f"{rng.randint(1, 60)}%",
            f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million crowns",
        ]
    )
    words = [
        n,
        rng.choice(VERBS),
        "the",
        rng.choice(ADJ),
        rng.choice(NOUNS),
        "for",
        q,
        rng.choice(NOUNS),
    ]
    words += [
        "after",
        "the",
        rng.choice(ADJ),
        rng.choice(NOUNS),
        rng.choice(VERBS),
        "on",
        rng.choice(["Tuesday", "Monday", "Friday"]),
    ]
    if rng.random() < 0.3:
        words[-1] += ", officials said"
    return " ".join(words) + "."


def make_article(rng: random.Random, words: int) -> str:
    out, n = [], 0
    while n < words:
        s = make_sentence(rng)
        out.append(s)
        n += len(s.split())
    return "\n".join(" ".join(out[i : i + 3]) for i in range(0, len(out), 3))


def spin(text: str, rng: random.Random) -> str:
    lines = []
    for line in text.splitlines():
        sents = line.split(". ")
        rng.shuffle(sents)
        line = ". ".join(sents)
        lines.append(" ".join(SYN.get(w, w) if rng.random() < 0.8 else w for w in line.split()))
    rng.shuffle(lines)
    return "\n".join(lines)


def corpus_pair(words: int) -> tuple[str, str]:
    """~``words``-word articles stitched from the sample corpus's fictional stories: real
    news prose (quotes, datelines, numbers in some sentences only), unlike the template
    sentences above, which put a number and a weekday in every sentence."""
    import json
    from pathlib import Path

    feed = Path(__file__).resolve().parent.parent / "examples" / "corpus" / "feed.jsonl"
    rows = [json.loads(line) for line in feed.open(encoding="utf-8")]
    by_id = {r["id"]: r["text"] for r in rows}
    src_ids = [
        "wirepress-harbourton",
        "wirepress-kessel",
        "northfield-otters",
        "harbourtimes-townhall",
        "riverside-sport",
        "ostravik-library",
    ]
    der_ids = [
        "newsfarm-harbourton",
        "newsfarm-kessel",
        "clickdaily-otters",
        "clickdaily-harbourton",
    ]
    src = "\n".join(by_id[i] for i in src_ids)
    der = "\n".join(by_id[i] for i in der_ids)
    while len(src.split()) < words:
        src += "\n" + src
    while len(der.split()) < words:
        der += "\n" + der
    return src, der


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument(
        "--text",
        choices=("template", "corpus"),
        default="template",
        help="template sentences (a number and weekday in each) or the sample corpus's prose",
    )
    args = ap.parse_args()
    rng = random.Random(7)
    if args.text == "corpus":
        src_text, der_text = corpus_pair(args.words)
    else:
        src_text = make_article(rng, args.words)
        der_text = spin(src_text, rng)
    a, b = Article(text=src_text, id="src"), Article(text=der_text, id="der")
    compare(a, b)  # warm caches (word lists, regexes)
    totals, cpu, t_an, t_al, t_au, t_dl = [], [], [], [], [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        r = compare(a, b)
        totals.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        t0 = time.perf_counter()
        aa, bb = analyze(a), analyze(b)
        t1 = time.perf_counter()
        aln = align(aa, bb)
        t2 = time.perf_counter()
        audit(aa, bb, aln)
        t3 = time.perf_counter()
        t_an.append(t1 - t0)
        t_al.append(t2 - t1)
        t_au.append(t3 - t2)
        t0 = time.perf_counter()
        SequenceMatcher(None, src_text.split(), der_text.split(), autojunk=False).ratio()
        t_dl.append(time.perf_counter() - t0)
    ms = lambda xs: statistics.median(xs) * 1000  # noqa: E731
    print(
        f"words: source {len(src_text.split())}, derivative {len(der_text.split())}; relation {r.relation.kind}"
    )
    print(
        f"compare median {ms(totals):.1f} ms over {args.runs} runs (min {min(totals) * 1000:.1f}, max {max(totals) * 1000:.1f})"
    )
    print(
        f"compare median CPU time {ms(cpu):.1f} ms (one core's work; a busy machine disturbs it less)"
    )
    print(
        f"  analyze both {ms(t_an):.1f} ms, align {ms(t_al):.1f} ms (one direction), audit {ms(t_au):.1f} ms"
    )
    print(
        f"difflib word SequenceMatcher (ratio only, no alignment): {ms(t_dl):.1f} ms -> copydesk/difflib = {ms(totals) / ms(t_dl):.2f}"
    )


if __name__ == "__main__":
    main()
