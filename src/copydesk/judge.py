"""Judgement: the relation between two articles and which one derives from which.

Relation (thresholds in options.Options, fitted on Clough-Stevenson by bench/quality.py):

- **copy**: most of the derivative is derived, and mostly in verbatim sentence pairs.
- **excerpt**: the derivative is derived, mostly verbatim, from a small part of a longer
  source.
- **rewrite**: a derived share above the floor, in paraphrased pairs (spun, rewritten).
- **same-story**: little derived wording, but the two share names and numbers: independent
  reports of one event.
- **unrelated**: neither.

Direction (weights in options.Options, chosen on bench/direction_bench.py): evidence adds
up to a score whose size is the confidence, and each piece that counts is a reason.

- containment asymmetry: the derivative is the text more contained in the other (a copy
  drops, an original does not add), with generic padding left out of the totals;
- publication dates, when both are known;
- credit: the wire's own dateline or trailing credit marks the original; crediting an
  agency as someone else's reporting ("according to Reuters") marks a rewrite;
- padding: unaligned sentences with no name or number, more often than the text's
  aligned ones (a rewrite's "It remains to be seen ..."), mark the derivative;
- wording: in word-for-word swaps between aligned sentences, the source holds the word
  the pair uses more often and the head of copydesk's synonym group (a spinner picks a
  rarer synonym per occurrence);
- detail only one side has (names and numbers; weight 0 by default, see Options).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from difflib import SequenceMatcher

import numpy as np

from copydesk.align import align
from copydesk.model import Alignment, AnalyzedArticle, Direction, Relation, Sentence, Token
from copydesk.options import DEFAULT, Options

__all__ = ["Shares", "shares", "relation", "direction", "entity_overlap"]


@dataclass(slots=True)
class Shares:
    derived: float  # share of the derivative's words derived from the source
    reused: float  # share of the source's words reused
    verbatim: float  # share of derived words that sit in verbatim pairs


def _words(sentence) -> int:
    return sum(1 for t in sentence.tokens if t.text[0].isalnum())


#: Semantic credit of an aligned pair (compare --semantic): cosine of its best sentence
#: pair mapped linearly from 0 at ``_SEM_LO`` to 1 at ``_SEM_HI``
#: (bench/semantic_bench.py --credit-sweep).
_SEM_LO = 0.45
_SEM_HI = 0.85


#: Semantic mode: two underived texts whose article vectors (mean sentence vectors) are
#: at least this close and that share a name or number are independent reports of one
#: event (same-story), even when they share too few names for ``same_story_entity_overlap``.
#: bench/semantic_bench.py (20 stories): same-story pairs 0.42-0.70, pairs of different
#: stories 0.02-0.45.
_SEM_SAME_STORY = 0.5


#: Semantic mode: a text judged derived only thanks to the embeddings (its wording alone
#: stays under ``min_derived_share``) must also carry over at least this share of the
#: source. Two reports of one event paraphrase the same few facts; a rewrite carries over
#: most of its source. bench/semantic_bench.py: follow-up reports that restate the
#: source's names and numbers reuse 0.14-0.20 of it by meaning (one 0.33), the reordered
#: rewrite that only embeddings find 0.30, the other rewrites 0.39-0.89.
_SEM_MIN_REUSED = 0.25


def _sem_credit(cos: float) -> float:
    return min(1.0, max(0.0, (cos - _SEM_LO) / (_SEM_HI - _SEM_LO)))


def shares(
    source: AnalyzedArticle,
    derivative: AnalyzedArticle,
    alignment: Alignment,
    semantic: np.ndarray | None = None,
) -> Shares:
    """Derived, reused and verbatim shares from an alignment, weighting each pair by how
    much of each side's wording it explains (its score).

    ``semantic``: sentence cosine, source rows by derivative columns, when the semantic
    mode ran. A pair then explains at least as much as its meaning says (see
    :func:`_sem_credit`): a sentence rewritten in all-new words, which shares little
    weight with its source, counts toward the derived share as a paraphrase (never as
    verbatim)."""
    d_total = sum(_words(s) for s in derivative.sentences) or 1
    s_total = sum(_words(s) for s in source.sentences) or 1
    derived = reused = verbatim = 0.0
    for p in alignment.pairs:
        dw = sum(_words(derivative.sentences[j]) for j in p.derivative)
        sw = sum(_words(source.sentences[i]) for i in p.source)
        # A partial pair explains only part of the longer side.
        d_part = p.score if p.kind != "partial" else p.score * min(1.0, sw / dw if dw else 1.0)
        s_part = p.score if p.kind != "partial" else p.score * min(1.0, dw / sw if sw else 1.0)
        if semantic is not None and p.kind != "verbatim":
            credit = _sem_credit(float(semantic[np.ix_(p.source, p.derivative)].max()))
            d_part, s_part = max(d_part, credit), max(s_part, credit)
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
    semantic: np.ndarray | None = None,
    article_cos: float | None = None,
    lexical_derived: float | None = None,
) -> Relation:
    """``semantic``: as in :func:`shares` (source rows by derivative columns);
    ``article_cos``: cosine of the two article vectors (semantic mode), which lets two
    underived texts that share a name be called same-story on meaning;
    ``lexical_derived``: the derived share by wording alone (semantic mode), under the
    floor of which a derived verdict also needs ``_SEM_MIN_REUSED`` of the source."""
    sh = shares(source, derivative, alignment, semantic)
    overlap = entity_overlap(source, derivative)
    reasons = [
        f"{sh.derived:.0%} of the derivative is derived from the source",
        f"{sh.reused:.0%} of the source is reused",
    ]
    derived = sh.derived >= opts.min_derived_share
    if (
        derived
        and lexical_derived is not None
        and lexical_derived < opts.min_derived_share
        and sh.reused < _SEM_MIN_REUSED
    ):
        derived = False
        reasons.append(
            f"derived by meaning only ({lexical_derived:.0%} by wording) and covering only "
            f"{sh.reused:.0%} of the source: a report restating a few of its facts"
        )
    if derived:
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
    elif article_cos is not None and article_cos >= _SEM_SAME_STORY and overlap > 0:
        kind = "same-story"
        reasons.append(
            f"their meaning is close (article cosine {article_cos:.2f}) and they share "
            f"{overlap:.0%} of names and numbers, but little wording"
        )
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


def _mentions(a: AnalyzedArticle) -> set[str]:
    """Agencies a text credits as someone else's reporting ("according to Reuters",
    "first reported by AFP"): what a rewrite of a wire story says, not the wire itself.
    "told AP" (attribution) is left out: the agency's own story says that too."""
    return {c.agency for c in a.credits if c.kind == "mention"}


