"""Fuzzing the readers: hostile bytes give an InputError or an Article, never a crash or a hang."""

from __future__ import annotations

import gzip
import io
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.errors import InputError
from copydesk.model import Article
from copydesk.read import ReadOptions, read_bytes, read_html, read_text
from copydesk.read.batch import _read_stream

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OPTS = ReadOptions(max_file_bytes=1 << 20, max_decompressed_bytes=4 << 20, max_html_nodes=20_000)


def _all(
    data: bytes, name: str = "fuzz", formats=(None, "text", "html", "warc", "jsonl", "json", "csv")
) -> None:
    """Read ``data`` as every format; only InputError may escape."""
    for fmt in formats:
        try:
            for item, _ in _read_stream(io.BytesIO(data), name, OPTS, fmt, Counter()):
                assert isinstance(item, (Article, InputError))
        except InputError:
            pass


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    _all(data)


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_after_magic(tail):
    for head in (b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b"{", b"[", b"<html>"):
        _all(head + tail, formats=(None,))


@FAST
@given(st.integers(min_value=0, max_value=400))
def test_truncated_gzip(cut):
    body = (
        b"<html><body><p>"
        + b"The council voted on Monday to close the bridge. " * 20
        + b"</p></body></html>"
    )
    data = gzip.compress(body)
    _all(data[:cut])


TAGS = st.sampled_from(
    ["div", "p", "span", "table", "tr", "td", "a", "b", "article", "script", "style", "li", "ul"]
)


@st.composite
def broken_html(draw):
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 4))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.text(max_size=80)))
        elif kind == 3:
            parts.append(
                f'<{tag} class="{draw(st.text(max_size=30))}" {draw(st.text(max_size=10))}=x>'
            )
        else:
            parts.append(
                draw(
                    st.sampled_from(
                        ["<!--", "-->", "<![CDATA[", "&#x", "<?xml ?>", "<", ">", "\x00"]
                    )
                )
            )
    return "".join(parts)


@FAST
@given(broken_html())
def test_broken_html(html):
    try:
        a = read_html(html, "fuzz.html", options=OPTS)
        assert isinstance(a.text, str) and a.text
    except InputError:
        pass


@FAST
@given(st.text(max_size=3000))
def test_random_text(text):
    try:
        a = read_text(text, options=OPTS)
        assert a.text
    except InputError:
        pass


def test_huge_attribute_and_deep_nesting_are_bounded():
    cases = [
        '<html><body><p class="' + "x" * 2_000_000 + '">The vote is on Friday.</p></body></html>',
        "<div>" * 50_000 + "Deep." + "</div>" * 50_000,
        "<p>" + "<b>" * 30_000 + "text",
    ]
    for html in cases:
        t0 = time.monotonic()
        try:
            read_bytes(html.encode(), "hostile.html", OPTS)
        except InputError:
            pass
        assert time.monotonic() - t0 < 10


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=20000))
def test_random_bytes_heavy(data):
    _all(data)
