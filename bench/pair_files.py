"""The annotated pair files of ``tests/pairs``: ``# key: value`` header lines, then the
two texts under ``=== source`` and ``=== derivative``. One parser for the audit tests
(tests/test_audit_pairs.py) and the direction benchmark (bench/direction_bench.py)."""

from __future__ import annotations

from pathlib import Path


def load(path: Path) -> tuple[dict[str, str], str, str]:
    """(header, source text, derivative text) of one pair file."""
    head: dict[str, str] = {}
    parts: dict[str, list[str]] = {"source": [], "derivative": []}
    cur = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if cur is None and line.startswith("# "):
            k, _, v = line[2:].partition(":")
            head[k.strip()] = v.strip()
        elif line.startswith("=== "):
            cur = line[4:].strip()
        elif cur is not None:
            parts[cur].append(line)
    return head, "\n".join(parts["source"]).strip(), "\n".join(parts["derivative"]).strip()


def credit_lines(head: dict[str, str]) -> list[str]:
    """The source's credit lines named in the header (``source_credit_lines: a|b``)."""
    return [x for x in head.get("source_credit_lines", "").split("|") if x.strip()]
