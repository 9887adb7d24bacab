"""The work a web request asks for, as plain functions of plain data.

Each job runs in a worker process (see :mod:`copydesk.web.workers`): it takes the
request's inputs (strings and bytes, picklable), calls the same pipeline functions as the
CLI, and returns the JSON report dict. Nothing here knows about HTTP.

An input article is a dict with one of ``text`` (pasted text or HTML: the reader detects
HTML), ``html`` (HTML as a string) or ``data`` (the bytes of an uploaded file), plus an
optional ``name`` and ``url`` (metadata only: the server never fetches a URL).
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from copydesk.errors import CopydeskError, InputError
from copydesk.model import Article

__all__ = ["JOBS", "read_input", "compare_job", "trace_job", "warm", "NotAvailable"]


class NotAvailable(CopydeskError):
    """The feature exists in the API but this server cannot serve it (no index)."""


def read_input(inp: dict[str, Any], default_name: str) -> Article:
    """One request input as an Article, through the readers' public functions."""
    # copydesk.read is also the name of a function on the package: fetch the module.
    read = importlib.import_module("copydesk.read")

    name = str(inp.get("name") or default_name)
    url = inp.get("url") or None
    if inp.get("data") is not None:
        read_bytes = getattr(read, "read_bytes", None)
        data: bytes = inp["data"]
        if read_bytes is not None:
            art = read_bytes(data, name)
        else:  # the plain-text reader of the first release
            art = read.read_text(data.decode("utf-8", errors="replace"), name)
    elif inp.get("html") is not None:
        read_html = getattr(read, "read_html", None)
        if read_html is not None:
            art = read_html(inp["html"], name, url=url)
        else:
            art = read.read_text(inp["html"], name)
    else:
        art = read.read_text(str(inp.get("text") or ""), name)
    if not art.text.strip():
        raise InputError(name, "no article text found")
    if url and not art.url:
        art.url = str(url)
    if not art.id:
        art.id = name
    return art


def compare_job(payload: dict[str, Any]) -> dict[str, Any]:
    """``{"a": input, "b": input, "source": "a"|"b"|None}`` -> the compare report dict."""
    from copydesk.pipeline import compare
    from copydesk.report.json import report_to_dict

    a = read_input(payload["a"], "a")
    b = read_input(payload["b"], "b")
    return report_to_dict(compare(a, b, source=payload.get("source")))


def trace_job(payload: dict[str, Any]) -> dict[str, Any]:
    """``{"article": input, "db": path, "limit": n, "copies": bool}`` -> the trace JSON
    (the same as ``copydesk trace --format json``)."""
    db = payload.get("db")
    if not db:
        raise NotAvailable("this server has no index: start it with `copydesk serve --db FILE`")
    try:
        from copydesk.index import open_index
        from copydesk.report.json import trace_to_dict
    except ImportError as err:
        raise NotAvailable(f"tracing is not available in this version: {err}") from err
    art = read_input(payload["article"], "article")
    idx = _INDEXES.get(db)
    if idx is None:
        idx = _INDEXES[db] = open_index(db, create=False)
    trace = idx.trace(art, top=int(payload.get("limit") or 5), copies=bool(payload.get("copies")))
    return trace_to_dict(trace, os.path.basename(db))


#: Open indexes of this worker process, by path (opened after the fork, never shared).
_INDEXES: dict[str, Any] = {}


def warm() -> None:
    """Load what the first job would load (readers, word lists, patterns)."""
    text = "<html><body><article><p>The council met on Monday. It voted 5-2.</p></article></body></html>"
    compare_job({"a": {"text": text}, "b": {"text": "The council met on Monday. It voted 5-2."}})


#: Job names a worker accepts (a request can only name one of these).
JOBS = {"compare": compare_job, "trace": trace_job}
