"""Flipped negation, strengthened modality, dropped hedges and reversed stance.

Rule
----
Each side of an aligned pair (the union of its sentences) is read for four markers,
from ``data/certainty.txt``:

- ``negation``: "not", "n't", "never", "no longer", "refused to" ... A side with a
  negation against a side with none is a flip ("will not" vs "will").
- modality: ``certain`` (will, must), ``likely`` (would, expected to), ``possible``
  (could, may, might). The derivative is stronger when the source's weakest modal is
  weaker than every modal the derivative uses ("could" -> "will"); weaker the other way.
- ``hedge``: "reportedly", "allegedly", "preliminary", "suspected" ... A source hedge
  with no hedge left in the derivative is dropped: an allegation becomes a fact.
- stance: positive ("expected", "believes") vs negative ("doubted", "denied"). A side
  with only positive stance against a side with only negative is a reversal.

Why
---
These words are small and spinners swap them freely, but each one changes what the story
claims: "could close" is not "will close", "allegedly stole" is not "stole".

Severity: negation flips, reversed stance and a dropped "allegedly"-type hedge are high;
a strengthened modal high; other dropped hedges medium; a weakened modal or an added
hedge low.

Flags:      source "The plant could close next year."   derivative "The plant will close next year."
Must not:   source "The plant may close next year."     derivative "The plant might shut next year."
"""

from __future__ import annotations

import re
from functools import cache

from copydesk.analyze.tokens import canon, stem
from copydesk.audit._common import (
    classes,
    first_words,
    lower_words,
    phrase_pattern,
    sentences_span,
    text_of,
)
from copydesk.model import Alignment, AnalyzedArticle, Change, Span

__all__ = ["check", "markers"]

_STRENGTH = {"possible": 0, "likely": 1, "certain": 2}
#: Hedges whose loss turns an accusation into a statement of fact: always high.
LEGAL_HEDGES = frozenset({"allegedly", "alleged", "suspected", "purportedly"})


@cache
def _patterns() -> dict[str, re.Pattern]:
    out = {}
    for cls, phrases in classes("certainty.txt").items():
        plain = [p for p in phrases if p != "n't"]
        pat = rf"\b(?:{phrase_pattern(plain)})\b"
        if "n't" in phrases:
            pat += r"|n['’]t\b"
        if cls == "negation":
            pat = rf"(?:{pat})(?!\s+only\b)(?!\s+(?:least|doubt)\b)"
        out[cls] = re.compile(pat, re.I)
    return out


@cache
def _first_words() -> dict[str, frozenset[str]]:
    return {cls: first_words(phrases) for cls, phrases in classes("certainty.txt").items()}


def markers(text: str, words: set[str] | None = None) -> dict[str, list[re.Match]]:
    """Matches of each certainty class in ``text``. ``words`` (the text's lower-case
    words), when given, skips classes none of whose phrases can start in it."""
    fw = _first_words()
    return {
        cls: list(p.finditer(text)) if words is None or fw[cls] & words else []
        for cls, p in _patterns().items()
    }


def _span(article: AnalyzedArticle, idxs: list[int], text: str, m: re.Match) -> Span:
    """Map a match in ``text_of(idxs)`` back to article offsets."""
    pos = 0
    for i in sorted(idxs):
        s = article.sentences[i]
        if pos <= m.start() < pos + len(s.text):
            a = s.start + m.start() - pos
            return Span(a, a + len(m.group()), m.group())
        pos += len(s.text) + 1
    return sentences_span(article, idxs) or Span(0, 0, "")


def _modal(ms: list[re.Match], cls: str) -> list[tuple[int, re.Match]]:
    return [(_STRENGTH[cls], m) for m in ms]


_NEXT_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_END = re.compile(r"[,;:.!?\"“”()]")
#: Words between a marker and the word it governs ("could *be* closed", "expected *to* rise").
_GLUE = frozenset(
    "be been being is are was were to have has had the a an not n't also still that it this "
    "they he she we there soon then now ever even yet only".split()
)


def _stems(article: AnalyzedArticle, idxs: list[int]) -> set[str]:
    out = set()
    for i in idxs:
        for t in article.sentences[i].tokens:
            out.add(t.norm)
            out.add(t.canon)
    return out


