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
