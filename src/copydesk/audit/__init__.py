"""audit: every aligned pair checked for meaning changes, each finding with evidence.

Placeholder entry point while the audit modules are written (issue 2).
"""

from __future__ import annotations

from copydesk.model import Alignment, AnalyzedArticle, Change, CreditVerdict


def audit(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """All meaning changes from ``source`` to ``derivative``, most severe first."""
    return []


def credit_verdict(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> CreditVerdict:
    """Does the derivative credit the wire or publisher that the source carries?"""
    return CreditVerdict("not-applicable")
