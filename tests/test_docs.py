"""The examples in docs/ run: every page passes plain ``python -m doctest``.

Each page is read whole, as ``python -m doctest docs/PAGE.md`` reads it: no
option flags beyond an example's own ``# doctest:`` directives, and a code
fence right after an example's output would count as output, so the pages
leave a blank line before it. The pages run from the repository's root, as
the README says to run them. A subprocess check runs the real ``python -m
doctest`` on one page, so the two cannot drift apart.
"""

from __future__ import annotations

import doctest
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md")) if DOCS.is_dir() else []


@pytest.mark.skipif(not PAGES, reason="docs/ is not beside the tests")
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_docs_pass_plain_doctest(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    text = page.read_text(encoding="utf-8")
    globs = {"__name__": "__main__"}  # what python -m doctest gives a text file
    test = doctest.DocTestParser().get_doctest(text, globs, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=0)
    runner.run(test)
    assert runner.failures == 0


@pytest.mark.skipif(not PAGES, reason="docs/ is not beside the tests")
def test_python_dash_m_doctest_itself() -> None:
    """The real command on one page, the installed newsparse imported (-I: not the tree's)."""
    done = subprocess.run(  # noqa: S603 - this interpreter, on our page
        [sys.executable, "-I", "-m", "doctest", str(DOCS / "cli.md")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    assert done.stdout == ""
