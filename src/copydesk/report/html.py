"""The HTML report: one self-contained file, side by side, from the JSON report dict.

:func:`render` turns the dict of :func:`copydesk.report.json.report_to_dict` (the one
source of truth every face shares) into a single HTML page with inline CSS, no script
and no external resource, so it opens from a mail attachment or a folder without a
server. Reading order follows the questions a standards editor asks:

1. the verdict: relation, direction and its reasons, derived/reused shares, meaning
   changes by severity, credit;
2. the meaning changes, each with both spans (source and derivative), linked to the
   marks in the text;
3. the sentences side by side in the derivative's order, coloured by alignment kind
   (verbatim / paraphrase / partial), additions and omissions in their own colours,
   shared wording tinted so the reworded words stand out;
4. what the readers set aside (boilerplate, credit lines), collapsed.

Safety: article text is hostile. Every string from the dict goes through
:func:`html.escape` (quotes included), no article value is ever put in an ``href`` or a
``style``, and the page carries a Content-Security-Policy that allows no script at all
and only the one inline stylesheet (by its SHA-256 hash).

Example::

    >>> from copydesk.model import Article
    >>> from copydesk.pipeline import compare
    >>> from copydesk.report.json import report_to_dict
    >>> a = Article("The council met on Monday. It voted to double the budget.", id="wire")
    >>> b = Article("The council met on Monday. It voted to triple the budget.", id="copy")
    >>> page = render(report_to_dict(compare(a, b, source="a")))
    >>> page.startswith("<!doctype html>") and "Content-Security-Policy" in page
    True
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html import escape
from typing import Any

__all__ = ["render", "page", "csp", "CSS"]

_SEVERITIES = ("high", "medium", "low")
_KIND_LABEL = {
    "verbatim": "verbatim",
    "paraphrase": "paraphrase",
    "partial": "partial",
    "addition": "added",
    "omission": "omitted",
}

#: The report's stylesheet. Colours carry meaning twice (a text label says the same),
#: so the page reads in greyscale and for colour-blind readers.
CSS = """
:root{--fg:#1b1f24;--bg:#fff;--muted:#5b6470;--line:#d5dae0;--card:#f6f8fa;
--verbatim:#1a7f37;--verbatim-bg:#dafbe1;--paraphrase:#0b5cad;--paraphrase-bg:#ddf4ff;
--partial:#8250df;--partial-bg:#fbefff;--addition:#b35900;--addition-bg:#fff1e0;
--omission:#6e7781;--omission-bg:#f0f1f3;--high:#cf222e;--high-bg:#ffebe9;
--medium:#9a6700;--medium-bg:#fff8c5;--low:#0969da;--low-bg:#ddf4ff;--focus:#bf3989}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;
--line:#30363d;--card:#161b22;--verbatim:#3fb950;--verbatim-bg:#12261e;--paraphrase:#58a6ff;
--paraphrase-bg:#0c2d48;--partial:#bc8cff;--partial-bg:#271a3d;--addition:#f0883e;
--addition-bg:#3a2411;--omission:#9198a1;--omission-bg:#21262d;--high:#ff7b72;
--high-bg:#3c1618;--medium:#d29922;--medium-bg:#3b2e0a;--low:#58a6ff;--low-bg:#0c2d48;
--focus:#ff9bce}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
main,.top{max-width:1200px;margin:0 auto;padding:0 16px}
a{color:var(--paraphrase)}
a:focus-visible,summary:focus-visible,button:focus-visible,input:focus-visible,
select:focus-visible,textarea:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);
padding:4px 8px;z-index:9}
h1{font-size:1.35rem;margin:16px 0 4px}h2{font-size:1.15rem;margin:28px 0 8px}
.sub{color:var(--muted);margin:0 0 12px;overflow-wrap:anywhere}
.verdict{border:1px solid var(--line);border-radius:8px;padding:12px 16px;background:var(--card)}
.verdict h2{margin-top:0}
.rel{display:inline-block;font-weight:700;letter-spacing:.04em;text-transform:uppercase;
padding:2px 10px;border-radius:6px;border:2px solid currentColor}
.rel-copy{color:var(--high)}.rel-rewrite{color:var(--medium)}.rel-excerpt{color:var(--partial)}
.rel-same-story{color:var(--paraphrase)}.rel-unrelated{color:var(--muted)}
.headline{font-size:1.1rem;margin:4px 0 10px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 14px;margin:0}
dl.facts dt{font-weight:600;color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
meter{width:8em;height:1em;vertical-align:middle;margin-right:6px}
.chip{display:inline-block;border-radius:10px;padding:0 8px;margin:0 4px 2px 0;font-size:.9em;
border:1px solid var(--line)}
.sev-high{background:var(--high-bg);color:var(--high);border-color:var(--high)}
.sev-medium{background:var(--medium-bg);color:var(--medium);border-color:var(--medium)}
.sev-low{background:var(--low-bg);color:var(--low);border-color:var(--low)}
.zero{color:var(--muted)}
.cv-uncredited{color:var(--high);font-weight:700}.cv-credited{color:var(--verbatim);font-weight:700}
.reasons{margin:10px 0 0;padding-left:20px;color:var(--muted)}
ol.changes{padding-left:0;list-style:none;margin:0}
ol.changes>li{border:1px solid var(--line);border-left-width:5px;border-radius:6px;
padding:8px 12px;margin:0 0 8px}
ol.changes>li.sev-high{border-left-color:var(--high);background:none;color:inherit}
ol.changes>li.sev-medium{border-left-color:var(--medium);background:none;color:inherit}
ol.changes>li.sev-low{border-left-color:var(--low);background:none;color:inherit}
ol.changes>li:target{outline:3px solid var(--focus)}
.ch-head{font-weight:600}.ch-kind{font-family:ui-monospace,monospace;font-size:.9em}
.spans{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:6px 0 0}
.spans dt{color:var(--muted)}.spans dd{margin:0;overflow-wrap:anywhere}
.spans .meta{display:inline;margin-left:6px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:0 0 10px;padding:0;list-style:none;
font-size:.9em}
.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;
margin-right:4px;border-left:4px solid}
.sw.k-verbatim{border-color:var(--verbatim);background:var(--verbatim-bg)}
.sw.k-paraphrase{border-color:var(--paraphrase);background:var(--paraphrase-bg)}
.sw.k-partial{border-color:var(--partial);background:var(--partial-bg)}
.sw.k-addition{border-color:var(--addition);background:var(--addition-bg)}
.sw.k-omission{border-color:var(--omission);background:var(--omission-bg)}
.colhead,.row{display:grid;grid-template-columns:1fr 1fr;gap:0 16px}
.colhead{font-weight:700;position:sticky;top:0;background:var(--bg);padding:6px 0;
border-bottom:1px solid var(--line);z-index:1}
.colhead div{overflow-wrap:anywhere}
.row{border-left:5px solid var(--line);margin:8px 0;padding:6px 8px;border-radius:4px}
.row.k-verbatim{border-color:var(--verbatim)}.row.k-paraphrase{border-color:var(--paraphrase)}
.row.k-partial{border-color:var(--partial)}.row.k-addition{border-color:var(--addition)}
.row.k-omission{border-color:var(--omission)}
.row:hover,.row:focus-within,.row:target{background:var(--card);
box-shadow:0 0 0 2px var(--focus)}
.row:hover .sent,.row:focus-within .sent,.row:target .sent{border-color:var(--focus)}
.side{min-width:0}
.sent{margin:0 0 4px;padding:2px 6px;border:1px dashed transparent;border-radius:4px;
overflow-wrap:anywhere}
.sent:target{border:2px solid var(--focus)}
.row,.sent,mark.chg,ol.changes>li{scroll-margin-top:3.5em}
.meta{display:block;font-size:.8em;color:var(--muted)}
.meta a{color:inherit}
.k-verbatim .m{background:var(--verbatim-bg)}.k-paraphrase .m{background:var(--paraphrase-bg)}
.k-partial .m{background:var(--partial-bg)}
.empty{color:var(--muted);font-style:italic;font-size:.9em;padding:2px 6px}
.k-addition .sent{background:var(--addition-bg)}
.k-omission .sent{background:var(--omission-bg);color:var(--muted)}
mark.chg{color:inherit;border-bottom:3px solid;padding:0 1px;border-radius:2px}
mark.chg.sev-high{background:var(--high-bg);border-color:var(--high)}
mark.chg.sev-medium{background:var(--medium-bg);border-color:var(--medium)}
mark.chg.sev-low{background:var(--low-bg);border-color:var(--low)}
mark.chg:target{outline:3px solid var(--focus)}
a.cref{font-size:.75em;vertical-align:super;text-decoration:none;font-weight:700;
padding:0 2px}
.lab{display:none;font-size:.75em;font-weight:700;color:var(--muted);text-transform:uppercase}
details{border:1px solid var(--line);border-radius:6px;padding:6px 12px;margin:0 0 8px}
summary{cursor:pointer;font-weight:600}
details ul{margin:6px 0;padding-left:20px;color:var(--muted);overflow-wrap:anywhere}
footer{color:var(--muted);font-size:.85em;margin:32px 0 24px}
nav.actions{display:flex;flex-wrap:wrap;gap:8px 16px;margin:12px 0}
nav.actions a{font-weight:600}
@media (max-width:720px){body{font-size:15px}
.colhead{display:none}.row{grid-template-columns:1fr}.lab{display:block}
dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:6px}
.side+.side{border-top:1px dotted var(--line);margin-top:4px;padding-top:4px}}
@media print{.row:hover{box-shadow:none}.colhead{position:static}}
"""


def _hash(css: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() + "'"


def csp(css: str = CSS, form_action: str = "'none'") -> str:
    """The Content-Security-Policy for a page whose only inline style is ``css``.

    No script of any kind, no plugin, no frame, no external fetch; the one stylesheet is
    allowed by its hash, so an injected ``<style>`` or ``style=`` would not apply either.
    """
    return (
        "default-src 'none'; "
        f"style-src {_hash(css)}; "
        "img-src 'none'; "
        "script-src 'none'; "
        "object-src 'none'; "
        "base-uri 'none'; "
        f"form-action {form_action}"
    )


def page(title: str, body: str, *, css: str = CSS, form_action: str = "'none'") -> str:
    """A complete HTML document around ``body`` (trusted HTML, already escaped)."""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp(css, form_action))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="generator" content="copydesk">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{css}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- helpers


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _pct(x: Any) -> str:
    try:
        return f"{float(x):.0%}"
    except (TypeError, ValueError):
        return "n/a"


def _num(x: Any, fmt: str = ".2f") -> str:
    try:
        return format(float(x), fmt)
    except (TypeError, ValueError):
        return "n/a"


def _meter(x: Any, label: str) -> str:
    try:
        v = min(max(float(x), 0.0), 1.0)
    except (TypeError, ValueError):
        return ""
    return f'<meter min="0" max="1" value="{v:.4f}" aria-label="{_e(label)}"></meter>'


@dataclass(slots=True)
class _Ann:
    """A highlight over ``[start, end)`` of one article's text."""

    start: int
    end: int
    cls: str  # "m" (shared wording) or "chg sev-..." (meaning change)
    anchor: str | None = None  # id put on the first piece
    ref: str | None = None  # link placed after the last piece (to the change entry)
    label: str = ""
    title: str = ""


