"""Altered, misattributed and invented quotations.

Rule
----
Words a derivative puts inside quotation marks must be words the source quotes,
verbatim. Case, punctuation and the style of quote marks are ignored; an ellipsis
("...", "…", "[...]") may mark omitted words, and each remaining fragment must still be
verbatim and in order; a partial quote (a verbatim run of a longer source quote) is fine.
The search looks first in the aligned source sentences, then anywhere in the source (a
quote may move). When found, the speaker must agree: two named speakers that share no
name, or two roles that share no word ("the mayor" vs "the governor"), are a change; a
name against a role ("Lopez" vs "the mayor") is not judged.

A derivative quote that matches no source quote is classified:

- ``altered``: it overlaps a source quote but the words differ (even if the meaning is
  close: quotation marks promise the speaker's own words);
- ``quoted-paraphrase``: its words are in the source, but not as a quotation;
- ``fabricated``: nothing like it is in the source. Quotes in added sentences are judged
  the same way.

Why
---
Misquotation is the change a standards editor most needs to see: it puts words in a real
person's mouth. Short one- or two-word "scare quotes" matter less.

Severity: altered, fabricated and speaker changes high; quoted paraphrase medium; any of
these on a quote of fewer than three words low.

Flags:      source '"We will not raise taxes," Lopez said.'
            derivative '"We won't be raising taxes," Lopez said.'
Must not:   source '"We will rebuild, and we will do it quickly," Lopez said.'
            derivative 'Lopez said: "We will rebuild ... quickly."'
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from copydesk.analyze.quotes import PRONOUNS
from copydesk.analyze.tokens import stem
from copydesk.audit._common import by_sentence, clip, gather, span
from copydesk.model import Alignment, AnalyzedArticle, Change, Quote, Span

__all__ = ["check", "words"]

#: Share of a derivative quote's words found in order in a source quote above which an
#: unmatched quote counts as that quote altered rather than invented.
ALTERED_MIN_OVERLAP = 0.5
#: Quotes shorter than this many words are scare quotes: findings on them are low.
SHORT_QUOTE_WORDS = 3

_CONTRACTIONS = {"won't": "will not", "can't": "can not", "shan't": "shall not"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…|\[[^\]]*\]")
_TITLES = frozenset(
    "mr mrs ms miss dr prof sir dame lord president minister prime secretary mayor governor "
    "senator rep chief general gen col capt officer judge justice chancellor finance foreign "
    "interior health defence defense deputy spokesman spokeswoman spokesperson ceo chairman "
    "chairwoman director head leader the a an of".split()
)


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``, apostrophes unified."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def _fragments(text: str) -> list[list[str]]:
    return [w for w in (words(part) for part in _ELLIPSIS.split(text)) if w]


def _contains(hay: list[str], frags: list[list[str]]) -> bool:
    """Each fragment occurs as a contiguous run of ``hay``, in order."""
    s = " " + " ".join(hay) + " "
    pos = 0
    for f in frags:
        i = s.find(" " + " ".join(f) + " ", pos)
        if i < 0:
            return False
        pos = i + 1
    return True


def _stems(ws: list[str]) -> list[str]:
    """Words with contractions expanded and light stems, for the overlap measure only."""
    out: list[str] = []
    for w in ws:
        w = _CONTRACTIONS.get(w, w)
        if w.endswith("n't"):
            out += [stem(w[:-3]), "not"]
        else:
            out += [stem(x) for x in w.split()]
    return out


def _overlap(d: list[str], s: list[str]) -> float:
    if not d:
        return 0.0
    d, s = _stems(d), _stems(s)
    sm = SequenceMatcher(None, d, s, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(d)


def _diff(d: list[str], s: list[str]) -> str:
    sm = SequenceMatcher(None, s, d, autojunk=False)
    edits = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        old, new = clip(" ".join(s[i1:i2]), 30), clip(" ".join(d[j1:j2]), 30)
        if op == "delete":
            edits.append(f'"{old}" dropped')
        elif op == "insert":
            edits.append(f'"{new}" inserted')
        elif op == "replace":
            edits.append(f'"{old}" -> "{new}"')
    if len(edits) > 2:
        edits = edits[:2] + [f"{len(edits) - 2} more edit(s)"]
    return "; ".join(edits)


def _speaker_key(name: str | None) -> tuple[str, frozenset[str]] | None:
    """("name" | "role", words) for a speaker, or None for a pronoun or nothing."""
    if not name:
        return None
    ws = words(name)
    if not ws or ws[0] in PRONOUNS:
        return None
    caps = [w.lower() for w in re.findall(r"(?<![\w’'-])[A-Z][\w’'-]+", name)]
    key = frozenset(w for w in caps if w not in _TITLES)
    if key:
        return ("name", key)
    key = frozenset(w for w in ws if w not in _TITLES)
    return ("role", key) if key else None


def _speaker_changed(s: Quote, d: Quote) -> bool:
    ks, kd = _speaker_key(s.speaker), _speaker_key(d.speaker)
    if not ks or not kd or ks[0] != kd[0]:
        return False
    return not (ks[1] & kd[1])


def _speaker_span(q: Quote, fallback: Quote) -> Span:
    if q.speaker_start is not None and q.speaker_end is not None and q.speaker:
        return Span(q.speaker_start, q.speaker_end, q.speaker)
    return span(fallback)


def _judge(
    d: Quote, local: list[Quote], everywhere: list[Quote], source: AnalyzedArticle, pair
) -> Change | None:
    frags = _fragments(d.text)
    if not frags:
        return None
    n_words = sum(len(f) for f in frags)
    short = n_words < SHORT_QUOTE_WORDS
    for pool in (local, everywhere):
        for s in pool:
            if _contains(words(s.text), frags):
                if _speaker_changed(s, d):
                    return Change(
                        "quote",
                        "speaker",
                        "low" if short else "high",
                        f'quote attributed to {d.speaker} instead of {s.speaker}: "{clip(d.text)}"',
                        _speaker_span(s, s),
                        _speaker_span(d, d),
                        pair,
                    )
                return None
    flat = [w for f in frags for w in f]
    best, best_ov = None, 0.0
    for s in local + everywhere:
        ov = _overlap(flat, words(s.text))
        if ov > best_ov:
            best, best_ov = s, ov
    if best is not None and best_ov >= ALTERED_MIN_OVERLAP:
        return Change(
            "quote",
            "altered",
            "low" if short else "high",
            f"quotation altered: {_diff(flat, words(best.text))}",
            span(best),
            span(d),
            pair,
        )
    if _contains(words(source.text), frags):
        m = _locate_words(source.text, frags[0])
        return Change(
            "quote",
            "quoted-paraphrase",
            "low" if short else "medium",
            f'source words presented as a quotation: "{clip(d.text)}"',
            m,
            span(d),
            pair,
        )
    return Change(
        "quote",
        "fabricated",
        "low" if short else "high",
        f'quotation not in the source: "{clip(d.text)}"',
        span(best) if best is not None and best_ov > 0.2 else None,
        span(d),
        pair,
    )


def _locate_words(text: str, frag: list[str]) -> Span | None:
    pat = r"\W+".join(re.escape(w).replace("'", "['’]") for w in frag)
    m = re.search(pat, text, re.I)
    return Span(m.start(), m.end(), m.group()) if m else None


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """Quote changes on aligned pairs and in added sentences."""
    src = by_sentence(source.quotes)
    der = by_sentence(derivative.quotes)
    out: list[Change] = []
    seen: set[int] = set()
    for pi, pair in enumerate(alignment.pairs):
        local = gather(src, pair.source)
        for d in gather(der, pair.derivative):
            seen.add(id(d))
            c = _judge(d, local, source.quotes, source, pi)
            if c:
                out.append(c)
    for d in derivative.quotes:
        if id(d) not in seen:
            c = _judge(d, [], source.quotes, source, None)
            if c:
                out.append(c)
    return out
