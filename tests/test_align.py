"""Alignment survives spinning: synonym swaps, clause and sentence reordering, splits and
merges; and it does not pair sentences of unrelated or independent reports."""

from __future__ import annotations

from copydesk.align import align

SOURCE = (
    "The Harbourton city council voted on Tuesday to double the budget for flood defences. "
    "Storms last month damaged more than 300 homes along the Lessing river. "
    "Engineers from the Northfield Institute said the new wall could protect about 12,000 residents. "
    "Opposition councillor Tomas Brandt voted against the measure, arguing that the city should first publish an independent study. "
    "The council will meet again next week to decide how the spending will be financed."
)


def pairs_of(aln):
    return {(tuple(p.source), tuple(p.derivative)) for p in aln.pairs}


def test_identical_text_is_verbatim_everywhere(art):
    a = art(SOURCE)
    aln = align(a, art(SOURCE))
    assert pairs_of(aln) == {((i,), (i,)) for i in range(5)}
    assert all(p.kind == "verbatim" and p.score > 0.99 for p in aln.pairs)
    assert aln.additions == [] and aln.omissions == []


def test_synonym_swaps_and_sentence_reordering(art):
    spun = (
        "Experts from the Northfield Institute stated the new barrier might shield roughly 12,000 locals. "
        "The Harbourton town council voted on Tuesday to double the funding for flood defences. "
        "The council will gather again next week to determine how the spending will be funded. "
        "Storms last month damaged over 300 houses along the Lessing river."
    )
    aln = align(art(SOURCE), art(spun))
    assert pairs_of(aln) == {((2,), (0,)), ((0,), (1,)), ((4,), (2,)), ((1,), (3,))}
    assert all(p.kind in ("paraphrase", "partial") for p in aln.pairs)
    assert aln.omissions == [3]


def test_clause_reordering(art):
    src = "After storms damaged 300 homes in Harbourton, the council doubled the flood budget."
    der = "The council doubled the flood budget in Harbourton after storms damaged 300 homes."
    aln = align(art(src), art(der))
    assert len(aln.pairs) == 1 and aln.pairs[0].score > 0.8


def test_split_one_source_sentence_into_two(art):
    src = (
        "The Harbourton city council voted on Tuesday to double the budget for flood defences, "
        "after storms last month damaged more than 300 homes along the Lessing river."
    )
    der = (
        "The Harbourton city council voted on Tuesday to double the budget for flood defences. "
        "The move came after storms last month damaged more than 300 homes along the Lessing river."
    )
    aln = align(art(src), art(der))
    assert pairs_of(aln) == {((0,), (0, 1))}
    assert aln.additions == []


def test_merge_two_source_sentences_into_one(art):
    src = (
        "The Harbourton city council voted on Tuesday to double the budget for flood defences. "
        "Storms last month damaged more than 300 homes along the Lessing river."
    )
    der = (
        "Harbourton's city council voted Tuesday to double its flood defence budget after storms "
        "last month damaged more than 300 homes along the Lessing river."
    )
    aln = align(art(src), art(der))
    assert pairs_of(aln) == {((0, 1), (0,))}
    assert aln.omissions == []


def test_spans_point_into_both_texts(art):
    s = art(SOURCE)
    d = art(
        "Storms last month damaged more than 300 homes along the Lessing river, officials said."
    )
    aln = align(s, d)
    assert len(aln.pairs) == 1
    for ss, se, ds, de in aln.pairs[0].matches:
        assert s.text[ss:se].lower() == d.text[ds:de].lower()
    assert any(
        s.text[a:b] == "Storms last month damaged more than 300 homes along the Lessing river"
        for a, b, _, _ in aln.pairs[0].matches
    )


def test_unrelated_texts_do_not_align(art):
    other = (
        "The Riverside football club signed a new goalkeeper from Portmore on Friday. "
        "The transfer fee was not disclosed, but fans celebrated outside the stadium."
    )
    aln = align(art(SOURCE), art(other))
    assert aln.pairs == []
    assert aln.additions == [0, 1]


def test_same_story_independent_report_pairs_little(art):
    indep = (
        "Residents of Harbourton packed the town hall on Tuesday as the council debated flood spending. "
        "Many said they had waited years for help. "
        "Tomas Brandt, who opposed the plan, said he wanted more facts first."
    )
    aln = align(art(SOURCE), art(indep))
    assert len(aln.pairs) <= 1
    assert all(p.kind != "verbatim" for p in aln.pairs)


def test_empty_sides(art):
    aln = align(art(""), art(SOURCE))
    assert aln.pairs == [] and aln.additions == [0, 1, 2, 3, 4]
