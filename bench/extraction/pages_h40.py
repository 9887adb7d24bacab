"""Layouts of the frozen held-out group "h40" of the extraction benchmark.

Written during rounds 32 to 37 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h35b.py`` (written as
pages h35-04 to h35-06, named h40-01 to h40-03 here because they came after h35 was
measured), whose docstring names the platforms.
"""

from pages_h35b import material, publii, typepad

LAYOUTS_H40 = {
    "h40-01-townblog": ("h35_b1", typepad),
    "h40-02-riverwatch": ("h35_b2", material),
    "h40-03-cantonese": ("h35_b3", publii),
}
