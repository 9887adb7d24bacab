"""One candidate pair in, one relation row out: the compare pipeline, nothing else.

:func:`relation_row` is what both engines run on every candidate pair (the local engine
in a multiprocessing worker, the Spark engine inside ``mapPartitions``). It calls
:func:`copydesk.pipeline.compare_analyzed` (never a re-implementation) and flattens the
:class:`~copydesk.model.Report` into one row of the ``relations`` table
(docs/scan-schema.md). Non-derived pairs (same-story, unrelated) give ``None``.

The two articles are always passed to ``compare_analyzed`` in id order, so the result
cannot depend on which engine found the pair or in what order.
"""

from __future__ import annotations

from typing import Any

from copydesk.errors import CopydeskError
from copydesk.model import AnalyzedArticle
from copydesk.pipeline import compare_analyzed
from copydesk.scan.articles import site_of
from copydesk.scan.options import DEFAULT, ScanOptions

__all__ = ["relation_row", "CHANGE_KINDS", "SEVERITIES", "change_columns"]

CHANGE_KINDS = ("number", "time", "quote", "attribution", "certainty", "claim", "credit")
SEVERITIES = ("high", "medium", "low")


def change_columns(prefix: str = "changes_") -> list[str]:
    return (
        [prefix + s for s in SEVERITIES] + [prefix + "total"] + [prefix + k for k in CHANGE_KINDS]
    )


def relation_row(
    a_id: str,
    a: AnalyzedArticle,
    b_id: str,
    b: AnalyzedArticle,
    shared_keys: int,
    options: ScanOptions = DEFAULT,
) -> dict[str, Any] | None:
    """The relations-table row for one pair, or None when neither derives from the other.

    An article too long to compare (a :class:`~copydesk.errors.LimitError`) gives a row
    with ``relation`` ``"error"`` so the failure is visible and never fatal.
    """
    if b_id < a_id:
        a_id, a, b_id, b = b_id, b, a_id, a
    # The direction reasons name the articles: name them by their path-free scan ids, so
    # every engine writes the same row wherever the files were read from.
    a.article.id, b.article.id = a_id, b_id
    try:
        report = compare_analyzed(a, b, opts=options.compare)
    except CopydeskError as e:
        return {"pair": [a_id, b_id], "relation": "error", "error": str(e)}
    rel = report.relation
    if rel.kind not in options.keep:
        return None
    d = report.direction
    flipped = d.source == "b"
    src_id, der_id = (b_id, a_id) if flipped else (a_id, b_id)
    src, der = report.source.article, report.derivative.article
    sev = {s: 0 for s in SEVERITIES}
    kinds = {k: 0 for k in CHANGE_KINDS}
    for c in report.changes:
        sev[c.severity] = sev.get(c.severity, 0) + 1
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    known = d.source is not None and d.confidence >= options.min_direction_confidence
    row: dict[str, Any] = {
        "source": src_id,
        "derivative": der_id,
        "relation": rel.kind,
        "score": round(rel.score, 4),
        "derived_share": round(rel.derived_share, 4),
        "reused_share": round(rel.reused_share, 4),
        "direction_known": known,
        "direction_confidence": round(d.confidence, 4),
        "direction_reasons": list(d.reasons),
        "credit": report.credit.verdict,
        "shared_keys": int(shared_keys),
    }
    for s in SEVERITIES:
        row["changes_" + s] = sev[s]
    row["changes_total"] = len(report.changes)
    for k in CHANGE_KINDS:
        row["changes_" + k] = kinds[k]
    for side, art in (("source", src), ("derivative", der)):
        row[side + "_site"] = site_of(art)
        row[side + "_date"] = art.date
        row[side + "_title"] = art.title
        row[side + "_url"] = art.url
    row["changes"] = [
        {"kind": c.kind, "subkind": c.subkind, "severity": c.severity, "message": c.message}
        for c in report.changes
    ]
    return row
