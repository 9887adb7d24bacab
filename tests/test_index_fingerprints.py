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


# --- the batched, vectorized features equal a plain per-sentence reading ---------------

import json  # noqa: E402
from itertools import combinations  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from copydesk.index import words as W  # noqa: E402
from copydesk.index.lsh import mix64  # noqa: E402

FEED = Path(__file__).resolve().parent.parent / "examples" / "corpus" / "feed.jsonl"


def reference(fp: Fingerprinter, text: str):
    """The definition of the features, one token at a time (what ``batch`` vectorizes)."""
    o = fp.options
    facts = fp.table._facts
    words, pairs, n_words = [], [], 0
    imm: set[int] = set()
    first = True

    def flush():
        if len(imm) > 1:
            chosen = sorted(imm)[: o.sentence_immutables]
            pairs.extend(
                (a * 0x9E3779B97F4A7C15 + b) & (2**64 - 1) for a, b in combinations(chosen, 2)
            )
        imm.clear()

    for tok in W.WORD_RE.findall(text):
        flags, norm, head = facts(tok)
        if flags & W.BOUND:
            flush()
            first = True
            continue
        n_words += 1
        stop = bool(flags & W.STOP)
        name = bool(flags & W.ACRONYM) or (
            bool(flags & W.CAP) and (bool(flags & W.ALLCAP) or (not first and not stop))
        )
        first = False
        if name or flags & W.NUM or (not stop and flags & W.RARE):
            imm.add(W.word_hash(norm))
        if not stop:
            words.append(W.word_hash(norm if name else head))
    flush()
    w = np.array(words, dtype=np.uint64)
    k = o.shingle
    if len(w) >= k:
        acc = np.zeros(len(w) - k + 1, dtype=np.uint64)
        for i in range(k):
            acc = mix64(acc ^ w[i : len(w) - k + 1 + i])
    else:
        acc = mix64(w)
    return acc, np.unique(mix64(np.array(pairs, dtype=np.uint64))), n_words


def check_batch(texts):
    fp = Fingerprinter()
    fb = fp.batch(texts)
    assert len(fb) == len(texts)
    for i, text in enumerate(texts):
        sh, pa, n = reference(fp, text)
        f = fb[i]
        assert f.words == n
        assert f.shingles.tolist() == sh.tolist()
        assert f.pairs.tolist() == pa.tolist()


def test_batch_equals_reference_on_sample_corpus():
    texts = [json.loads(line)["text"] for line in FEED.read_text().splitlines() if line.strip()]
    texts += [SRC, SPUN, OTHER, "", "Ana", "Ana Ruiz", "U.S. Rep. Ana Ruiz said 5% of 1,200."]
    check_batch(texts)


_WORDS = st.sampled_from(
    [
        "Ana",
        "Ruiz",
        "said",
        "the",
        "THE",
        "US",
        "U.S.",
        "bridges",
        "repairs",
        "40",
        "1,200",
        "3.5%",
        "Tarvik",
        "council",
        "don't",
        "overnight",
        ".",
        "!",
        "\n",
        "Mr.",
        "of",
        "and",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=40).map(" ".join), min_size=1, max_size=6))
def test_batch_equals_reference_on_random_texts(texts):
    check_batch(texts)


def test_keys_of_a_batch_equal_keys_one_by_one():
    fp = Fingerprinter()
    texts = [SRC, SPUN, OTHER, "", SRC + " " + OTHER]
    together, words = fp.keys(texts)
    for text, keys, n in zip(texts, together, words, strict=True):
        alone, (w,) = fp.keys([text])
        assert keys.tolist() == alone[0].tolist() and n == w


def test_word_table_is_bounded():
    from copydesk.index.chartokens import tokenize_batch

    def ids(words):
        return table.ids_of(tokenize_batch([" ".join(words)])).tolist()

    table = W.WordTable(max_words=50)
    assert ids([f"w{i}" for i in range(40)]) == list(range(40))
    ids([f"x{i}" for i in range(40)])  # would pass the bound: starts afresh
    assert len(table.ids) == 40
    again = ids(["x3", "x3"])
    assert again[0] == again[1] == 3


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(-(2**63), 2**63 - 1) | st.integers(0, 9)),
        max_size=60,
    )
)
def test_sort_order_equals_lexsort(rows):
    """The packed one-column sort gives exactly lexsort's (stable) order, negative
    values and small ones that tie on their top bits included."""
    from copydesk.index.fingerprints import _sort_order

    g = np.array([r[0] for r in rows], dtype=np.int64)
    v = np.array([r[1] for r in rows], dtype=np.int64)
    assert _sort_order(g, v).tolist() == np.lexsort((v, g)).tolist()
    u = v.view(np.uint64)
    assert _sort_order(g, u).tolist() == np.lexsort((u, g)).tolist()


