"""Word facts for fingerprinting, computed once per distinct word and then looked up.

``index add`` sees the same few hundred thousand word forms millions of times. The
compare pipeline tokenizes into :class:`~copydesk.model.Token` objects (offsets, stems,
synonym heads: what alignment and the audits need), which costs about a microsecond per
token in Python. Fingerprints need less: for each word, whether it is a stop word, a
number, capitalized, rare, and two hashes. :class:`WordTable` keeps those facts in numpy
arrays indexed by a word id, so an article becomes one regex pass, one ``map`` over a
dict, and array operations over a whole batch (``fingerprints.py``).

Sentence ends are tokens too (``.``, ``!``, ``?`` runs and line breaks), so one pass over
the text also gives the sentence a word belongs to. The boundary rule is simpler than
``analyze.segment`` (an abbreviation such as "Mr." ends a sentence here); that is fine for
keys because the index and its queries both use this rule.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from copydesk.analyze.tokens import canon_table, stem, stopwords

__all__ = ["WordTable", "WORD_RE", "ALNUM", "STOP", "CAP", "ALLCAP", "NUM", "ACRONYM"]

#: Tokens for fingerprints: dotted acronyms, numbers (1,200.5, 5%), words with inner
#: apostrophes, and sentence ends. Hyphenated compounds are two words here.
WORD_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., a.m.
    r"|\d+(?:[.,]\d+)*%?"  # 1,200.50, 5%
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*"  # words, don't
    r"|[.!?]+|\n"  # sentence ends
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
            bounds its memory (about 200 bytes a word) on any corpus.
    """

    def __init__(self, rare_min_len: int = 6, max_words: int = 1 << 20):
        self.rare_min_len = rare_min_len
        self.max_words = max_words
        self._stops = stopwords()
        self._syn = canon_table()
        self._clear()

    def _clear(self) -> None:
        self.ids: dict[str, int] = {}
        self.flags = np.zeros(1024, dtype=np.uint8)
        self.norm_hash = np.zeros(1024, dtype=np.uint64)  # immutables: the stem
        self.canon_hash = np.zeros(1024, dtype=np.uint64)  # shingles: the synonym head

    def lookup(self, tokens: list[str]) -> np.ndarray:
        """Ids of ``tokens`` (int64), adding the words not seen before."""
        ids = list(map(self.ids.get, tokens))
        if None in ids:
            if len(self.ids) + len(tokens) > self.max_words:
                self._clear()
                ids = [None] * len(tokens)
            for i, word in enumerate(tokens):
                if ids[i] is None:
                    ids[i] = self.ids.get(word)
                    if ids[i] is None:
                        ids[i] = self._add(word)
        return np.array(ids, dtype=np.int64)

    def _add(self, word: str) -> int:
        i = len(self.ids)
        if i >= len(self.flags):
            grow = len(self.flags)
            self.flags = np.concatenate([self.flags, np.zeros(grow, np.uint8)])
            self.norm_hash = np.concatenate([self.norm_hash, np.zeros(grow, np.uint64)])
            self.canon_hash = np.concatenate([self.canon_hash, np.zeros(grow, np.uint64)])
        flags, norm, head = self._facts(word)
        self.flags[i] = flags
        if flags & ALNUM:
            self.norm_hash[i] = word_hash(norm)
            self.canon_hash[i] = word_hash(head)
        self.ids[word] = i
        return i

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
