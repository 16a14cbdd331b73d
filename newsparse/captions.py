"""Photo captions and their credits.

A news page pasted as text carries its photo captions between paragraphs,
usually with the credit at the end: in brackets
(``(AP Photo/Evan Vucci)``, ``(U.S. Air Force photo/Staff Sgt. Jane Doe)``),
after a label (``Image: Jane Doe.``, ``Photo: Jane Doe/AFP via Getty Images``,
``Credit: PA``, ``© dpa``), as a phrase (``U.S. Army photo by Sgt. Jane Doe``)
or as bare names and agencies after the last sentence, even glued to it
(``…September 5, 2019.REZA/GETTY``).

:func:`parse_caption` reads one block. Only the block's last characters are
searched for a credit, so a body paragraph is rejected by one cheap search
and a 100 KB block costs no more than a short one to reject. A block is a
caption when it ends in a credit, or when it opens with a caption label
(``Caption:``, ``Pictured:``, ``Photo:``, ``FILE -``). A body sentence that
merely names an agency (``…, according to AFP.``) is not: a credit without a
label or a photo keyword must follow a sentence, name a known agency and
separate its parts with ``/``, ``via`` or ``|`` (or be glued in capitals to
the sentence), and is never a block on its own (``CBS/AFP`` is a byline).

Photographers and agencies are told apart by the table of photo agencies,
wire services and official sources (``_data/photo_agencies.txt``), by
organisation words (``Navy``, ``Department``, ``Office``:
``_data/caption_org_words.txt``) and by shape: any other name is a
photographer, cleaned of ranks and titles (``_data/titles.txt``, shared
with bylines) and title-cased when written in capitals (``PATRICK ROBERT`` → ``Patrick Robert``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from . import _lexicon as lex
from ._names import title_case_name
from ._text import clamp_window
from ._types import Caption, Credit, Span
from .dates import find_date, find_weekday
from .errors import check_text

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["parse_caption"]

_TAIL = 160
"""How many characters at the end of a block are searched for a credit."""
_MAX_CANDIDATES = 8
"""How many places a credit could start at are tried, nearest the end first."""

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

_AGENCIES: dict[str, tuple[str, str]] = {
    row[0].casefold(): (row[0], row[1]) for row in lex.PHOTO_AGENCY_ROWS
}
"""Case-folded agency name → (canonical name, kind)."""
_RANKS = sorted(lex.TITLES)
"""Ranks and titles dropped from photographer names: the shared title table."""

# The words of the label table (``_data/caption_labels.txt``), each use as
# an alternation for the patterns below.
_LEAD_LABELS = lex.alternation(lex.caption_labels("lead"))
_CREDIT_LABELS = lex.alternation(lex.caption_labels("credit"))
_KEYWORDS = lex.alternation(lex.caption_labels("keyword"))
_PLURAL_KEYWORDS = lex.alternation(lex.caption_labels("plural"))
_FILE_OBJECTS = lex.alternation(lex.caption_labels("file"))

_FILLER = frozenset({"released", "handout", "courtesy", "staff", "stringer", "str"})
"""Credit words that name nobody (``…/Released``, ``…/Handout``)."""
_FILE = frozenset({"file", "files", "file photo"})
"""Credit words that mark an archive picture (``(AP Photo/Matt Dunham, File)``)."""

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# The cheap test every block goes through, over its last _HINT_TAIL
# characters: anything a credit is made of. A body paragraph has none of
# these and is rejected after this one search; labels (``Image:``,
# ``Credit:``) are found by their colon.
_HINT_TAIL = 100
# The literal alternatives of _HINT, tested with ``in`` (much cheaper than
# the pattern, which then only needs to look for glued capitals): separators,
# the copyright sign, a label's colon, and the photo keywords of the label
# table in lower case, capitalised and in capitals (``photo``, ``Photo``,
# ``PHOTO``).
_HINT_WORDS = (
    "/", "|", "©", ":", "Courtesy", "courtesy", "Copyright", "(c)", "(C)",
    *(
        form
        for label in (*lex.caption_labels("keyword"), *lex.caption_labels("plural"))
        for form in (label, label.capitalize(), label.upper())
    ),
)  # fmt: skip
_HINT = regex.compile(
    r"""
    \L<words>                                     # a separator, a sign, a photo keyword
    | [.!?] \p{Lu} \p{Lu}                          # capitals glued to a sentence end
    | \) \.? \Z                                     # a bracket that closes the block
    """,
    regex.VERBOSE,
    words=lex.longest_first(_HINT_WORDS),
)
_GLUED_CAPS = regex.compile(r"[.!?]\p{Lu}\p{Lu}")


def _hinted(text: str, lo: int, hi: int) -> bool:
    """Whether ``_HINT`` finds anything in ``text[lo:hi]``."""
    tail = text[lo:hi]
    for word in _HINT_WORDS:
        if word in tail:
            return True
    if tail.endswith((")", ").")):
        return True
    return _GLUED_CAPS.search(tail) is not None


# A caption label that opens the block: ``Caption:``, ``Pictured:``,
# ``Photo:`` or the wire services' ``FILE -`` / ``FILE PHOTO:``.
_LEAD_LABEL = regex.compile(
    rf"""
    (?: (?i: {_LEAD_LABELS} ) \s* :                 # Caption:, Photo:
      | FILE (?: \s+ PHOTO )? \s* [:\-–—]          # FILE - / FILE PHOTO:
    )
    \s*                                            # the space after it
    """,
    regex.VERBOSE,
)

# Where a credit may start inside the tail: after a sentence end (the full
# stop must not follow a lone letter, so ``U.S.``, ``D.C.`` and initials do
# not end a sentence), with or without a space after it.
_BOUNDARY = regex.compile(
    r"""
    (?<! (?<! \p{L} ) \p{L} )                      # not after a lone letter (U.S., J.)
    [.!?] ["”’)]?                                  # terminal punctuation, closing mark
    \s*                                            # a space, or none (glued credit)
    (?= \S )                                       # something follows
    """,
    regex.VERBOSE,
)

# The end of an initial and the space after it, where a credit may start
# only when no sentence end gave one (``D.C. REUTERS/…``); so may the end of
# an abbreviation of the shared table (``Gen.``).
_AFTER_ABBREVIATION = regex.compile(
    r"""
    (?<= (?<! \p{L} ) \p{L} \. )                    # a lone letter and its stop
    \s+                                            # then a space
    (?= \S )                                       # something follows
    """,
    regex.VERBOSE,
)

# A credit label anywhere in the tail (``… demo Image: Nick Moreau.``).
_LABEL_AT = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}] )                            # a word starts here
    (?: (?i: {_CREDIT_LABELS} )                    # Credit, Photo credits, Bild
        \s* :                                      # label and colon
      | © | \( [cC] \) \s | Copyright \s            # or a copyright notice
    )
    """,
    regex.VERBOSE,
)

