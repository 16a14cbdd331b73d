"""One reading of the text: paragraphs, quoted passages and sentence ends.

Every reader that needs to know where a sentence or a quotation starts and
ends takes it from a :class:`Reading`, made once by :func:`read`:

1. **Paragraphs.** ``text[lo:hi]`` is cut at blank lines and at line breaks
   that end a sentence; other line breaks are hard wraps and are read
   through (:func:`paragraphs`).
2. **Quoted passages.** One pass over the quotation marks pairs them:
   curly and straight double marks alike (single marks inside them are
   part of the quote), single marks only in a paragraph without double
   ones. A passage left open at the end of a paragraph continues when the
   next paragraph opens with a mark, so a multi-paragraph quote is one
   passage (:func:`passages`).
3. **Sentence ends** outside quoted content: terminal punctuation and the
   closing marks after it, followed by a space and no lower-case word, and
   not the full stop of an abbreviation from the shared table (``U.S.``,
   ``Gen.``) or of an initial (:func:`sentence_ends`).

Everything is linear in the text: the paragraphs and marks are read once
each, and a sentence is never read further than :data:`SENTENCE_REACH`
from the position asked about.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from . import _lexicon as lex

__all__ = [
    "CLOSE_DOUBLE",
    "DOUBLE",
    "OPEN_DOUBLE",
    "QUOTE_MARKS",
    "SENTENCE_REACH",
    "Passage",
    "Reading",
    "inside",
    "paragraphs",
    "passages",
    "read",
    "sentence_ends",
    "trim",
]

OPEN_DOUBLE = "“„«「『"
"""Marks that only ever open a quotation."""
CLOSE_DOUBLE = "”»」』"
DOUBLE = '"“”„«»「」『』'
"""Every one-character double quotation mark (``''`` and ````` are two)."""
QUOTE_MARKS = DOUBLE + "‘’'‚‹›"

# A double mark: one character, or two straight apostrophes or backticks
# standing for one (``''…,''`` in wire and archive text); three apostrophes
# are a single mark beside a double one.
_MARK = regex.compile(r"""'{2,3}|``|["“”„«»「」『』]""")
_SINGLE_MARK = regex.compile(r"['‘’‚‹›]")
_CLOSERS = {
    "„": '“”"',
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
    "‚": "‘’",
    "‹": "›",
    "›": "‹",
}
"""The marks that close a quote opened by a mark of its own pairing
(``„…“``, ``«…»``, ``»…«``, ``「…」``); any other opener is closed by any
closing mark (``"…"``, ``“…”``, ``"…”``, ``''…''``)."""
_ANY_CLOSER = frozenset({'"', "”", "»", "''"})
_CONTINUES = frozenset({'"', "“", "„", "«", "»", "「", "『", "''", "``"})
"""Marks that open a paragraph going on with a quote left open (``''`` too)."""

_SENTENCE_END = regex.compile(
    r"""
    [.!?…。！？]+                                 # the stop
    ["”’')\]»」』]*                              # closing marks and brackets
    (?=\s|\Z)                                    # then space or the end
    """,
    regex.VERBOSE,
)
# The word right before a full stop, to tell abbreviations apart.
_WORD_BEFORE = regex.compile(r"(?r)(?<!\S)\S{1,20}\Z")

_LINE_BREAK = regex.compile(r"\r\n?|\n")


@attrs.define
class Passage:
    """A quoted passage: its content pieces and where its marks are."""

    open: int
    """The opening mark."""
    after: int
    """Just past the closing mark (the content end when left open)."""
    pieces: list[tuple[int, int]]
    """Content ranges, one per paragraph."""
    para: int
    """The paragraph the passage opens in."""
    last_para: int
    closed: bool
    mark: str = '"'
    """The opening mark (``''`` for two apostrophes)."""

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Cut ``text[lo:hi]`` into paragraphs, reading hard wraps through.

    A line break ends a paragraph after a blank line, after a line that
    ends a sentence (``.``, ``?``, ``!``, ``:``, a closing mark or bracket),
    or before a line that opens with a quotation mark, unless the line
    before ends with a comma or a semicolon: the sentence goes on (``said
    Jane Doe,`` and ``"until the end."`` on the next line).
    """
    paras: list[tuple[int, int]] = []
    para_start: int | None = None
    para_end = lo
    pos = lo
    while pos < hi:
        brk = _LINE_BREAK.search(text, pos, hi)  # \n, \r\n or a lone \r
        line_end = hi if brk is None else brk.start()
        s, e = pos, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:  # a blank line
            if para_start is not None:
                paras.append((para_start, para_end))
                para_start = None
        else:
            if para_start is not None and (
                (_continuation_mark(text, s) and text[para_end - 1] not in ",;")
                or text[para_end - 1] in '.?!:”"’)]»…」』'
                or text.startswith("''", para_end - 2)
            ):
                paras.append((para_start, para_end))
                para_start = None
            if para_start is None:
                para_start = s
            para_end = e
        pos = hi + 1 if brk is None else brk.end()
    if para_start is not None:
        paras.append((para_start, para_end))
    return paras


def _opens(text: str, i: int, lo: int) -> bool:
    """Whether the mark at ``i`` looks like an opening mark."""
    return i == lo or text[i - 1].isspace() or text[i - 1] in "([{—–-/"


def _closes(text: str, i: int, hi: int) -> bool:
    """Whether the mark ending at ``i`` (its last character) looks like a
    closing mark.
    """
    return i + 1 >= hi or text[i + 1].isspace() or text[i + 1] in ",.;:!?)]}—–-…'’"


def _token(match: regex.Match[str], *, opening: bool) -> tuple[str, int, int]:
    """A mark as ``(mark, start, end)``. Three apostrophes are a double mark
    beside a single one, the double one outside: an opening run gives its
    first two, a closing run its last two.
    """
    i, j = match.span()
    mark = match.group()
    if len(mark) == 3:
        return ("''", i, i + 2) if opening else ("''", i + 1, j)
    return mark, i, j


def _closer(opener: str, mark: str) -> bool:
    """Whether ``mark`` closes a quote that ``opener`` opened."""
    own = _CLOSERS.get(opener)
    if own is not None:
        return mark in own
    return mark in _ANY_CLOSER


def _continuation_mark(text: str, pos: int) -> int:
    """The length of the mark that opens a paragraph at ``pos`` going on
    with an open quote (0 when it opens with none).
    """
    if text.startswith(("''", "``"), pos):
        return 2
    return 1 if text[pos : pos + 1] in _CONTINUES else 0


def passages(text: str, paras: list[tuple[int, int]]) -> list[Passage]:
    """Pair the quotation marks of every paragraph into passages.

    A mark that looks like an opener (after a space, before a word) opens a
    quote; one opened by ``„``, ``«``, ``»``, ``「`` or ``『`` is closed by
    its own partner (``„…“``, ``»…«``), any other by a closing mark (``"``,
    ``”``, ``»``, ``''``), so straight and curly marks mix; a mark that
    closes nothing (a nested or a stray one) is content. A quote still open
    at the end of its paragraph ends there, or goes on when the next
    paragraph opens with a mark.
    """
    passages: list[Passage] = []
    carry: Passage | None = None
    for index, (ps, pe) in enumerate(paras):
        current: Passage | None = None
        piece_start = -1
        marks = _MARK.finditer(text, ps, pe)
        if carry is not None:
            width = _continuation_mark(text, ps)
            if width:  # the quote goes on in this paragraph
                current, carry = carry, None
                first = next(marks, None)  # the continuing mark is used up
                piece_start = ps + width if first is None else max(ps + width, first.end())
                current.last_para = index
            else:
                passages.append(carry)
                carry = None
        found_double = current is not None
        for match in marks:
            found_double = True
            if current is None:
                mark, i, j = _token(match, opening=True)
                if (
                    mark in OPEN_DOUBLE
                    or mark == "``"
                    or (_opens(text, i, ps) and not _closes(text, j - 1, pe))
                ):
                    current = Passage(
                        open=i,
                        after=j,
                        pieces=[],
                        para=index,
                        last_para=index,
                        closed=False,
                        mark=mark,
                    )
                    piece_start = j
                continue
            mark, i, j = _token(match, opening=False)
            if not _closer(current.mark, mark):
                continue  # a nested or stray mark: part of the content
            current.pieces.append((piece_start, i))
            current.after = j
            current.closed = True
            passages.append(current)
            current = None
        if current is not None:
            current.pieces.append((piece_start, pe))
            current.after = pe
            if index + 1 < len(paras) and _continuation_mark(text, paras[index + 1][0]):
                carry = current
            else:
                passages.append(current)
        if not found_double:
            passages.extend(_single_passages(text, ps, pe, index))
    if carry is not None:
        passages.append(carry)
    result = []
    for passage in passages:
        pieces = [trim(text, s, e) for s, e in passage.pieces]
        pieces = [(s, e) for s, e in pieces if s < e]
        if not pieces:
            continue
        s, e = pieces[-1]
        while (e > s and text[e - 1] in ",;") or (e > s and text[e - 1].isspace()):
            e -= 1
        pieces[-1] = (s, e)
        if s >= e:
            pieces.pop()
            if not pieces:
                continue
        passage.pieces = pieces
        result.append(passage)
    result.sort(key=lambda p: p.open)
    return result


def _single_passages(text: str, ps: int, pe: int, index: int) -> list[Passage]:
    """Passages in single marks, in a paragraph with no double marks.

    An opening mark follows a space and precedes a letter (so ``'90s`` is
    not one); a closing mark is not followed by a letter (so ``don't`` is
    not one); a passage needs two words (so ``rock 'n' roll`` is none);
    ``‚…‘`` and ``‹…›`` close with their own partner.
    """
    found: list[Passage] = []
    open_at = -1
    opener = ""
    for match in _SINGLE_MARK.finditer(text, ps, pe):
        i = match.start()
        ch = text[i]
        if open_at < 0:
            if _opens(text, i, ps) and i + 1 < pe and text[i + 1].isalpha() and ch != "’":
                open_at, opener = i, ch
            continue
        if text[i - 1].isspace() or (i + 1 < pe and text[i + 1].isalnum()):
            continue
        if opener in _CLOSERS and ch not in _CLOSERS[opener]:
            continue
        if " " in text[open_at + 1 : i].strip():
            found.append(
                Passage(
                    open=open_at,
                    after=i + 1,
                    pieces=[(open_at + 1, i)],
                    para=index,
                    last_para=index,
                    closed=True,
                    mark=opener,
                )
            )
        open_at = -1
    return found


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def inside(masks: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the sorted, disjoint ``masks``."""
    i = bisect.bisect_right(masks, (pos, len(masks) + 1 << 62)) - 1
    return i >= 0 and masks[i][0] <= pos < masks[i][1]


def sentence_ends(text: str, paras: list[tuple[int, int]], passages: list[Passage]) -> list[int]:
    """Sorted offsets just past each sentence end outside quoted content."""
    inner: list[tuple[int, int]] = []
    for passage in passages:
        inner.extend((s + 1, e) for s, e in passage.pieces)
    inner.sort()
    ends = []
    for ps, pe in paras:
        for match in _SENTENCE_END.finditer(text, ps, pe):
            stop = match.end()
            if inside(inner, stop):
                continue
            nxt = stop
            while nxt < pe and text[nxt].isspace():
                nxt += 1
            if nxt < pe and text[nxt].islower():
                continue
            if text[match.start()] == "." and match.end() - match.start() == 1:
                word = _WORD_BEFORE.search(text, max(ps, match.start() - 20), match.start())
                if word is not None and lex.is_abbreviation(word.group().lstrip("([\"“'‘")):
                    continue
            ends.append(stop)
        ends.append(pe)
    return sorted(set(ends))


SENTENCE_REACH = 1_000
"""How far from a position its sentence is read, either way. A real sentence
is shorter; a run of quotation marks and verbs with no sentence end in sight
(``"He said "Smith told "He said …``) would otherwise have every quote read
all of it, which is n² in all."""


@attrs.define
class Reading:
    """One reading of a stretch of text: its paragraphs, its quoted passages
    and its sentence ends, each found once and shared by every reader.

    ``paras`` are ``(start, end)`` in text order; ``passages`` are sorted by
    their opening mark; ``ends`` are sorted offsets just past each sentence
    end outside quoted content (a paragraph's end is one).
    """

    text: str
    start: int
    end: int
    """The window read: ``text[start:end]``."""
    paras: list[tuple[int, int]]
    passages: list[Passage]
    ends: list[int]
    opens: frozenset[int] = attrs.field(init=False)
    """Where every quoted passage opens."""

    def __attrs_post_init__(self) -> None:
        self.opens = frozenset(p.open for p in self.passages)

    def para_of(self, pos: int) -> tuple[int, int]:
        """The paragraph that holds ``pos`` (the first one before it)."""
        i = bisect.bisect_right(self.paras, (pos, 1 << 62)) - 1
        return self.paras[max(i, 0)]

    def sentence_start(self, pos: int) -> int:
        """Where the sentence around ``pos`` starts, at most
        :data:`SENTENCE_REACH` characters before it.
        """
        ps, _pe = self.para_of(pos)
        i = bisect.bisect_right(self.ends, pos) - 1
        if i >= 0 and self.ends[i] > ps:
            start = self.ends[i]
        else:
            start = ps
        if pos - start > SENTENCE_REACH:
            start = pos - SENTENCE_REACH
        while start < pos and self.text[start].isspace():
            start += 1
        return start

    def sentence_end(self, pos: int) -> int:
        """Where the sentence around ``pos`` ends, at most
        :data:`SENTENCE_REACH` characters after it.
        """
        _ps, pe = self.para_of(pos)
        i = bisect.bisect_right(self.ends, pos)
        end = min(self.ends[i], pe) if i < len(self.ends) else pe
        return min(end, pos + SENTENCE_REACH)


def read(
    text: str, lo: int, hi: int, *, paras: list[tuple[int, int]] | None = None
) -> Reading | None:
    """The reading of ``text[lo:hi]``, or ``None`` when it holds no words.

    ``paras``, when given, are the paragraphs already found (an article's
    body paragraphs, sorted and inside the window): they are not cut again.
    """
    if paras is None:
        paras = paragraphs(text, lo, hi)
    if not paras:
        return None
    found = passages(text, paras)
    return Reading(
        text=text,
        start=lo,
        end=hi,
        paras=paras,
        passages=found,
        ends=sentence_ends(text, paras, found),
    )
