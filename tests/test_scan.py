"""The corpus scan: candidates, stories/chains, sites, outputs, local engine, CLI."""

from __future__ import annotations

import doctest
import importlib
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from copydesk.cli import main
from copydesk.scan.candidates import candidate_pairs
from copydesk.scan.local import scan_local
from copydesk.scan.options import ScanOptions
from copydesk.scan.stories import build_stories

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.mark.parametrize(
    "name",
    [
        "copydesk.scan.articles",
        "copydesk.scan.candidates",
        "copydesk.scan.stories",
        "copydesk.scan.sites",
    ],
)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


# --------------------------------------------------------------------------- candidates


def _brute(keys, docs, cap, min_shared):
    holders: dict[int, set[int]] = {}
    for k, d in zip(keys, docs, strict=True):
        holders.setdefault(k, set()).add(d)
    counts: dict[tuple[int, int], int] = {}
    for hs in holders.values():
        if 2 <= len(hs) <= cap:
            for a, b in itertools.combinations(sorted(hs), 2):
                counts[a, b] = counts.get((a, b), 0) + 1
    return sorted((a, b, n) for (a, b), n in counts.items() if n >= min_shared)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_candidate_pairs_match_brute_force(seed):
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, 60, 800)
    docs = rng.integers(0, 90, 800)
    for cap, m in [(5, 1), (8, 2), (50, 3)]:
        lo, hi, n = candidate_pairs(keys, docs, cap, m)
        assert list(zip(lo.tolist(), hi.tolist(), n.tolist(), strict=True)) == _brute(
            keys.tolist(), docs.tolist(), cap, m
        )


def test_candidate_pairs_cap_drops_common_keys():
    keys = np.array([1] * 10 + [2, 2, 3, 3])
    docs = np.array(list(range(10)) + [0, 1, 0, 1])
    lo, hi, n = candidate_pairs(keys, docs, bucket_cap=5, min_shared=1)
    assert list(zip(lo.tolist(), hi.tolist(), n.tolist(), strict=True)) == [(0, 1, 2)]


# --------------------------------------------------------------------------- stories


def _rel(src, der, share, known=True, sd=None, dd=None, **kw):
    row = {
        "source": src, "derivative": der, "derived_share": share, "direction_known": known,
        "source_date": sd, "derivative_date": dd, "relation": "rewrite", "credit": "not-applicable",
        "direction_confidence": 0.9 if known else 0.5,
        "source_site": f"{src}.example", "derivative_site": f"{der}.example",
    }  # fmt: skip
    row.update(kw)
    return row


def _tree(chains):
    return {c["doc"]: c["parent"] for c in chains}


def test_undated_chain_follows_direction_and_strength():
    rows = [
        _rel("wire", "a", 0.7),
        _rel("a", "b", 0.85),
        _rel("wire", "b", 0.45),
        _rel("b", "c", 0.8),
    ]
    stories, chains = build_stories(rows)
    assert stories[0]["origin"] == "wire" and stories[0]["origin_method"] == "text"
    assert _tree(chains) == {"wire": None, "a": "wire", "b": "a", "c": "b"}
    assert stories[0]["max_depth"] == 3


def test_dates_decide_origin_and_forbid_later_parents():
    # direction evidence points the wrong way; the dates do not
    rows = [
        _rel("b", "a", 0.9, known=False, sd="2026-01-03", dd="2026-01-02"),
        _rel("a", "w", 0.6, known=True, sd="2026-01-02", dd="2026-01-01"),
    ]
    stories, chains = build_stories(rows)
    assert stories[0]["origin"] == "w" and stories[0]["origin_method"] == "date"
    assert _tree(chains) == {"w": None, "a": "w", "b": "a"}
    evidence = {c["doc"]: c["evidence"] for c in chains}
    assert evidence["a"] == "date"  # against the (wrong) direction, for the dates


