"""Locality-sensitive hashing of MinHash signatures by banding.

Banding (*Mining of Massive Datasets*, ch. 3.4): cut each signature into ``bands`` bands
of ``rows`` rows and hash each band to one bucket key. Two sets with Jaccard similarity
``s`` share at least one bucket with probability ``1 - (1 - s^rows)^bands``, an S-curve
whose threshold sits near ``(1 / bands) ^ (1 / rows)``.

Unlike ``datasketch.MinHashLSH``, this module only *computes* keys (vectorized over many
signatures); where the keys live is the storage's business (``storage.py``), and the
retriever counts how many bands each candidate shares instead of treating one shared
band as a yes/no answer.

Args:
    bands (int): number of bands.
    rows (int): rows per band; ``bands * rows`` must not exceed the signature length.

Note:
    More rows per band means fewer false positives and more false negatives. Spun
    articles keep a low word-shingle Jaccard, so copydesk does not rely on banding alone:
    the spin-robust fingerprints (``fingerprints.py``) carry rewrites the bands miss.

Example:
    >>> import numpy as np
    >>> from copydesk.index.minhash import MinHasher
    >>> sig = MinHasher(128).signatures(np.arange(200), np.array([0, 100, 200]))
    >>> keys = band_keys(sig, bands=32, rows=4)
    >>> keys.shape
    (2, 32)
    >>> round(threshold(32, 4), 2)
    0.42
"""

from __future__ import annotations

import numpy as np

__all__ = ["band_keys", "threshold", "probability", "mix64"]

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def mix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finalizer, elementwise on uint64 (a fast, well-mixing bijection)."""
    x = np.asarray(x, dtype=np.uint64)
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * _M1
        x = (x ^ (x >> np.uint64(27))) * _M2
    return x ^ (x >> np.uint64(31))


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(n, bands)`` uint64 bucket keys; the band number is mixed in, so equal rows in
    different bands never collide."""
    sig = np.asarray(signatures, dtype=np.uint64)
    if sig.ndim == 1:
        sig = sig[None, :]
    n = sig.shape[0]
    if bands * rows > sig.shape[1]:
        raise ValueError(f"{bands} bands x {rows} rows exceed {sig.shape[1]} permutations")
    cube = sig[:, : bands * rows].reshape(n, bands, rows)
    acc = np.broadcast_to(np.arange(bands, dtype=np.uint64) + np.uint64(1), (n, bands))
    acc = mix64(acc)
    for r in range(rows):
        acc = mix64(acc ^ cube[:, :, r])
    return acc


def probability(s: float, bands: int, rows: int) -> float:
    """Chance that two sets of Jaccard ``s`` share at least one band."""
    return 1.0 - (1.0 - s**rows) ** bands


def threshold(bands: int, rows: int) -> float:
    """The similarity at the S-curve's steepest point, about ``(1/bands)^(1/rows)``."""
    return (1.0 / bands) ** (1.0 / rows)
