"""Tokenization and word normalization for matching.

Matching must survive spinning: inflection ("raised" / "raising"), irregular forms
("rose" / "rise") and synonym swaps ("firm" / "company"). Each token therefore carries
``norm`` (light suffix-stripping stem) and ``canon`` (the synonym group's first member).
A full stemmer library would be heavier and no better for news English; this stays
small, fast and predictable.
"""

from __future__ import annotations

import re
from functools import cache

from copydesk import lexicon
from copydesk.model import Token

# Words (with inner apostrophes/hyphens), numbers (1,200.5 / 3.5% / 1990s), or symbols.
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # acronyms with dots: U.S., a.m.
    r"|\d+(?:[.,]\d+)*(?:%|s\b)?"  # numbers, 1,200.50, 5%, 1990s
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*"  # words, don't, state-run
    r"|[$€£¥%&]",
    re.UNICODE,
)

_VOWELS = set("aeiouy")


@cache
def _irregular() -> dict[str, str]:
    return dict(line.split()[:2] for line in lexicon.lines("irregular.txt"))


@cache
def stopwords() -> frozenset[str]:
    return lexicon.wordset("stopwords.txt")


@cache
def stem(word: str) -> str:
    """Light, deterministic English stem: lower-case, irregulars, then -s/-es/-ed/-ing/-ly
    and a final -e, so "increases", "increased", "increasing" and "increase" agree."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _irregular().get(w, w)
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and w[-3] != "e" and _VOWELS & set(w[:-2]):
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    elif w.endswith("ing") and len(w) > 5 and _VOWELS & set(w[:-3]):
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
            w = w[:-1]
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@cache
def canon_table() -> dict[str, str]:
    """Stem -> the head of its synonym group (shared, read-only)."""
    table: dict[str, str] = {}
    for group in lexicon.groups("synonyms.txt"):
        stems = [stem(w) for w in group if " " not in w]
        if not stems:
            continue
        # A word listed in two groups joins them: reuse the head it already has, so
        # "residents" and "locals" meet even when listed in different groups.
        head = next((table[w] for w in stems if w in table), stems[0])
        for w in stems:
            table.setdefault(w, head)
    return table


def canon(norm: str) -> str:
    return canon_table().get(norm, norm)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets shifted by ``offset`` (the sentence start)."""
    stops = stopwords()
    out: list[Token] = []
    first = True
    for m in TOKEN_RE.finditer(text):
        s = m.group()
        is_number = s[0].isdigit()
        if is_number:
            norm = s.replace(",", "")
            out.append(Token(s, m.start() + offset, m.end() + offset, norm, norm, is_number=True))
            first = False
            continue
        if "." in s:  # dotted acronym
            norm = s.replace(".", "").lower()
            out.append(Token(s, m.start() + offset, m.end() + offset, norm, norm, is_name=True))
            first = False
            continue
        norm = stem(s)
        lower = s.lower()
        is_stop = lower in stops
        is_name = False
        if s[0].isupper():
            is_name = (len(s) >= 2 and s.isupper()) or (not first and not is_stop)
        # Names are immutables: never mapped to a synonym.
        c = norm if is_name else canon(norm)
        out.append(Token(s, m.start() + offset, m.end() + offset, norm, c, is_stop, is_name))
        first = False
    return out
