"""Direction without dates: clear text evidence must give the right source (both input
orders), and no evidence must give "unknown". Fictional texts; figures in
docs/benchmarks-direction.md (``python bench/direction_bench.py``)."""

from __future__ import annotations

import pytest

from copydesk.model import Article
from copydesk.pipeline import compare

#: Plain wire copy: the same common word for the same thing every time.
WIRE = """\
The Dunmore city council said on Tuesday it would increase the budget for the harbour plan by 12 percent.
The council said the plan would help 4,000 residents in the Kessel area who lost power last winter.
Mayor Ana Roth said the council would start work on the harbour wall in March.
The plan would increase the height of the wall by 2 metres, the council said.
Engineers from the Orlan Institute said the big wall would help the area survive a big storm.
The council said the cost of the plan would increase if work did not start in March.
Opposition leader Piet Vos said the council should first show a full study of the harbour.
The council will meet again on Friday to decide how to pay for the plan."""

#: A spinner's version: each common word swapped for a rarer synonym, a different one
#: at each occurrence; names and numbers kept.
SPUN = """\
The Dunmore city council stated on Tuesday it would boost the budget for the harbour scheme by 12 percent.
The council remarked the proposal would assist 4,000 residents in the Kessel area who lost power last winter.
Mayor Ana Roth declared the council would commence work on the harbour wall in March.
The strategy would raise the height of the wall by 2 metres, the council noted.
Engineers from the Orlan Institute said the massive wall would aid the area survive a huge storm.
The council explained the cost of the scheme would climb if work did not begin in March.
Opposition leader Piet Vos said the council should first reveal a full study of the harbour.
The council will meet again on Friday to decide how to pay for the proposal."""

#: The wire copy with generic sentences added, as rewriters pad copy.
PADDED = WIRE.replace(
    "residents in the Kessel area who lost power last winter.",
    "residents in the Kessel area who lost power last winter.\n"
    "The decision comes as pressure mounts on leaders across the region.",
).replace(
    "wall by 2 metres, the council said.",
    "wall by 2 metres, the council said.\n"
    "It remains to be seen how the move will play out in the coming months.\n"
    "Critics have long argued that more needs to be done.",
)

DATELINED = "DUNMORE (Reuters) - " + WIRE
CREDITING = WIRE.replace(
    "The Dunmore city council said on Tuesday",
    "The Dunmore city council said on Tuesday, according to Reuters,",
)


def _both_orders(source: str, derivative: str):
    for first, second, want in ((source, derivative, "a"), (derivative, source, "b")):
        r = compare(Article(first), Article(second))
        yield r.direction, want


@pytest.mark.parametrize(
    "source,derivative",
    [(WIRE, SPUN), (WIRE, PADDED), (DATELINED, CREDITING)],
    ids=["spun", "padded", "credit"],
)
def test_clear_evidence_gives_the_source(source, derivative):
    for d, want in _both_orders(source, derivative):
        assert d.source == want, d.reasons
        assert d.confidence >= 0.6, d.reasons  # the scan's "known direction" threshold
        assert d.reasons and all(isinstance(x, str) and x for x in d.reasons)


def test_reasons_name_the_evidence():
    d = compare(Article(WIRE), Article(SPUN)).direction
    assert any("word swaps" in x or "synonym swaps" in x for x in d.reasons), d.reasons
    d = compare(Article(WIRE), Article(PADDED)).direction
    assert any("no name or number" in x for x in d.reasons), d.reasons
    d = compare(Article(DATELINED), Article(CREDITING)).direction
    assert any("someone else's reporting" in x for x in d.reasons), d.reasons
    assert any("own credit line" in x for x in d.reasons), d.reasons


def test_excerpt_source_is_the_longer_text():
    part = "\n".join(WIRE.splitlines()[2:5])
    for d, want in _both_orders(WIRE, part):
        assert d.source == want and d.confidence >= 0.6, d.reasons


def test_identical_undated_texts_have_no_direction():
    d = compare(Article(WIRE), Article(WIRE)).direction
    assert d.source is None
    assert d.confidence < 0.6
    assert d.reasons


def test_dates_still_decide_when_present():
    # The spun copy dated earlier: the wording evidence points the other way, but with
    # both dates known it may only lower the confidence, not reverse the date.
    a = Article(SPUN, date="2026-01-02")
    b = Article(WIRE, date="2026-01-05")
    d = compare(a, b).direction
    assert d.source == "a"
    assert any("dated earlier" in x for x in d.reasons)
    assert any("dates come first" in x for x in d.reasons)


def test_a_dropped_closing_line_is_not_padding():
    """A source's last line about its own story, dropped by the copy, must not make the
    source look padded (examples/corpus: the otters story and the Harbour Herald copy)."""
    src = (
        "Sea otters have returned to Marlow Bay in numbers not seen for half a century, "
        "according to a survey published on Monday by researchers at the Northfield Institute.\n"
        "The team counted 212 otters along 40 kilometres of coast last summer, up from 57 in 2015.\n"
        "Lead author Dr. Ines Sato said the recovery reflects cleaner water and a ban on gill nets.\n"
        "The researchers plan to repeat the count every two years."
    )
    copy = "\n".join(src.splitlines()[:3])
    r = compare(Article(text=src, id="origin"), Article(text=copy, id="copy"))
    assert r.direction.source == "a"
    assert not any("padding" in why for why in r.direction.reasons)
