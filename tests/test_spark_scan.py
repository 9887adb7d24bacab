"""Same answers at every scale: the Spark engine (local mode) and the local engine give
the same relations, stories, chains and sites on the same corpus.

One SparkSession for the module (starting the JVM is most of the time).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark")

from copydesk.scan.local import scan_local  # noqa: E402
from copydesk.spark.engine import scan_spark, spark_session  # noqa: E402

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.skip("no Java for Spark")
    session = spark_session("local[2]", {"spark.sql.shuffle.partitions": "3"})
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The sample corpus plus a record file with a duplicated id and a bad line."""
    d = tmp_path_factory.mktemp("corpus")
    shutil.copytree(CORPUS, d / "sample")
    rows = [
        {
            "id": "dup",
            "text": "Dup one: the Tarvik council voted on Monday to close the old bridge.",
        },
        {"id": "dup", "text": "Dup two: Marlow Bay otters returned this summer, rangers said."},
    ]
    (d / "extra.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    return d


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_engines_agree(spark, corpus, tmp_path):
    local = scan_local([str(corpus)], tmp_path / "local", workers=2, formats=("jsonl", "parquet"))
    distributed = scan_spark(
        [str(corpus)], tmp_path / "spark", spark=spark, formats=("jsonl", "parquet")
    )
    for table in ("relations", "stories", "chains", "sites"):
        a = _rows(tmp_path / "local" / f"{table}.jsonl")
        b = _rows(tmp_path / "spark" / f"{table}.jsonl")
        assert a == b, table
    assert len(_rows(tmp_path / "local" / "relations.jsonl")) >= 10
    for key in (
        "articles",
        "candidate_pairs",
        "relations",
        "stories",
        "read_failures",
        "duplicate_ids",
    ):
        assert local["counts"][key] == distributed["counts"][key], key
    assert distributed["engine"] == "spark"


def test_spark_job_entry_point(spark, tmp_path):
    from copydesk.spark.job import main

    rc = main([str(CORPUS / "feed.jsonl"), "--out", str(tmp_path / "job"), "--format", "jsonl"])
    assert rc == 0
    stories = _rows(tmp_path / "job" / "stories.jsonl")
    assert {"wirepress-harbourton", "wirepress-kessel"} <= {s["origin"] for s in stories}
