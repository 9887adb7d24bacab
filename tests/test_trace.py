"""trace: sources of a spun article among distractors, copies of a source, the CLI."""

import json
import sys
from pathlib import Path

import pytest

from copydesk.cli import main
from copydesk.index import Index, MemoryStorage
from copydesk.model import Article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from spin import NewsGenerator, excerpt, spin  # noqa: E402


@pytest.fixture(scope="module")
def world():
    """10 source stories, each with two same-story siblings, among 60 unrelated articles."""
    g = NewsGenerator(7, vocab=5000)
    sources, arts = [], []
    for e in range(10):
        ev = g.event()
        for j in range(3):
            a = Article(g.article(ev, n=12), id=f"ev{e}-{j}")
            arts.append(a)
            if j == 0:
                sources.append(a)
    arts += [Article(g.article(g.event(), n=12), id=f"other{i}") for i in range(60)]
    idx = Index(MemoryStorage())
    idx.add(arts)
    return idx, sources, g


@pytest.mark.parametrize("strength", ["light", "heavy"])
def test_trace_finds_source_of_spun_article(world, strength):
    idx, sources, _ = world
    for i, src in enumerate(sources):
        der = Article(spin(src.text, strength, seed=i), id="suspect")
        t = idx.trace(der, top=5, same_story=True)
        assert t.hits, src.id
        best = t.hits[0]
        assert best.article.id == src.id
        assert best.role == "source"  # inferred direction, or no confident direction
        assert best.report.relation.kind in ("copy", "rewrite", "excerpt")
        siblings = [h for h in t.hits if h.article.id.startswith(src.id.split("-")[0] + "-")]
        assert all(h.role == "same-story" for h in siblings if h is not best)
        assert [h.article.id for h in idx.trace(der, top=5).hits] == [src.id]  # derived only


def test_trace_finds_source_of_excerpt(world):
    idx, sources, _ = world
    for i, src in enumerate(sources[:5]):
        t = idx.trace(Article(excerpt(src.text, seed=i)), top=3)
        assert t.hits[0].article.id == src.id
        assert t.hits[0].report.source.article is t.hits[0].article  # oriented: hit is source


def test_unrelated_article_has_no_derived_hit(world):
    idx, _, g = world
    fresh = Article(g.article(g.event(), n=12))
    assert not [h for h in idx.trace(fresh).hits if h.role == "source"]


def test_copies(world):
    idx, sources, _ = world
    src = sources[3]
    copies = [Article(spin(src.text, "medium", seed=s), id=f"copy{s}") for s in range(3)]
    idx.add(copies)
    t = idx.trace(src, copies=True)
    assert t.self_id is not None  # the source itself is indexed and left out
    found = [h.article.id for h in t.hits if h.role == "copy"]
    assert sorted(found) == ["copy0", "copy1", "copy2"]
    assert all(h.report.derivative.article is h.article for h in t.hits if h.role == "copy")


def test_cli_index_add_skips_bad_file_then_trace(tmp_path, capsys):
    g = NewsGenerator(3, vocab=3000)
    folder = tmp_path / "corpus"
    folder.mkdir()
    evs = [g.event() for _ in range(6)]
    texts = [g.article(ev, n=10) for ev in evs]
    for i, t in enumerate(texts):
        (folder / f"story{i}.txt").write_text(t, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n")  # a bad file
    (folder / "story0-again.txt").write_text(texts[0], encoding="utf-8")  # a duplicate
    db = tmp_path / "x.db"
    rc = main(["index", "add", str(folder), "--db", str(db), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 1  # some input failed, the rest was added
    assert (out["added"], out["duplicates"], out["failed"]) == (6, 1, 1)
    assert "empty.txt" in out["failures"][0]
    suspect = tmp_path / "suspect.txt"
    suspect.write_text(spin(texts[2], "heavy", seed=1), encoding="utf-8")
    assert main(["trace", str(suspect), "--db", str(db), "--format", "json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "copydesk.trace" and data["mode"] == "sources"
    top = data["hits"][0]
    assert top["name"].endswith("story2.txt") and top["role"] == "source"
    assert top["report"]["schema"] == "copydesk.compare"
    for field in ("relation", "direction", "derived_share", "changes", "credit"):
        assert field in top["report"]["verdict"]
    assert main(["trace", str(suspect), "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "story2.txt" in text.splitlines()[1] and "credit:" in text
    assert main(["index", "stats", "--db", str(db)]) == 0
    assert "articles:     6" in capsys.readouterr().out


def test_cli_trace_without_index_is_one_line_error(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Some article text about Borla.")
    assert main(["trace", str(f), "--db", str(tmp_path / "none.db")]) == 2
    assert "no index" in capsys.readouterr().err


def test_cli_index_add_and_trace_take_the_readers_flags(tmp_path, capsys):
    """The reader's limits and field names work on index add and trace as on compare and
    scan: an over-limit file is skipped naming the flag, a JSONL field is mapped."""
    g = NewsGenerator(4, vocab=3000)
    texts = [g.article(g.event(), n=10) for _ in range(3)]
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "small.txt").write_text(texts[0], encoding="utf-8")
    (folder / "big.txt").write_text(texts[1] + "\n" + "padding words " * 60_000)
    (folder / "feed.jsonl").write_text(json.dumps({"body": texts[2]}) + "\n")
    db = tmp_path / "x.db"
    args = ["index", "add", str(folder), "--db", str(db), "--format", "json"]
    assert main([*args, "--max-file-mb", "0.5", "--field", "text=body"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert (out["added"], out["failed"]) == (2, 1)
    assert "big.txt" in out["failures"][0] and "--max-file-mb" in out["failures"][0]
    assert main(["trace", str(folder / "big.txt"), "--db", str(db), "--max-file-mb", "0.5"]) == 2
    assert "--max-file-mb" in capsys.readouterr().err
