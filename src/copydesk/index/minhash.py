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

__all__ = ["MinHasher", "OnePermHasher", "jaccard"]

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


class OnePermHasher:
    """One-permutation MinHash with optimal densification: the signatures ``index add``
    uses.

    Classic MinHash (:class:`MinHasher`) hashes every shingle under every one of
    ``num_perm`` permutations: ``num_perm`` operations per shingle, most of the cost of
    indexing an article. One-permutation hashing (Li, Owen and Zhang, NeurIPS 2012)
    hashes each shingle once, splits the hash range into ``num_perm`` bins by the top
    bits, and keeps each bin's minimum: one operation per shingle. A bin no shingle fell
    into borrows the value of another bin, chosen by a fixed random sequence per bin
    until a filled one comes up ("optimal densification", Shrivastava, ICML 2017). Two
    sets then agree in a slot with probability equal to their Jaccard similarity, as with
    classic MinHash, so LSH bands over the slots work the same way (``lsh.py``).

    Args:
        num_perm (int): signature slots; a power of two up to 4096.
        seed (int): seed of the shingle mixing and of the densification sequences.

    Example:
        >>> oph = OnePermHasher(128)
        >>> a = np.arange(1000, dtype=np.uint64)
        >>> b = np.arange(500, 1500, dtype=np.uint64)
        >>> sig = oph.signatures(np.concatenate([a, b]), np.array([0, 1000, 2000]))
        >>> round(float(jaccard(sig[0], sig[1])), 1)  # true Jaccard 500/1500
        0.3
    """

    #: Densification tries per empty bin before the (rare) fallback scan.
    TRIES = 48

    def __init__(self, num_perm: int = 128, seed: int = 1):
        if num_perm < 1 or num_perm > 4096 or num_perm & (num_perm - 1):
            raise ValueError("num_perm must be a power of two between 1 and 4096")
        self.num_perm = num_perm
        self.seed = seed
        self._bits = num_perm.bit_length() - 1
        rng = np.random.default_rng(seed)
        self._salt = rng.integers(0, 2**63, dtype=np.uint64)
        self._borrow = rng.integers(0, num_perm, (num_perm, self.TRIES))

    def signatures(self, hashes: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """Signatures of many sets: set ``i`` is ``hashes[offsets[i]:offsets[i+1]]``.

        Returns:
            ``(n, num_perm)`` uint32 array; an empty set gets all ``0xFFFFFFFF``.
        """
        from copydesk.index.lsh import mix64

        offsets = np.asarray(offsets, dtype=np.int64)
        n, k = len(offsets) - 1, self.num_perm
        x = mix64(np.asarray(hashes).astype(np.uint64) ^ self._salt)
        owner = np.repeat(np.arange(n), np.diff(offsets))
        slot = owner * k + (x >> np.uint64(64 - self._bits)).astype(np.int64)
        out = np.full(n * k, _EMPTY, dtype=np.uint32)
        np.minimum.at(out, slot, (x & np.uint64(0xFFFFFFFF)).astype(np.uint32))
        out = out.reshape(n, k)
        filled = out != _EMPTY
        some = filled.any(axis=1)
        todo = some & ~filled.all(axis=1)
        if todo.any():
            sig, full = out[todo], filled[todo]
            tries = full[:, self._borrow]  # (m, k, TRIES): is the t-th pick of bin j filled?
            first = tries.argmax(axis=2)
            src = self._borrow[np.arange(k)[None, :], first]
            borrowed = np.take_along_axis(sig, src, axis=1)
            found = tries.any(axis=2)
            sig = np.where(full, sig, np.where(found, borrowed, _EMPTY))
            for r in np.flatnonzero(~(full | found).all(axis=1)):
                sig[r] = _scan(sig[r], full[r])
            out[todo] = sig
        return out

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        """The signature of one set."""
        return self.signatures(np.asarray(hashes), np.array([0, len(hashes)]))[0]


def _scan(sig: np.ndarray, full: np.ndarray) -> np.ndarray:
    """Fallback for a set so small that a bin's tries all met empty bins: take the next
    filled bin to the right (rotation densification, Shrivastava and Li 2014)."""
    filled = np.flatnonzero(full)
    out = sig.copy()
    for j in np.flatnonzero(~full & (sig == _EMPTY)):
        nxt = filled[np.searchsorted(filled, j) % len(filled)]
        out[j] = sig[nxt]
    return out
