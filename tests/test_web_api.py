"""The JSON API of ``copydesk serve``: same schema as the CLI, clear 4xx, limits, safety.

Every test talks HTTP to a live server on 127.0.0.1 (see test_web_support.LiveServer).
"""

from __future__ import annotations

import http.client
import json
import socket
import time

import pytest
from test_web_support import REWRITE, ROOT, WIRE, LiveServer, post_json, request

from copydesk.model import Article
from copydesk.pipeline import compare
from copydesk.read import read_text
from copydesk.report.json import report_to_dict
from copydesk.web.app import WebOptions


@pytest.fixture(scope="module")
def server():
    with LiveServer(WebOptions(workers=2)) as s:
        yield s


def _error(r, status: int, code: str) -> str:
    assert r.status == status, (r.status, r.body[:300])
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["status"] == status and err["code"] == code and err["message"]
    return err["message"]


def test_compare_same_report_as_the_pipeline(server):
    r = post_json(server.url + "/api/compare", {"a": WIRE, "b": REWRITE})
    assert r.status == 200
    got = r.json()
    want = report_to_dict(compare(read_text(WIRE, "a"), read_text(REWRITE, "b")))
    assert got["schema"] == "copydesk.compare" and got["schema_version"] == want["schema_version"]
    assert got["verdict"] == want["verdict"]
    assert got["alignment"] == want["alignment"]
    assert got["source"]["name"] == "a" and got["derivative"]["name"] == "b"


