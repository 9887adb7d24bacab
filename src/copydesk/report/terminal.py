"""The terminal report: verdict first, then the changes with both spans, then the
alignment. ANSI colour on a terminal, plain text in a pipe."""

from __future__ import annotations

import textwrap
from typing import Any

__all__ = ["render"]

_SEV = {"high": "31;1", "medium": "33;1", "low": "36"}
_KIND = {"verbatim": "32", "paraphrase": "34", "partial": "35"}


class _Style:
    def __init__(self, colour: bool):
        self.colour = colour

    def __call__(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour and text else text


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _in_context(info: dict[str, Any], span: dict[str, Any], st: _Style, width: int = 150) -> str:
    """The sentence around ``span`` with the span marked: bold on a terminal, «…» in a pipe."""
    text = info["text"]
    start, end = span["start"], span["end"]
    sent = next((s for s in info["sentences"] if s["start"] <= start < s["end"]), None)
    if sent is None or end <= start:
        return st(_clip(span["text"]), "1;4")
    lo, hi = sent["start"], max(sent["end"], end)
    before, inner, after = text[lo:start], text[start:end], text[end:hi]
    room = max(20, (width - len(inner)) // 2)
    before = " ".join(before.split())
    after = " ".join(after.split())
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    mark = st(inner, "1;4") if st.colour else f"«{inner}»"
    return f"{before}{' ' if before and text[start - 1 : start].isspace() else ''}{mark}{' ' if after and text[end : end + 1].isspace() else ''}{after}"


def _sentence(info: dict[str, Any], i: int) -> str:
    s = info["sentences"][i]
    return info["text"][s["start"] : s["end"]]


def render(report: dict[str, Any], colour: bool = False, width: int = 100) -> str:
    """The human report from the JSON report dict (one source of truth for both)."""
    st = _Style(colour)
    v = report["verdict"]
    src, der = report["source"], report["derivative"]
    out: list[str] = []
    rel = v["relation"].upper()
    out.append(st(f"{rel}", "1") + f"  score {v['score']:.2f}  ({report['mode']} mode)")
    d = report["direction"]
    if d["source"]:
        how = "stated" if d["stated"] else f"inferred, confidence {d['confidence']:.0%}"
        out.append(f"source:     {src['name']}  ({how})")
        out.append(f"derivative: {der['name']}")
    else:
        out.append(f"texts:      {src['name']}  |  {der['name']}  (direction unknown)")
    out.append(
        f"derived:    {v['derived_share']:.0%} of the derivative comes from the source; "
        f"{v['reused_share']:.0%} of the source is reused"
    )
    c = v["changes"]
    out.append(
        "changes:    "
        + ", ".join(
            st(f"{c[k]} {k}", _SEV[k]) if c[k] else f"0 {k}" for k in ("high", "medium", "low")
        )
    )
    out.append(
        f"credit:     {v['credit']}"
        + (f" — {report['credit']['message']}" if report["credit"]["message"] else "")
    )
    why = report["relation"]["reasons"] + ([] if d["stated"] else d["reasons"])
    for r in why:
        out.append(st(f"  · {r}", "2"))

    if report["changes"]:
        out.append("")
        out.append(st("MEANING CHANGES", "1"))
        for ch in report["changes"]:
            out.append(
                st(f"[{ch['severity']}] {ch['kind']}/{ch['subkind']}", _SEV[ch["severity"]])
                + f"  {ch['message']}"
            )
            if ch["source"]:
                out.append("    source:     " + _in_context(src, ch["source"], st))
            if ch["derivative"]:
                out.append("    derivative: " + _in_context(der, ch["derivative"], st))

    aln = report["alignment"]
    if aln["pairs"] or aln["additions"]:
        out.append("")
        out.append(st("ALIGNMENT", "1") + "  (derivative order)")
        rows: list[tuple[int, str]] = []
        for p in aln["pairs"]:
            head = st(f"{p['kind']:<10}", _KIND[p["kind"]]) + f" {p['score']:.2f}"
            s_txt = " ".join(_sentence(src, i) for i in p["source"])
            d_txt = " ".join(_sentence(der, j) for j in p["derivative"])
            tag = f" s{','.join(map(str, p['source']))} -> d{','.join(map(str, p['derivative']))}"
            block = [head + st(tag, "2")]
            block += ["    S: " + line for line in textwrap.wrap(_clip(s_txt, 400), width - 8)]
            block += ["    D: " + line for line in textwrap.wrap(_clip(d_txt, 400), width - 8)]
            rows.append((p["derivative"][0], "\n".join(block)))
        for j in aln["additions"]:
            block = [st("addition  ", "31")] + [
                "    D: " + line for line in textwrap.wrap(_clip(_sentence(der, j), 400), width - 8)
            ]
            rows.append((j, "\n".join(block)))
        out += [r for _, r in sorted(rows, key=lambda x: x[0])]
        if aln["omissions"]:
            out.append(st(f"omitted from the source: {len(aln['omissions'])} sentence(s)", "2"))
            for i in aln["omissions"]:
                out.append(st("    - " + _clip(_sentence(src, i), width - 6), "2"))
    return "\n".join(out) + "\n"
