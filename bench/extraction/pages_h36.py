"""Layouts of the frozen held-out group "h36" of the extraction benchmark.

Written during rounds 32 and 33 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h36b.py`` (h36-04 to
h36-06), whose docstring names the platforms.
"""

from pages_h36b import LAYOUTS_H36B

LAYOUTS_H36 = {**LAYOUTS_H36B}
