"""Keys that find an article's copies: word-shingle MinHash bands and immutable pairs.

Two kinds of key per article, both 63-bit integers tagged with their kind in the top
bits so they share one table:

- **band** keys: LSH bands (``lsh.py``) of the MinHash signature (``minhash.py``) of the
  article's word shingles. Shingles use canonical forms (synonyms folded, see
  ``analyze/tokens.py``) with function words left out. They find copies and light edits.
- **pair** keys: the "immutables" of DSpin (Zhang, Wang and Voelker, NDSS 2014): spinners
  swap common words and reorder clauses but keep names, numbers and rare words. Every
  unordered pair of immutables that co-occur in one sentence is hashed to a key, so the
  key survives synonym swaps, clause and sentence reordering and sentence merges; only
  the sentence's co-occurrence matters, not word order. Stored keys are the bottom-k
  pairs by hash (a consistent sample: a derivative's sample overlaps its source's).

Hashes of words are stable across processes and runs (blake2b), never Python's
``hash``.

Speed: features are computed for a whole batch of texts at once. The tokens and their
keys come from array operations over the batch's characters (``chartokens.py``), then
one dict lookup per token (``words.py`` caches each word's facts); the rest (names,
immutables, shingles, pairs, the bottom-k samples) are array operations over the batch. This is what lets ``index add`` run at several thousand articles a second
(docs/benchmarks-index.md).

Example:
    >>> fp = Fingerprinter()
    >>> a, b = fp.batch(["Mayor Ana Ruiz said 40 bridges in Tarvik need urgent repairs.",
    ...                  "In Tarvik, 40 bridges require urgent repairs, Mayor Ana Ruiz stated."])
    >>> len(set(a.pairs) & set(b.pairs)) >= 10
    True
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from copydesk.index import words as W
from copydesk.index.chartokens import tokenize_batch
from copydesk.index.lsh import band_keys, mix64
from copydesk.index.minhash import OnePermHasher
from copydesk.index.options import DEFAULT, IndexOptions
from copydesk.model import Sentence

__all__ = [
    "Features",
    "FeatureBatch",
    "Fingerprinter",
    "KIND_BAND",
    "KIND_PAIR",
    "key_kind",
    "content_hash",
]

KIND_BAND = 1
KIND_PAIR = 2
_LOW_U = np.uint64((1 << 59) - 1)
_GOLD = np.uint64(0x9E3779B97F4A7C15)


def _tag(h: np.ndarray, kind: int) -> np.ndarray:
    return ((h & _LOW_U) | np.uint64(kind << 59)).astype(np.int64)


def key_kind(key: int) -> int:
    return key >> 59


def content_hash(text: str) -> bytes:
    """Identity of an article's text: whitespace runs folded, so re-wrapped copies of one
    file are the same article."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8"), digest_size=16).digest()


@dataclass(slots=True)
class Features:
    """What the index needs from one article."""

    shingles: np.ndarray  # uint64 hashes of word shingles
    pairs: np.ndarray  # uint64 hashes of immutable pairs, ascending, unique
    words: int


@dataclass(slots=True)
class FeatureBatch:
    """Features of many articles in flat arrays: article ``i`` owns
    ``shingles[shingle_offsets[i]:shingle_offsets[i + 1]]`` and likewise for pairs."""

    shingles: np.ndarray
    shingle_offsets: np.ndarray
    pairs: np.ndarray
    pair_offsets: np.ndarray
    words: np.ndarray

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Features:
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        so, po = self.shingle_offsets, self.pair_offsets
        return Features(
            self.shingles[so[i] : so[i + 1]], self.pairs[po[i] : po[i + 1]], int(self.words[i])
        )

    @classmethod
    def of(cls, feats: FeatureBatch | Sequence[Features]) -> FeatureBatch:
        """A batch of ``feats`` (returned as is when it is one already)."""
        if isinstance(feats, FeatureBatch):
            return feats

        def flat(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
            off = np.zeros(len(parts) + 1, dtype=np.int64)
            np.cumsum([len(p) for p in parts], out=off[1:])
            cat = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
            return cat.astype(np.uint64, copy=False), off

        sh, so = flat([f.shingles for f in feats])
        pa, po = flat([f.pairs for f in feats])
        return cls(sh, so, pa, po, np.array([f.words for f in feats], dtype=np.int64))


def _offsets(owner: np.ndarray, n: int) -> np.ndarray:
    """Boundaries of ``n`` groups in an array sorted by ``owner``."""
    off = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner, minlength=n), out=off[1:])
    return off


