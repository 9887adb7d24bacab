"""Judgement: the relation between two articles and which one derives from which.

Relation (thresholds in options.Options, fitted on Clough-Stevenson by bench/quality.py):

- **copy**: most of the derivative is derived, and mostly in verbatim sentence pairs.
- **excerpt**: the derivative is derived, mostly verbatim, from a small part of a longer
  source.
- **rewrite**: a derived share above the floor, in paraphrased pairs (spun, rewritten).
- **same-story**: little derived wording, but the two share names and numbers: independent
  reports of one event.
- **unrelated**: neither.

Direction: the derivative is the text more contained in the other (containment
asymmetry: a copy drops, an original does not add); then publication dates, then wire
credit lines (the original wire story carries its dateline credit), then detail only one
side has (derivatives drop names and numbers more often than they invent them).
"""

from __future__ import annotations

from dataclasses import dataclass

from copydesk.model import Alignment, AnalyzedArticle, Direction, Relation
from copydesk.options import DEFAULT, Options

__all__ = ["Shares", "shares", "relation", "direction", "entity_overlap"]


@dataclass(slots=True)
class Shares:
    derived: float  # share of the derivative's words derived from the source
    reused: float  # share of the source's words reused
    verbatim: float  # share of derived words that sit in verbatim pairs


def _words(sentence) -> int:
    return sum(1 for t in sentence.tokens if t.text[0].isalnum())


def shares(source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment) -> Shares:
    """Derived, reused and verbatim shares from an alignment, weighting each pair by how
    much of each side's wording it explains (its score)."""
    d_total = sum(_words(s) for s in derivative.sentences) or 1
    s_total = sum(_words(s) for s in source.sentences) or 1
    derived = reused = verbatim = 0.0
    for p in alignment.pairs:
        dw = sum(_words(derivative.sentences[j]) for j in p.derivative)
        sw = sum(_words(source.sentences[i]) for i in p.source)
        # A partial pair explains only part of the longer side.
        d_part = p.score if p.kind != "partial" else p.score * min(1.0, sw / dw if dw else 1.0)
        s_part = p.score if p.kind != "partial" else p.score * min(1.0, dw / sw if sw else 1.0)
        derived += dw * min(1.0, d_part)
        reused += sw * min(1.0, s_part)
        if p.kind == "verbatim":
            verbatim += dw * min(1.0, d_part)
    return Shares(
        derived=round(min(1.0, derived / d_total), 4),
        reused=round(min(1.0, reused / s_total), 4),
        verbatim=round(verbatim / derived, 4) if derived else 0.0,
    )


def _entities(a: AnalyzedArticle) -> set[str]:
    return {t.norm for s in a.sentences for t in s.tokens if t.is_name or t.is_number}


def entity_overlap(a: AnalyzedArticle, b: AnalyzedArticle) -> float:
    """Jaccard overlap of names and numbers: what independent reports of one event share."""
    ea, eb = _entities(a), _entities(b)
    if not ea or not eb:
        return 0.0
    return len(ea & eb) / len(ea | eb)


def relation(
    source: AnalyzedArticle,
    derivative: AnalyzedArticle,
    alignment: Alignment,
    opts: Options = DEFAULT,
) -> Relation:
    sh = shares(source, derivative, alignment)
    overlap = entity_overlap(source, derivative)
    reasons = [
        f"{sh.derived:.0%} of the derivative is derived from the source",
        f"{sh.reused:.0%} of the source is reused",
    ]
    if sh.derived >= opts.min_derived_share:
        reasons.append(f"{sh.verbatim:.0%} of the derived text is verbatim")
        if sh.verbatim >= opts.copy_verbatim_share and sh.reused < opts.excerpt_reused_share:
            kind = "excerpt"
            reasons.append("a verbatim part of a longer source")
        elif sh.verbatim >= opts.copy_verbatim_share and sh.derived >= opts.copy_derived_share:
            kind = "copy"
        else:
            kind = "rewrite"
        score = sh.derived
    elif overlap >= opts.same_story_entity_overlap and sh.derived >= opts.same_story_min_share:
        kind = "same-story"
        reasons.append(f"they share {overlap:.0%} of names and numbers but little wording")
        score = sh.derived
    else:
        kind = "unrelated"
        reasons.append(f"names and numbers overlap {overlap:.0%}")
        score = sh.derived
    return Relation(kind, round(score, 4), sh.derived, sh.reused, reasons)


def _credited_as_origin(a: AnalyzedArticle) -> bool:
    """A wire dateline or trailing credit line marks a text that presents itself as the
    wire's own story."""
    if a.article.credit_lines:
        return True
    return any(c.kind in ("dateline", "trailing") for c in a.credits)


def _only_details(a: AnalyzedArticle, b: AnalyzedArticle) -> int:
    return len(_entities(a) - _entities(b))


def direction(
    a: AnalyzedArticle,
    b: AnalyzedArticle,
    a_from_b: Shares,
    b_from_a: Shares,
    opts: Options = DEFAULT,
) -> Direction:
    """Which of a and b is the source. ``a_from_b`` are the shares with b as source."""
    score = 0.0  # > 0: a is the source
    reasons: list[str] = []
    diff = b_from_a.derived - a_from_b.derived
    score += diff * opts.direction_weight_containment
    if abs(diff) >= opts.direction_margin / 4 and opts.direction_weight_containment:
        side = "b" if diff > 0 else "a"
        reasons.append(
            f"{max(b_from_a.derived, a_from_b.derived):.0%} of {side} is found in the other, "
            f"only {min(b_from_a.derived, a_from_b.derived):.0%} the other way"
        )
    da, db = a.article.date, b.article.date
    if da and db and da[:10] != db[:10]:
        earlier = "a" if da < db else "b"
        score += 0.6 if earlier == "a" else -0.6
        reasons.append(f"{earlier} is dated earlier ({min(da, db)[:10]} vs {max(da, db)[:10]})")
    ca, cb = _credited_as_origin(a), _credited_as_origin(b)
    if ca != cb and opts.direction_weight_credit:
        score += opts.direction_weight_credit if ca else -opts.direction_weight_credit
        reasons.append(f"{'a' if ca else 'b'} carries the wire's own credit line")
    oa, ob = _only_details(a, b), _only_details(b, a)
    if oa != ob and opts.direction_weight_detail:
        more = "a" if oa > ob else "b"
        w = opts.direction_weight_detail
        score += w if more == "a" else -w
        reasons.append(
            f"{more} has more names and numbers the other lacks ({max(oa, ob)} vs {min(oa, ob)})"
        )
    if abs(score) < 0.05:
        return Direction(None, 0.5, reasons or ["no evidence either way"])
    confidence = min(0.99, 0.5 + abs(score) / 2)
    return Direction("a" if score > 0 else "b", round(confidence, 2), reasons)
