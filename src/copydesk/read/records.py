"""Record files (JSONL, CSV/TSV, JSON arrays) to Articles, streamed record by record.

Field names are configurable (``ReadOptions.fields``, see
:data:`copydesk.read.options.DEFAULT_FIELDS`); a dotted name reads a nested field. A
``text`` field holding HTML is detected and extracted like an HTML page. A bad record
(invalid JSON, no text field, empty text, oversized line) is yielded as a
:class:`~copydesk.read.batch.ReadFailure` with its line number, and reading goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from copydesk.errors import InputError, LimitError
from copydesk.model import Article
from copydesk.read.decode import repair
from copydesk.read.html import looks_like_html, read_html
from copydesk.read.options import ReadOptions
from copydesk.read.pending import Pending
from copydesk.read.text import read_text

# (Article | failure reason | Pending, record offset) pairs; batch.py turns reasons into
# ReadFailure.
Item = tuple[Article | InputError | Pending, int]


def _convert(record: Any, loc: str, options: ReadOptions, fmt: str, offset: int) -> Item:
    """The record's Article now, or its conversion left for later (``options.defer``)."""
    if options.defer:
        args = (record, loc, options.replace(defer=False), fmt)
        return Pending(record_to_article, args, loc.rsplit(":", 1)[0], offset), offset
    try:
        return record_to_article(record, loc, options, fmt), offset
    except InputError as e:
        return e, offset


def _get(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value: Any = record
        for part in name.split("."):
            if isinstance(value, dict) and part in value:
                value = value[part]
            else:
                value = None
                break
        if value not in (None, "", [], {}):
            return value
    return None


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(_as_str(v)) for v in value if v not in (None, ""))
    elif isinstance(value, dict):
        value = value.get("name") or value.get("title") or None
        if value is None:
            return None
    s = repair(str(value)).strip()
    return s or None


def record_to_article(
    record: dict[str, Any], where: str, options: ReadOptions, source_format: str
) -> Article:
    """One export record as an Article; :class:`InputError` if it has no usable text."""
    if not isinstance(record, dict):
        raise InputError(where, f"record is a JSON {type(record).__name__}, not an object")
    f = options.fields
    text = _as_str(_get(record, f["text"]))
    if not text:
        raise InputError(where, f"no text field (tried: {', '.join(f['text'])})")
    url = _as_str(_get(record, f["url"]))
    rid = _as_str(_get(record, f["id"]))
    name = rid or where
    if looks_like_html(text):
        art = read_html(text, name, url=url, options=options, source_format=source_format)
    else:
        art = read_text(text, name, options, path=None, source_format=source_format)
    art.id = name
    art.path = where.rsplit(":", 1)[0] if ":" in where else where
    art.url = url or art.url
    for key in ("title", "site", "author", "date", "language"):
        value = _as_str(_get(record, f[key]))
        if value:
            setattr(art, key, value)
    art.meta["record"] = where
    return art


def _line_iter(stream: BinaryIO, where: str, options: ReadOptions) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) pairs; an oversized line is yielded as b"" after skipping."""
    lineno = 0
    limit = options.max_record_bytes
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            # Skip the rest of the oversized line without holding it.
            while True:
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, b"\0oversized"
            continue
        yield lineno, line


def iter_jsonl(
    stream: BinaryIO, where: str, options: ReadOptions, fmt: str = "jsonl"
) -> Iterator[Item]:
    count = 0
    for lineno, raw in _line_iter(stream, where, options):
        loc = f"{where}:{lineno}"
        if raw == b"\0oversized":
            yield (
                LimitError(
                    loc,
                    f"record larger than {options.max_record_bytes:,} bytes (raise it with --max-record-mb)",
                ),
                lineno,
            )
            continue
        if not raw.strip():
            continue
        count += 1
        if count > options.max_records:
            raise LimitError(
                where, f"more than {options.max_records:,} records (raise it with --max-records)"
            )
        try:
            record = json.loads(raw.decode("utf-8", errors="replace"))
        except (ValueError, RecursionError) as e:
            yield InputError(loc, f"invalid JSON ({str(e).splitlines()[0][:120]})"), lineno
            continue
        yield _convert(record, loc, options, fmt, lineno)


def iter_json(data: bytes, where: str, options: ReadOptions) -> Iterator[Item]:
    """A JSON document: one record, a list of records, or an object holding one list."""
    try:
        doc = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError) as e:
        raise InputError(where, f"invalid JSON ({str(e).splitlines()[0][:120]})") from None
    if isinstance(doc, dict):
        lists = [v for v in doc.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        records = (
            lists[0] if len(lists) == 1 and _get(doc, options.fields["text"]) is None else [doc]
        )
    elif isinstance(doc, list):
        records = doc
    else:
        raise InputError(where, "JSON is neither an object nor a list of objects")
    if len(records) > options.max_records:
        raise LimitError(
            where, f"more than {options.max_records:,} records (raise it with --max-records)"
        )
    for i, record in enumerate(records):
        loc = f"{where}:{i}"
        yield _convert(record, loc, options, "json", i)


def iter_csv(
    stream: BinaryIO, where: str, options: ReadOptions, fmt: str = "csv"
) -> Iterator[Item]:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    head = text.read(65536)
    delim = options.csv_delimiter
    if delim is None:
        try:
            delim = csv.Sniffer().sniff(head.split("\n", 1)[0], delimiters=",\t;|").delimiter
        except csv.Error:
            delim = "\t" if fmt == "tsv" else ","
    rest = io.StringIO(head)
    csv.field_size_limit(max(options.max_record_bytes, 1024))

    def chained():
        yield from rest
        yield from text

    reader = csv.DictReader(chained(), delimiter=delim)
    count = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise InputError(f"{where}:{reader.line_num}", f"malformed CSV ({e})") from None
        count += 1
        if count > options.max_records:
            raise LimitError(
                where, f"more than {options.max_records:,} records (raise it with --max-records)"
            )
        loc = f"{where}:{reader.line_num}"
        record = {k: v for k, v in row.items() if isinstance(k, str)}
        yield _convert(record, loc, options, fmt, reader.line_num)
