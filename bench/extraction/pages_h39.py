"""Layouts of the frozen held-out group "h39" of the extraction benchmark.

Written during rounds 32 to 36 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h36c.py`` (written as
pages h36-07 to h36-09, named h39-01 to h39-03 here because they came after h36 was
measured), whose docstring names the platforms.
"""

from pages_h36c import edlio, site123, storefront

LAYOUTS_H39 = {
    "h39-01-district": ("h36_c1", edlio),
    "h39-02-bookshop": ("h36_c2", storefront),
    "h39-03-turnverein": ("h36_c3", site123),
}
