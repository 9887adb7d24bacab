"""Time expressions, each with a normalized key two articles can compare.

What it reads, and the key it gives (``TimeExpr.value``)
---------------------------------------------------------
- relative phrases (``data/relative_time.txt``): "last week" -> ``week:-1``, "earlier
  this week" -> ``week:+0``, "yesterday" -> ``day:-1``, "two days ago" -> ``day:-2``,
  "in three weeks" -> ``week:+3``. Relative keys always carry a sign.
- weekdays: "on Tuesday" -> ``weekday:2`` (Monday is 1).
- months: "in March" -> ``month:3``, "March 2030" -> ``month:2030-3``.
- dates: "March 14", "14 March 2030" -> ``date:3-14``, ``date:2030-3-14``.
- seasons: "this spring" -> ``season:spring``; "fall" only where it cannot be the verb.
- years: "in 2030" -> ``year:2030`` (a bare four-digit number counts as a year only
  after a temporal word or before punctuation, else it is left to the number reader);
  decades: "the 1990s" -> ``decade:1990``.
- clock times: "10 a.m." -> ``time:10:00``, "noon" -> ``time:12:00``.

An expression after "by" ("by 2030", "by the end of March") has kind ``deadline`` and
the key of what follows. Kinds are relative, weekday, month, date, season, year, decade,
time, deadline.

>>> from copydesk.analyze import analyze
>>> from copydesk.model import Article
>>> [(t.kind, t.value) for t in analyze(Article("Talks ended last week and resume on Tuesday, with a deal due by 2030.")).times]
[('relative', 'week:-1'), ('weekday', 'weekday:2'), ('deadline', 'year:2030')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from copydesk import lexicon
from copydesk.model import Sentence, TimeExpr

__all__ = ["extract", "calendar", "season_months"]


def _alt(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )


@cache
def calendar() -> dict[str, tuple[str, str]]:
    """{word as written: (kind, key)} for weekdays, months and seasons."""
    out: dict[str, tuple[str, str]] = {}
    for line in lexicon.lines("time_words.txt"):
        head, _, rest = line.partition(":")
        kind, key = head.split()
        for w in rest.split(","):
            if w.strip():
                out[w.strip()] = (kind, key)
    return out


@cache
def season_months() -> dict[str, frozenset[int]]:
    out = {}
    for line in lexicon.lines("season_months.txt"):
        name, _, months = line.partition(":")
        out[name.strip()] = frozenset(int(m) for m in months.split())
    return out


@cache
def _relative() -> dict[str, str]:
    out = {}
    for line in lexicon.lines("relative_time.txt"):
        phrase, _, key = line.partition(":")
        unit, _, off = key.strip().partition(":")
        n = int(off)
        out[phrase.strip().lower()] = f"{unit}:{n:+d}"
    return out


_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour"}
_TEMPORAL_BEFORE = (
    r"(?:in|by|since|until|till|from|before|after|during|through|throughout|of|"
    r"early|late|mid|end|spring|summer|autumn|fall|winter|year|fiscal)"
)


@cache
def _patterns() -> dict[str, re.Pattern]:
    cal = calendar()
    weekdays = [w for w, (k, _) in cal.items() if k == "weekday"]
    months = [w for w, (k, _) in cal.items() if k == "month" and w != "May"]
    month_alt = rf"(?:{_alt(months)}|May)"
    seasons = [w for w, (k, _) in cal.items() if k == "season" and w != "fall"]
    from copydesk.analyze.numbers import _number_words

    nums = _alt(_number_words())
    count = rf"(?:\d+|{nums}|a|an|a\s+few|several)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    return {
        "relative": re.compile(rf"\b(?:{_alt(_relative())})\b", re.I),
        "ago": re.compile(
            rf"\b(?P<n>{count})\s+(?P<u>day|week|month|year|hour)s?\s+(?P<dir>ago|earlier|before|later|from\s+now)\b"
            rf"|\b(?:in|within)\s+(?P<n2>{count})\s+(?P<u2>day|week|month|year)s?(?:'|’)?\s*(?:time)?\b",
            re.I,
        ),
        "date": re.compile(
            rf"\b(?P<m>{month_alt})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year})\b)?"
            rf"|\b(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month_alt})\b(?:,?\s+(?P<y2>{year})\b)?"
        ),
        "month": re.compile(
            rf"\b(?P<m>{_alt(months)})(?:\s+(?:of\s+)?(?P<y>{year}))?\b"
            rf"|\b(?:in|on|since|until|by|last|next|this|early|late|mid|from|of|during)\s+(?P<may>May)\b(?:\s+(?P<y2>{year}))?"
            rf"|\b(?P<may2>May)\s+(?P<y3>{year})\b"
        ),
        "weekday": re.compile(rf"\b(?:{_alt(weekdays)})\b"),
        "season": re.compile(
            rf"\b(?P<s>{_alt(seasons)})\b(?:\s+(?:of\s+)?(?P<y>{year})\b)?"
            rf"|\b(?:this|last|next|in\s+the|during\s+the|by\s+the|early|late|the)\s+(?P<f>fall)\b"
            rf"(?!\s+(?:of\s+(?!{year})|in\b|from\b|to\b))(?:\s+(?:of\s+)?(?P<fy>{year})\b)?",
            re.I,
        ),
        "decade": re.compile(r"\b(?:the\s+)?(?P<y>1[89]\d0|20\d0)s\b|\b(?:the\s+)?'(?P<yy>\d0)s\b"),
        "year": re.compile(
            rf"(?<![\d,.$£€])\b(?P<y>{year})\b(?![\d%]|[.,]\d|\s*(?:per\s?cent|percent))"
        ),
        "year_ctx": re.compile(rf"\b{_TEMPORAL_BEFORE}(?:\s+the)?[\s-]*$|[A-Za-z]+,\s*$", re.I),
        "year_after": re.compile(
            r"^(?:\s*[.,;:)!?]|\s*$|['’]s\b|\s+(?:and|or|to|when|as|after|before|because|season|budget|election|elections|games|olympics|deadline|target|levels?)\b)"
        ),
        "clock": re.compile(
            r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
            r"|\b(?P<w>noon|midday|midnight)\b",
            re.I,
        ),
        "by": re.compile(
            r"\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+)?)?$",
            re.I,
        ),
    }


def _count(word: str) -> int:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    if w in ("a few", "several"):
        return 3
    from copydesk.analyze.numbers import _number_words

    return _number_words().get(w, 1)


@cache
def _triggers() -> frozenset[str]:
    words = {w.lower().rstrip(".") for w in calendar()}
    for phrase in _relative():
        words.update(phrase.split())
    words -= {"the", "this", "last", "next", "earlier", "later", "before", "after", "previous"}
    words.update({"ago", "noon", "midday", "midnight", "a.m", "p.m", "am", "pm", "fall"})
    words.update({"days", "weeks", "months", "years", "hours", "day", "week", "month", "year"})
    return frozenset(words)


def _locator(sentences: list[Sentence]):
    starts = [s.start for s in sentences]
    return lambda pos: max(bisect_right(starts, pos) - 1, 0)


def extract(text: str, sentences: list[Sentence]) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, with its sentence index."""
    if not sentences:
        return []
    p = _patterns()
    cal = calendar()
    locate = _locator(sentences)
    from copydesk.analyze.numbers import windows

    wins = windows(sentences, _triggers())

    def scan(name: str):
        for a, b in wins:
            yield from p[name].finditer(text, a, b)

    found: list[tuple[int, int, str, str]] = []  # start, end, kind, value
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(s: int, e: int, kind: str, value: str) -> None:
        found.append((s, e, kind, value))
        taken.append((s, e))

    rel = _relative()
    for m in scan("relative"):
        add(m.start(), m.end(), "relative", rel[re.sub(r"\s+", " ", m.group().lower())])
    for m in scan("ago"):
        if not free(m.start(), m.end()):
            continue
        if m.group("n"):
            n = _count(m.group("n"))
            d = m.group("dir").lower()
            sign = -1 if d in ("ago", "earlier", "before") else 1
            add(m.start(), m.end(), "relative", f"{m.group('u').lower()}:{sign * n:+d}")
        else:
            n = _count(m.group("n2"))
            add(m.start(), m.end(), "relative", f"{m.group('u2').lower()}:{n:+d}")
    for m in scan("date"):
        if not free(m.start(), m.end()):
            continue
        mon = cal[m.group("m") or m.group("m2")][1]
        d = int(re.match(r"\d+", m.group("d") or m.group("d2")).group())
        y = m.group("y") or m.group("y2")
        add(m.start(), m.end(), "date", f"date:{y}-{mon}-{d}" if y else f"date:{mon}-{d}")
    for m in scan("month"):
        g = "m" if m.group("m") else "may" if m.group("may") else "may2"
        s = m.start(g)
        if not free(s, m.end()):
            continue
        y = m.group("y") or m.group("y2") or m.group("y3")
        mon = cal[m.group(g)][1]
        add(s, m.end(), "month", f"month:{y}-{mon}" if y else f"month:{mon}")
    for m in scan("weekday"):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), "weekday", cal[m.group()][1].join(("weekday:", "")))
    for m in scan("season"):
        if not free(m.start(), m.end()):
            continue
        if m.group("s"):
            name = cal.get(m.group("s").lower(), ("season", m.group("s").lower()))[1]
            y = m.group("y")
            s = m.start("s")
        else:
            name, y, s = "autumn", m.group("fy"), m.start()
        add(s, m.end(), "season", f"season:{y}-{name}" if y else f"season:{name}")
    for m in scan("decade"):
        if free(m.start(), m.end()):
            y = m.group("y") or ("19" + m.group("yy"))
            add(m.start(), m.end(), "decade", f"decade:{y}")
    for m in scan("year"):
        if not free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 12]
        if p["year_ctx"].search(before) or p["year_after"].match(after):
            add(m.start(), m.end(), "year", f"year:{m.group('y')}")
    for m in scan("clock"):
        if not free(m.start(), m.end()):
            continue
        if m.group("w"):
            w = m.group("w").lower()
            add(m.start(), m.end(), "time", "time:00:00" if w == "midnight" else "time:12:00")
            continue
        h = int(m.group("h")) % 12
        if m.group("ap").lower().startswith("p"):
            h += 12
        add(m.start(), m.end(), "time", f"time:{h:02d}:{m.group('min') or '00'}")
    found.sort()
    out = []
    for s, e, kind, value in found:
        bm = p["by"].search(text[max(0, s - 40) : s])
        if bm and kind != "relative":
            s = s - (len(text[max(0, s - 40) : s]) - bm.start())
            kind = "deadline"
        out.append(TimeExpr(locate(s), s, e, text[s:e], kind, value))
    return out
