"""Word facts for fingerprinting, computed once per distinct word and then looked up.

``index add`` sees the same few hundred thousand word forms millions of times. The
compare pipeline tokenizes into :class:`~copydesk.model.Token` objects (offsets, stems,
synonym heads: what alignment and the audits need), which costs about a microsecond per
token in Python. Fingerprints need less: for each word, whether it is a stop word, a
number, capitalized, rare, and two hashes. :class:`WordTable` keeps those facts in numpy
arrays indexed by a word id, looked up by the token keys of ``chartokens.py``, so an
article becomes array operations over a whole batch and one ``map`` over a dict.

Sentence ends are tokens too (``.``, ``!``, ``?`` runs and line breaks), so one pass over
the text also gives the sentence a word belongs to. The boundary rule is simpler than
``analyze.segment`` (it knows a few titles, not the abbreviation list); that is fine for
keys because the index and its queries both use this rule.
"""

from __future__ import annotations

import hashlib
import re
from itertools import repeat

import numpy as np

from copydesk.analyze.tokens import canon_table, stem, stopwords
from copydesk.index.chartokens import Tokens

__all__ = ["WordTable", "WORD_RE", "ALNUM", "STOP", "CAP", "ALLCAP", "NUM", "ACRONYM"]

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
        self.ids: dict[int, int] = {}  # token key (chartokens) -> word id
        self._hashes: dict[str, int] = {}  # stem -> hash; stems repeat across word forms
        self.flags = np.zeros(1024, dtype=np.uint8)
        self.norm_hash = np.zeros(1024, dtype=np.uint64)  # immutables: the stem
        self.canon_hash = np.zeros(1024, dtype=np.uint64)  # shingles: the synonym head

    def ids_of(self, tokens: Tokens) -> np.ndarray:
        """Ids of a batch's tokens (int64), by their keys; a word not seen before is
        sliced out of the text and its facts computed once."""
        keys = tokens.keys.tolist()
        n = len(keys)
        ids = np.fromiter(map(self.ids.get, keys, repeat(-1)), dtype=np.int64, count=n)
        if n and ids.min() < 0:
            first: dict[int, int] = {}  # new key -> its first token
            for i in np.flatnonzero(ids < 0).tolist():
                first.setdefault(keys[i], i)
            if len(self.ids) + len(first) > self.max_words:
                self._clear()
                first = {}
                for i, k in enumerate(keys):
                    first.setdefault(k, i)
            self._add(list(first), [tokens.word(i) for i in first.values()])
            ids = np.fromiter(map(self.ids.get, keys), dtype=np.int64, count=n)
        return ids

    def _add(self, keys: list[int], words: list[str]) -> None:
        start = len(self.ids)
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
        self.ids.update(zip(keys, range(start, end), strict=True))

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
