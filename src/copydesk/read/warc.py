"""WARC / WARC.gz crawl files to Articles, streamed one record at a time (warcio).

Every ``response`` record (and ``resource`` record) with a 2xx HTTP status and an HTML
content type becomes an Article: ``url`` is the WARC-Target-URI, ``meta["crawl_date"]``
the WARC-Date, ``id`` the URI (or ``path@offset`` when a record has none), ``path`` the
file and ``meta["offset"]`` the record's byte offset in the *uncompressed* stream.
``date`` stays the publication date found in the page (None when the page shows none;
use ``meta["crawl_date"]`` as an upper bound).

Skipped and counted in ``skipped`` (a Counter by reason), never failures: request,
metadata, warcinfo and revisit records, non-HTML responses, non-2xx statuses, records
marked ``WARC-Truncated``, records over ``max_record_bytes``, and HTML pages with no
article text. A record whose HTTP payload cannot be decoded is a failure (yielded as an
:class:`InputError` with its offset); a broken WARC stream (bad gzip, bad record header)
ends the file with one failure after the records read so far.

Why warcio: it is maintained by Webrecorder, pure Python, handles chunked and
content-encoded payloads, and is what the Common Crawl examples use. FastWARC
(resiliparse) is faster per record but is not a declared dependency; extraction costs far
more than record parsing (bench/extraction/warc_speed.py measures both steps).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from copydesk.errors import InputError, LimitError
from copydesk.model import Article
from copydesk.read.decode import decode, looks_binary
from copydesk.read.html import read_html
from copydesk.read.options import ReadOptions
from copydesk.read.pending import Pending

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml+xhtml")

Item = tuple[Article | InputError | Pending, int]


def iter_warc(
    stream: BinaryIO, where: str, options: ReadOptions, skipped: Counter | None = None
) -> Iterator[Item]:
    """(Article or InputError, offset) for each HTML response record of a WARC stream.

    ``stream`` is uncompressed (the caller gunzips with a decompressed-size limit).
    """
    skipped = skipped if skipped is not None else Counter()
    count = 0
    it = ArchiveIterator(_Read1(stream), arc2warc=True, ensure_http_headers=False)
    records = iter(it)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except LimitError:
            raise
        except InputError:
            raise
        except (
            ArchiveLoadFailed,
            ValueError,
            EOFError,
            OSError,
            KeyError,
            IndexError,
            TypeError,
        ) as e:
            offset = _offset(it)
            raise InputError(f"{where}@{offset}", f"malformed WARC ({_short(e)})") from None
        count += 1
        if count > options.max_records:
            raise LimitError(
                where, f"more than {options.max_records:,} records (raise it with --max-records)"
            )
        offset = _offset(it)
        loc = f"{where}@{offset}"
        if record.rec_type not in ("response", "resource"):
            skipped[f"warc {record.rec_type} record"] += 1
            continue
        headers = record.rec_headers
        if headers.get_header("WARC-Truncated"):
            skipped["truncated record"] += 1
            continue
        ctype = ""
        if record.rec_type == "response":
            http = record.http_headers
            if http is None:
                skipped["response without HTTP headers"] += 1
                continue
            status = http.get_statuscode() or ""
            if not status.startswith("2"):
                skipped[f"HTTP status {status or '?'}"] += 1
                continue
            ctype = (http.get_header("Content-Type") or "").lower()
        else:
            ctype = (headers.get_header("Content-Type") or "").lower()
        if not ctype.startswith(_HTML_TYPES):
            skipped["not HTML"] += 1
            continue
        try:
            payload = record.content_stream().read(options.max_record_bytes + 1)
        except LimitError:
            raise
        except InputError:
            raise
        except Exception as e:  # warcio/zlib/brotli raise many kinds on a broken payload
            yield InputError(loc, f"cannot decode the HTTP payload ({_short(e)})"), offset
            continue
        if len(payload) > options.max_record_bytes:
            skipped["record over max_record_bytes"] += 1
            continue
        if not payload.strip() or looks_binary(payload):
            skipped["empty or binary payload"] += 1
            continue
        uri = headers.get_header("WARC-Target-URI")
        args = (payload, loc, uri, where, offset, headers.get_header("WARC-Date"))
        if options.defer:
            later = (*args, options.replace(defer=False))
            yield Pending(record_article, later, where, offset), offset
            continue
        try:
            art = record_article(*args, options)
        except InputError as e:
            yield e, offset
            continue
        if art is None:
            skipped["no article text"] += 1
            continue
        yield art, offset


def record_article(
    payload: bytes,
    loc: str,
    uri: str | None,
    where: str,
    offset: int,
    crawl_date: str | None,
    options: ReadOptions,
) -> Article | None:
    """One HTML response payload as an Article; None when the page has no article text
    (a skip, not a failure: index pages, galleries)."""
    name = uri or loc
    try:
        html, _enc = decode(payload, loc, html=True)
        art = read_html(html, name, url=uri, options=options, source_format="warc")
    except LimitError:
        raise
    except InputError as e:
        if "no article text" in e.problem:
            return None
        raise InputError(loc, e.problem) from None
    art.id = name
    art.path = where
    art.meta["crawl_date"] = crawl_date
    art.meta["offset"] = offset
    art.meta["record"] = loc
    return art


class _Read1:
    """``read(n)`` as ``read1(n)``: return what is buffered or one raw read, so warcio's
    16 KB block reads do not lose the complete records before a truncated gzip tail."""

    def __init__(self, stream):
        self._stream = stream

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            return self._stream.read()
        read1 = getattr(self._stream, "read1", None)
        return read1(n) if read1 is not None else self._stream.read(n)


def _offset(it: ArchiveIterator) -> int:
    # ``it.offset`` is where the current record starts; get_record_offset() would read
    # the record to its end first (and lose the payload).
    return int(getattr(it, "offset", 0) or 0)


def _short(e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return text[:160]
