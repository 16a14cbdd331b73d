"""The grammar of photo credits: where a credit starts in a caption, and what it says.

One table, ``_data/caption_labels.txt``, names every word a credit is made
of in the languages of the news: the labels (``Photo:``, ``Foto:``,
``Bildquelle:``, ``Photo :``, ``Fotografía:``, ``Ảnh:``, ``사진=``), the
keywords of credit phrases (``AP Photo/…``, ``Photo by …``, ``LRT
nuotr.``), the roles other than the picture's (``Styling:``, ``Make-up:``),
the words that join makers (``and``, ``und``, ``og``), fillers that name
nobody (``Handout``, ``Supplied``) and bracketed words that are never a
credit (``(Update)``). The organisation tables tell agencies and outlets
from photographers (``_data/photo_agencies.txt``,
``_data/news_organizations.txt``, ``_data/caption_org_words.txt``).

:func:`find_credit` finds the credit that ends (or opens) a caption, trying
from the most to the least certain form: a label (``… Foto: Jane Roe
(Keystone)``, the earliest label that reads, so a chain of roles is one
credit), brackets that close the caption (``(AP)``, ``(Jane Roe/CBC)``), a
credit phrase (``… the country AP Photo/Jane Roe``), a credit after the
last sentence (``… in Kabul. AFP``, ``…2019.REZA/GETTY``), then a bare
credit without a sentence end before it (``… in Seville / Jane Roe``,
``… the UK Jane Roe/AP``). :func:`read_credit` reads one credit string into
its parts. Both are pure and search only the last :data:`TAIL` characters,
so a long block costs no more than a short one.

Which of the forms make a block of an article a caption is the article
step's business (:mod:`newsparse._caption_blocks`); :func:`find_credit`
says which form it found (:attr:`FoundCredit.where`) and how sure the
reading is (:class:`CreditParts`).
"""

from __future__ import annotations

from typing import Literal

import attrs
import regex

from . import _lexicon as lex
from ._credit_reader import (
    HANDLE,
    KEYWORD_AT,
    LABEL_AT,
    MAX_CREDIT,
    CreditParts,
    keeps_stop,
    known_source,
    may_hold_keyword,
    may_hold_label,
    opens_caption,
    read_credit,
)

__all__ = ["TAIL", "FoundCredit", "Where", "find_credit"]

TAIL = 170
"""How many characters at the end of a block are searched for a credit."""
_MAX_CANDIDATES = 8
"""How many places a credit could start at are tried for each form."""

Where = Literal["lead", "whole", "label", "bracket", "keyword", "glued", "tail", "loose"]
"""Where the credit stood: opening the caption (``lead``), as the whole
block (``whole``), after a label, in closing brackets, as a credit phrase,
glued to the last sentence, after it (``tail``), or with no sentence end
before it (``loose``)."""

_AGENCIES = lex.CREDIT_AGENCIES


# Where a credit may start inside the tail: after a sentence end (not
# after a lone letter, so ``U.S.`` and initials end none), with or without
# a space after it.
_BOUNDARY = regex.compile(
    r"""
    (?<! (?<! \p{L} ) \p{L} )                      # not after a lone letter (U.S., J.)
    [.!?。] ["”’)»]?                               # terminal punctuation, closing mark
    \s*                                            # a space, or none (glued credit)
    (?= \S )                                       # something follows
    """,
    regex.VERBOSE,
)
# After an initial (``D.C. REUTERS/…``): tried only when no sentence end gave a credit.
_AFTER_ABBREVIATION = regex.compile(r"(?<=(?<!\p{L})\p{L}\.)\s+(?=\S)")
# The separators a bare credit may follow without a sentence end: a spaced
# slash, bar or dash (``… in Seville / Jane Roe``), ``via``.
_LOOSE_SEPARATOR = regex.compile(r"\s+(?:/|\||[-–—]|via)\s+|/")
_SPACED_SLASH = regex.compile(r"\s+[/|]\s+")

_CLOSERS = {")": "(", "]": "[", "）": "（"}


@attrs.frozen
class FoundCredit:
    """A credit found in a caption: its span, the caption's own text, what it says."""

    start: int
    end: int
    text_start: int
    text_end: int
    parts: CreditParts
    where: Where


# --------------------------------------------------------------------------
# Finding the credit
# --------------------------------------------------------------------------


