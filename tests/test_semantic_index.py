"""Article vectors in the index (index/vectors.py) and trace's semantic candidates.

Tests that embed are skipped, with the reason, where the ``semantic`` extra is missing;
CI installs it (.ci/run). The storage, options and error-path tests run everywhere.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from semantic_support import load_story, needs_model, stories, text, variant

from copydesk import semantic
from copydesk.cli import main
from copydesk.errors import InputError
from copydesk.index import Index, IndexOptions, MemoryStorage, open_index
from copydesk.index import vectors as vec
from copydesk.model import Article


def _corpus() -> list[Article]:
    arts = []
    for doc in stories():
        arts.append(Article(text(doc["source"]), id=f"{doc['story']}/source"))
        arts.append(Article(text(variant(doc, "same-story")), id=f"{doc['story']}/same"))
    return arts


def test_structural_option_round_trips_and_is_absent_when_off():
    assert "semantic" not in IndexOptions().structural()  # old indexes and scans read alike
    on = IndexOptions(semantic=True).structural()
    assert on["semantic"] is True
    stored = {k: str(v) for k, v in on.items()}  # the meta table keeps strings
    assert IndexOptions().with_structural(stored).semantic is True
    off = {k: str(v) for k, v in IndexOptions().structural().items()} | {"semantic": "False"}
    assert IndexOptions(semantic=True).with_structural(off).semantic is False


def _fake_rows(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    m = rng.standard_normal((n, semantic.DIM)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_vector_table_exact_search(tmp_path, backend):
    storage = MemoryStorage() if backend == "memory" else None
    idx = (
        Index(storage, IndexOptions())
        if storage is not None
        else open_index(tmp_path / "v.db", options=IndexOptions())
    )
    rows = _fake_rows(50)
    ids = list(range(1, 51))
    back = vec._backend(idx.storage)
    back.add_vectors(ids[:30], vec._blobs(rows[:30]))
    table = vec.VectorTable(idx.storage, chunk=7)
    assert table.refresh() == 30
    back.add_vectors(ids[30:], vec._blobs(rows[30:]))  # appended later: picked up
    q = rows[41] + 0.05 * rows[3]
    q /= np.linalg.norm(q)
    hits = table.search(q, 3)
    assert len(table) == 50 and hits[0][0] == 42
    assert hits == sorted(hits, key=lambda h: -h[1])
    assert abs(hits[0][1] - float(rows[41] @ q)) < 2e-3  # float16 storage
    assert [i for i, _ in table.search(q, 3, exclude={42})][0] != 42
    assert all(c >= 0.5 for _, c in table.search(q, 10, min_cos=0.5))
    idx.close()


def test_sqlite_index_without_vectors_reads_as_none(tmp_path):
    with open_index(tmp_path / "lex.db") as idx:
        idx.add([Article("Mayor Ana Ruiz said 40 bridges in Tarvik need repairs.", id="a")])
        assert vec.count(idx.storage) == 0
        assert vec.VectorTable(idx.storage).refresh() == 0
        assert "vectors" not in idx.stats()


def test_index_with_vectors_but_no_extra_is_a_one_line_error(tmp_path, monkeypatch):
    db = tmp_path / "sem.db"
    with open_index(db, options=IndexOptions(semantic=False)) as idx:
        idx.add([Article("Mayor Ana Ruiz said 40 bridges in Tarvik need repairs.", id="a")])
        idx.storage.set_meta({"semantic": True})  # as an index built with --semantic
    monkeypatch.setattr(semantic, "_REQUIRED_MODULES", ("copydesk_no_such_module_xyz",))
    with open_index(db, create=False) as idx:
        assert idx.options.semantic is True
        with pytest.raises(InputError) as err:
            idx.trace(Article("In Tarvik 40 bridges need repairs, Mayor Ana Ruiz said."))
    msg = str(err.value)
    assert "\n" not in msg and "copydesk[semantic]" in msg and "article vectors" in msg
    q = tmp_path / "q.txt"
    q.write_text("In Tarvik 40 bridges need repairs, Mayor Ana Ruiz said.", encoding="utf-8")
    assert main(["trace", str(q), "--db", str(db)]) == 2
    assert main(["index", "add", str(q), "--db", str(tmp_path / "x.db"), "--semantic"]) == 2


@needs_model
def test_vectors_find_a_rewrite_the_keys_miss():
    # roman-baths/llm-reorder keeps names and numbers but little else, and reorders,
    # splits and merges sentences: the lexical trace finds no source for it.
    doc = load_story("roman-baths")
    query = Article(text(variant(doc, "llm-reorder")), id="query")
    lexical = Index(MemoryStorage(), IndexOptions())
    lexical.add(_corpus())
    assert not [h for h in lexical.trace(query).hits if h.role == "source"]
    sem = Index(MemoryStorage(), IndexOptions(semantic=True))
    sem.add(_corpus())
    assert vec.count(sem.storage) == len(_corpus())
    tr = sem.trace(query)
    assert tr.semantic and tr.hits
    top = tr.hits[0]
    assert top.article.id == "roman-baths/source" and top.role == "source"
    assert top.report.mode == "semantic" and top.report.relation.kind == "rewrite"
    # The same-story report of the same find is not called derived.
    assert all(h.article.id != "roman-baths/same" or h.role == "same-story" for h in tr.hits)


@needs_model
def test_lexical_index_turned_semantic_embeds_what_it_holds(tmp_path):
    db = tmp_path / "c.db"
    corpus = _corpus()
    with open_index(db) as idx:
        idx.add(corpus[:4])
        assert vec.count(idx.storage) == 0
    with open_index(db, options=IndexOptions(semantic=True)) as idx:
        idx.add(corpus[4:6])
        assert vec.count(idx.storage) == 6  # the 4 already there, then the 2 new
    with open_index(db, create=False) as idx:  # stored in the index: no flag needed
        assert idx.options.semantic
        # An add interrupted between its two transactions: the next add embeds it.
        idx.storage._db.execute("DELETE FROM vectors WHERE article = 5")
        idx.add(corpus[6:7])
        assert vec.count(idx.storage) == 7


@needs_model
def test_cli_index_add_semantic_then_trace_says_so(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for a in _corpus():
        (folder / (a.id.replace("/", "_") + ".txt")).write_text(a.text, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["index", "add", str(folder), "--db", str(db), "--semantic", "-q"]) == 0
    q = tmp_path / "q.txt"
    q.write_text(text(variant(load_story("harbour-fire"), "llm-reorder")), encoding="utf-8")
    capsys.readouterr()
    assert main(["trace", str(q), "--db", str(db), "--format", "json", "--top", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["retrieval"] == "semantic"
    assert data["hits"][0]["name"].endswith("harbour-fire_source.txt")
    assert data["hits"][0]["report"]["mode"] == "semantic"
    assert main(["trace", str(q), "--db", str(db)]) == 0
    assert "semantic mode" in capsys.readouterr().out
    assert main(["index", "stats", "--db", str(db)]) == 0
    assert f"vectors:      {len(_corpus())}" in capsys.readouterr().out


def test_float16_scores_agree_with_and_without_torch(monkeypatch):
    import sys

    rows = _fake_rows(70_000, seed=3).astype(np.float16)
    q = rows[5].astype(np.float32)
    fast = vec._scores(rows, q)
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch -> ImportError
    slow = vec._scores(rows, q)
    assert fast.dtype == slow.dtype == np.float32 and fast.shape == (70_000,)
    np.testing.assert_allclose(fast, slow, atol=2e-3)
    assert int(np.argmax(slow)) == 5
