"""audit/claims.py on hand-aligned pairs (extra derivative sentences are additions)."""

from __future__ import annotations

import pytest

from copydesk.audit import claims
from tests.test_audit_numbers import run

SRC = "The plant closed on Friday. About 300 workers lost their jobs, the company said."


@pytest.mark.parametrize(
    "b, sub, sev",
    [
        (
            "The plant closed on Friday because of falling demand. About 300 workers lost their jobs, the company said.",
            "cause-added",
            "high",
        ),
        (
            "The plant closed on Friday. About 300 workers lost their jobs, the company said. Losses reached 12 million euros last year.",
            "number-added",
            "high",
        ),
        (
            "The plant closed on Friday. About 300 workers lost their jobs, the company said. Union leader Ida Sorensen was not available.",
            "name-added",
            "medium",
        ),
        (
            "The plant closed on Friday. About 300 workers lost their jobs, the company said. Investors have grown nervous about regional manufacturing margins lately.",
            "unsupported",
            "low",
        ),
        (
            "The plant closed on Friday after managers spent 4 weeks in talks. About 300 workers lost their jobs, the company said.",
            "number-added",
            "high",
        ),
    ],
)
def test_flagged(b, sub, sev):
    got = run(claims.check, SRC, b)
    assert [(c.kind, c.subkind, c.severity) for c in got] == [("claim", sub, sev)]


@pytest.mark.parametrize(
    "b",
    [
        "The plant shut on Friday. Some 300 workers lost their jobs, the company said.",
        # restatement as an added sentence
        "The plant closed on Friday. About 300 workers lost their jobs, the company said. The plant closed and workers lost jobs.",
        "The plant closed on Friday. About 300 workers lost their jobs, the company said. Read more.",
    ],
)
def test_not_flagged(b):
    assert run(claims.check, SRC, b) == []


def test_cause_from_elsewhere_in_source_is_medium():
    a = "The plant closed on Friday. Falling demand hit the company hard."
    b = "The plant closed on Friday because of falling demand. Falling demand hit the company hard."
    got = run(claims.check, a, b)
    assert [(c.subkind, c.severity) for c in got] == [("cause-added", "medium")]
