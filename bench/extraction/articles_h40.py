"""Fictional article bodies of the frozen held-out group "h40" (no real article text).

Written during rounds 32 to 37 by someone other than the person tuning the reader and
without reading the reader or its output on these pages, as h35's middle three pages
(``articles_h35b.py``); they arrived after h35 had been measured, so they are a group
of their own (h40-01 to h40-03).
"""

from articles_h35b import ARTICLES_H35B

ARTICLES_H40 = {**ARTICLES_H35B}
