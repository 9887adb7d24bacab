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

Example:
    >>> from copydesk.analyze import sentences
    >>> fp = Fingerprinter()
    >>> a = fp.features(sentences("Mayor Ana Ruiz said 40 bridges in Tarvik need urgent repairs."))
    >>> b = fp.features(sentences("In Tarvik, 40 bridges require urgent repairs, Mayor Ana Ruiz stated."))
    >>> len(set(a.pairs) & set(b.pairs)) >= 10
    True
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np

from copydesk.analyze.tokens import _synonyms
from copydesk.index.lsh import band_keys, mix64
from copydesk.index.minhash import MinHasher
from copydesk.index.options import DEFAULT, IndexOptions
from copydesk.model import Sentence

__all__ = ["Features", "Fingerprinter", "KIND_BAND", "KIND_PAIR", "key_kind", "content_hash"]

KIND_BAND = 1
KIND_PAIR = 2
_LOW = (1 << 59) - 1
_LOW_U = np.uint64(_LOW)
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 18)
def _h(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _tag(h: np.ndarray, kind: int) -> np.ndarray:
    return ((h & _LOW_U) | np.uint64(kind << 59)).astype(np.int64)


def key_kind(key: int) -> int:
    return key >> 59


def content_hash(text: str) -> bytes:
    """Identity of an article's text: whitespace runs folded, so re-wrapped copies of one
    file are the same article."""
    return hashlib.blake2b(_SPACE.sub(" ", text).strip().encode("utf-8"), digest_size=16).digest()


@dataclass(slots=True)
class Features:
    """What the index needs from one article's tokens."""

    shingles: np.ndarray  # uint64 hashes of word shingles
    pairs: np.ndarray  # uint64 hashes of immutable pairs, ascending, unique
    words: int


class Fingerprinter:
    """Features and keys of articles under one :class:`IndexOptions`."""

    def __init__(self, options: IndexOptions = DEFAULT):
        self.options = options
        self.minhash = MinHasher(options.num_perm, options.seed)
        self._syn = _synonyms()

    def features(self, sents: list[Sentence]) -> Features:
        o = self.options
        syn, min_len, cap, h = self._syn, o.rare_min_len, o.sentence_immutables, _h
        words: list[int] = []
        pairs: list[int] = []
        n_words = 0
        for s in sents:
            imm: set[int] = set()
            for t in s.tokens:
                if not t.text[0].isalnum():
                    continue
                n_words += 1
                if t.is_name or t.is_number:
                    imm.add(h(t.norm))
                    if t.is_stop:
                        continue
                elif t.is_stop:
                    continue
                elif len(t.norm) >= min_len and t.norm not in syn and t.norm.isalpha():
                    imm.add(h(t.norm))  # a rare word: long, and no synonym group swaps it
                words.append(h(t.canon))
            if len(imm) > 1:
                chosen = sorted(imm)[:cap]
                pairs.extend(a * 0x9E3779B97F4A7C15 + b for a, b in combinations(chosen, 2))
        w = np.array(words, dtype=np.uint64)
        k = o.shingle
        if len(w) >= k:
            acc = np.zeros(len(w) - k + 1, dtype=np.uint64)
            with np.errstate(over="ignore"):
                for i in range(k):
                    acc = mix64(acc ^ w[i : len(w) - k + 1 + i])
            shingles = acc
        else:
            shingles = mix64(w) if len(w) else w
        p = np.unique(mix64(np.array([x & 0xFFFFFFFFFFFFFFFF for x in pairs], dtype=np.uint64)))
        return Features(shingles=shingles, pairs=p, words=n_words)

    def band_keys(self, feats: list[Features]) -> np.ndarray:
        """``(n, bands)`` tagged band keys for a batch, MinHash computed in one go."""
        o = self.options
        offsets = np.zeros(len(feats) + 1, dtype=np.int64)
        np.cumsum([len(f.shingles) for f in feats], out=offsets[1:])
        allsh = np.concatenate([f.shingles for f in feats]) if feats else np.zeros(0, np.uint64)
        sig = self.minhash.signatures(allsh, offsets)
        return _tag(band_keys(sig, o.bands, o.rows), KIND_BAND)

    def pair_keys(self, f: Features, k: int) -> np.ndarray:
        """The bottom-``k`` tagged pair keys (``pairs`` is sorted already)."""
        return _tag(f.pairs[:k], KIND_PAIR)

    def stored_keys(self, feats: list[Features]) -> list[np.ndarray]:
        """The keys the index stores for each article of a batch."""
        bands = self.band_keys(feats)
        out = []
        for i, f in enumerate(feats):
            out.append(
                np.unique(np.concatenate([bands[i], self.pair_keys(f, self.options.keep_pairs)]))
            )
        return out

    def query_keys(self, f: Features) -> np.ndarray:
        bands = self.band_keys([f])[0]
        return np.unique(np.concatenate([bands, self.pair_keys(f, self.options.query_pairs)]))
