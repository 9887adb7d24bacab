"""Server-rendered pages of the web UI: plain HTML forms, no script, no build step.

Every value that came from a request or an article goes through :func:`html.escape`;
pages share the report's stylesheet plus :data:`WEB_CSS`, allowed by hash in the
Content-Security-Policy (see :func:`copydesk.report.html.csp`).
"""

from __future__ import annotations

from html import escape
from typing import Any

from copydesk.report import html as report_html

__all__ = ["CSS", "CSP", "form_page", "report_page", "trace_page", "error_page", "api_page"]

WEB_CSS = """
.site{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 18px;padding:10px 16px;
border-bottom:1px solid var(--line);max-width:none}
.site .brand{font-weight:800;font-size:1.1rem;color:var(--fg);text-decoration:none}
.site a{font-weight:600}
.lead{color:var(--muted);margin:4px 0 16px}
form.job{border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:0 0 20px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:16px}
fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 12px;padding:8px 12px;
min-width:0}
legend{font-weight:700;padding:0 4px}
label{display:block;font-weight:600;margin:6px 0 2px}
.hint{font-weight:400;color:var(--muted);font-size:.9em}
textarea{width:100%;min-height:12em;font:inherit;font-size:.95em;padding:6px;
border:1px solid var(--line);border-radius:4px;background:var(--bg);color:var(--fg);resize:vertical}
input[type=file],input[type=number]{font:inherit;max-width:100%}
input[type=number]{width:6em}
.radios label{display:inline-block;font-weight:400;margin-right:14px}
button{font:inherit;font-weight:700;padding:8px 22px;border-radius:6px;border:2px solid var(--paraphrase);
background:var(--paraphrase);color:#fff;cursor:pointer}
button:hover{filter:brightness(1.1)}
.error{border:2px solid var(--high);background:var(--high-bg);color:var(--fg);border-radius:6px;
padding:8px 12px;margin:12px 0}
.error strong{color:var(--high)}
pre{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px;
overflow:auto;font-size:.85em;white-space:pre-wrap;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;
border-bottom:1px solid var(--line);vertical-align:top;overflow-wrap:anywhere}
code{font-family:ui-monospace,monospace;font-size:.9em}
@media (max-width:720px){.pair{grid-template-columns:1fr;gap:0}}
"""

#: The stylesheet of every page the server renders, and its policy (form posts to self).
CSS = report_html.CSS + WEB_CSS
CSP = report_html.csp(CSS, form_action="'self'")

_ACCEPT = ".txt,.text,.html,.htm,.xhtml,.md,text/plain,text/html,application/xhtml+xml"


def _e(v: Any) -> str:
    return escape("" if v is None else str(v), quote=True)


def _site(index: bool) -> str:
    trace = '<a href="/#trace">Trace</a>' if index else ""
    return (
        '<header class="site top"><a class="brand" href="/">copydesk</a>'
        f'<a href="/#compare">Compare</a>{trace}<a href="/api">API</a></header>'
    )


def _page(title: str, body: str) -> str:
    return report_html.page(title, body, css=CSS, form_action="'self'")


def _error(message: str | None) -> str:
    if not message:
        return ""
    return f'<div class="error" role="alert" id="error"><strong>Error:</strong> {_e(message)}</div>'


def form_page(
    *,
    index: bool,
    error: str | None = None,
    values: dict[str, str] | None = None,
    max_mb: float = 4.0,
) -> str:
    """The start page: compare two articles, or trace one against the index."""
    v = values or {}
    src = v.get("source", "")

    def radio(value: str, label: str) -> str:
        checked = " checked" if src == value else ""
        return f'<label><input type="radio" name="source" value="{value}"{checked}> {label}</label>'

    def article(key: str, title: str) -> str:
        return (
            f"<fieldset><legend>{title}</legend>"
            f'<label for="{key}_text">Paste text or HTML</label>'
            f'<textarea id="{key}_text" name="{key}_text" spellcheck="false">'
            f"{_e(v.get(f'{key}_text', ''))}</textarea>"
            f'<label for="{key}_file">or upload a file <span class="hint">'
            f"(text or HTML, up to {max_mb:g} MB in all)</span></label>"
            f'<input id="{key}_file" name="{key}_file" type="file" accept="{_ACCEPT}">'
            "</fieldset>"
        )

    trace_form = ""
    if index:
        trace_form = (
            '<form class="job" id="trace" method="post" action="/trace" '
            'enctype="multipart/form-data" aria-labelledby="trace-h">'
            '<h2 id="trace-h">Trace one article</h2>'
            '<p class="lead">Find the articles in the newsroom index it was copied, '
            "excerpted or rewritten from.</p>"
            + article("t", "Article")
            + '<label for="limit">Candidates to show</label>'
            f'<input id="limit" name="limit" type="number" min="1" max="50" '
            f'value="{_e(v.get("limit", "5"))}">'
            '<p><button type="submit">Trace</button></p></form>'
        )
    body = (
        '<a class="skip" href="#compare">Skip to the form</a>'
        + _site(index)
        + "<main>"
        + "<h1>Where did this article come from, and what did the copy change?</h1>"
        + _error(error)
        + '<form class="job" id="compare" method="post" action="/compare" '
        'enctype="multipart/form-data" aria-labelledby="compare-h">'
        '<h2 id="compare-h">Compare two articles</h2>'
        '<p class="lead">Paste or upload two articles. copydesk aligns them sentence by '
        "sentence, says which one is the source, and lists what the copy changed.</p>"
        '<div class="pair">'
        + article("a", "Article A")
        + article("b", "Article B")
        + "</div>"
        + '<fieldset class="radios"><legend>Which one is the original?</legend>'
        + radio("", "work it out")
        + radio("a", "A is the source")
        + radio("b", "B is the source")
        + "</fieldset>"
        '<p><button type="submit">Compare</button></p></form>'
        + trace_form
        + "<footer>Nothing is stored beyond a short-lived copy of your report; "
        'no text leaves this server. <a href="/api">JSON API</a></footer>' + "</main>"
    )
    return _page("copydesk", body)


