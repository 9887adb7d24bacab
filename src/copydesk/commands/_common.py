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
