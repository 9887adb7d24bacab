"""Helpers shared by sub-commands: output files, colour and quiet handling."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from copydesk.errors import InputError


def use_colour(args) -> bool:
    if getattr(args, "no_color", False) or os.environ.get("NO_COLOR"):
        return False
    return getattr(args, "output", None) in (None, "-") and sys.stdout.isatty()


def write_output(text: str, output: str | None) -> None:
    """Write to stdout or atomically to a file (a crash never leaves half a report)."""
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    path = Path(output)
    if path.parent and not path.parent.exists():
        raise InputError(str(path), "output folder does not exist")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def add_output_args(p, formats: tuple[str, ...] = ("text", "json", "html")) -> None:
    p.add_argument(
        "--format",
        "-f",
        choices=formats,
        default=formats[0],
        help="output format (default: %(default)s)",
    )
    p.add_argument(
        "--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    p.add_argument("--no-color", action="store_true", help="no ANSI colour even on a terminal")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or notes on stderr")


def add_read_args(p, fields: bool = True) -> None:
    """The reader's limits as flags (issue 3: each limit has a flag and a clear error)."""
    g = p.add_argument_group("reading limits")
    g.add_argument(
        "--max-file-mb",
        type=float,
        metavar="MB",
        help="largest HTML/text file read whole (default 32)",
    )
    g.add_argument(
        "--max-record-mb",
        type=float,
        metavar="MB",
        help="largest WARC/JSONL/CSV record (default 16)",
    )
    g.add_argument(
        "--max-records",
        type=int,
        metavar="N",
        help="most records read from one input (default 10,000,000)",
    )
    g.add_argument(
        "--max-decompressed-mb",
        type=float,
        metavar="MB",
        help="most bytes one gzip input may inflate to (default 8192)",
    )
    p.add_argument(
        "--no-clean",
        action="store_true",
        help="keep all the text the extractor finds in HTML and all the lines of plain text: "
        "no boilerplate rules (more of the article on plain pages, more page furniture on "
        "busy ones; see docs/benchmarks-extraction.md)",
    )
    if fields:
        g.add_argument(
            "--field",
            action="append",
            default=[],
            metavar="NAME=FIELD",
            help="record field for id/url/title/text/date/site/author (JSONL/CSV), e.g. text=body",
        )


def read_options(args):
    """A ReadOptions from the flags of :func:`add_read_args` (and --quiet)."""
    from copydesk.read import ReadOptions

    mb = 1024 * 1024
    opts = ReadOptions(quiet=bool(getattr(args, "quiet", False)))
    changes = {}
    for flag, name, scale in (
        ("max_file_mb", "max_file_bytes", mb),
        ("max_record_mb", "max_record_bytes", mb),
        ("max_records", "max_records", 1),
        ("max_decompressed_mb", "max_decompressed_bytes", mb),
    ):
        value = getattr(args, flag, None)
        if value is not None:
            if value <= 0:
                raise InputError(f"--{flag.replace('_', '-')}", "must be a positive number")
            changes[name] = int(value * scale)
    if getattr(args, "no_clean", False):
        changes["clean_text"] = False
    if changes:
        opts = opts.replace(**changes)
    if getattr(args, "field", None):
        opts = opts.with_fields(args.field)
    return opts
