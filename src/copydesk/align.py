"""Sentence and passage alignment between a source and a derivative article.

How it works
------------
Each sentence becomes a weighted bag of *canonical* words (stemmed, synonyms mapped to
one form, see analyze/tokens.py). Weights follow what spinners keep: names and numbers
count most, rare words (by sentence frequency within the pair) more than common ones,
function words a little. Sentence similarity is the weighted Dice coefficient of two
bags, computed for all sentence pairs at once with numpy.

Pairs are then chosen greedily by score, one-to-one, in any order (so sentence
reordering costs nothing). Left-over sentences join an existing pair when most of their
weight is contained in the other side's sentence: one source sentence split into two, or
two merged into one. What is left unpaired is an addition (derivative) or an omission
(source). Within each pair, ``difflib`` finds the runs of shared wording as character
spans for highlighting.

Optionally a semantic similarity matrix (sentence embeddings, issue 7) is blended in,
which carries LLM-style rewrites that keep almost no word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from copydesk.model import AlignedPair, Alignment, AnalyzedArticle, Sentence
from copydesk.options import DEFAULT, Options

__all__ = ["align", "similarity", "SentenceMatrix"]


@dataclass(slots=True)
class SentenceMatrix:
    """Sentence-by-sentence similarity between two articles, and the parts it came from.

    ``shared[i, j]`` is the weight source sentence i and derivative sentence j share;
    ``src_w``/``der_w`` are each sentence's total weight; ``content[i, j]`` is the shared
    weight not carried by names or numbers.
    """

    shared: np.ndarray
    content: np.ndarray
    src_w: np.ndarray
    der_w: np.ndarray
    src_content_w: np.ndarray
    der_content_w: np.ndarray
    semantic: np.ndarray | None = None

    @property
    def dice(self) -> np.ndarray:
        denom = self.src_w[:, None] + self.der_w[None, :]
        out = np.divide(2 * self.shared, denom, out=np.zeros_like(self.shared), where=denom > 0)
        if self.semantic is not None:
            # Lexical evidence stays primary; the embedding lifts pairs whose words all
            # changed. Weights from bench/semantic_bench.py.
            out = np.maximum(out, 0.5 * out + 0.5 * _rescale(self.semantic))
        return out


def _rescale(cos: np.ndarray) -> np.ndarray:
    """Map MiniLM cosine to a Dice-like 0..1: 0.3 -> 0, 0.8 -> 1, so a pair stands on
    its embedding alone from cosine 0.6 (bench/semantic_bench.py --sweep: gold links have
    median cosine 0.65, non-links inside rewrites at most 0.63; F1 0.879 -> 0.893 and
    relation accuracy 0.875 -> 0.917 against the earlier 0.35 offset)."""
    return np.clip((cos - 0.30) / 0.50, 0.0, 1.0)


def _token_weight(tok, opts: Options) -> float:
    if tok.is_number:
        return opts.weight_number
    if tok.is_name:
        return opts.weight_name
    if tok.is_stop:
        return opts.weight_stop
    return opts.weight_long if len(tok.text) >= 7 else 1.0


def _bags(sentences: list[Sentence], opts: Options) -> list[dict[str, tuple[float, bool]]]:
    """Per sentence: canonical word -> (weight, is_content)."""
    bags = []
    for s in sentences:
        bag: dict[str, tuple[float, bool]] = {}
        for t in s.tokens:
            if not t.canon or not (t.canon[0].isalnum()):
                continue
            w = _token_weight(t, opts)
            prev = bag.get(t.canon)
            if prev is None or prev[0] < w:
                bag[t.canon] = (w, not (t.is_name or t.is_number or t.is_stop))
        bags.append(bag)
    return bags


def _dot(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``x @ y.T`` without BLAS. The matrices are small (sentences x words); a threaded
    BLAS on a busy machine took 36 ms for what einsum does in 0.9 ms (measured on a
    60 x 330 by 104 x 330 product with the load average at 9)."""
    return np.einsum("ik,jk->ij", x.astype(float, copy=False), y.astype(float, copy=False))


def similarity(
    source: AnalyzedArticle,
    derivative: AnalyzedArticle,
    opts: Options = DEFAULT,
    semantic: np.ndarray | None = None,
) -> SentenceMatrix:
    """The sentence similarity matrix (source rows, derivative columns)."""
    sb = _bags(source.sentences, opts)
    db = _bags(derivative.sentences, opts)
    vocab: dict[str, int] = {}
    df: dict[str, int] = {}
    for bag in sb + db:
        for w in bag:
            vocab.setdefault(w, len(vocab))
            df[w] = df.get(w, 0) + 1
    n = max(1, len(sb) + len(db))
    idf = np.ones(len(vocab))
    for w, i in vocab.items():
        # Sentence frequency within the pair: a word in every sentence (the story's
        # topic) tells little about *which* sentence a copy came from.
        idf[i] = 0.5 + math.log(1 + n / df[w]) / math.log(1 + n)

    def fill(bags):
        w = np.zeros((len(bags), len(vocab)))
        c = np.zeros((len(bags), len(vocab)), dtype=bool)
        for r, bag in enumerate(bags):
            for word, (weight, content) in bag.items():
                j = vocab[word]
                w[r, j] = weight * idf[j]
                c[r, j] = content
        return w, c

    sw, sc = fill(sb)
    dw, dc = fill(db)
    sp = sw > 0
    dp = dw > 0
    # Shared weight: the smaller of the two weights of each shared word. The weights of a
    # word differ only when it is a name on one side, so the mean is a close, fast proxy.
    shared = (_dot(sw, dp) + _dot(sp, dw)) / 2
    swc = np.where(sc, sw, 0.0)
    dwc = np.where(dc, dw, 0.0)
    content = (_dot(swc, dc & dp) + _dot(sc & sp, dwc)) / 2
    content = np.minimum(content, shared)
    return SentenceMatrix(
        shared=shared,
        content=content,
        src_w=sw.sum(axis=1),
        der_w=dw.sum(axis=1),
        src_content_w=swc.sum(axis=1),
        der_content_w=dwc.sum(axis=1),
        semantic=semantic,
    )


