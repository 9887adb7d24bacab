"""The compare pipeline end to end: relation, direction and shares on planted pairs."""

from __future__ import annotations

import pytest

from copydesk.model import Article
from copydesk.pipeline import compare

WIRE = """HARBOURTON (Wirepress) - The Harbourton city council voted on Tuesday to double the budget for flood defences to 40 million crowns.
Storms last month damaged more than 300 homes along the Lessing river, officials said.
The plan would raise the river wall by 1.5 metres and add two pumping stations near the old harbour.
Engineers from the Northfield Institute said the new wall could protect about 12,000 residents.
Opposition councillor Tomas Brandt voted against the measure, arguing that the city should first publish an independent study.
The council will meet again next week to decide how the spending will be financed."""

SPUN = """Harbourton's town council on Tuesday backed a move to double its spending on flood protection to 40 million crowns.
Storms last month wrecked over 300 houses near the Lessing river, authorities said.
Experts at the Northfield Institute stated that the new barrier might shield roughly 12,000 locals.
The scheme would lift the river wall by 1.5 metres and build two pumping stations close to the old harbour.
Opposition councillor Tomas Brandt opposed the measure, saying the city should first release an independent study."""

INDEPENDENT = """Residents of Harbourton packed the town hall on Tuesday as councillors debated what to do about the Lessing river.
Many said they had waited years for help after repeated flooding in the lower town.
Tomas Brandt, who opposed the plan, said he wanted more facts before committing public money.
A decision on financing is expected next week."""

UNRELATED = """The Riverside football club signed a new goalkeeper from Portmore on Friday.
The transfer fee was not disclosed, but fans celebrated outside the stadium.
The goalkeeper, 24, will wear the number one shirt this season."""


def cmp(a: str, b: str, **kw):
    return compare(Article(text=a, id="a"), Article(text=b, id="b"), **kw)


def test_identical_is_copy():
    r = cmp(WIRE, WIRE)
    assert r.relation.kind == "copy"
    assert r.relation.derived_share == pytest.approx(1.0, abs=0.01)
    assert r.changes == [] or all(c.severity == "low" for c in r.changes)


def test_spun_rewrite_is_rewrite_and_direction_found():
    r = cmp(SPUN, WIRE)  # the user gives the copy first
    assert r.relation.kind == "rewrite"
    assert r.direction.source == "b"
    assert r.source.article.id == "b" and r.derivative.article.id == "a"
    assert 0.4 <= r.relation.derived_share <= 0.95
    assert r.alignment.omissions == [5]


def test_excerpt_of_longer_source():
    excerpt = "\n".join(WIRE.splitlines()[2:4])
    r = cmp(WIRE, excerpt)
    assert r.relation.kind == "excerpt"
    assert r.direction.source == "a"
    assert r.relation.derived_share > 0.9 and r.relation.reused_share < 0.5


def test_excerpt_direction_when_given_in_either_order():
    excerpt = "\n".join(WIRE.splitlines()[1:3])
    r = cmp(excerpt, WIRE)
    assert r.relation.kind == "excerpt" and r.direction.source == "b"


def test_independent_report_is_same_story_not_derived():
    r = cmp(WIRE, INDEPENDENT)
    assert r.relation.kind == "same-story"
    assert r.direction.source is None
    assert r.changes == []
    assert r.credit.verdict == "not-applicable"


def test_unrelated():
    r = cmp(WIRE, UNRELATED)
    assert r.relation.kind == "unrelated"
    assert r.relation.derived_share < 0.05


def test_stated_source_overrides_inference():
    r = cmp(SPUN, WIRE, source="a")
    assert r.direction.stated and r.direction.source == "a"
    assert r.source.article.id == "a"


def test_dates_decide_direction_between_equal_copies():
    a = Article(text=WIRE, id="a", date="2026-03-04")
    b = Article(text=WIRE, id="b", date="2026-03-02")
    r = compare(a, b)
    assert r.direction.source == "b"
    assert any("dated earlier" in why for why in r.direction.reasons)


def test_json_report_is_versioned_and_spans_are_consistent():
    r = cmp(WIRE, SPUN)
    d = r.to_dict()
    assert d["schema"] == "copydesk.compare" and d["schema_version"].startswith("1.")
    src, der = d["source"], d["derivative"]
    for p in d["alignment"]["pairs"]:
        for m in p["matches"]:
            s0, s1 = m["source"]
            d0, d1 = m["derivative"]
            assert src["text"][s0:s1].lower() == der["text"][d0:d1].lower()
    for s in src["sentences"]:
        assert src["text"][s["start"] : s["end"]].strip() == src["text"][s["start"] : s["end"]]


def test_times_on_the_same_day_decide_direction():
    a = Article(text=WIRE, id="copy", date="2026-03-03T11:40:00Z")
    b = Article(text=WIRE, id="wire", date="2026-03-03T09:12:00+00:00")
    r = compare(a, b)
    assert r.direction.source == "b"
    assert any(why.startswith("wire is dated earlier") for why in r.direction.reasons)
