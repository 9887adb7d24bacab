"""Typed errors. Each carries the one-line message the CLI prints (no traceback)."""

from __future__ import annotations


class CopydeskError(Exception):
    """Base class: ``str(err)`` is a complete one-line message for a user."""


class InputError(CopydeskError):
    """A file or text that cannot be read as an article: names the file and the problem."""

    def __init__(self, where: str, problem: str):
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class IndexError_(CopydeskError):
    """The index file is missing, corrupt or of another schema version."""


class LimitError(InputError):
    """An input exceeded a configured limit (size, records, decompressed size)."""
