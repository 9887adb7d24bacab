"""Files, folders, globs and stdin to a stream of Articles, with failures reported.

:func:`iter_articles` is what batch commands use: it expands inputs (``-`` for stdin,
folders recursively, glob patterns), detects each file's format (by extension, then by
content), streams record files, and yields an :class:`Article` per article or a
:class:`ReadFailure` per file or record that could not be read. A bad file or record
never stops the batch. :class:`ReadStats` counts what happened (and what was skipped:
non-HTML WARC records, media files in folders) for the summary and the JSON output.

:func:`read_file` reads exactly one article (``copydesk compare a.html b.txt``).
"""

from __future__ import annotations

import glob
import io
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from copydesk.errors import InputError, LimitError
from copydesk.model import Article
from copydesk.read import records, warc
from copydesk.read.decode import decode, open_stream, read_limited
from copydesk.read.html import looks_like_html, read_html
from copydesk.read.options import DEFAULT_OPTIONS, ReadOptions
from copydesk.read.pending import Pending
from copydesk.read.text import read_text

FORMATS = ("text", "html", "warc", "jsonl", "json", "csv", "tsv")

_EXT = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html", ".php": "html",
    ".asp": "html", ".aspx": "html", ".mhtml": "html",
    ".warc": "warc", ".arc": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jl": "jsonl",
    ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
}  # fmt: skip
# Files in a folder with these extensions are counted as skipped, not failed.
_MEDIA = frozenset(
    ".jpg .jpeg .png .gif .webp .svg .ico .bmp .tif .tiff .css .js .mjs .map .mp3 .mp4 .m4a "
    ".webm .ogg .wav .avi .mov .pdf .woff .woff2 .ttf .otf .eot .zip .tar .7z .rar .exe .dll "
    ".so .pyc .db .sqlite .parquet .pkl".split()
    # SQLite's journal files beside a database: an index kept in the folder it indexes.
    + [f"{db}-{side}" for db in (".db", ".sqlite") for side in ("wal", "shm", "journal")]
)


@dataclass(slots=True)
class ReadFailure:
    """A file or record that could not be read: where, and why (one line)."""

    path: str
    reason: str
    offset: int | None = None  # record offset: line number (JSONL/CSV), byte offset (WARC)
    kind: str = "input"  # "input" or "limit"

    def __str__(self) -> str:
        if self.offset is None:
            return f"{self.path}: {self.reason}"
        # The error locations' conventions: "file:12" for a line of an export,
        # "file@4096" for a byte offset into a crawl file.
        crawl = format_from_name(self.path)[0] == "warc"
        return f"{self.path}{'@' if crawl else ':'}{self.offset}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "offset": self.offset, "reason": self.reason, "kind": self.kind}


@dataclass(slots=True)
class ReadStats:
    """Counts for a batch read; filled while :func:`iter_articles` runs."""

    files: int = 0
    articles: int = 0
    failures: int = 0
    skipped: Counter = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "articles": self.articles,
            "failures": self.failures,
            "skipped": dict(self.skipped),
            "seconds": round(self.elapsed, 3),
        }

    def summary(self) -> str:
        """One line for a terminal: "read 12 articles from 3 files (1 failure, 40 skipped)"."""
        skipped = sum(self.skipped.values())
        extra = [f"{self.failures} failure{'s' if self.failures != 1 else ''}"]
        if skipped:
            extra.append(f"{skipped} skipped")
        return (
            f"read {self.articles} article{'s' if self.articles != 1 else ''} from "
            f"{self.files} file{'s' if self.files != 1 else ''} ({', '.join(extra)})"
        )


@dataclass(slots=True)
class ReadResult:
    articles: list[Article]
    failures: list[ReadFailure]
    stats: ReadStats


# --------------------------------------------------------------------------- formats


def format_from_name(name: str) -> tuple[str | None, bool]:
    """(format or None, gzipped) from a file name."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    return _EXT.get(os.path.splitext(lower)[1]), gz


def sniff_format(head: bytes) -> str:
    """The format of (uncompressed) content from its first bytes."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].strip()
        return "jsonl" if first.endswith(b"}") else "json"
    text = head[:8192].decode("utf-8", errors="ignore")
    if looks_like_html(text):
        return "html"
    return "text"


def _single(data: bytes, where: str, fmt: str, options: ReadOptions) -> Article:
    """An HTML or text file's bytes as one Article."""
    if not data.strip():
        raise InputError(where, "empty file")
    text, encoding = decode(data, where, html=(fmt == "html"))
    if fmt == "html" or (fmt == "text" and looks_like_html(text)):
        art = read_html(text, where, options=options)
    else:
        art = read_text(text, where, options)
    art.path = None if where.startswith("<") else where
    if encoding not in ("utf-8", "ascii"):
        art.meta["encoding"] = encoding
    return art