class _Side:
    """One article of the report: its text, sentences and highlights."""

    def __init__(self, info: dict[str, Any], prefix: str):
        self.info = info
        self.prefix = prefix  # "s" or "d": sentence anchors are s-3, d-5
        self.text: str = info.get("text") or ""
        self.sentences: list[dict[str, Any]] = list(info.get("sentences") or [])
        self.anns: list[_Ann] = []
        self.emitted: set[str] = set()

    def sentence_of(self, offset: int) -> int | None:
        for i, s in enumerate(self.sentences):
            if s["start"] <= offset < max(s["end"], s["start"] + 1):
                return i
        return None

    def render_sentence(self, i: int) -> str:
        s = self.sentences[i]
        lo, hi = int(s["start"]), int(s["end"])
        anns = [a for a in self.anns if a.start < hi and a.end > lo and a.end > a.start]
        points = {lo, hi}
        for a in anns:
            points.add(min(max(a.start, lo), hi))
            points.add(min(max(a.end, lo), hi))
        cuts = sorted(points)
        out: list[str] = []
        for p, q in zip(cuts, cuts[1:], strict=False):
            piece = _e(self.text[p:q])
            active = [a for a in anns if a.start <= p and a.end >= q]
            changes = [a for a in active if a.cls != "m"]
            if not active:
                out.append(piece)
                continue
            attrs = ""
            for a in changes:
                if a.anchor and a.anchor not in self.emitted:
                    self.emitted.add(a.anchor)
                    attrs += f' id="{_e(a.anchor)}"'
                    break
            if changes:
                top = min(changes, key=lambda a: _SEVERITIES.index(a.cls.split("sev-")[-1]))
                cls = top.cls + (" m" if len(active) > len(changes) else "")
                title = "; ".join(a.title for a in changes)
                out.append(f'<mark class="{cls}"{attrs} title="{_e(title)}">{piece}</mark>')
            else:
                out.append(f'<span class="m">{piece}</span>')
            for a in changes:
                if a.ref and a.end <= q:
                    out.append(
                        f'<a class="cref" href="#{a.ref}" aria-label="change {a.label}">'
                        f"{_e(a.label)}</a>"
                    )
                    a.ref = None  # once
        return "".join(out)


