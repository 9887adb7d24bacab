"""read: files, HTML, WARC, JSONL/CSV and pasted text -> Article records.

Placeholder while the readers are written (issue 3): plain UTF-8 text only.
"""

from __future__ import annotations

from pathlib import Path

from copydesk.errors import InputError
from copydesk.model import Article


def read_text(text: str, name: str = "<text>") -> Article:
    return Article(text=text.strip(), id=name, path=name)


def read_file(path: str | Path) -> Article:
    p = Path(path)
    if not p.exists():
        raise InputError(str(p), "no such file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = p.read_bytes().decode("cp1252", errors="replace")
    if not text.strip():
        raise InputError(str(p), "empty file")
    return read_text(text, str(p))
