"""A page whose body is one huge paragraph reads its text; the reader's limits still apply."""

from __future__ import annotations

import time

import pytest

from copydesk.errors import LimitError
from copydesk.read import ReadOptions, read_file
from copydesk.read.html import parse
from copydesk.read.options import MB

SENTENCE = "The harbour board met on Monday to discuss the budget for the new pier. "


def _page(tmp_path, mb: float):
    # One <p> whose text is over libxml2's 10,000,000-byte limit for a text node.
    n = int(mb * MB / len(SENTENCE)) + 1
    html = f"<html><body><article><h1>Pier</h1><p>{SENTENCE * n}</p></article></body></html>"
    path = tmp_path / "huge.html"
    path.write_text(html, encoding="utf-8")
    return path, n


def test_one_huge_paragraph_is_parsed_whole(tmp_path):
    path, n = _page(tmp_path, 10.5)
    tree = parse(path.read_text(encoding="utf-8"), "huge.html")
    text = "".join(tree.find(".//p").itertext())
    assert len(text) == len(SENTENCE) * n  # libxml2 used to drop it silently


def test_one_huge_paragraph_page_reads_its_text(tmp_path):
    path, n = _page(tmp_path, 10.5)
    t0 = time.monotonic()
    art = read_file(path, ReadOptions(clean_text=False))
    assert art.text.count("harbour board met on Monday") == n
    assert time.monotonic() - t0 < 60


def test_file_limit_still_applies_to_a_huge_page(tmp_path):
    path, _ = _page(tmp_path, 10.5)
    with pytest.raises(LimitError, match="max_file_bytes|max-file-mb|limit"):
        read_file(path, ReadOptions(max_file_bytes=4 * MB))
