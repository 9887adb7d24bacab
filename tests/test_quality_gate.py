"""The quality gate: bench/quality.py against the floors in bench/quality_baseline.json.

The benchmark itself needs the public corpora in ../shared/datasets (or
$COPYDESK_DATASETS) and is skipped, saying so, where they are absent. The gate's own
rules (refuse to lower a floor, notice changed data) and the baseline features are
tested without data.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import quality  # noqa: E402
from bench.corpora import CORPORA  # noqa: E402


def _fake(corpus="toy", cv2=0.9, cv4=0.7, rel=0.8, rel2=0.9, digest="d" * 64, ordered=True):
    key = " | ".join(quality.MAIN_COPYDESK)
    return {
        "corpus": corpus,
        "digest": digest,
        "n": 10,
        "labels": ["a", "b"],
        "ordered": ordered,
        "relation_accuracy": rel,
        "relation_2class_accuracy": rel2,
        "cv": {f"{key} | 2-class": [cv2], f"{key} | 4-class": [cv4]},
    }


def test_update_refuses_to_lower_a_floor_without_allow_regression():
    base, refused = quality.update_baseline([_fake()], {}, allow_regression=False)
    assert not refused
    _, refused = quality.update_baseline([_fake(cv4=0.6)], base, allow_regression=False)
    assert refused and "cv4_accuracy" in refused[0]
    new, refused = quality.update_baseline([_fake(cv4=0.6)], base, allow_regression=True)
    assert not refused and new["toy"]["floors"]["cv4_accuracy"] == 0.6
    new, refused = quality.update_baseline([_fake(cv4=0.75)], base, allow_regression=False)
    assert not refused and new["toy"]["floors"]["cv4_accuracy"] == 0.75


def test_check_fails_below_floor_on_changed_data_and_on_broken_order():
    base, _ = quality.update_baseline([_fake()], {}, allow_regression=False)
    assert quality.check([_fake()], base) == []
    assert quality.check([_fake(cv4=0.7 - quality.TOLERANCE / 2)], base) == []
    assert any("cv4_accuracy" in p for p in quality.check([_fake(cv4=0.68)], base))
    assert any("data changed" in p for p in quality.check([_fake(digest="e" * 64)], base))
    assert any("ordered" in p for p in quality.check([_fake(ordered=False)], base))


def test_baseline_features():
    src = "the cat sat on the mat today".split()
    assert quality.containment(src[:4], src, 1) == 1.0
    assert quality.containment(["a", "b", "c"], src, 2) == 0.0
    assert quality.lcs_length("a x b y c".split(), "a b c".split()) == 3
    assert quality.lcs_length([], src) == 0


def test_stratified_folds_are_deterministic_and_balanced():
    labels = ["cut"] * 19 + ["non"] * 38
    f1 = quality.stratified_folds(labels, 5, 0)
    assert (f1 == quality.stratified_folds(labels, 5, 0)).all()
    counts = [int((f1[19:] == k).sum()) for k in range(5)]
    assert max(counts) - min(counts) <= 1


def test_baseline_pins_every_registered_corpus_it_names():
    pinned = quality.load_baseline()
    assert pinned, "bench/quality_baseline.json is missing or empty"
    for name, entry in pinned.items():
        assert name in CORPORA
        assert len(entry["digest"]) == 64
        assert set(entry["floors"]) == set(quality.headline(_fake()))


@pytest.mark.slow
def test_quality_gate():
    pinned = quality.load_baseline()
    available = [n for n in pinned if CORPORA[n].available()]
    if not available:
        pytest.skip(
            "quality gate skipped: no benchmark corpus found under "
            f"{CORPORA[next(iter(pinned))].path.parent} (set COPYDESK_DATASETS)"
        )
    cmd = [sys.executable, "-m", "bench.quality", "--check", "--no-errors", "--no-sweep"]
    for n in available:
        cmd += ["--corpus", n]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-4000:]
