"""Layout of the frozen held-out group "h37" of the extraction benchmark.

Written during rounds 32 and 33 by someone other than the person tuning the reader and
without reading the reader or its output on this page; never used for tuning
(docs/benchmarks-extraction.md). The layout lives in ``pages_h35d.py`` (written as page
h35-10, named h37-01 here because it came after h35 was measured), whose docstring
names the platform.
"""

from pages_h35d import drupal_zen

LAYOUTS_H37 = {"h37-01-regionaal": ("h35_d1", drupal_zen)}
