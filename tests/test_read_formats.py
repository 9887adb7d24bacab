"""Record files, batches, failures, limits and progress."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from copydesk.errors import InputError, LimitError
from copydesk.read import (
    ReadFailure,
    ReadOptions,
    ReadStats,
    iter_articles,
    read_all,
    read_bytes,
    read_file,
)

FIX = Path(__file__).parent / "fixtures" / "read"
PAGE = (FIX / "page.html").read_text(encoding="utf-8")
BODY = "The council voted on Monday to close the old bridge for four months of repairs."


def write_warc(path: Path, records: list[tuple[str, str, bytes, dict]], gz: bool = True) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        for uri, ctype, payload, extra in records:
            status = extra.get("status", "200 OK")
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            warc_dict = {"WARC-Truncated": "length"} if extra.get("truncated") else None
            rec = w.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload),
                http_headers=http,
                warc_headers_dict=warc_dict,
            )
            w.write_record(rec)


def test_warc_html_records_become_articles(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    write_warc(
        p,
        [
            ("https://a.example/1", "text/html; charset=utf-8", PAGE.encode(), {}),
            ("https://a.example/logo.png", "image/png", b"\x89PNG....", {}),
            (
                "https://a.example/moved",
                "text/html",
                b"<html>moved</html>",
                {"status": "301 Moved"},
            ),
            ("https://a.example/2", "text/html", PAGE.replace("Tuesday", "Friday").encode(), {}),
        ],
    )
    stats = ReadStats()
    items = list(iter_articles(p, stats=stats))
    arts = [x for x in items if not isinstance(x, ReadFailure)]
    assert [a.url for a in arts] == ["https://a.example/1", "https://a.example/2"]
    assert all(a.source_format == "warc" and a.meta["crawl_date"] for a in arts)
    assert "Friday" in arts[1].text
    assert stats.skipped["not HTML"] == 1
    assert stats.skipped["HTTP status 301"] == 1
    assert stats.articles == 2 and stats.failures == 0


def test_truncated_gzip_warc_keeps_earlier_records_and_reports(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, [(f"https://a.example/{i}", "text/html", PAGE.encode(), {}) for i in range(3)])
    data = p.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    items = list(iter_articles(cut))
    arts = [x for x in items if not isinstance(x, ReadFailure)]
    fails = [x for x in items if isinstance(x, ReadFailure)]
    assert len(arts) == 2
    assert len(fails) == 1 and fails[0].path == str(cut)


def test_warc_truncated_record_is_skipped(tmp_path):
    p = tmp_path / "t.warc"
    write_warc(
        p, [("https://a.example/1", "text/html", PAGE.encode(), {"truncated": True})], gz=False
    )
    stats = ReadStats()
    assert list(iter_articles(p, stats=stats)) == []
    assert stats.skipped["truncated record"] == 1


def test_jsonl_records_fields_and_failures(tmp_path):
    p = tmp_path / "export.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a1",
                "url": "https://x.example/1",
                "title": "T1",
                "maintext": BODY,
                "date_publish": "2024-01-02",
                "source": {"name": "X News"},
            }
        ),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": "a4", "content": PAGE}),
        "",
    ]
    p.write_text("\n".join(lines))
    items = list(iter_articles(p))
    arts = [x for x in items if not isinstance(x, ReadFailure)]
    fails = [x for x in items if isinstance(x, ReadFailure)]
    assert [a.id for a in arts] == ["a1", "a4"]
    assert arts[0].text == BODY and arts[0].date == "2024-01-02" and arts[0].site == "X News"
    assert arts[0].source_format == "jsonl"
    assert arts[1].text.startswith("PORT AVERY (Reuters)")  # HTML in a text field
    assert [(f.offset, f.reason.split(" (")[0]) for f in fails] == [
        (2, "invalid JSON"),
        (3, "no text field"),
    ]


def test_csv_with_configured_fields(tmp_path):
    p = tmp_path / "export.csv"
    p.write_text(f'key,headline,body,when\nk1,Bridge,"{BODY}",2024-05-14\n', encoding="utf-8")
    opts = ReadOptions().with_fields("id=key,title=headline,text=body,date=when")
    (a,) = list(iter_articles(p, opts))
    assert (a.id, a.title, a.text, a.date, a.source_format) == (
        "k1",
        "Bridge",
        BODY,
        "2024-05-14",
        "csv",
    )


def test_with_fields_rejects_unknown():
    with pytest.raises(InputError, match="unknown field"):
        ReadOptions().with_fields("colour=red")
    with pytest.raises(InputError, match="NAME=FIELD"):
        ReadOptions().with_fields("text")


def test_json_array_and_gzipped_jsonl(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"articles": [{"id": "j1", "text": BODY}]}))
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as f:
        f.write(json.dumps({"id": "g1", "text": BODY}) + "\n")
    res = read_all(tmp_path)
    assert sorted(a.id for a in res.articles) == ["g1", "j1"]
    assert res.failures == []


def test_folder_glob_mixture_and_missing(tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (tmp_path / "a.txt").write_text(BODY)
    (sub / "b.html").write_text(PAGE)
    (sub / "logo.png").write_bytes(b"\x89PNG")
    (sub / "copydesk.db-wal").write_bytes(b"\x37\x7f\x06\x82")  # an index kept here
    (sub / "empty.txt").write_text("")
    stats = ReadStats()
    items = list(
        iter_articles([tmp_path, str(tmp_path / "*.txt"), tmp_path / "nope.txt"], stats=stats)
    )
    arts = [x for x in items if not isinstance(x, ReadFailure)]
    fails = [x for x in items if isinstance(x, ReadFailure)]
    assert len(arts) == 3  # a.txt twice (folder and glob), b.html
    assert sorted(f.reason for f in fails) == ["empty file", "no such file or folder"]
    assert stats.skipped["media or binary file in folder"] == 2
    assert "3 articles" in stats.summary()
    assert json.dumps([f.to_dict() for f in fails])  # JSON-ready


def test_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(BODY.encode()))

    monkeypatch.setattr("sys.stdin", FakeStdin)
    a = read_file("-")
    assert a.text == BODY and a.path is None


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (bytes(range(256)) * 40, "binary data"),
    ],
)
def test_bad_files_are_one_line_errors(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        read_file(p)
    assert str(e.value).startswith(str(p)) and message in str(e.value)
    assert "\n" not in str(e.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)


def test_file_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes((BODY + "\n").encode() * 2000)
    with pytest.raises(LimitError, match="--max-file-mb"):
        read_file(p, ReadOptions(max_file_bytes=10_000))


def test_gzip_bomb_stops_at_decompressed_limit(tmp_path):
    p = tmp_path / "bomb.txt.gz"
    with gzip.open(p, "wb", compresslevel=9) as f:
        chunk = b"A" * (1 << 20)
        for _ in range(64):  # 64 MB of "A" in ~64 KB
            f.write(chunk)
    assert p.stat().st_size < 200_000
    with pytest.raises(LimitError, match="--max-decompressed-mb"):
        read_file(p, ReadOptions(max_decompressed_bytes=8 << 20))


def test_record_and_count_limits(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text("\n".join(json.dumps({"id": str(i), "text": BODY}) for i in range(5)) + "\n")
    items = list(iter_articles(p, ReadOptions(max_records=3)))
    assert isinstance(items[-1], ReadFailure) and items[-1].kind == "limit"
    assert len([x for x in items if not isinstance(x, ReadFailure)]) == 3
    big = tmp_path / "big.jsonl"
    big.write_text(
        json.dumps({"id": "x", "text": BODY * 100})
        + "\n"
        + json.dumps({"id": "y", "text": BODY})
        + "\n"
    )
    items = list(iter_articles(big, ReadOptions(max_record_bytes=1000)))
    assert isinstance(items[0], ReadFailure) and "--max-record-mb" in items[0].reason
    assert items[1].id == "y"


def test_read_file_refuses_multi_article_files(tmp_path):
    p = tmp_path / "two.jsonl"
    p.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": BODY}) + "\n")
    with pytest.raises(InputError, match="more than one article"):
        read_file(p)


def test_read_bytes_sniffs_format():
    assert read_bytes(PAGE.encode()).source_format == "html"
    assert read_bytes(BODY.encode("utf-16")).text == BODY


def test_progress_hook_and_quiet(tmp_path):
    from copydesk.read import progress_enabled

    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").write_text(BODY)
    seen = []
    list(iter_articles(tmp_path, ReadOptions(on_progress=lambda s: seen.append(s.articles))))
    assert seen == [1, 2]
    assert progress_enabled(ReadOptions(quiet=True)) is False
    assert progress_enabled(ReadOptions(progress=True)) is True


def test_a_failure_names_its_line_or_byte_offset_as_editors_and_crawl_tools_do():
    from copydesk.read.batch import ReadFailure

    assert str(ReadFailure("feed.jsonl", "bad JSON", 3)) == "feed.jsonl:3: bad JSON"
    assert str(ReadFailure("crawl.warc.gz", "truncated", 4096)) == "crawl.warc.gz@4096: truncated"
    assert str(ReadFailure("page.html", "empty")) == "page.html: empty"
