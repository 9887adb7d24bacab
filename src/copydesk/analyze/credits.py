"""Placeholder: credit extraction is being written (see issue 2)."""

from __future__ import annotations


def extract(article, sentences) -> list:
    return []
