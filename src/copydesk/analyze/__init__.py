"""analyze: one Article in, one AnalyzedArticle out, with every annotation later steps need.

Like a spaCy pipeline over one Doc, each feature module adds its annotations (with
character offsets into ``Article.text``) and later steps only read them.
"""

from __future__ import annotations

from copydesk.analyze import credits, numbers, quotes, segment, times
from copydesk.analyze.tokens import tokenize
from copydesk.model import AnalyzedArticle, Article, Sentence

__all__ = ["analyze", "sentences"]


def sentences(text: str) -> list[Sentence]:
    """Segment and tokenize ``text``."""
    out = []
    for i, (start, end, para) in enumerate(segment.split(text)):
        chunk = text[start:end]
        out.append(Sentence(i, start, end, chunk, para, tokenize(chunk, start)))
    return out


def analyze(article: Article) -> AnalyzedArticle:
    """Sentences, tokens, quantities, time expressions, quotes and credits of ``article``."""
    sents = sentences(article.text)
    text = article.text
    found_times = times.extract(text, sents)
    return AnalyzedArticle(
        article=article,
        sentences=sents,
        # Numbers skip what is already a time expression ("2030", "10:00").
        quantities=numbers.extract(text, sents, [(t.start, t.end) for t in found_times]),
        times=found_times,
        quotes=quotes.extract(text, sents),
        credits=credits.extract(article, sents),
    )
