"""MkDocs hook: write docs/cli.md from the CLI's own parser before every build.

The CLI reference is generated from :func:`copydesk.cli.build_parser`, so it cannot drift
from what ``copydesk --help`` says. ``python docs/hooks.py`` regenerates it by hand;
``tests/test_docs.py`` fails when the committed file is out of date.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
from pathlib import Path

CLI_MD = Path(__file__).resolve().parent / "cli.md"
WIDTH = 88  # usage lines are wrapped at this width, whatever the terminal

log = logging.getLogger("mkdocs.hooks.cli")


def _usage(parser: argparse.ArgumentParser) -> str:
    fmt = argparse.HelpFormatter(parser.prog, width=WIDTH)
    fmt.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return fmt.format_help().strip()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _flags(action: argparse.Action) -> str:
    if action.option_strings:
        names = ", ".join(f"`{s}`" for s in action.option_strings)
        if action.nargs == 0:
            return names
        metavar = action.metavar or (action.dest.upper() if not action.choices else None)
        if action.choices and not action.metavar:
            metavar = "{" + ",".join(str(c) for c in action.choices) + "}"
        return f"{names} `{metavar}`"
    return f"`{action.metavar or action.dest}`"


def _help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    fmt = argparse.HelpFormatter(parser.prog, width=WIDTH)
    text = fmt._expand_help(action) if action.help else ""
    if action.choices and action.option_strings and action.metavar:
        text += f" (one of: {', '.join(str(c) for c in action.choices)})"
    default = action.default
    if "default" not in text and default not in (None, False, [], argparse.SUPPRESS):
        text += f" (default: {default})"
    return _cell(text.strip())


def _subparsers(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                out.append((name, helps.get(name, ""), sub))
    return out


def _section(parser: argparse.ArgumentParser, level: int, summary: str = "") -> list[str]:
    lines = [f"{'#' * level} `{parser.prog}`", ""]
    if summary:
        lines += [summary[0].upper() + summary[1:] + ".", ""]
    lines += ["```text", _usage(parser), "```", ""]
    if parser.description:
        lines += [parser.description, ""]
    rows = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        rows.append(f"| {_flags(action)} | {_help(parser, action)} |")
    if rows:
        lines += ["| argument | meaning |", "|---|---|", *rows, ""]
    for _name, helptext, sub in _subparsers(parser):
        lines += _section(sub, min(level + 1, 4), helptext)
    return lines


def render() -> str:
    """The CLI reference as Markdown, from the parser ``copydesk`` itself uses."""
    from copydesk.cli import build_parser

    parser = build_parser()
    head = [
        "<!-- Generated from copydesk.cli.build_parser() by docs/hooks.py: do not edit. -->",
        "",
        "# CLI reference",
        "",
        "Every command prints `--help` with the same text. Errors are one line on stderr, "
        "`copydesk: error: ...`, with exit status 2 (bad input), 1 (some inputs of a batch "
        "failed and were skipped), 70 (an internal error: rerun with `--debug` and report "
        "it) or 130 (interrupted). The same errors reach Python as "
        "[`copydesk.CopydeskError`](api.md#errors) subclasses with the same message.",
        "",
    ]
    body = _section(parser, 2)
    return "\n".join(head + body).rstrip() + "\n"


def write(path: Path = CLI_MD) -> bool:
    """Write ``path`` if its content differs; True when it changed."""
    text = render()
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


#: Sphinx roles in docstrings (``:class:`~a.B```) become plain code (`` `B` ``).
_ROLE = re.compile(r":(?:class|func|meth|mod|attr|exc|data|obj):`~?([^`]+)`")


def _role_to_code(m: re.Match) -> str:
    target = m.group(1)
    short = target.rsplit(".", 1)[-1] if m.group(0).count("~") else target
    return f"`{short}`"


def doctest_fences():
    """A Markdown extension: bare ``>>>`` sessions (docstrings in the scikit-learn style)
    become ``pycon`` fences, so Markdown does not read their output (``['a']``) as links;
    Sphinx roles become code. Imported lazily: the CLI check needs no Markdown."""
    from markdown.extensions import Extension
    from markdown.preprocessors import Preprocessor

    class _DoctestFences(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            out: list[str] = []
            fence = None  # the marker of the fenced block we are in, if any
            session = None  # indentation of the doctest session we are in, if any
            for line in lines:
                stripped = line.lstrip()
                indent = len(line) - len(stripped)
                if session is not None:
                    if stripped:
                        out.append(line[min(session, indent) :])
                        continue
                    out.append("```")
                    session = None
                if fence is None and stripped[:3] in ("```", "~~~"):
                    fence = stripped[:3]
                elif fence is not None and stripped.startswith(fence):
                    fence = None
                elif fence is None and indent <= 3 and stripped.startswith(">>>"):
                    if out and out[-1].strip():
                        out.append("")
                    out += ["```pycon", stripped]
                    session = indent
                    continue
                elif fence is None:
                    line = _ROLE.sub(_role_to_code, line)
                out.append(line)
            if session is not None:
                out.append("```")
            return out

    class DoctestFences(Extension):
        def extendMarkdown(self, md) -> None:
            # Before the fenced-code preprocessors (priority 25), which then render the fence.
            md.preprocessors.register(_DoctestFences(md), "copydesk_doctest_fences", 30)

    return DoctestFences()


def on_config(config, **kwargs):
    # The same list object reaches mkdocstrings, so docstrings get the fences too.
    config.markdown_extensions.append(doctest_fences())
    return config


def on_pre_build(config, **kwargs) -> None:
    # CI (tests/test_docs.py) sets COPYDESK_DOCS_CHECK: a stale page fails the strict
    # build instead of being rewritten behind the test's back.
    if os.environ.get("COPYDESK_DOCS_CHECK"):
        if not CLI_MD.exists() or CLI_MD.read_text(encoding="utf-8") != render():
            log.warning("docs/cli.md is out of date: run `python docs/hooks.py`")
    elif write():
        log.info("docs/cli.md regenerated from copydesk.cli.build_parser()")


if __name__ == "__main__":
    print("docs/cli.md", "regenerated" if write() else "already up to date")
