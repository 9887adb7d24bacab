"""``copydesk scan CORPUS... --out DIR``: corpus-wide reuse, origins, chains, sites."""

from __future__ import annotations

import sys

from copydesk.commands._common import add_read_args
from copydesk.commands._common import read_options as read_options_from
from copydesk.errors import CopydeskError


def add_parser(sub):
    p = sub.add_parser(
        "scan",
        help="scan a corpus: derived pairs, stories and origins, copy chains, per-site figures",
        description="Find every derived pair in a corpus (files, folders, globs; JSONL, CSV, "
        "WARC, HTML, text), group them into stories with their origin and copy chain, and "
        "write relations, stories, chains and sites tables (JSONL and Parquet) plus "
        "summary.html to --out. A re-run with the same inputs resumes where it stopped.",
    )
    p.add_argument("inputs", nargs="+", metavar="CORPUS", help="files, folders or globs")
    p.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder")
    p.add_argument(
        "--engine", choices=("local", "spark"), default="local", help="(default: %(default)s)"
    )
    p.add_argument(
        "--workers",
        "-j",
        type=int,
        metavar="N",
        help="worker processes (local engine; default: all cores)",
    )
    p.add_argument(
        "--spark-master",
        metavar="URL",
        help="Spark master (default: local[N] with --workers, else local[*])",
    )
    p.add_argument(
        "--spark-conf",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra Spark setting (repeatable)",
    )
    p.add_argument(
        "--format",
        "-f",
        default=None,
        help="comma-separated table formats: jsonl, parquet (default: both when pyarrow is "
        "installed, else jsonl)",
    )
    p.add_argument("--bucket-cap", type=int, help="skip keys shared by more articles (default 50)")
    p.add_argument("--min-shared-keys", type=int, help="keys two articles must share (default 2)")
    p.add_argument(
        "--fresh", action="store_true", help="ignore finished work in --out and start over"
    )
    p.add_argument("--no-html", action="store_true", help="skip summary.html")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or notes on stderr")
    add_read_args(p)
    return p


def _conf(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        k, sep, v = item.partition("=")
        if not sep or not k.strip():
            raise CopydeskError(f"--spark-conf: expected KEY=VALUE, got {item!r}")
        out[k.strip()] = v.strip()
    return out


def run(args) -> int:
    from pathlib import Path

    from copydesk.read import progress_enabled
    from copydesk.scan.options import ScanOptions
    from copydesk.scan.output import check_formats

    if args.format is None:
        try:
            import pyarrow  # noqa: F401

            args.format = "jsonl,parquet"
        except ImportError:
            args.format = "jsonl"
            if not args.quiet:
                print(
                    "copydesk: note: writing JSONL only; Parquet needs pyarrow "
                    "(pip install 'copydesk[spark]')",
                    file=sys.stderr,
                )
    formats = check_formats(args.format.split(","))
    options = ScanOptions().with_flags(args.bucket_cap, args.min_shared_keys)
    read_options = read_options_from(args)
    progress = progress_enabled(read_options)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise CopydeskError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)

    def note(msg: str) -> None:
        if not args.quiet:
            print(f"copydesk: {msg}", file=sys.stderr)

    if args.engine == "spark":
        from copydesk.spark.engine import scan_spark

        manifest = scan_spark(
            args.inputs, out, options=options, read_options=read_options, master=args.spark_master,
            workers=args.workers, conf=_conf(args.spark_conf), formats=formats, note=note,
            html=not args.no_html,
        )  # fmt: skip
    else:
        from copydesk.scan.local import scan_local

        manifest = scan_local(
            args.inputs, out, options=options, read_options=read_options, workers=args.workers,
            formats=formats, progress=progress, fresh=args.fresh, note=note, html=not args.no_html,
        )  # fmt: skip
    c = manifest["counts"]
    failures = manifest.get("failures") or []
    for f in failures[:20]:
        where = f["path"] + (f" (record at {f['offset']})" if f.get("offset") is not None else "")
        note(f"skipped {where}: {f['reason']}")
    if len(failures) > 20:
        note(f"... and {len(failures) - 20} more; all are listed in {out}/manifest.json")
    note(
        f"{c['articles']} articles, {c.get('candidate_pairs', 0)} candidate pairs, "
        f"{c['relations']} derived pairs in {c['stories']} stories; "
        f"{c.get('read_failures', 0)} unreadable inputs; wrote {out}/"
    )
    return 0
