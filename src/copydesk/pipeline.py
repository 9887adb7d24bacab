"""The compare pipeline: analyze -> align -> judge -> audit, on two articles.

Every face (CLI, web, Python API, Spark) calls :func:`compare`; none re-implements a step.
"""

from __future__ import annotations

from typing import Literal

import numpy as np

from copydesk import audit, judge
from copydesk.align import align
from copydesk.analyze import analyze
from copydesk.errors import LimitError
from copydesk.model import AlignedPair, Alignment, AnalyzedArticle, Article, CreditVerdict, Report
from copydesk.options import DEFAULT, Options

__all__ = ["compare", "compare_analyzed", "semantic_matrix"]


def _swap(aln: Alignment) -> Alignment:
    """The same alignment with the roles exchanged. Pair choice, scores and kinds are
    symmetric, so there is no need to align twice to try both directions."""
    pairs = [
        AlignedPair(
            p.derivative, p.source, p.score, p.kind, [(c, d, a, b) for a, b, c, d in p.matches]
        )
        for p in aln.pairs
    ]
    pairs.sort(key=lambda p: p.derivative[0])
    return Alignment(pairs, list(aln.omissions), list(aln.additions))


def semantic_matrix(a: AnalyzedArticle, b: AnalyzedArticle) -> np.ndarray | None:
    """Sentence cosine, a's sentences by b's (the ``semantic`` extra; raises its one-line
    error without it). None when either has no sentence."""
    return _embed_pair(a, b)[0]


def _embed_pair(a: AnalyzedArticle, b: AnalyzedArticle) -> tuple[np.ndarray | None, float | None]:
    """Sentence cosine matrix and the cosine of the two article vectors (each the
    normalized mean of its sentence vectors, as index/vectors.py stores them)."""
    from copydesk import semantic as sem_mod

    ea = sem_mod.embed([s.text for s in a.sentences])
    eb = sem_mod.embed([s.text for s in b.sentences])
    if not len(ea) or not len(eb):
        return None, None
    ma, mb = ea.mean(axis=0), eb.mean(axis=0)
    norm = float(np.linalg.norm(ma) * np.linalg.norm(mb))
    return ea @ eb.T, (float(ma @ mb) / norm if norm > 0 else 0.0)


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
    sem, article_cos = _embed_pair(a, b) if semantic else (None, None)
    aln_ab = align(a, b, opts, semantic=sem)  # a as source
    aln_ba = _swap(aln_ab)
    b_from_a = judge.shares(a, b, aln_ab, semantic=sem)
    a_from_b = judge.shares(b, a, aln_ba, semantic=None if sem is None else sem.T)
    direction = judge.direction(a, b, a_from_b, b_from_a, opts, alignment=aln_ab)
    if source is not None:
        direction.source = source
        direction.stated = True
        direction.confidence = 1.0
        direction.reasons.insert(0, f"stated by the user: {source} is the source")
    if direction.source == "b":
        src, der, alignment = b, a, aln_ba
    else:
        src, der, alignment = a, b, aln_ab
    sem_sd = lexical_derived = None
    if sem is not None:
        sem_sd = sem.T if src is b else sem
        # What the wording alone says (judge.relation asks more of a verdict that rests
        # on meaning alone).
        lex_ab = align(a, b, opts)
        lex = _swap(lex_ab) if src is b else lex_ab
        lexical_derived = judge.shares(src, der, lex).derived
    relation = judge.relation(
        src,
        der,
        alignment,
        opts,
        semantic=sem_sd,
        article_cos=article_cos,
        lexical_derived=lexical_derived,
    )
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
