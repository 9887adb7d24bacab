"""Word facts for fingerprinting, computed once per distinct word and then looked up.

``index add`` sees the same few hundred thousand word forms millions of times. The
compare pipeline tokenizes into :class:`~copydesk.model.Token` objects (offsets, stems,
synonym heads: what alignment and the audits need), which costs about a microsecond per
token in Python. Fingerprints need less: for each word, whether it is a stop word, a
number, capitalized, rare, and two hashes. :class:`WordTable` keeps those facts in numpy
arrays indexed by a word id, looked up by the token keys of ``chartokens.py`` in a hash
table of numpy arrays (:class:`KeyIds`), so an article becomes array operations over a
whole batch.

Sentence ends are tokens too (``.``, ``!``, ``?`` runs and line breaks), so one pass over
the text also gives the sentence a word belongs to. The boundary rule is simpler than
``analyze.segment`` (it knows a few titles, not the abbreviation list); that is fine for
keys because the index and its queries both use this rule.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from copydesk.analyze.tokens import canon_table, stem, stopwords
from copydesk.index.chartokens import Tokens

__all__ = ["WordTable", "KeyIds", "WORD_RE", "ALNUM", "STOP", "CAP", "ALLCAP", "NUM", "ACRONYM"]

#: Tokens for fingerprints: words, numbers (1,200.50) and dotted acronyms as one token
#: each (``\w`` runs joined by inner apostrophes, dots and commas), and sentence ends. A
#: full stop after an initial, "Mr", "Dr", "Sen" and the like ends no sentence. This is
#: the definition; ``chartokens.tokenize_batch`` finds the same tokens with array
#: operations (tests/test_index_fingerprints.py checks they agree). The
#: possessive quantifiers (``++``, ``*+``) match what greedy ones would (nothing follows
#: them in their branch) without keeping backtracking state: 1.6x faster.
WORD_RE = re.compile(
    r"\w++(?:['’.,]\w++)*+"
    r"|[.!?](?<!\b[A-Z].)(?<!\b[A-Z][a-z].)(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev).)[.!?]*"
    r"|\n"
)

# Flag bits of a word id.
ALNUM = 1  # a word or number (not a sentence end)
STOP = 2  # a function word
CAP = 4  # starts with a capital
ALLCAP = 8  # two or more letters, all capitals
NUM = 16  # a number
ACRONYM = 32  # a dotted acronym (always a name)
RARE = 64  # long, alphabetic, in no synonym group (a spinner keeps it)
BOUND = 128  # a sentence end


_MIX = np.uint64(0x9E3779B97F4A7C15)


class KeyIds:
    """A hash table from int64 keys to ids, in numpy arrays (open addressing, linear
    probing, at most half full), looked up and filled a whole array at a time.

    Why not a dict: a batch of 500 articles is ~150k token keys, and ``dict.get`` over
    them costs ~0.3 us a key, the biggest single cost of fingerprinting (85 us an
    article). Here a lookup is a few vectorized probes: about 4x less.

    >>> t = KeyIds()
    >>> t.insert(np.array([7, -3, 1 << 62]), np.array([0, 1, 2]))
    >>> t.lookup(np.array([1 << 62, 5, 7, -3])).tolist()
    [2, -1, 0, 1]
    """

    def __init__(self, bits: int = 12):
        self._alloc(bits)
        self.size = 0

    def __len__(self) -> int:
        return self.size

    def _alloc(self, bits: int) -> None:
        self.bits = bits
        self.keys = np.zeros(1 << bits, dtype=np.int64)
        self.vals = np.full(1 << bits, -1, dtype=np.int64)  # -1: an empty slot

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return ((keys.view(np.uint64) * _MIX) >> np.uint64(64 - self.bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The id of each key, -1 where the key is not in the table."""
        keys = np.ascontiguousarray(keys, dtype=np.int64)
        out = np.full(len(keys), -1, dtype=np.int64)
        todo = np.arange(len(keys))
        slot = self._slots(keys)
        mask = (1 << self.bits) - 1
        while len(todo):
            v = self.vals[slot]
            hit = (v >= 0) & (self.keys[slot] == keys[todo])
            out[todo[hit]] = v[hit]
            go = (v >= 0) & ~hit  # another key sits here: probe the next slot
            todo, slot = todo[go], (slot[go] + 1) & mask
        return out

    def insert(self, keys: np.ndarray, ids: np.ndarray) -> None:
        """Add distinct keys that are not in the table yet."""
        keys = np.asarray(keys, dtype=np.int64)
        ids = np.asarray(ids, dtype=np.int64)
        if 2 * (self.size + len(keys)) > len(self.vals):
            old_k, old_v = self.keys[self.vals >= 0], self.vals[self.vals >= 0]
            bits = self.bits
            while 2 * (self.size + len(keys)) > (1 << bits):
                bits += 1
            self._alloc(bits)
            self.size = 0
            self.insert(old_k, old_v)
        slot = self._slots(keys)
        mask = (1 << self.bits) - 1
        while len(keys):
            free = self.vals[slot] < 0
            # Of the keys aiming at one free slot, the first takes it; the rest probe on.
            cand = np.flatnonzero(free)
            _, first = np.unique(slot[cand], return_index=True)
            take = np.zeros(len(keys), dtype=bool)
            take[cand[first]] = True
            self.keys[slot[take]] = keys[take]
            self.vals[slot[take]] = ids[take]
            self.size += int(take.sum())
            keys, ids, slot = keys[~take], ids[~take], (slot[~take] + 1) & mask


