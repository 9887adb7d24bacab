"""warcio against fastwarc on the same crawl, in one process (issue 3: "use a maintained
WARC library (warcio or fastwarc; measure)").

Writes a WARC.gz of N fictional HTML responses (plus request and metadata records, as a
crawler writes them), then times three things over it, median of several runs:

- iterating the response records and reading their payloads with warcio;
- the same with fastwarc;
- copydesk's reader (warcio plus extraction and cleaning) end to end, for scale.

    pip install fastwarc   # only for this bench; copydesk itself uses warcio
    python bench/warc_readers.py [--records 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {i}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>Story {i}</h1>
{paras}</article><aside>Related: <a href="/x">Another story</a></aside></main>
<footer>Copyright 2026 Example News</footer></body></html>"""
PARA = "<p>The Harbourton council voted on Tuesday to spend {n} million crowns on flood defences, officials said after the meeting in the old town hall.</p>"


def write_warc(path: Path, records: int) -> None:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(records):
            url = f"https://news.example/story/{i}"
            req = w.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
            w.write_record(req)
            body = PAGE.format(
                i=i, paras="\n".join(PARA.format(n=i + k) for k in range(12))
            ).encode()
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            w.write_record(
                w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            )


def with_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    with path.open("rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type == "response":
                n += len(rec.content_stream().read())
    return n


def with_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    n = 0
    with path.open("rb") as f:  # fastwarc detects the gzip stream itself
        for rec in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            n += len(rec.reader.read())
    return n


def with_copydesk(path: Path) -> int:
    from copydesk.read import ReadOptions, iter_articles

    return sum(1 for a in iter_articles([str(path)], ReadOptions(quiet=True)) if hasattr(a, "text"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crawl.warc.gz"
        write_warc(path, args.records)
        size = path.stat().st_size / 1e6
        assert with_warcio(path) == with_fastwarc(path), "the two libraries read different payloads"
        times: dict[str, list[float]] = {"warcio": [], "fastwarc": []}
        for _ in range(args.runs):
            for name, fn in (("warcio", with_warcio), ("fastwarc", with_fastwarc)):
                t = time.perf_counter()
                fn(path)
                times[name].append(time.perf_counter() - t)
        t = time.perf_counter()
        articles = with_copydesk(path)
        full = time.perf_counter() - t
    w, fw = statistics.median(times["warcio"]), statistics.median(times["fastwarc"])
    print(f"{args.records} responses, {size:.1f} MB gzipped; median of {args.runs} runs")
    print(f"warcio   {w * 1000:8.1f} ms  ({args.records / w:,.0f} records/s)")
    print(
        f"fastwarc {fw * 1000:8.1f} ms  ({args.records / fw:,.0f} records/s)  -> {w / fw:.1f}x warcio"
    )
    print(
        f"copydesk reader end to end (warcio + extraction + cleaning): {full:.1f} s for {articles} articles "
        f"({articles / full:,.0f}/s): the WARC library's share is {w / full:.0%}"
    )


if __name__ == "__main__":
    main()
