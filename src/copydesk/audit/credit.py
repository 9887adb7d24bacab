"""Credit: does the derivative credit the wire service or author the source carries?

Rule
----
The source's credits are the Credit records of :mod:`copydesk.analyze.credits`: from
its text (datelines "(Reuters) -", trailing "— AP", "told AP", "according to AFP",
bylines "By Jane Doe") and from ``Article.credit_lines`` that the reader removed. The
verdict is

- ``not-applicable`` when the source carries no credit, or nothing was reused;
- ``credited`` when the derivative credits one of the source's agencies (any form:
  "AP" and "The Associated Press" agree), or, for a source credited only by byline, names
  the author (surname is enough) anywhere;
- ``uncredited`` otherwise, with a ``credit``/``uncredited`` Change (high) whose evidence
  is the source's credit and the derivative's first reused sentence. A derivative that
  credits a different agency instead is still uncredited (the message says so).

Why
---
Wire copy is licensed: a story ending "— Reuters" republished without the credit is the
licence breach publishers and agencies look for.

Flags:      source "LONDON (Reuters) - The bank raised rates."  derivative "The bank raised rates."
Must not:   source "LONDON (Reuters) - The bank raised rates."
            derivative "The bank raised rates, Reuters reported."
"""

from __future__ import annotations

import re

from copydesk.audit._common import sentences_span
from copydesk.model import Alignment, AnalyzedArticle, Change, Credit, CreditVerdict, Span

__all__ = ["verdict", "check"]


def _wire(credits: list[Credit]) -> list[Credit]:
    return [c for c in credits if c.kind != "byline"]


def _names(derivative: AnalyzedArticle, agency: str) -> bool:
    text = derivative.text + "\n" + "\n".join(derivative.article.credit_lines)
    flags = 0 if len(agency) <= 4 else re.I
    return re.search(rf"(?<![\w-]){re.escape(agency)}(?![\w-])", text, flags) is not None


def _names_author(derivative: AnalyzedArticle, author: str) -> bool:
    parts = [p for p in re.findall(r"[A-Z][\w’'-]+", author) if len(p) > 1]
    if not parts:
        return False
    surname = parts[-1]
    text = derivative.text + "\n" + "\n".join(derivative.article.credit_lines)
    if derivative.article.author:
        text += "\n" + derivative.article.author
    return re.search(rf"\b{re.escape(surname)}\b", text) is not None


def verdict(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> CreditVerdict:
    """The credit verdict for a derivative of ``source``."""
    s_cr = list(source.credits)
    d_cr = list(derivative.credits)
    if not s_cr:
        return CreditVerdict("not-applicable", [], d_cr, "the source carries no credit")
    if not alignment.pairs:
        return CreditVerdict("not-applicable", s_cr, d_cr, "nothing reused, so no credit owed")
    s_wire = {c.agency for c in _wire(s_cr)}
    d_wire = {c.agency for c in _wire(d_cr)}
    if s_wire & d_wire:
        names = ", ".join(sorted(s_wire & d_wire))
        return CreditVerdict("credited", s_cr, d_cr, f"credits {names}")
    # Naming the service in any form credits it ("…, Wirepress reported" for a service
    # the credit patterns do not know).
    named = sorted(a for a in s_wire if _names(derivative, a))
    if named:
        return CreditVerdict("credited", s_cr, d_cr, f"names {', '.join(named)}")
    authors = [c.agency for c in s_cr if c.kind == "byline"]
    if not s_wire:
        for a in authors:
            if _names_author(derivative, a):
                return CreditVerdict("credited", s_cr, d_cr, f"names the author {a}")
    owed = ", ".join(sorted(s_wire)) if s_wire else ", ".join(authors)
    msg = f"source credits {owed}; the derivative does not"
    if d_wire:
        msg += f" (it credits {', '.join(sorted(d_wire))} instead)"
    return CreditVerdict("uncredited", s_cr, d_cr, msg)


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """A ``credit``/``uncredited`` Change when the verdict is uncredited."""
    v = verdict(source, derivative, alignment)
    if v.verdict != "uncredited":
        return []
    first = next((c for c in v.source_credits if c.start is not None), None)
    s_span = Span(first.start, first.end, first.text) if first else None
    reused = min(alignment.pairs, key=lambda p: min(p.derivative))
    d_span = sentences_span(derivative, reused.derivative[:1])
    if first is None:
        line = v.source_credits[0].text
        msg = f'uncredited reuse: {v.message} (source credit line "{line}")'
    else:
        msg = f"uncredited reuse: {v.message}"
    return [Change("credit", "uncredited", "high", msg, s_span, d_span, None)]
