"""Layouts of the frozen held-out group "h34" of the extraction benchmark.

Written at the start of round 31 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h34c.py`` (h34-07 to
h34-09), whose docstring names the platforms.
"""

from pages_h34c import LAYOUTS_H34C

LAYOUTS_H34 = {**LAYOUTS_H34C}
