"""Credits to services that are not in the wire list still count (issue 2, credit)."""

from __future__ import annotations

from copydesk.analyze import analyze
from copydesk.model import Article
from copydesk.pipeline import compare

BODY = (
    "The Harbourton city council voted on Tuesday to double the budget for flood defences.\n"
    "Storms last month damaged more than 300 homes along the Lessing river.\n"
    "Engineers said the new wall could protect about 12,000 residents."
)


def agencies(article):
    return {(c.agency, c.kind) for c in analyze(article).credits}


def test_dateline_with_unknown_service():
    assert ("Wirepress", "dateline") in agencies(Article("HARBOURTON (Wirepress) - " + BODY))


def test_bracketed_party_after_a_name_is_not_a_dateline():
    assert agencies(Article("Mr Smith (Labour) - said the vote was rushed.")) == set()


def test_credit_line_with_unknown_service():
    assert ("Wirepress", "trailing") in agencies(Article(BODY, credit_lines=["— Wirepress"]))


def test_uncredited_copy_of_an_unknown_service():
    src = Article("HARBOURTON (Wirepress) - " + BODY, id="src", credit_lines=["— Wirepress"])
    r = compare(src, Article(BODY, id="copy"), source="a")
    assert r.credit.verdict == "uncredited"
    assert any(c.kind == "credit" and c.severity == "high" for c in r.changes)


def test_naming_the_service_in_prose_credits_it():
    src = Article("HARBOURTON (Wirepress) - " + BODY, id="src")
    der = Article(BODY + "\nThe story was first reported by Wirepress.", id="copy")
    r = compare(src, der, source="a")
    assert r.credit.verdict == "credited"