def report_page(data: dict[str, Any], token: str, *, index: bool) -> str:
    """The compare report with the site's navigation and download links."""
    nav = (
        _site(index) + '<nav class="actions" aria-label="report actions">'
        '<a href="/">New comparison</a>'
        f'<a href="/report/{_e(token)}.json" download>Download JSON</a>'
        f'<a href="/report/{_e(token)}.html" download>Download HTML report</a>'
        "</nav>"
    )
    return report_html.render(data, header=nav, css=CSS)


def trace_page(data: dict[str, Any], token: str, hit_tokens: list[str], *, index: bool) -> str:
    """The trace result: hits best first, each with its verdict and a link to its
    side-by-side report."""
    q = data.get("query") or {}
    idx = data.get("index") or {}
    mode = "Copies of" if data.get("mode") == "copies" else "Sources of"
    hits = data.get("hits") or []
    out = [
        _site(index),
        "<main>",
        f"<h1>{mode}: {_e(q.get('name'))}</h1>",
        '<nav class="actions" aria-label="result actions"><a href="/#trace">New trace</a>'
        f'<a href="/trace/{_e(token)}.json" download>Download JSON</a></nav>',
        f'<p class="lead">{_e(idx.get("articles"))} articles indexed, '
        f"{_e(data.get('candidates'))} candidates, {len(hits)} shown.</p>",
    ]
    if not hits:
        out.append('<p class="empty">No derived or same-story article found in the index.</p>')
    else:
        out.append(
            "<table><thead><tr><th scope=col>#</th><th scope=col>Relation</th>"
            "<th scope=col>Role</th><th scope=col>Derived</th><th scope=col>Article</th>"
            "<th scope=col>Changes</th><th scope=col>Credit</th></tr></thead><tbody>"
        )
        for h, t in zip(hits, hit_tokens, strict=False):
            rep = h.get("report") or {}
            v = rep.get("verdict") or {}
            c = v.get("changes") or {}
            rel = str(v.get("relation", ""))
            changes = ", ".join(f"{_e(c.get(k, 0))} {k}" for k in ("high", "medium", "low"))
            out.append(
                f"<tr><td>{_e(h.get('rank'))}</td>"
                f'<td><span class="rel rel-{_e(rel)}">{_e(rel)}</span></td>'
                f"<td>{_e(h.get('role'))}</td><td>{_pct(h.get('share'))}</td>"
                f'<td><a href="/report/{_e(t)}">{_e(h.get("name"))}</a></td>'
                f"<td>{changes}</td><td>{_e(v.get('credit'))}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</main>")
    return _page("copydesk trace", "".join(out))


def _pct(x: Any) -> str:
    try:
        return f"{float(x):.0%}"
    except (TypeError, ValueError):
        return ""


def error_page(status: int, message: str, *, index: bool = False) -> str:
    body = (
        _site(index)
        + f"<main><h1>{status}</h1>{_error(message)}"
        + '<p><a href="/">Back to the start page</a></p></main>'
    )
    return _page(f"copydesk: error {status}", body)


def api_page(*, index: bool) -> str:
    """A short human description of the JSON API (the OpenAPI document is the contract)."""
    body = (
        _site(index) + "<main><h1>JSON API</h1>"
        '<p>The OpenAPI 3.1 document: <a href="/api/openapi.json">/api/openapi.json</a>. '
        "Responses use the same schema as <code>copydesk compare --format json</code>.</p>"
        "<table><thead><tr><th scope=col>Endpoint</th><th scope=col>Body</th>"
        "<th scope=col>Returns</th></tr></thead><tbody>"
        '<tr><td><code>POST /api/compare</code></td><td><code>{"a": {"text": "…"}, '
        '"b": {"html": "…"}, "source": "a"}</code></td><td>the compare report '
        "(<code>?format=html</code>: the self-contained HTML report)</td></tr>"
        '<tr><td><code>POST /api/trace</code></td><td><code>{"article": {"text": "…"}, '
        '"limit": 5}</code></td><td>candidate sources from the index</td></tr>'
        '<tr><td><code>GET /healthz</code></td><td></td><td><code>{"status": "ok"}</code>'
        "</td></tr></tbody></table>"
        '<p>Errors are JSON: <code>{"error": {"status": 413, "code": "too_large", '
        '"message": "…"}}</code>.</p></main>'
    )
    return _page("copydesk API", body)
