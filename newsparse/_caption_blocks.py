"""Which blocks of an article are photo captions: by their shape and their credit.

:func:`newsparse.parse_caption` reads any text the caller calls a caption;
the article step asks :func:`is_caption_block` first, for every block.
A block is a caption when

1. it opens with a caption label (``Caption:``, ``Pictured:``, ``FILE -``)
   or with a credit line (``Mandatory Credit: Photo by …`` and then the
   caption);
2. it ends in a credit that says it is one: a label (``Foto: dpa``,
   ``Photo : AFP``), a credit phrase (``AP Photo/…``, ``U.S. Army photo by
   …``), a copyright sign, a credit glued in capitals to the last sentence
   (``…2019.REZA/GETTY``), a known agency with a second part
   (``REUTERS/Kevin Lamarque``) or a picture agency in brackets
   (``(Getty Images)``); or
3. it is short, as captions are (at most :data:`_MAX_TEXT` characters
   and :data:`_MAX_SENTENCES` sentences before its credit, and not the
   article's first block), and ends in a weaker credit shape: brackets that
   hold names or agencies (``… on Monday. (AP)``, ``(Jane Roe/CBC)``,
   ``(연합뉴스)``), a bare credit after the last sentence (``… in Kabul.
   AFP``) or with none before it (``… in Seville / Jane Roe``); or a
   bracketed word that says what the picture is (``(Archivbild)``).

A body paragraph is rejected by a cheap test: longer than any caption, or
nothing a credit is made of in its last :data:`_HINT_TAIL` characters and a
sentence end at its end. One that ends in brackets is a caption only when
they hold a credit and the paragraph is short: ``(kas)``, ``(2023)``,
``(D-Calif.)``, ``(TUM).``, ``(Reporting by …)`` hold none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from . import _lexicon as lex
from ._credits import FoundCredit, find_credit
from .captions import LEAD_LABEL, build_caption

if TYPE_CHECKING:
    import datetime as dt

    from ._types import Caption

__all__ = ["HINT", "CaptionBlock", "caption_block", "hinted", "is_caption_block", "read_block"]

_MAX_BLOCK = 1_200
"""No caption is longer than this; a longer block is body text."""
_MAX_TEXT = 400
"""The longest caption text before a weak credit shape (brackets, bare)."""
_MAX_SENTENCES = 2
"""The most sentences a caption text before a weak credit shape has."""
_MAX_BARE_TEXT = 300
_MAX_BARE_SENTENCES = 2
"""The same for a bare credit of names only (``… in Seville / Jane Roe``)."""

# --------------------------------------------------------------------------
# The cheap test
# --------------------------------------------------------------------------

_HINT_TAIL = 100
"""How many characters at a block's end the cheap test looks at."""
_HINT_SIGNS = ("/", "|", "©", ":", "：", "=", "(c)", "(C)")
"""Separators, signs and a label's colon (``：``, ``=``), tested with ``in``."""
_HINT_WORDS = tuple(
    sorted(
        {word.lower() for word in (*lex.caption_labels("keyword"), *lex.caption_labels("plural"))}
        | {"courtesy", "copyright"}
    )
)
"""The photo keywords of the label table, ``courtesy`` and ``copyright``,
tested with ``in`` on the tail in lower case."""
HINT = regex.compile(
    r"""
    \L<signs>                                     # a separator, a sign
    | (?i: \L<words> )                             # a photo keyword in any case
    | [.!?] \p{Lu} \p{Lu}                          # capitals glued to a sentence end
    | [)\]）] \.? \Z                                # a bracket that closes the block
    | [.!?。] ["”’)»]? \s* (?: \S+ \s+ ){0,4} \S* [\p{L}\p{N}] \Z  # a short bare tail: ``… AFP``
    """,
    regex.VERBOSE,
    signs=lex.longest_first(_HINT_SIGNS),
    words=lex.longest_first(_HINT_WORDS),
)
_GLUED_CAPS = regex.compile(r"[.!?]\p{Lu}\p{Lu}")
_BARE_TAIL = regex.compile(r"[.!?。][\"”’)»]?\s*(?:\S+\s+){0,4}\S*[\p{L}\p{N}]\Z")


