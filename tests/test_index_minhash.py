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


# --- one-permutation hashing (what the index uses) ---------------------------------------

from copydesk.index.minhash import OnePermHasher  # noqa: E402


@pytest.mark.parametrize("size", [3, 20, 175, 1000])
def test_one_perm_estimates_jaccard_without_bias(size):
    """Mean error over many random pairs stays near zero, at every set size (small sets
    rely on densification)."""
    oph = OnePermHasher(128, seed=2)
    rng = np.random.default_rng(size)
    errors = []
    for _ in range(150):
        u = rng.integers(0, 2**63, 2 * size, dtype=np.uint64)
        shared = int(rng.integers(0, size + 1))
        a, b = u[:size], np.concatenate([u[:shared], u[size : 2 * size - shared]])
        sig = oph.signatures(np.concatenate([a, b]), [0, size, 2 * size])
        errors.append(jaccard(sig[0], sig[1]) - shared / (2 * size - shared))
    assert abs(np.mean(errors)) < 0.02
    assert np.sqrt(np.mean(np.square(errors))) < 0.07


def test_one_perm_fills_every_slot_and_keeps_empty_sets_empty():
    oph = OnePermHasher(64)
    h = np.arange(7, dtype=np.uint64)
    sig = oph.signatures(h, [0, 0, 1, 7])
    assert (sig[0] == 0xFFFFFFFF).all()
    assert (sig[1] == sig[1][0]).all() and sig[1][0] != 0xFFFFFFFF  # one shingle: everywhere
    assert (sig[2] != 0xFFFFFFFF).all()
    assert set(sig[2].tolist()) <= set(oph.signature(h).tolist())


def test_one_perm_batch_equals_one_by_one_and_is_order_free():
    oph = OnePermHasher(128, seed=4)
    rng = np.random.default_rng(1)
    h = rng.integers(0, 2**62, 300, dtype=np.uint64)
    off = np.array([0, 2, 2, 100, 300])
    sig = oph.signatures(h, off)
    for i in range(len(off) - 1):
        assert (sig[i] == oph.signature(h[off[i] : off[i + 1]][::-1])).all()
    assert not (OnePermHasher(128, 5).signature(h) == oph.signature(h)).all()


def test_one_perm_rejects_bad_size():
    with pytest.raises(ValueError):
        OnePermHasher(100)
