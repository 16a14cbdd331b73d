"""The examples in docs/ run: every ``>>>`` line of a docs page is a doctest.

Code fences are blanked first, so a fence right after an example's output
does not count as output.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.glob("*.md")) if DOCS.is_dir() else []
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.skipif(not PAGES, reason="docs/ is not beside the tests")
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_docs_examples_run(page: Path) -> None:
    lines = page.read_text(encoding="utf-8").splitlines()
    text = "\n".join("" if line.lstrip().startswith("```") else line for line in lines)
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    assert runner.failures == 0
