"""End-to-end audit guarantees through ``copydesk.pipeline.compare``.

Each fixture in tests/pairs/ is a short fictional wire story and a rewrite. Faithful
rewrites (``# expect: none``) must produce no medium or high change; each planted
rewrite must be flagged with the planted kind, subkind and severity, and nothing else at
medium or high (except kinds listed in ``# also:``). If a kind stops being detected, or a
faithful paraphrase starts being flagged, one of these fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from copydesk.model import Article
from copydesk.pipeline import compare

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from pair_files import credit_lines, load  # noqa: E402

PAIRS = Path(__file__).parent / "pairs"
FIXTURES = sorted(PAIRS.glob("*.txt"))


def run(path: Path):
    head, a, b = load(path)
    return head, compare(Article(a, credit_lines=credit_lines(head)), Article(b), source="a")


def test_fixtures_present():
    kinds = {load(p)[0]["expect"] for p in FIXTURES}
    assert {
        "none",
        "number",
        "time",
        "quote",
        "attribution",
        "certainty",
        "claim",
        "credit",
    } <= kinds


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_pair(path):
    head, report = run(path)
    assert report.relation.kind in ("copy", "rewrite", "excerpt"), report.relation
    serious = [c for c in report.changes if c.severity in ("high", "medium")]
    if head["expect"] == "none":
        assert serious == [], [c.message for c in serious]
        return
    want = (head["expect"], head["subkind"], head["severity"])
    got = [(c.kind, c.subkind, c.severity) for c in report.changes]
    assert want in got, got
    allowed = {head["expect"], *head.get("also", "").replace(",", " ").split()}
    stray = [c.message for c in serious if c.kind not in allowed]
    assert stray == []
    for c in report.changes:
        if c.kind == head["expect"]:
            assert c.derivative is not None or c.source is not None
            for sp, art in ((c.source, report.source), (c.derivative, report.derivative)):
                if sp is not None:
                    assert art.text[sp.start : sp.end] == sp.text


def test_changes_sorted_most_severe_first():
    _, report = run(PAIRS / "quote_speaker.txt")
    ranks = [{"high": 0, "medium": 1, "low": 2}[c.severity] for c in report.changes]
    assert ranks == sorted(ranks)


def test_credit_verdicts():
    assert run(PAIRS / "credit_uncredited.txt")[1].credit.verdict == "uncredited"
    assert run(PAIRS / "faithful_council.txt")[1].credit.verdict == "credited"
    assert run(PAIRS / "credit_lines_uncredited.txt")[1].credit.verdict == "uncredited"
    assert run(PAIRS / "faithful_no_credit.txt")[1].credit.verdict == "not-applicable"