def _sentence_block(side: _Side, i: int, partner: str) -> str:
    sid = f"{side.prefix}-{i}"
    who = "source" if side.prefix == "s" else "derivative"
    return (
        f'<p class="sent" id="{sid}">'
        f'<span class="meta"><a href="#{sid}">{who} sentence {i + 1}</a>{partner}</span>'
        f"{side.render_sentence(i)}</p>"
    )


def _sid(prefix: str, idx: list[int]) -> str:
    return ", ".join(f'<a href="#{prefix}-{i}">{prefix}{i + 1}</a>' for i in idx)


# --------------------------------------------------------------------------- sections


def _verdict(data: dict[str, Any], src: dict, der: dict) -> str:
    v = data.get("verdict", {})
    rel = str(v.get("relation", "unrelated"))
    d = data.get("direction", {})
    relation = data.get("relation", {})
    credit = data.get("credit", {})
    counts = v.get("changes") or {}
    out = ['<section class="verdict" aria-labelledby="verdict-h">']
    out.append('<h2 id="verdict-h">Verdict</h2>')
    out.append(
        f'<p class="headline"><span class="rel rel-{_e(rel)}">{_e(rel)}</span> '
        f"score {_num(v.get('score'))} · {_e(data.get('mode', 'lexical'))} mode</p>"
    )
    out.append('<dl class="facts">')
    if d.get("source"):
        how = (
            "stated by the user"
            if d.get("stated")
            else f"inferred, confidence {_pct(d.get('confidence'))}"
        )
        out.append(f"<dt>Source</dt><dd>{_e(src.get('name'))} <em>({how})</em></dd>")
        out.append(f"<dt>Derivative</dt><dd>{_e(der.get('name'))}</dd>")
    else:
        out.append(
            f"<dt>Texts</dt><dd>{_e(src.get('name'))} and {_e(der.get('name'))} "
            "<em>(direction unknown)</em></dd>"
        )
    out.append(
        f"<dt>Derived</dt><dd>{_meter(v.get('derived_share'), 'derived share')}"
        f"{_pct(v.get('derived_share'))} of the derivative comes from the source</dd>"
    )
    out.append(
        f"<dt>Reused</dt><dd>{_meter(v.get('reused_share'), 'reused share')}"
        f"{_pct(v.get('reused_share'))} of the source is reused</dd>"
    )
    chips = []
    for k in _SEVERITIES:
        n = int(counts.get(k, 0) or 0)
        cls = f"chip sev-{k}" if n else "chip zero"
        link = f'<a href="#changes-h">{n} {k}</a>' if n else f"{n} {k}"
        chips.append(f'<span class="{cls}">{link}</span>')
    out.append(f"<dt>Meaning changes</dt><dd>{''.join(chips)}</dd>")
    cv = str(credit.get("verdict", v.get("credit", "not-applicable")))
    msg = credit.get("message") or ""
    out.append(
        f'<dt>Credit</dt><dd><span class="cv-{_e(cv)}">{_e(cv)}</span>'
        + (f" — {_e(msg)}" if msg else "")
        + _credits_found(credit)
        + "</dd>"
    )
    out.append("</dl>")
    reasons = list(relation.get("reasons") or [])
    if not d.get("stated"):
        reasons += list(d.get("reasons") or [])
    else:
        reasons += [r for r in d.get("reasons") or [] if r.startswith("stated")]
    if reasons:
        out.append('<ul class="reasons" aria-label="reasons">')
        out += [f"<li>{_e(r)}</li>" for r in reasons]
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)