def find_credit(text: str, s: int, e: int, *, lead: int | None = None) -> FoundCredit | None:
    """Find the credit of the caption ``text[s:e]`` (stripped, not empty).

    ``lead`` is where the caption's text starts after an opening label
    (``Caption:``, ``FILE -``), when it has one. Returns ``None`` when no
    form reads as a credit.
    """
    text_start = s if lead is None else lead
    found = _leading_credit(text, s, e)
    if found is not None:
        return found
    tail = max(s, e - TAIL)
    dot_end = _credit_end(text, tail, e)
    bracket = _closing_bracket(text, s, tail, e)
    # 1. a label, the earliest that reads (a chain of roles is one credit)
    labels = LABEL_AT.finditer(text, tail, e) if may_hold_label(text[tail:e]) else ()
    for m in labels:
        if bracket is not None and m.start() > bracket[0]:
            break  # inside the closing brackets: read with them
        if m.start() < text_start and m.start() != s:
            continue
        parts = read_credit(text[m.start() : dot_end], where="label")
        if parts is not None and m.start() == s and parts.as_written and opens_caption(m):
            continue  # ``Photo: Protesters march in Kabul.``: a label opening the caption
        if parts is not None:
            where: Where = "whole" if m.start() == s else "label"
            return FoundCredit(m.start(), dot_end, text_start, m.start(), parts, where)
    # 2. brackets that close the block
    if bracket is not None:
        found = _bracket_credit(text, text_start, bracket, e)
        if found is not None:
            return found
    # 3. a credit phrase with no sentence end before it
    found = _keyword_credit(text, text_start, tail, dot_end)
    if found is not None:
        return found
    # 4. after the last sentence (nearest first), then after an abbreviation
    found = _sentence_credit(text, s, e, tail, text_start)
    if found is not None:
        return found
    # 5. bare, after a spaced separator or a name run before ``/``
    return _loose_credit(text, text_start, tail, e)


def _credit_end(text: str, tail: int, e: int) -> int:
    """Where a credit that runs to ``e`` ends: a full stop that ends the
    block is left out, unless it ends an initial, an abbreviation or a
    trailing keyword (``LRT nuotr.``).
    """
    if text[e - 1] != ".":
        return e
    words = text[max(tail, e - 30) : e - 1].split()
    if not words:
        return e - 1
    last = words[-1]
    if lex.is_abbreviation(last) or lex.fold_caption_word(last + ".") in lex.CAPTION_WORD_USES:
        return e
    return e - 1


def _closing_bracket(text: str, s: int, tail: int, e: int) -> tuple[int, int] | None:
    """The ``(open, close)`` of brackets that close the block (perhaps
    before a full stop), the opening no earlier than ``tail``.
    """
    close = e - 1
    if text[close] == "." and close - 1 > s:
        close -= 1
    closer = text[close]
    if closer not in _CLOSERS:
        return None
    opener = _CLOSERS[closer]
    depth = 0
    for i in range(close, max(s, tail) - 1, -1):
        ch = text[i]
        if ch == closer:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                return i, close
    return None


def _bracket_credit(
    text: str, text_start: int, bracket: tuple[int, int], e: int
) -> FoundCredit | None:
    """The credit in brackets that close the block: ``(AP Photo/Evan
    Vucci)``, ``(Jane Roe/CBC)``, ``(Unsplash)``; before a full stop only
    when a label or a credit phrase says so.
    """
    opening, close = bracket
    c_start, c_end = opening + 1, close
    while c_start < c_end and text[c_start].isspace():
        c_start += 1
    while c_end > c_start and text[c_end - 1].isspace():
        c_end -= 1
    if c_end <= c_start or opening < text_start:
        return None
    parts = read_credit(text[c_start:c_end], where="bracket")
    if parts is None:
        return None
    if (close < e - 1 or text[opening] == "[") and not parts.labelled:
        return None  # ``… at the university (TUM).``, ``… [Reuters]``: no credit
    if not parts.labelled and _spells_out(text, text_start, opening, text[c_start:c_end]):
        return None  # ``… the Institute for Fiscal Studies (IFS)``: an abbreviation
    return FoundCredit(c_start, c_end, text_start, opening, parts, "bracket")


