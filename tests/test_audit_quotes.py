"""audit/quotes.py on hand-aligned pairs."""

from __future__ import annotations

import pytest

from copydesk.audit import quotes
from tests.test_audit_numbers import run

FLAGGED = [
    (
        '"We will not raise taxes," Lopez said.',
        '"We won\'t be raising taxes," Lopez said.',
        "altered",
        "high",
    ),
    (
        '"The budget is balanced," Finance Minister Tom Berg said.',
        '"The budget is balanced," opposition leader Karin Holm said.',
        "speaker",
        "high",
    ),
    ('"The mayor lied," the union said.', '"The mayor lied," the council said.', "speaker", "high"),
    (
        "Lopez presented the plan.",
        'Lopez presented the plan, calling it "a victory for all".',
        "fabricated",
        "high",
    ),
    (
        "The ministry said the plan was unworkable and costly.",
        'The ministry called the plan "unworkable and costly".',
        "quoted-paraphrase",
        "medium",
    ),
    ("Lopez presented the plan.", 'Lopez presented the "bold" plan.', "fabricated", "low"),
]

NOT_FLAGGED = [
    (
        '"We will rebuild, and we will do it quickly," Lopez said.',
        'Lopez said: "We will rebuild ... quickly."',
    ),
    ('"We will rebuild, and we will do it quickly," Lopez said.', '"We will rebuild," Lopez said.'),
    ('"We will rebuild," Mayor Ana Lopez said.', "“We Will Rebuild!” Lopez said."),
    (
        '"We will rebuild," Mayor Ana Lopez said.',
        '"We will rebuild," the mayor said.',
    ),  # name vs role
    ("'Not today,' she said firmly, 'not ever.'", '"Not today," she said.'),
]


@pytest.mark.parametrize("a, b, sub, sev", FLAGGED)
def test_flagged(a, b, sub, sev):
    got = run(quotes.check, a, b)
    assert [(c.kind, c.subkind, c.severity) for c in got] == [("quote", sub, sev)]
    assert b[got[0].derivative.start : got[0].derivative.end] == got[0].derivative.text


@pytest.mark.parametrize("a, b", NOT_FLAGGED)
def test_not_flagged(a, b):
    assert run(quotes.check, a, b) == []


def test_quote_in_added_sentence_is_judged():
    a = "The council approved the plan."
    b = 'The council approved the plan. "It is a scandal," one resident said.'
    got = run(quotes.check, a, b)
    assert [(c.subkind, c.pair) for c in got] == [("fabricated", None)]


def test_quote_moved_to_other_sentence_is_fine():
    a = 'Lopez spoke. "We will rebuild the bridge," she said.'
    b = 'Lopez said: "We will rebuild the bridge." She spoke.'
    assert run(quotes.check, a, b) == []
