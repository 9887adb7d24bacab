"""Layouts of the frozen held-out group "h33" of the extraction benchmark.

Written at the start of round 30 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). Three writers wrote three layouts each, at the same
time, in ``pages_h33a.py`` (h33-01 to h33-03), ``pages_h33d.py`` (h33-04 to h33-06) and
``pages_h33c.py`` (h33-07 to h33-09); each module's docstring names its platforms. The
articles are in ``articles_h33.py``.
"""

from pages_h33a import LAYOUTS_H33A
from pages_h33c import LAYOUTS_H33C
from pages_h33d import LAYOUTS_H33D

LAYOUTS_H33 = {**LAYOUTS_H33A, **LAYOUTS_H33D, **LAYOUTS_H33C}
