"""The reader on real pages (bench/extraction/real_pages.py): its measure, and floors on
the public article extraction benchmark where a copy of it is at hand
(``COPYDESK_AEB_DIR``; skipped otherwise, the data is not in this repository)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "extraction"


@pytest.fixture(scope="module")
def real_pages():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_real_pages", BENCH / "real_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shingle_measure(real_pages):
    body = "The council voted on Monday to rebuild the harbour wall before winter."
    assert real_pages.shingle_pr(body, body) == (1.0, 1.0)
    p, r = real_pages.shingle_pr(body + " Share this story on Facebook now.", body)
    assert r == 1.0 and 0.5 < p < 1.0
    assert real_pages.shingle_pr("", "") == (1.0, 1.0)
    assert real_pages.shingle_pr("", body) == (0.0, 0.0)


def test_split_is_fixed(real_pages):
    keys = ["0a", "7f", "8b", "ff"]
    assert real_pages.part_keys(keys, "dev") == ["0a", "7f"]
    assert real_pages.part_keys(keys, "held-out") == ["8b", "ff"]
    assert real_pages.part_keys(keys, "all") == keys


@pytest.mark.slow
def test_floors_on_the_development_half(real_pages):
    data = os.environ.get("COPYDESK_AEB_DIR")
    if not data or not (Path(data) / "ground-truth.json").is_file():
        pytest.skip("COPYDESK_AEB_DIR does not name a clone of article-extraction-benchmark")
    t = real_pages.run(Path(data), part="dev")["totals"]
    # Round 33's figures (docs/benchmarks-extraction.md) with a margin.
    assert t["copydesk-html"]["recall"] >= 0.895 and t["copydesk-html"]["leakage"] <= 0.005
    assert t["copydesk-html-no-clean"]["recall"] >= 0.965
    assert t["copydesk-text"]["recall"] >= 0.785 and t["copydesk-text"]["leakage"] <= 0.045
