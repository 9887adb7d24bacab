"""Placeholder: extraction for this feature is being written (see issue 2)."""

from __future__ import annotations


def extract(text, sentences) -> list:
    return []
