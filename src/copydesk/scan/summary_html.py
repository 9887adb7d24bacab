"""A self-contained HTML summary of a scan: the figures first, two plots, two tables.

No JavaScript, no network, no external fonts: a strict Content-Security-Policy meta tag
(``default-src 'none'``) and inline SVG drawn here. Every string that came from an
article (titles, sites, URLs, ids) is escaped with :func:`html.escape`; only ``http``
and ``https`` URLs become links.

Plots:

- **derived share per site**: one bar per publisher (the most prolific first), the share
  of its articles that derive from another, the uncredited part darker;
- **copy chains**: the largest stories as trees, origin on the left, each derivative
  to the right of the article it derives from; edge width is the derived share, a red
  edge lacks the credit the source carried, a node's colour is its drift (high-severity
  meaning changes accumulated since the origin).
"""

from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

__all__ = ["render"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
.figs{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}.fig{background:#f4f6f8;border-radius:6px;padding:.6em 1em}
.fig b{display:block;font-size:1.5em}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee;vertical-align:top}
th{background:#fafafa}td.n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#777}svg text{font:11px system-ui,sans-serif}.legend span{margin-right:1.2em}
.sw{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em;border-radius:2px}
"""


def _e(x: Any) -> str:
    return escape("" if x is None else str(x), quote=True)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}"


def _link(url: str | None, text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(text)}</a>'
    return _e(text)


def _short(s: str | None, n: int = 48) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1] + "…"


def _site_plot(sites: list[dict[str, Any]], limit: int = 25) -> str:
    rows = sorted(sites, key=lambda r: (-r["articles"], r["site"]))[:limit]
    if not rows:
        return '<p class="muted">No sites.</p>'
    label_w, bar_w, h = 220, 520, 20
    height = h * len(rows) + 30
    out = [
        f'<svg role="img" aria-label="Derived share per site" width="{label_w + bar_w + 140}" '
        f'height="{height}" viewBox="0 0 {label_w + bar_w + 140} {height}">'
    ]
    for i, r in enumerate(rows):
        y = 10 + i * h
        share = r["derived_share"] or 0.0
        unc = (r["uncredited"] / r["articles"]) if r["articles"] else 0.0
        tip = (
            f"{r['site']}: {r['derived']} of {r['articles']} articles derived "
            f"({_pct(r['derived_share'])}), {r['uncredited']} uncredited, "
            f"{r['with_changes']} with meaning changes"
        )
        out.append(f"<g><title>{_e(tip)}</title>")
        out.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(_short(r["site"], 34))}</text>'
        )
        out.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{bar_w}" height="{h - 6}" fill="#eef1f4"/>'
        )
        out.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{bar_w * share:.1f}" height="{h - 6}" fill="#7aa6d6"/>'
        )
        out.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{bar_w * min(unc, share):.1f}" height="{h - 6}" fill="#c0392b"/>'
        )
        out.append(
            f'<text x="{label_w + bar_w + 6}" y="{y + 13}">{_pct(r["derived_share"])} of {r["articles"]}</text></g>'
        )
    out.append("</svg>")
    legend = (
        '<p class="legend"><span><i class="sw" style="background:#7aa6d6"></i>derived from another article</span>'
        '<span><i class="sw" style="background:#c0392b"></i>derived and uncredited</span></p>'
    )
    return "".join(out) + legend


def _drift_colour(high: int) -> str:
    return ("#bfc9d4", "#f0b54a", "#e67e22", "#c0392b")[min(high, 3)]


def _chain_plot(story: dict[str, Any], members: list[dict[str, Any]]) -> str:
    kids: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for m in members:
        kids[m["parent"]].append(m)
    pos: dict[str, tuple[float, float]] = {}
    row = [0]

    def place(node: dict[str, Any]) -> float:
        ch = sorted(kids.get(node["doc"], []), key=lambda c: (c["date"] or "", c["doc"]))
        if not ch:
            y = row[0]
            row[0] += 1
        else:
            ys = [place(c) for c in ch]
            y = (ys[0] + ys[-1]) / 2
        pos[node["doc"]] = (node["depth"], y)
        return y

    roots = [m for m in members if m["parent"] is None]
    for r in roots:
        place(r)
    col_w, row_h, pad = 190, 34, 20
    depth = max((m["depth"] for m in members), default=0)
    width = pad * 2 + col_w * depth + 170
    height = pad * 2 + row_h * max(row[0] - 1, 0) + 20

    def xy(doc: str) -> tuple[float, float]:
        d, y = pos[doc]
        return pad + 8 + d * col_w, pad + 8 + y * row_h

    out = [
        f'<svg role="img" aria-label="Copy chain of story {_e(story["story"])}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}">'
    ]
    for m in members:
        if m["parent"] is None or m["parent"] not in pos:
            continue
        (x1, y1), (x2, y2) = xy(m["parent"]), xy(m["doc"])
        colour = "#c0392b" if m["credit"] == "uncredited" else "#7f8c8d"
        w = 1 + 4 * (m["derived_share"] or 0)
        tip = (
            f"{m['relation']} ({_pct(m['derived_share'])} derived, credit: {m['credit']}, "
            f"evidence: {m['evidence']}, {m['changes_total']} changes on this step)"
        )
        out.append(
            f'<path d="M{x1:.0f},{y1:.0f} C{(x1 + x2) / 2:.0f},{y1:.0f} {(x1 + x2) / 2:.0f},{y2:.0f} '
            f'{x2:.0f},{y2:.0f}" fill="none" stroke="{colour}" stroke-width="{w:.1f}"><title>{_e(tip)}</title></path>'
        )
    for m in members:
        x, y = xy(m["doc"])
        tip = (
            f"{m['doc']}\n{m['site']} {m['date'] or 'undated'}\n{m['title'] or ''}\n"
            f"drift from origin: {m['drift_high']} high, {m['drift_total']} changes in all"
        )
        stroke = ' stroke="#222" stroke-width="2"' if m["parent"] is None else ""
        out.append(
            f'<g><title>{_e(tip)}</title><circle cx="{x:.0f}" cy="{y:.0f}" r="7" '
            f'fill="{_drift_colour(m["drift_high"])}"{stroke}/>'
            f'<text x="{x + 11:.0f}" y="{y + 4:.0f}">{_e(_short(m["site"], 24))}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def render(
    manifest: dict[str, Any],
    stories: list[dict[str, Any]],
    chains: list[dict[str, Any]],
    sites: list[dict[str, Any]],
    max_stories: int = 8,
) -> str:
    """The summary page as one HTML string."""
    counts = manifest.get("counts", {})
    by_story: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in chains:
        by_story[c["story"]].append(c)
    figs = [
        ("articles", counts.get("articles", 0)),
        ("sites", counts.get("sites", 0)),
        ("derived pairs", counts.get("relations", 0)),
        ("stories", counts.get("stories", 0)),
        ("derived articles", counts.get("derived_articles", 0)),
        ("uncredited", sum(s["uncredited"] for s in stories)),
    ]
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="referrer" content="no-referrer">',
        "<title>copydesk scan summary</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>copydesk scan</h1>",
        f'<p class="muted">engine {_e(manifest.get("engine"))}, finished {_e(manifest.get("finished"))}, '
        f"copydesk {_e(manifest.get('copydesk_version'))}, schema {_e(manifest.get('schema_version'))}</p>",
        '<div class="figs">',
        *[f'<div class="fig"><b>{_e(f"{v:,}")}</b>{_e(k)}</div>' for k, v in figs],
        "</div>",
        "<h2>Derived share per site</h2>",
        _site_plot(sites),
        "<h2>Copy chains of the largest stories</h2>",
        '<p class="legend muted">Origin left (black ring); each article sits right of the one it '
        "derives from. Edge width: derived share; "
        '<span><i class="sw" style="background:#c0392b"></i>red edge: uncredited</span> '
        "node colour: high-severity changes accumulated since the origin "
        '<span><i class="sw" style="background:#bfc9d4"></i>0</span>'
        '<span><i class="sw" style="background:#f0b54a"></i>1</span>'
        '<span><i class="sw" style="background:#e67e22"></i>2</span>'
        '<span><i class="sw" style="background:#c0392b"></i>3+</span></p>',
    ]
    if not stories:
        parts.append('<p class="muted">No derived pairs found.</p>')
    for s in stories[:max_stories]:
        parts.append(
            f"<h3>{_link(s['origin_url'], s['origin_title'] or s['origin'])} "
            f'<span class="muted">{_e(s["origin_site"])}, {_e(s["origin_date"] or "undated")}: '
            f"{s['size']} articles on {s['sites']} sites, origin by {_e(s['origin_method'])}</span></h3>"
        )
        parts.append(_chain_plot(s, by_story[s["story"]]))
    parts.append("<h2>Stories</h2><table><tr><th>origin</th><th>site</th><th>date</th>"
                 "<th>articles</th><th>depth</th><th>uncredited</th><th>drift (high / all)</th></tr>")  # fmt: skip
    for s in stories[:200]:
        parts.append(
            f"<tr><td>{_link(s['origin_url'], _short(s['origin_title'] or s['origin'], 70))}</td>"
            f"<td>{_e(s['origin_site'])}</td><td>{_e((s['origin_date'] or '')[:10])}</td>"
            f'<td class="n">{s["size"]}</td><td class="n">{s["max_depth"]}</td>'
            f'<td class="n">{s["uncredited"]}</td><td class="n">{s["drift_high"]} / {s["drift_total"]}</td></tr>'
        )
    parts.append("</table>")
    if len(stories) > 200:
        parts.append(
            f'<p class="muted">{len(stories) - 200} more in stories.jsonl / stories.parquet.</p>'
        )
    parts.append("<h2>Sites</h2><table><tr><th>site</th><th>articles</th><th>derived</th>"
                 "<th>uncredited</th><th>with meaning changes</th><th>origins</th><th>reused by others</th></tr>")  # fmt: skip
    for r in sites[:200]:
        parts.append(
            f'<tr><td>{_e(r["site"])}</td><td class="n">{r["articles"]}</td>'
            f'<td class="n">{r["derived"]} ({_pct(r["derived_share"])})</td>'
            f'<td class="n">{r["uncredited"]} ({_pct(r["uncredited_share"])})</td>'
            f'<td class="n">{r["with_changes"]} ({_pct(r["changes_share"])})</td>'
            f'<td class="n">{r["origins"]}</td><td class="n">{r["reused_by_others"]}</td></tr>'
        )
    parts.append("</table>")
    parts.append('<p class="muted">Tables: relations, stories, chains, sites (JSONL and Parquet, '
                 "docs/scan-schema.md). This page loads nothing from the network.</p></body></html>\n")  # fmt: skip
    return "\n".join(parts)
