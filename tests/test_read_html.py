"""HTML reader: extraction, metadata, fallback, limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.errors import InputError, LimitError
from copydesk.read import ReadOptions, html_to_text, read_file, read_html

FIX = Path(__file__).parent / "fixtures" / "read"


def test_page_extraction_and_metadata():
    a = read_file(FIX / "page.html")
    assert a.source_format == "html"
    assert a.title == "Harbor bill passes"
    assert a.site == "Wirewide"
    assert a.url == "https://wirewide.example/world/harbor-bill"
    assert a.author == "Maren Holt"
    assert a.date == "2024-03-05"
    assert a.language == "en"
    lines = a.text.splitlines()
    assert lines[0].startswith("PORT AVERY (Reuters) - Northland's senate voted")
    assert len(lines) == 3
    assert "(Reporting by Maren Holt; Editing by Piet Sauer)" in a.credit_lines
    assert "PORT AVERY (Reuters) -" in a.credit_lines
    assert "Exporters brace" not in a.text
    assert "Facebook" not in a.text and "All rights reserved" not in a.text


def test_fragment_falls_back_to_dom_text():
    a = read_html("<p>Short note: the vote is on Friday.</p>")
    assert a.text == "Short note: the vote is on Friday."


def test_no_text_is_an_input_error():
    with pytest.raises(InputError, match="x.html: no article text"):
        read_html("<html><body><script>var a=1;</script></body></html>", "x.html")


def test_node_limit():
    html = "<html><body>" + "<div>x</div>" * 500 + "</body></html>"
    with pytest.raises(LimitError, match="max_html_nodes"):
        read_html(html, "big.html", options=ReadOptions(max_html_nodes=100))


def test_html_to_text_skips_hidden_and_scripts():
    from copydesk.read.html import parse

    tree = parse(
        '<html><body><p>One</p><script>var x;</script><div style="display:none">Hidden</div>'
        "<ul><li>Two</li><li>Three</li></ul></body></html>",
        "t",
    )
    assert html_to_text(tree) == "One\nTwo\nThree"


def test_deeply_nested_markup_does_not_crash():
    html = "<div>" * 20000 + "Deep text here." + "</div>" * 20000
    try:
        a = read_html(html, "deep.html")
    except InputError:
        return
    assert "Deep text" in a.text
