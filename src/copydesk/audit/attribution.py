"""Changed attribution and agency: who said it, who did it.

Rule
----
In each aligned pair, the agents of reporting verbs ("officials said", "said the
ministry", "according to police", "told AP") and of action verbs ("the city council
asked", "the state ordered") are read from both sides, as the canonical words of the
noun phrase (so synonym swaps like "officials"/"authorities" agree, see
data/synonyms.txt). A derivative agent is accepted when it shares a word with a source
agent, or when its words occur anywhere in the source sentences (an apposition moved).
Otherwise:

- ``agent-changed`` (high): a different named or institutional agent ("the city council
  asked" -> "the state asked");
- ``vaguened`` (medium): a specific agent replaced by an anonymous one ("officials told
  AP" -> "according to sources");
- ``outlet-dropped`` (medium): the source says whom it was told to ("told AP") and the
  derivative no longer names that outlet;
- ``dropped`` (medium): the source attributes the statement and the derivative states
  it as fact, with no reporting verb, "according to" or hedge left.

Pronoun agents ("he said") are not compared.

Why
---
Attribution is how a reader weighs a claim. Moving it to someone else, making it
anonymous, or removing it changes what the story asserts.

Flags:      source "Officials told AP the bridge was unsafe."
            derivative "According to sources, the bridge was unsafe."
Must not:   source "Officials said the bridge was unsafe."
            derivative "The bridge was unsafe, authorities said."
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from copydesk import lexicon
from copydesk.analyze.quotes import PRONOUNS
from copydesk.analyze.times import calendar
from copydesk.audit._common import lower_words, phrase_pattern, text_of
from copydesk.model import Alignment, AnalyzedArticle, Change, Sentence, Span, Token

__all__ = ["check", "agents"]

_BOUNDARY_WORDS = frozenset(
    "that which who and but or when while as if because after before since also has have had "
    "was were is are been be will would could may might not to on in at for with".split()
)
_PREPOSITIONS = frozenset("on in at for with to by from after before since during".split())
_DETERMINERS = frozenset("the a an its their his her this these those some several many".split())


@dataclass(slots=True)
class Agent:
    words: frozenset[str]  # canonical content words
    start: int
    end: int
    text: str
    vague: bool
    outlet: bool = False  # "told AP": the medium it was told to


@cache
def _verb_re() -> re.Pattern:
    verbs = lexicon.wordset("reporting_verbs.txt") | lexicon.wordset("agency_verbs.txt")
    return re.compile(rf"\b(?:{phrase_pattern(verbs)})\b")


@cache
def _verb_words() -> frozenset[str]:
    return lexicon.wordset("reporting_verbs.txt") | lexicon.wordset("agency_verbs.txt")


@cache
def _reporting_re() -> re.Pattern:
    return re.compile(
        rf"\b(?:{phrase_pattern(lexicon.wordset('reporting_verbs.txt'))}|according\s+to)\b"
        r"|\b(?:reportedly|allegedly|purportedly)\b",
        re.I,
    )


@cache
def _vague_words() -> frozenset[str]:
    out = set()
    for phrase in lexicon.wordset("vague_sources.txt"):
        out.add(phrase.split()[0])
    return frozenset(out)


_ACCORDING = re.compile(r"\baccording\s+to\s+", re.I)
_TOLD = re.compile(r"\btold\s+(?:the\s+)?(?P<o>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")


def _phrase(tokens: list[Token], text: str, backwards: bool) -> list[Token]:
    """Up to four tokens of a noun phrase next to a verb, stopping at punctuation or a
    boundary word. ``tokens`` are ordered from the verb outwards."""
    out: list[Token] = []
    prev: Token | None = None
    stopped_by = None
    for t in tokens:
        if prev is not None:
            gap = text[t.end : prev.start] if backwards else text[prev.end : t.start]
            if gap.strip() and gap.strip() not in ("-", "'s", "’s"):
                break
        low = t.text.lower()
        if low in _BOUNDARY_WORDS or low in ("said", "says", "told"):
            stopped_by = low
            break
        if low in PRONOUNS:
            if not out:
                out.append(t)
            break
        out.append(t)
        prev = t
        if len(out) >= 4:
            break
    if backwards:
        if stopped_by in _PREPOSITIONS:
            return []  # "on Monday approved": a prepositional phrase, not the subject
        out.reverse()
    return [t for t in out if not t.is_number and t.text not in calendar()]


def _make(tokens: list[Token], text: str) -> Agent | None:
    content = [t for t in tokens if t.text.lower() not in _DETERMINERS]
    if not content:
        return None
    if content[0].text.lower() in PRONOUNS:
        return None
    s, e = tokens[0].start, tokens[-1].end
    ws = frozenset(t.canon for t in content)
    vague = bool({t.text.lower() for t in content} & _vague_words()) or any(
        t.norm in ("source", "insider") for t in content
    )
    return Agent(ws, s, e, text[s:e], vague)


def agents(sentence: Sentence, text: str) -> list[Agent]:
    """Agents of reporting and action verbs in one sentence; ``text`` is the article's."""
    off = sentence.start
    toks = sentence.tokens
    out: list[Agent] = []
    lw = lower_words([sentence])
    if not (lw & _verb_words() or "according" in lw or "told" in lw):
        return out
    for m in _verb_re().finditer(sentence.text):
        vs, ve = m.start() + off, m.end() + off
        before = [t for t in toks if t.end <= vs][::-1]
        after = [t for t in toks if t.start >= ve]
        a = _make(_phrase(before, text, True), text) if before else None
        if a is None and after and m.group() in ("said", "says", "added", "told"):
            # inverted: '..., said the ministry'
            a = _make(_phrase(after, text, False), text)
        if a:
            out.append(a)
    for m in _ACCORDING.finditer(sentence.text):
        ve = m.end() + off
        a = _make(_phrase([t for t in toks if t.start >= ve], text, False), text)
        if a:
            out.append(a)
    for m in _TOLD.finditer(sentence.text):
        s, e = m.start("o") + off, m.end("o") + off
        words = frozenset(w.lower() for w in m.group("o").split())
        out.append(Agent(words, s, e, m.group("o"), False, True))
    return out


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """Attribution changes on every aligned pair."""
    out: list[Change] = []
    s_cache: dict[int, list[Agent]] = {}
    d_cache: dict[int, list[Agent]] = {}

    def get(cache: dict, art: AnalyzedArticle, i: int) -> list[Agent]:
        if i not in cache:
            cache[i] = agents(art.sentences[i], art.text) if 0 <= i < len(art.sentences) else []
        return cache[i]

    for pi, pair in enumerate(alignment.pairs):
        s_ag = [a for i in pair.source for a in get(s_cache, source, i)]
        d_ag = [a for i in pair.derivative for a in get(d_cache, derivative, i)]
        s_text = text_of(source, pair.source)
        d_text = text_of(derivative, pair.derivative)
        s_words = {t.canon for i in pair.source for t in source.sentences[i].tokens}
        s_words |= {t.norm for i in pair.source for t in source.sentences[i].tokens}
        d_words = {t.canon for i in pair.derivative for t in derivative.sentences[i].tokens}
        d_words |= {t.text.lower() for i in pair.derivative for t in derivative.sentences[i].tokens}
        # Outlets the source names ("told AP") that the derivative drops.
        for a in (x for x in s_ag if x.outlet):
            if (
                not (a.words & {w.lower() for w in d_words})
                and a.text.lower() not in d_text.lower()
            ):
                out.append(
                    Change(
                        "attribution",
                        "outlet-dropped",
                        "medium",
                        f"source says this was told to {a.text}; the derivative does not",
                        Span(a.start, a.end, a.text),
                        None,
                        pi,
                    )
                )
        s_people = [a for a in s_ag if not a.outlet]
        d_people = [a for a in d_ag if not a.outlet]
        if s_people and d_people:
            for d in d_people:
                if any(d.words & s.words for s in s_people) or d.words <= s_words:
                    continue
                s = next((x for x in s_people if not x.vague), s_people[0])
                if d.vague and not s.vague:
                    sub, sev, msg = "vaguened", "medium", "named attribution made anonymous"
                else:
                    sub, sev, msg = "agent-changed", "high", "attributed to a different agent"
                out.append(
                    Change(
                        "attribution",
                        sub,
                        sev,
                        f'{msg}: "{s.text}" -> "{d.text}"',
                        Span(s.start, s.end, s.text),
                        Span(d.start, d.end, d.text),
                        pi,
                    )
                )
                break
        elif s_people and not d_ag and _reporting_re().search(s_text):
            if not _reporting_re().search(d_text):
                s = s_people[0]
                first = derivative.sentences[pair.derivative[0]]
                out.append(
                    Change(
                        "attribution",
                        "dropped",
                        "medium",
                        f'attribution to "{s.text}" dropped: stated as fact',
                        Span(s.start, s.end, s.text),
                        Span(first.start, first.end, first.text),
                        pi,
                    )
                )
    return out
