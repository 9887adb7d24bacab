"""The server-rendered pages: the form flow, downloads, errors, and hostile input.

HTTP only (no browser); test_web_browser.py drives the same pages in Chromium.
"""

from __future__ import annotations

import json
import re

import pytest
from test_report_html import ALLOWED_TAGS, HOSTILE, _parse
from test_web_support import REWRITE, WIRE, LiveServer, multipart, request

from copydesk.model import Article
from copydesk.web import pages
from copydesk.web.app import WebOptions

PAGE_TAGS = ALLOWED_TAGS | {"form", "fieldset", "legend", "label", "textarea", "input", "button",
                            "table", "thead", "tbody", "tr", "th", "td", "code", "pre"}  # fmt: skip


def assert_page_safe(page: str) -> None:
    """Only our elements; links stay on this site; no script, handler or inline style."""
    p = _parse(page)
    assert "<script" not in page.lower()
    for tag, attrs in p.tags:
        assert tag in PAGE_TAGS, f"unexpected <{tag}>"
        for name, value in attrs.items():
            assert not name.startswith("on"), name
            assert name != "style"
            if name in ("href", "action", "src", "formaction"):
                assert value and (value.startswith("#") or value.startswith("/")), value
                assert not value.startswith("//")
    assert len(p.styles) == 1 and p.styles[0] == pages.CSS


@pytest.fixture(scope="module")
def server():
    with LiveServer(WebOptions(workers=1)) as s:
        yield s


def _post_form(server, fields, files=None, follow=False):
    body, ctype = multipart(fields, files)
    return request(server.url + "/compare", body, {"Content-Type": ctype}, follow=follow)


def test_start_page(server):
    r = request(server.url + "/")
    assert r.status == 200 and r.headers["content-type"].startswith("text/html")
    assert_page_safe(r.text)
    for name in ("a_text", "a_file", "b_text", "b_file", "source"):
        assert f'name="{name}"' in r.text
    # every form control has a label
    for m in re.finditer(r'<(?:textarea|input) id="([^"]+)"', r.text):
        assert f'<label for="{m.group(1)}"' in r.text
    assert "Trace one article" not in r.text  # no index configured


def test_compare_form_redirects_to_the_report(server):
    r = _post_form(server, {"a_text": WIRE, "b_text": REWRITE, "source": ""})
    assert r.status == 303
    where = r.headers["location"]
    assert re.fullmatch(r"/report/[A-Za-z0-9_-]{20,}", where)
    page = request(server.url + where)
    assert page.status == 200
    assert_page_safe(page.text)
    text = page.text
    assert text.index("Verdict") < text.index("Meaning changes") < text.index("Side by side")
    assert f'href="{where}.json"' in text and f'href="{where}.html"' in text
    data = request(server.url + where + ".json")
    assert data.status == 200 and "attachment" in data.headers["content-disposition"]
    assert json.loads(data.body)["schema"] == "copydesk.compare"
    html = request(server.url + where + ".html")
    assert html.status == 200 and "attachment" in html.headers["content-disposition"]
    assert html.text.startswith("<!doctype html>") and "/report/" not in html.text


def test_upload_files(server):
    page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in WIRE.split("\n\n"))
        + "</article></body></html>"
    )
    r = _post_form(
        server,
        {"a_text": "", "b_text": "", "source": "a"},
        {
            "a_file": ("wire.html", page.encode("cp1252"), "text/html"),
            "b_file": ("rewrite.txt", REWRITE.encode(), "text/plain"),
        },
        follow=True,
    )
    assert r.status == 200, r.body[:400]
    assert "wire.html" in r.text and "stated by the user" in r.text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"a_text": "", "b_text": "Some text."}, "Article A: paste text or upload a file"),
        ({"a_text": "x", "b_text": "y", "source": "q"}, "source must be"),
    ],
)
def test_form_errors_keep_the_input(server, fields, message):
    r = _post_form(server, fields)
    assert r.status == 422
    assert_page_safe(r.text)
    assert 'role="alert"' in r.text and message in r.text
    if fields.get("b_text"):
        assert f">{fields['b_text']}</textarea>" in r.text


def test_both_text_and_file_is_an_error(server):
    r = _post_form(
        server,
        {"a_text": WIRE, "b_text": REWRITE},
        {"a_file": ("a.txt", WIRE.encode(), "text/plain")},
    )
    assert r.status == 422 and "not both" in r.text


def test_form_too_large(server):
    opts = WebOptions(workers=0, max_body_bytes=50_000)
    with LiveServer(opts) as s:
        body, ctype = multipart({"a_text": "x " * 40_000, "b_text": "y"})
        r = request(s.url + "/compare", body, {"Content-Type": ctype})
        assert r.status == 413 and r.headers["content-type"].startswith("text/html")
        assert "larger than" in r.text
        assert_page_safe(r.text)


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_through_the_form_stays_text(server, payload):
    a = f"{WIRE}\n\n{payload} The mayor said so."
    b = f"{REWRITE}\n\n{payload} The mayor said so."
    r = _post_form(server, {"a_text": a, "b_text": b}, follow=True)
    assert r.status == 200
    assert_page_safe(r.text)
    # and the error page echoes it safely too
    e = _post_form(server, {"a_text": payload, "b_text": b, "source": "zz"})
    assert e.status == 422
    assert_page_safe(e.text)
    assert payload in "".join(_parse(e.text).text)


def test_hostile_upload_filename(server):
    name = '"><img src=x onerror=alert(1)>.txt'
    r = _post_form(
        server,
        {"a_text": "", "b_text": REWRITE},
        {"a_file": (name, WIRE.encode(), "text/plain")},
        follow=True,
    )
    assert r.status == 200
    assert_page_safe(r.text)


def test_unknown_report_is_404(server):
    r = request(server.url + "/report/AAAAAAAAAAAAAAAAAAAAAA")
    assert r.status == 404 and r.headers["content-type"].startswith("text/html")
    assert_page_safe(r.text)


def test_report_store_is_bounded():
    from copydesk.web.app import ApiError, _Store

    store = _Store(size=2, ttl=3600)
    t1 = store.put("compare", {"n": 1})
    store.put("compare", {"n": 2})
    store.put("compare", {"n": 3})
    with pytest.raises(ApiError):
        store.get("compare", t1)
    expired = _Store(size=2, ttl=-1)
    with pytest.raises(ApiError):
        expired.get("compare", expired.put("compare", {}))


def test_trace_form(tmp_path):
    from copydesk.index import open_index

    db = tmp_path / "copydesk.db"
    with open_index(db) as idx:
        idx.add([Article(WIRE, id="wire-1", title="Flood <b>plan</b>")])
    with LiveServer(WebOptions(workers=1, db=str(db))) as s:
        home = request(s.url + "/")
        assert "Trace one article" in home.text
        body, ctype = multipart({"t_text": REWRITE, "limit": "3"})
        r = request(s.url + "/trace", body, {"Content-Type": ctype}, follow=False)
        assert r.status == 303 and r.headers["location"].startswith("/trace/")
        page = request(s.url + r.headers["location"])
        assert page.status == 200
        assert_page_safe(page.text)
        links = re.findall(r'href="(/report/[^"]+)"', page.text)
        assert links, "each hit links to its side-by-side report"
        hit = request(s.url + links[0])
        assert hit.status == 200 and "Side by side" in hit.text
        js = request(s.url + r.headers["location"] + ".json")
        assert json.loads(js.body)["schema"] == "copydesk.trace"
