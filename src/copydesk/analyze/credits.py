"""Credits to wire services, publishers and authors.

Read from the body and from ``Article.credit_lines`` (credit lines the reader removed):

- dateline: ``"LONDON (Reuters) - ..."``, ``"(AP) —"`` -> kind ``dateline``;
- trailing: a paragraph ending ``"— AP"`` or consisting of ``"Reuters"``/``"(AFP)"`` ->
  kind ``trailing``;
- attribution: ``"told AP"``, ``"said in an interview with Reuters"`` -> ``attribution``;
- mention: ``"according to AFP"``, ``"Reuters reported"``, ``"reported by dpa"`` ->
  ``mention``;
- byline: ``"By Jane Doe"``, ``"Reporting by Jane Doe; Editing by Tom Berg"`` ->
  ``byline`` (``agency`` is the person's name).

Agencies and aliases come from ``data/wire_services.txt``; ``Credit.agency`` is the
canonical name (first on its line), so "AP" and "The Associated Press" agree. Short names
("AP", "PA", "dpa") match case-sensitively, longer ones in any case.

>>> from copydesk.model import Article
>>> from copydesk.analyze import analyze
>>> [(c.agency, c.kind) for c in analyze(Article("PARIS (AFP) - Talks resumed, officials told AP.")).credits]
[('Agence France-Presse', 'dateline'), ('Associated Press', 'attribution')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from copydesk import lexicon
from copydesk.model import Article, Credit, Sentence

__all__ = ["extract", "agencies", "canonical_agency"]


@cache
def agencies() -> dict[str, str]:
    """{alias as written: canonical agency name}."""
    out: dict[str, str] = {}
    for line in lexicon.lines("wire_services.txt"):
        names = [w.strip() for w in line.split(",") if w.strip()]
        for n in names:
            out.setdefault(n, names[0])
    return out


@cache
def _lower_index() -> dict[str, str]:
    return {k.lower(): v for k, v in agencies().items() if len(k) > 4}


def canonical_agency(name: str) -> str | None:
    """The canonical agency for ``name`` as written ("the AP" -> "Associated Press")."""
    name = (
        re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if name.strip() not in agencies()
        else name.strip()
    )
    return agencies().get(name) or _lower_index().get(name.lower())


@cache
def _patterns() -> dict[str, re.Pattern]:
    parts = []
    for alias in sorted(agencies(), key=len, reverse=True):
        pat = re.escape(alias).replace(r"\ ", r"\s+")
        parts.append(pat if len(alias) > 4 else f"(?-i:{pat})")
    alts = "|".join(parts)

    def ag(n: int) -> str:
        return rf"(?P<ag{n}>{alts})"

    name = r"(?P<who>[A-Z][\w’'.-]+(?:[ \t]+(?:[A-Z][\w’'.-]+|de|van|von|al|bin)){1,3})"
    return {
        "dateline": re.compile(rf"^[^\n(]{{0,60}}?\(\s*{ag(1)}\s*\)\s*[-–—:]", re.I | re.M),
        "trailing": re.compile(
            rf"(?:[-–—]\s*(?:\(\s*)?{ag(1)}(?:\s*\))?|^\s*\(?\s*{ag(2)}\s*\)?)\s*\.?\s*$",
            re.I | re.M,
        ),
        "attribution": re.compile(
            rf"\b(?:told|telling|tells|to|with)\s+(?:the\s+)?{ag(1)}\b(?!\s+(?:said|reported))",
            re.I,
        ),
        "mention": re.compile(
            rf"\b(?:according\s+to|reported\s+by|cited\s+by|quoted\s+by|via|reporting\s+by)\s+(?:the\s+)?{ag(1)}\b"
            rf"|\b{ag(2)}\s+(?:news\s+agency\s+)?(?:reported|reports|said|says|has\s+reported|learned|learnt)\b",
            re.I,
        ),
        "byline": re.compile(
            rf"^\s*(?:by|(?:additional\s+)?reporting\s+by|written\s+by|writing\s+by)\s+{name}",
            re.I | re.M,
        ),
    }


def _find(text: str, base: int | None, locate) -> list[Credit]:
    p = _patterns()
    out: list[Credit] = []
    seen: set[tuple[int, int]] = set()
    for kind in ("dateline", "trailing", "mention", "attribution", "byline"):
        for m in p[kind].finditer(text):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in seen):
                continue
            if kind == "byline":
                who = m.group("who")
                agency = canonical_agency(who) or who
                if agency == who and not re.search(r"\s", who):
                    continue
                # "By Jane Doe" stands on its own line; "By Monday the talks..." is prose.
                eol = text.find("\n", m.end())
                if len(text[m.end() : eol if eol >= 0 else len(text)].strip()) > 40:
                    continue
            else:
                ag = next(v for k, v in m.groupdict().items() if k.startswith("ag") and v)
                agency = canonical_agency(ag)
                if agency is None:
                    continue
            seen.add(span)
            if base is None:
                out.append(Credit(agency, kind, m.group().strip()))
            else:
                s, e = m.start() + base, m.end() + base
                out.append(Credit(agency, kind, m.group().strip(), s, e, locate(s)))
    return out


# A service not in the list still credits itself in the classic forms: a dateline with
# an all-caps place ("HARBOURTON (Wirepress) -") or a credit line of a short capitalised
# name ("— Wirepress", "(Wirepress)").
_NAME = r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}"
_GENERIC_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’ -]{{1,40}}(?:,[^\n(]{{1,30}})?\(\s*(?P<ag>{_NAME})\s*\)\s*[-–—:]", re.M
)
_GENERIC_LINE = re.compile(rf"^[-–—\s(]*(?P<ag>{_NAME})\s*\)?\s*\.?\s*$")


def _generic_dateline(text: str, locate) -> list[Credit]:
    m = _GENERIC_DATELINE.search(text)
    if not m or canonical_agency(m.group("ag")) is not None:
        return []
    return [
        Credit(m.group("ag"), "dateline", m.group().strip(), m.start(), m.end(), locate(m.start()))
    ]


def extract(article: Article, sentences: list[Sentence]) -> list[Credit]:
    """Credits in ``article``'s body (with offsets) and in its credit lines (without)."""
    starts = [s.start for s in sentences]

    def locate(pos: int) -> int | None:
        return max(bisect_right(starts, pos) - 1, 0) if starts else None

    out = _find(article.text, 0, locate)
    if not any(c.kind == "dateline" for c in out):
        out += _generic_dateline(article.text, locate)
    for line in article.credit_lines:
        out += _find(line, None, locate) or _plain_line(line)
    out.sort(key=lambda c: (c.start is None, c.start or 0))
    return out


def _plain_line(line: str) -> list[Credit]:
    """A credit line the patterns did not read: any agency name in it still counts."""
    for alias in sorted(agencies(), key=len, reverse=True):
        flags = 0 if len(alias) <= 4 else re.I
        if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", line, flags):
            return [Credit(agencies()[alias], "trailing", line.strip())]
    m = _GENERIC_LINE.match(line)
    if m:
        return [Credit(m.group("ag"), "trailing", line.strip())]
    return []
