"""The public Python API: one verb per step, plain data back, tables on request."""

from __future__ import annotations

from pathlib import Path

import pytest

import copydesk

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
WIRE = ROOT / "examples" / "pair" / "wire.txt"
REWRITE = ROOT / "examples" / "pair" / "rewrite.txt"


def test_compare_paths_texts_and_articles_agree():
    by_path = copydesk.compare(WIRE, REWRITE)
    by_text = copydesk.compare(WIRE.read_text(), REWRITE.read_text())
    by_article = copydesk.compare(copydesk.read(WIRE), copydesk.read(REWRITE))
    assert by_path.relation.kind == by_text.relation.kind == by_article.relation.kind == "rewrite"
    assert len(by_path.changes) == len(by_article.changes)


def test_index_trace_and_frame(tmp_path):
    db = tmp_path / "news.db"
    with copydesk.open_index(db) as idx:
        summary = idx.add(copydesk.iter_articles([str(CORPUS)]))
    assert summary.added >= 12
    t = copydesk.trace(REWRITE, index=db, top=3)
    assert t.hits and t.hits[0].report.relation.kind in ("rewrite", "copy")
    assert t.hits[0].article.id == "wirepress-harbourton" and t.hits[0].role == "source"
    pd = pytest.importorskip("pandas")
    frame = copydesk.to_frame(t)
    assert isinstance(frame, pd.DataFrame) and list(frame["rank"]) == list(
        range(1, len(t.hits) + 1)
    )
    changes = copydesk.to_frame(t.hits[0].report)
    assert set(changes["severity"]) <= {"high", "medium", "low"}


def test_scan_and_tables(tmp_path):
    manifest = copydesk.scan(CORPUS, tmp_path / "out", formats=["jsonl"], workers=1)
    assert manifest["counts"]["stories"] >= 3
    pytest.importorskip("pandas")
    sites = copydesk.to_frame(tmp_path / "out", "sites")
    assert "newsfarm.example" in set(sites["site"])


def test_errors_are_typed_one_liners(tmp_path):
    with pytest.raises(copydesk.InputError) as err:
        copydesk.compare(tmp_path / "missing.txt", WIRE)
    assert "missing.txt" in str(err.value) and "\n" not in str(err.value)
