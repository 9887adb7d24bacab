"""Changed numbers and quantities.

Rule
----
Every quantity in a derivative sentence must agree with a comparable quantity in the
source sentence(s) it was aligned with. Quantities are compared after normalization:
number words, scales and digit forms agree ("3.5 million" = "3,500,000"), units convert
within rounding ("500 miles" ~ "800 km"), percentages, fractions and multipliers share
one scale ("halve" = x0.5, "cut by a third" = x0.667, "rose 5%" = x1.05 = "up 5%"),
vague quantities are ranges ("dozens" 20-149, "hundreds" 200-999) compared by overlap,
and "more than N" bounds a range. Only the number is compared, not the noun it counts
("a 300-strong unit" = "a unit of 300 soldiers").

Why
---
A changed figure is the most common and most checkable meaning change in a rewrite, and
the one readers trust most. Spinners keep numbers verbatim; when one moves, it matters.

Severity: a different value is high (ordinal medium); a currency swap with the same
figure medium; a same-unit figure rounded within its written precision ("5.2%" ->
"5%") low. A derivative quantity with nothing comparable in its source sentences is not
judged here (see claims.py: a number the source never gave).

Flags:      source "The city will halve bus fares."  derivative "The city will cut bus fares by a third."
Must not:   source "a 300-strong unit marched 500 miles (800 km)"
            derivative "a unit of 300 soldiers marched 800 km"
"""

from __future__ import annotations

import math

from copydesk.analyze.numbers import granularity, unit_table
from copydesk.audit._common import by_sentence, gather, span
from copydesk.model import Alignment, AnalyzedArticle, Change, Quantity

__all__ = ["check", "compare", "supported"]

#: Relative slack accepted on top of written precision when units convert (mile -> km
#: conversions in copy are usually rounded to two significant figures).
CONVERSION_SLACK = 0.03
#: Absolute slack on factors: "cut by a third" (0.667) and "cut 33%" (0.67) agree.
FACTOR_SLACK = 0.011

_UNIT_BY_CANON: dict[str, tuple[str, float]] = {}


def _unit(canon: str) -> tuple[str, float] | None:
    if not _UNIT_BY_CANON:
        for _alias, (c, dim, factor) in unit_table().items():
            _UNIT_BY_CANON.setdefault(c, (dim, factor))
    return _UNIT_BY_CANON.get(canon)


def _views(q: Quantity) -> list[tuple[str, float, bool]]:
    """Ways to read ``q`` for comparison: (dimension, value in base unit, converted?)."""
    v = q.value
    if v is None:
        return []
    if q.kind == "multiplier":
        return [("factor", v, False)]
    if q.kind == "percent":
        if q.unit == "pp":
            return [("pp", v, False)]
        return [("percent", v, False), ("factor", 1 + v / 100, True), ("factor", 1 - v / 100, True)]
    if q.kind == "fraction":
        return [("percent", v * 100, True), ("fraction", v, False)]
    if q.kind == "money":
        return [(f"money:{q.unit}", v, False)]
    if q.kind == "ordinal":
        return [("ordinal", v, False)]
    if q.unit:
        if q.unit in ("C", "F"):
            return [("temperature", v if q.unit == "C" else (v - 32) * 5 / 9, q.unit == "F")]
        info = _unit(q.unit)
        if info:
            dim, factor = info
            return [(dim, v * factor, factor != 1)]
        return [(f"unit:{q.unit}", v, False)]
    return [("count", v, False)]


def _interval(q: Quantity, value: float, scale: float) -> tuple[float, float]:
    """The range a quantity claims, in base units."""
    if q.low is not None and q.high is not None:
        return q.low * scale, q.high * scale
    if q.low is not None:
        return value, math.inf
    if q.high is not None:
        return value * 0.8, value
    return value, value


def _trailing_step(q: Quantity) -> float:
    """Precision implied by trailing zeros too ("800" -> 100): used for conversions."""
    digits = "".join(ch for ch in q.text.split(".")[0] if ch.isdigit())
    if not digits or "." in q.text:
        return granularity(q.text)
    zeros = len(digits) - len(digits.rstrip("0"))
    return granularity(q.text) * 10**zeros


def compare(a: Quantity, b: Quantity) -> str:
    """``same``, ``rounded``, ``different`` or ``incomparable`` (no shared dimension)."""
    best = "incomparable"
    for da, va, ca in _views(a):
        for db, vb, cb in _views(b):
            if da != db or (da == "factor" and ca and cb):
                continue  # two percents compare as percents, not as derived factors
            verdict = _compare_values(a, va, ca, b, vb, cb, da)
            if verdict == "same":
                return "same"
            if verdict == "rounded" or best == "incomparable":
                best = verdict
    return best