# A whole credit that starts with a label: ``Image: Jane Doe``.
_LABELLED = regex.compile(
    rf"""
    (?i: {_CREDIT_LABELS} )                        # Credit, Photo credits, Bild
    \s* : \s*                                      # the colon
    (?P<body> \S .* )                              # what the label credits
    """,
    regex.VERBOSE | regex.DOTALL,
)

# A whole credit behind a copyright sign: ``© dpa``, ``© 2021 Jane Doe``.
_COPYRIGHT = regex.compile(
    r"""
    (?: © | \( [cC] \) | (?i: copyright ) :? )     # the sign or the word
    \s* (?: \d{4} \s+ )?                           # perhaps a year
    (?P<body> \S .* )                              # the holder
    """,
    regex.VERBOSE | regex.DOTALL,
)

# One word of the source written before ``photo`` (``U.S.``, ``Air``,
# ``AP``, ``Department``, ``of``, ``picture alliance``); which words make a
# source is decided after the match, from the tables.
_SOURCE_WORD = r"[\p{L}\p{N}] [\p{L}\p{N}.'’&\-]*"

# A credit phrase: ``AP Photo/Evan Vucci``, ``Photo by John Moore/Getty
# Images``, ``U.S. Air Force photo illustration/Jane Doe``, ``Department of
# Defense photo``, ``Courtesy photo``, ``photo courtesy of NASA``.
_KEYWORD = regex.compile(
    rf"""
    (?: (?P<org> {_SOURCE_WORD} (?: \s+ {_SOURCE_WORD} ){{0,6}} ) \s+ )?  # who
    (?: (?i: {_KEYWORDS} ) (?! \p{{L}} )              # the keyword: photo, image
      | (?i: {_PLURAL_KEYWORDS} ) (?= \s+ (?i: by ) \s )  # photos by
    )
    (?: \s+ (?i: illustration ) )?                 # photo illustration
    (?: \s* [/:] \s*                               # AP Photo/…
      | \s+ (?i: by | courtesy \s+ of | from | von | par | por ) \s+  # photo by …
    )?
    (?P<body> .* )                                 # the photographer and agencies
    """,
    regex.VERBOSE | regex.DOTALL,
)