def _spells_out(text: str, start: int, end: int, short: str) -> bool:
    """Whether ``short`` (in capitals) is the abbreviation of the capitalised
    words right before ``end`` (``Institute for Fiscal Studies`` → ``IFS``).
    """
    letters = [ch for ch in short if ch.isalpha()]
    if not 2 <= len(letters) <= 8 or not all(ch.isupper() for ch in letters):
        return False
    initials = [word[0] for word in text[max(start, end - 120) : end].split() if word[:1].isupper()]
    return "".join(initials[-len(letters) :]).upper() == "".join(letters)


def _keyword_credit(text: str, text_start: int, tail: int, end: int) -> FoundCredit | None:
    """A credit phrase that follows the caption without a sentence end:
    ``… the country AP Photo/Jane Roe``; the words before the keyword that
    name its source are the longest run of capitalised words that a table
    knows (``U.S. Air Force``, ``AP`` of ``… in central Dunmere AP``), else
    none.
    """
    if not may_hold_keyword(text[tail:end]):
        return None
    for m in list(KEYWORD_AT.finditer(text, tail, end))[:_MAX_CANDIDATES]:
        starts = _source_starts(text, max(tail, text_start), m.start())
        known = [c for c in starts[:-1] if known_source(text[c : m.start()])]
        for start in (*known, starts[-1]):
            if start <= text_start:
                continue
            parts = read_credit(text[start:end], where="keyword")
            if parts is not None and parts.labelled:
                return FoundCredit(start, end, text_start, start, parts, "keyword")
    return None


