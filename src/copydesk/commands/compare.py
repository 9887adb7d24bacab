"""``copydesk compare A B``: align two articles and audit what the copy changed."""

from __future__ import annotations

from copydesk.commands._common import (
    add_output_args,
    add_read_args,
    read_options,
    use_colour,
    write_output,
)
from copydesk.errors import InputError


def add_parser(sub):
    p = sub.add_parser(
        "compare",
        help="compare two articles: relation, alignment, meaning changes, credit",
        description="Compare two articles. copydesk infers which one is the source unless "
        "--source says so. Inputs: text, HTML, or - for stdin.",
    )
    p.add_argument("a", help="first article (file path, or - for stdin)")
    p.add_argument("b", help="second article (file path)")
    p.add_argument(
        "--source",
        metavar="A|B|PATH",
        help="state which input is the original: 'a', 'b', or one of the two paths",
    )
    p.add_argument(
        "--semantic",
        action="store_true",
        help="blend in sentence embeddings (needs copydesk[semantic])",
    )
    add_output_args(p)
    add_read_args(p, fields=False)
    return p


def _stated_source(value: str | None, a: str, b: str) -> str | None:
    if value is None:
        return None
    v = value.strip()
    if v.lower() in ("a", "b"):
        return v.lower()
    if v == a:
        return "a"
    if v == b:
        return "b"
    raise InputError(v, "--source must be 'a', 'b' or one of the two input paths")


def run(args) -> int:
    from copydesk.pipeline import compare
    from copydesk.read import read_file
    from copydesk.report.json import dumps, report_to_dict

    source = _stated_source(args.source, args.a, args.b)
    opts = read_options(args)
    a = read_file(args.a, opts)
    b = read_file(args.b, opts)
    report = compare(a, b, source=source, semantic=args.semantic)
    data = report_to_dict(report)
    if args.format == "json":
        text = dumps(data) + "\n"
    elif args.format == "html":
        from copydesk.report.html import render as render_html

        text = render_html(data)
    else:
        from copydesk.report.terminal import render

        text = render(data, colour=use_colour(args))
    write_output(text, args.output)
    return 0