def test_compare_matches_the_cli_json(server, tmp_path):
    import subprocess
    import sys

    wire, rewrite = ROOT / "examples/pair/wire.txt", ROOT / "examples/pair/rewrite.txt"
    cli = subprocess.run(
        [sys.executable, "-m", "copydesk.cli", "compare", str(wire), str(rewrite), "-f", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    want = json.loads(cli.stdout)
    r = post_json(
        server.url + "/api/compare",
        {"a": {"text": WIRE, "name": str(wire)}, "b": {"text": REWRITE, "name": str(rewrite)}},
    )
    got = r.json()
    for key in ("schema", "schema_version", "verdict", "relation", "direction", "alignment"):
        assert got[key] == want[key], key
    assert got["changes"] == want["changes"] and got["credit"] == want["credit"]
    assert set(got) == set(want)


def test_compare_stated_source_and_html_input(server):
    page = (
        "<html><head><title>Flood plan</title><script>alert(1)</script></head><body>"
        "<nav>Home | World</nav><article>"
        + "".join(f"<p>{p}</p>" for p in WIRE.split("\n\n"))
        + "</article></body></html>"
    )
    r = post_json(
        server.url + "/api/compare",
        {"a": {"html": page, "name": "wire.html"}, "b": {"text": REWRITE}, "source": "a"},
    )
    assert r.status == 200, r.body[:300]
    d = r.json()
    assert d["direction"]["stated"] and d["source"]["name"] == "wire.html"
    assert "alert(1)" not in d["source"]["text"]
    assert d["verdict"]["relation"] in ("copy", "rewrite", "excerpt")


def test_compare_as_html_report(server):
    r = request(
        server.url + "/api/compare?format=html",
        json.dumps({"a": WIRE, "b": REWRITE}).encode(),
        {"Content-Type": "application/json"},
    )
    assert r.status == 200 and r.headers["content-type"].startswith("text/html")
    assert r.text.startswith("<!doctype html>") and "Content-Security-Policy" in r.text


@pytest.mark.parametrize(
    ("body", "ctype", "status", "code"),
    [
        (b"{not json", "application/json", 400, "invalid_json"),
        (b"\xff\xfe", "application/json", 400, "invalid_json"),
        (b"[1, 2]", "application/json", 400, "bad_request"),
        (b"{}", "application/json", 422, "invalid_input"),
        (b'{"a": "x"}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": 3}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": {"text": 3}}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": {"text": "y", "html": "z"}}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": {"txt": "y"}}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": "   "}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": "y", "source": "c"}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": "y", "sauce": "a"}', "application/json", 422, "invalid_input"),
        (b'{"a": "x", "b": "y"}', "text/plain", 415, "unsupported_media_type"),
        (b"a=x&b=y", "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ],
)
def test_compare_bad_input_is_a_clear_4xx(server, body, ctype, status, code):
    r = request(server.url + "/api/compare", body, {"Content-Type": ctype})
    _error(r, status, code)


def test_unreadable_article_is_422(server):
    r = post_json(
        server.url + "/api/compare",
        {"a": {"html": "<html><body></body></html>"}, "b": "Some text."},
    )
    msg = _error(r, 422, "invalid_input")
    assert msg.startswith("a")  # names the input


def test_not_found_and_wrong_method(server):
    _error(request(server.url + "/api/nothing"), 404, "not_found")
    _error(request(server.url + "/api/compare"), 405, "method_not_allowed")
    _error(request(server.url + "/report/nosuchtoken.json"), 404, "not_found")


def test_openapi_document(server):
    r = request(server.url + "/api/openapi.json")
    assert r.status == 200
    spec = r.json()
    assert spec["openapi"].startswith("3.")
    assert {"/api/compare", "/api/trace"} <= set(spec["paths"])
    responses = spec["paths"]["/api/compare"]["post"]["responses"]
    assert {"200", "400", "413", "415", "422", "503", "504"} <= set(responses)


def test_every_response_carries_the_security_headers(server):
    for r in (
        request(server.url + "/"),
        request(server.url + "/healthz"),
        request(server.url + "/api/nothing"),
        post_json(server.url + "/api/compare", b"{"),
    ):
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_other_host_headers_are_refused(server):
    # a DNS-rebinding page would reach 127.0.0.1 with its own name in Host
    r = request(server.url + "/healthz", headers={"Host": "evil.example"})
    assert r.status == 400
    assert request(server.url + "/healthz", headers={"Host": "localhost:1"}).status == 200


# --------------------------------------------------------------------------- limits


def test_too_large_by_content_length(server):
    big = {"a": "x " * (3 * 1024 * 1024), "b": "y"}
    msg = _error(post_json(server.url + "/api/compare", big), 413, "too_large")
    assert "MB" in msg


def test_too_large_chunked_body(server):
    """No Content-Length: the server counts and stops at the limit."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    chunk = b"x" * 65536

    def body():
        for _ in range(100):  # 6.25 MB
            yield chunk

    conn.request(
        "POST",
        "/api/compare",
        body=body(),
        headers={"Content-Type": "application/json"},
        encode_chunked=True,
    )
    r = conn.getresponse()
    assert r.status == 413
    assert json.loads(r.read())["error"]["code"] == "too_large"
    conn.close()


def test_too_long_article_is_413(server):
    many = " ".join(f"Sentence number {i} is here." for i in range(2000))
    _error(post_json(server.url + "/api/compare", {"a": many, "b": many}), 413, "too_large")


def test_slow_body_gets_408():
    with LiveServer(WebOptions(workers=0, body_timeout_s=0.5)) as s:
        sock = socket.create_connection(("127.0.0.1", s.port), timeout=10)
        sock.sendall(
            b"POST /api/compare HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":'
        )
        started = time.monotonic()
        reply = b""
        while b"\r\n\r\n" not in reply:
            part = sock.recv(4096)
            if not part:
                break
            reply += part
        sock.close()
        assert reply.startswith(b"HTTP/1.1 408")
        assert time.monotonic() - started < 5


def test_slow_job_is_stopped_and_the_worker_replaced():
    """A job past its time limit gets 504 at the limit; the server keeps serving."""
    slow = " ".join(
        f"The council in district {i} voted to spend {i} million on walls and pumps."
        for i in range(1400)
    )
    with LiveServer(WebOptions(workers=1, job_timeout_s=0.3)) as s:
        started = time.monotonic()
        r = post_json(s.url + "/api/compare", {"a": slow, "b": slow})
        elapsed = time.monotonic() - started
        msg = _error(r, 504, "timeout")
        assert "0.3 s" in msg and elapsed < 5
        pool = s.server.config.app.state.pool  # the app object uvicorn runs
        assert pool.killed == 1
        ok = post_json(s.url + "/api/compare", {"a": "The council met.", "b": "The council met."})
        assert ok.status == 200


# --------------------------------------------------------------------------- trace


def test_trace_without_an_index_is_501(server):
    r = post_json(server.url + "/api/trace", {"article": REWRITE})
    assert "--db" in _error(r, 501, "not_available")


def test_trace_bad_input(server):
    _error(post_json(server.url + "/api/trace", {}), 422, "invalid_input")
    _error(post_json(server.url + "/api/trace", {"article": "x", "limit": 0}), 422, "invalid_input")
    _error(
        post_json(server.url + "/api/trace", {"article": "x", "limit": True}), 422, "invalid_input"
    )


@pytest.fixture(scope="module")
def index_db(tmp_path_factory):
    from copydesk.index import open_index

    db = tmp_path_factory.mktemp("index") / "copydesk.db"
    others = [
        "Shares in the mining company fell sharply after the earnings report on Thursday.",
        "The harbour festival opens on Friday with music, food stalls and a parade.",
    ]
    with open_index(db) as idx:
        idx.add(
            [Article(WIRE, id="wire-1", title="Flood plan")]
            + [Article(t, id=f"other-{i}") for i, t in enumerate(others)]
        )
    return db


def test_trace_finds_the_source(index_db):
    with LiveServer(WebOptions(workers=1, db=str(index_db))) as s:
        r = post_json(s.url + "/api/trace", {"article": {"text": REWRITE, "name": "suspect"}})
        assert r.status == 200, r.body[:300]
        d = r.json()
        assert d["schema"] == "copydesk.trace"
        assert d["hits"] and d["hits"][0]["name"] == "wire-1"
        assert d["hits"][0]["role"] == "source"
        top = d["hits"][0]["report"]
        assert top["schema"] == "copydesk.compare"
        assert top["verdict"]["relation"] in ("copy", "rewrite", "excerpt")
        assert str(index_db) not in r.text  # the server's paths stay private
        r = post_json(s.url + "/api/trace", {"article": WIRE, "copies": True, "limit": 3})
        assert r.status == 200 and r.json()["mode"] == "copies"
        bad = post_json(s.url + "/api/trace", {"article": WIRE, "copies": "yes"})
        _error(bad, 422, "invalid_input")
