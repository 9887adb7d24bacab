"""audit: every aligned pair checked for meaning changes, each finding with evidence.

One module per kind of change (the folder listing is the table of contents); each opens
with the rule it applies, why, and a pair it flags and one it must not:

- :mod:`~copydesk.audit.numbers`: changed figures, units, multipliers, vague quantities;
- :mod:`~copydesk.audit.times`: changed dates, weekdays, years, relative time words;
- :mod:`~copydesk.audit.quotes`: altered, misattributed and invented quotations;
- :mod:`~copydesk.audit.attribution`: who said or did it;
- :mod:`~copydesk.audit.certainty`: negation, modality, hedges, stance;
- :mod:`~copydesk.audit.claims`: causes, numbers and names the source never gave;
- :mod:`~copydesk.audit.credit`: wire/author credit dropped.

Each module's ``check(source, derivative, alignment)`` returns Change records; this
module runs them all, drops duplicates (two findings of one kind on the same derivative span keep
the more severe) and sorts most severe first.
"""

from __future__ import annotations

from copydesk.audit import attribution, certainty, claims, credit, numbers, quotes, times
from copydesk.audit._common import SEVERITY_RANK
from copydesk.model import Alignment, AnalyzedArticle, Change, CreditVerdict

__all__ = ["audit", "credit_verdict", "CHECKS"]

#: The audit modules, in the order their findings are listed within one severity.
CHECKS = (quotes, numbers, times, certainty, attribution, claims, credit)


def audit(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """All meaning changes from ``source`` to ``derivative``, most severe first."""
    found: list[Change] = []
    for mod in CHECKS:
        found.extend(mod.check(source, derivative, alignment))
    order = {m.__name__.rsplit(".", 1)[-1]: i for i, m in enumerate(CHECKS)}
    kind_rank = {
        "quote": order["quotes"],
        "number": order["numbers"],
        "time": order["times"],
        "certainty": order["certainty"],
        "attribution": order["attribution"],
        "claim": order["claims"],
        "credit": order["credit"],
    }
    found.sort(
        key=lambda c: (
            SEVERITY_RANK[c.severity],
            kind_rank.get(c.kind, 99),
            c.derivative.start if c.derivative else -1,
        )
    )
    # A quote given to another speaker is also an attribution change on that pair:
    # report it once, as the quote finding.
    speaker_pairs = {c.pair for c in found if c.kind == "quote" and c.subkind == "speaker"}
    out: list[Change] = []
    seen: set[tuple[str, int, int]] = set()
    for c in found:
        if c.kind == "attribution" and c.subkind == "agent-changed" and c.pair in speaker_pairs:
            continue
        if c.derivative is not None:
            key = (c.kind, c.derivative.start, c.derivative.end)
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def credit_verdict(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> CreditVerdict:
    """Does the derivative credit the wire or publisher that the source carries?"""
    return credit.verdict(source, derivative, alignment)
