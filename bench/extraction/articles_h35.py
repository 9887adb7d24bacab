"""Fictional article bodies of the frozen held-out group "h35" (no real article text).

Written at the start of round 32 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; the articles live in
``articles_h35c.py`` (h35-07 to h35-09: the group has three pages, the other writers had
not finished theirs when it was pinned).
"""

from articles_h35c import ARTICLES_H35C

ARTICLES_H35 = {**ARTICLES_H35C}