def test_cycle_of_unknown_directions_is_resolved():
    rows = [
        _rel("x", "y", 0.9, known=False),
        _rel("y", "z", 0.9, known=False),
        _rel("x", "z", 0.5, known=False),
    ]
    stories, chains = build_stories(rows)
    tree = _tree(chains)
    assert sum(p is None for p in tree.values()) == 1
    # every member reaches the origin
    for doc in tree:
        seen = set()
        while tree[doc] is not None:
            assert doc not in seen
            seen.add(doc)
            doc = tree[doc]


def test_drift_accumulates_down_the_chain():
    rows = [
        _rel("w", "a", 0.7, changes_high=1, changes_total=2, changes_number=1),
        _rel("a", "b", 0.8, changes_high=2, changes_total=3, changes_number=2),
        _rel("w", "b", 0.3),
    ]
    _, chains = build_stories(rows)
    by = {c["doc"]: c for c in chains}
    assert (by["a"]["drift_high"], by["b"]["drift_high"]) == (1, 3)
    assert by["b"]["drift_total"] == 5 and by["b"]["drift_number"] == 3
    assert by["b"]["changes_total"] == 3  # this step only


def test_same_day_date_without_time_does_not_beat_direction():
    rows = [_rel("n", "h", 0.95, known=True, sd="2026-07-06T08:00:00Z", dd="2026-07-06")]
    stories, _ = build_stories(rows)
    assert stories[0]["origin"] == "n"


# --------------------------------------------------------------------------- local engine


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    out = tmp_path_factory.mktemp("scan")
    manifest = scan_local([str(CORPUS)], out, workers=2, formats=("jsonl", "parquet"))
    return out, manifest


def test_local_scan_finds_the_sample_stories(scanned):
    out, manifest = scanned
    stories = {s["origin"]: s for s in _rows(out / "stories.jsonl")}
    assert set(stories) >= {"wirepress-harbourton", "wirepress-kessel"}
    assert stories["wirepress-harbourton"]["size"] == 4
    members = stories["wirepress-harbourton"]["members"]
    assert "harbourtimes-townhall" not in members  # same story, not derived
    rel = _rows(out / "relations.jsonl")
    pairs = {(r["source"], r["derivative"]) for r in rel}
    assert ("wirepress-harbourton", "newsfarm-harbourton") in pairs
    assert all(r["relation"] in ("copy", "rewrite", "excerpt") for r in rel)
    docs = {r["source"] for r in rel} | {r["derivative"] for r in rel}
    assert "riverside-sport" not in docs and "ostravik-library" not in docs
    assert manifest["counts"]["articles"] == 14
    chain = {c["doc"]: c for c in _rows(out / "chains.jsonl")}
    # the rewrite of a rewrite hangs below the first rewrite
    assert chain["clickdaily-harbourton"]["parent"] == "newsfarm-harbourton"
    assert chain["clickdaily-harbourton"]["depth"] == 2


def test_outputs_jsonl_and_parquet_agree(scanned):
    pq = pytest.importorskip("pyarrow.parquet")
    out, _ = scanned
    from copydesk.scan.output import TABLES

    for table, cols in TABLES.items():
        rows = _rows(out / f"{table}.jsonl")
        t = pq.read_table(out / f"{table}.parquet")
        assert t.column_names == [c for c, _ in cols]
        assert t.to_pylist() == rows
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["schema"] == "copydesk.scan" and manifest["engine"] == "local"


def test_sites_table(scanned):
    out, _ = scanned
    sites = {s["site"]: s for s in _rows(out / "sites.jsonl")}
    assert sites["newsfarm.example"]["derived"] == 2
    assert sites["wirepress.example"]["derived"] == 0
    assert sites["wirepress.example"]["origins"] == 2
    assert sum(s["articles"] for s in sites.values()) == 14


def test_summary_html_is_self_contained(scanned):
    out, _ = scanned
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script" not in page.lower() and "<svg" in page
    assert "http-equiv" in page


def test_summary_html_escapes_hostile_text():
    from copydesk.scan.summary_html import render

    evil = '<script>alert(1)</script>"'
    stories, chains = build_stories(
        [
            _rel(
                "w",
                "a",
                0.7,
                source_title=evil,
                derivative_title=evil,
                source_url="javascript:alert(1)",
            )
        ]
    )
    chains[0]["site"] = evil
    page = render({"counts": {}}, stories, chains, [])
    assert "<script>" not in page
    assert 'href="javascript' not in page
    assert "&lt;script&gt;" in page