def _generic(s: Sentence) -> bool:
    """No name and no number: the kind of sentence a rewrite pads with."""
    return not any(t.is_name or t.is_number for t in s.tokens)


def _padding(x: AnalyzedArticle, unaligned: list[int], floor: float) -> tuple[float, int]:
    """How far the unaligned sentences of ``x`` are more often generic than its aligned
    ones (a source's dropped sentences are like the rest of it; a rewrite's additions are
    padding), shrunk for few sentences and less ``floor``; and the count of generic ones."""
    un = set(unaligned)
    if not un:
        return 0.0, 0
    aligned = [s for i, s in enumerate(x.sentences) if i not in un]
    rate = sum(_generic(s) for s in aligned) / len(aligned) if aligned else 0.5
    g = sum(_generic(x.sentences[i]) for i in un)
    if g < 2:
        # One odd sentence is as likely a closing line the other text dropped as padding;
        # rewriters that pad add several (bench/direction_bench.py pads with 2-4).
        return 0.0, g
    excess = (g / len(un) - rate) * len(un) / (len(un) + 1)
    return max(0.0, excess - floor), g


def _contained(x: AnalyzedArticle, unaligned: list[int], derived: float) -> float:
    """Derived share of ``x`` with its generic unaligned sentences left out of the total,
    so padding does not make a rewrite look less derived than its source."""
    total = sum(_words(s) for s in x.sentences) or 1
    generic = [i for i in unaligned if _generic(x.sentences[i])]
    if len(generic) < 2:  # see _padding
        return derived
    pad = sum(_words(x.sentences[i]) for i in generic)
    return min(1.0, derived * total / max(1, total - pad))


