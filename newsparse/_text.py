"""Lines and blocks of an article, with offsets into the caller's string.

Text pasted from a page, a PDF or a wire feed breaks lines for two reasons:
a real break (a new paragraph, a headline, a byline) or a hard wrap inside a
paragraph. The segmenter keeps every real break and joins every wrap, and
never loses where a character came from: a :class:`Segment` is a run of
lines with their spans, and its clean text (wraps joined, white space
collapsed) is derived from those spans on demand.

A line break is a hard wrap when

* the next line starts with a lower-case letter (``he`` / ``told D'Agata``)
  and the line before does not end a sentence (which keeps a trailing
  ``www.example.com`` apart);
* the line ends with a comma, an open bracket or quote, or a
  hyphen after a letter (``in May,`` / ``Saleh told``);
* the line ends with a word that cannot end a sentence or a title, such as
  ``of``, ``the`` or ``and`` (``takeover of`` / ``Afghanistan``);
* or the text is laid out hard-wrapped (most lines fill a fixed width of
  at most ~110 characters) and the next line's first word would not have
  fitted on this one, which is how a reflowing editor breaks lines.

A blank line is always a real break. Every other break is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from . import _lexicon as lex

__all__ = ["Segment", "clamp_window", "clean", "segments"]

# A blank character: white space (NBSP and the other Unicode spaces
# included, as ``str.isspace`` says) or an invisible format character (BOM,
# zero-width space/joiners, word joiner, soft hyphen). Lines are found with
# ``str.splitlines``, which breaks on exactly the Unicode line boundaries.
_INVISIBLE_CHARS = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_BLANK_CHARS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + _INVISIBLE_CHARS


def _drop_invisible(piece: str) -> str:
    """``piece`` without zero-width characters, BOMs and soft hyphens.

    A substring test per character is a fast scan in C; ``str.translate``
    with a table looks every character up in a dict, and was a tenth of the
    header parse on text in other scripts.
    """
    for char in _INVISIBLE_CHARS:
        if char in piece:
            piece = piece.replace(char, "")
    return piece


# A line that ends mid-sentence: a comma, semicolon, open bracket or opening
# quote, a hyphen after a letter, or a function word.
_ENDS_OPEN = regex.compile(
    r"""
    (?: [,(\[“‘]                        # punctuation that always continues
      | (?<=\p{L}) -                     # a hyphen after a letter: anti-
      | (?<! \S ) (?i: \L<open_words> )              # of, the, and
    ) $
    """,
    regex.VERBOSE,
    open_words=lex.longest_first(lex.function_words("open_line")),
)
_STARTS_LOWER = regex.compile(r"\p{Ll}")
# A line that ends a sentence: terminal punctuation, perhaps a closing quote.
_ENDS_SENTENCE = regex.compile(r"[.!?…][\"”’')\]]?$")
_FIRST_WORD = regex.compile(r"\S+")


@attrs.frozen(kw_only=True)
class Segment:
    """A run of lines the segmenter keeps together: one block of the article.

    ``lines`` holds each line's content span ``(start, end)`` (blanks at the
    ends excluded), in order; ``start``/``end`` span the whole segment.
    """

    lines: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        return self.lines[-1][1]


def clean(text: str, lines: Sequence[tuple[int, int]], *, start: int | None = None) -> str:
    """Return the clean text of ``lines`` of ``text``.

    Wrapped lines are joined with a space (or with nothing after a hyphen
    that ends a line), runs of white space become one space and invisible
    characters are dropped. ``start`` clips the first line, to drop a
    prefix such as a dateline.
    """
    parts: list[str] = []
    for i, (line_start, line_end) in enumerate(lines):
        if start is not None and line_end <= start:
            continue
        first = line_start if start is None else max(line_start, start)
        piece = text[first:line_end]
        if not piece.isascii():
            piece = _drop_invisible(piece)
        piece = " ".join(piece.split())
        if not piece:
            continue
        if parts and not (parts[-1].endswith("-") and _ends_hyphen_word(text, lines[i - 1])):
            parts.append(" ")
        parts.append(piece)
    return "".join(parts)


def _ends_hyphen_word(text: str, line: tuple[int, int]) -> bool:
    start, end = line
    return end - start >= 2 and text[end - 1] == "-" and text[end - 2].isalpha()


def segments(text: str) -> list[Segment]:
    """Split ``text`` into segments: blank lines and real breaks separate
    them, hard wraps do not.
    """
    lines: list[tuple[int, int]] = []
    blank_before: list[bool] = []
    pos = 0
    saw_blank = False
    for raw in text.splitlines(keepends=True):
        content = raw.strip(_BLANK_CHARS)
        if content:
            start = pos + len(raw) - len(raw.lstrip(_BLANK_CHARS))
            lines.append((start, start + len(content)))
            blank_before.append(saw_blank)
            saw_blank = False
        else:
            saw_blank = True
        pos += len(raw)
    if not lines:
        return []
    single_breaks = len(lines) - 1 - sum(blank_before[1:])
    width = _wrap_width(lines) if single_breaks >= 2 else None
    result: list[Segment] = []
    current = [lines[0]]
    for i in range(1, len(lines)):
        line = lines[i]
        if not blank_before[i] and _is_wrap(text, lines[i - 1], line, width):
            current.append(line)
        else:
            result.append(Segment(lines=tuple(current)))
            current = [line]
    result.append(Segment(lines=tuple(current)))
    return result


def _is_wrap(text: str, prev: tuple[int, int], line: tuple[int, int], width: int | None) -> bool:
    """Whether the single line break between ``prev`` and ``line`` is a wrap."""
    if _starts_lower(text, line[0]) and not _ends_sentence(text, prev):
        return True
    if _ends_open(text, prev):
        return True
    if width is not None:
        first = _FIRST_WORD.match(text, line[0], line[1])
        first_len = first.end() - first.start() if first else 0
        # A reflowing editor breaks a line only when the next word would not
        # fit: if it would have, the break was made on purpose.
        return (prev[1] - prev[0]) + 1 + first_len > width
    return False


# The wrap tests below answer as their patterns would, in plain string
# operations for ASCII text (most line breaks), and ask the pattern for
# anything else: a regex call per test and line break was most of the
# segmenter's time.
_TERMINAL_CHARS = ".!?…"
_CLOSING_CHARS = "\"”’')]"
_OPEN_CHARS = ",([“‘"
_ASCII_BLANKS = " \t\n\x0b\x0c\r"
_OPEN_WORDS = frozenset(lex.function_words("open_line"))
_OPEN_WORD_MAX = max(map(len, _OPEN_WORDS))
"""The longest of them: a longer last word is none of them."""
"""The function words of :data:`_ENDS_OPEN`, for the ASCII fast path."""


def _starts_lower(text: str, pos: int) -> bool:
    """``_STARTS_LOWER.match(text, pos)``: the line starts with a lower-case letter."""
    ch = text[pos]
    if ch.isascii():
        return "a" <= ch <= "z"
    return _STARTS_LOWER.match(text, pos) is not None


def _ends_sentence(text: str, line: tuple[int, int]) -> bool:
    """``_ENDS_SENTENCE`` over the line's last three characters."""
    start, end = line
    last = text[end - 1]
    if last in _TERMINAL_CHARS:
        return True
    return last in _CLOSING_CHARS and end - 2 >= start and text[end - 2] in _TERMINAL_CHARS


def _ends_open(text: str, line: tuple[int, int]) -> bool:
    """``_ENDS_OPEN`` over the line's last characters."""
    start, end = line
    last = text[end - 1]
    if last in _OPEN_CHARS:
        return True
    if not ("a" <= last <= "z" or "A" <= last <= "Z"):
        if last.isascii() and last != "-":
            return False  # a digit, a full stop, a quote: no alternative ends so
        return _ENDS_OPEN.search(text, max(start, end - _OPEN_WORD_MAX - 2), end) is not None
    # The last word: ASCII letters, after an ASCII blank or the text's start.
    k = end - 1
    while (
        k > start and end - k <= _OPEN_WORD_MAX and text[k - 1].isascii() and text[k - 1].isalpha()
    ):
        k -= 1
    if end - k > _OPEN_WORD_MAX:
        return False  # longer than any function word
    before = text[k - 1] if k > 0 else " "
    if before.isascii() and not before.isalpha():
        if before in _ASCII_BLANKS:
            return text[k:end].lower() in _OPEN_WORDS
        if before not in "\x1c\x1d\x1e\x1f":
            return False  # ``x.of``, ``3the``: not a word of its own
    return _ENDS_OPEN.search(text, max(start, end - _OPEN_WORD_MAX - 2), end) is not None


def _wrap_width(lines: list[tuple[int, int]]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or ``None`` if it is not.

    A text is hard-wrapped when it has enough lines, the longest usual line
    is at most ~110 characters, and at least 40% of its lines come within
    20% of that width. (The caller asks only when two or more lines end in
    a single line break: with blank lines between all lines but one there
    is no wrapping to measure, however alike the lines' lengths.)
    """
    if len(lines) < 6:
        return None
    lengths = sorted(end - start for start, end in lines)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 110 or width < 30:
        return None
    near = sum(1 for n in lengths if 0.8 * width <= n <= width)
    if near < 0.4 * len(lengths):
        return None
    return width


def clamp_window(size: int, start: int, end: int | None) -> tuple[int, int]:
    """Clamp a ``start``/``end`` window to a text of ``size`` characters.

    Negative offsets count from the end and ``end=None`` means the end, as in
    a slice; the result always has ``0 <= lo <= hi <= size``.
    """
    if end is not None and 0 <= start <= end <= size:
        return start, end  # the usual window, already inside the text
    lo = max(0, min(start, size)) if start >= 0 else max(0, size + start)
    if end is None:
        hi = size
    else:
        hi = max(0, min(end, size)) if end >= 0 else max(0, size + end)
    return lo, max(lo, hi)


# --- the shape of a block: how many sentences, how many words ------------------

# A block that ends like a sentence: a full stop (a CJK one too), then
# closing marks.
_TERMINAL = regex.compile(r"[.!?…。！？][\"”’')\]」』]*$")
# A full stop, then a space and a capital or a letter of a caseless script
# (Hangul, kana, CJK, Arabic: ``… 했다. 그는 …``); the CJK stops end a
# sentence with no space after them (``…降った。気象庁…``).
_SENTENCE_END = regex.compile(
    r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[\p{Lu}\p{Lo}])|[。！？][\"”’')\]」』]*(?=\S)"
)
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
# A number of one or two digits: before a full stop, an ordinal (``am 3.
# Oktober``, ``der 2. Weltkrieg``), which ends no sentence.
_ORDINAL = regex.compile(r"\d{1,2}")


def ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends with a full stop, ``?``, ``!``, ``…`` or a CJK stop."""
    return _TERMINAL.search(text) is not None


def is_sentence(text: str) -> bool:
    """Longer than a byline usually is and ending like a sentence: body text."""
    return len(text) > 80 and ends_like_sentence(text)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def sentence_count(text: str) -> int:
    """How many sentences ``text`` holds: a full stop after an abbreviation
    (``Gen. Milley says …``) or an ordinal (``vom 26. August``) ends none.
    """
    count = 1
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            words = text[max(0, match.start() - 24) : match.start()].split()
            if words and lex.is_abbreviation(words[-1].lstrip("([\"“'‘")):
                continue
            if words and _ORDINAL.fullmatch(words[-1]):
                continue
        count += 1
    return count
