"""Word tables shipped with newsparse, loaded once.

Each table is a UTF-8 text file beside this module: one entry a line,
``#`` starts a comment, blank lines are ignored. A header comment in each
file names its source and licence. Tables with two or more columns separate
them with `` | `` (space, bar, space).
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["load_columns", "load_words"]


@functools.cache
def _lines(name: str) -> tuple[str, ...]:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            rows.append(entry)
    return tuple(rows)


def load_words(name: str) -> tuple[str, ...]:
    """Return the entries of table ``name`` (e.g. ``"news_organizations.txt"``)."""
    return _lines(name)


def load_columns(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the rows of a `` | ``-separated table, each a tuple of cells."""
    return tuple(tuple(cell.strip() for cell in line.split(" | ")) for line in _lines(name))
