"""Labelled text-reuse corpora for the quality benchmark (bench/quality.py).

A corpus is one small loader registered with :func:`register`. It yields
:class:`LabelledPair` records (source Article, derivative Article, label) in a fixed
order and declares what its labels mean:

- ``labels``: the classes, from most reuse to none (the order derived share must follow);
- ``reuse``: the labels that count as reuse in the 2-class task;
- ``relations``: for each label, the copydesk relations that count as right.

Adding a corpus means writing one loader function like :func:`clough_stevenson`; the
runner, the cross-validation, the report and the quality gate need no change.

Data is read from ``../shared/datasets/`` next to the repository (or from
``$COPYDESK_DATASETS``) and never copied into the repository.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from copydesk.model import Article

__all__ = [
    "CORPORA",
    "Corpus",
    "LabelledPair",
    "datasets_root",
    "decode",
    "register",
]

REPO = Path(__file__).resolve().parent.parent


def datasets_root() -> Path:
    """Where the shared datasets live: ``$COPYDESK_DATASETS`` or ``<repo>/../shared/datasets``."""
    env = os.environ.get("COPYDESK_DATASETS")
    return Path(env) if env else REPO.parent / "shared" / "datasets"


def decode(data: bytes) -> str:
    """Strict UTF-8 (BOM allowed), else Windows-1252: the corpus's non-UTF-8 files are
    Word-pasted curly quotes and dashes. Bytes cp1252 leaves undefined map to U+FFFD."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """One evaluation item: ``derivative`` was (or was not) produced from ``source``."""

    source: Article
    derivative: Article
    label: str
    group: str = ""  # e.g. the task: pairs sharing a source


@dataclass(frozen=True, slots=True)
class Corpus:
    """A registered corpus: its label semantics and its loader."""

    name: str
    subdir: str
    labels: tuple[str, ...]  # most reuse first
    reuse: frozenset[str]
    relations: dict[str, frozenset[str]]
    load: Callable[[Path], Iterator[LabelledPair]]
    citation: str = ""
    #: Figures others published on this corpus, shown beside ours but never measured
    #: here: (system, 2-class accuracy, 4-class accuracy, where it comes from).
    published: tuple[tuple[str, float | None, float | None, str], ...] = ()

    @property
    def path(self) -> Path:
        return datasets_root() / self.subdir

    def available(self) -> bool:
        return self.path.is_dir()

    def pairs(self) -> list[LabelledPair]:
        """Every labelled pair, in the loader's (sorted, deterministic) order."""
        out = list(self.load(self.path))
        unknown = {p.label for p in out} - set(self.labels)
        if unknown:
            raise ValueError(f"{self.name}: labels {sorted(unknown)} not declared")
        return out

    def digest(self) -> str:
        """sha256 over every file of the corpus folder (sorted relative names and bytes),
        so a quality floor is tied to the exact data it was measured on."""
        h = hashlib.sha256()
        for f in sorted(p for p in self.path.rglob("*") if p.is_file()):
            rel = f.relative_to(self.path).as_posix()
            h.update(rel.encode() + b"\0")
            h.update(f.read_bytes())
            h.update(b"\0")
        return h.hexdigest()


CORPORA: dict[str, Corpus] = {}


def register(
    name: str,
    subdir: str,
    labels: tuple[str, ...],
    reuse: set[str],
    relations: dict[str, set[str]],
    citation: str = "",
    published: tuple[tuple[str, float | None, float | None, str], ...] = (),
) -> Callable[[Callable[[Path], Iterator[LabelledPair]]], Callable]:
    """Decorator: register ``fn(path) -> Iterator[LabelledPair]`` as corpus ``name``."""

    def wrap(fn: Callable[[Path], Iterator[LabelledPair]]) -> Callable:
        CORPORA[name] = Corpus(
            name=name,
            subdir=subdir,
            labels=labels,
            reuse=frozenset(reuse),
            relations={k: frozenset(v) for k, v in relations.items()},
            load=fn,
            citation=citation,
            published=published,
        )
        return fn

    return wrap


def _article(path: Path, name: str) -> Article:
    return Article(text=decode(path.read_bytes()).strip(), id=name, path=name)


@register(
    "clough-stevenson",
    subdir="clough-stevenson",
    labels=("cut", "light", "heavy", "non"),
    reuse={"cut", "light", "heavy"},
    relations={
        # A cut answer pastes parts of a longer source: "excerpt" is copydesk's name for
        # a verbatim copy of a part, so it counts as right for "cut" too.
        "cut": {"copy", "excerpt"},
        "light": {"rewrite"},
        "heavy": {"rewrite"},
        "non": {"same-story", "unrelated"},
    },
    citation=(
        "P. Clough and M. Stevenson, Developing a corpus of plagiarised short answers, "
        "Language Resources and Evaluation 45(1):5-24, 2011"
    ),
    # Cited from memory of the papers; the papers' result tables could not be opened
    # where this benchmark was written, so each figure is marked unverified. Check
    # them against the PDFs before quoting them anywhere else.
    published=(
        (
            "Clough & Stevenson 2011: naive Bayes on n-gram containment + LCS",
            0.947,
            0.800,
            "LRE 45(1), 2011, 4-class as listed again by Bar, Zesch & Gurevych, COLING 2012 "
            "(unverified)",
        ),
        (
            "Chong, Specia & Mitkov 2010: NLP pre-processing + n-gram/LCS features",
            None,
            0.705,
            "Proc. 4th Int. Plagiarism Conference, 2010 (unverified)",
        ),
        (
            "Bar, Zesch & Gurevych 2012: composition of content, structure, style measures",
            None,
            0.842,
            "COLING 2012, 'Text Reuse Detection Using a Composition of Text Similarity "
            "Measures' (unverified)",
        ),
    ),
)
def clough_stevenson(root: Path) -> Iterator[LabelledPair]:
    """95 short answers to five questions, each against its Wikipedia source text
    (``orig_task[a-e].txt``); labels from ``file_information.csv``."""
    rows = list(csv.DictReader(io.StringIO(decode((root / "file_information.csv").read_bytes()))))
    sources = {
        t: _article(root / f"orig_task{t}.txt", f"orig_task{t}.txt")
        for t in sorted({r["Task"].strip() for r in rows})
    }
    for r in sorted(rows, key=lambda r: r["File"]):
        label = r["Category"].strip()
        if label == "orig":
            continue
        task = r["Task"].strip()
        yield LabelledPair(sources[task], _article(root / r["File"], r["File"]), label, task)
