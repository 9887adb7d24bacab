"""Numbers and quantities, normalized so two articles' mentions compare.

What it reads
-------------
Digits ("1,200", "3.5"), number words ("twenty-five", "two hundred"), scales ("3.5
million", "$5m"), percentages ("5%", "15 per cent"), money ("$5 million", "5 million
euros"), units ("800 km", "500 miles", "a 300-strong unit"), multipliers ("halve",
"doubled", "three times", "cut by a third"), fractions ("two-thirds"), vague quantities
("dozens", "tens of thousands") and ordinals ("third-largest").

Each mention becomes a :class:`~copydesk.model.Quantity`: ``value`` in the unit as written
(the audit converts units), ``unit`` a canonical unit name (``"km"``, ``"mile"``,
``"USD"``, ``"%"``), ``kind`` one of number, percent, money, multiplier, fraction, vague,
ordinal. ``low``/``high`` carry ranges: both set for a vague quantity or a range
("between 300 and 400"); only ``low`` for "more than N", only ``high`` for "nearly N".

Numbers that are part of a time expression (years, dates, clock times, "two days ago")
are left to :mod:`copydesk.analyze.times`.

The whole text is scanned once by a few precompiled patterns built from the word lists
in ``data/`` (number_words, number_scales, units, currencies, multipliers, fractions,
vague_quantities, quantity_qualifiers, ordinals), then each match is mapped to its
sentence by bisection; no per-token Python loop.

>>> from copydesk.analyze import analyze
>>> from copydesk.model import Article
>>> [(q.value, q.unit, q.kind) for q in analyze(Article("Sales rose 5% to $3.5 million.")).quantities]
[(1.05, None, 'multiplier'), (3500000.0, 'USD', 'money')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from copydesk import lexicon
from copydesk.model import Quantity, Sentence

__all__ = ["extract", "unit_table", "granularity"]


def _alt(words, case_sensitive_upto: int = 0) -> str:
    """Regex alternation of ``words``, longest first, escaped; spaces match any blank or
    hyphen. Words of ``case_sensitive_upto`` letters or fewer are wrapped case-sensitive."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        pat = re.escape(w).replace(r"\ ", r"[\s-]+")
        if len(w) <= case_sensitive_upto:
            pat = f"(?-i:{pat})"
        out.append(pat)
    return "|".join(out)


@cache
def _number_words() -> dict[str, int]:
    return {w: int(v) for w, v in (line.split() for line in lexicon.lines("number_words.txt"))}


@cache
def _scales() -> dict[str, float]:
    return {w: float(v) for w, v in (line.split() for line in lexicon.lines("number_scales.txt"))}


@cache
def _colon_table(name: str) -> dict[str, str]:
    """``"key: a, b"`` lines as {alias: key}."""
    table: dict[str, str] = {}
    for line in lexicon.lines(name):
        key, _, rest = line.partition(":")
        for w in rest.split(","):
            if w.strip():
                table.setdefault(w.strip(), key.strip())
    return table


@cache
def unit_table() -> dict[str, tuple[str, str, float]]:
    """{alias (lower-case): (canonical unit, dimension, factor to the dimension's base)}.

    The canonical unit is the line's last alias (its shortest form, e.g. "km")."""
    table: dict[str, tuple[str, str, float]] = {}
    for line in lexicon.lines("units.txt"):
        head, _, rest = line.partition(":")
        dim, factor = head.split()
        aliases = [w.strip() for w in rest.split(",") if w.strip()]
        canon = aliases[-1].lower()
        if dim == "temperature":
            canon = "F" if "fahrenheit" in rest else "C"
        for a in aliases:
            table.setdefault(a.lower(), (canon, dim, float(factor)))
    return table


@cache
def _unit_aliases() -> tuple[str, ...]:
    """Unit aliases as written in units.txt (case matters for short ones: "kW", "°C")."""
    out = []
    for line in lexicon.lines("units.txt"):
        out += [w.strip() for w in line.partition(":")[2].split(",") if w.strip()]
    return tuple(out)


@cache
def _vague() -> dict[str, tuple[float, float]]:
    out = {}
    for line in lexicon.lines("vague_quantities.txt"):
        phrase, _, rng = line.partition(":")
        lo, hi = rng.split()
        out[phrase.strip()] = (float(lo), float(hi))
    return out


@cache
def _fractions() -> dict[str, float]:
    """{phrase: value} from ``"phrase: value"`` lines."""
    out = {}
    for line in lexicon.lines("fractions.txt"):
        phrase, _, v = line.partition(":")
        out[phrase.strip().lower()] = float(v)
    return out


@cache
def _ordinals() -> dict[str, int]:
    return {w: int(v) for w, v in (line.split() for line in lexicon.lines("ordinals.txt"))}


