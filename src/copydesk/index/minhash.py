"""MinHash signatures for many sets at once, vectorized with numpy.

MinHash (Broder 1997; *Mining of Massive Datasets*, ch. 3.3) estimates the Jaccard
similarity of two sets: under a random permutation of the universe, the chance that both
sets have the same minimum element equals their Jaccard similarity. ``num_perm``
independent permutations give an estimate with standard error about
``sqrt(J (1 - J) / num_perm)``.

Permutations are simulated with the multiply-add-shift family of Dietzfelbinger
(``h(x) = ((a x + b) mod 2^64) >> 32`` for 32-bit ``x`` and random 64-bit ``a``, ``b``),
which is 2-independent. Every shingle of every set in a batch is hashed under every
permutation in one numpy operation, then ``np.minimum.reduceat`` takes each set's
minimum: no Python loop over shingles, which is what makes this an order of magnitude
faster than updating a ``datasketch.MinHash`` shingle by shingle.

Args:
    num_perm (int): number of permutations (signature length).
    seed (int): seed of the permutation parameters; two hashers agree only with the
        same ``num_perm`` and ``seed``.

Note:
    The signature is 32-bit per permutation, so Jaccard estimates below ~2^-32 are
    meaningless (never a concern for documents). An empty set gets the all-max
    signature, which matches every other empty set and nothing else.

Example:
    >>> import numpy as np
    >>> mh = MinHasher(num_perm=64)
    >>> a = np.arange(100, dtype=np.uint64)
    >>> b = np.arange(50, 150, dtype=np.uint64)
    >>> sig = mh.signatures(np.concatenate([a, b]), np.array([0, 100, 200]))
    >>> round(float(jaccard(sig[0], sig[1])), 1)  # true Jaccard 50/150
    0.3
"""

from __future__ import annotations

import numpy as np

__all__ = ["MinHasher", "jaccard"]

_EMPTY = np.uint32(0xFFFFFFFF)


class MinHasher:
    """Vectorized MinHash over 64-bit shingle hashes; see the module docstring."""

    def __init__(self, num_perm: int = 128, seed: int = 1):
        if num_perm < 1:
            raise ValueError("num_perm must be positive")
        self.num_perm = num_perm
        self.seed = seed
        rng = np.random.default_rng(seed)
        self._a = rng.integers(1, 2**63, num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
        self._b = rng.integers(0, 2**63, num_perm, dtype=np.uint64)

    def signatures(
        self, hashes: np.ndarray, offsets: np.ndarray, chunk: int = 1 << 20
    ) -> np.ndarray:
        """Signatures of many sets: set ``i`` is ``hashes[offsets[i]:offsets[i+1]]``.

        Args:
            hashes: shingle hashes (any integer dtype; only the low 32 bits are used).
            offsets: ``n + 1`` non-decreasing boundaries into ``hashes``.
            chunk: bounds memory: at most about ``chunk`` hash x permutation cells
                (8 bytes each) are materialized at once.

        Returns:
            ``(n, num_perm)`` uint32 array.
        """
        offsets = np.asarray(offsets, dtype=np.int64)
        n = len(offsets) - 1
        out = np.full((n, self.num_perm), _EMPTY, dtype=np.uint32)
        x = (np.asarray(hashes).astype(np.uint64) & np.uint64(0xFFFFFFFF))[:, None]
        rows = max(1, chunk // self.num_perm)
        i = 0
        while i < n:
            # Take whole sets until the chunk is full (one set may exceed it alone).
            j = int(np.searchsorted(offsets, offsets[i] + rows, side="right")) - 1
            j = min(max(j, i + 1), n)
            lo, hi = offsets[i], offsets[j]
            if hi > lo:
                with np.errstate(over="ignore"):
                    v = ((x[lo:hi] * self._a + self._b) >> np.uint64(32)).astype(np.uint32)
                starts = offsets[i:j] - lo
                nonempty = offsets[i + 1 : j + 1] > offsets[i:j]
                # Empty sets occupy no rows, so each non-empty set runs to the next
                # non-empty start.
                out[i:j][nonempty] = np.minimum.reduceat(v, starts[nonempty], axis=0)
            i = j
        return out

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        """The signature of one set."""
        return self.signatures(np.asarray(hashes), np.array([0, len(hashes)]))[0]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))
