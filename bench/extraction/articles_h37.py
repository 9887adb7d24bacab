"""Fictional article body of the frozen held-out group "h37" (no real article text).

Written during rounds 32 and 33 by someone other than the person tuning the reader and
without reading the reader or its output on this page, as a fourth page of h35
(``articles_h35d.py``); it came after h35 had been measured, so it is a group of its own
(one page, h37-01).
"""

from articles_h35d import ARTICLES_H35D

ARTICLES_H37 = {**ARTICLES_H35D}
