"""audit/attribution.py on hand-aligned pairs."""

from __future__ import annotations

import pytest

from copydesk.audit import attribution
from tests.test_audit_numbers import run

FLAGGED = [
    (
        "Officials told AP the bridge was unsafe.",
        "According to sources, the bridge was unsafe.",
        {"vaguened", "outlet-dropped"},
    ),
    (
        "The city council asked residents to save water.",
        "The state asked residents to save water.",
        {"agent-changed"},
    ),
    ("Police said the suspect fled on foot.", "The suspect fled on foot.", {"dropped"}),
]

NOT_FLAGGED = [
    ("Officials said the bridge was unsafe.", "The bridge was unsafe, authorities said."),
    (
        "The city council asked residents to save water.",
        "Residents were asked by the council to save water, the city council said.",
    ),
    ("Police said the suspect fled on foot.", "The suspect fled on foot, according to police."),
    ("He said the plan would work.", "She said the plan would work."),  # pronouns not compared
    ("The council on Monday approved the plan.", "On Monday the council approved the plan."),
]


@pytest.mark.parametrize("a, b, subs", FLAGGED)
def test_flagged(a, b, subs):
    got = run(attribution.check, a, b)
    assert {c.subkind for c in got} == subs
    assert all(c.kind == "attribution" for c in got)


@pytest.mark.parametrize("a, b", NOT_FLAGGED)
def test_not_flagged(a, b):
    assert run(attribution.check, a, b) == []