# ``Courtesy of the Smith family``, ``Courtesy Jane Doe``.
_COURTESY = regex.compile(
    r"""
    (?i: courtesy ) (?: \s+ (?i: of ) )? \s+       # courtesy (of)
    (?P<body> \S .* )                              # who gave the picture
    """,
    regex.VERBOSE | regex.DOTALL,
)

# The separators between the parts of a credit. The strict set is used for a
# credit without label or keyword, where a comma would run into the caption.
_SPLIT_ALL = regex.compile(r"\s*/\s*|\s+(?:via|and|&)\s+|\s*[|;]\s*|,\s+")
_SPLIT_STRICT = regex.compile(r"\s*/\s*|\s+via\s+|\s*\|\s*")

# A stock-picture reference or affiliation in brackets at the end of a part:
# ``Shutterstock (12345a)``, ``Jane Doe (TRADOC HQ)``.
_PART_NOTE = regex.compile(r"\s*\([^()]{1,30}\)\Z")

# Ranks and courtesy titles before a photographer's name, longest first.
_RANK = regex.compile(
    r"""
    (?: \L<ranks> \s+ ){1,3}                       # Staff Sgt., Airman 1st Class, Mr.
    """,
    regex.VERBOSE,
    ranks=_RANKS,
)

# A personal name: capitalised words, initials and name particles.
_NAME = regex.compile(
    r"""
    (?: \p{Lu} [\p{L}\p{M}'’\-]* \.?               # a word or an initial: Jane, J., D'Agata
      | (?: \p{Lu} \. ){2,3}                       # initials run together: J.D.
    )
    (?: \s+ (?: \p{Lu} [\p{L}\p{M}'’\-]* \.?       # more words
              | (?: \p{Lu} \. ){2,3}               # more initials
              | \L<particles> (?= \s )              # van, dos, y
    ) ){0,5}
    """,
    regex.VERBOSE,
    particles=lex.longest_first(lex.PARTICLES | lex.NAME_LINKS),
)

# What a label credits when it is no name, agency or office: one to four
# words or handles as written (``Image: miharris``, ``Foto: jroe``), no
# sentence in them.
_AS_WRITTEN = regex.compile(
    r"[\p{L}\p{N}@][\p{L}\p{N}_.'’\-]{0,40}(?:\s[\p{L}\p{N}_.'’\-]{1,40}){0,3}"
)

# An organisation word (``Navy``, ``Department``, ``Office``) in a credit part.
_ORG_WORD = regex.compile(
    r"""
    (?<! \p{L} ) \L<orgwords> (?! \p{L} )          # a whole word from the table
    """,
    regex.VERBOSE,
    orgwords=lex.CAPTION_ORG_WORDS,
)