def hinted(text: str, lo: int, hi: int) -> bool:
    """Whether :data:`HINT` finds anything in ``text[lo:hi]``, cheaply."""
    tail = text[lo:hi]
    for sign in _HINT_SIGNS:
        if sign in tail:
            return True
    low = tail.lower()
    for word in _HINT_WORDS:
        if word in low:
            return True
    if tail.endswith((")", ").", "]", "].", "）", "）.")):
        return True
    if _GLUED_CAPS.search(tail) is not None:
        return True
    return bool(tail) and tail[-1].isalnum() and _BARE_TAIL.search(tail) is not None


# --------------------------------------------------------------------------
# The decision
# --------------------------------------------------------------------------

_MARKERS = lex.alternation(lex.caption_words("marker"))
# A bracketed word at the end that says what the picture is: ``(Archivbild)``.
_MARKER_AT_END = regex.compile(rf"[(\[（]\s*(?i:{_MARKERS})\s*[)\]）]\.?\Z")
_SENTENCE_END = regex.compile(r"[.!?。](?:[\"”’»)]*)\s+(?=[\"“„«(]?[\p{Lu}\p{Lo}])")
# A list item or a table line, not a caption: a bullet or a number opens it.
_LIST_ITEM = regex.compile(r"\s*(?:[-–—•*·(]|\d{1,3}(?:[.)](?!\d)|\s+[-–—]\s))")
# Enough words to describe a picture: three words of two letters or more,
# or ten letters of a script written without spaces.
_PROSE = regex.compile(r"(?:[\p{L}\p{M}]{2,}[^\p{L}\p{M}]+){2,}[\p{L}\p{M}]{2,}|[\p{Lo}]{10}")
# In a script with capitals, a description has words in lower case (``…
# walks through the gallery``); a line of names or capitals has none.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
_FOOTER = regex.compile(r"\G(?:©|\([cC]\)|(?i:copyright))\s*(?:\d{4}|.*(?i:rights\s+reserved))")
"""A copyright notice of the page, with its year or ``All rights reserved``."""
_TAG = regex.compile(r"\(\p{Lu}[\p{L}\p{M}.\-]*\)")
"""A capitalised word in brackets (``(Norland)``, ``(SPD)``): a tag of a list."""
_UNCASED = regex.compile(r"\p{Lo}")


@attrs.frozen
class CaptionBlock:
    """A block the article step takes for a caption, and what it found in it."""

    start: int
    end: int
    """The block, white space around it left out."""
    text_start: int
    """Where the caption's own text starts (after ``Caption:``, ``FILE -``)."""
    found: FoundCredit | None
    """The credit, when it was looked for (``searched``)."""
    searched: bool


def is_caption_block(
    text: str, start: int, end: int, *, first: bool = False, under_credit: bool = False
) -> bool:
    """Whether the block ``text[start:end]`` of an article is a photo caption.

    ``first``: the block opens an article of several blocks (a headline's
    place), where only a credit that says it is one makes a caption.
    ``under_credit``: the block follows a credit line of its own with no
    blank line between (``Mandatory Credit: Photo by …``), so a short
    description is that credit's caption.
    """
    return caption_block(text, start, end, first=first, under_credit=under_credit) is not None


def caption_block(
    text: str, start: int, end: int, *, first: bool = False, under_credit: bool = False
) -> CaptionBlock | None:
    """:func:`is_caption_block`, with what it found: ``None`` for no caption."""
    s, e = start, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e or e - s > _MAX_BLOCK:
        return None
    lead = LEAD_LABEL.match(text, s, e)
    text_start = s if lead is None else lead.end()
    if lead is not None and lead.end() < e:
        return CaptionBlock(s, e, text_start, None, searched=False)
    if under_credit and _describes(text, s, e) and _short(text, s, e, _MAX_TEXT, _MAX_SENTENCES):
        return CaptionBlock(s, e, text_start, None, searched=False)
    if not hinted(text, max(s, e - _HINT_TAIL), e):
        return None
    found = find_credit(text, s, e, lead=None if lead is None else lead.end())
    if found is None:
        if (
            not first
            and _MARKER_AT_END.search(text, s, e) is not None
            and _short(text, s, e, _MAX_TEXT, _MAX_SENTENCES)
        ):
            return CaptionBlock(s, e, text_start, None, searched=True)
        return None
    if not _credit_makes_caption(text, found, first=first):
        return None
    return CaptionBlock(s, e, text_start, found, searched=True)


