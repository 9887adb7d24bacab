"""Retrieval: candidates by weighted key hits, then re-ranking by the real alignment.

Stage 1 (cheap, index-wide): every key of the query (its LSH bands and its immutable
pairs, ``fingerprints.py``) is looked up; each article holding a key scores the key's
inverse document frequency ``log(1 + N / df)``, so a pair of rare names outweighs a pair
every story about one event shares. Keys held by more than ``posting_cap`` articles are
skipped outright (they would cost time and say nothing).

Stage 2 (the real alignment, a few candidates): the best ``rerank`` candidates (those
within ``rerank_min_share`` of the best score) are tokenized and aligned with the query
(:func:`prescreen`: ``align.similarity``, ``align.align`` and ``judge.shares``, the
compare pipeline's own steps, in the asked orientation) to get the share of the
derivative derived from the other text. Those below the judge's own floor for a derived
text (``Options.min_derived_share``) stop here; asked for same-story articles too, only
those below ``Options.same_story_min_share`` (unrelated whatever they share) do.

Stage 3 (full reports, at most ``top``): the rest, best share first, go through
:func:`copydesk.pipeline.compare_analyzed` with the stored article as ``a`` and the query
as ``b`` (the other way round for ``--copies``), so each hit carries the same relation,
direction, derived share, meaning changes and credit verdict as ``copydesk compare``.
Full analysis (numbers, times, quotes, credits) and the audit are the costly part of a
trace, which is why stage 2 exists. Hits are ordered by:

1. tier: derived in the asked direction (or no confident direction); derived the other
   way round (compare's direction says so with ``direction_min_confidence``); same story;
2. the share of the derivative derived from the other text;
3. the stage-1 score.

Unrelated candidates are dropped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from copydesk import judge
from copydesk.align import align, similarity
from copydesk.index.fingerprints import KIND_BAND, key_kind
from copydesk.index.options import IndexOptions
from copydesk.index.storage import Storage
from copydesk.model import AnalyzedArticle, Article, Report
from copydesk.options import DEFAULT as DEFAULT_COMPARE
from copydesk.options import Options

__all__ = ["TraceHit", "candidates", "shortlist", "prescreen", "rerank"]

_DERIVED = ("copy", "rewrite", "excerpt")


@dataclass(slots=True)
class TraceHit:
    """One article found by ``trace`` and its comparison with the query.

    ``role``: for a sources trace, ``source`` (the hit is the original the query derives
    from) or ``derived-from-query`` (the reverse: the hit copies the query); for a
    copies trace, ``copy`` or ``source-of-query``; ``same-story`` in both.
    ``share`` is the share of the derivative's words derived from the other text.
    """

    id: int
    article: Article
    score: float
    role: str
    share: float
    report: Report


def candidates(
    storage: Storage,
    keys: np.ndarray,
    options: IndexOptions,
    exclude: set[int] | None = None,
    total: int | None = None,
) -> list[tuple[int, float]]:
    """Stored articles sharing keys with the query, best score first."""
    n = total if total is not None else storage.count()
    exclude = exclude or set()
    scores: dict[int, float] = defaultdict(float)
    for key, ids in storage.postings(keys.tolist(), options.posting_cap).items():
        if not ids:
            continue
        w = math.log1p(n / len(ids))
        if key_kind(key) == KIND_BAND:
            w *= options.band_weight
        for i in ids:
            scores[i] += w
    for i in exclude:
        scores.pop(i, None)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


def shortlist(cands: list[tuple[int, float]], options: IndexOptions) -> list[tuple[int, float]]:
    if not cands:
        return []
    best = cands[0][1]
    return [c for c in cands[: options.rerank] if c[1] >= options.rerank_min_share * best]


def prescreen(
    query: AnalyzedArticle,
    shortlist: list[tuple[int, float]],
    light: dict[int, AnalyzedArticle],
    copies: bool = False,
    same_story: bool = False,
    opts: Options = DEFAULT_COMPARE,
    near: dict[int, float] | None = None,
) -> list[tuple[int, float, float]]:
    """(id, stage-1 score, derived share) per candidate, best share first. Kept: those
    above the judge's floor for a derived text (``min_derived_share``), or with
    ``same_story`` those the judge would not call unrelated outright
    (``same_story_min_share``). ``light`` analyses need only sentences and tokens.
    ``near`` (an index with vectors: candidate -> article cosine) marks the candidates
    that the lexical alignment alone leaves under the floor and that are aligned again
    with sentence embeddings, as ``compare --semantic`` aligns (a rewrite that changed
    nearly every word)."""
    floor = opts.same_story_min_share if same_story else opts.min_derived_share
    out = []
    for cid, score in shortlist:
        cand = light.get(cid)
        if cand is None:
            continue
        src, der = (query, cand) if copies else (cand, query)
        aln = align(src, der, opts, matrix=similarity(src, der, opts))
        share = judge.shares(src, der, aln).derived
        if share < floor and near and cid in near:
            from copydesk.pipeline import semantic_matrix

            sem = semantic_matrix(src, der)
            aln = align(src, der, opts, matrix=similarity(src, der, opts, sem))
            share = judge.shares(src, der, aln, semantic=sem).derived
        if share >= floor:
            out.append((cid, score, share))
    out.sort(key=lambda x: (-x[2], -x[1], x[0]))
    return out


def rerank(
    query: AnalyzedArticle,
    shortlist: list[tuple[int, float]],
    stored: dict[int, AnalyzedArticle],
    copies: bool = False,
    min_confidence: float = 0.6,
    semantic: bool = False,
) -> list[TraceHit]:
    """Compare each candidate with the query and order the hits (see module docstring).
    ``semantic``: compare as ``compare --semantic`` does (the index holds vectors)."""
    from copydesk.pipeline import compare_analyzed

    hits: list[tuple[tuple, TraceHit]] = []
    for cid, score in shortlist:
        cand = stored.get(cid)
        if cand is None:
            continue
        if copies:
            rep = compare_analyzed(query, cand, semantic=semantic)
            asked = rep.source is query  # the query is the original
            forward, backward, same = "copy", "source-of-query", "same-story"
        else:
            rep = compare_analyzed(cand, query, semantic=semantic)
            asked = rep.source is cand
            forward, backward, same = "source", "derived-from-query", "same-story"
        if rep.direction.confidence < min_confidence:
            asked = True  # no confident direction: keep the role the user asked for
        kind = rep.relation.kind
        if kind == "unrelated":
            continue
        if kind in _DERIVED:
            tier, role = (0, forward) if asked else (1, backward)
            share = rep.relation.derived_share
        else:
            tier, role = 2, same
            # Not derived: how much of the asked derivative's wording the other explains.
            want_der = cand if copies else query
            share = (
                rep.relation.derived_share
                if rep.derivative is want_der
                else rep.relation.reused_share
            )
        hit = TraceHit(cid, cand.article, round(score, 3), role, share, rep)
        hits.append(((tier, -share, -score, cid), hit))
    hits.sort(key=lambda x: x[0])
    return [h for _, h in hits]
