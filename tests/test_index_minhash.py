import numpy as np
import pytest

from copydesk.index.minhash import MinHasher, jaccard


def test_estimates_jaccard():
    mh = MinHasher(num_perm=256, seed=3)
    a = np.arange(0, 1000, dtype=np.uint64)
    b = np.arange(500, 1500, dtype=np.uint64)  # true Jaccard 1/3
    sig = mh.signatures(np.concatenate([a, b]), [0, 1000, 2000])
    assert abs(jaccard(sig[0], sig[1]) - 1 / 3) < 0.1


def test_batch_equals_one_by_one_with_empty_sets_and_small_chunks():
    mh = MinHasher(num_perm=16)
    rng = np.random.default_rng(0)
    h = rng.integers(0, 2**62, 60, dtype=np.uint64)
    off = np.array([0, 10, 10, 30, 30, 59, 60, 60])
    sig = mh.signatures(h, off, chunk=16 * 7)
    for i in range(len(off) - 1):
        if off[i + 1] == off[i]:
            assert (sig[i] == 0xFFFFFFFF).all()
        else:
            assert (sig[i] == mh.signature(h[off[i] : off[i + 1]])).all()


def test_deterministic_per_seed_and_order_free():
    h = np.arange(50, dtype=np.uint64)
    assert (MinHasher(32, 5).signature(h) == MinHasher(32, 5).signature(h[::-1])).all()
    assert not (MinHasher(32, 5).signature(h) == MinHasher(32, 6).signature(h)).all()


def test_rejects_bad_num_perm():
    with pytest.raises(ValueError):
        MinHasher(0)
