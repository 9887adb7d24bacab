"""Claims the source never made: added causes, numbers and names.

Rule
----
In an aligned pair, the derivative adds a claim when it

- asserts a cause ("because", "due to", "after ... caused", ``data/cause_markers.txt``)
  and the source sentences assert none (``cause-added``);
- states a number with nothing comparable in the source sentences and nothing equal
  anywhere in the source (``number-added``).

A derivative sentence with no source counterpart (``Alignment.additions``) is judged by
what it brings: a cause, a number or a name absent from the source makes it a new
claim; otherwise, if most of its content words are not in the source it is an
``unsupported`` sentence (low), and if they are (a restatement) or it is short filler,
nothing is flagged. Quotes in added sentences are judged by quotes.py.

Why
---
Content farms pad rewrites with invented context: a cause that makes the story more
dramatic, a casualty figure, a named expert. A reader cannot tell which sentences the
original reporter stood behind.

Severity: an added cause is high when its words are new to the source, medium when the
cause is in the source but attached to a different statement; an added number high; an
added sentence with a new name medium; an unsupported sentence low.

Flags:      source "The plant closed on Friday."
            derivative "The plant closed on Friday because of falling demand."
Must not:   source "The plant closed on Friday, putting 300 people out of work."
            derivative "Some 300 people lost their jobs when the plant closed on Friday."
"""

from __future__ import annotations

import re
from functools import cache

from copydesk import lexicon
from copydesk.analyze.credits import canonical_agency
from copydesk.analyze.times import calendar
from copydesk.audit import numbers as num_audit
from copydesk.audit._common import (
    by_sentence,
    first_words,
    gather,
    lower_words,
    phrase_pattern,
    span,
)
from copydesk.model import Alignment, AnalyzedArticle, Change, Span

__all__ = ["check"]

#: An added sentence is "unsupported" when at least this share of its content words is
#: absent from the source, and it has at least MIN_CONTENT_WORDS of them.
UNSUPPORTED_SHARE = 0.6
MIN_CONTENT_WORDS = 5
#: Share of a cause phrase's content words found in the source above which the cause is
#: "relinked" (medium) rather than invented (high).
RELINKED_SHARE = 0.7


@cache
def _cause_re() -> re.Pattern:
    return re.compile(rf"\b(?:{phrase_pattern(lexicon.lines('cause_markers.txt'))})\b", re.I)


@cache
def _cause_first() -> frozenset[str]:
    return first_words(lexicon.lines("cause_markers.txt"))


def _cause_search(sent) -> re.Match | None:
    if not (lower_words([sent]) & _cause_first()):
        return None
    return _cause_re().search(sent.text)


def _content(tokens) -> list:
    return [t for t in tokens if not t.is_stop and not t.is_number and len(t.text) > 2]


def _source_vocab(source: AnalyzedArticle) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    names: set[str] = set()
    for s in source.sentences:
        for t in s.tokens:
            words.add(t.canon)
            words.add(t.norm)
            if t.is_name:
                names.add(t.norm)
    names |= {w.lower() for c in source.credits for w in c.agency.split()}
    return words, names


def _cause_clause(text: str, m: re.Match) -> str:
    rest = text[m.end() :]
    stop = re.search(r"[,;.:!?]", rest)
    return rest[: stop.start()] if stop else rest


def _new_names(tokens, names: set[str], vocab: set[str]) -> list:
    cal = {w.lower() for w in calendar()}
    out = []
    for t in tokens:
        if not t.is_name or t.norm in names or t.norm in vocab:
            continue
        if t.text.lower() in cal or canonical_agency(t.text):
            continue
        out.append(t)
    return out


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """Added claims in aligned pairs and in added sentences."""
    out: list[Change] = []
    vocab, names = _source_vocab(source)
    src_q = by_sentence(source.quantities)
    der_q = by_sentence(derivative.quantities)
    for pi, pair in enumerate(alignment.pairs):
        if not any(_cause_search(source.sentences[i]) for i in pair.source):
            for j in pair.derivative:
                sent = derivative.sentences[j]
                m = _cause_search(sent)
                if m:
                    out.append(_cause_change(source, sent, m, vocab, pi))
                    break
        s_q = gather(src_q, pair.source)
        for d in gather(der_q, pair.derivative):
            if d.kind == "ordinal" or (d.kind == "number" and d.value == 1):
                continue
            if any(num_audit.compare(d, s) != "incomparable" for s in s_q):
                continue  # judged by numbers.py
            if num_audit.supported(d, source.quantities):
                continue
            out.append(
                Change(
                    "claim",
                    "number-added",
                    "high",
                    f'number not in the source: "{d.text}"',
                    None,
                    span(d),
                    pi,
                )
            )
    for j in alignment.additions:
        if not 0 <= j < len(derivative.sentences):
            continue
        sent = derivative.sentences[j]
        d_span = Span(sent.start, sent.end, sent.text)
        m = _cause_search(sent)
        if m:
            out.append(_cause_change(source, sent, m, vocab, None))
            continue
        new_q = [
            q
            for q in der_q.get(j, ())
            if q.kind != "ordinal"
            and not (q.kind == "number" and q.value == 1)
            and not num_audit.supported(q, source.quantities)
        ]
        if new_q:
            out.append(
                Change(
                    "claim",
                    "number-added",
                    "high",
                    f'added sentence states a number not in the source: "{new_q[0].text}"',
                    None,
                    span(new_q[0]),
                    None,
                )
            )
            continue
        new_names = _new_names(sent.tokens, names, vocab)
        if new_names:
            out.append(
                Change(
                    "claim",
                    "name-added",
                    "medium",
                    f'added sentence names "{new_names[0].text}", not in the source',
                    None,
                    d_span,
                    None,
                )
            )
            continue
        content = _content(sent.tokens)
        if len(content) >= MIN_CONTENT_WORDS:
            novel = [t for t in content if t.canon not in vocab and t.norm not in vocab]
            if len(novel) / len(content) >= UNSUPPORTED_SHARE:
                out.append(
                    Change(
                        "claim",
                        "unsupported",
                        "low",
                        "added sentence with no counterpart in the source",
                        None,
                        d_span,
                        None,
                    )
                )
    return out


def _cause_change(source, sent, m, vocab, pi) -> Change:
    clause = _cause_clause(sent.text, m)
    toks = [t for t in _content(sent.tokens) if sent.start + m.end() <= t.start]
    toks = [t for t in toks if t.start < sent.start + m.end() + len(clause)] or toks
    known = sum(1 for t in toks if t.canon in vocab or t.norm in vocab)
    relinked = bool(toks) and known / len(toks) >= RELINKED_SHARE
    s = sent.start + m.start()
    e = sent.start + m.end() + len(clause)
    return Change(
        "claim",
        "cause-added",
        "medium" if relinked else "high",
        f'cause asserted that the source does not give here: "{sent.text[m.start() : m.end() + len(clause)].strip()}"',
        None,
        Span(s, e, sent.text[m.start() : m.end() + len(clause)]),
        pi,
    )
