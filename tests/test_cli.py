"""The command line as a user meets it: reports on stdout, one-line errors on stderr,
never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk.cli import main

ROOT = Path(__file__).resolve().parent.parent

WIRE = ROOT / "examples" / "pair" / "wire.txt"
REWRITE = ROOT / "examples" / "pair" / "rewrite.txt"


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "copydesk.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_text_report_leads_with_the_verdict(capsys):
    assert main(["compare", str(WIRE), str(REWRITE)]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("REWRITE")
    assert "\x1b[" not in out  # no colour in a pipe
    assert "ALIGNMENT" in out


def test_json_report(capsys):
    assert main(["compare", str(WIRE), str(REWRITE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "copydesk.compare"
    assert data["verdict"]["relation"] == "rewrite"
    assert data["source"]["path"].endswith("wire.txt")


def test_output_file_written(tmp_path):
    out = tmp_path / "r.json"
    assert main(["compare", str(WIRE), str(REWRITE), "-f", "json", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["verdict"]["relation"] == "rewrite"


def test_stated_source_by_path(capsys):
    assert main(["compare", str(REWRITE), str(WIRE), "--source", str(WIRE), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["direction"]["stated"] and data["direction"]["source"] == "b"
    assert data["source"]["path"].endswith("wire.txt")


def _one_line_error(proc, *needles):
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for n in needles:
        assert n in lines[0]


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.txt"
    _one_line_error(run("compare", missing, WIRE), "nope.txt")


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    _one_line_error(run("compare", empty, WIRE), "empty.txt")


def test_binary_file(tmp_path):
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(bytes(range(256)) * 64)
    _one_line_error(run("compare", blob, WIRE), "photo.jpg")


def test_bad_source_flag():
    _one_line_error(run("compare", WIRE, REWRITE, "--source", "c"), "--source")


@pytest.mark.slow
def test_huge_file_is_refused_or_handled(tmp_path):
    big = tmp_path / "big.txt"
    line = "The council voted on Tuesday to double the budget for flood defences. "
    with big.open("w") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    proc = run("compare", big, WIRE)
    assert "Traceback" not in proc.stderr
    if proc.returncode:
        _one_line_error(proc, "big.txt")


def test_non_utf8_file(tmp_path, capsys):
    cp = tmp_path / "cp1252.txt"
    cp.write_bytes(
        WIRE.read_text().replace('"', "\u201c", 1).replace('"', "\u201d", 1).encode("cp1252")
    )
    assert main(["compare", str(cp), str(WIRE), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "\u201cWe cannot wait" in data["source"]["text"] + data["derivative"]["text"]
    assert data["verdict"]["relation"] == "copy"


def test_one_text_inside_the_other(tmp_path, capsys):
    inner = tmp_path / "inner.txt"
    inner.write_text("\n".join(WIRE.read_text().splitlines()[2:5]))
    assert main(["compare", str(WIRE), str(inner), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"]["relation"] == "excerpt"
    assert data["direction"]["source"] == "a"


def test_no_clean_keeps_what_the_extractor_found(tmp_path, capsys):
    # A page whose article closes with a share prompt: the boilerplate rules set the
    # prompt aside; --no-clean keeps all the text the extractor found, prompt included.
    body = "".join(
        f"<p>The council voted on Monday to rebuild the harbour wall, part {i} of the plan "
        "that the town engineer set out last spring, officials said.</p>"
        for i in range(6)
    )
    prompt = "<p>Share this story with your friends on Facebook and follow us for more news.</p>"
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><article>{body}{prompt}</article></body></html>")
    other = tmp_path / "other.txt"
    other.write_text("A different story about the ferry timetable changing in May. " * 5)
    for flags, set_aside in (([], True), (["--no-clean"], False)):
        assert main(["compare", str(page), str(other), "-f", "json", *flags]) == 0
        data = json.loads(capsys.readouterr().out)
        doc = next(d for d in (data["source"], data["derivative"]) if d["path"] == str(page))
        aside = " ".join(doc["boilerplate"])
        assert ("follow us for more news" in aside) is set_aside
