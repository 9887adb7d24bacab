"""Fictional article bodies of the frozen held-out group "h34" (no real article text).

Written at the start of round 31 by someone other than the person tuning the reader and
without reading the reader or its output on these pages; the articles live in
``articles_h34c.py`` (h34-07 to h34-09: the group has three pages, two other writers
did not finish theirs in the session).
"""

from articles_h34c import ARTICLES_H34C

ARTICLES_H34 = {**ARTICLES_H34C}