def _word_before(text: str, floor: int, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the word that ends before ``pos`` (white space
    skipped), not reaching below ``floor``; empty at ``floor``.
    """
    end = pos
    while end > floor and text[end - 1].isspace():
        end -= 1
    start = end
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start, end


def _source_starts(text: str, floor: int, keyword: int) -> list[int]:
    """Where the source of a credit phrase may start, longest first: the
    starts of the capitalised words (and ``of``) right before ``keyword``.
    """
    starts = []
    pos = keyword
    for _ in range(7):
        k, j = _word_before(text, floor, pos)
        word = text[k:j]
        if k >= j or not (word[0].isupper() or word[0].isdigit() or word == "of"):
            break
        if word[-1] in ",;:!?" or (word[-1] == "." and not lex.is_abbreviation(word[:-1])):
            break
        starts.append(k)
        pos = k
    return [*reversed(starts), keyword] if starts else [keyword]


def _sentence_credit(text: str, s: int, e: int, tail: int, text_start: int) -> FoundCredit | None:
    """A credit after the caption's last sentence, glued to it
    (``2019.REZA/GETTY``) or after a space (``… in Kabul. AFP``); after an
    abbreviation (``D.C. REUTERS/…``) only when no sentence end gave one.
    """
    starts: set[int] = set()
    late = {m.end() for m in _AFTER_ABBREVIATION.finditer(text, tail, e)}
    if s >= tail:
        starts.add(s)
    for m in _BOUNDARY.finditer(text, tail, e):
        words = text[max(tail, m.start() - 24) : m.start()].split()
        if text[m.start()] == "." and words and lex.is_abbreviation(words[-1]):
            late.add(m.end())  # ``Staff Sgt. Jane Doe``: the stop ends no sentence
        else:
            starts.add(m.end())
    for group in (sorted(starts, reverse=True), sorted(late - starts, reverse=True)):
        for c in group[:_MAX_CANDIDATES]:
            if c < text_start and c != s:
                continue
            dotted = text[e - 1] == "." and not _after_initial(text, c, e - 1)
            c_end = e - 1 if dotted else e
            if c_end <= c:
                continue
            glued = c > s and not text[c - 1].isspace()
            where: Where = "whole" if c == s else "glued" if glued else "tail"
            parts = read_credit(text[c:c_end], where=where, dotted=dotted)
            if parts is not None:
                return FoundCredit(c, c_end, text_start, c, parts, where)
    return None


def _loose_credit(text: str, text_start: int, tail: int, e: int) -> FoundCredit | None:
    """A bare credit with no sentence end before it: after a spaced
    separator (``… in Seville / Jane Roe``), or a name run into ``/`` or a
    spaced separator (``… the UK Jane Roe/AP``), or a handle (``@jroe via
    X``). The leftmost start that reads wins (the credit is the longest
    that reads), and the caption keeps some text.
    """
    if text[e - 1] in "!?" or (text[e - 1] == "." and not keeps_stop(text[max(tail, e - 30) : e])):
        return None
    floor = max(tail, text_start + 1)
    tried = 0
    for m in _LOOSE_SEPARATOR.finditer(text, floor, e):
        # after a spaced slash or bar only (``Jane Roe/AP``: never just ``AP``;
        # ``… beat 6 - Jane Roe``: a dash is no caption's end)
        after = m.end() if _SPACED_SLASH.fullmatch(m.group()) else None
        for start in (_name_run_start(text, floor, m.start()), after):
            if start is None or start <= text_start or start >= e:
                continue
            tried += 1
            if tried > _MAX_CANDIDATES:
                return None
            parts = read_credit(text[start:e], where="loose")
            if parts is not None:
                return FoundCredit(start, e, text_start, start, parts, "loose")
    for m in HANDLE.finditer(text, floor, e):
        if m.start() > text_start and text[m.start() - 1].isspace():
            parts = read_credit(text[m.start() : e], where="loose")
            if parts is not None:
                return FoundCredit(m.start(), e, text_start, m.start(), parts, "loose")
    return None


def _name_run_start(text: str, floor: int, at: int) -> int | None:
    """Where a photographer's name run into ``at`` starts: the shortest
    run of two or more capitalised words before it that opens with a given
    name or an initial (``… Fashion Week Jane Roe/…`` → ``Jane Roe``), else
    the last two capitalised words, else a known agency alone.
    """
    words: list[tuple[int, str]] = []
    pos = at
    while len(words) < 5:
        k, j = _word_before(text, floor, pos)
        word = text[k:j]
        if k >= j or (k == floor and floor > 0 and not text[k - 1].isspace()):
            break
        if not words and (lex.fold_caption_word(word) in _AGENCIES or HANDLE.fullmatch(word)):
            return k  # ``… in the rain REUTERS/Jane Roe``, ``@jroe via X``
        if word in lex.PARTICLES and words:
            words.append((k, word))
            pos = k
            continue
        if not _is_name_word(word):
            break
        words.append((k, word))
        pos = k
    if words and words[-1][1] in lex.PARTICLES:
        words.pop()
    if not words:
        return None
    given, _family = lex.name_tables()
    for i in range(1, len(words)):
        start, word = words[i]
        if word.rstrip(".").casefold() in given:
            return start
    for i in range(1, len(words)):
        start, word = words[i]
        if len(word.rstrip(".")) == 1:
            return start
    if len(words) >= 2:
        return words[1][0]
    start, word = words[0]
    return start if lex.fold_caption_word(word) in _AGENCIES else None


def _is_name_word(word: str) -> bool:
    """A word of a personal name: capitalised, not in capitals (``UK``,
    ``DC`` end the name), no punctuation but an initial's stop.
    """
    if not word[0].isupper() or word[-1] in ',;:!?)»”"':
        return False
    if word.endswith(".") and len(word) > 2 and not lex.is_abbreviation(word[:-1]):
        return False
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) == 1 or not all(ch.isupper() for ch in letters)


def _after_initial(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an initial (``Jane Q.``)."""
    return (
        dot - 1 >= start
        and text[dot - 1].isupper()
        and (dot - 2 < start or not text[dot - 2].isalpha())
    )


def _leading_credit(text: str, s: int, e: int) -> FoundCredit | None:
    """A credit line that opens the caption: ``Mandatory Credit: Photo by
    Jane Doe/Shutterstock (12345a)`` and then, on the next line or after the
    picture number, the caption.
    """
    m = LABEL_AT.match(text, s, e) if may_hold_label(text[s : min(e, s + MAX_CREDIT)]) else None
    if m is None or m["sign"] is not None:
        return None
    line_end = text.find("\n", s, e)
    if line_end < 0:
        note = regex.search(r"\([^()]*\d[^()]*\)", text[s:e])
        if note is None or not text[s + note.end() : e].strip():
            return None
        line_end = s + note.end()
    c_end = line_end
    while c_end > s and text[c_end - 1].isspace():
        c_end -= 1
    t_start = line_end
    while t_start < e and text[t_start].isspace():
        t_start += 1
    if t_start >= e or c_end - s > MAX_CREDIT:
        return None
    parts = read_credit(text[s:c_end], where="label")
    if parts is None or (parts.as_written and opens_caption(m)):
        return None
    return FoundCredit(s, c_end, t_start, e, parts, "lead")
