"""index: a corpus of articles and their fingerprints, and the trace questions.

One module per structure (datasketch's habit): ``minhash.py`` (vectorized and
one-permutation MinHash), ``lsh.py`` (banding), ``words.py`` (per-word facts, cached),
``fingerprints.py`` (band keys and spin-robust immutable-pair keys, a batch at a time),
``storage.py`` (the storage interface, in-memory backend), ``sqlite.py`` (the default:
WAL, key tables in merge levels), ``retrieve.py`` (candidates and re-ranking),
``corpus.py`` (:class:`Index`), ``options.py`` (:class:`IndexOptions`).

    >>> from copydesk.index import open_index          # doctest: +SKIP
    >>> with open_index("copydesk.db") as idx:         # doctest: +SKIP
    ...     idx.add(iter_articles(["wire/"]))
    ...     trace = idx.trace(read_file("suspect.html"), top=10)
"""

from __future__ import annotations

from copydesk.index.corpus import DEFAULT_PATH, AddSummary, Index, Trace, open_index
from copydesk.index.options import IndexOptions
from copydesk.index.retrieve import TraceHit
from copydesk.index.storage import MemoryStorage, Storage

__all__ = [
    "DEFAULT_PATH",
    "AddSummary",
    "Index",
    "IndexOptions",
    "MemoryStorage",
    "Storage",
    "Trace",
    "TraceHit",
    "open_index",
]
