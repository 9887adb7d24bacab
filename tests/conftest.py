from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.analyze import analyze
from copydesk.model import Article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def art():
    """Build an AnalyzedArticle from text."""

    def make(text: str, **kw):
        return analyze(Article(text=text, **kw))

    return make