def _credits_found(credit: dict[str, Any]) -> str:
    parts = []
    for key, who in (("source_credits", "source"), ("derivative_credits", "derivative")):
        items = credit.get(key) or []
        if items:
            found = "; ".join(f"{_e(c.get('agency'))} ({_e(c.get('kind'))})" for c in items)
            parts.append(f"{who} credits: {found}")
    return ("<br><small>" + " · ".join(parts) + "</small>") if parts else ""


def _changes(data: dict[str, Any], src: _Side, der: _Side) -> str:
    changes = data.get("changes") or []
    out = ['<section aria-labelledby="changes-h">', '<h2 id="changes-h">Meaning changes</h2>']
    if not changes:
        out.append('<p class="empty">No meaning change found.</p></section>')
        return "\n".join(out)
    out.append('<ol class="changes">')
    for n, ch in enumerate(changes, 1):
        sev = ch.get("severity") if ch.get("severity") in _SEVERITIES else "low"
        out.append(f'<li id="c-{n}" class="sev-{sev}">')
        out.append(
            f'<div class="ch-head"><span class="chip sev-{sev}">{n}. {_e(sev)}</span> '
            f'<span class="ch-kind">{_e(ch.get("kind"))}/{_e(ch.get("subkind"))}</span> '
            f"{_e(ch.get('message'))}</div>"
        )
        out.append('<dl class="spans">')
        for key, side, name in (("source", src, "source"), ("derivative", der, "derivative")):
            span = ch.get(key)
            if not span:
                out.append(f'<dt>{name}</dt><dd class="empty">(none)</dd>')
                continue
            anchor = f"c-{n}{side.prefix}"
            i = side.sentence_of(int(span.get("start", 0)))
            where = (
                f' <a href="#{anchor}" class="meta">in {side.prefix}{i + 1}</a>'
                if i is not None
                else ""
            )
            out.append(f"<dt>{name}</dt><dd>“{_e(span.get('text'))}”{where}</dd>")
        out.append("</dl></li>")
    out.append("</ol></section>")
    return "\n".join(out)


