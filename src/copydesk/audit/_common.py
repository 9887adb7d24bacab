"""Small helpers shared by the audit modules: evidence spans and per-pair feature lookup."""

from __future__ import annotations

import re
from functools import cache

from copydesk import lexicon
from copydesk.model import AnalyzedArticle, Span

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}


def span(obj) -> Span:
    """Evidence span of anything with ``start``, ``end`` and ``text``."""
    return Span(obj.start, obj.end, obj.text)


def sentences_span(article: AnalyzedArticle, idxs: list[int]) -> Span | None:
    """One span covering the given sentences (first start to last end)."""
    sents = [article.sentences[i] for i in sorted(idxs) if 0 <= i < len(article.sentences)]
    if not sents:
        return None
    s, e = sents[0].start, sents[-1].end
    return Span(s, e, article.text[s:e])


def text_of(article: AnalyzedArticle, idxs: list[int]) -> str:
    """The sentences' text joined by a space, in order."""
    return " ".join(
        article.sentences[i].text for i in sorted(idxs) if 0 <= i < len(article.sentences)
    )


def by_sentence(items: list) -> dict[int, list]:
    """Items grouped by their ``sentence`` index (one pass, so per-pair lookup is cheap)."""
    out: dict[int, list] = {}
    for x in items:
        out.setdefault(x.sentence, []).append(x)
    return out


def gather(index: dict[int, list], idxs: list[int]) -> list:
    out: list = []
    for i in sorted(idxs):
        out.extend(index.get(i, ()))
    return out


def clip(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def phrase_pattern(phrases) -> str:
    """Whole-word alternation of ``phrases``, longest first; spaces match any blank."""
    parts = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


@cache
def classes(name: str) -> dict[str, tuple[str, ...]]:
    """``"class: a, b, c"`` lines of ``data/<name>`` as {class: phrases}."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lexicon.lines(name):
        key, _, rest = line.partition(":")
        out[key.strip()] = tuple(w.strip() for w in rest.split(",") if w.strip())
    return out


def first_words(phrases) -> frozenset[str]:
    """First words (lower-case) of ``phrases``: a sentence without any of them cannot
    match their pattern, so the pattern need not run (see :func:`lower_words`)."""
    return frozenset(p.split()[0].lower() for p in phrases if p.strip())


def lower_words(sentences) -> set[str]:
    """Lower-case token texts of ``sentences``, plus "n't" for contractions."""
    out: set[str] = set()
    for s in sentences:
        for t in s.tokens:
            w = t.text.lower()
            out.add(w)
            if w.endswith(("n't", "n’t")):
                out.add("n't")
    return out
