"""The Spark engine: the scan as Spark jobs, no home-made cluster code.

Plan (every step is a Spark transformation; nothing per-article reaches the driver):

1. ``binaryFiles`` reads whole input files (any path Spark reads: local, HDFS, S3 via
   the cluster's own connectors); ``flatMap`` runs copydesk's readers on each file
   (:func:`copydesk.scan.articles.read_blob`): the same code as the local engine.
2. Articles are keyed by their path-free id (:func:`~copydesk.scan.articles.doc_id`);
   a duplicated id keeps the text with the smallest hash (``reduceByKey``), as the local
   engine does.
3. ``mapPartitions`` computes each article's fingerprint keys
   (:func:`~copydesk.scan.candidates.article_keys`), exploded to ``(key, doc)`` rows.
4. Candidate pairs are a DataFrame self-join on ``key``, after dropping keys held by
   more than ``bucket_cap`` articles, grouped by ``(a, b)`` and kept when they share
   ``min_shared_keys``: the same rule as :func:`~copydesk.scan.candidates.candidate_pairs`.
5. The articles' JSON is joined onto both sides of each pair (no collect), and
   ``mapPartitions`` runs :func:`~copydesk.scan.pairs.relation_row` (the compare
   pipeline) with a per-partition cache of analysed articles.
6. Only the relation rows (derived pairs: a small table) and per-site article counts
   are collected; :func:`copydesk.scan.finish.finish` then builds stories, chains and
   sites on the driver and writes the outputs, exactly as the local engine does.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from copydesk.read import ReadFailure, ReadOptions
from copydesk.scan.options import DEFAULT, ScanOptions

__all__ = ["scan_spark", "spark_session", "relation_rows", "expand_local_inputs"]


def _require_pyspark():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        from copydesk.errors import CopydeskError

        raise CopydeskError(
            "the Spark engine needs pyspark: pip install 'copydesk[spark]' (and Java 17)"
        ) from None


def spark_session(
    master: str | None = None, conf: dict[str, str] | None = None, app_name: str = "copydesk-scan"
):
    """A SparkSession (the active one if any). ``master`` defaults to ``local[*]``;
    under ``spark-submit`` leave it None so the submit settings apply."""
    _require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None and not conf:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app_name)
    if master:
        b = b.master(master)
    settings = {
        "spark.ui.showConsoleProgress": "false",
        "spark.hadoop.mapreduce.input.fileinputformat.input.dir.recursive": "true",
    }
    if master and master.startswith("local"):
        inside = master[master.find("[") + 1 : master.find("]")] if "[" in master else "1"
        cores = os.cpu_count() or 1 if inside == "*" else int(inside or 1)
        settings["spark.sql.shuffle.partitions"] = str(max(2, 2 * cores))
        settings["spark.default.parallelism"] = str(max(2, 2 * cores))
        settings["spark.ui.enabled"] = "false"
    settings.update(conf or {})
    for k, v in settings.items():
        b = b.config(k, v)
    return b.getOrCreate()


def expand_local_inputs(inputs: Sequence[str], read_options: ReadOptions) -> list[str] | None:
    """Local inputs as the files the local engine would read (so both engines read the
    same files); None when any input is a URI (``s3a://``, ``hdfs://``) for Spark itself."""
    from copydesk.read.batch import expand_inputs

    if any("://" in str(i) or str(i).startswith("file:") for i in inputs):
        return None
    files = []
    for p in expand_inputs(list(inputs), read_options):
        if not isinstance(p, ReadFailure):
            files.append(os.path.abspath(str(p)))
    return files


# --------------------------------------------------------------------------- task code
# Module-level functions: Spark pickles them (with their arguments) to its workers.


def _read_partition(items: Iterator[tuple[str, bytes]], read_options: ReadOptions):
    from copydesk.scan.articles import article_to_json, content_hex, doc_id, read_blob, site_of

    for where, data in items:
        for item in read_blob(data, where, read_options):
            if isinstance(item, ReadFailure):
                yield ("fail", json.dumps(item.to_dict()))
            else:
                ident = doc_id(item, where)
                yield (ident, (content_hex(item), site_of(item), article_to_json(item)))


def _keys_partition(items: Iterator[tuple[str, tuple[str, str, str]]], options: ScanOptions):
    from copydesk.index.fingerprints import Fingerprinter
    from copydesk.scan.articles import article_from_json
    from copydesk.scan.candidates import article_keys

    fp = Fingerprinter(options.index)
    batch: list[tuple[str, str]] = []

    def flush():
        keys = article_keys(fp, [article_from_json(js) for _, js in batch])
        for (ident, _), k in zip(batch, keys, strict=True):
            for key in k.tolist():
                yield (int(key), ident)

    for ident, (_, _, js) in items:
        batch.append((ident, js))
        if len(batch) >= 200:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def _compare_partition(rows: Iterator, options: ScanOptions):
    from copydesk.analyze import analyze
    from copydesk.scan.articles import article_from_json
    from copydesk.scan.pairs import relation_row

    cache: OrderedDict = OrderedDict()

    def analysed(ident: str, js: str):
        hit = cache.get(ident)
        if hit is None:
            hit = analyze(article_from_json(js))
            cache[ident] = hit
            if len(cache) > options.analyzed_cache:
                cache.popitem(last=False)
        else:
            cache.move_to_end(ident)
        return hit

    for r in rows:
        row = relation_row(
            r.a, analysed(r.a, r.a_body), r.b, analysed(r.b, r.b_body), r.shared, options
        )
        if row is not None:
            yield json.dumps(row, ensure_ascii=False)


# --------------------------------------------------------------------------- driver


def relation_rows(
    spark,
    paths: Sequence[str],
    options: ScanOptions = DEFAULT,
    read_options: ReadOptions | None = None,
) -> tuple[list[dict[str, Any]], dict[str, int], dict[str, Any]]:
    """``(relation rows, articles per site, counts and failures)`` for ``paths``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    read_options = read_options or ReadOptions(progress=False, quiet=True)
    sc = spark.sparkContext
    files = sc.binaryFiles(",".join(paths))
    parsed = files.mapPartitions(lambda it: _read_partition(it, read_options)).persist(
        StorageLevel.MEMORY_AND_DISK
    )
    failures_rdd = parsed.filter(lambda kv: kv[0] == "fail").map(lambda kv: json.loads(kv[1]))
    articles = (
        parsed.filter(lambda kv: kv[0] != "fail")
        .reduceByKey(lambda x, y: x if x[0] <= y[0] else y)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    key_rows = articles.mapPartitions(lambda it: _keys_partition(it, options))
    kd = spark.createDataFrame(key_rows, "key long, doc string").distinct()
    sizes = (
        kd.groupBy("key")
        .count()
        .filter((F.col("count") >= 2) & (F.col("count") <= options.bucket_cap))
        .select("key")
    )
    kept = kd.join(sizes, "key")
    x, y = kept.alias("x"), kept.alias("y")
    pairs = (
        x.join(y, (F.col("x.key") == F.col("y.key")) & (F.col("x.doc") < F.col("y.doc")))
        .groupBy(F.col("x.doc").alias("a"), F.col("y.doc").alias("b"))
        .agg(F.count(F.lit(1)).alias("shared"))
        .filter(F.col("shared") >= options.min_shared_keys)
        .persist(StorageLevel.MEMORY_AND_DISK)
    )
    bodies = spark.createDataFrame(
        articles.map(lambda kv: (kv[0], kv[1][2])), "doc string, body string"
    )
    joined = (
        pairs.join(bodies.withColumnRenamed("doc", "a").withColumnRenamed("body", "a_body"), "a")
        .join(bodies.withColumnRenamed("doc", "b").withColumnRenamed("body", "b_body"), "b")
        .repartition("a")
        .sortWithinPartitions("a", "b")
    )
    rel_json = joined.rdd.mapPartitions(lambda it: _compare_partition(it, options))
    rows, errors = [], []
    for s in rel_json.collect():
        r = json.loads(s)
        (errors if r.get("relation") == "error" else rows).append(r)
    site_articles = dict(articles.map(lambda kv: kv[1][1]).countByValue())
    n_read = parsed.filter(lambda kv: kv[0] != "fail").count()
    n_docs = articles.count()
    counts = {
        "articles": n_docs,
        "read": n_read,
        "duplicate_ids": n_read - n_docs,
        "candidate_pairs": pairs.count(),
        "read_failures": failures_rdd.count(),
        "compare_errors": len(errors),
    }
    extra = {"failures": failures_rdd.take(1000), "errors": errors[:1000]}
    for rdd in (parsed, articles):
        rdd.unpersist()
    pairs.unpersist()
    return rows, {str(k): int(v) for k, v in site_articles.items()}, {"counts": counts, **extra}


def scan_spark(
    inputs: Sequence[str],
    out: str | os.PathLike,
    options: ScanOptions = DEFAULT,
    read_options: ReadOptions | None = None,
    master: str | None = None,
    workers: int | None = None,
    conf: dict[str, str] | None = None,
    formats: Sequence[str] = ("jsonl", "parquet"),
    note: Callable[[str], None] | None = None,
    html: bool = True,
    spark=None,
    **_ignored: Any,
) -> dict[str, Any]:
    """Scan ``inputs`` with Spark and write the same outputs as the local engine.

    ``master`` defaults to ``local[workers]`` (``local[*]`` without ``workers``); pass a
    ``spark`` session to reuse one (tests, notebooks). Local inputs are expanded as the
    local engine expands them; URIs go to Spark as given.
    """
    note = note or (lambda _m: None)
    read_options = (read_options or ReadOptions()).replace(progress=False, quiet=True)
    t0 = time.monotonic()
    if spark is None:
        master = master or (f"local[{workers}]" if workers else "local[*]")
        spark = spark_session(master, conf)
    files = expand_local_inputs(inputs, read_options)
    if files is not None and not files:
        from copydesk.errors import InputError

        raise InputError(", ".join(map(str, inputs)), "no readable files")
    paths = files if files is not None else [str(i) for i in inputs]
    rows, site_articles, info = relation_rows(spark, paths, options, read_options)
    seconds = {"spark": time.monotonic() - t0}
    from copydesk.scan.finish import finish

    Path(out).mkdir(parents=True, exist_ok=True)
    return finish(
        rows,
        site_articles,
        out,
        formats,
        {
            "engine": "spark",
            "spark_master": spark.sparkContext.master,
            "spark_version": spark.version,
            "inputs": [str(i) for i in inputs],
            "options": options.fingerprint(),
            "seconds": seconds,
            **info,
        },
        html=html,
    )
