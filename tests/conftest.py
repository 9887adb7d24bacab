from __future__ import annotations

import os
from pathlib import Path

import pytest

from copydesk.analyze import analyze
from copydesk.model import Article

ROOT = Path(__file__).resolve().parent.parent

# Spark in local mode needs no network interface: binding to loopback saves ~12 s of
# host resolution on the first job and keeps the tests off any other address.
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")


@pytest.fixture
def art():
    """Build an AnalyzedArticle from text."""

    def make(text: str, **kw):
        return analyze(Article(text=text, **kw))

    return make
