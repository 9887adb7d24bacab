"""Layouts of the frozen held-out group "h38" of the extraction benchmark.

Written during rounds 32 to 35 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h35a.py`` (written as
pages h35-01 to h35-03, named h38-01 to h38-03 here because they came after h35 was
measured), whose docstring names the platforms.
"""

from pages_h35a import broadcaster, escenic, polopoly

LAYOUTS_H38 = {
    "h38-01-nynorsk": ("h35_a1", escenic),
    "h38-02-greenway": ("h35_a2", polopoly),
    "h38-03-tvstation": ("h35_a3", broadcaster),
}
