"""``copydesk serve``: the web page and JSON API on one machine (needs copydesk[web])."""

from __future__ import annotations

import ipaddress
import sys

from copydesk.errors import CopydeskError, InputError


def add_parser(sub):
    p = sub.add_parser(
        "serve",
        help="serve the web page and JSON API (compare, trace)",
        description="Serve the web page (paste or upload articles, see the side-by-side "
        "report) and the JSON API. Binds to 127.0.0.1 unless --host says otherwise.",
    )
    p.add_argument("--db", metavar="FILE", help="index file for tracing (copydesk.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes for compare/trace jobs (default: CPUs, at most 4)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="processing limit per request; past it the job is stopped (default: %(default)s)",
    )
    p.add_argument(
        "--max-mb",
        type=float,
        default=4.0,
        metavar="MB",
        help="largest request body in MB (default: %(default)s)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        metavar="NAME",
        help="Host header to accept when binding beyond loopback (repeatable; default: any)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no access log")
    return p


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args) -> int:
    try:
        import uvicorn

        from copydesk.web.app import LOOPBACK_HOSTS, WebOptions, create_app
    except ImportError as err:
        raise CopydeskError(
            f"the web server needs copydesk[web] (pip install 'copydesk[web]'): {err}"
        ) from err
    from pathlib import Path

    if args.db and not Path(args.db).exists():
        raise InputError(args.db, "no such index file")
    if not 0 < args.port < 65536:
        raise InputError(str(args.port), "--port must be from 1 to 65535")
    loopback = _is_loopback(args.host)
    if args.allow_host:
        hosts: tuple[str, ...] | None = tuple(args.allow_host)
    else:
        hosts = LOOPBACK_HOSTS if loopback else None
    kw = {}
    if args.workers is not None:
        kw["workers"] = max(0, args.workers)
    opts = WebOptions(
        db=args.db,
        job_timeout_s=args.timeout,
        max_body_bytes=int(args.max_mb * 1024 * 1024),
        allowed_hosts=hosts,
        **kw,
    )
    if not loopback:
        print(
            f"copydesk: warning: serving on {args.host}, reachable beyond this machine; "
            "put it behind an authenticating proxy",
            file=sys.stderr,
        )
    print(f"copydesk: serving on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(
        create_app(opts),
        host=args.host,
        port=args.port,
        log_level="warning" if args.quiet else "info",
        access_log=not args.quiet,
        server_header=False,
        timeout_keep_alive=5,
        limit_concurrency=64,
        h11_max_incomplete_event_size=64 * 1024,
    )
    return 0