# A known agency run into a photographer's name without a separator:
# ``NASA Bill Ingalls``, ``Reuters Jane Roe``.
_AGENCY_LEAD = regex.compile(
    r"""
    (?P<agency> (?i: \L<agencies> ) ) \s+          # NASA, Reuters
    (?P<rest> \p{Lu} \p{Ll} .* )                   # Bill Ingalls
    """,
    regex.VERBOSE | regex.DOTALL,
    agencies=lex.longest_first(row[0] for row in lex.PHOTO_AGENCY_ROWS),
)

_ALL_CAPS = regex.compile(r"\p{Lu}[\p{Lu}\s'’.\-]*")

# ``file photo`` in the caption, or the wire services' ``FILE -`` opening.
_FILE_PHOTO = regex.compile(
    rf"""
    (?<! \p{{L}} ) (?i: file ) \s+ (?i: {_FILE_OBJECTS} ) (?! \p{{L}} )
    | (?<! \S ) FILE (?= \s* (?: PHOTO \s* )? [:\-–—] )  # FILE - In this …
    """,
    regex.VERBOSE,
)

_MONTHS_AND_DAYS = lex.longest_first([*lex.MONTH_NAMES, *lex.WEEKDAYS])
_STATE_ABBREVIATIONS = [row[0] for row in lex.US_STATE_ROWS if row[0].endswith(".")]
"""AP state abbreviations (``Va.``, ``Calif.``), read from the datelines' table."""

# One capitalised place word, not a month or a day, without a full stop
# (a full stop ends the place unless it ends an abbreviation, below).
_PLACE_WORD = r"""
    (?! \L<dates> (?! \p{L} ) )                    # not a month or a day name
    (?: (?: St | Mt | Ft ) \.                      # St. Louis, Mt. Hood, Ft. Worth
      | \p{Lu} [\p{L}\p{M}'’\-]* (?! \p{L} )       # a capitalised word
    )"""
# An abbreviation a place may end with: ``D.C.``, ``Va.``, ``Calif.``.
_PLACE_ABBREVIATION = r"(?: (?: \p{Lu} \. ){2,} | \L<states> )"
# One comma-separated part of a place: ``Hill Air Force Base``, ``Va.``.
_PLACE_PART = rf"""
    (?: {_PLACE_ABBREVIATION}
      | (?: {_PLACE_WORD} ) (?: \s+ (?: of \s+ | de \s+ )? (?: {_PLACE_WORD} ) ){{0,5}}
        (?: \s+ {_PLACE_ABBREVIATION} )?
    )"""

# Where the photo was taken: ``in Kabul, Afghanistan``, ``at Hill Air Force
# Base, Utah``, ``north of Kabul``. Up to two comma-separated parts follow
# the first; a month or a day name, or a full stop, ends the place.
_PLACE = regex.compile(
    rf"""
    (?<! \S )                                      # a word starts here
    (?: [Ii]n | [Aa]t | near | outside | (?: north | south | east | west ) \s+ of ) \s+
    (?P<place> {_PLACE_PART} (?: , \s+ {_PLACE_PART} ){{0,2}} )  # Kabul, Afghanistan
    """,
    regex.VERBOSE,
    dates=_MONTHS_AND_DAYS,
    states=_STATE_ABBREVIATIONS,
)

_SPACES = regex.compile(r"\s+")


@attrs.frozen
class _When:
    """What a caption's date is read against: the article's year and date."""

    year: int | None
    published: dt.date | None


@attrs.frozen
class _CreditParts:
    """What a credit says, before it becomes a :class:`Credit`."""

    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    file_photo: bool


# --------------------------------------------------------------------------
# Public function
# --------------------------------------------------------------------------


