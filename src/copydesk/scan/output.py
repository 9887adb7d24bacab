"""Writing the scan tables: JSONL and Parquet with one documented schema (docs/scan-schema.md).

Every table is a list of plain dict rows; :data:`TABLES` fixes each table's columns and
types, so JSONL and Parquet carry the same fields in the same order whichever engine
made them. Files are written to a temporary name and renamed, so an interrupted run
never leaves half a table behind.

Parquet needs ``pyarrow`` (``pip install copydesk[spark]``); JSONL needs nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from copydesk.errors import CopydeskError
from copydesk.scan.pairs import change_columns

__all__ = ["TABLES", "SCAN_SCHEMA_VERSION", "write_table", "write_json", "FORMATS", "check_formats"]

#: Version of the scan tables' schema; MINOR for added columns, MAJOR for breaking changes.
SCAN_SCHEMA_VERSION = "1.0"
FORMATS = ("jsonl", "parquet")

_S, _B, _I, _F, _LS = "string", "bool", "int", "float", "list<string>"

TABLES: dict[str, list[tuple[str, str]]] = {
    "relations": [
        ("source", _S), ("derivative", _S), ("relation", _S), ("score", _F),
        ("derived_share", _F), ("reused_share", _F), ("direction_known", _B),
        ("direction_confidence", _F), ("direction_reasons", _LS), ("credit", _S),
        ("shared_keys", _I),
        *[(c, _I) for c in change_columns()],
        ("source_site", _S), ("source_date", _S), ("source_title", _S), ("source_url", _S),
        ("derivative_site", _S), ("derivative_date", _S), ("derivative_title", _S),
        ("derivative_url", _S), ("changes", "changes"),
    ],
    "stories": [
        ("story", _S), ("origin", _S), ("origin_method", _S), ("origin_site", _S),
        ("origin_date", _S), ("origin_title", _S), ("origin_url", _S), ("size", _I),
        ("sites", _I), ("members", _LS), ("first_date", _S), ("last_date", _S),
        ("relations", _I), ("copies", _I), ("rewrites", _I), ("excerpts", _I),
        ("uncredited", _I), ("max_depth", _I), ("drift_high", _I), ("drift_total", _I),
    ],
    "chains": [
        ("story", _S), ("doc", _S), ("site", _S), ("date", _S), ("title", _S), ("url", _S),
        ("parent", _S), ("depth", _I), ("evidence", _S), ("relation", _S),
        ("derived_share", _F), ("direction_known", _B), ("credit", _S),
        ("changes_high", _I), ("changes_medium", _I), ("changes_low", _I), ("changes_total", _I),
        *[("drift_" + k, _I) for k in ("high", "medium", "low", "total", "number", "time",
                                        "quote", "attribution", "certainty", "claim")],
        ("origin_derived_share", _F), ("origin_changes_total", _I),
    ],
    "sites": [
        ("site", _S), ("articles", _I), ("derived", _I), ("derived_share", _F), ("copies", _I),
        ("rewrites", _I), ("excerpts", _I), ("uncredited", _I), ("uncredited_share", _F),
        ("with_changes", _I), ("changes_share", _F), ("high_changes", _I),
        ("mean_derived_share", _F), ("origins", _I), ("reused_by_others", _I), ("sources", _I),
    ],
}  # fmt: skip


def check_formats(formats: Sequence[str]) -> list[str]:
    out = []
    for f in formats:
        f = f.strip().lower()
        if f not in FORMATS:
            raise CopydeskError(f"unknown output format {f!r} (known: {', '.join(FORMATS)})")
        if f not in out:
            out.append(f)
    if "parquet" in out:
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise CopydeskError(
                "Parquet output needs pyarrow: pip install 'copydesk[spark]', or use --format jsonl"
            ) from None
    return out


def _arrow_type(t: str):
    import pyarrow as pa

    return {
        _S: pa.string(),
        _B: pa.bool_(),
        _I: pa.int64(),
        _F: pa.float64(),
        _LS: pa.list_(pa.string()),
        "changes": pa.list_(
            pa.struct(
                [("kind", pa.string()), ("subkind", pa.string()), ("severity", pa.string()),
                 ("message", pa.string())]
            )
        ),
    }[t]  # fmt: skip


def arrow_schema(table: str):
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(t)) for name, t in TABLES[table]])


def _project(rows: Iterable[dict[str, Any]], table: str) -> list[dict[str, Any]]:
    cols = [c for c, _ in TABLES[table]]
    return [{c: r.get(c) for c in cols} for r in rows]


def _replace(tmp: Path, path: Path) -> None:
    os.replace(tmp, path)


def write_table(
    rows: Iterable[dict[str, Any]], out: str | os.PathLike, table: str, formats: Sequence[str]
) -> list[str]:
    """Write ``rows`` as ``out/<table>.jsonl`` and/or ``out/<table>.parquet``; returns the
    paths written."""
    out = Path(out)
    rows = _project(rows, table)
    written = []
    if "jsonl" in formats:
        path = out / f"{table}.jsonl"
        tmp = out / f".{table}.jsonl.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        _replace(tmp, path)
        written.append(str(path))
    if "parquet" in formats:
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = out / f"{table}.parquet"
        tmp = out / f".{table}.parquet.tmp"
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)), tmp)
        _replace(tmp, path)
        written.append(str(path))
    return written


def write_json(data: Any, path: str | os.PathLike) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