def _compare_values(a, va, ca, b, vb, cb, dim) -> str:
    ranged = a.kind == "vague" or b.kind == "vague" or _is_range(a) or _is_range(b)
    if ranged:
        sa = va / a.value if a.value else 1.0
        sb = vb / b.value if b.value else 1.0
        lo_a, hi_a = _interval(a, va, sa)
        lo_b, hi_b = _interval(b, vb, sb)
        return "same" if lo_a <= hi_b * 1.0001 and lo_b <= hi_a * 1.0001 else "different"
    if math.isclose(va, vb, rel_tol=1e-6, abs_tol=1e-9):
        return "same"
    if dim == "factor" or dim == "fraction":
        return "same" if abs(va - vb) <= FACTOR_SLACK else "different"
    if ca or cb:
        # Converted units: accept what written precision and rounding allow.
        fa = va / a.value if a.value else 1.0
        fb = vb / b.value if b.value else 1.0
        tol = max(_trailing_step(a) * fa, _trailing_step(b) * fb) / 2
        tol += CONVERSION_SLACK * max(abs(va), abs(vb))
        return "same" if abs(va - vb) <= tol else "different"
    step = max(granularity(a.text), granularity(b.text))
    if _approx(a) or _approx(b):
        step = max(step, _trailing_step(a), _trailing_step(b))
    return "rounded" if abs(va - vb) < step / 2 + 1e-9 else "different"


def _is_bare(q: Quantity) -> bool:
    return q.kind == "number" and q.unit is None


def _is_range(q: Quantity) -> bool:
    return q.low is not None and q.high is not None


def _approx(q: Quantity) -> bool:
    t = q.text.lower()
    return t.startswith(("about", "around", "roughly", "approximately", "some ", "an estimated"))


def supported(q: Quantity, candidates: list[Quantity]) -> bool:
    """True if some candidate states the same quantity (any unit, same value), so ``q``
    is not a number the source never gave."""
    for c in candidates:
        if compare(q, c) in ("same", "rounded"):
            return True
        # A bare figure against the same figure with a unit or currency ("5 million" vs
        # "$5 million"): the unit was dropped or added, not the number changed.
        bare = _is_bare(q) != _is_bare(c)
        if bare and q.value is not None and c.value is not None and math.isclose(q.value, c.value):
            return True
    return False


def check(
    source: AnalyzedArticle, derivative: AnalyzedArticle, alignment: Alignment
) -> list[Change]:
    """Number changes on every aligned pair."""
    src = by_sentence(source.quantities)
    der = by_sentence(derivative.quantities)
    out: list[Change] = []
    for pi, pair in enumerate(alignment.pairs):
        s_q = gather(src, pair.source)
        d_q = gather(der, pair.derivative)
        if not s_q or not d_q:
            continue
        used: set[int] = set()
        for d in d_q:
            verdicts = [(compare(d, s), k, s) for k, s in enumerate(s_q)]
            same = [(k, s) for v, k, s in verdicts if v == "same"]
            if same:
                used.add(same[0][0])
                continue
            rounded = [(k, s) for v, k, s in verdicts if v == "rounded"]
            if rounded:
                k, s = rounded[0]
                used.add(k)
                out.append(
                    Change(
                        "number",
                        "rounded",
                        "low",
                        f'figure rounded: "{s.text}" -> "{d.text}"',
                        span(s),
                        span(d),
                        pi,
                    )
                )
                continue
            diff = [(k, s) for v, k, s in verdicts if v == "different"]
            if not diff:
                cur = _currency_swap(d, s_q)
                if cur is not None:
                    out.append(
                        Change(
                            "number",
                            "currency",
                            "medium",
                            f'currency changed: "{cur.text}" -> "{d.text}"',
                            span(cur),
                            span(d),
                            pi,
                        )
                    )
                continue
            if supported(d, s_q) or supported(d, source.quantities):
                continue  # the figure is in the source, attached elsewhere
            free = [(k, s) for k, s in diff if k not in used] or diff
            k, s = min(free, key=lambda ks: _distance(d, ks[1]))
            used.add(k)
            sub = "multiplier" if "multiplier" in (d.kind, s.kind) else d.kind
            if d.kind == "vague" or s.kind == "vague":
                sub = "vague"
            elif d.unit and s.unit and d.unit != s.unit and d.kind == s.kind:
                sub = "unit"
            severity = "medium" if d.kind == "ordinal" else "high"
            out.append(
                Change(
                    "number",
                    sub,
                    severity,
                    f'number changed: "{s.text}" -> "{d.text}"',
                    span(s),
                    span(d),
                    pi,
                )
            )
    return out


def _currency_swap(d: Quantity, cands: list[Quantity]) -> Quantity | None:
    if d.kind != "money":
        return None
    for c in cands:
        if c.kind == "money" and c.unit != d.unit and c.value == d.value:
            return c
    return None


def _distance(a: Quantity, b: Quantity) -> float:
    va, vb = abs(a.value or 0) + 1e-9, abs(b.value or 0) + 1e-9
    return abs(math.log(va / vb))
