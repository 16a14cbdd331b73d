"""Words: one tokenisation of a stretch of text, shared by the finders.

A word is a maximal run of letters, combining marks, digits, apostrophes
and hyphens (``D'Agata``, ``al-Qaida``, ``1980s``): exactly the characters
the finders' patterns count as "inside a word"
(``(?<![\\p{L}\\p{M}\\p{N}'’-])``). :func:`words` cuts a window into its words
in one pass of one small pattern; a finder after the words of a table (the
reporting verbs) then looks each word up in a set, instead of trying the
whole table at every position of the text.

The window's edges cut words the way a pattern's ``pos`` and ``endpos``
do: a word running past ``end`` ends there, and a word running in from
before ``start`` starts there, which :meth:`Words.begins_word` tells apart
from a word that really starts at ``start``.
"""

from __future__ import annotations

from collections.abc import Container
from itertools import accumulate

import attrs
import regex

__all__ = ["WORD_CHARACTER", "Words", "is_word_character", "words"]

WORD_CHARACTER = r"[\p{L}\p{M}\p{N}'’\-]"
"""A character of a word, as a pattern piece."""
_WORD_CHARACTER = regex.compile(WORD_CHARACTER)
# Splitting on a captured word gives separators and words by turns, so the
# offsets are running sums of their lengths: no Python loop over matches.
_SPLIT = regex.compile(f"({WORD_CHARACTER}+)")


def is_word_character(char: str) -> bool:
    """Whether ``char`` (one character) belongs to a word.

    >>> is_word_character("é"), is_word_character("’"), is_word_character(" ")
    (True, True, False)
    """
    return _WORD_CHARACTER.fullmatch(char) is not None


@attrs.define
class Words:
    """The words of ``text[start:end]``, in text order: ``forms[i]`` as
    written, starting at ``starts[i]`` (an offset into ``text``).
    """

    text: str
    start: int
    end: int
    forms: list[str]
    starts: list[int]

    def __len__(self) -> int:
        return len(self.forms)

    def end_of(self, i: int) -> int:
        """Just past word ``i``."""
        return self.starts[i] + len(self.forms[i])

    def begins_word(self, i: int) -> bool:
        """Whether word ``i`` starts a word of the text, not the rest of one
        that the window's start cut (``said`` in ``unsaid`` read from ``s``).
        """
        at = self.starts[i]
        return at == 0 or at > self.start or not is_word_character(self.text[at - 1])

    def among(self, table: Container[str]) -> list[int]:
        """The indices of the words that ``table`` holds, as written."""
        return [i for i, form in enumerate(self.forms) if form in table]


def words(text: str, start: int, end: int) -> Words:
    """The words of ``text[start:end]``.

    >>> found = words("He said: “We’ll see.”", 0, 21)
    >>> found.forms, found.starts
    (['He', 'said', 'We’ll', 'see'], [0, 3, 10, 16])
    """
    parts = _SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    return Words(text=text, start=start, end=end, forms=parts[1::2], starts=offsets[1:-1:2])
