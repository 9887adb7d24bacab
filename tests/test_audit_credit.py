"""audit/credit.py: the credit verdict and the uncredited-reuse Change."""

from __future__ import annotations

from copydesk.analyze import analyze
from copydesk.audit import audit, credit, credit_verdict
from copydesk.model import AlignedPair, Alignment, Article

BODY = "The bank raised rates to 4% on Thursday. Markets fell after the decision."


def verdict(src: Article, der: Article, reused: bool = True):
    s, d = analyze(src), analyze(der)
    pairs = [AlignedPair([0], [0], 1.0, "verbatim")] if reused else []
    aln = Alignment(pairs, [], [])
    return credit_verdict(s, d, aln), audit(s, d, aln)


def test_dateline_dropped_is_uncredited():
    v, changes = verdict(Article("LONDON (Reuters) - " + BODY), Article(BODY))
    assert v.verdict == "uncredited"
    assert [c.agency for c in v.source_credits] == ["Reuters"]
    (c,) = [c for c in changes if c.kind == "credit"]
    assert (c.subkind, c.severity) == ("uncredited", "high")
    assert c.source.text == "LONDON (Reuters) -"
    assert c.derivative is not None


def test_alias_counts_as_credit():
    v, changes = verdict(
        Article(BODY + "\n— AP"), Article(BODY + " The Associated Press reported.")
    )
    assert v.verdict == "credited"
    assert not [c for c in changes if c.kind == "credit"]


def test_credit_line_only():
    v, _ = verdict(Article(BODY, credit_lines=["© Agence France-Presse"]), Article(BODY))
    assert v.verdict == "uncredited"
    v, _ = verdict(
        Article(BODY, credit_lines=["© Agence France-Presse"]), Article(BODY + "\n(AFP)")
    )
    assert v.verdict == "credited"


def test_other_agency_is_still_uncredited():
    v, _ = verdict(Article("(Reuters) - " + BODY), Article("(AFP) - " + BODY))
    assert v.verdict == "uncredited" and "instead" in v.message


def test_byline_needs_author_name():
    src = Article("By Jane Marlow\n" + BODY)
    assert verdict(src, Article(BODY))[0].verdict == "uncredited"
    assert verdict(src, Article(BODY + " Jane Marlow wrote the original."))[0].verdict == "credited"


def test_not_applicable():
    assert verdict(Article(BODY), Article(BODY))[0].verdict == "not-applicable"
    assert (
        verdict(Article("(Reuters) - " + BODY), Article(BODY), reused=False)[0].verdict
        == "not-applicable"
    )


def test_module_check_matches_verdict():
    s, d = analyze(Article("(Reuters) - " + BODY)), analyze(Article(BODY))
    aln = Alignment([AlignedPair([0], [0], 1.0, "verbatim")], [], [])
    assert len(credit.check(s, d, aln)) == 1
