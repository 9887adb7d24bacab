"""Quality gate: the extraction benchmark must stay above its pinned floors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "extraction"


@pytest.fixture(scope="module")
def results():
    spec = importlib.util.spec_from_file_location("bench_extraction_run", BENCH / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.run()


def test_floors(results):
    floors = json.loads((BENCH / "floors.json").read_text())
    for system, floor in floors.items():
        if system.startswith("_"):
            continue
        got = results["groups"]["all"][system]
        assert got["recall"] >= floor["recall"], (system, got)
        assert got["leakage"] <= floor["leakage"], (system, got)


def test_benchmark_has_at_least_eight_pages(results):
    assert results["n_pages"] >= 8
