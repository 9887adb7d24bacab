"""Quotations: text inside quotation marks, and who is said to have said it.

Marks read: straight double quotes, curly doubles (“ ”), guillemets (« »), curly singles
(‘ ’, where a ’ followed by a letter is an apostrophe) and straight singles opened after a
space. A paragraph that opens a quote without closing it (the multi-paragraph quote
convention) quotes to the end of the paragraph. ``Quote.start``/``end`` exclude the marks.

The speaker is found next to the quote, within its paragraph: after it (``", said Jane
Doe"``, ``", the minister said"``) or before it (``Doe said: "``, ``according to Doe,
"``), using the reporting verbs of ``data/reporting_verbs.txt``. A pronoun speaker ("he
said") is resolved to the last named speaker before it; the span still points at the
pronoun.

>>> from copydesk.analyze import analyze
>>> from copydesk.model import Article
>>> q = analyze(Article('"We will rebuild," said Mayor Ana Lopez.')).quotes[0]
>>> (q.text, q.speaker)
('We will rebuild,', 'Mayor Ana Lopez')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from copydesk import lexicon
from copydesk.model import Quote, Sentence

__all__ = ["extract", "PRONOUNS"]

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})

_QUOTE_RE = re.compile(
    r"“(?P<c>[^“”\n]*)(?:”|(?=\n)|$)"
    r"|«\s?(?P<g>[^«»\n]*?)\s?(?:»|(?=\n)|$)"
    r"|\"(?P<s>[^\"\n]*)(?:\"|(?=\n)|$)"
    r"|‘(?P<cs>(?:[^‘’\n]|’(?=[A-Za-z]))*)’(?![A-Za-z])"
    r"|(?<![\w'])'(?P<ss>(?:[^'\n]|'(?=[A-Za-z]))+)'(?![A-Za-z])"
)

# A name: capitalised words (with particles), a pronoun, or a short noun phrase.
_NAME = (
    r"(?:(?:[A-Z]\.|[A-Z][\w’'-]*)(?:\s+(?:(?:de|da|van|von|der|al|bin|la|le|del)\s+)?(?:[A-Z]\.|[A-Z][\w’'-]*)){0,4}"
    r"|(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3}"  # opposition leader Karin Holm
    r"|he|she|they|it|we|I"
    r"|(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
)


@cache
def _verbs() -> str:
    return "|".join(sorted(lexicon.wordset("reporting_verbs.txt"), key=len, reverse=True))


@cache
def _speaker_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    v = _verbs()
    after = re.compile(
        rf"[\s,.!?;:—–-]*(?:(?:{v})\s+(?P<n1>{_NAME})"
        rf"|(?P<n2>{_NAME})\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:{v})\b)"
    )
    before = re.compile(
        rf"(?:(?P<n1>{_NAME})\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:{v})"
        rf"(?:\s+(?!that\b)[\w’'-]+){{0,3}}"
        rf"|(?i:according)\s+to\s+(?P<n2>{_NAME}))\s*[,:]?\s*(?:that\s+)?$"
    )
    # A named agent of a reporting verb anywhere, to resolve later pronouns.
    named = re.compile(rf"(?P<n>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,3}})\s*,?\s+(?:{v})\b")
    return after, before, named


def _locator(sentences: list[Sentence]):
    starts = [s.start for s in sentences]
    return lambda pos: max(bisect_right(starts, pos) - 1, 0)


def _trim_name(text: str, start: int) -> tuple[str, int, int]:
    """Strip a trailing apposition comma and spaces from a matched name."""
    name = text.rstrip(" ,")
    return name, start, start + len(name)


def extract(text: str, sentences: list[Sentence]) -> list[Quote]:
    """Every quotation in ``text``, in order, with its sentence index and speaker."""
    if not sentences:
        return []
    after_re, before_re, named_re = _speaker_patterns()
    locate = _locator(sentences)
    out: list[Quote] = []
    last_named: str | None = None
    last_pos = 0
    for m in _QUOTE_RE.finditer(text):
        group = next(g for g in ("c", "g", "s", "cs", "ss") if m.group(g) is not None)
        body = m.group(group)
        if not body.strip() or not any(ch.isalpha() for ch in body):
            continue
        if group == "ss" and len(body.split()) < 2:
            continue  # 'em, rock 'n' roll: apostrophes, not quotes
        s, e = m.start(group), m.end(group)
        # Trim inner spaces.
        lead = len(body) - len(body.lstrip())
        s += lead
        e = s + len(body.strip())
        # Named speakers between the previous quote and this one, for pronouns.
        for nm in named_re.finditer(text, last_pos, m.start()):
            if nm.group("n").split()[0].lower() not in PRONOUNS:
                last_named = nm.group("n")
        last_pos = m.end()
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        para_start = text.rfind("\n", 0, m.start()) + 1
        speaker = sp_s = sp_e = None
        am = after_re.match(text, m.end(), min(para_end, m.end() + 120))
        if am and re.match(r"\s*[,:]\s*[\"“«‘]", text[am.end() : am.end() + 4]):
            am = None  # 'He added, "..."' introduces the next quote, not this one
        if am:
            g = "n1" if am.group("n1") else "n2"
            speaker, sp_s, sp_e = _trim_name(am.group(g), am.start(g))
        else:
            bm = before_re.search(text, max(para_start, m.start() - 160), m.start())
            if bm:
                g = "n1" if bm.group("n1") else "n2"
                speaker, sp_s, sp_e = _trim_name(bm.group(g), bm.start(g))
        if speaker and speaker.lower() in PRONOUNS:
            if last_named:
                speaker = last_named
        elif speaker and speaker[0].isupper():
            last_named = speaker
        out.append(Quote(locate(s), s, e, text[s:e], speaker, sp_s, sp_e))
    return out
