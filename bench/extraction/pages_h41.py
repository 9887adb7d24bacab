"""Layouts of the frozen held-out group "h41" of the extraction benchmark.

Written during rounds 32 to 38 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; never used for tuning
(docs/benchmarks-extraction.md). The layouts live in ``pages_h36a.py`` (written as
pages h36-01 to h36-03, named h41-01 to h41-03 here because they came after h36 was
measured), whose docstring names the platforms.
"""

from pages_h36a import discourse, invision, phpbb

LAYOUTS_H41 = {
    "h41-01-valleybus": ("h36_a1", discourse),
    "h41-02-pidgin": ("h36_a2", phpbb),
    "h41-03-railway": ("h36_a3", invision),
}