def _annotate(data: dict[str, Any], src: _Side, der: _Side) -> None:
    pairs = (data.get("alignment") or {}).get("pairs") or []
    for p in pairs:
        for m in p.get("matches") or []:
            a, b = m.get("source") or (0, 0)
            c, d = m.get("derivative") or (0, 0)
            src.anns.append(_Ann(int(a), int(b), "m"))
            der.anns.append(_Ann(int(c), int(d), "m"))
    for n, ch in enumerate(data.get("changes") or [], 1):
        sev = ch.get("severity") if ch.get("severity") in _SEVERITIES else "low"
        title = f"{n}. {ch.get('severity')} {ch.get('kind')}: {ch.get('message')}"
        for key, side in (("source", src), ("derivative", der)):
            span = ch.get(key)
            if span and span.get("end", 0) > span.get("start", 0):
                side.anns.append(
                    _Ann(
                        int(span["start"]),
                        int(span["end"]),
                        f"chg sev-{sev}",
                        anchor=f"c-{n}{side.prefix}",
                        ref=f"c-{n}",
                        label=str(n),
                        title=title,
                    )
                )


def _rows(data: dict[str, Any], src: _Side, der: _Side) -> list[str]:
    aln = data.get("alignment") or {}
    pairs = aln.get("pairs") or []
    # (sort key, html) in the derivative's order; omitted source sentences go after
    # the row holding the closest aligned source sentence before them.
    rows: list[tuple[tuple[float, float], str]] = []
    pair_keys: list[tuple[int, float]] = []  # (max source index, row key)
    for k, p in enumerate(pairs):
        s_idx = [i for i in p.get("source") or [] if 0 <= i < len(src.sentences)]
        d_idx = [j for j in p.get("derivative") or [] if 0 <= j < len(der.sentences)]
        if not d_idx and not s_idx:
            continue
        kind = (
            p.get("kind") if p.get("kind") in ("verbatim", "paraphrase", "partial") else "partial"
        )
        key = float(min(d_idx)) if d_idx else float(len(der.sentences))
        if s_idx:
            pair_keys.append((max(s_idx), key))
        to_d = f" · pairs with {_sid('d', d_idx)}" if d_idx else ""
        to_s = f" · pairs with {_sid('s', s_idx)}" if s_idx else ""
        left = "".join(_sentence_block(src, i, to_d) for i in s_idx)
        right = "".join(_sentence_block(der, j, to_s) for j in d_idx)
        label = f"{_KIND_LABEL[kind]} {_num(p.get('score'))}"
        shape = ""
        if len(s_idx) > 1:
            shape = " · merge"
        elif len(d_idx) > 1:
            shape = " · split"
        rows.append(
            (
                (key, 0.0),
                f'<div class="row k-{kind}" id="p-{k}">'
                f'<div class="side"><span class="lab">source · {label}{shape}</span>{left}</div>'
                f'<div class="side"><span class="lab">derivative</span>{right}'
                f'<span class="meta">{label}{shape} · <a href="#p-{k}">link</a></span></div>'
                "</div>",
            )
        )
    for j in aln.get("additions") or []:
        if not 0 <= j < len(der.sentences):
            continue
        rows.append(
            (
                (float(j), 0.0),
                f'<div class="row k-addition" id="a-{j}">'
                '<div class="side"><span class="lab">source</span>'
                '<p class="empty">not in the source</p></div>'
                '<div class="side"><span class="lab">derivative · added</span>'
                f"{_sentence_block(der, j, ' · added')}</div></div>",
            )
        )
    for i in aln.get("omissions") or []:
        if not 0 <= i < len(src.sentences):
            continue
        before = [key for mx, key in pair_keys if mx < i]
        key = max(before) if before else -1.0
        rows.append(
            (
                (key, 1.0 + i / 1e6),
                f'<div class="row k-omission" id="o-{i}">'
                '<div class="side"><span class="lab">source · omitted</span>'
                f"{_sentence_block(src, i, ' · omitted')}</div>"
                '<div class="side"><span class="lab">derivative</span>'
                '<p class="empty">omitted by the derivative</p></div></div>',
            )
        )
    rows.sort(key=lambda r: r[0])
    return [html for _, html in rows]


