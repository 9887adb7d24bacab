"""The ``spark-submit`` entry point of the scan (docs/spark.md).

    spark-submit --master yarn --py-files copydesk.zip \\
        src/copydesk/spark/job.py s3a://bucket/news/2026-03/ --out /data/scan-2026-03

Inputs are any paths Spark's ``binaryFiles`` reads (local, ``hdfs://``, ``s3a://`` with
the cluster's own connector), folders read recursively. ``--out`` is a folder on the
driver's file system: the tables are small (derived pairs, stories, sites) and are
written there by the driver. The master and resources come from ``spark-submit``.
"""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="copydesk-spark-job", description=__doc__.splitlines()[0])
    p.add_argument("inputs", nargs="+", help="input paths or URIs (files, folders, globs)")
    p.add_argument("--out", required=True, help="output folder on the driver")
    p.add_argument("--format", default="jsonl,parquet", help="jsonl, parquet (default: both)")
    p.add_argument("--field", action="append", default=[], metavar="NAME=FIELD")
    p.add_argument("--bucket-cap", type=int)
    p.add_argument("--min-shared-keys", type=int)
    p.add_argument("--no-html", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    from copydesk.errors import CopydeskError
    from copydesk.read import ReadOptions
    from copydesk.scan.options import ScanOptions
    from copydesk.scan.output import check_formats
    from copydesk.spark.engine import scan_spark, spark_session

    args = build_parser().parse_args(argv)
    try:
        formats = check_formats(args.format.split(","))
        read_options = ReadOptions(quiet=True, progress=False)
        if args.field:
            read_options = read_options.with_fields(args.field)
        manifest = scan_spark(
            args.inputs,
            args.out,
            options=ScanOptions().with_flags(args.bucket_cap, args.min_shared_keys),
            read_options=read_options,
            formats=formats,
            html=not args.no_html,
            spark=spark_session(),
        )
    except CopydeskError as err:
        print(f"copydesk: error: {err}", file=sys.stderr)
        return 2
    c = manifest["counts"]
    print(
        f"copydesk: {c['articles']} articles, {c['relations']} derived pairs in "
        f"{c['stories']} stories; wrote {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