def test_sort_order_falls_back_when_groups_are_large():
    from copydesk.index.fingerprints import _sort_order

    g = np.array([1 << 30, 3, 1 << 30, 3], dtype=np.int64)
    v = np.array([5, 9, 2, 1], dtype=np.uint64)
    assert _sort_order(g, v).tolist() == [3, 1, 2, 0]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab Z1.,'’!?\n-Mrs", max_size=80))
def test_word_pattern_matches_its_greedy_form(text):
    """The possessive token pattern finds exactly what the plain greedy one finds."""
    import re

    greedy = re.compile(W.WORD_RE.pattern.replace("++", "+").replace("*+", "*"))
    assert W.WORD_RE.findall(text) == greedy.findall(text)


_TRICKY = st.text(
    alphabet=st.sampled_from(list("aZbM rsSenGovJ.,'’!?\n_1é Ωß-\t\0")) | st.characters(),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TRICKY, min_size=1, max_size=5))
def test_array_tokens_are_the_pattern_tokens(texts):
    """chartokens finds exactly WORD_RE's tokens in every text of a batch, and equal
    tokens get equal keys."""
    from copydesk.index.chartokens import tokenize_batch

    tk = tokenize_batch(texts)
    got = [[] for _ in texts]
    by_word: dict[str, int] = {}
    for i in range(len(tk.keys)):
        word = tk.word(i)
        got[tk.art[i]].append(word)
        assert by_word.setdefault(word, int(tk.keys[i])) == int(tk.keys[i])
    assert got == [W.WORD_RE.findall(t) for t in texts]
    assert len(set(by_word.values())) == len(by_word)  # no two words share a key here


def test_array_tokens_on_titles_initials_and_acronyms():
    from copydesk.index.chartokens import tokenize_batch

    text = "U.S. Sen. Ann Lee met Dr... Smith... Then J. Doe left!! Mrs.  Go. 1,200.50 don't\n"
    tk = tokenize_batch([text])
    words = [tk.word(i) for i in range(len(tk.keys))]
    assert words == W.WORD_RE.findall(text)
    # "Dr..." keeps its first dot out (a title), "Smith..." ends a sentence.
    assert words.count("..") == 1 and words.count("...") == 1 and "!!" in words
    assert "Sen" in words and "." not in words[:3] and words[-1] == "\n"


def test_token_keys_do_not_depend_on_the_batch_and_long_batches_pin_no_memory(monkeypatch):
    from copydesk.index import chartokens as C

    monkeypatch.setattr(C, "_POWERS", [np.ones(0, np.uint64), np.ones(0, np.uint64)])
    monkeypatch.setattr(C, "_KEEP", 1 << 16)
    long_text = "filler words here. " * 5000 + "Council met Mr. Smith."
    big = C.tokenize_batch([long_text])  # 95,000 characters: over what is kept
    assert len(C._POWERS[0]) == 0
    small = C.tokenize_batch(["Council met Mr. Smith.", "words"])
    assert len(C._POWERS[0]) == 1 << 16

    def keys(tk):
        return {tk.word(i): int(tk.keys[i]) for i in range(len(tk.keys))}

    kb, ks = keys(big), keys(small)
    assert {w: kb[w] for w in ks} == ks  # same word, same key, in any batch


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(st.integers(-(2**63), 2**63 - 1), max_size=50), max_size=8),
    st.lists(st.integers(-(2**63), 2**63 - 1), max_size=40),
)
def test_key_ids_table_agrees_with_a_dict(batches, probes):
    """The numpy hash table of token keys answers as a dict would, through growth and
    keys that collide on their first slot."""
    table = W.KeyIds(bits=2)
    ref: dict[int, int] = {}
    for keys in batches:
        new = [k for k in dict.fromkeys(keys) if k not in ref]
        table.insert(np.array(new, dtype=np.int64), np.arange(len(ref), len(ref) + len(new)))
        ref.update({k: len(ref) + i for i, k in enumerate(new)})
        assert len(table) == len(ref)
        ask = np.array(keys + probes, dtype=np.int64)
        assert table.lookup(ask).tolist() == [ref.get(k, -1) for k in keys + probes]