def _kept(text: str, m: re.Match, other: set[str]) -> bool:
    """Whether the clause ``m`` governs survives on the other side: any of the next few
    content words up to the clause's end (",", ";", a full stop, a quote mark). When none
    does, the clause was dropped or added whole: an omission or an added claim, which other
    audits report, not a change of certainty. A paraphrased verb is fine ("have not yet
    scheduled a hearing" / "have already set a date for a hearing" keeps "hearing")."""
    end = _CLAUSE_END.search(text, m.end())
    seen = 0
    for w in _NEXT_WORD.finditer(text, m.end(), end.start() if end else len(text)):
        word = w.group().lower()
        if word in _GLUE:
            continue
        n = stem(word)
        if n in other or canon(n) in other:
            return True
        seen += 1
        if seen == 4:
            break
    return seen == 0


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """Certainty changes on every aligned pair."""
    out: list[Change] = []
    for pi, pair in enumerate(alignment.pairs):
        st = text_of(source, pair.source)
        dt = text_of(derivative, pair.derivative)
        sm = markers(st, lower_words(source.sentences[i] for i in pair.source))
        dm = markers(dt, lower_words(derivative.sentences[i] for i in pair.derivative))
        # Only markers whose clause both sides keep can have changed certainty.
        s_other, d_other = _stems(derivative, pair.derivative), _stems(source, pair.source)
        sm = {c: [m for m in ms if _kept(st, m, s_other)] for c, ms in sm.items()}
        dm = {c: [m for m in ms if _kept(dt, m, d_other)] for c, ms in dm.items()}
        s_whole = sentences_span(source, pair.source)
        d_whole = sentences_span(derivative, pair.derivative)

        def change(
            sub,
            sev,
            msg,
            s_m=None,
            d_m=None,
            pi=pi,
            pair=pair,
            st=st,
            dt=dt,
            sw=s_whole,
            dw=d_whole,
        ):
            out.append(
                Change(
                    "certainty",
                    sub,
                    sev,
                    msg,
                    _span(source, pair.source, st, s_m) if s_m else sw,
                    _span(derivative, pair.derivative, dt, d_m) if d_m else dw,
                    pi,
                )
            )

        sn, dn = sm["negation"], dm["negation"]
        if bool(sn) != bool(dn):
            if sn:
                change("negation-dropped", "high", f'negation "{sn[0].group()}" dropped', sn[0])
            else:
                change("negation-added", "high", f'negation "{dn[0].group()}" added', None, dn[0])
        s_mod = [x for c in _STRENGTH for x in _modal(sm[c], c)]
        d_mod = [x for c in _STRENGTH for x in _modal(dm[c], c)]
        if s_mod and d_mod:
            s_min = min(s_mod, key=lambda x: x[0])
            d_min = min(d_mod, key=lambda x: x[0])
            if d_min[0] > s_min[0]:
                change(
                    "modal-strengthened",
                    "high",
                    f'"{s_min[1].group()}" -> "{d_min[1].group()}": stated with more certainty',
                    s_min[1],
                    d_min[1],
                )
            elif d_min[0] < s_min[0] and max(x[0] for x in d_mod) < s_min[0]:
                change(
                    "modal-weakened",
                    "low",
                    f'"{s_min[1].group()}" -> "{d_min[1].group()}": stated with less certainty',
                    s_min[1],
                    d_min[1],
                )
        elif s_mod and not d_mod and min(x[0] for x in s_mod) < _STRENGTH["certain"]:
            level, m = min(s_mod, key=lambda x: x[0])
            sev = "high" if level == _STRENGTH["possible"] else "low"
            change("modal-dropped", sev, f'"{m.group()}" dropped: stated as certain', m)
        if sm["hedge"] and not dm["hedge"]:
            m = sm["hedge"][0]
            legal = m.group().lower() in LEGAL_HEDGES
            change(
                "hedge-dropped",
                "high" if legal else "medium",
                f'hedge "{m.group()}" dropped: stated as fact',
                m,
            )
        elif dm["hedge"] and not sm["hedge"]:
            m = dm["hedge"][0]
            change("hedge-added", "low", f'hedge "{m.group()}" added', None, m)
        sp, sneg = bool(sm["stance_pos"]), bool(sm["stance_neg"])
        dp, dneg = bool(dm["stance_pos"]), bool(dm["stance_neg"])
        if (sp and not sneg and dneg and not dp) or (sneg and not sp and dp and not dneg):
            s_m = (sm["stance_pos"] or sm["stance_neg"])[0]
            d_m = (dm["stance_pos"] or dm["stance_neg"])[0]
            change("stance-reversed", "high", f'"{s_m.group()}" -> "{d_m.group()}"', s_m, d_m)
    return out
