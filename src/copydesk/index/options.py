"""Index settings in one object (trafilatura's ``Extractor`` habit).

Two groups: *structural* settings decide which keys an article gets; they are written
into the index when it is created and read back when it is opened, because keys made
with other settings would never match. *Query* settings only change how ``trace``
searches and may differ per call.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

__all__ = ["IndexOptions", "DEFAULT", "STRUCTURAL"]


@dataclass(frozen=True, slots=True)
class IndexOptions:
    # --- structural: fixed for the life of an index ----------------------------------
    #: MinHash permutations. 128 is datasketch's default; the speed bench compares
    #: like with like.
    num_perm: int = 128
    #: LSH bands x rows: 32 x 4 puts the S-curve's threshold near Jaccard 0.42, low
    #: enough for light spins and excerpts of half an article (bench/retrieval.py).
    bands: int = 32
    rows: int = 4
    #: Seed of the MinHash permutations.
    seed: int = 1
    #: Word shingle length for MinHash (canonical forms, function words left out).
    shingle: int = 3
    #: At most this many immutables (names, numbers, rare words) per sentence make
    #: pairs; chosen by hash, so a copy picks the same ones. 12 -> at most 66 pairs.
    sentence_immutables: int = 12
    #: A content word of at least this many letters outside any synonym group counts as
    #: rare. Query-time IDF then discounts the common ones.
    rare_min_len: int = 6
    #: Immutable-pair keys stored per article: the bottom-k by hash (consistent
    #: sampling, so a derivative's sample overlaps its source's). Bounds index size.
    keep_pairs: int = 64
    #: Also keep one sentence-embedding vector per article (index/vectors.py), and let
    #: trace add its nearest neighbours to the candidates. Needs the ``semantic`` extra
    #: to build and to trace; an index built with it says so in its meta and every
    #: later ``add`` and ``trace`` uses it (``copydesk index add --semantic``).
    semantic: bool = False

    # --- query: may change per trace --------------------------------------------------
    #: Pair keys a query looks up (its bottom-k; a query uses more than are stored so
    #: that excerpts still meet their source's sample).
    query_pairs: int = 1024
    #: Keys shared by more articles than this are too common to be evidence (a name
    #: pair in every story about one president); they are skipped.
    posting_cap: int = 2000
    #: Weight of one shared LSH band relative to one shared pair key of the same rarity.
    band_weight: float = 1.0
    #: Candidates re-ranked with the full compare pipeline.
    rerank: int = 12
    #: A candidate joins the re-rank only with at least this share of the best score.
    rerank_min_share: float = 0.1
    #: With vectors: this many nearest articles by cosine join the re-rank, besides
    #: those the keys found (bench/semantic_retrieval.py).
    vector_candidates: int = 5
    #: ... when their article cosine is at least this (bench/data/rewrites: rewrites of
    #: the query 0.8-0.95, same-story reports 0.42-0.70, other stories 0.02-0.45).
    vector_min_cos: float = 0.5

    #: A derived hit is listed as the *reverse* of what was asked (the hit copies the
    #: query, in a sources trace) only when compare's inferred direction says so with at
    #: least this confidence. Below it the evidence is a coin flip (a light spin that
    #: drops nothing scores 0.5-0.57 either way: bench/retrieval.py), and the hit keeps
    #: the asked role; its report still shows the inferred direction.
    direction_min_confidence: float = 0.6

    # --- writing ----------------------------------------------------------------------
    #: Articles analysed and committed per transaction: bounds memory during ``add``
    #: and is what a kill -9 can lose (one uncommitted batch).
    batch: int = 500

    def structural(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k in STRUCTURAL}
        if not out["semantic"]:
            # Absent means lexical: indexes and scan fingerprints from before vectors
            # existed read the same.
            del out["semantic"]
        return out

    def with_structural(self, stored: dict[str, Any]) -> IndexOptions:
        """These options with the structural fields an existing index was built with."""
        types = {f.name: f.type for f in fields(self)}
        vals = {}
        for k, v in stored.items():
            if k in STRUCTURAL:
                if types[k] in ("int", int):
                    vals[k] = int(v)
                elif types[k] in ("bool", bool):
                    vals[k] = v is True or str(v).lower() in ("true", "1")
                else:
                    vals[k] = v
        return replace(self, **vals)


STRUCTURAL = frozenset(
    [
        "num_perm",
        "bands",
        "rows",
        "seed",
        "shingle",
        "sentence_immutables",
        "rare_min_len",
        "keep_pairs",
        "semantic",
    ]
)

DEFAULT = IndexOptions()
