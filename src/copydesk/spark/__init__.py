"""spark: the corpus scan on Apache Spark (``copydesk scan --engine spark``, spark-submit).

:func:`copydesk.spark.engine.scan_spark` runs the same pipeline functions as the local
engine (``copydesk.scan``) inside Spark tasks; :mod:`copydesk.spark.job` is the
``spark-submit`` entry point (docs/spark.md). Needs ``pip install 'copydesk[spark]'``
(pyspark and pyarrow) and Java 17; nothing is fetched at submit time.
"""
