"""The JSON report: a versioned, documented schema (docs/schema.md) other tools rely on.

Only plain types: every span is ``{"start", "end", "text"}`` with offsets into the
``text`` of the article it belongs to, which the report includes.
"""

from __future__ import annotations

import json as _json
from typing import Any

from copydesk.model import SCHEMA_VERSION, AnalyzedArticle, Credit, Report, Span

__all__ = ["report_to_dict", "trace_to_dict", "dumps", "article_info", "TRACE_SCHEMA_VERSION"]

#: Version of the trace schema (``"schema": "copydesk.trace"``), see docs/schema.md.
TRACE_SCHEMA_VERSION = "1.0"


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _credit(c: Credit) -> dict[str, Any]:
    return {"agency": c.agency, "kind": c.kind, "text": c.text, "start": c.start, "end": c.end}


def article_info(a: AnalyzedArticle, with_text: bool = True) -> dict[str, Any]:
    art = a.article
    out: dict[str, Any] = {
        "name": art.name,
        "id": art.id or None,
        "path": art.path,
        "url": art.url,
        "title": art.title,
        "site": art.site,
        "author": art.author,
        "date": art.date,
        "format": art.source_format,
        "words": sum(1 for s in a.sentences for t in s.tokens if t.text[0].isalnum()),
        "credit_lines": list(art.credit_lines),
        "boilerplate": list(art.boilerplate),
    }
    if with_text:
        out["text"] = art.text
        out["sentences"] = [
            {"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph}
            for s in a.sentences
        ]
    return out


def report_to_dict(r: Report) -> dict[str, Any]:
    src, der = r.source, r.derivative
    pairs = []
    for p in r.alignment.pairs:
        pairs.append(
            {
                "source": p.source,
                "derivative": p.derivative,
                "score": p.score,
                "kind": p.kind,
                "matches": [{"source": [a, b], "derivative": [c, d]} for a, b, c, d in p.matches],
            }
        )
    counts = r.severity_counts()
    d = r.direction
    return {
        "schema": "copydesk.compare",
        "schema_version": SCHEMA_VERSION,
        "mode": r.mode,
        "verdict": {
            "relation": r.relation.kind,
            "score": r.relation.score,
            "derived_share": r.relation.derived_share,
            "reused_share": r.relation.reused_share,
            "direction": d.source,
            "direction_confidence": d.confidence,
            "changes": counts,
            "credit": r.credit.verdict,
        },
        "relation": {
            "kind": r.relation.kind,
            "score": r.relation.score,
            "derived_share": r.relation.derived_share,
            "reused_share": r.relation.reused_share,
            "reasons": list(r.relation.reasons),
        },
        "direction": {
            "source": d.source,
            "confidence": d.confidence,
            "stated": d.stated,
            "reasons": list(d.reasons),
        },
        "source": article_info(src),
        "derivative": article_info(der),
        "alignment": {
            "pairs": pairs,
            "additions": list(r.alignment.additions),
            "omissions": list(r.alignment.omissions),
        },
        "changes": [
            {
                "kind": c.kind,
                "subkind": c.subkind,
                "severity": c.severity,
                "message": c.message,
                "pair": c.pair,
                "source": _span(c.source),
                "derivative": _span(c.derivative),
            }
            for c in r.changes
        ],
        "credit": {
            "verdict": r.credit.verdict,
            "message": r.credit.message,
            "source_credits": [_credit(c) for c in r.credit.source_credits],
            "derivative_credits": [_credit(c) for c in r.credit.derivative_credits],
        },
    }


def trace_to_dict(trace, index_path: str) -> dict[str, Any]:
    """The trace JSON: the query, what was searched, and per hit the compare report."""
    return {
        "schema": "copydesk.trace",
        "schema_version": TRACE_SCHEMA_VERSION,
        "mode": "copies" if trace.copies else "sources",
        # Article vectors joined the index keys (an index built with --semantic); the
        # hits' reports then say "semantic" too.
        "retrieval": "semantic" if getattr(trace, "semantic", False) else "lexical",
        "same_story": trace.same_story,
        "query": article_info(trace.query, with_text=False),
        "index": {"path": index_path, "articles": trace.indexed, "self_id": trace.self_id},
        "candidates": trace.candidates,
        "seconds": round(trace.seconds, 4),
        "hits": [
            {
                "rank": n,
                "id": h.id,
                "name": h.article.name,
                "title": h.article.title,
                "site": h.article.site,
                "date": h.article.date,
                "url": h.article.url,
                "role": h.role,
                "share": h.share,
                "retrieval_score": h.score,
                "report": report_to_dict(h.report),
            }
            for n, h in enumerate(trace.hits, 1)
        ],
    }


def dumps(obj: Any, indent: int | None = 2) -> str:
    return _json.dumps(obj, ensure_ascii=False, indent=indent)
