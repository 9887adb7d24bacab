"""Fictional article bodies of the frozen held-out group "h39" (no real article text).

Written during rounds 32 to 36 by someone other than the person tuning the reader and
without reading the reader or its output on these pages, as h36's last three pages
(``articles_h36c.py``); they arrived after h36 had been measured, so they are a group
of their own (h39-01 to h39-03).
"""

from articles_h36c import ARTICLES_H36C

ARTICLES_H39 = {**ARTICLES_H36C}