def parse_caption(
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    year: int | None = None,
    published: dt.date | None = None,
) -> Caption | None:
    """Read ``text[start:end]`` (one block of an article) as a photo caption.

    Args:
        text: The caller's string.
        start: Where the block starts in ``text``.
        end: Where it ends (``None``: the end of ``text``). Both clamp to
            the text, and count from its end when negative, as a slice does.
        year: The article's year, to complete a date written without one
            (``published``'s year when not given).
        published: The article's publication date. A weekday without a
            date (``on Tuesday``, ``last Friday``) is then the most recent
            such day on or before it (:func:`newsparse.dates.find_weekday`);
            a date written out wins. Without it a bare weekday gives no date.

    Returns:
        The :class:`~newsparse.Caption`, its spans in the caller's
        coordinates, or ``None`` when the block is not a caption. Its
        ``people`` is ``()``: :func:`newsparse.parse_article` fills it from
        the people it finds in the whole article, and
        ``extract_people(text, windows=[...])`` over the caption's text
        finds them for a caption on its own.

    Raises:
        TypeError: ``text`` is not a ``str``.
    """
    check_text(text, "text")
    s, e = clamp_window(len(text), start, end)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e:
        return None
    lead = _LEAD_LABEL.match(text, s, e)
    if lead is None and not _hinted(text, max(s, e - _HINT_TAIL), e):
        return None
    if year is None and published is not None:
        year = published.year
    return _parse(text, (s, e), lead, _When(year, published))


# --------------------------------------------------------------------------
# The full parse, for blocks that may be captions
# --------------------------------------------------------------------------


def _parse(
    text: str, block: tuple[int, int], lead: regex.Match[str] | None, when: _When
) -> Caption | None:
    """Read block ``[s, e)`` that passed the cheap test; ``lead`` is its opening label."""
    s, e = block
    text_start = s if lead is None else lead.end()
    found = _find_credit(text, s, e, max(s, e - _TAIL))
    if found is None:
        if lead is None or lead.end() >= e:
            return None
        return _caption(text, block, (text_start, e), None, when)
    (c_start, c_end), text_end, parts = found
    # A label may be the credit's own (``Photo: Jane Doe``): no caption text.
    text_start = min(text_start, text_end)
    credit = Credit(
        raw=text[c_start:c_end],
        span=Span(start=c_start, end=c_end),
        photographers=parts.photographers,
        agencies=parts.agencies,
    )
    caption = _caption(text, block, (text_start, text_end), credit, when)
    if parts.file_photo and not caption.file_photo:
        caption = attrs.evolve(caption, file_photo=True)
    return caption


def _caption(
    text: str,
    block: tuple[int, int],
    own: tuple[int, int],
    credit: Credit | None,
    when: _When,
) -> Caption:
    """Build the caption for ``block`` whose own text (no label, no credit) is ``own``."""
    s, e = block
    t_start, t_end = own
    t_end = _text_end(text, t_start, t_end)
    clean = _SPACES.sub(" ", text[t_start:t_end]).strip()
    found = find_date(text, start=t_start, end=t_end, year=when.year) if t_end > t_start else None
    if found is None and when.published is not None and t_end > t_start:
        found = find_weekday(text, start=t_start, end=t_end, published=when.published)
    place = _PLACE.search(text, t_start, t_end) if t_end > t_start else None
    return Caption(
        raw=text[s:e],
        span=Span(start=s, end=e),
        text=clean,
        credit=credit,
        date=None if found is None else found.date,
        place=None if place is None else _SPACES.sub(" ", place["place"]),
        file_photo=_FILE_PHOTO.search(text, s, t_end) is not None,
    )