def _run_starts(*cols: np.ndarray) -> np.ndarray:
    """True where a row of the sorted columns differs from the row before."""
    n = len(cols[0])
    new = np.ones(n, dtype=bool)
    if n:
        new[1:] = False
        for c in cols:
            new[1:] |= c[1:] != c[:-1]
    return new


_SIGN = np.uint64(1 << 63)


def _sort_order(groups: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The order of ``np.lexsort((values, groups))`` (stable), about 8x faster.

    Small groups and the top 40 bits of the values fit in one 64-bit number, and a stable
    sort of one integer column is much cheaper than a lexsort of two. Values that tie on
    those 40 bits but differ below them (one pair in a trillion) fall back to lexsort,
    so the order is always exact."""
    if len(groups) == 0 or int(groups.max()) >= 1 << 24 or int(groups.min()) < 0:
        return np.lexsort((values, groups))
    v = values.view(np.uint64)
    if values.dtype.kind == "i":
        v = v ^ _SIGN  # signed order as unsigned
    packed = (groups.astype(np.uint64) << np.uint64(40)) | (v >> np.uint64(24))
    order = np.argsort(packed, kind="stable")
    p, w = packed[order], v[order]
    if np.any((p[1:] == p[:-1]) & (w[1:] < w[:-1])):
        return np.lexsort((values, groups))
    return order


def _unique_within(groups: np.ndarray, values: np.ndarray, *carried: np.ndarray):
    """``groups`` and ``values`` sorted by (group, value) with repeated pairs dropped, and
    ``carried`` arrays reordered alike."""
    order = _sort_order(groups, values)
    cols = [c[order] for c in (groups, values, *carried)]
    keep = _run_starts(cols[0], cols[1])
    return tuple(c[keep] for c in cols)


def _runs(groups: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and length of each run of equal ``groups`` (sorted)."""
    starts = np.flatnonzero(_run_starts(groups))
    return starts, np.diff(np.append(starts, len(groups)))


def _rank(groups: np.ndarray) -> np.ndarray:
    """Position of each row within its run of equal ``groups`` (sorted)."""
    starts, sizes = _runs(groups)
    return np.arange(len(groups)) - np.repeat(starts, sizes)


def _run_sizes(groups: np.ndarray) -> np.ndarray:
    """Length of the run of equal ``groups`` (sorted) that each row is in."""
    _, sizes = _runs(groups)
    return np.repeat(sizes, sizes)


class Fingerprinter:
    """Features and keys of articles under one :class:`IndexOptions`.

    Not thread-safe (its word table grows as it reads); use one per thread or process.
    """

    def __init__(self, options: IndexOptions = DEFAULT):
        self.options = options
        self.minhash = OnePermHasher(options.num_perm, options.seed)
        self.table = W.WordTable(options.rare_min_len)

    # --- features -----------------------------------------------------------------------
    def batch(self, texts: Sequence[str]) -> FeatureBatch:
        """Features of many texts at once (see the module docstring)."""
        n = len(texts)
        tokens = tokenize_batch(list(texts))
        t = self.table
        ids = t.ids_of(tokens)
        flags = t.flags[ids]
        art = tokens.art
        # The first token of a sentence (after a sentence end, or opening an article) is
        # capitalized by grammar, so it is a name only when it is all capitals.
        bound = (flags & W.BOUND) != 0
        first = np.empty(len(ids), dtype=bool)
        if len(ids):
            first[0] = True
            first[1:] = bound[:-1] | (art[1:] != art[:-1])
        sentence = np.cumsum(first)
        alnum = (flags & W.ALNUM) != 0
        stop = (flags & W.STOP) != 0
        name = ((flags & W.ACRONYM) != 0) | (
            ((flags & W.CAP) != 0) & (((flags & W.ALLCAP) != 0) | (~first & ~stop))
        )
        immutable = alnum & (name | ((flags & W.NUM) != 0) | (~stop & ((flags & W.RARE) != 0)))
        word = alnum & ~stop
        words = np.bincount(art[alnum], minlength=n)

        # Shingles over the content words of each article (names keep their stem: a
        # name is never mapped to a synonym).
        wi = np.flatnonzero(word)
        w = np.where(name[wi], t.norm_hash[ids[wi]], t.canon_hash[ids[wi]])
        shingles, sh_art = self._shingles(w, art[wi], n)

        # Immutable pairs: per sentence, the distinct immutables, smallest hashes first,
        # at most ``sentence_immutables``; every pair of them.
        ii = np.flatnonzero(immutable)
        s, h, a = _unique_within(sentence[ii], t.norm_hash[ids[ii]], art[ii])
        rank = _rank(s)
        cap = rank < self.options.sentence_immutables
        h, s, a, rank = h[cap], s[cap], a[cap], rank[cap]
        size = _run_sizes(s)
        later = size - rank - 1  # partners after each immutable in its sentence
        left = np.repeat(np.arange(len(h)), later)
        right = left + 1 + _rank(left)
        with np.errstate(over="ignore"):
            pairs = mix64(h[left] * _GOLD + h[right])
        pa, pairs = _unique_within(a[left], pairs)
        return FeatureBatch(shingles, _offsets(sh_art, n), pairs, _offsets(pa, n), words)

    def _shingles(self, w: np.ndarray, art: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
        """Hashed word ``k``-grams within each article, ordered by article; an article of
        fewer than ``k`` words gets its single words."""
        k = self.options.shingle
        m = len(w) - k + 1
        if m > 0:
            acc = np.zeros(m, dtype=np.uint64)
            for j in range(k):
                acc = mix64(acc ^ w[j : j + m])
            inside = art[:m] == art[k - 1 :]
            sh, sa = acc[inside], art[:m][inside]
        else:
            sh, sa = np.zeros(0, np.uint64), np.zeros(0, np.int64)
        short = np.bincount(art, minlength=n)[art] < k
        if short.any():
            sh = np.concatenate([sh, mix64(w[short])])
            sa = np.concatenate([sa, art[short]])
            order = np.argsort(sa, kind="stable")
            sh, sa = sh[order], sa[order]
        return sh, sa

    def features(self, text: str | Sequence[Sentence]) -> Features:
        """Features of one text (or of its sentences, one per line)."""
        if not isinstance(text, str):
            text = "\n".join(s.text for s in text)
        return self.batch([text])[0]

    # --- keys ---------------------------------------------------------------------------
    def band_keys(self, feats: FeatureBatch | Sequence[Features]) -> np.ndarray:
        """``(n, bands)`` tagged band keys for a batch, MinHash computed in one go."""
        fb = FeatureBatch.of(feats)
        o = self.options
        sig = self.minhash.signatures(fb.shingles, fb.shingle_offsets)
        return _tag(band_keys(sig, o.bands, o.rows), KIND_BAND)

    def _keys(self, fb: FeatureBatch, k: int) -> list[np.ndarray]:
        """Band keys plus the bottom-``k`` pair keys of each article, sorted, unique."""
        n = len(fb)
        if n == 0:
            return []
        bands = self.band_keys(fb)
        pa = np.repeat(np.arange(n), np.diff(fb.pair_offsets))
        bottom = _rank(pa) < k  # pairs are ascending within each article
        keys = np.concatenate([bands.ravel(), _tag(fb.pairs[bottom], KIND_PAIR)])
        owner = np.concatenate([np.repeat(np.arange(n), bands.shape[1]), pa[bottom]])
        owner, keys = _unique_within(owner, keys)
        return np.split(keys, _offsets(owner, n)[1:-1])

    def stored_keys(self, feats: FeatureBatch | Sequence[Features]) -> list[np.ndarray]:
        """The keys the index stores for each article of a batch."""
        return self._keys(FeatureBatch.of(feats), self.options.keep_pairs)

    def keys(self, texts: Sequence[str]) -> tuple[list[np.ndarray], np.ndarray]:
        """Stored keys and word counts of many texts: what ``index add`` needs."""
        fb = self.batch(texts)
        return self.stored_keys(fb), fb.words

    def query_keys(self, f: Features | str) -> np.ndarray:
        """The keys a query looks up: a larger bottom-k of pairs than an article stores,
        so that an excerpt still meets its source's sample."""
        fb = self.batch([f]) if isinstance(f, str) else FeatureBatch.of([f])
        return self._keys(fb, self.options.query_pairs)[0]
