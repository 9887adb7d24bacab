from copydesk.analyze import sentences
from copydesk.index.fingerprints import (
    KIND_BAND,
    KIND_PAIR,
    Fingerprinter,
    content_hash,
    key_kind,
)

SRC = (
    "Mayor Ana Ruiz said on Monday that 40 bridges in Tarvik need urgent repairs. "
    "The Velmar council will spend 12 million euros on the bridges, engineer Olga Brandt said."
)
SPUN = (
    "Engineer Olga Brandt stated the Velmar council is to spend 12 million euros on the "
    "bridges. In Tarvik, 40 bridges require urgent repairs, Mayor Ana Ruiz said on Monday."
)
OTHER = "Floods closed three schools in Orlan after the river burst its banks overnight."


def test_pairs_survive_reordering_and_word_swaps():
    fp = Fingerprinter()
    a, b, c = (fp.features(sentences(t)) for t in (SRC, SPUN, OTHER))
    shared = set(a.pairs.tolist()) & set(b.pairs.tolist())
    assert len(shared) >= 0.6 * min(len(a.pairs), len(b.pairs))
    assert not set(a.pairs.tolist()) & set(c.pairs.tolist())


def test_keys_are_tagged_and_capped():
    fp = Fingerprinter()
    f = fp.features(sentences(SRC))
    (keys,) = fp.stored_keys([f])
    kinds = {key_kind(int(k)) for k in keys}
    assert kinds == {KIND_BAND, KIND_PAIR}
    assert sum(key_kind(int(k)) == KIND_PAIR for k in keys) <= fp.options.keep_pairs
    assert (keys >= 0).all()


def test_stored_sample_is_prefix_of_query_sample():
    """Bottom-k by hash: what an article stores is within what it queries."""
    fp = Fingerprinter()
    f = fp.features(sentences(SRC + " " + SPUN))
    stored = set(fp.stored_keys([f])[0].tolist())
    assert stored <= set(fp.query_keys(f).tolist())


def test_content_hash_ignores_whitespace_only():
    assert content_hash("a  b\nc ") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_empty_text():
    fp = Fingerprinter()
    f = fp.features(sentences(""))
    assert len(f.pairs) == 0 and len(f.shingles) == 0
    assert fp.stored_keys([f])[0].shape == (fp.options.bands,)
