"""Parallel reading: deferred conversions run on worker processes give exactly what the
plain reader gives, in the same order, failures included, with bounded look-ahead."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_read_formats import BODY, PAGE, write_warc

from copydesk.read import ReadFailure, ReadOptions, iter_articles
from copydesk.read.pending import Pending, resolve


def _mixed_folder(root: Path) -> Path:
    """A folder of every input kind, with bad records and files among the good ones."""
    d = root / "in"
    (d / "sub").mkdir(parents=True)
    lines = [
        json.dumps({"id": f"r{i}", "text": f"{BODY} Record {i} of the export."}) for i in range(40)
    ]
    lines[5] = "{not json"
    lines[9] = json.dumps({"id": "empty", "text": ""})
    lines[12] = json.dumps({"id": "html", "text": PAGE})
    (d / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "sub" / "note.txt").write_text(BODY + "\n— Reuters", encoding="utf-8")
    (d / "sub" / "blank.txt").write_text("   \n", encoding="utf-8")
    (d / "rows.csv").write_text('id,text\nc1,"' + BODY + '"\nc2,\n', encoding="utf-8")
    write_warc(
        d / "crawl.warc.gz",
        [
            ("https://a.example/1", "text/html", PAGE.encode(), {}),
            (
                "https://a.example/empty",
                "text/html",
                b"<html><body><nav>Home</nav></body></html>",
                {},
            ),
            ("https://a.example/2", "text/html", PAGE.replace("Monday", "Friday").encode(), {}),
        ],
    )
    return d


def _view(items) -> list[tuple]:
    out = []
    for x in items:
        if isinstance(x, ReadFailure):
            out.append(("fail", x.path, x.offset, x.reason, x.kind))
        else:
            out.append(("art", x.id, x.text, x.url, x.title, x.path, x.boilerplate, x.credit_lines))
    return out


@pytest.mark.parametrize("jobs", [1, 2])
def test_deferred_reading_equals_plain_reading(tmp_path, jobs):
    d = _mixed_folder(tmp_path)
    plain = _view(iter_articles(d))
    deferred = list(iter_articles(d, ReadOptions(defer=True)))
    assert any(isinstance(x, Pending) for x in deferred)
    got = _view(resolve(deferred, jobs=jobs, chunk=4))
    assert got == plain
    kinds = [v[0] for v in plain]
    assert kinds.count("fail") >= 3 and kinds.count("art") >= 40  # the fixture has both


def test_resolve_reads_ahead_a_bounded_number_of_items():
    pulled = []

    def items():
        for i in range(10_000):
            pulled.append(i)
            yield Pending(str.upper, (f"t{i}",), "x")

    it = resolve(items(), jobs=2, chunk=8)
    assert next(it) == "T0"
    assert len(pulled) <= 8 * 2 * 4 + 8  # the window, not the stream
    assert sum(1 for _ in it) == 9_999


def test_a_reading_failure_in_a_worker_is_a_failure_record():
    def boom(text):  # noqa: ARG001 - the signature of a conversion
        raise RecursionError

    out = list(resolve([Pending(boom, ("x",), "deep.html", 7)], jobs=1))
    assert out == [ReadFailure("deep.html", "input too deeply nested", 7)]


def test_index_add_from_files_with_jobs_stores_what_one_process_stores(tmp_path):
    d = _mixed_folder(tmp_path)
    stored = {}
    for jobs in (1, 2):
        db = tmp_path / f"j{jobs}.db"
        run = subprocess.run(
            [sys.executable, "-m", "copydesk.cli", "index", "add", str(d), "--db", str(db),
             "--jobs", str(jobs), "--format", "json", "--quiet"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert run.returncode == 1, run.stderr  # the bad records are reported as failures
        summary = json.loads(run.stdout)
        from copydesk.index.sqlite import SQLiteStorage

        with SQLiteStorage(db, create=False) as st:
            names = [r[0] for r in st._db.execute("SELECT name FROM articles ORDER BY id")]
            keys = st.all_rows().tolist()
        stored[jobs] = (summary["added"], summary["failed"], names, keys)
    assert stored[1] == stored[2]
    assert stored[1][0] >= 40 and stored[1][1] >= 3
