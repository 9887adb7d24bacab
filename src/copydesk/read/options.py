"""Reader settings: limits, field names, extraction switches and progress, in one object.

Every reader takes a :class:`ReadOptions`; the CLI maps its flags onto it. Defaults are
chosen so that a normal news file never meets a limit and a hostile one (a gzip bomb,
a 10 GB "article", a JSONL line of 500 MB) stops with a one-line :class:`LimitError`
instead of taking the machine down.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from copydesk.errors import InputError

MB = 1024 * 1024

#: Field names tried, in order, when a JSONL/CSV/JSON record has no configured name.
#: Chosen from the exports of common news APIs and scrapers (news-please, NewsAPI,
#: GDELT-style dumps, Common Crawl News derivatives). A dotted name reads a nested
#: field ("source.name").
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid", "_id", "article_id", "doc_id"),
    "url": ("url", "link", "uri", "canonical_url", "source_url"),
    "title": ("title", "headline"),
    "text": ("text", "maintext", "content", "body", "article", "full_text", "html"),
    "date": ("date", "date_publish", "published", "published_at", "publishedAt", "pubdate"),
    "site": ("site", "source_domain", "domain", "sitename", "source.name", "source"),
    "author": ("author", "authors", "byline", "creator"),
    "language": ("language", "lang"),
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How the readers read. Immutable; derive variants with :meth:`replace`.

    Limits (each raises :class:`copydesk.errors.LimitError` naming the input):

    ``max_file_bytes``
        Largest single-article file (HTML or text) read whole into memory: 32 MB. The
        largest real news page we have seen is a few MB; record files (WARC, JSONL, CSV)
        are streamed and not subject to it.
    ``max_record_bytes``
        Largest single record in a record file (a WARC response payload, a JSONL line,
        a CSV row): 16 MB. An oversized WARC record is skipped and counted; an oversized
        JSONL line is reported as a failure and reading continues.
    ``max_records``
        Most records read from one input: 10 million (a day of Common Crawl News is ~1M).
    ``max_decompressed_bytes``
        Most bytes one compressed input may inflate to: 8 GB. A gzip bomb stops here
        after streaming, never after allocating.
    ``max_html_nodes``
        HTML pages with more elements than this are not handed to the extractor
        (deep/huge DOMs are a denial-of-service vector): 200,000.

    Fields: ``fields`` maps id/url/title/text/date/site/author/language to the record
    field names tried in order (see :data:`DEFAULT_FIELDS`); use :meth:`with_fields`.

    Extraction: ``clean_text`` sets aside boilerplate and credit lines in plain text
    (and in text the HTML extractor kept); ``html_fallback`` lets the reader fall back
    to a simple DOM-to-text conversion when the extractor finds nothing.

    Parallel reading: with ``defer`` the record and file readers yield a
    :class:`~copydesk.read.pending.Pending` instead of running the costly conversion
    (extraction, cleaning) themselves; :func:`copydesk.read.pending.resolve` runs them on
    worker processes.

    Progress: ``progress`` is True/False, or None for "on when stderr is a terminal and
    ``quiet`` is False"; ``on_progress`` is called with a :class:`~copydesk.read.batch.ReadStats`
    after each item (for a web UI or a custom bar).
    """

    max_file_bytes: int = 32 * MB
    max_record_bytes: int = 16 * MB
    max_records: int = 10_000_000
    max_decompressed_bytes: int = 8 * 1024 * MB
    max_html_nodes: int = 200_000
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    csv_delimiter: str | None = None  # None: sniff (comma, tab, semicolon)
    clean_text: bool = True
    html_fallback: bool = True
    recursive: bool = True
    defer: bool = False
    quiet: bool = False
    progress: bool | None = None
    on_progress: Callable[[Any], None] | None = None

    def replace(self, **changes: Any) -> ReadOptions:
        return replace(self, **changes)

    def with_fields(self, spec: Mapping[str, str] | list[str] | str) -> ReadOptions:
        """Options whose record field names follow ``spec``.

        ``spec`` is a mapping ``{"text": "body"}``, or strings ``"text=body"`` (one, a
        comma-separated list, or a list of them, as a CLI flag gives them). A configured
        name replaces the defaults for that field.

        >>> ReadOptions().with_fields("text=body,title=headline").fields["text"]
        ('body',)
        """
        pairs: dict[str, str] = {}
        if isinstance(spec, Mapping):
            pairs = dict(spec)
        else:
            items = [spec] if isinstance(spec, str) else list(spec)
            for item in items:
                for part in item.split(","):
                    if not part.strip():
                        continue
                    key, sep, value = part.partition("=")
                    if not sep or not value.strip():
                        raise InputError("--field", f"expected NAME=FIELD, got {part.strip()!r}")
                    pairs[key.strip()] = value.strip()
        fields = dict(self.fields)
        for key, value in pairs.items():
            if key not in DEFAULT_FIELDS:
                known = ", ".join(DEFAULT_FIELDS)
                raise InputError("--field", f"unknown field {key!r} (known: {known})")
            fields[key] = (value,)
        return replace(self, fields=fields)


DEFAULT_OPTIONS = ReadOptions()
