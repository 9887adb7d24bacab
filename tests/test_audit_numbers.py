"""audit/numbers.py on hand-aligned pairs (sentence i with sentence i)."""

from __future__ import annotations

import pytest

from copydesk.analyze import analyze
from copydesk.audit import numbers
from copydesk.model import AlignedPair, Alignment, Article


def run(check, a: str, b: str, **kw):
    s, d = analyze(Article(a, **kw)), analyze(Article(b))
    n = min(len(s.sentences), len(d.sentences))
    pairs = [AlignedPair([i], [i], 1.0, "paraphrase") for i in range(n)]
    aln = Alignment(pairs, list(range(n, len(d.sentences))), list(range(n, len(s.sentences))))
    return check(s, d, aln)


FLAGGED = [
    ("The city will halve fares.", "The city will cut fares by a third.", "multiplier"),
    ("Prices tripled.", "Prices doubled.", "multiplier"),
    ("Dozens were hurt.", "Hundreds were hurt.", "vague"),
    ("Dozens were hurt.", "As many as 300 were hurt.", "vague"),
    ("Turnout was 5%.", "Turnout was 15%.", "percent"),
    ("They drove 800 km.", "They drove 800 miles.", "unit"),
    ("It rose by 50%.", "It doubled.", "multiplier"),
    ("Three people died.", "Four people died.", "number"),
    ("It is the second-largest bank.", "It is the third-largest bank.", "ordinal"),
]

NOT_FLAGGED = [
    ("A 300-strong unit arrived.", "A unit of 300 soldiers arrived."),
    ("They drove 500 miles (800 km).", "They drove 800 km."),
    ("They drove 500 miles.", "They drove 800 km."),
    ("More than 300 homes lost power.", "Over 300 homes lost power."),
    ("The fund holds 3.5 million dollars.", "The fund holds $3,500,000."),
    ("It rose by 100%.", "It doubled."),
    ("Sales fell 5%.", "Sales were down 5%."),
    ("Costs fell by a third.", "Costs fell 33%."),
    ("Two-thirds of members voted yes.", "Some 67% of members voted yes."),
    ("Three people died.", "3 people died."),
    ("More than 1,000 people marched.", "Thousands of people marched."),
    ("It was 40°C.", "It was 104°F."),
    ("It costs $5 million.", "It costs 5 million."),
]


@pytest.mark.parametrize("a, b, sub", FLAGGED)
def test_flagged(a, b, sub):
    got = run(numbers.check, a, b)
    assert [(c.kind, c.subkind) for c in got] == [("number", sub)]
    c = got[0]
    assert c.severity == ("medium" if sub == "ordinal" else "high")
    assert c.pair == 0 and c.source is not None and c.derivative is not None


@pytest.mark.parametrize("a, b", NOT_FLAGGED)
def test_not_flagged(a, b):
    assert run(numbers.check, a, b) == []


def test_rounding_is_low():
    got = run(numbers.check, "Inflation was 5.2%.", "Inflation was 5%.")
    assert [(c.subkind, c.severity) for c in got] == [("rounded", "low")]


def test_currency_swap_is_medium():
    got = run(numbers.check, "It cost $5 million.", "It cost €5 million.")
    assert [(c.subkind, c.severity) for c in got] == [("currency", "medium")]


def test_figure_moved_from_another_sentence_is_not_a_change():
    a = "The plan was approved. It costs 40 million crowns."
    b = "The 40 million crown plan was approved. It is costly."
    assert run(numbers.check, a, b) == []


def test_evidence_spans_point_into_texts():
    a, b = "Turnout was 5% in May.", "Turnout was 15% in May."
    (c,) = run(numbers.check, a, b)
    assert a[c.source.start : c.source.end] == "5%"
    assert b[c.derivative.start : c.derivative.end] == "15%"