def read_block(
    text: str, block: CaptionBlock, *, year: int | None, published: dt.date | None
) -> Caption:
    """The caption of ``block``, as :func:`newsparse.parse_caption` reads it,
    without looking for its credit again.
    """
    if year is None and published is not None:
        year = published.year
    found = block.found
    if not block.searched:
        lead = block.text_start if block.text_start > block.start else None
        found = find_credit(text, block.start, block.end, lead=lead)
    return build_caption(
        text, (block.start, block.end), block.text_start, found, year=year, published=published
    )


def _credit_makes_caption(text: str, found: FoundCredit, *, first: bool) -> bool:
    """Whether the credit ``found`` and the text before it make a caption."""
    parts = found.parts
    t_start, t_end = found.text_start, found.text_end
    if found.where == "lead":
        return True
    if found.where == "whole":
        # not ``Source: …`` under a table, nor a page's ``© 2024 …`` footer
        return parts.labelled and parts.role != "source" and not _FOOTER.search(text, t_end)
    if t_end <= t_start or not text[t_start:t_end].strip():
        return parts.labelled  # a credit alone: ``(Image: Getty)``, not ``(AP)``
    if parts.labelled and parts.role != "source":
        return True
    if parts.labelled:  # ``Quelle: BMWK`` also cites a figure in body text
        return _short(text, t_start, t_end, _MAX_TEXT, _MAX_SENTENCES)
    if found.where == "glued":
        return True
    if found.where in {"tail", "bracket"} and parts.known and parts.pieces >= 2 and not first:
        return True  # ``REUTERS/Kevin Lamarque``, ``(Bloomberg via Getty Images)``
    if first or not _describes(text, t_start, t_end):
        return False
    if not parts.known and (
        (found.where == "tail" and parts.pieces == 1)  # ``… would work. John Smith``: a signature
        or (
            found.where == "bracket"  # ``A (Norland) beat B (Estmark)``: a pattern, no credit
            and _TAG.search(text, t_start, t_end) is not None
        )
    ):
        return False
    if found.where == "bracket" or parts.known:
        return _short(text, t_start, t_end, _MAX_TEXT, _MAX_SENTENCES)
    return _short(text, t_start, t_end, _MAX_BARE_TEXT, _MAX_BARE_SENTENCES)


def _describes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a picture's description, not a
    list item or a table line: enough words, no bullet or number opening
    it, no run of bracketed words in it (``Jane Roe (Spain), John Roe
    (Italy)``).
    """
    return (
        _PROSE.search(text, start, end) is not None
        and _LIST_ITEM.match(text, start, end) is None
        and text.count("(", start, end) < 3
        and (
            _LOWER_WORD.search(text, start, end) is not None or not _mostly_cased(text, start, end)
        )
    )


def _mostly_cased(text: str, start: int, end: int) -> bool:
    """Whether most letters of ``text[start:end]`` are of a script with capitals."""
    cased = len(_CASED.findall(text, start, end))
    return cased > len(_UNCASED.findall(text, start, end))


def _short(text: str, start: int, end: int, chars: int, sentences: int) -> bool:
    """Whether ``text[start:end]`` is at most ``chars`` long and holds at
    most ``sentences`` sentences (a full stop after an abbreviation ends none).
    """
    if end - start > chars:
        return False
    count = 1
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start()] == ".":
            words = text[max(start, m.start() - 24) : m.start()].split()
            if words and lex.is_abbreviation(words[-1].lstrip("([\"“'‘")):
                continue
        count += 1
        if count > sentences:
            return False
    return True
