"""Subheads: the short headings that break a long article's body into parts.

A subhead is told by its shape and by what surrounds it, in any language:
a short line of words that ends no sentence (``Provincial teams on alert``,
``Was passiert jetzt?``), with body text before it and body text after it.
What it must not be taken for, and how each is kept out:

* a one-line paragraph or a quoted remark: they end like sentences
  (``.``, ``…``, ``:``) or open with a quotation mark;
* a line of a list, a table or results (``Leeds 2 Hull 1``): a run of such
  lines has short lines beside it, and their words are numbers;
* a label before a list (``Contact:``, ``Zutaten:``): it ends with a colon.

A question (``What happens next?``) is a subhead when no quotation mark
says it was spoken.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["is_question", "is_subhead", "subhead_blocks"]

MAX_SUBHEAD_CHARS = 150
"""Longer blocks are body text, whatever their end (the longest subhead of
the Fundus development articles is 149 characters)."""

_MIN_PROSE_CHARS = 60
"""A paragraph beside a subhead has at least this many characters."""

_TAIL_CHARS = 40
"""How much of a neighbour's end is read for its sentence end."""

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_NUMBER = regex.compile(r"\p{N}+")
_CLOSING = "\"'”“’‘»«」』)]"
"""What may close a heading or a sentence after its last word or mark."""
_CLOSE = regex.escape(_CLOSING)
_ENDS_NO_SENTENCE = regex.compile(rf"(?:[\p{{L}}\p{{M}}\p{{N}}{_CLOSE}]|[?!][{_CLOSE}]?)$")
_QUOTATION_MARK = regex.compile(r"[\"“”„«»‘’‚‹›「」『』]")
_SENTENCE_END = regex.compile(rf"[.!?…。！？][{_CLOSE}]*$")
_INNER_SENTENCE_END = regex.compile(rf"[.!?…][{_CLOSE}]*\s")
_OPENS_AS_LIST = regex.compile(r"[-–—•*·+>#]")


def _is_prose(text: str, than: str) -> bool:
    """A block of running text beside the heading ``than``: longer than it
    and ending like a sentence.
    """
    if len(text) <= max(len(than), _MIN_PROSE_CHARS):
        return False
    return _SENTENCE_END.search(text, len(text) - _TAIL_CHARS) is not None


def is_question(text: str) -> bool:
    """Whether a heading asks a question (``Was passiert jetzt?``)."""
    return text.rstrip(_CLOSING).endswith(("?", "？"))


def is_subhead(text: str, before: str | None, after: str | None) -> bool:
    """Whether the body block ``text``, between the blocks ``before`` and
    ``after`` (``None`` at either end of the body), is a subhead.

    >>> prose = " ".join(["The council met on Tuesday."] * 8)
    >>> is_subhead("A vote is delayed again", prose, prose)
    True
    >>> is_subhead("The vote was delayed.", prose, prose)
    False
    """
    if before is None or after is None or "\n" in text or len(text) > MAX_SUBHEAD_CHARS:
        return False
    if not (_is_prose(before, text) and _is_prose(after, text)):
        return False  # a line among short lines: a list, a table, results
    if _OPENS_AS_LIST.match(text):
        return False
    question = text.rstrip(_CLOSING).endswith(("?", "!", "？", "！"))
    if not _ENDS_NO_SENTENCE.search(text) or (_SENTENCE_END.search(text) and not question):
        return False  # a full stop, an ellipsis, a colon or a comma
    if question and (_QUOTATION_MARK.search(text) or _INNER_SENTENCE_END.search(text)):
        return False  # a remark in quotation marks, an interview's question
    words = _WORD.findall(text)
    if not words:
        return False
    numbers = sum(1 for word in words if _NUMBER.fullmatch(word))
    return 2 * numbers <= len(words)


INTERVIEW_QUESTIONS = 3
"""This many questions among an article's headings, and most of them, are
an interviewer's questions, not subheads."""


def subhead_blocks(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """The indices of the subheads among the ``paragraph`` blocks of an
    article (``texts`` and ``kinds`` of every block): :func:`is_subhead`
    with the paragraphs on either side, the blocks of other kinds between
    them (captions) passed over. When most headings found are questions,
    and at least :data:`INTERVIEW_QUESTIONS`, they stay paragraphs.
    """
    paragraphs = [i for i, kind in enumerate(kinds) if kind == "paragraph"]
    found = []
    for n, i in enumerate(paragraphs):
        before = texts[paragraphs[n - 1]] if n > 0 else None
        after = texts[paragraphs[n + 1]] if n + 1 < len(paragraphs) else None
        if is_subhead(texts[i], before, after):
            found.append(i)
    questions = {i for i in found if is_question(texts[i])}
    if len(questions) >= INTERVIEW_QUESTIONS and 2 * len(questions) > len(found):
        return [i for i in found if i not in questions]
    return found
