"""A live copydesk server on loopback for the web tests, and tests of ``copydesk serve``.

:class:`LiveServer` runs the real ASGI app under uvicorn in a thread, on a port the
kernel picks on 127.0.0.1, with real worker processes: the tests exercise the same
stack users get, and need no network beyond loopback.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed (copydesk[web])")
pytest.importorskip("uvicorn", reason="the web extra is not installed (copydesk[web])")

import uvicorn  # noqa: E402

from copydesk.web.app import WebOptions, create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WIRE = (ROOT / "examples/pair/wire.txt").read_text(encoding="utf-8")
REWRITE = (ROOT / "examples/pair/rewrite.txt").read_text(encoding="utf-8")


class LiveServer:
    """``with LiveServer(WebOptions(...)) as s: s.url`` — started and stopped cleanly."""

    def __init__(self, opts: WebOptions | None = None):
        self.opts = opts or WebOptions(workers=1)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(self.opts), log_level="warning", access_log=False, lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.sock.close()


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    url: str = ""
    history: list[int] = field(default_factory=list)

    def json(self):
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def request(
    url: str,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
    follow: bool = True,
    timeout: float = 60,
) -> Reply:
    """One HTTP request; 4xx/5xx come back as a Reply, not an exception."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(req, timeout=timeout) as r:
            return Reply(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read(), r.url)
    except urllib.error.HTTPError as e:
        return Reply(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read(), url)


def post_json(url: str, obj, **kw) -> Reply:
    body = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    return request(url, body, {"Content-Type": "application/json"}, **kw)


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes, str]] | None = None):
    """(body, content type) of a multipart/form-data request, as a browser sends it."""
    boundary = uuid.uuid4().hex
    out = bytearray()
    for name, value in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        out += value.encode() + b"\r\n"
    for name, (filename, content, ctype) in (files or {}).items():
        out += (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {ctype}\r\n\r\n'
        ).encode()
        out += content + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


# --------------------------------------------------------------------------- serve command


def test_serve_defaults_to_loopback():
    from copydesk.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.db is None


def test_serve_refuses_missing_index(tmp_path, capsys):
    from copydesk.cli import main

    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such index file" in capsys.readouterr().err


def test_live_server_starts_and_stops():
    with LiveServer(WebOptions(workers=1)) as s:
        r = request(s.url + "/healthz")
        assert r.status == 200 and r.json()["status"] == "ok"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(s.url + "/healthz", timeout=2)
