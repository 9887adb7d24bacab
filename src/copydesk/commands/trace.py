"""``copydesk trace ARTICLE``: likely sources of an article in the index, best first;
with ``--copies``, the indexed articles derived from it."""

from __future__ import annotations

from typing import Any

from copydesk.commands._common import (
    add_output_args,
    add_read_args,
    read_options,
    use_colour,
    write_output,
)
from copydesk.report.json import trace_to_dict


def add_parser(sub):
    p = sub.add_parser(
        "trace",
        help="find where an article came from (or, with --copies, who copied it)",
        description="Search the index for the likely sources of ARTICLE, best first, each "
        "compared in full: relation, direction, derived share, meaning changes and credit.",
    )
    p.add_argument("article", help="the article (file path, or - for stdin)")
    p.add_argument(
        "--db", metavar="FILE", default="copydesk.db", help="index file (default: %(default)s)"
    )
    p.add_argument("--top", type=int, default=10, metavar="N", help="hits to show (default: 10)")
    p.add_argument(
        "--copies", action="store_true", help="find articles derived from ARTICLE instead"
    )
    p.add_argument(
        "--same-story",
        action="store_true",
        help="also list articles about the same event that do not derive from it",
    )
    # No --semantic here: an index built with 'index add --semantic' holds article
    # vectors, and every trace on it uses them (and says so: "semantic mode").
    add_output_args(p, formats=("text", "json"))
    add_read_args(p, fields=False)
    return p


def render_text(data: dict[str, Any], colour: bool = False) -> str:
    """One block per hit: verdict line, then what changed and the credit verdict."""

    def st(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    mode = data["mode"]
    q = data["query"]
    head = "copies of" if mode == "copies" else "sources of"
    out = [
        st(f"{head} {q['name']}", "1")
        + f"  ({data['index']['articles']} articles indexed, {data['candidates']} candidates,"
        f" {data['seconds'] * 1000:.0f} ms"
        + (", semantic mode" if data.get("retrieval") == "semantic" else "")
        + ")"
    ]
    if data["index"]["self_id"]:
        out.append(
            st(f"  (the article itself is in the index as #{data['index']['self_id']})", "2")
        )
    if not data["hits"]:
        out.append("no derived article found" if not data["same_story"] else "nothing found")
    for h in data["hits"]:
        v = h["report"]["verdict"]
        rel = v["relation"].upper()
        code = "32;1" if h["role"] in ("source", "copy") else "2"
        c = v["changes"]
        d = h["report"]["direction"]
        how = f"direction {d['confidence']:.0%}" if d["source"] else "direction unknown"
        out.append(
            f"{h['rank']:>2}. "
            + st(f"{rel:<10}", code)
            + f" {h['role']:<20} {h['share']:.0%} derived  #{h['id']} {h['name']}"
        )
        meta = [h[k] for k in ("title", "site", "date", "url") if h[k]]
        if meta:
            out.append("      " + " | ".join(meta))
        out.append(
            f"      {how}; changes: {c['high']} high, {c['medium']} medium, {c['low']} low;"
            f" credit: {v['credit']}"
        )
    return "\n".join(out) + "\n"


def run(args) -> int:
    from copydesk.errors import InputError
    from copydesk.index import open_index
    from copydesk.read import read_file
    from copydesk.report.json import dumps

    if args.top < 1:
        raise InputError("--top", "must be at least 1")
    article = read_file(args.article, read_options(args))
    with open_index(args.db, create=False) as idx:
        trace = idx.trace(article, top=args.top, copies=args.copies, same_story=args.same_story)
    data = trace_to_dict(trace, args.db)
    if args.format == "json":
        text = dumps(data) + "\n"
    else:
        text = render_text(data, colour=use_colour(args))
    write_output(text, args.output)
    return 0
