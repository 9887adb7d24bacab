"""audit/times.py on hand-aligned pairs."""

from __future__ import annotations

import pytest

from copydesk.audit import times
from tests.test_audit_numbers import run

FLAGGED = [
    ("It was signed last week.", "It was signed earlier this week.", "relative-shift", "medium"),
    ("Talks resume on Tuesday.", "Talks resume on Monday.", "weekday", "high"),
    ("Neutral by 2030, it says.", "Neutral by 2031, it says.", "deadline", "high"),
    ("Work starts in March.", "Work starts this autumn.", "season", "high"),
    ("It opened on March 14.", "It opened on March 4.", "date", "high"),
    ("It happened yesterday.", "It will happen tomorrow.", "relative-direction", "high"),
    ("It opens at 10 a.m.", "It opens at 11 a.m.", "time", "high"),
]

NOT_FLAGGED = [
    ("Work starts in March.", "Work starts this spring."),
    ("It happened yesterday.", "It happened earlier this week."),
    ("It opened on March 14, 2030.", "It opened on 14 March."),
    ("It was popular in 1994.", "It was popular in the 1990s."),
    ("Talks resume on Tuesday.", "Talks resume next week."),  # needs the publication date
    ("It ends by 2030.", "It ends by 2030."),
]


@pytest.mark.parametrize("a, b, sub, sev", FLAGGED)
def test_flagged(a, b, sub, sev):
    got = run(times.check, a, b)
    assert [(c.kind, c.subkind, c.severity) for c in got] == [("time", sub, sev)]


@pytest.mark.parametrize("a, b", NOT_FLAGGED)
def test_not_flagged(a, b):
    assert run(times.check, a, b) == []
