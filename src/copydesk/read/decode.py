"""Bytes to text: limited reading, gzip with a bomb guard, encoding detection, repair.

Encoding policy (in order):

1. A byte-order mark (UTF-8/16/32) wins.
2. Strict UTF-8 (most of the web). For HTML a declared ``<meta charset>`` is tried
   before this when it is not UTF-8.
3. Mostly-ASCII bytes that decode as Windows-1252: curly quotes and dashes pasted from
   Word or an old CMS are the common case, and charset detection on a few non-ASCII
   bytes is a guess; cp1252 is the right guess for English news.
4. charset-normalizer's best guess.
5. Otherwise the input is binary: :class:`InputError`.

The decoded text is then repaired with ftfy (mojibake such as ``â€™`` for ``’``)
keeping curly quotes as they are: copydesk reports quote the user's text back, so the
text keeps its own characters. Analysis-time folding of quotes and dashes is
:func:`copydesk.read.normalize.analysis_form`, a 1:1 character map, so offsets hold.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from typing import BinaryIO

import charset_normalizer
import ftfy

from copydesk.errors import InputError, LimitError

GZIP_MAGIC = b"\x1f\x8b"
_PIECE = 8192
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# C0 controls other than tab, newline, form feed and carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


class LimitedReader(io.RawIOBase):
    """A read-only stream that raises :class:`LimitError` past ``limit`` bytes.

    Wraps a decompressing stream so a gzip bomb is stopped after ``limit`` inflated
    bytes; truncated or corrupt gzip becomes :class:`InputError`.
    """

    def __init__(self, raw: BinaryIO, limit: int, where: str, what: str = "decompressed size"):
        self._raw = raw
        self._limit = limit
        self._where = where
        self._what = what
        self.count = 0
        self._pending: InputError | None = None
        # read1 returns what one decompression step gives, so a truncated tail does not
        # swallow the complete data read before it.
        self._read = getattr(raw, "read1", raw.read)

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        # Read in small pieces so that data before a corrupt or truncated end is still
        # delivered (the records before it are read); the error comes on the next call.
        if self._pending is not None:
            err, self._pending = self._pending, None
            raise err
        want = len(b)
        got = 0
        while got < want:
            try:
                data = self._read(min(_PIECE, want - got))
            except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as e:
                err = InputError(self._where, f"corrupt or truncated compressed data ({e})")
                if got:
                    self._pending = err
                    break
                raise err from None
            if not data:
                break
            n = len(data)
            b[got : got + n] = data
            got += n
            self.count += n
            if self.count > self._limit:
                raise LimitError(
                    self._where,
                    f"{self._what} exceeds the limit of {_human(self._limit)} "
                    "(raise it with --max-decompressed-mb)",
                )
        return got


def open_stream(raw: BinaryIO, where: str, max_decompressed: int) -> io.BufferedReader:
    """A buffered stream over ``raw``, transparently gunzipped if it starts with gzip magic."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    head = buffered.peek(2)[:2]
    if head == GZIP_MAGIC:
        inner = gzip.GzipFile(fileobj=buffered, mode="rb")
        return io.BufferedReader(LimitedReader(inner, max_decompressed, where), 1 << 16)
    return buffered


def read_limited(
    stream: BinaryIO, limit: int, where: str, setting: str = "max_file_bytes"
) -> bytes:
    """All of ``stream``, or :class:`LimitError` if it holds more than ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise LimitError(where, f"larger than the limit of {_human(limit)} ({setting})")
    return data


def looks_binary(data: bytes) -> bool:
    """True for bytes no text reader should try: NULs or many control bytes."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def decode(data: bytes, where: str, *, html: bool = False) -> tuple[str, str]:
    """Decode ``data`` to text; returns (text, encoding). See the module docstring."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _repair(data.decode(enc)), enc
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        raise InputError(where, "binary data, not text, HTML or a record file")
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            if declared not in ("utf-8", "utf8"):
                try:
                    codecs.lookup(declared)
                    enc = (
                        "cp1252"
                        if declared in ("iso-8859-1", "latin-1", "latin1", "us-ascii")
                        else declared
                    )
                    return _repair(data.decode(enc)), enc
                except (LookupError, UnicodeDecodeError):
                    pass
    try:
        return _repair(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data[:65536] if b >= 0x80)
    if high <= max(8, len(data[:65536]) // 20):
        try:
            return _repair(data.decode("cp1252")), "cp1252"
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data[: 4 * 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputError(where, "cannot detect the text encoding (binary data?)")
    try:
        return _repair(data.decode(best.encoding, errors="replace")), best.encoding
    except LookupError:  # pragma: no cover - charset-normalizer names a codec Python has
        raise InputError(where, f"unknown encoding {best.encoding}") from None


def _repair(text: str) -> str:
    """Fix mojibake and odd characters, keep curly quotes (see module docstring)."""
    if not text:
        return text
    if text.isascii():
        return text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def repair(text: str) -> str:
    """The repair step alone, for text that arrives as ``str`` (stdin, JSON fields)."""
    return _repair(text)
