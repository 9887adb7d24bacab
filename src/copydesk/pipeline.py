"""The compare pipeline: analyze -> align -> judge -> audit, on two articles.

Every face (CLI, web, Python API, Spark) calls :func:`compare`; none re-implements a step.
"""

from __future__ import annotations

from typing import Literal

from copydesk import audit, judge
from copydesk.align import SentenceMatrix, align, similarity
from copydesk.analyze import analyze
from copydesk.errors import LimitError
from copydesk.model import AnalyzedArticle, Article, CreditVerdict, Report
from copydesk.options import DEFAULT, Options

__all__ = ["compare", "compare_analyzed"]


def _transpose(m: SentenceMatrix) -> SentenceMatrix:
    return SentenceMatrix(
        shared=m.shared.T,
        content=m.content.T,
        src_w=m.der_w,
        der_w=m.src_w,
        src_content_w=m.der_content_w,
        der_content_w=m.src_content_w,
        semantic=None if m.semantic is None else m.semantic.T,
    )


def compare(
    a: Article,
    b: Article,
    source: Literal["a", "b"] | None = None,
    opts: Options = DEFAULT,
    semantic: bool = False,
) -> Report:
    """Compare two articles; ``source`` states which one is the original (else inferred)."""
    return compare_analyzed(analyze(a), analyze(b), source, opts, semantic)


def compare_analyzed(
    a: AnalyzedArticle,
    b: AnalyzedArticle,
    source: Literal["a", "b"] | None = None,
    opts: Options = DEFAULT,
    semantic: bool = False,
) -> Report:
    for x in (a, b):
        if len(x.sentences) > opts.max_sentences:
            raise LimitError(
                x.article.name,
                f"too long to compare ({len(x.sentences)} sentences; the limit is {opts.max_sentences})",
            )
    sem = None
    if semantic:
        from copydesk import semantic as sem_mod

        ea = sem_mod.embed([s.text for s in a.sentences])
        eb = sem_mod.embed([s.text for s in b.sentences])
        sem = ea @ eb.T if len(ea) and len(eb) else None
    m_ab = similarity(a, b, opts, sem)  # a as source
    aln_ab = align(a, b, opts, matrix=m_ab)
    m_ba = _transpose(m_ab)
    aln_ba = align(b, a, opts, matrix=m_ba)
    b_from_a = judge.shares(a, b, aln_ab)
    a_from_b = judge.shares(b, a, aln_ba)
    if source is not None:
        direction = judge.direction(a, b, a_from_b, b_from_a, opts)
        direction.source = source
        direction.stated = True
        direction.confidence = 1.0
        direction.reasons.insert(0, f"stated by the user: {source} is the source")
    else:
        direction = judge.direction(a, b, a_from_b, b_from_a, opts)
    if direction.source == "b":
        src, der, alignment = b, a, aln_ba
    else:
        src, der, alignment = a, b, aln_ab
    relation = judge.relation(src, der, alignment, opts)
    if relation.kind in ("same-story", "unrelated") and not direction.stated:
        direction.source = None
        direction.confidence = 0.0
        direction.reasons = ["not derived: no direction to infer"]
    derived = relation.kind in ("copy", "rewrite", "excerpt")
    changes = audit.audit(src, der, alignment) if derived else []
    if derived:
        credit = audit.credit_verdict(src, der, alignment)
    else:
        credit = CreditVerdict("not-applicable", message="no reuse, so no credit owed")
    return Report(
        source=src,
        derivative=der,
        relation=relation,
        direction=direction,
        alignment=alignment,
        changes=changes,
        credit=credit,
        mode="semantic" if sem is not None else "lexical",
    )
