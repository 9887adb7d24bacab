"""Scan settings in one object (trafilatura's ``Extractor`` habit).

Both engines read the same :class:`ScanOptions`; the settings that decide *which* pairs
are compared (``bucket_cap``, ``min_shared_keys``) and *how* (``compare``, ``index``)
are the ones that make the local and Spark engines agree, so they travel together.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from copydesk.index.options import DEFAULT as INDEX_DEFAULT
from copydesk.index.options import IndexOptions
from copydesk.options import DEFAULT as COMPARE_DEFAULT
from copydesk.options import Options

__all__ = ["ScanOptions", "DEFAULT"]


@dataclass(frozen=True, slots=True)
class ScanOptions:
    # --- candidates (candidates.py): which pairs are compared --------------------------
    #: A key held by more articles than this is too common to be evidence (a name pair
    #: in every story about one president, a boilerplate band); its bucket is dropped.
    #: It also bounds the pairs one key can make (cap^2/2), so total work stays linear
    #: in corpus size. 50 keeps a wire story and 49 republications in one bucket.
    bucket_cap: int = 50
    #: Two articles are compared when they share at least this many keys (LSH bands and
    #: immutable pairs together). One shared key is often chance (two stories naming the
    #: same two people); 2 keeps every derived pair of bench/scan_bench.py's chains.
    min_shared_keys: int = 2

    # --- relations (pairs.py) ----------------------------------------------------------
    #: Relation kinds written to the relations table (derived pairs only).
    keep: tuple[str, ...] = ("copy", "rewrite", "excerpt")
    #: A direction below this confidence counts as unknown for origin and chain finding.
    #: judge.direction gives 0.55-0.56 on names/numbers alone, which points the wrong
    #: way about half the time on spun copies (bench/scan_bench.py); 0.6 ignores that.
    min_direction_confidence: float = 0.6

    # --- local engine (local.py) ------------------------------------------------------
    #: Candidate pairs per work unit: a unit is compared by one worker and checkpointed
    #: as one file in ``_work/done/`` (what an interruption can lose).
    chunk_pairs: int = 2000
    #: Articles analysed per ingest batch (one SQLite transaction).
    ingest_batch: int = 200
    #: Analysed articles a compare worker keeps cached (pairs are sorted, so neighbours
    #: share articles).
    analyzed_cache: int = 256

    compare: Options = field(default=COMPARE_DEFAULT)
    index: IndexOptions = field(default=INDEX_DEFAULT)

    def with_flags(
        self, bucket_cap: int | None = None, min_shared_keys: int | None = None
    ) -> ScanOptions:
        """These options with the CLI's --bucket-cap / --min-shared-keys applied (None
        keeps the default), clamped to values that still make sense."""
        changes: dict[str, Any] = {}
        if bucket_cap is not None:
            changes["bucket_cap"] = max(2, bucket_cap)
        if min_shared_keys is not None:
            changes["min_shared_keys"] = max(1, min_shared_keys)
        return self.replace(**changes)

    def replace(self, **changes: Any) -> ScanOptions:
        return replace(self, **changes)

    def fingerprint(self) -> dict[str, Any]:
        """The settings a finished piece of work depends on (a re-run with other values
        starts over instead of mixing results)."""
        return {
            "bucket_cap": self.bucket_cap,
            "min_shared_keys": self.min_shared_keys,
            "keep": list(self.keep),
            "compare": asdict(self.compare),
            "index": self.index.structural(),
        }


DEFAULT = ScanOptions()
