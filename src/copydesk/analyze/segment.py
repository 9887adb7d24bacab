"""Sentence segmentation with character offsets.

A rule-based splitter tuned for news prose. pysbd gives comparable boundaries on news
but costs ~65 ms per 1,000 words here, most of the 100 ms budget for a whole compare
(bench/speed_compare.py), so this small splitter is ours. Line breaks are hard
boundaries: pasted articles keep one paragraph per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from copydesk import lexicon

# End punctuation, optional closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+")
_NEXT_OK = re.compile(r"[\"'“‘«(\[]?[A-Z0-9À-Ý]")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")
_PARA = re.compile(r"[^\n]+")


@cache
def _abbrevs() -> frozenset[str]:
    return lexicon.wordset("abbreviations.txt")


def _is_abbreviation(before: str) -> bool:
    m = _LAST_WORD.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _abbrevs():
        return True
    # Initials: "J. Smith", "U.S.", "a.m."
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def split(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield (start, end, paragraph) for each sentence; whitespace trimmed."""
    for para, pm in enumerate(_PARA.finditer(text)):
        line = pm.group()
        base = pm.start()
        start = 0
        for bm in _BOUNDARY.finditer(line):
            end_punct = bm.start() + len(bm.group().rstrip())
            rest = line[bm.end() :]
            if not _NEXT_OK.match(rest):
                continue
            if line[bm.start()] == "." and _is_abbreviation(line[start : bm.start() + 1]):
                continue
            yield from _emit(line, base, start, end_punct, para)
            start = bm.end()
        yield from _emit(line, base, start, len(line), para)


def _emit(line: str, base: int, start: int, end: int, para: int) -> Iterator[tuple[int, int, int]]:
    chunk = line[start:end]
    stripped = chunk.strip()
    if not stripped or not any(ch.isalnum() for ch in stripped):
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = base + start + lead
    yield s, s + len(stripped), para
