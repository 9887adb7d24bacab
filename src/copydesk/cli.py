"""The command line: a thin face over the pipeline functions.

Each sub-command lives in ``copydesk/commands/<name>.py`` with ``add_parser(subparsers)``
and ``run(args) -> int``; this module only dispatches and turns errors into one line.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from copydesk import __version__
from copydesk.errors import CopydeskError

#: Sub-command modules, in the order ``--help`` lists them.
COMMANDS = ["compare", "index", "trace", "scan", "serve"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copydesk",
        description="Find where a news article came from and what the copy changed.",
    )
    parser.add_argument("--version", action="version", version=f"copydesk {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback of an internal error"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        module = importlib.import_module(f"copydesk.commands.{name}")
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except CopydeskError as err:
        print(f"copydesk: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("copydesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug, not bad input: say so in one line unless --debug
        if args.debug:
            raise
        print(
            f"copydesk: internal error: {type(err).__name__}: {err} (rerun with --debug and report it)",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
