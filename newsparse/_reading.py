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

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
DOUBLE = '"“”„«»'
QUOTE_MARKS = DOUBLE + "‘’'"

_MARK = regex.compile(r"""["“”„«»]""")
_SINGLE_MARK = regex.compile(r"['‘’]")

_SENTENCE_END = regex.compile(
    r"""
    [.!?…]+                                      # the stop
    ["”’')\]»]*                                  # closing marks and brackets
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
                (text[s] in DOUBLE and text[para_end - 1] not in ",;")
                or text[para_end - 1] in '.?!:”"’)]»…'
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
    """Whether the mark at ``i`` looks like a closing mark."""
    return i + 1 >= hi or text[i + 1].isspace() or text[i + 1] in ",.;:!?)]}—–-…'’"


def passages(text: str, paras: list[tuple[int, int]]) -> list[Passage]:
    """Pair the quotation marks of every paragraph into passages."""
    passages: list[Passage] = []
    carry: Passage | None = None
    for index, (ps, pe) in enumerate(paras):
        current: Passage | None = None
        piece_start = -1
        marks = _MARK.finditer(text, ps, pe)
        if carry is not None:
            if text[ps] in '"“„«':  # the quote goes on in this paragraph
                current, carry = carry, None
                piece_start = ps + 1
                current.last_para = index
                next(marks, None)  # the continuing mark is used up
            else:
                passages.append(carry)
                carry = None
        found_double = current is not None
        for match in marks:
            found_double = True
            i = match.start()
            ch = text[i]
            if current is None:
                opener = ch in OPEN_DOUBLE or (
                    ch in '"”' and _opens(text, i, ps) and not _closes(text, i, pe)
                )
                if opener:
                    current = Passage(
                        open=i, after=i + 1, pieces=[], para=index, last_para=index, closed=False
                    )
                    piece_start = i + 1
                continue
            if ch in "“„«":
                continue  # a nested or stray opener: part of the content
            current.pieces.append((piece_start, i))
            current.after = i + 1
            current.closed = True
            passages.append(current)
            current = None
        if current is not None:
            current.pieces.append((piece_start, pe))
            current.after = pe
            if index + 1 < len(paras) and text[paras[index + 1][0]] in '"“„«':
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
    not one); a passage needs two words (so ``rock 'n' roll`` is none).
    """
    found: list[Passage] = []
    open_at = -1
    for match in _SINGLE_MARK.finditer(text, ps, pe):
        i = match.start()
        if open_at < 0:
            if _opens(text, i, ps) and i + 1 < pe and text[i + 1].isalpha() and text[i] != "’":
                open_at = i
            continue
        if text[i - 1].isspace() or (i + 1 < pe and text[i + 1].isalnum()):
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