def align(
    source: AnalyzedArticle,
    derivative: AnalyzedArticle,
    opts: Options = DEFAULT,
    semantic: np.ndarray | None = None,
    matrix: SentenceMatrix | None = None,
) -> Alignment:
    """Link each derivative sentence to the source sentence(s) it came from."""
    m = matrix or similarity(source, derivative, opts, semantic)
    ns, nd = len(source.sentences), len(derivative.sentences)
    if ns == 0 or nd == 0:
        return Alignment([], list(range(nd)), list(range(ns)))
    dice = m.dice
    content_share = np.divide(
        2 * m.content,
        m.src_content_w[:, None] + m.der_content_w[None, :],
        out=np.zeros_like(m.content),
        where=(m.src_content_w[:, None] + m.der_content_w[None, :]) > 0,
    )
    ok = dice >= opts.min_pair_score
    # Names and numbers alone pair sentences of independent reports of one event; ask for
    # some shared ordinary wording too, unless the pair is strong or semantic says so.
    ok &= (content_share >= opts.min_content_overlap) | (dice >= 2 * opts.min_pair_score)
    if m.semantic is not None:
        ok |= _rescale(m.semantic) >= 0.6
    cand = np.argwhere(ok)
    order = np.argsort(-dice[ok], kind="stable")
    src_of: dict[int, int] = {}  # derivative sentence -> pair index
    der_of: dict[int, int] = {}  # source sentence -> pair index
    groups: list[tuple[list[int], list[int]]] = []
    for k in order:
        i, j = (int(x) for x in cand[k])
        if i in der_of or j in src_of:
            continue
        der_of[i] = src_of[j] = len(groups)
        groups.append(([i], [j]))

    # Splits and merges: a left-over sentence joins a pair when most of its weight is
    # contained in the pair's sentence on the other side.
    der_in_src = np.divide(
        m.shared, m.der_w[None, :], out=np.zeros_like(m.shared), where=m.der_w[None, :] > 0
    )
    src_in_der = np.divide(
        m.shared, m.src_w[:, None], out=np.zeros_like(m.shared), where=m.src_w[:, None] > 0
    )
    for j in range(nd):
        if j in src_of:
            continue
        i = int(np.argmax(der_in_src[:, j]))
        if (
            der_in_src[i, j] >= opts.min_join_containment
            and i in der_of
            and content_share[i, j] > 0
        ):
            g = der_of[i]
            groups[g][1].append(j)
            src_of[j] = g
    for i in range(ns):
        if i in der_of:
            continue
        j = int(np.argmax(src_in_der[i, :]))
        if (
            src_in_der[i, j] >= opts.min_join_containment
            and j in src_of
            and content_share[i, j] > 0
        ):
            g = src_of[j]
            if len(groups[g][1]) > 1:
                continue  # already a split: a many-to-many pair explains nothing
            groups[g][0].append(i)
            der_of[i] = g

    pairs = [_make_pair(source, derivative, sorted(s), sorted(d), m, opts) for s, d in groups]
    pairs.sort(key=lambda p: p.derivative[0])
    additions = [j for j in range(nd) if j not in src_of]
    omissions = [i for i in range(ns) if i not in der_of]
    return Alignment(pairs, additions, omissions)


def _make_pair(
    source: AnalyzedArticle,
    derivative: AnalyzedArticle,
    src_idx: list[int],
    der_idx: list[int],
    m: SentenceMatrix,
    opts: Options,
) -> AlignedPair:
    shared = float(m.shared[np.ix_(src_idx, der_idx)].sum())
    sw = float(m.src_w[src_idx].sum())
    dw = float(m.der_w[der_idx].sum())
    score = min(1.0, 2 * shared / (sw + dw)) if sw + dw else 0.0
    if m.semantic is not None:
        sem = float(_rescale(m.semantic[np.ix_(src_idx, der_idx)]).max())
        score = max(score, 0.5 * score + 0.5 * sem)
    s_toks = [t for i in src_idx for t in source.sentences[i].tokens]
    d_toks = [t for j in der_idx for t in derivative.sentences[j].tokens]
    sm = SequenceMatcher(
        None, [t.text.lower() for t in s_toks], [t.text.lower() for t in d_toks], autojunk=False
    )
    matches = []
    for a, b, size in sm.get_matching_blocks():
        if size == 0:
            continue
        if size == 1 and not (s_toks[a].is_name or s_toks[a].is_number or len(s_toks[a].text) >= 6):
            continue
        matches.append(
            (s_toks[a].start, s_toks[a + size - 1].end, d_toks[b].start, d_toks[b + size - 1].end)
        )
    ratio = sm.ratio()
    contain = min(shared / sw if sw else 0.0, shared / dw if dw else 0.0)
    if ratio >= opts.verbatim_ratio:
        kind = "verbatim"
    elif contain < opts.partial_containment:
        kind = "partial"
    else:
        kind = "paraphrase"
    return AlignedPair(src_idx, der_idx, round(score, 4), kind, matches)