def _text_end(text: str, start: int, end: int) -> int:
    """Return where the caption's text ends.

    The space and a separator (``|``, a dash) left before the credit are dropped.
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - 1 > start and text[end - 1] in "|-–—" and text[end - 2].isspace():
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return end


def _find_credit(
    text: str, s: int, e: int, tail: int
) -> tuple[tuple[int, int], int, _CreditParts] | None:
    """Find the credit that ends block ``[s, e)``.

    Returns the credit's span, where the caption's own text ends, and what
    the credit says; or ``None``.
    """
    # A credit in brackets that close the block: (AP Photo/Evan Vucci).
    close = e - 1 if text[e - 1] == ")" else e - 2 if text.endswith(").", s, e) else -1
    if close >= s:
        opening = _opening_bracket(text, tail, close)
        if opening is not None:
            parts = _read_credit(text[opening + 1 : close], mode="bracket")
            if parts is not None:
                return (opening + 1, close), opening, parts
    # Otherwise the credit starts after a sentence, at a label, or at the
    # block's start; the nearest start that reads as a credit wins. Only if
    # none does, a credit may follow an abbreviation (``D.C. REUTERS/…``).
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
    for m in _LABEL_AT.finditer(text, tail, e):
        starts.add(m.start())
    found = _try_starts(text, s, e, sorted(starts, reverse=True))
    if found is None:
        found = _try_starts(text, s, e, sorted(late - starts, reverse=True))
    return found


def _try_starts(
    text: str, s: int, e: int, starts: list[int]
) -> tuple[tuple[int, int], int, _CreditParts] | None:
    """Try each place a credit may start at, in order, up to a limit."""
    for c in starts[:_MAX_CANDIDATES]:
        c_end = e
        dotted = text[e - 1] == "." and not _after_initial(text, c, e - 1)
        if dotted:
            c_end = e - 1
        if c_end <= c:
            continue
        glued = c > s and not text[c - 1].isspace()
        mode = "whole" if c == s else "glued" if glued else "tail"
        parts = _read_credit(text[c:c_end], mode=mode, dotted=dotted)
        if parts is not None:
            return (c, c_end), c, parts
    return None


def _opening_bracket(text: str, floor: int, close: int) -> int | None:
    """The ``(`` that matches the ``)`` at ``close``, not before ``floor``."""
    depth = 0
    for i in range(close, floor - 1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return i
    return None


def _after_initial(text: str, start: int, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an initial (``Jane Q.``)."""
    return (
        dot - 1 >= start
        and text[dot - 1].isupper()
        and (dot - 2 < start or not text[dot - 2].isalpha())
    )


# --------------------------------------------------------------------------
# Reading one credit
# --------------------------------------------------------------------------


def _read_credit(raw: str, *, mode: str, dotted: bool = False) -> _CreditParts | None:
    """Read a whole credit string, or return ``None`` if it is not one.

    ``mode`` says where it stood: ``bracket`` (inside brackets that close
    the block), ``tail`` (after the block's last sentence), ``glued`` (right
    after a full stop, no space) or ``whole`` (it is the whole block).
    ``dotted``: a full stop was cut from its end.
    """
    if len(raw) > _TAIL or "\n\n" in raw:
        return None
    labelled = False
    body = raw
    m = _LABELLED.fullmatch(body) or _COPYRIGHT.fullmatch(body)
    named = m is not None
    """A label with a colon or a copyright sign says what follows is a credit."""
    if m is not None:
        labelled = True
        body = m["body"]
    agencies: list[str] = []
    file_photo = False
    keyword = _KEYWORD.fullmatch(body)
    if keyword is not None:
        org = keyword["org"]
        if org is not None:
            kind = _org_kind(org)
            if kind == "file":
                file_photo = True
            elif kind == "agency":
                agencies.append(_agency_name(org))
            elif kind is None:
                keyword = None
        if keyword is not None:
            if not keyword["body"] and org is None:
                return None  # ``Photo`` alone credits nobody
            labelled = True
            body = keyword["body"]
    if keyword is None:
        courtesy = _COURTESY.fullmatch(body)
        if courtesy is not None:
            labelled = True
            body = courtesy["body"]
    if not labelled and (mode == "whole" or dotted):
        return None  # bare names alone are a byline (``CBS/AFP``), not a credit
    splitter = _SPLIT_ALL if labelled else _SPLIT_STRICT
    pieces = [p for p in splitter.split(body) if p] if body else []
    photographers: list[str] = []
    known = 0
    photo_kind = False
    for piece in pieces:
        items = _read_piece(piece, named=named)
        if items is None:
            return None
        for what, value, kind in items:
            if what == "file":
                file_photo = True
            elif what == "agency":
                agencies.append(value)
                known += bool(kind)
                photo_kind = photo_kind or kind == "photo"
            elif what == "photographer":
                photographers.append(value)
    if not labelled:
        glued_caps = mode == "glued" and all(_ALL_CAPS.fullmatch(p) for p in pieces)
        if not glued_caps and not (
            (len(pieces) >= 2 and known >= 1) or (len(pieces) == 1 and photo_kind)
        ):
            return None
    return _CreditParts(
        photographers=tuple(dict.fromkeys(photographers)),
        agencies=tuple(dict.fromkeys(agencies)),
        file_photo=file_photo,
    )


