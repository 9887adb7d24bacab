"""The documentation site: it builds without warnings, its examples run, and the CLI
reference matches the CLI.

Examples in ``docs/*.md`` run page by page, in order, in a fresh working folder that holds
a copy of ``examples/`` (so ``copydesk.db`` and scan output land there, not in the repo):

- a ``pycon`` or ``python`` fenced block written as a ``>>>`` session is a doctest: its
  printed output must match (``...`` matches anything; whitespace is normalized);
- any other ``python`` block is executed, and must not raise;
- in a ``console`` block, each ``$ copydesk ...`` line runs the CLI in-process and the
  lines up to the next ``$`` are its expected output (stdout and stderr together, as a
  terminal shows them; ``...`` again matches anything). Other ``$`` lines (``pip
  install``) are shown, not run.

A block that imports an optional package that is not installed (pandas, pyarrow) is
skipped with the rest of its page, and the test says so.
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
OPTIONAL = ("pandas", "pyarrow")

FENCE = re.compile(r"^(?P<indent> *)(?P<fence>```+|~~~+)(?P<info>[^\n]*)\n", re.M)


def blocks(text: str) -> list[tuple[str, str, int]]:
    """(language, code, line number) of every fenced block in a Markdown page."""
    out = []
    pos = 0
    while True:
        m = FENCE.search(text, pos)
        if not m:
            return out
        indent, fence = m.group("indent"), m.group("fence")
        end = re.compile(rf"^{indent}{fence[0]}{{{len(fence)},}}[ \t]*$", re.M).search(
            text, m.end()
        )
        if not end:
            return out
        lang = (m.group("info").strip().split() or [""])[0].lstrip(".{").rstrip("}")
        code = "\n".join(line[len(indent) :] for line in text[m.end() : end.start()].splitlines())
        out.append((lang, code + "\n", text.count("\n", 0, m.start()) + 2))
        pos = end.end()


def runnable_pages() -> list[Path]:
    return [
        p
        for p in sorted(DOCS.glob("*.md"))
        if any(lang in ("python", "pycon", "console") for lang, _, _ in blocks(p.read_text()))
    ]


def _missing_optional(code: str) -> str | None:
    for name in OPTIONAL:
        if re.search(rf"^(?:>>> )?\s*(?:import|from) {name}\b", code, re.M):
            if importlib.util.find_spec(name) is None:
                return name
    return None


def _run_doctest(code: str, globs: dict, name: str, lineno: int) -> str:
    test = doctest.DocTestParser().get_doctest(code, globs, name, name, lineno)
    out = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=out.write, clear_globs=False)
    globs.update(test.globs)  # the next block sees this one's names, as in a notebook
    return out.getvalue() if runner.failures else ""


def _run_console(code: str, name: str, lineno: int) -> str:
    from copydesk.cli import main

    checker = doctest.OutputChecker()
    commands: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:].split("#")[0].strip(), []))
        elif commands:
            commands[-1][1].append(line)
    problems = []
    for command, expected in commands:
        argv = shlex.split(command)
        if not argv or argv[0] != "copydesk":
            continue
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
            try:
                rc = main(argv[1:])
            except SystemExit as exit_:  # argparse: --help, usage errors
                rc = exit_.code
        got = buf.getvalue()
        for module in OPTIONAL:
            if rc and module in got and importlib.util.find_spec(module) is None:
                pytest.skip(f"{name}:{lineno}: `{command}` needs {module}, not installed")
        want = "\n".join(expected).strip() + "\n" if any(x.strip() for x in expected) else ""
        if rc == 70 or not checker.check_output(want, got, FLAGS):
            problems.append(
                f"{name}:{lineno}: $ {command}\n(exit {rc})\n--- expected\n{want}--- got\n{got}"
            )
    return "\n".join(problems)


@pytest.mark.parametrize("page", runnable_pages(), ids=lambda p: p.name)
def test_examples_run(page: Path, tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    globs: dict = {"__name__": "__docs__"}
    name = f"docs/{page.name}"
    for lang, code, lineno in blocks(page.read_text(encoding="utf-8")):
        where = f"{name}:{lineno}"
        if lang in ("python", "pycon"):
            missing = _missing_optional(code)
            if missing:
                pytest.skip(f"{where} and after need {missing}, which is not installed")
            if ">>>" in code:
                failure = _run_doctest(code, globs, name, lineno)
                assert not failure, f"{where}: example output differs\n{failure}"
            else:
                exec(compile(code, where, "exec"), globs)
        elif lang == "console":
            failure = _run_console(code, name, lineno)
            assert not failure, failure


def test_pages_have_examples():
    """The walk-throughs are the ones that must keep running."""
    names = {p.name for p in runnable_pages()}
    assert {"getting-started.md", "notebook.md"} <= names


def _load_hooks():
    spec = importlib.util.spec_from_file_location("copydesk_docs_hooks", DOCS / "hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_in_sync():
    hooks = _load_hooks()
    want = hooks.render()
    got = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert got == want, "docs/cli.md is out of date: run `python docs/hooks.py` and commit it"


def test_cli_reference_covers_every_command():
    from copydesk.cli import COMMANDS

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"`copydesk {name}`" in text


def test_mkdocs_build_strict(tmp_path):
    for module in ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python"):
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            pytest.skip(f"{module} is not installed (pip install -e '.[docs]')")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COPYDESK_DOCS_CHECK": "1"},
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert (tmp_path / "api" / "index.html").exists()
