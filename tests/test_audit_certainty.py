"""audit/certainty.py on hand-aligned pairs."""

from __future__ import annotations

import pytest

from copydesk.audit import certainty
from tests.test_audit_numbers import run

FLAGGED = [
    (
        "The firm will not close the plant.",
        "The firm will close the plant.",
        "negation-dropped",
        "high",
    ),
    ("The firm will close the plant.", "The firm won't close the plant.", "negation-added", "high"),
    (
        "The plant could close next year.",
        "The plant will close next year.",
        "modal-strengthened",
        "high",
    ),
    (
        "Analysts doubted the merger would happen.",
        "Analysts expected the merger would happen.",
        "stance-reversed",
        "high",
    ),
    ("The man allegedly stole two cars.", "The man stole two cars.", "hedge-dropped", "high"),
    ("Preliminary figures show growth.", "Figures show growth.", "hedge-dropped", "medium"),
    ("The plant may close.", "The plant closes.", "modal-dropped", "high"),
    ("The plant will close.", "The plant could close.", "modal-weakened", "low"),
]

NOT_FLAGGED = [
    ("The plant may close next year.", "The plant might shut next year."),
    ("The firm will not close the plant.", "The firm won't close the plant."),
    ("Not only sales but profits rose.", "Sales and profits rose."),
    ("The man reportedly stole two cars.", "The man allegedly stole two cars."),
    ("Sales are expected to rise.", "Sales are expected to increase."),
    # A clause dropped whole is an omission, not a change of certainty.
    (
        "Owners will be contacted by letter, and repairs are expected to take about an hour.",
        "Owners will be contacted by letter.",
    ),
    (
        "The population is still fragile and one oil spill could undo it, Sato said.",
        "The population is still fragile, Sato said.",
    ),
]


@pytest.mark.parametrize("a, b, sub, sev", FLAGGED)
def test_flagged(a, b, sub, sev):
    got = run(certainty.check, a, b)
    assert [(c.kind, c.subkind, c.severity) for c in got] == [("certainty", sub, sev)]


@pytest.mark.parametrize("a, b", NOT_FLAGGED)
def test_not_flagged(a, b):
    assert run(certainty.check, a, b) == []
