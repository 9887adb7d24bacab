"""The shared vocabulary of copydesk: plain dataclasses passed between pipeline steps.

Every step (read -> analyze -> retrieve -> align -> audit -> judge -> report) takes and
returns these records; none of them touches files or formats output. All character
offsets are ``[start, end)`` indices into ``Article.text`` of the article they belong
to, so a report can highlight any span in the text it shows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

#: Version of the JSON report schema (docs/schema.md). Bump the minor part for added
#: fields, the major part for anything that breaks a reader.
SCHEMA_VERSION = "1.0"

RelationKind = Literal["copy", "rewrite", "excerpt", "same-story", "unrelated"]
AlignKind = Literal["verbatim", "paraphrase", "partial"]
Severity = Literal["high", "medium", "low"]
ChangeKind = Literal["number", "time", "quote", "attribution", "certainty", "claim", "credit"]
Side = Literal["source", "derivative"]


@dataclass(slots=True)
class Article:
    """One news article as the readers produce it.

    ``text`` is the analysed body: the main content with boilerplate set aside. Offsets
    everywhere else refer to it. ``boilerplate`` keeps what was set aside (menus,
    teasers, share prompts, copyright lines) so a user can see what was dropped.
    ``credit_lines`` holds wire/byline credit lines the reader detected and removed from
    the body ("— Reuters", "(AP) -", "By Jane Doe").
    """

    text: str
    id: str = ""
    path: str | None = None
    url: str | None = None
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 date or datetime
    language: str | None = None
    source_format: str = "text"  # text, html, warc, jsonl, csv
    boilerplate: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """A short human label: id, path, url or title, whichever is known first."""
        return self.id or self.path or self.url or self.title or "<text>"


@dataclass(slots=True)
class Token:
    """A word, number or symbol. ``norm`` is the lower-cased, lightly stemmed form used
    for matching; ``canon`` maps synonyms to one representative so spun word swaps
    still match."""

    text: str
    start: int
    end: int
    norm: str
    canon: str
    is_stop: bool = False
    is_name: bool = False  # capitalised not at sentence start, or all-caps acronym
    is_number: bool = False


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class Quantity:
    """A number or quantity mention, normalized for comparison.

    ``value`` is the magnitude in ``unit`` after normalization (e.g. miles -> km is
    NOT done here: ``unit`` keeps the dimension and the audit converts). ``kind`` is one
    of number, percent, money, multiplier (double, triple, halve), fraction, vague
    (dozens, hundreds) or ordinal.
    """

    sentence: int
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None = None
    kind: str = "number"
    low: float | None = None  # for vague quantities and ranges
    high: float | None = None


@dataclass(slots=True)
class TimeExpr:
    """A time expression. ``kind``: relative (last week), weekday, month, season, year,
    date, time, deadline (by 2030). ``value`` is a normalized key comparable across
    articles (e.g. "week:-1", "weekday:2", "month:3", "year:2030")."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass(slots=True)
class Quote:
    """Text inside quotation marks (``start``/``end`` exclude the marks), with the
    speaker found near it, if any."""

    sentence: int
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(slots=True)
class Credit:
    """A credit to a wire service, publisher or author found in the text or in the
    article's credit lines. ``kind``: dateline ("(Reuters) -"), trailing ("— AP"),
    attribution ("told AP"), byline ("By Jane Doe"), mention ("according to AFP")."""

    agency: str
    kind: str
    text: str
    start: int | None = None  # None when found in Article.credit_lines, not the body
    end: int | None = None
    sentence: int | None = None


@dataclass(slots=True)
class AnalyzedArticle:
    """One article with every annotation later steps need; they never re-parse text."""

    article: Article
    sentences: list[Sentence]
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    def in_sentence(self, items: list, index: int) -> list:
        """The items (quantities, times, quotes) that belong to sentence ``index``."""
        return [x for x in items if x.sentence == index]


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class AlignedPair:
    """Derivative sentence(s) linked to the source sentence(s) they came from.

    One-to-one normally; two derivative sentences for one source sentence is a split,
    one derivative sentence for two source sentences a merge. ``matches`` are the
    character spans of shared wording, as (source_start, source_end, derivative_start,
    derivative_end) tuples, for highlighting.
    """

    source: list[int]
    derivative: list[int]
    score: float
    kind: AlignKind
    matches: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Alignment:
    pairs: list[AlignedPair]
    additions: list[int]  # derivative sentences with no source counterpart
    omissions: list[int]  # source sentences not reused


@dataclass(slots=True)
class Change:
    """One meaning change found on an aligned pair (or an addition), with evidence.

    ``pair`` indexes ``Alignment.pairs``; None for article-level findings (credit,
    added claims in unaligned sentences).
    """

    kind: ChangeKind
    subkind: str
    severity: Severity
    message: str
    source: Span | None = None
    derivative: Span | None = None
    pair: int | None = None


@dataclass(slots=True)
class Direction:
    """Which text derives from which. ``source`` is "a" or "b" (the inputs' order), or
    None when it cannot be told; ``stated`` is True when the user gave it."""

    source: Literal["a", "b"] | None
    confidence: float
    reasons: list[str] = field(default_factory=list)
    stated: bool = False


@dataclass(slots=True)
class CreditVerdict:
    """``verdict``: credited, uncredited (source carries a credit the derivative lacks),
    or not-applicable (source carries no credit, or no reuse)."""

    verdict: Literal["credited", "uncredited", "not-applicable"]
    source_credits: list[Credit] = field(default_factory=list)
    derivative_credits: list[Credit] = field(default_factory=list)
    message: str = ""


@dataclass(slots=True)
class Relation:
    kind: RelationKind
    score: float  # 0..1, how strongly the derivative derives from the source
    derived_share: float  # share of the derivative's words derived from the source
    reused_share: float  # share of the source's words reused in the derivative
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    """The result of comparing two articles: what ``copydesk compare`` prints."""

    source: AnalyzedArticle  # after orientation: the original
    derivative: AnalyzedArticle
    relation: Relation
    direction: Direction
    alignment: Alignment
    changes: list[Change]
    credit: CreditVerdict
    mode: str = "lexical"  # lexical, or semantic when the embedding model ran
    schema_version: str = SCHEMA_VERSION

    def severity_counts(self) -> dict[str, int]:
        counts = {"high": 0, "medium": 0, "low": 0}
        for c in self.changes:
            counts[c.severity] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (docs/schema.md)."""
        from copydesk.report.json import report_to_dict

        return report_to_dict(self)


def plain(obj: Any) -> Any:
    """A dataclass as plain dicts and lists (for JSON)."""
    return asdict(obj)
