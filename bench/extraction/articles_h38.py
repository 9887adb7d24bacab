"""Fictional article bodies of the frozen held-out group "h38" (no real article text).

Written during rounds 32 to 35 by someone other than the person tuning the reader and
without reading the reader or its output on these pages, as h35's first three pages
(``articles_h35a.py``); they arrived after h35 had been measured, so they are a group
of their own (h38-01 to h38-03).
"""

from articles_h35a import ARTICLES_H35A

ARTICLES_H38 = {**ARTICLES_H35A}