def _org_kind(org: str) -> str | None:
    """Say what the words before ``photo`` are.

    ``agency``, ``file``, ``none`` (``Courtesy``, ``Handout``), or ``None``
    when they are not a photo source at all.
    """
    folded = org.casefold()
    if folded in _FILE:
        return "file"
    if folded in _FILLER:
        return "none"
    if folded in _AGENCIES or _ORG_WORD.search(org) or _ALL_CAPS.fullmatch(org):
        return "agency"
    if _NAME.fullmatch(org):
        return "agency"  # ``Pentagon photo``: an institution named by its own name
    return None


def _agency_name(raw: str) -> str:
    """The canonical spelling of a known agency, else the name as written."""
    row = _AGENCIES.get(raw.casefold())
    return raw if row is None else row[0]


def _read_piece(piece: str, *, named: bool = False) -> list[tuple[str, str, str]] | None:
    """Classify one part of a credit.

    Returns items ``(what, value, kind)``: ``what`` is ``photographer``,
    ``agency``, ``file`` or ``filler``; ``kind`` is the agency table's kind
    for a known agency, else ``""``. ``NASA Bill Ingalls`` gives two items.
    ``named``: a label with a colon introduced the credit (``Image: jroe``),
    so a part that is no name, agency or office is its maker as written.
    ``None``: the part is not part of a credit.
    """
    note = _PART_NOTE.search(piece)
    if note is not None and note.start() > 0:
        piece = piece[: note.start()]
    piece = piece.strip()
    if not piece:
        return None
    folded = piece.casefold()
    if folded in _FILE:
        return [("file", "", "")]
    if folded in _FILLER:
        return [("filler", "", "")]
    row = _AGENCIES.get(folded)
    if row is not None:
        return [("agency", row[0], row[1])]
    lead = _AGENCY_LEAD.fullmatch(piece)
    if lead is not None and _NAME.fullmatch(lead["rest"]) and not _ORG_WORD.search(lead["rest"]):
        agency, kind = _AGENCIES[lead["agency"].casefold()]
        return [("agency", agency, kind), ("photographer", _person(lead["rest"]), "")]
    if _ORG_WORD.search(piece) and _ORG_SHAPE.fullmatch(piece):
        # ``DPA Images``: an office of a known agency is as known as it
        kind = "" if lead is None else _AGENCIES[lead["agency"].casefold()][1]
        return [("agency", _SPACES.sub(" ", piece), kind)]
    rank = _RANK.match(piece)
    name = piece[rank.end() :] if rank is not None else piece
    if _NAME.fullmatch(name):
        return [("photographer", _person(name), "")]
    if named and _AS_WRITTEN.fullmatch(name):
        return [("photographer", _person(name), "")]
    return None


# An organisation's words: capitalised, with joining words between them.
_ORG_SHAPE = regex.compile(
    r"""
    [\p{Lu}\p{N}] [\p{L}\p{N}.'’&\-]*              # first word, capitalised (or 35th)
    (?: \s+ (?: [\p{Lu}\p{N}] [\p{L}\p{N}.'’&\-]*  # more capitalised words
              | of | the | and | for | de | du | des | la | le ) ){0,9}  # joining words
    """,
    regex.VERBOSE,
)


def _person(name: str) -> str:
    """The clean photographer name: spaces collapsed, capitals title-cased."""
    return title_case_name(_SPACES.sub(" ", name).strip())