def test_resume_skips_finished_chunks(tmp_path):
    opts = ScanOptions(chunk_pairs=3)
    out = tmp_path / "r"
    first = scan_local([str(CORPUS)], out, options=opts, workers=1, formats=("jsonl",))
    done = sorted((out / "_work" / "done").glob("chunk-*.jsonl"))
    assert len(done) >= 3
    # interrupted run: one chunk lost, outputs never written
    done[1].unlink()
    stamps = {p.name: p.stat().st_mtime_ns for p in done if p.exists()}
    notes = []
    second = scan_local(
        [str(CORPUS)], out, options=opts, workers=1, formats=("jsonl",), note=notes.append
    )
    assert any("resuming" in n for n in notes)
    for p in (out / "_work" / "done").glob("chunk-*.jsonl"):
        if p.name in stamps:
            assert p.stat().st_mtime_ns == stamps[p.name]
    assert first["counts"] == second["counts"]
    # other settings: start over, never mix
    notes.clear()
    scan_local(
        [str(CORPUS)],
        out,
        options=opts.replace(min_shared_keys=3),
        workers=1,
        formats=("jsonl",),
        note=notes.append,
    )
    assert any("starting over" in n for n in notes)


def test_bad_inputs_are_reported_not_fatal(tmp_path):
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "x", "text": "Fine text about a council vote."}\nnot json\n'
    )
    manifest = scan_local(
        [str(tmp_path / "bad.jsonl")], tmp_path / "o", workers=1, formats=("jsonl",)
    )
    assert manifest["counts"]["read_failures"] == 1
    assert manifest["counts"]["articles"] == 1


def test_workers_read_in_parallel_and_find_what_one_process_finds(tmp_path):
    """With 2 workers the readers' extraction and cleaning run on worker processes;
    relations and reported failures are those of 1 worker."""
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": ""}\nnot json\n')
    inputs = [str(CORPUS), str(tmp_path / "bad.jsonl")]
    got = {}
    for workers in (1, 2):
        out = tmp_path / f"o{workers}"
        m = scan_local(inputs, out, workers=workers, formats=("jsonl",))
        rel = sorted(
            (r["source"], r["derivative"], r["relation"]) for r in _rows(out / "relations.jsonl")
        )
        got[workers] = (rel, m["counts"]["articles"], m["counts"]["read_failures"])
    assert got[1] == got[2]
    assert got[1][1] == 14 and got[1][2] == 2 and got[1][0]


def test_duplicate_ids_keep_one_text_deterministically(tmp_path):
    a = {
        "id": "dup",
        "text": "The council voted on Monday to close the old Tarvik bridge for repairs.",
    }
    b = {
        "id": "dup",
        "text": "A different text about the Marlow Bay otters and their return this summer.",
    }
    (tmp_path / "f1.jsonl").write_text(json.dumps(a) + "\n" + json.dumps(b) + "\n")
    (tmp_path / "f2.jsonl").write_text(json.dumps(b) + "\n" + json.dumps(a) + "\n")
    m1 = scan_local([str(tmp_path / "f1.jsonl")], tmp_path / "o1", workers=1, formats=("jsonl",))
    m2 = scan_local([str(tmp_path / "f2.jsonl")], tmp_path / "o2", workers=1, formats=("jsonl",))
    assert m1["counts"]["articles"] == m2["counts"]["articles"] == 1
    assert m1["counts"]["duplicate_ids"] == 1


def test_cli_scan(tmp_path, capsys):
    out = tmp_path / "cli"
    rc = main(["scan", str(CORPUS), "--out", str(out), "--format", "jsonl", "-j", "1", "--quiet"])
    assert rc == 0
    assert (out / "relations.jsonl").exists() and not (out / "relations.parquet").exists()
    assert (out / "summary.html").exists()
    assert capsys.readouterr().err == ""
    rc = main(["scan", str(CORPUS), "--out", str(out), "--format", "xml"])
    assert rc == 2
