"""scan: corpus-wide reuse analysis (which stories were copied, who originated each,
which sites republish without credit, how a story spread).

Engine-independent steps, one module each, called by both engines:

- ``articles``: stable path-free ids, publisher, JSON form, reading a file's bytes;
- ``candidates``: article -> fingerprint keys; keys -> candidate pairs (banded LSH join);
- ``pairs``: one pair -> one relation row, via :func:`copydesk.pipeline.compare_analyzed`;
- ``stories``: relations -> stories (components), origins, chain trees, drift;
- ``sites``: chains -> per-publisher figures;
- ``output``: the tables as JSONL and Parquet (docs/scan-schema.md);
- ``summary_html``: the self-contained HTML summary;
- ``finish``: relations -> every output file.

Engines: :func:`copydesk.scan.local.scan_local` (multiprocessing, resumable) and
:func:`copydesk.spark.engine.scan_spark` (Apache Spark). Both give the same relations.
"""

from copydesk.scan.options import DEFAULT, ScanOptions

__all__ = ["DEFAULT", "ScanOptions", "scan"]


def scan(inputs, out, engine: str = "local", **kwargs):
    """Scan ``inputs`` into ``out`` with the ``local`` or ``spark`` engine; returns the
    manifest (counts, timings, files)."""
    if engine == "local":
        from copydesk.scan.local import scan_local

        return scan_local(inputs, out, **kwargs)
    if engine == "spark":
        from copydesk.spark.engine import scan_spark

        return scan_spark(inputs, out, **kwargs)
    raise ValueError(f"unknown engine {engine!r} (local or spark)")
