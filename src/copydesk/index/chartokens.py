"""The fingerprint tokens of many texts at once, by array operations over characters.

``words.WORD_RE`` defines the tokens (words with inner apostrophes, dots and commas,
sentence-end runs, line breaks). Running it costs about 60-90 us an article, and
looking each token up by its string another 20: most of the time of fingerprinting a
warm index. Here the texts of a batch become one array of code points; word runs,
joins, sentence ends and the title rule are masks over it, and each token gets a
64-bit key from a polynomial hash over its characters (prefix sums, so every token
costs the same few array operations however long). No token string is built: the
word table is looked up by key, and only a word never seen before is sliced out of
the text (see :meth:`words.WordTable.ids_of`).

``tests/test_index_fingerprints.py`` checks that the tokens are exactly
``WORD_RE.findall``'s, on the sample corpus and on random texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from copydesk.index.lsh import mix64

__all__ = ["Tokens", "tokenize_batch"]

_P = 0x100000001B3  # odd, so invertible modulo 2**64
_P_INV = pow(_P, -1, 1 << 64)
_LEN = np.uint64(0x9E3779B97F4A7C15)
_PAD = 4  # non-word characters before the first text (look-behinds never leave the array)
_TITLES = ("Mrs", "Sen", "Rep", "Gov", "Gen", "Col", "Sgt", "Rev")


# Character classes (bits of one table entry per code point).
_WORD, _JOIN, _MARK, _NL, _UPPER, _LOWER = 1, 2, 4, 8, 16, 32


_BMP = 0x10000


@cache
def _classes() -> np.ndarray:
    """The class bits of every code point of the Basic Multilingual Plane: ``\\w`` of
    ``re`` (alphanumeric or underscore), inner-join marks, sentence-end marks, line
    break, ASCII case (64 KB, built once per process in about 15 ms). Characters beyond
    it (emoji, rare scripts) are classed one by one as they come."""
    table = np.fromiter((chr(c).isalnum() for c in range(_BMP)), dtype=np.uint8, count=_BMP)
    table[ord("_")] = _WORD
    for c in "'’.,":
        table[ord(c)] |= _JOIN
    for c in ".!?":
        table[ord(c)] |= _MARK
    table[10] |= _NL
    table[ord("A") : ord("Z") + 1] |= _UPPER
    table[ord("a") : ord("z") + 1] |= _LOWER
    return table


_POWERS: list[np.ndarray] = [np.ones(0, np.uint64), np.ones(0, np.uint64)]
#: Longest power tables kept between batches (16 bytes a position: 32 MB). A batch of
#: 500 news articles is 1-2 million characters; a longer one (a huge record) computes
#: its tables and lets them go, so one odd record does not pin memory for the run.
_KEEP = 1 << 21


def _tables(size: int) -> list[np.ndarray]:
    out = []
    for base in (_P, _P_INV):
        a = np.full(size, base, dtype=np.uint64)
        a[0] = 1
        out.append(np.cumprod(a))
    return out


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**j and P**-j modulo 2**64 for j < n."""
    if len(_POWERS[0]) < n:
        size = 1 << max(16, (n - 1).bit_length())
        if size > _KEEP:
            up, down = _tables(n)
            return up, down
        _POWERS[:] = _tables(size)
    return _POWERS[0], _POWERS[1]


def _shift(a: np.ndarray, k: int, fill) -> np.ndarray:
    """``a`` moved ``k`` places right (``k < 0``: left), ``fill`` coming in."""
    out = np.empty_like(a)
    if k > 0:
        out[:k] = fill
        out[k:] = a[:-k]
    else:
        out[k:] = fill
        out[:k] = a[-k:]
    return out


@dataclass(slots=True)
class Tokens:
    """Tokens of a batch, in text order: key, article index and span in ``text``."""

    keys: np.ndarray  # uint64
    art: np.ndarray  # int64
    start: np.ndarray  # int64, into ``text``
    end: np.ndarray
    text: str  # the batch's texts joined (with padding)

    def word(self, i: int) -> str:
        return self.text[self.start[i] : self.end[i]]


def tokenize_batch(texts: list[str]) -> Tokens:
    """The tokens ``WORD_RE.findall`` finds in each text, with keys."""
    text = "\0" * _PAD + "\0".join(texts) + "\0" * _PAD
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(codes)
    cls = _classes()[np.minimum(codes, _BMP - 1)]
    beyond = np.flatnonzero(codes >= _BMP)
    if len(beyond):
        u, inv = np.unique(codes[beyond], return_inverse=True)
        word = [_WORD if chr(c).isalnum() else 0 for c in u.tolist()]
        cls[beyond] = np.array(word, dtype=np.uint8)[inv]
    isw = (cls & _WORD) != 0
    # Inner joins: an apostrophe, dot or comma between two word characters.
    join = ((cls & _JOIN) != 0) & _shift(isw, 1, False) & _shift(isw, -1, False)
    inword = isw | join
    w_start = np.flatnonzero(inword & ~_shift(inword, 1, False))
    w_end = np.flatnonzero(inword & ~_shift(inword, -1, False)) + 1
    # Sentence ends: runs of . ! ? outside words. Only a run's first mark can follow a
    # letter, so only it can fall under the title rule; the rest of the run still counts.
    mark = ((cls & _MARK) != 0) & ~join
    m_start = np.flatnonzero(mark & ~_shift(mark, 1, False))
    m_end = np.flatnonzero(mark & ~_shift(mark, -1, False)) + 1
    p = m_start
    c1, c2, c3 = codes[p - 1], codes[p - 2], codes[p - 3]
    k1, k2 = cls[p - 1], cls[p - 2]
    initial = ((k1 & _UPPER) != 0) & ~isw[p - 2]  # "J." (a word of one capital)
    short = ((k2 & _UPPER) != 0) & ((k1 & _LOWER) != 0) & ~isw[p - 3]  # "Mr.", "St."
    three = (c3.astype(np.uint64) << np.uint64(42)) | (c2.astype(np.uint64) << np.uint64(21)) | c1
    packed = [(ord(t[0]) << 42) | (ord(t[1]) << 21) | ord(t[2]) for t in _TITLES]
    title = np.isin(three, np.array(packed, dtype=np.uint64)) & ~isw[p - 4]
    m_start = m_start + (initial | short | title)
    keep = m_start < m_end
    m_start, m_end = m_start[keep], m_end[keep]
    nl = np.flatnonzero(cls & _NL)
    start = np.concatenate([w_start, m_start, nl])
    end = np.concatenate([w_end, m_end, nl + 1])
    order = np.argsort(start, kind="stable")
    start, end = start[order], end[order]
    # Article of each token: texts begin after the padding and one separator each.
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    bounds = _PAD + np.cumsum(lens + 1) - 1  # separator positions after each text
    art = np.searchsorted(bounds, start, side="right")
    # Keys: sum of c_j * P**(j - start) over the token, mixed with its length.
    up, down = _powers(n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumsum(np.multiply(codes, up[:n], dtype=np.uint64), out=prefix[1:])
        h = (prefix[end] - prefix[start]) * down[start]
        keys = mix64(h ^ ((end - start).astype(np.uint64) * _LEN))
    return Tokens(keys, art.astype(np.int64), start, end, text)
