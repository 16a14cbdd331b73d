"""Clean forms of personal names.

:func:`title_case_name` turns a name written in capitals (``PATRICK
ROBERT``, ``CHARLIE D'AGATA``) into the form a reader expects (``Patrick
Robert``, ``Charlie D'Agata``). It is shared by the byline and caption
parsers and the people extractor.
"""

from __future__ import annotations

import regex

from . import _lexicon as lex
from .errors import check_text

__all__ = ["title_case_name"]

_ROMAN = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
"""Generational numerals, kept in capitals (``Mark A. Welsh III``)."""

# The pieces of one word: letter runs and what separates them. A hyphen, a
# full stop or an apostrophe starts a new piece (``JEAN-LUC``, ``J.D.``,
# ``O'NEIL``).
_PIECE = regex.compile(
    r"""
    (?P<letters> [\p{L}\p{M}]+ )                  # a run of letters
    | (?P<other> [^\p{L}\p{M}]+ )                 # anything between runs
    """,
    regex.VERBOSE,
)
# White space between the words of a name, kept as written.
_WORDS = regex.compile(r"(\s+)")


def title_case_name(raw: str) -> str:
    """Return ``raw`` title-cased if it is written in capitals, else unchanged.

    Only a name with no lower-case letter is changed, so ``LuCelia Ball``,
    ``Derek VanHorn`` and ``JOHN McDonald`` stay as written. In capitals:

    * each word is capitalised: ``JOHN SMITH`` → ``John Smith``;
    * ``Mc`` names keep their inner capital: ``MCDONALD`` → ``McDonald``;
      ``Mac`` names do when the table knows them (``MACDONALD`` →
      ``MacDonald``, but ``MACHADO`` → ``Machado``);
    * a one-letter prefix before an apostrophe stays capital: ``O'NEIL``
      → ``O'Neil``, ``D'AGATA`` → ``D'Agata``; a possessive does not:
      ``JOHN'S`` → ``John's``;
    * particles inside the name are lower case: ``JAN VAN DER BERG`` →
      ``Jan van der Berg``, ``BASHAR AL-ASSAD`` → ``Bashar al-Assad``;
    * generational numerals stay in capitals and ``JR.`` becomes ``Jr.``;
    * a word with a digit is kept as written.
    """
    raw = check_text(raw, "raw")
    if not raw.isupper():
        return raw
    words = _WORDS.split(raw)
    # the indexes of real words (split keeps the white space between them)
    positions = [i for i, word in enumerate(words) if word and not word.isspace()]
    if not positions:
        return raw
    first, last = positions[0], positions[-1]
    for i in positions:
        words[i] = _case_word(words[i], first=i == first, last=i == last)
    return "".join(words)


def _case_word(word: str, *, first: bool, last: bool) -> str:
    """Case one word of a name written in capitals."""
    if any(ch.isdigit() for ch in word):
        return word
    if not first and word.rstrip(".,") in _ROMAN:
        return word
    if word.isalpha():  # the common case, without the piece pattern
        lower = word.lower()
        if not first and not last and lower in lex.PARTICLES:
            return lower
        return lex.SPELLINGS.get(lower) or _capitalise(word)
    pieces = [(m["letters"], m["other"]) for m in _PIECE.finditer(word)]
    out: list[str] = []
    for k, (letters, other) in enumerate(pieces):
        if letters is None:
            out.append(other)
            continue
        after = pieces[k + 1][1] if k + 1 < len(pieces) else None
        if k >= 2 and pieces[k - 1][1] in {"'", "’"}:
            # after an apostrophe: O'NEIL -> O'Neil, but JOHN'S -> John's
            short_prefix = len(pieces[k - 2][0] or "") == 1
            out.append(_capitalise(letters) if short_prefix else letters.lower())
            continue
        lower = letters.lower()
        if k == 0 and not first and lower in lex.PARTICLES and (not last or after == "-"):
            out.append(lower)  # van, der, al- inside a name
        elif k == 0 and after is None and lower in lex.SPELLINGS:
            out.append(lex.SPELLINGS[lower])  # MacDonald
        else:
            out.append(_capitalise(letters))
    return "".join(out)


def _capitalise(letters: str) -> str:
    lower = letters.lower()
    if lower.startswith("mc") and len(lower) > 2:
        return "Mc" + lower[2].upper() + lower[3:]
    return lower[:1].upper() + lower[1:]
