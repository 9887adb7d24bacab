"""Changed time expressions.

Rule
----
Every time expression in a derivative sentence must be compatible with a comparable one
in its aligned source sentence(s). Keys come from :mod:`copydesk.analyze.times`:

- relative on the same unit must have the same offset ("last week" week:-1 vs "earlier
  this week" week:+0 is a change); on different units only the direction (past, now,
  future) must agree ("yesterday" vs "this week" is fine);
- weekdays, clock times and years must be equal ("Tuesday" vs "Monday", "by 2030" vs
  "by 2031");
- calendar fields shared by both sides must agree: month, day, year, and a month must lie
  in a named season ("in March" vs "this spring" is compatible, "in March" vs "this
  autumn" is not); a year must lie in a named decade.

Relative and absolute expressions are not compared (that needs the publication date).

Why
---
Rewriters re-date stories to look fresh ("last week" -> "this week"), and a wrong weekday
or deadline year is a factual error a reader cannot spot.

Severity: a different absolute date, weekday, year or time is high; a shifted relative
expression medium (a later republication may legitimately re-anchor it); a relative
expression whose direction flips (past -> future) high.

Flags:      source "The deal was signed last week."   derivative "The deal was signed earlier this week."
Must not:   source "Work starts in March."            derivative "Work starts this spring."
"""

from __future__ import annotations

from copydesk.analyze.times import season_months
from copydesk.audit._common import by_sentence, gather, span
from copydesk.model import Alignment, AnalyzedArticle, Change, TimeExpr

__all__ = ["check", "compare"]


_ORDER = {"hour": 0, "day": 1, "weekend": 2, "week": 3, "month": 4, "year": 5}


def _relative(t: TimeExpr) -> tuple[str, int] | None:
    unit, _, rest = t.value.partition(":")
    if rest[:1] in "+-" and rest[1:].isdigit():
        return unit, int(rest)
    return None


def _fields(t: TimeExpr) -> dict[str, object]:
    kind, _, rest = t.value.partition(":")
    f: dict[str, object] = {}
    if kind == "weekday":
        f["weekday"] = int(rest)
    elif kind == "time":
        f["time"] = rest
    elif kind == "year":
        f["year"] = int(rest)
    elif kind == "decade":
        f["decade"] = int(rest)
    elif kind == "month":
        parts = rest.split("-")
        if len(parts) == 2:
            f["year"] = int(parts[0])
        f["month"] = int(parts[-1])
    elif kind == "date":
        parts = [int(x) for x in rest.split("-")]
        if len(parts) == 3:
            f["year"] = parts[0]
        f["month"], f["day"] = parts[-2], parts[-1]
    elif kind == "season":
        parts = rest.split("-")
        if len(parts) == 2:
            f["year"] = int(parts[0])
        f["season"] = parts[-1]
    return f


def compare(a: TimeExpr, b: TimeExpr) -> str:
    """``same``, ``shifted`` (relative, same direction), ``different`` or ``incomparable``."""
    ra, rb = _relative(a), _relative(b)
    if ra or rb:
        if not (ra and rb):
            return "incomparable"
        (ua, oa), (ub, ob) = ra, rb
        if ua == "past" or ub == "past":
            return "same" if min(oa, ob) <= 0 else "different"
        if ua == ub:
            if oa == ob:
                return "same"
            return "shifted" if (oa > 0) == (ob > 0) or 0 in (oa, ob) else "different"
        sa, sb = (oa > 0) - (oa < 0), (ob > 0) - (ob < 0)
        if sa == sb:
            return "same"
        if sa and sb:
            return "different"  # past vs future
        # One side is "now" on its unit: fine if the other, finer unit falls inside it
        # ("yesterday" within "this week"), not if the finer one is now ("today" is not
        # "last week").
        now_unit, other_unit = (ua, ub) if sa == 0 else (ub, ua)
        if _ORDER.get(other_unit, 0) < _ORDER.get(now_unit, 0):
            return "same"
        return "shifted"
    fa, fb = _fields(a), _fields(b)
    shared = set(fa) & set(fb)
    verdict = "incomparable"
    for k in shared:
        if fa[k] != fb[k]:
            return "different"
        verdict = "same"
    seasons = season_months()
    for x, y in ((fa, fb), (fb, fa)):
        if "month" in x and "season" in y and "month" not in y:
            if x["month"] not in seasons.get(str(y["season"]), ()):
                return "different"
            verdict = "same"
        if "year" in x and "decade" in y and "year" not in y:
            if not (int(y["decade"]) <= int(x["year"]) < int(y["decade"]) + 10):
                return "different"
            verdict = "same"
    return verdict


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """Time expression changes on every aligned pair."""
    src = by_sentence(source.times)
    der = by_sentence(derivative.times)
    out: list[Change] = []
    for pi, pair in enumerate(alignment.pairs):
        s_t = gather(src, pair.source)
        d_t = gather(der, pair.derivative)
        if not s_t or not d_t:
            continue
        used: set[int] = set()
        for d in d_t:
            verdicts = [(compare(d, s), k, s) for k, s in enumerate(s_t)]
            if any(v == "same" for v, _, _ in verdicts):
                used.update(k for v, k, _ in verdicts if v == "same")
                continue
            bad = [(v, k, s) for v, k, s in verdicts if v in ("different", "shifted")]
            if not bad:
                continue
            free = [b for b in bad if b[1] not in used] or bad
            v, k, s = free[0]
            used.add(k)
            relative = _relative(d) is not None
            if v == "shifted":
                severity, sub = "medium", "relative-shift"
            elif relative:
                severity, sub = "high", "relative-direction"
            else:
                severity, sub = "high", d.kind if d.kind != "deadline" else "deadline"
            out.append(
                Change(
                    "time",
                    sub,
                    severity,
                    f'time changed: "{s.text}" -> "{d.text}"',
                    span(s),
                    span(d),
                    pi,
                )
            )
    return out