@cache
def _patterns() -> dict[str, re.Pattern]:
    words = _number_words()
    scales = _scales()
    long_scales = [w for w in scales if len(w) > 2]
    word_num = _alt(words)
    # "twenty-five", "two hundred and fifty", "three thousand five hundred"
    wordseq = (
        rf"(?:{word_num}|a)(?:[\s-]+(?:and[\s-]+)?(?:{word_num}|{_alt(long_scales)}))*"
        rf"|(?:{word_num})"
    )
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    currencies = _colon_table("currencies.txt")
    signs = [c for c in currencies if not c[0].isalpha() or c in ("Rs",)]
    cur_words = [c for c in currencies if c[0].isalpha() and c not in ("Rs",)]
    units = _unit_aliases()
    quals = _colon_table("quantity_qualifiers.txt")
    number = (
        rf"(?:(?P<qual>{_alt(quals)})\s+)?"
        rf"(?P<cur>{_alt(signs)})?\s?"
        rf"(?P<num>(?:{digits})(?![\d])|(?<![\w-])(?:{wordseq})(?![\w]))"
        rf"(?:[\s-]?(?P<scale>{_alt(scales)})\b)?"
        rf"(?:\s?(?P<pct>%|per\s?cent\b|percent\b|percentage[\s-]points?\b))?"
        rf"(?:[\s-]?(?P<unit>{_alt(units, 3)}|strong)(?![\w²]))?"
        rf"(?:\s(?P<curw>{_alt(cur_words, 3)})\b)?"
    )
    mult = _colon_table("multipliers.txt")
    fracs = _fractions()
    vague = _vague()
    change_verbs_down = r"cut|cuts|cutting|reduc\w*|slash\w*|lower\w*|trim\w*|shr[iau]nk\w*|fell|fall\w*|drop\w*|declin\w*|decreas\w*|plung\w*|tumbl\w*|sank|sink\w*|slid\w*|slump\w*"
    change_verbs_up = r"r[io]se|risen|rising|rais\w*|increas\w*|gr[eo]w\w*|boost\w*|climb\w*|jump\w*|soar\w*|surg\w*|expand\w*|gain\w*"
    return {
        "number": re.compile(number, re.I),
        "multiplier": re.compile(
            rf"\b(?:(?P<word>{_alt(mult)})|(?P<n>{digits}|{word_num})[\s-]?(?:times|fold)\b)",
            re.I,
        ),
        "fraction": re.compile(rf"\b(?:{_alt(fracs)})\b", re.I),
        "vague": re.compile(rf"\b(?:{_alt(vague)})\b", re.I),
        "ordinal": re.compile(
            rf"\b(?:(?P<w>{_alt(_ordinals())})|(?P<d>\d+)(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:half|quarter))",
            re.I,
        ),
        # "fell 5%", "cut by a third", "rose by 12 per cent": the change becomes a factor.
        "down": re.compile(rf"\b(?:{change_verbs_down}){_CHANGE_TAIL}", re.I),
        "up": re.compile(rf"\b(?:{change_verbs_up}){_CHANGE_TAIL}", re.I),
        "between": re.compile(r"\bbetween\s+$", re.I),
        "range_join": re.compile(r"^\s*(?:-|–|and)\s*$"),
    }


# After a change verb: "fell 5%", "fell by 5%", "cut costs by a third" (up to three
# words of object before "by"), with an optional qualifier. Not "rose to 5%".
_CHANGE_TAIL = (
    r"(?:(?:\s+(?!to\b|from\b)[\w'-]+){0,3}\s+by)?\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just\s+over|just\s+under)\s+)?$"
)


