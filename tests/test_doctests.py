"""Examples in docstrings run, so documentation cannot rot (scikit-learn's habit)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["copydesk.api"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0


def test_public_verbs_stay_functions_after_use():
    import copydesk

    copydesk.compare("The council voted on Tuesday.", "On Tuesday the council voted.")
    import copydesk.read.batch  # noqa: F401  (a sub-module import must not rebind the verb)

    assert callable(copydesk.read) and callable(copydesk.compare)


def test_scan_verb_stays_a_function():
    import copydesk
    import copydesk.scan.local  # noqa: F401

    assert callable(copydesk.scan) and callable(copydesk.trace)
