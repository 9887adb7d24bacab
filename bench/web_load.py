"""A bounded load test of ``copydesk serve`` on loopback.

Starts the server in a subprocess on 127.0.0.1 (a free port), sends ``--requests``
POST /api/compare requests from ``--clients`` concurrent clients (each with its own
keep-alive connection), checks every answer is a 200 with a compare report, and prints
p50/p95/p99 latency and throughput. Bounded: at most 5,000 requests and ``--max-seconds``
of wall time; it never talks to anything but 127.0.0.1.

    python bench/web_load.py                                 # 200 requests, 8 clients
    python bench/web_load.py --requests 400 --clients 16 --workers 4
    python bench/web_load.py --markdown docs/benchmarks-web.md
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_REQUESTS = 5000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def _payload(size: str) -> bytes:
    a = (ROOT / "examples/pair/wire.txt").read_text(encoding="utf-8")
    b = (ROOT / "examples/pair/rewrite.txt").read_text(encoding="utf-8")
    if size == "long":  # ~10x the pair: a long feature story
        a = "\n\n".join(a.replace("Harbourton", f"Harbourton{i}") for i in range(10))
        b = "\n\n".join(b.replace("Harbourton", f"Harbourton{i}") for i in range(10))
    return json.dumps(
        {"a": {"text": a, "name": "wire"}, "b": {"text": b, "name": "rewrite"}}
    ).encode()


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * (len(s) - 1))))
    return s[k]


def run(args) -> dict:
    n = min(args.requests, MAX_REQUESTS)
    load_before = round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None
    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "copydesk.cli", "serve", "--host", "127.0.0.1",
           "--port", str(port), "--quiet", "--workers", str(args.workers)]  # fmt: skip
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait(port, time.monotonic() + 60)
        body = _payload(args.size)
        headers = {"Content-Type": "application/json"}
        # one warm-up request per worker, not counted
        for _ in range(args.workers):
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            c.request("POST", "/api/compare", body, headers)
            c.getresponse().read()
        lock = threading.Lock()
        todo = iter(range(n))
        latencies: list[float] = []
        errors: list[str] = []
        deadline = time.monotonic() + args.max_seconds

        def client():
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while time.monotonic() < deadline:
                with lock:
                    i = next(todo, None)
                if i is None:
                    return
                t = time.perf_counter()
                try:
                    conn.request("POST", "/api/compare", body, headers)
                    r = conn.getresponse()
                    data = r.read()
                    dt = time.perf_counter() - t
                    ok = r.status == 200 and json.loads(data).get("schema") == "copydesk.compare"
                except (OSError, http.client.HTTPException, ValueError) as err:
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    with lock:
                        errors.append(f"{type(err).__name__}: {err}")
                    continue
                with lock:
                    if ok:
                        latencies.append(dt)
                    else:
                        errors.append(f"HTTP {r.status}: {data[:200]!r}")

        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    done = len(latencies)
    ms = [x * 1000 for x in latencies]
    return {
        "requests": n,
        "ok": done,
        "errors": len(errors),
        "error_samples": errors[:5],
        "unfinished": n - done - len(errors),
        "clients": args.clients,
        "workers": args.workers,
        "size": args.size,
        "payload_bytes": len(body),
        "wall_s": round(wall, 2),
        "throughput_rps": round(done / wall, 1) if wall else 0.0,
        "p50_ms": round(_pct(ms, 50), 1) if ms else None,
        "p95_ms": round(_pct(ms, 95), 1) if ms else None,
        "p99_ms": round(_pct(ms, 99), 1) if ms else None,
        "max_ms": round(max(ms), 1) if ms else None,
        "mean_ms": round(statistics.mean(ms), 1) if ms else None,
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "python": platform.python_version(),
    }


def markdown(results: list[dict], command: str) -> str:
    lines = [
        "# Web server load test",
        "",
        "`bench/web_load.py`: `copydesk serve` on 127.0.0.1 in a subprocess; concurrent "
        "clients with keep-alive connections POST `/api/compare` with the example pair "
        "(`examples/pair/`, ~2 KB of text each side; `long` is the pair x10). Each answer "
        "is checked to be a 200 with a `copydesk.compare` report. Latency is per request, "
        "measured by the client, after one unmeasured warm-up request per worker.",
        "",
        f"Machine: {results[0]['cpus']} CPUs, Python {results[0]['python']}, "
        f"{platform.system()} {platform.machine()}; load average before the run "
        f"{results[0]['load_before']} (a shared machine: other jobs were running).",
        "",
        "| requests | clients | workers | input | ok | errors | p50 ms | p95 ms | p99 ms "
        "| max ms | req/s |",
        "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['requests']} | {r['clients']} | {r['workers']} | {r['size']} | {r['ok']} "
            f"| {r['errors']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['max_ms']} "
            f"| {r['throughput_rps']} |"
        )
    lines += ["", "Reproduce:", "", "```", command, "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--requests", type=int, default=200, help=f"at most {MAX_REQUESTS}")
    p.add_argument("--clients", default="8", help="concurrent clients; a list runs each: 1,8")
    p.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    p.add_argument("--size", choices=("pair", "long"), action="append")
    p.add_argument("--max-seconds", type=float, default=300.0)
    p.add_argument("--markdown", metavar="FILE", help="also write the results as Markdown")
    args = p.parse_args(argv)
    results = []
    for size in args.size or ["pair"]:
        for clients in [int(c) for c in str(args.clients).split(",")]:
            run_args = argparse.Namespace(**{**vars(args), "size": size, "clients": clients})
            r = run(run_args)
            print(json.dumps(r, indent=2), flush=True)
            results.append(r)
    if args.markdown:
        shown = " ".join(
            ["python bench/web_load.py", *(argv if argv is not None else sys.argv[1:])]
        )
        Path(args.markdown).write_text(markdown(results, shown), encoding="utf-8")
    return 0 if all(r["errors"] == 0 and r["unfinished"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