def _side_by_side(data: dict[str, Any], src: _Side, der: _Side) -> str:
    aln = data.get("alignment") or {}
    out = ['<section aria-labelledby="aln-h">', '<h2 id="aln-h">Side by side</h2>']
    counts = {
        "verbatim": sum(1 for p in aln.get("pairs") or [] if p.get("kind") == "verbatim"),
        "paraphrase": sum(1 for p in aln.get("pairs") or [] if p.get("kind") == "paraphrase"),
        "partial": sum(1 for p in aln.get("pairs") or [] if p.get("kind") == "partial"),
        "addition": len(aln.get("additions") or []),
        "omission": len(aln.get("omissions") or []),
    }
    out.append('<ul class="legend" aria-label="legend">')
    for k, n in counts.items():
        out.append(
            f'<li><span class="sw k-{k}" aria-hidden="true"></span>{n} {_KIND_LABEL[k]}</li>'
        )
    out.append(
        '<li><mark class="chg sev-high">marked</mark> meaning change</li>'
        '<li><span class="k-paraphrase"><span class="m">tinted</span></span> shared wording</li>'
    )
    out.append("</ul>")
    out.append(
        '<div class="colhead" aria-hidden="true">'
        f"<div>Source: {_e(src.info.get('name'))}</div>"
        f"<div>Derivative: {_e(der.info.get('name'))}</div></div>"
    )
    rows = _rows(data, src, der)
    if not rows:
        out.append('<p class="empty">No sentences to show.</p>')
    out += rows
    out.append("</section>")
    return "\n".join(out)


