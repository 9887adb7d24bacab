"""Fictional article bodies of the frozen held-out group "h41" (no real article text).

Written during rounds 32 to 38 by someone other than the person tuning the reader and
without reading the reader or its output on these pages, as h36's first three pages
(``articles_h36a.py``); they arrived after h36 had been measured, so they are a group
of their own (h41-01 to h41-03).
"""

from articles_h36a import ARTICLES_H36A

ARTICLES_H41 = {**ARTICLES_H36A}