def word_hash(word: str) -> int:
    """Stable 64-bit hash of a word (blake2b: the same in every process and run)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


class WordTable:
    """Ids and facts of the words seen so far.

    Args:
        rare_min_len: letters a content word needs to count as rare.
        max_words: the table is emptied when it grows past this many words, which
            bounds its memory (about 230 bytes a word: 60 MB at the default) on any
            corpus. News reuses a few hundred thousand word forms; the long tail of
            new names and numbers fills the table again only every ~100k articles, and
            refilling costs a few microseconds a word.
    """

    def __init__(self, rare_min_len: int = 6, max_words: int = 1 << 18):
        self.rare_min_len = rare_min_len
        self.max_words = max_words
        self._stops = stopwords()
        self._syn = canon_table()
        self._clear()

    def _clear(self) -> None:
        self.ids = KeyIds()  # token key (chartokens) -> word id
        self._hashes: dict[str, int] = {}  # stem -> hash; stems repeat across word forms
        self.flags = np.zeros(1024, dtype=np.uint8)
        self.norm_hash = np.zeros(1024, dtype=np.uint64)  # immutables: the stem
        self.canon_hash = np.zeros(1024, dtype=np.uint64)  # shingles: the synonym head

    def ids_of(self, tokens: Tokens) -> np.ndarray:
        """Ids of a batch's tokens (int64), by their keys; a word not seen before is
        sliced out of the text and its facts computed once."""
        keys = np.asarray(tokens.keys, dtype=np.int64)
        ids = self.ids.lookup(keys)
        missing = np.flatnonzero(ids < 0)
        if len(missing):
            new, first = np.unique(keys[missing], return_index=True)
            if self.ids.size + len(new) > self.max_words:
                self._clear()
                missing = np.arange(len(keys))
                new, first = np.unique(keys, return_index=True)
            order = np.argsort(first)  # ids in order of first appearance
            new, first = new[order], first[order]
            self._add(new, [tokens.word(i) for i in missing[first].tolist()])
            ids[missing] = self.ids.lookup(keys[missing])
        return ids

    def _add(self, keys: np.ndarray, words: list[str]) -> None:
        start = self.ids.size
        end = start + len(words)
        if end > len(self.flags):
            size = max(end, 2 * len(self.flags))
            for name in ("flags", "norm_hash", "canon_hash"):
                old = getattr(self, name)
                grown = np.zeros(size, dtype=old.dtype)
                grown[:start] = old[:start]
                setattr(self, name, grown)
        facts = [self._facts(w) for w in words]
        h = self._hash
        self.flags[start:end] = [f for f, _, _ in facts]
        self.norm_hash[start:end] = [h(n) for _, n, _ in facts]
        self.canon_hash[start:end] = [h(c) for _, _, c in facts]
        self.ids.insert(keys, np.arange(start, end))

    def _hash(self, word: str) -> int:
        h = self._hashes.get(word)
        if h is None:
            h = self._hashes[word] = word_hash(word) if word else 0
        return h

    def _facts(self, word: str) -> tuple[int, str, str]:
        """(flags, stem, synonym head): the same normalization as ``analyze.tokens``."""
        c = word[0]
        if c in ".!?\n":
            return BOUND, "", ""
        if c.isdigit():
            norm = word.replace(",", "")
            return ALNUM | NUM, norm, norm
        if "." in word:
            norm = word.replace(".", "").lower()
            return ALNUM | ACRONYM, norm, norm
        norm = stem(word)
        flags = ALNUM
        if word.lower() in self._stops:
            flags |= STOP
        if c.isupper():
            flags |= CAP
            if len(word) >= 2 and word.isupper():
                flags |= ALLCAP
        if len(norm) >= self.rare_min_len and norm not in self._syn and norm.isalpha():
            flags |= RARE
        return flags, norm, self._syn.get(norm, norm)