def _word_value(text: str) -> float | None:
    """Value of a number-word sequence: "two hundred and fifty" -> 250, "a" -> 1."""
    words = _number_words()
    scales = _scales()
    total = 0.0
    current = 0.0
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", ""):
            continue
        if w == "a":
            current += 1
        elif w in words:
            current += words[w]
        elif w in scales:
            if current == 0:
                current = 1
            if scales[w] == 100:
                current *= 100
            else:
                total += current * scales[w]
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def granularity(text: str) -> float:
    """The rounding step a written number implies: "3.5 million" -> 100000, "5.2" -> 0.1,
    "300" -> 1 (trailing zeros are not read as rounding unless the audit says so)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    step = 1.0
    if m and m.group(1):
        step = 10.0 ** -len(m.group(1))
    sm = re.search(
        r"(?i)\b(hundred|thousand|million|billion|trillion|bn|mn|tn)\b|\d(m|k|bn)\b", text
    )
    if sm:
        word = (sm.group(1) or sm.group(2)).lower()
        step *= _scales().get(word, 1.0)
    return step


@cache
def _triggers() -> frozenset[str]:
    """Lower-case words that can be part of a quantity: a sentence with none of them (and
    no digit or currency sign) is skipped without running the patterns."""
    words = set(_number_words()) | {w for w in _scales() if len(w) > 2}
    for phrase in list(_vague()) + list(_fractions()) + list(_colon_table("multipliers.txt")):
        words.update(re.split(r"[\s-]+", phrase.lower()))
    words.update(_ordinals())
    words.update({"times", "fold", "half"})
    words -= {"a", "of", "one", "the"}
    words.add("one")
    return frozenset(words)


def windows(
    sentences: list[Sentence], triggers: frozenset[str], signs: str = ""
) -> list[tuple[int, int]]:
    """(start, end) of the sentences worth scanning: a number token, a trigger word or a
    sign. One cheap pass over tokens instead of running every pattern on every sentence."""
    out: list[tuple[int, int]] = []
    for s in sentences:
        hit = any(
            t.is_number
            or t.norm in triggers
            or t.text.lower() in triggers
            or ("-" in t.text and any(p in triggers for p in t.text.lower().split("-")))
            for t in s.tokens
        ) or (signs and any(ch in s.text for ch in signs))
        if hit:
            if out and out[-1][1] >= s.start - 2:
                out[-1] = (out[-1][0], s.end)
            else:
                out.append((s.start, s.end))
    return out


def _locator(sentences: list[Sentence]):
    starts = [s.start for s in sentences]

    def locate(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return max(i, 0)

    return locate


class _Taken:
    """Character mask of spans already read, so overlap checks cost O(span length)."""

    def __init__(self, n: int, spans) -> None:
        self.mask = bytearray(n + 1)
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)

    def hit(self, s: int, e: int) -> bool:
        return self.mask.find(1, s, e) >= 0


def extract(text: str, sentences: list[Sentence], time_spans=None) -> list[Quantity]:
    """Every quantity in ``text``, in order, with its sentence index.

    ``time_spans`` are (start, end) character spans already read as time expressions;
    by default :func:`copydesk.analyze.times.extract` is run to find them.
    """
    if not sentences:
        return []
    if time_spans is None:
        from copydesk.analyze import times

        time_spans = [(t.start, t.end) for t in times.extract(text, sentences)]
    pats = _patterns()
    locate = _locator(sentences)
    taken = _Taken(len(text), time_spans)
    out: list[Quantity] = []
    wins = windows(sentences, _triggers(), "$€£¥")

    def scan(name: str):
        for a, b in wins:
            yield from pats[name].finditer(text, a, b)

    def _overlaps(_taken, s: int, e: int) -> bool:
        return taken.hit(s, e)

    def add(q: Quantity) -> None:
        out.append(q)
        taken.add(q.start, q.end)

    # 1. Vague quantities and multipliers first: "hundreds of thousands" must not be
    #    read as a number, "three times" not as a count.
    for m in scan("vague"):
        if _overlaps(taken, m.start(), m.end()):
            continue
        lo, hi = _vague()[re.sub(r"[\s-]+", " ", m.group().lower())]
        add(Quantity(locate(m.start()), m.start(), m.end(), m.group(), lo, None, "vague", lo, hi))
    mult = _colon_table("multipliers.txt")
    mult_lower = {k.lower(): v for k, v in mult.items()}
    for m in scan("multiplier"):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m.group("word"):
            word = m.group("word").lower()
            after = text[m.end() : m.end() + 12]
            if word.startswith("double") and re.match(
                r"-|\s+(?:digit|standard|agent|bed|room|check|act)", after
            ):
                continue
            value = float(mult_lower[word])
        else:
            n = m.group("n")
            value = float(n.replace(",", "")) if n[0].isdigit() else _word_value(n)
            if value is None:
                continue
        add(Quantity(locate(m.start()), m.start(), m.end(), m.group(), value, None, "multiplier"))
    fracs = _fractions()
    for m in scan("fraction"):
        if _overlaps(taken, m.start(), m.end()):
            continue
        f = fracs[re.sub(r"\s+", " ", m.group().lower())]
        before = text[max(0, m.start() - 60) : m.start()]
        if pats["down"].search(before):
            add(
                Quantity(
                    locate(m.start()),
                    m.start(),
                    m.end(),
                    m.group(),
                    round(1 - f, 4),
                    None,
                    "multiplier",
                )
            )
        elif pats["up"].search(before):
            add(
                Quantity(
                    locate(m.start()),
                    m.start(),
                    m.end(),
                    m.group(),
                    round(1 + f, 4),
                    None,
                    "multiplier",
                )
            )
        elif m.group().lower() != "half" or re.match(
            r"\s+(?:of|a|the)\b", text[m.end() : m.end() + 5]
        ):
            add(Quantity(locate(m.start()), m.start(), m.end(), m.group(), f, None, "fraction"))
    for m in scan("ordinal"):
        if _overlaps(taken, m.start(), m.end()):
            continue
        v = m.group("d") or _ordinals()[m.group("w").lower()]
        add(Quantity(locate(m.start()), m.start(), m.end(), m.group(), float(v), None, "ordinal"))
    # 2. Numbers with their qualifier, currency, scale, percent and unit.
    units = unit_table()
    currencies = _colon_table("currencies.txt")
    cur_lower = {k.lower(): v for k, v in currencies.items()}
    for m in scan("number"):
        num = m.group("num")
        s, e = m.start(), m.end()
        if _overlaps(taken, m.start("num"), m.end("num")):
            continue
        if num.lower() == "a" and not m.group("scale"):
            continue
        if num[0].isdigit() or num[0] == ".":
            value = float(num.replace(",", ""))
        else:
            value = _word_value(num)
            if value is None:
                continue
            if num.lower() == "one" and not (m.group("scale") or m.group("unit") or m.group("pct")):
                # "one of the", "no one": a pronoun more often than a count.
                if re.match(r"\s+(?:of|another|day|another)\b", text[e : e + 10]) or re.search(
                    r"\b(?:no|any|every|some|the|this|that)\s+$", text[max(0, s - 6) : s]
                ):
                    continue
        scale = m.group("scale")
        cur = m.group("cur")
        unit_w = m.group("unit")
        if scale:
            sl = scale.lower()
            if sl in ("m", "k") and not cur:
                # "5m" without a currency sign is five metres.
                if sl == "m" and not unit_w:
                    unit_w = scale
                scale = None
            else:
                value *= _scales()[sl] if sl in _scales() else _scales()[scale]
        kind = "number"
        unit: str | None = None
        if m.group("pct"):
            pct = m.group("pct").lower()
            kind = "percent"
            unit = "pp" if "point" in pct else "%"
        elif cur or m.group("curw"):
            kind = "money"
            unit = cur_lower.get((cur or m.group("curw")).lower())
        elif unit_w:
            if unit_w.lower() == "strong":
                unit = None  # "a 300-strong unit": a count of 300
            else:
                canon, _dim, _f = units[unit_w.lower()]
                unit = canon
        # Trim the match to what we read.
        if m.group("curw") and not (cur or m.group("pct") or unit_w):
            e = m.end("curw")
        elif unit_w and m.group("unit"):
            e = m.end("unit")
        elif unit_w:
            e = m.end("scale")  # "5m": the scale group held the metre sign
        elif m.group("pct"):
            e = m.end("pct")
        elif scale:
            e = m.end("scale")
        else:
            e = m.end("num")
        if m.group("qual"):
            s_text = m.start("qual")
        else:
            s_text = m.start("cur") if cur else m.start("num")
        low = high = None
        qual = m.group("qual")
        if qual:
            cls = _colon_table("quantity_qualifiers.txt").get(
                re.sub(r"[\s-]+", " ", qual.lower()), ""
            )
            if cls == "gt":
                low = value
            elif cls == "lt":
                high = value
        # Percent after a change verb is a factor: "fell 5%" -> x0.95.
        before = text[max(0, s_text - 40) : s_text]
        if kind == "percent" and unit == "%":
            if pats["down"].search(before):
                kind, value, unit = "multiplier", round(1 - value / 100, 6), None
                low = high = None
            elif pats["up"].search(before):
                kind, value, unit = "multiplier", round(1 + value / 100, 6), None
                low = high = None
        # Ranges: "between 300 and 400", "300-400".
        prev = out[-1] if out else None
        if prev and prev.kind == "number" and prev.unit is None and kind in ("percent", "money"):
            same_kind = True  # "5-7%": the first number takes the second's unit
        else:
            same_kind = prev is not None and prev.kind == kind
        if prev and kind in ("number", "percent", "money") and same_kind:
            gap = text[prev.end : s_text]
            if (
                prev.end <= s_text
                and pats["range_join"].match(gap)
                and (
                    gap.strip() != "and"
                    or pats["between"].search(text[max(0, prev.start - 10) : prev.start])
                )
                and prev.value is not None
                and prev.value < value
            ):
                prev.low, prev.high = prev.value, value
                prev.end = e
                prev.text = text[prev.start : e]
                prev.unit = prev.unit or unit
                prev.kind = kind
                taken.add(prev.start, e)
                continue
        add(Quantity(locate(s_text), s_text, e, text[s_text:e], value, unit, kind, low, high))
    out.sort(key=lambda q: q.start)
    return out
