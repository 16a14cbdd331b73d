"""Photo captions and their credits.

A news page pasted as text carries its photo captions between paragraphs,
with the credit as the page prints it: in brackets (``(AP Photo/Evan
Vucci)``, ``(AP)``, ``(Jane Roe/CBC)``, ``(연합뉴스)``), after a label in
the page's language (``Foto: Jane Roe/dpa``, ``Photo : AFP``, ``Bildquelle:
Keystone``, ``Ảnh: Jane Roe``, with the other roles of a magazine shoot
after it: ``Foto: A. Styling: B.``), as a phrase (``U.S. Army photo by Sgt.
Jane Doe``, ``LRT nuotr.``), as bare names and agencies after the last
sentence, even glued to it (``…September 5, 2019.REZA/GETTY``, ``… in Kabul.
AFP``), or with no sentence end before it (``… in Seville / Jane Roe``);
sometimes the credit line comes first (``Mandatory Credit: Photo by …`` and
then the caption).

:func:`parse_caption` reads text that the caller says is a caption: it
returns a :class:`~newsparse.Caption` whenever the text has a word, with
``credit=None`` when no credit is printed. Where the credit starts and what
it says is the credit grammar of :mod:`newsparse._credits`; whether a block
of an article is a caption at all is decided by the article step
(:mod:`newsparse._caption_blocks`), by the block's shape and its credit.

The caption's own text is what remains without the credit, an opening
label (``Caption:``, ``FILE -``) and the separator before the credit; the
date and place the photo was taken are read from it, and a file photo is
flagged (``file photo``, ``FILE -``, ``(Archivbild)``, ``…, File)``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from . import _lexicon as lex
from ._credits import FoundCredit, find_credit
from ._lazy import LazyPattern
from ._text import clamp_window
from ._types import Caption, Credit, Span
from .dates import find_date, find_weekday
from .errors import check_text

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["LEAD_LABEL", "parse_caption"]

_LEAD_LABELS = lex.alternation(lex.caption_labels("lead"))
_FILE_OBJECTS = lex.alternation(lex.caption_labels("file"))
_FILE_MARKER_WORDS = tuple(
    sorted(word for word in lex.caption_words("marker") if lex.CAPTION_WORD_ROLE[word] == "file")
)
"""The marker words of an archive picture (``archivbild``, ``file photo``), folded."""

# A caption label that opens the block: ``Caption:``, ``Pictured:``,
# ``Photo:``, ``Bildunterschrift:`` or the wire services' ``FILE -`` /
# ``FILE PHOTO:``.
LEAD_LABEL = regex.compile(
    rf"""
    (?: (?i: {_LEAD_LABELS} ) \s* [:：]               # Caption:, Photo:
      | FILE (?: \s+ PHOTO )? \s* [:\-–—]          # FILE - / FILE PHOTO:
    )
    \s*                                            # the space after it
    """,
    regex.VERBOSE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]")

# ``file photo`` in the caption, or the wire services' ``FILE -`` opening.
_FILE_PHOTO = regex.compile(
    rf"""
    (?<! \p{{L}} ) (?i: file ) \s+ (?i: {_FILE_OBJECTS} ) (?! \p{{L}} )
    | (?<! \S ) FILE (?= \s* (?: PHOTO \s* )? [:\-–—] )  # FILE - In this …
    """,
    regex.VERBOSE,
)
# A marker word of an archive picture: ``(Archivbild)``, ``foto de archivo``;
# searched only when one is in the caption (a cheap test first).
_FILE_MARKER = regex.compile(rf"(?<!\p{{L}})(?i:{lex.alternation(_FILE_MARKER_WORDS)})(?!\p{{L}})")

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
_PLACE = LazyPattern(
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
    """Read ``text[start:end]``, which the caller says is a photo caption.

    >>> caption = parse_caption("Crowds in Kabul, August 19, 2021. (AP Photo/Jane Doe)")
    >>> caption.text, caption.credit.photographers, caption.credit.agencies
    ('Crowds in Kabul, August 19, 2021.', ('Jane Doe',), ('AP',))
    >>> parse_caption("Ein Zug fährt ein. Foto: Jana Novak/dpa").credit.raw
    'Foto: Jana Novak/dpa'
    >>> parse_caption("A dog sleeps on the steps.").credit is None
    True

    Args:
        text: The caller's string.
        start: Where the caption starts in ``text``.
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
        coordinates, whenever the window has a letter or a digit (``None``
        for a blank one); its ``credit`` is ``None`` when none is printed.
        Its ``people`` is ``()``: :func:`newsparse.parse_article` fills it
        from the people it finds in the whole article, and
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
    if s >= e or _WORD.search(text, s, e) is None:
        return None
    if year is None and published is not None:
        year = published.year
    lead = LEAD_LABEL.match(text, s, e)
    text_start = s if lead is None else lead.end()
    found = find_credit(text, s, e, lead=None if lead is None else text_start)
    return build_caption(text, (s, e), text_start, found, year=year, published=published)


def build_caption(
    text: str,
    block: tuple[int, int],
    text_start: int,
    found: FoundCredit | None,
    *,
    year: int | None = None,
    published: dt.date | None = None,
) -> Caption:
    """The caption of ``block`` (stripped), whose own text starts at
    ``text_start`` (after an opening label), with the credit ``found``.
    """
    e = block[1]
    when = _When(year, published)
    if found is None:
        return _caption(text, block, (text_start, e), None, when)
    parts = found.parts
    credit = Credit(
        raw=text[found.start : found.end],
        span=Span(start=found.start, end=found.end),
        photographers=parts.photographers,
        agencies=parts.agencies,
        contributors=parts.contributors,
    )
    if found.where == "lead":
        own = (found.text_start, e)
    else:
        # A label may be the credit's own (``Photo: Jane Doe``): no caption text.
        own = (min(text_start, found.text_end), found.text_end)
    caption = _caption(text, block, own, credit, when)
    if parts.file_photo and not caption.file_photo:
        caption = attrs.evolve(caption, file_photo=True)
    return caption


# --------------------------------------------------------------------------
# The caption's own text: date, place, file photo
# --------------------------------------------------------------------------


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
        file_photo=_FILE_PHOTO.search(text, s, t_end) is not None or _file_marker(text, s, t_end),
    )


def _file_marker(text: str, start: int, end: int) -> bool:
    """Whether a marker word of an archive picture is in ``text[start:end]``."""
    folded = text[start:end].casefold()
    if not any(word in folded for word in _FILE_MARKER_WORDS):
        return False
    return _FILE_MARKER.search(text, start, end) is not None


def _text_end(text: str, start: int, end: int) -> int:
    """Return where the caption's text ends.

    The space and a separator (``|``, ``/``, a dash) left before the credit
    are dropped.
    """
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - 1 > start and text[end - 1] in "|/-–—" and text[end - 2].isspace():
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return end
