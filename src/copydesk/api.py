"""The Python API: one verb per pipeline step, plain data back.

>>> import copydesk
>>> r = copydesk.compare("The council voted on Tuesday to double the flood budget.",
...                      "On Tuesday the council voted to quadruple the flood budget.")
>>> r.relation.kind
'rewrite'
>>> r.to_dict()["schema"]
'copydesk.compare'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from copydesk.model import Article, Report
from copydesk.options import DEFAULT, Options

ArticleLike = Article | str | os.PathLike | bytes


def read(source: ArticleLike, name: str | None = None) -> Article:
    """An Article from a path, a text or HTML string, or bytes (decoded and cleaned).

    A ``str`` is read as a file path when it names an existing file and holds no line
    break; otherwise it is the article itself (text or HTML). Pass a ``Path`` to force a
    file. Raises :class:`copydesk.errors.InputError` with a one-line message.
    """
    from copydesk.read import read_bytes, read_file, read_text

    if isinstance(source, Article):
        return source
    if isinstance(source, os.PathLike):
        return read_file(Path(source))
    if isinstance(source, bytes):
        return read_bytes(source, name or "<bytes>")
    if "\n" not in source and len(source) < 4096 and os.path.isfile(source):
        return read_file(source)
    return read_text(source, name or "<text>")


def compare(
    a: ArticleLike,
    b: ArticleLike,
    source: Literal["a", "b"] | None = None,
    semantic: bool = False,
    options: Options = DEFAULT,
) -> Report:
    """Compare two articles: relation, direction, alignment, meaning changes, credit.

    ``a`` and ``b`` are Articles, paths or texts (see :func:`read`). ``source`` states
    which one is the original; otherwise copydesk infers it and says why. The Report
    converts to the JSON schema with ``to_dict()``.
    """
    from copydesk.pipeline import compare as _compare

    return _compare(read(a, "a"), read(b, "b"), source=source, opts=options, semantic=semantic)


def trace(
    article: ArticleLike,
    index: str | os.PathLike = "copydesk.db",
    top: int = 10,
    copies: bool = False,
    same_story: bool = False,
):
    """The likely sources of ``article`` in the index at ``index`` (or, with
    ``copies=True``, the indexed articles derived from it), best first, each with its full
    compare :class:`~copydesk.model.Report`. Returns a :class:`copydesk.index.Trace`;
    ``copydesk.to_frame(trace)`` makes it a table. For many queries, keep one
    :func:`copydesk.open_index` open instead."""
    from copydesk.index import open_index

    query = read(article, "query")
    with open_index(index, create=False) as idx:
        return idx.trace(query, top=top, copies=copies, same_story=same_story)


def scan(inputs, out: str | os.PathLike, engine: str = "local", **kwargs) -> dict:
    """Scan a corpus (paths, folders, globs; any format the readers take) into the folder
    ``out``: relations, stories, chains and sites tables and summary.html. ``engine`` is
    ``"local"`` (all cores, resumable) or ``"spark"``. Returns the run's manifest (counts,
    timings, files). Keyword arguments go to the engine (``workers``, ``options``,
    ``read_options``, ``formats``, ``fresh`` …)."""
    from copydesk.scan import scan as _scan

    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    return _scan([str(x) for x in inputs], Path(out), engine=engine, **kwargs)


_TABLES = ("relations", "stories", "chains", "sites")


def to_frame(obj, table: str = "relations"):
    """A pandas DataFrame of results a user would want as a table.

    - a :class:`~copydesk.model.Report`: one row per meaning change;
    - a trace (:func:`trace`): one row per hit, with the verdict columns;
    - a scan output folder (path): the ``table`` (relations, stories, chains or sites);
    - a list of dicts: as given.

    pandas is imported only here (``pip install 'copydesk[dataframe]'``).
    """
    try:
        import pandas as pd
    except ImportError:
        from copydesk.errors import CopydeskError

        raise CopydeskError("tables need pandas: pip install 'copydesk[dataframe]'") from None
    if isinstance(obj, Report):
        rows = obj.to_dict()["changes"]
        return pd.DataFrame(
            [
                {
                    "kind": c["kind"],
                    "subkind": c["subkind"],
                    "severity": c["severity"],
                    "message": c["message"],
                    "source": (c["source"] or {}).get("text"),
                    "derivative": (c["derivative"] or {}).get("text"),
                    "pair": c["pair"],
                }
                for c in rows
            ],
            columns=["kind", "subkind", "severity", "message", "source", "derivative", "pair"],
        )
    if hasattr(obj, "hits"):
        rows = []
        for n, h in enumerate(obj.hits, 1):
            r = h.report
            counts = r.severity_counts()
            rows.append(
                {
                    "rank": n,
                    "name": h.article.name,
                    "title": h.article.title,
                    "site": h.article.site,
                    "date": h.article.date,
                    "role": h.role,
                    "relation": r.relation.kind,
                    "derived_share": r.relation.derived_share,
                    "direction_confidence": r.direction.confidence,
                    "changes_high": counts["high"],
                    "changes_medium": counts["medium"],
                    "changes_low": counts["low"],
                    "credit": r.credit.verdict,
                }
            )
        return pd.DataFrame(rows)
    if isinstance(obj, str | os.PathLike):
        import json

        if table not in _TABLES:
            raise ValueError(f"table must be one of {', '.join(_TABLES)}")
        path = Path(obj) / f"{table}.jsonl"
        with path.open(encoding="utf-8") as f:
            return pd.DataFrame([json.loads(line) for line in f if line.strip()])
    return pd.DataFrame(list(obj))
