"""read: files, HTML, WARC, JSONL/CSV and pasted text -> Article records.

The one reader layer every command uses (issue 3). Entry points:

- :func:`read_text` (a string: text or HTML) and :func:`read_file` (one file or ``-``)
  return one :class:`~copydesk.model.Article` or raise a one-line
  :class:`~copydesk.errors.InputError` (:class:`~copydesk.errors.LimitError` for limits).
- :func:`read_html` for HTML already in memory, :func:`read_bytes` for an upload.
- :func:`iter_articles` (files, folders, globs, ``-``; WARC, JSONL, CSV, JSON, HTML,
  text, gzipped or not) yields Articles and :class:`ReadFailure` records and never stops
  on a bad input; :func:`read_all` collects them. :class:`ReadStats` counts.
- :class:`ReadOptions` holds limits, field names, cleaning switches and progress.

Modules follow the pipeline: ``decode`` (bytes -> text, gzip limits, encodings),
``html`` (extraction), ``clean`` (boilerplate and credit lines), ``text``, ``records``
(JSONL/CSV/JSON), ``warc``, ``batch`` (inputs, failures, progress), ``normalize``
(the offset contract and :func:`analysis_form`).
"""

from __future__ import annotations

from copydesk.read.batch import (
    ReadFailure,
    ReadResult,
    ReadStats,
    iter_articles,
    iter_file,
    progress_enabled,
    read_all,
    read_bytes,
    read_file,
)
from copydesk.read.clean import Cleaned, clean
from copydesk.read.html import html_to_text, read_html
from copydesk.read.normalize import analysis_form
from copydesk.read.options import DEFAULT_FIELDS, ReadOptions
from copydesk.read.text import read_text

__all__ = [
    "DEFAULT_FIELDS",
    "Cleaned",
    "ReadFailure",
    "ReadOptions",
    "ReadResult",
    "ReadStats",
    "analysis_form",
    "clean",
    "html_to_text",
    "iter_articles",
    "iter_file",
    "progress_enabled",
    "read_all",
    "read_bytes",
    "read_file",
    "read_html",
    "read_text",
]
