"""Layouts of the frozen held-out group "h35" of the extraction benchmark.

Written at the start of round 32 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h35c.py`` (h35-07 to
h35-09), whose docstring names the platforms.
"""

from pages_h35c import LAYOUTS_H35C

LAYOUTS_H35 = {**LAYOUTS_H35C}