def _set_aside(src: dict[str, Any], der: dict[str, Any]) -> str:
    out = ['<section aria-labelledby="aside-h">', '<h2 id="aside-h">Set aside by the reader</h2>']
    any_ = False
    for info, who in ((src, "source"), (der, "derivative")):
        for key, what in (("credit_lines", "credit lines"), ("boilerplate", "boilerplate")):
            items = info.get(key) or []
            if not items:
                continue
            any_ = True
            out.append(
                f"<details><summary>{who}: {len(items)} {what} dropped</summary><ul>"
                + "".join(f"<li>{_e(x)}</li>" for x in items)
                + "</ul></details>"
            )
    if not any_:
        out.append('<p class="empty">Nothing was set aside.</p>')
    out.append("</section>")
    return "\n".join(out)


def _article_meta(info: dict[str, Any], who: str) -> str:
    bits = [f"<strong>{who}</strong>: {_e(info.get('name'))}"]
    for key in ("title", "site", "author", "date", "url"):
        if info.get(key) and info.get(key) != info.get("name"):
            bits.append(f"{key} {_e(info.get(key))}")  # URLs stay text, never links
    bits.append(f"{_e(info.get('words'))} words, {_e(info.get('format'))}")
    return "<li>" + " · ".join(bits) + "</li>"


def body(data: dict[str, Any], *, header: str = "") -> str:
    """The report's ``<body>`` content; ``header`` is trusted HTML put above it (the web
    page's navigation and download links)."""
    src_info = data.get("source") or {}
    der_info = data.get("derivative") or {}
    src, der = _Side(src_info, "s"), _Side(der_info, "d")
    _annotate(data, src, der)
    rel = (data.get("verdict") or {}).get("relation", "")
    parts = [
        '<a class="skip" href="#aln-h">Skip to the side-by-side text</a>',
        '<header class="top">',
        header,
        f"<h1>copydesk report: {_e(rel)}</h1>",
        f'<p class="sub">{_e(src_info.get("name"))} → {_e(der_info.get("name"))}</p>',
        "</header>",
        "<main>",
        _verdict(data, src_info, der_info),
        _changes(data, src, der),
        _side_by_side(data, src, der),
        _set_aside(src_info, der_info),
        '<section aria-labelledby="inputs-h"><h2 id="inputs-h">Inputs</h2><ul>',
        _article_meta(
            src_info, "source" if (data.get("direction") or {}).get("source") else "text 1"
        ),
        _article_meta(
            der_info, "derivative" if (data.get("direction") or {}).get("source") else "text 2"
        ),
        "</ul></section>",
        f"<footer>{_e(data.get('schema', 'copydesk.compare'))} "
        f"schema {_e(data.get('schema_version'))} · made by copydesk · "
        "self-contained: no script, no external resource</footer>",
        "</main>",
    ]
    return "\n".join(parts)


def render(data: dict[str, Any], *, header: str = "", css: str = CSS) -> str:
    """The self-contained HTML report for the JSON report dict ``data``."""
    src = (data.get("source") or {}).get("name")
    der = (data.get("derivative") or {}).get("name")
    rel = (data.get("verdict") or {}).get("relation", "")
    title = f"copydesk: {rel} — {src} → {der}"
    return page(title, body(data, header=header), css=css)