def _open(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder (batch commands read folders)") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as e:
        raise InputError(path, f"cannot open ({e.strerror or e})") from None


def _read_stream(
    raw: BinaryIO, where: str, options: ReadOptions, fmt: str | None, skipped: Counter
) -> Iterator[tuple[Article | InputError, int | None]]:
    """Everything in one (possibly gzipped) stream, as (Article or error, offset) pairs."""
    stream = open_stream(raw, where, options.max_decompressed_bytes)
    if fmt is None:
        fmt = sniff_format(stream.peek(8192)[:8192])
    if fmt == "warc":
        yield from warc.iter_warc(stream, where, options, skipped)
    elif fmt == "jsonl":
        yield from records.iter_jsonl(stream, where, options)
    elif fmt in ("csv", "tsv"):
        yield from records.iter_csv(stream, where, options, fmt)
    elif fmt == "json":
        data = read_limited(stream, options.max_file_bytes, where)
        yield from records.iter_json(data, where, options)
    else:
        data = read_limited(stream, options.max_file_bytes, where)
        if fmt == "text" and not data.lstrip()[:1] == b"<":
            # A text file may still be a record file saved without an extension.
            sniffed = sniff_format(data[:8192])
            if sniffed in ("warc", "jsonl"):
                yield from _read_stream(io.BytesIO(data), where, options, sniffed, skipped)
                return
        if options.defer:
            args = (data, where, fmt, options.replace(defer=False))
            yield Pending(_single, args, where), None
        else:
            yield _single(data, where, fmt, options), None


def _check_size(path: str, fmt: str | None, gz: bool, options: ReadOptions) -> None:
    if path == "-" or gz or fmt not in ("html", "text", "json"):
        return
    try:
        size = os.path.getsize(path)
    except OSError:
        return
    if size > options.max_file_bytes:
        raise LimitError(
            path,
            f"file is {_size(size)}, over the limit of {_size(options.max_file_bytes)} "
            "(raise it with --max-file-mb)",
        )


def _size(n: int) -> str:
    """A byte count for a person: "12 KB", "3.4 MB"."""
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"
    return f"{n / (1024 * 1024):.1f} MB"


def iter_file(
    path: str | Path,
    options: ReadOptions = DEFAULT_OPTIONS,
    skipped: Counter | None = None,
    fmt: str | None = None,
) -> Iterator[Article | ReadFailure]:
    """Every article in one file (or ``-``), failures included as :class:`ReadFailure`."""
    where = "<stdin>" if str(path) == "-" else str(path)
    skipped = skipped if skipped is not None else Counter()
    name_fmt, gz = format_from_name(where)
    fmt = fmt or name_fmt
    try:
        _check_size(str(path), fmt, gz, options)
        raw = _open(str(path))
    except InputError as e:
        yield _failure(e, where, None)
        return
    try:
        for item, offset in _read_stream(raw, where, options, fmt, skipped):
            ok = isinstance(item, (Article, Pending))
            yield item if ok else _failure(item, where, offset)  # type: ignore[misc]
    except InputError as e:
        yield _failure(e, where, None)
    except RecursionError:
        yield ReadFailure(where, "input too deeply nested")
    except MemoryError:
        yield ReadFailure(where, "out of memory reading this input", kind="limit")
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


def _failure(e: InputError, where: str, offset: int | None) -> ReadFailure:
    """A ReadFailure for ``e``; the record offset comes from ``offset`` or from the
    error's location ("file:12" for line 12, "file@4096" for a WARC byte offset)."""
    if offset is None and e.where != where and e.where.startswith(where):
        tail = e.where[len(where) :]
        if tail[:1] in (":", "@") and tail[1:].isdigit():
            offset = int(tail[1:])
    kind = "limit" if isinstance(e, LimitError) else "input"
    return ReadFailure(path=where, reason=e.problem, offset=offset, kind=kind)


# --------------------------------------------------------------------------- inputs


def expand_inputs(
    inputs: str | Path | Iterable[str | Path],
    options: ReadOptions = DEFAULT_OPTIONS,
    skipped: Counter | None = None,
) -> Iterator[str | ReadFailure]:
    """File paths (and ``-``) from files, folders and glob patterns, in a stable order."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    skipped = skipped if skipped is not None else Counter()
    for item in inputs:
        s = str(item)
        if s == "-":
            yield s
        elif os.path.isdir(s):
            yield from _walk(s, options, skipped)
        elif os.path.exists(s):
            yield s
        elif glob.has_magic(s):
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                yield ReadFailure(s, "no file matches this pattern")
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m, options, skipped)
                else:
                    yield m
        else:
            yield ReadFailure(s, "no such file or folder")


def _walk(folder: str, options: ReadOptions, skipped: Counter) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if options.recursive else []
        for f in sorted(files):
            if f.startswith("."):
                continue
            path = os.path.join(root, f)
            ext = os.path.splitext(f.lower().removesuffix(".gz"))[1]
            if ext in _MEDIA:
                skipped["media or binary file in folder"] += 1
                continue
            yield path


def iter_articles(
    inputs: str | Path | Iterable[str | Path],
    options: ReadOptions = DEFAULT_OPTIONS,
    stats: ReadStats | None = None,
) -> Iterator[Article | ReadFailure]:
    """Every article in ``inputs``; a :class:`ReadFailure` for whatever cannot be read.

    ``inputs`` is a path, ``-`` (stdin), a folder (read recursively), a glob pattern, or
    a list of them. Pass a :class:`ReadStats` to get counts as reading goes; a progress
    bar on stderr shows when ``options.progress`` allows (see :func:`progress_enabled`).
    With ``options.defer`` the costly conversions come as
    :class:`~copydesk.read.pending.Pending` items (counted as articles here) for
    :func:`~copydesk.read.pending.resolve` to run in parallel.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("The council voted on Monday to close the old bridge for repairs.")
    >>> [a.text[:11] for a in iter_articles(d)]
    ['The council']
    """
    stats = stats if stats is not None else ReadStats()
    bar = _progress_bar(options)
    try:
        for path in expand_inputs(inputs, options, stats.skipped):
            if isinstance(path, ReadFailure):
                stats.failures += 1
                _tick(bar, stats, options)
                yield path
                continue
            stats.files += 1
            for item in iter_file(path, options, stats.skipped):
                if isinstance(item, ReadFailure):
                    stats.failures += 1
                else:
                    stats.articles += 1
                _tick(bar, stats, options)
                yield item
    finally:
        if bar is not None:
            bar.close()


def read_all(
    inputs: str | Path | Iterable[str | Path], options: ReadOptions = DEFAULT_OPTIONS
) -> ReadResult:
    """:func:`iter_articles` collected into articles, failures and stats."""
    stats = ReadStats()
    arts: list[Article] = []
    fails: list[ReadFailure] = []
    for item in iter_articles(inputs, options, stats):
        (fails if isinstance(item, ReadFailure) else arts).append(item)  # type: ignore[arg-type]
    return ReadResult(arts, fails, stats)


def read_file(path: str | Path, options: ReadOptions = DEFAULT_OPTIONS) -> Article:
    """Exactly one article from ``path`` (or ``-``); :class:`InputError` otherwise.

    A record file (WARC, JSONL, CSV) must hold exactly one article here; batch commands
    use :func:`iter_articles` instead.
    """
    where = "<stdin>" if str(path) == "-" else str(path)
    if str(path) != "-" and os.path.isdir(str(path)):
        raise InputError(where, "is a folder; give one file (batch commands read folders)")
    found: list[Article] = []
    for item in iter_file(path, options):
        if isinstance(item, ReadFailure):
            if len(found) == 0:
                raise (LimitError if item.kind == "limit" else InputError)(
                    str(item.path), _with_offset(item)
                )
            continue
        found.append(item)
        if len(found) > 1:
            raise InputError(
                where, "holds more than one article; use a batch command (index, scan) for it"
            )
    if not found:
        raise InputError(where, "no article found")
    return found[0]


def _with_offset(f: ReadFailure) -> str:
    return f.reason if f.offset is None else f"record {f.offset}: {f.reason}"


def read_bytes(
    data: bytes, name: str = "<bytes>", options: ReadOptions = DEFAULT_OPTIONS
) -> Article:
    """One article from bytes of any single-article format (an upload, an HTTP body)."""
    items = list(_read_stream(io.BytesIO(data), name, options, None, Counter()))
    arts = [a for a, _ in items if isinstance(a, Article)]
    if len(arts) == 1:
        return arts[0]
    if not arts:
        errs = [e for e, _ in items if isinstance(e, InputError)]
        raise errs[0] if errs else InputError(name, "no article found")
    raise InputError(name, "holds more than one article")


# --------------------------------------------------------------------------- progress


def progress_enabled(options: ReadOptions) -> bool:
    """The bar shows when ``options.progress`` is True, or it is None, ``quiet`` is off
    and stderr is a terminal."""
    if options.progress is not None:
        return options.progress
    if options.quiet:
        return False
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _progress_bar(options: ReadOptions):
    if not progress_enabled(options):
        return None
    from tqdm import tqdm

    return tqdm(desc="reading", unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)


def _tick(bar, stats: ReadStats, options: ReadOptions) -> None:
    if bar is not None:
        bar.update(1)
        if stats.failures:
            bar.set_postfix(files=stats.files, failed=stats.failures, refresh=False)
        else:
            bar.set_postfix(files=stats.files, refresh=False)
    if options.on_progress is not None:
        options.on_progress(stats)
