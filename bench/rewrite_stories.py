"""The hand-written rewrite stories of ``bench/data/rewrites`` (one JSON file a story: the
source's sentences and its variants by set) and the follow-up reports of
``bench/data/same-story-extra.json``: one loader for the semantic benchmarks and the
semantic tests (``tests/semantic_support.py``)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "rewrites"
FOLLOWUPS = Path(__file__).resolve().parent / "data" / "same-story-extra.json"


def load_story(name: str) -> dict:
    """One story file: ``source`` sentences and ``variants`` by set."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def stories() -> list[dict]:
    """Every story, in file-name order."""
    return [load_story(p.stem) for p in sorted(DATA.glob("*.json"))]


def variant(doc: dict, name: str) -> list[str]:
    """The sentences of the story's variant of set ``name``."""
    return next(v["sentences"] for v in doc["variants"] if v["set"] == name)


def text(sentences: list[str]) -> str:
    """Sentences as article text, a paragraph each."""
    return "\n\n".join(sentences)


def followups() -> dict[str, list[str]]:
    """Follow-up reports (same story, not derived) by story name; empty when absent."""
    if not FOLLOWUPS.exists():
        return {}
    return json.loads(FOLLOWUPS.read_text(encoding="utf-8"))["stories"]
