"""The web face: a server-rendered page and a JSON API over the same pipeline jobs.

Routes (``create_app``):

==========================  ===============================================================
``GET  /``                  the form: paste or upload two articles, or one to trace
``POST /compare``           the form's compare (multipart); redirects to the report
``POST /trace``             the form's trace (multipart); redirects to the result
``GET  /report/{t}``        the side-by-side report, with download links
``GET  /report/{t}.json``   the JSON report (same schema as ``copydesk compare -f json``)
``GET  /report/{t}.html``   the self-contained HTML report
``GET  /trace/{t}[.json]``  the trace result
``POST /api/compare``       JSON in, JSON report out (``?format=html`` for the HTML report)
``POST /api/trace``         JSON in, trace JSON out
``GET  /api/openapi.json``  the OpenAPI 3.1 document; ``GET /api`` a human summary
``GET  /healthz``           liveness
==========================  ===============================================================

Safety: request bodies are capped (413) and must arrive within a time limit (408);
each job runs in a worker process killed past its time limit (504, see
:mod:`copydesk.web.workers`); every page escapes article text and carries a strict
Content-Security-Policy (no script at all); reports are kept in memory for a short time
under unguessable tokens. The server fetches no URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from copydesk.report.html import render as render_html
from copydesk.web import pages
from copydesk.web.openapi import openapi
from copydesk.web.workers import JobError, JobTimeout, PoolBusy, WorkerPool

__all__ = ["WebOptions", "create_app"]

MB = 1024 * 1024
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass(frozen=True, slots=True)
class WebOptions:
    """Settings of one server. Defaults suit one newsroom machine."""

    #: The index file for trace; None: the trace form and endpoint say it is unavailable.
    db: str | None = None
    #: Largest request body. Two long articles as HTML pages are ~1 MB; 4 MB leaves room.
    max_body_bytes: int = 4 * MB
    #: A request body must arrive within this (a slow client cannot hold a worker).
    body_timeout_s: float = 30.0
    #: Wall-clock limit of one compare/trace job; past it the worker is killed (504).
    #: The slowest compare in bench/speed_compare.py (1,500 sentences each) is ~2 s.
    job_timeout_s: float = 20.0
    #: Worker processes (0: jobs run in a thread, without a hard limit; tests only).
    workers: int = max(1, min(4, os.cpu_count() or 1))
    #: How long a request waits for a free worker before 503.
    queue_timeout_s: float = 10.0
    #: Reports kept in memory for the download links, and for how long.
    keep_reports: int = 200
    report_ttl_s: float = 3600.0
    #: Host headers accepted (DNS-rebinding guard); None accepts any.
    allowed_hosts: tuple[str, ...] | None = LOOPBACK_HOSTS


# --------------------------------------------------------------------------- errors


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict | None = None):
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}
        super().__init__(message)


def _job_error(err: Exception, opts: WebOptions) -> ApiError:
    if isinstance(err, JobTimeout):
        return ApiError(
            504,
            "timeout",
            f"processing took longer than {opts.job_timeout_s:g} s and was stopped; "
            "try shorter articles",
        )
    if isinstance(err, PoolBusy):
        return ApiError(503, "busy", "the server is busy; try again shortly", {"Retry-After": "5"})
    assert isinstance(err, JobError)
    status, code = {
        "input": (422, "invalid_input"),
        "limit": (413, "too_large"),
        "unavailable": (501, "not_available"),
    }.get(err.kind, (500, "internal"))
    return ApiError(status, code, err.message)


def _is_api(path: str) -> bool:
    return path.startswith("/api/") or path == "/api" or path.endswith(".json")


def _error_response(request_path: str, err: ApiError, index: bool) -> Response:
    if _is_api(request_path):
        body = {"error": {"status": err.status, "code": err.code, "message": err.message}}
        return JSONResponse(body, status_code=err.status, headers=err.headers)
    page = pages.error_page(err.status, err.message, index=index)
    return HTMLResponse(page, status_code=err.status, headers=err.headers)


# --------------------------------------------------------------------------- guard


class _Guard:
    """ASGI middleware: security headers on every response, body size and time limits.

    The body is read here, before any route sees it: past ``max_body_bytes`` the client
    gets 413 at once (by Content-Length, or as soon as a chunked body passes the limit),
    past ``body_timeout_s`` 408.
    """

    def __init__(self, app, opts: WebOptions, index: bool):
        self.app = app
        self.opts = opts
        self.index = index

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_secure(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {k.lower() for k, _ in headers}
                for k, v in _SECURITY_HEADERS:
                    if k not in names:
                        headers.append((k, v))
                message = {**message, "headers": headers}
            await send(message)

        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send_secure)
        path = scope.get("path", "")
        limit = self.opts.max_body_bytes
        too_large = ApiError(
            413, "too_large", f"the request is larger than the {limit / MB:g} MB limit"
        )
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                if int(length) > limit:
                    await self._drain(receive)
                    return await self._reply(path, too_large, scope, None, send_secure)
            except ValueError:
                err = ApiError(400, "bad_request", "invalid Content-Length")
                return await self._reply(path, err, scope, receive, send_secure)
        chunks: list[bytes] = []
        size = 0
        deadline = time.monotonic() + self.opts.body_timeout_s
        while True:
            left = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), max(left, 0.001))
            except TimeoutError:
                err = ApiError(408, "request_timeout", "the request body arrived too slowly")
                return await self._reply(path, err, scope, None, send_secure)
            if message["type"] == "http.disconnect":
                return None
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                if message.get("more_body", False):
                    await self._drain(receive)
                return await self._reply(path, too_large, scope, None, send_secure)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        whole = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send_secure)

    async def _drain(self, receive) -> None:
        """Read and drop the rest of a refused body (bounded in bytes and time), so the
        client, still sending, reads the 413 instead of a reset connection."""
        budget = 4 * self.opts.max_body_bytes
        deadline = time.monotonic() + min(self.opts.body_timeout_s, 10.0)
        while budget > 0:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                message = await asyncio.wait_for(receive(), left)
            except TimeoutError:
                return
            if message["type"] != "http.request":
                return
            budget -= len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _reply(self, path, err: ApiError, scope, receive, send):
        response = _error_response(path, err, self.index)
        response.headers["Connection"] = "close"
        await response(scope, receive, send)


_SECURITY_HEADERS = [
    (b"content-security-policy", pages.CSP.encode() + b"; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]


# --------------------------------------------------------------------------- store


class _Store:
    """Recent results under unguessable tokens, bounded in count and age."""

    def __init__(self, size: int, ttl: float):
        self.size, self.ttl = size, ttl
        self._items: OrderedDict[str, tuple[float, str, dict]] = OrderedDict()

    def put(self, kind: str, data: dict) -> str:
        token = secrets.token_urlsafe(16)
        self._items[token] = (time.monotonic() + self.ttl, kind, data)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, kind: str, token: str) -> dict:
        item = self._items.get(token)
        if item is None or item[1] != kind or item[0] < time.monotonic():
            self._items.pop(token, None)
            raise ApiError(
                404, "not_found", "no such report (reports are kept for a short time only)"
            )
        return item[2]


# --------------------------------------------------------------------------- inputs


def _article_input(value: Any, where: str) -> dict[str, Any]:
    """A JSON article input as a job input; ApiError(422) naming the field if invalid."""
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict):
        raise ApiError(422, "invalid_input", f"{where} must be a string or an object")
    extra = set(value) - {"text", "html", "name", "url"}
    if extra:
        raise ApiError(422, "invalid_input", f"{where}: unknown field(s) {sorted(extra)}")
    for key in ("text", "html", "name", "url"):
        if key in value and value[key] is not None and not isinstance(value[key], str):
            raise ApiError(422, "invalid_input", f"{where}.{key} must be a string")
    has = [k for k in ("text", "html") if value.get(k)]
    if len(has) != 1:
        raise ApiError(
            422, "invalid_input", f"{where} needs exactly one of 'text' or 'html', not empty"
        )
    if not value[has[0]].strip():
        raise ApiError(422, "invalid_input", f"{where}.{has[0]} is empty")
    return {k: value[k] for k in ("text", "html", "name", "url") if value.get(k) is not None}


async def _json_body(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the request as application/json")
    raw = await request.body()
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as err:
        raise ApiError(400, "invalid_json", f"the body is not valid JSON: {err}") from err
    if not isinstance(obj, dict):
        raise ApiError(400, "bad_request", "the body must be a JSON object")
    return obj


async def _form(request: Request, opts: WebOptions):
    try:
        return await request.form(max_files=4, max_fields=16, max_part_size=opts.max_body_bytes)
    except HTTPException as err:
        raise ApiError(400, "bad_request", f"could not read the form: {err.detail}") from err
    except Exception as err:  # python-multipart parse errors
        raise ApiError(400, "bad_request", "could not read the form") from err


async def _form_article(form, key: str, label: str) -> dict[str, Any] | None:
    text = form.get(f"{key}_text")
    text = text if isinstance(text, str) else ""
    upload = form.get(f"{key}_file")
    data = b""
    name = None
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        name = os.path.basename(upload.filename)[:200] or None
    if data and text.strip():
        raise ApiError(422, "invalid_input", f"{label}: paste text or upload a file, not both")
    if data:
        return {"data": data, "name": name or label}
    if text.strip():
        return {"text": text, "name": label}
    return None


# --------------------------------------------------------------------------- app


def create_app(opts: WebOptions | None = None) -> Starlette:
    """The ASGI application (run it with uvicorn, or ``copydesk serve``)."""
    opts = opts or WebOptions()
    pool = WorkerPool(opts.workers, opts.job_timeout_s, opts.queue_timeout_s)
    store = _Store(opts.keep_reports, opts.report_ttl_s)
    index = bool(opts.db)
    spec = openapi(max_body_bytes=opts.max_body_bytes, timeout_s=opts.job_timeout_s)

    async def run(name: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            return await pool.run(name, payload)
        except (JobError, JobTimeout, PoolBusy) as err:
            raise _job_error(err, opts) from err

    def form_error(err: ApiError, values: dict[str, str]) -> Response:
        page = pages.form_page(
            index=index, error=err.message, values=values, max_mb=opts.max_body_bytes / MB
        )
        return HTMLResponse(page, status_code=err.status, headers=err.headers)

    # ---- pages

    async def home(request: Request) -> Response:
        return HTMLResponse(pages.form_page(index=index, max_mb=opts.max_body_bytes / MB))

    async def compare_form(request: Request) -> Response:
        values: dict[str, str] = {}
        try:
            form = await _form(request, opts)
            for k in ("a_text", "b_text", "source"):
                v = form.get(k)
                values[k] = v if isinstance(v, str) else ""
            a = await _form_article(form, "a", "Article A")
            b = await _form_article(form, "b", "Article B")
            missing = [lab for lab, x in (("Article A", a), ("Article B", b)) if x is None]
            if missing:
                raise ApiError(
                    422, "invalid_input", f"{' and '.join(missing)}: paste text or upload a file"
                )
            source = values.get("source") or None
            if source not in (None, "a", "b"):
                raise ApiError(422, "invalid_input", "source must be a, b or empty")
            data = await run("compare", {"a": a, "b": b, "source": source})
        except ApiError as err:
            return form_error(err, values)
        token = store.put("compare", data)
        return RedirectResponse(f"/report/{token}", status_code=303)

    async def trace_form(request: Request) -> Response:
        values: dict[str, str] = {}
        try:
            form = await _form(request, opts)
            v = form.get("t_text")
            values["t_text"] = v if isinstance(v, str) else ""
            lim = form.get("limit")
            values["limit"] = lim if isinstance(lim, str) else "5"
            art = await _form_article(form, "t", "Article")
            if art is None:
                raise ApiError(422, "invalid_input", "Article: paste text or upload a file")
            try:
                limit = min(max(int(values["limit"] or 5), 1), 50)
            except ValueError as err:
                raise ApiError(
                    422, "invalid_input", "the number of candidates must be a number"
                ) from err
            data = await run("trace", {"article": art, "db": opts.db, "limit": limit})
        except ApiError as err:
            return form_error(err, values)
        hits = [store.put("compare", h.get("report") or {}) for h in data.get("hits") or []]
        token = store.put("trace", {"trace": data, "hits": hits})
        return RedirectResponse(f"/trace/{token}", status_code=303)

    async def report(request: Request) -> Response:
        token = request.path_params["token"]
        fmt = request.path_params.get("fmt")
        if fmt not in (None, "json", "html"):
            raise ApiError(404, "not_found", "no such page")
        data = store.get("compare", token)
        if fmt == "json":
            return Response(
                json.dumps(data, ensure_ascii=False, indent=2),
                media_type="application/json",
                headers={"Content-Disposition": 'attachment; filename="copydesk-report.json"'},
            )
        if fmt == "html":
            return HTMLResponse(
                render_html(data),
                headers={"Content-Disposition": 'attachment; filename="copydesk-report.html"'},
            )
        return HTMLResponse(pages.report_page(data, token, index=index))

    async def trace_result(request: Request) -> Response:
        token = request.path_params["token"]
        if request.path_params.get("fmt") not in (None, "json"):
            raise ApiError(404, "not_found", "no such page")
        item = store.get("trace", token)
        data = item["trace"]
        if request.path_params.get("fmt") == "json":
            return Response(
                json.dumps(data, ensure_ascii=False, indent=2),
                media_type="application/json",
                headers={"Content-Disposition": 'attachment; filename="copydesk-trace.json"'},
            )
        return HTMLResponse(pages.trace_page(data, token, item["hits"], index=index))

    async def api_page(request: Request) -> Response:
        return HTMLResponse(pages.api_page(index=index))

    # ---- JSON API

    async def api_compare(request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        if fmt not in ("json", "html"):
            raise ApiError(422, "invalid_input", "format must be json or html")
        obj = await _json_body(request)
        extra = set(obj) - {"a", "b", "source"}
        if extra:
            raise ApiError(422, "invalid_input", f"unknown field(s) {sorted(extra)}")
        for key in ("a", "b"):
            if key not in obj:
                raise ApiError(422, "invalid_input", f"missing field '{key}'")
        source = obj.get("source")
        if source not in (None, "a", "b"):
            raise ApiError(422, "invalid_input", "source must be 'a', 'b' or null")
        payload = {
            "a": _article_input(obj["a"], "a"),
            "b": _article_input(obj["b"], "b"),
            "source": source,
        }
        data = await run("compare", payload)
        if fmt == "html":
            return HTMLResponse(render_html(data))
        return JSONResponse(data)

    async def api_trace(request: Request) -> Response:
        obj = await _json_body(request)
        extra = set(obj) - {"article", "limit", "copies"}
        if extra:
            raise ApiError(422, "invalid_input", f"unknown field(s) {sorted(extra)}")
        if "article" not in obj:
            raise ApiError(422, "invalid_input", "missing field 'article'")
        limit = obj.get("limit", 5)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= 50:
            raise ApiError(422, "invalid_input", "limit must be an integer from 1 to 50")
        copies = obj.get("copies", False)
        if not isinstance(copies, bool):
            raise ApiError(422, "invalid_input", "copies must be true or false")
        art = _article_input(obj["article"], "article")
        job = {"article": art, "db": opts.db, "limit": limit, "copies": copies}
        return JSONResponse(await run("trace", job))

    async def api_spec(request: Request) -> Response:
        return JSONResponse(spec)

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": pool.size, "index": index})

    # ---- errors

    async def on_api_error(request: Request, err: ApiError) -> Response:
        return _error_response(request.url.path, err, index)

    async def on_http_error(request: Request, err: HTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(err.status_code, "bad_request")
        message = {404: "no such page", 405: "method not allowed"}.get(
            err.status_code, str(err.detail)
        )
        return _error_response(
            request.url.path,
            ApiError(err.status_code, code, message, dict(err.headers or {})),
            index,
        )

    async def on_crash(request: Request, err: Exception) -> Response:
        return _error_response(request.url.path, ApiError(500, "internal", "internal error"), index)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        app.state.pool = pool
        try:
            yield
        finally:
            await pool.close()

    routes = [
        Route("/", home),
        Route("/compare", compare_form, methods=["POST"]),
        Route("/trace", trace_form, methods=["POST"]),
        Route("/report/{token:str}.{fmt:str}", report),
        Route("/report/{token:str}", report),
        Route("/trace/{token:str}.{fmt:str}", trace_result),
        Route("/trace/{token:str}", trace_result),
        Route("/api", api_page),
        Route("/api/compare", api_compare, methods=["POST"]),
        Route("/api/trace", api_trace, methods=["POST"]),
        Route("/api/openapi.json", api_spec),
        Route("/healthz", health),
    ]
    middleware = [Middleware(_Guard, opts=opts, index=index)]  # outermost: headers on all
    if opts.allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(opts.allowed_hosts)))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={
            ApiError: on_api_error,
            HTTPException: on_http_error,
            Exception: on_crash,
        },
        lifespan=lifespan,
    )
    app.state.options = opts
    app.state.pool = pool
    return app