def _content(t: Token) -> bool:
    return t.text[0].isalpha() and not (t.is_stop or t.is_name or t.is_number)


def _swaps(a: AnalyzedArticle, b: AnalyzedArticle, alignment: Alignment):
    """Word-for-word substitutions of content words inside aligned pairs (a as source):
    (word in a, word in b)."""
    for p in alignment.pairs:
        ta = [t for i in p.source for t in a.sentences[i].tokens if t.text[0].isalnum()]
        tb = [t for j in p.derivative for t in b.sentences[j].tokens if t.text[0].isalnum()]
        sm = SequenceMatcher(None, [t.norm for t in ta], [t.norm for t in tb], autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op == "replace" and i2 - i1 == j2 - j1:
                for x, y in zip(ta[i1:i2], tb[j1:j2], strict=True):
                    if _content(x) and _content(y):
                        yield x, y


def _wording(a: AnalyzedArticle, b: AnalyzedArticle, alignment: Alignment):
    """Votes from word swaps: (a holds the word the pair uses more often, b does; a
    holds the head of copydesk's synonym group, b does). A spinner picks a synonym per
    occurrence, so its words are the scattered, rarer ones; the source says one thing
    one way."""
    freq: Counter[str] = Counter(t.norm for x in (a, b) for s in x.sentences for t in s.tokens)
    fa = fb = ha = hb = 0
    for x, y in _swaps(a, b, alignment):
        if freq[x.norm] > freq[y.norm]:
            fa += 1
        elif freq[y.norm] > freq[x.norm]:
            fb += 1
        if x.canon == y.canon and (x.norm == x.canon) != (y.norm == y.canon):
            if x.norm == x.canon:
                ha += 1
            else:
                hb += 1
    return fa, fb, ha, hb


def _vote(pos: int, neg: int) -> float:
    """A vote margin in -1..1, shrunk towards 0 when there are few votes."""
    return (pos - neg) / (pos + neg + 2)


def _label(x: AnalyzedArticle, fallback: str) -> str:
    name = x.article.name
    return fallback if name in ("", "<text>", "a", "b") else name


def _when(value: str) -> datetime | None:
    try:
        d = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _date_order(da: str | None, db: str | None) -> int:
    """-1 when a is dated earlier, 1 when b is, 0 when unknown or the same. Times count
    when both dates carry one (a wire at 09:12 precedes its copy at 11:40 that day)."""
    if not da or not db:
        return 0
    ta, tb = _when(da), _when(db)
    if ta is None or tb is None:
        return (da[:10] > db[:10]) - (da[:10] < db[:10])
    if len(da.strip()) <= 10 or len(db.strip()) <= 10:
        ta, tb = ta.date(), tb.date()
    return (ta > tb) - (ta < tb)


def direction(
    a: AnalyzedArticle,
    b: AnalyzedArticle,
    a_from_b: Shares,
    b_from_a: Shares,
    opts: Options = DEFAULT,
    alignment: Alignment | None = None,
) -> Direction:
    """Which of a and b is the source. ``a_from_b`` are the shares with b as source;
    ``alignment`` is the alignment with a as source (computed when not given)."""
    score = 0.0  # > 0: a is the source
    reasons: list[str] = []
    # Reasons name the articles, so they read the same in a compare and in a scan table.
    lab = {"a": _label(a, "a"), "b": _label(b, "b")}

    def add(value: float, weight: float, reason: str) -> None:
        nonlocal score
        if value and weight:
            score += value * weight
            reasons.append(reason)

    aln = alignment if alignment is not None else align(a, b, opts)
    pa, ga = _padding(a, aln.omissions, opts.direction_padding_floor)
    pb, gb = _padding(b, aln.additions, opts.direction_padding_floor)
    if opts.direction_padding_floor >= 0:
        cb = _contained(b, aln.additions, b_from_a.derived)
        ca_ = _contained(a, aln.omissions, a_from_b.derived)
    else:
        cb, ca_ = b_from_a.derived, a_from_b.derived
    diff = cb - ca_
    if abs(diff) >= opts.direction_margin / 4:
        side = "b" if diff > 0 else "a"
        raw_a, raw_b = a_from_b.derived, b_from_a.derived
        if (raw_b - raw_a) * diff > 0:  # the plain shares point the same way: show them
            hi, lo = max(raw_a, raw_b), min(raw_a, raw_b)
        else:
            hi, lo = max(cb, ca_), min(cb, ca_)
        add(
            diff,
            opts.direction_weight_containment,
            f"{hi:.0%} of {lab[side]} is found in the other, only {lo:.0%} the other way",
        )
        if opts.direction_weight_containment and (f"{hi:.0%}", f"{lo:.0%}") != (
            f"{max(cb, ca_):.0%}",
            f"{min(cb, ca_):.0%}",
        ):
            reasons.append(
                f"leaving out unmatched sentences with no name or number: {max(cb, ca_):.0%} "
                f"vs {min(cb, ca_):.0%}"
            )
    else:
        score += diff * opts.direction_weight_containment
    da, db = a.article.date, b.article.date
    order = _date_order(da, db)
    if order:
        earlier = "a" if order < 0 else "b"
        score += 0.6 if earlier == "a" else -0.6
        first, second = (da, db) if earlier == "a" else (db, da)
        reasons.append(f"{lab[earlier]} is dated earlier ({first} vs {second})")
    ca, cb_ = _credited_as_origin(a), _credited_as_origin(b)
    if ca != cb_:
        add(
            1 if ca else -1,
            opts.direction_weight_credit,
            f"{lab['a'] if ca else lab['b']} carries the wire's own credit line",
        )
    # The evidence below came with bench/direction_bench.py. With both dates known it
    # may raise or lower the confidence of the verdict above, not reverse it.
    dated = bool(order)
    before = score
    ma, mb = _mentions(a) - _mentions(b), _mentions(b) - _mentions(a)
    if bool(ma) != bool(mb):
        side, names = ("a", ma) if ma else ("b", mb)
        add(
            -1 if ma else 1,
            opts.direction_weight_mention,
            f"{lab[side]} credits {', '.join(sorted(names))} as someone else's reporting "
            "(as a rewrite does)",
        )
    oa, ob = _only_details(a, b), _only_details(b, a)
    if oa != ob:
        more = "a" if oa > ob else "b"
        add(
            1 if more == "a" else -1,
            opts.direction_weight_detail,
            f"{lab[more]} has more names and numbers the other lacks ({max(oa, ob)} vs {min(oa, ob)})",
        )
    if pa != pb:
        side, g = ("b", gb) if pb > pa else ("a", ga)
        add(
            pb - pa,
            opts.direction_weight_padding,
            f"{lab[side]} adds {g} sentence{'s' if g != 1 else ''} with no name or number that the "
            "other lacks (generic padding)",
        )
    if opts.direction_weight_wording or opts.direction_weight_head:
        fa, fb, ha, hb = _wording(a, b, aln)
        if fa != fb:
            side = "a" if fa > fb else "b"
            add(
                _vote(fa, fb),
                opts.direction_weight_wording,
                f"in {max(fa, fb)} of {fa + fb} word swaps between aligned sentences {lab[side]} "
                "has the word both texts use more often (a spinner's synonyms are the rarer "
                "words)",
            )
        if ha != hb:
            side = "a" if ha > hb else "b"
            add(
                _vote(ha, hb),
                opts.direction_weight_head,
                f"in {max(ha, hb)} of {ha + hb} synonym swaps {lab[side]} has the plain word "
                "(the head of its synonym group)",
            )
    if dated and before and score * before <= 0:
        score = 0.1 if before > 0 else -0.1
        reasons.append("the text evidence above points the other way, but dates come first")
    if abs(score) < 0.05:
        return Direction(None, 0.5, reasons or ["no evidence either way"])
    confidence = min(0.99, 0.5 + abs(score) / 2)
    return Direction("a" if score > 0 else "b", round(confidence, 2), reasons)
