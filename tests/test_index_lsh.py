import numpy as np
import pytest

from copydesk.index.lsh import band_keys, probability, threshold
from copydesk.index.minhash import MinHasher


def test_equal_bands_equal_keys_and_band_number_mixed_in():
    sig = np.array([[1, 2, 3, 4, 1, 2, 3, 4], [1, 2, 3, 4, 9, 9, 9, 9]], dtype=np.uint32)
    k = band_keys(sig, bands=2, rows=4)
    assert k[0, 0] == k[1, 0]
    assert k[0, 1] != k[1, 1]
    assert k[0, 0] != k[0, 1]  # same rows, different band


def test_similar_sets_share_bands_dissimilar_do_not():
    mh = MinHasher(128)
    a = np.arange(1000, dtype=np.uint64)
    b = np.arange(100, 1100, dtype=np.uint64)  # Jaccard ~0.82
    c = np.arange(5000, 6000, dtype=np.uint64)
    sig = mh.signatures(np.concatenate([a, b, c]), [0, 1000, 2000, 3000])
    k = band_keys(sig, 32, 4)
    assert len(set(k[0]) & set(k[1])) >= 5
    assert not set(k[0]) & set(k[2])


def test_s_curve():
    assert probability(0.9, 32, 4) > 0.99
    assert probability(0.1, 32, 4) < 0.01
    assert threshold(32, 4) == pytest.approx(0.42, abs=0.01)
    with pytest.raises(ValueError):
        band_keys(np.zeros((1, 8), np.uint32), 4, 4)
