"""Fictional article bodies of the frozen held-out group "h36" (no real article text).

Written during rounds 32 and 33 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; the articles live in
``articles_h36b.py`` (h36-04 to h36-06: the group has three pages, the other writers had
not finished theirs when it was pinned).
"""

from articles_h36b import ARTICLES_H36B

ARTICLES_H36 = {**ARTICLES_H36B}
