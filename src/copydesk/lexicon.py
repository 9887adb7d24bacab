"""Word lists (the lexicon) shipped as data files (``copydesk/data/*.txt``), loaded once and cached.

Keeping lists apart from logic (as trafilatura keeps its xpaths) lets a newsroom extend
them without touching code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``data/<name>``, stripped."""
    text = (resources.files("copydesk") / "data" / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def wordset(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lines(name))


@cache
def groups(name: str) -> tuple[tuple[str, ...], ...]:
    """Comma-separated groups, one per line (synonyms, credit aliases)."""
    return tuple(
        tuple(w.strip().lower() for w in line.split(",") if w.strip()) for line in lines(name)
    )
