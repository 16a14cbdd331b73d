"""Datelines: the place, and perhaps agency and date, that open a story.

:func:`parse_dateline` reads a dateline at the start of a window
(``KABUL, Afghanistan (AP) —``, ``LONDON, March 3 (Reuters) -``, ``FORT
BLISS, Texas (Army News Service, Sept. 27, 2015) --``, ``(Washington, D.C.)
--``, ``AL-AIN, United Arab Emirates 1996-12-06``). The record's ``raw``
stops before the trailing dash, as the annotated corpus does;
:func:`dateline_end` gives the offset where the body text after the dash
begins, so an article parser can split the dateline off its paragraph.

The rules, in the order they reject:

* the window must open (after blanks) with a capital letter or ``(``;
* the place is one to four comma-separated parts of capitalised words,
  followed by an optional date, an optional ``(agency)`` or ``(agency,
  date)`` or ``(date)``, and a dash (``-`` between blanks, ``--``, ``—``,
  ``–``; repeated dashes as in ``-- --`` are allowed). Without a dash a
  dateline must end with an ISO date (``1996-12-06``) or with its
  parenthesis at the end of the line (``SOUTHWEST ASIA (AFNS)``);
* the text after the dash must start like a sentence (a capital, a digit,
  a quotation mark or a bracket), so ``AP - the ...`` is not a dateline;
* a place whose first part is written in mixed case (``Washington, D.C.
  -``) must have a part known to a table (a city, a state, a region or a
  country);
  a place in capitals must start with a word of two letters or more
  (``U.S. - China talks`` is not a dateline), and a short capitals word
  alone (``NATO —``) must be known;
* a place whose first part is a stop word (``AP``, ``UPDATE``, ``US``) is
  rejected.

The place is split into ``city``, ``region`` and ``country`` with the tables
``place_cities.txt``, ``us_states.txt``, ``place_regions.txt`` and
``countries.txt``. ``city`` is the last part no table knows as a region or
country (``MARINE CORPS BASE, QUANTICO, Va.`` → ``Quantico``), title-cased
when written in capitals (``KABUL`` → ``Kabul``); ``place`` stays as
written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from . import _lexicon as lex
from ._lazy import LazyPattern
from ._types import Dateline, Span
from .dates import find_date, read_date
from .errors import check_text

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["dateline_end", "parse_dateline"]


# --- tables -----------------------------------------------------------------


@attrs.frozen
class _Where:
    """What a table says a place name is."""

    city: str | None
    region: str | None
    country: str | None


_UNITED_STATES = "United States"


def _cell(value: str) -> str | None:
    return None if value == "-" else value


_CITIES: dict[str, _Where] = {
    city.casefold(): _Where(city, _cell(region), _cell(country))
    for city, region, country in lex.CITY_ROWS
}
_STATES: dict[str, _Where] = {}
_POSTAL: dict[str, _Where] = {}
for _ap, _postal, _name in lex.US_STATE_ROWS:
    _STATES[_ap.casefold()] = _STATES[_name.casefold()] = _Where(None, _name, _UNITED_STATES)
    _POSTAL[_postal] = _Where(None, _name, _UNITED_STATES)
_REGIONS: dict[str, _Where] = {
    name.casefold(): _Where(None, region, _cell(country))
    for name, region, country in lex.REGION_ROWS
}
_COUNTRIES: dict[str, _Where] = {
    row[0].casefold(): _Where(None, None, row[-1]) for row in lex.COUNTRY_ROWS
}
_NEWS_ORGS = frozenset(lex.NEWS_ORGANIZATIONS)
"""Agencies a dateline may credit in lower case as they write themselves (``dpa``)."""


def _region_or_country(part: str) -> _Where | None:
    """What a part after the city is: a state, a region or a country."""
    if part in _POSTAL:
        return _POSTAL[part]
    key = part.casefold()
    return _STATES.get(key) or _REGIONS.get(key) or _COUNTRIES.get(key)


def _known(part: str, *, first: bool) -> _Where | None:
    if first:
        found = _CITIES.get(part.casefold())
        if found is not None:
            return found
    return _region_or_country(part)


# --- patterns ---------------------------------------------------------------

# One capitalised word of a place name, atomic (a word is never given back
# letter by letter, which keeps a failing match cheap). Bounded repetitions.
_WORD = r"""
    (?> (?: \p{Lu} \. ){2,4}                            # initials: D.C., N.Y.
      | \p{Lu} \. \p{Lu} \p{Ll}{1,3} \.                 # W.Va.
      | (?: [dl] ['’] )?                                # d'Ivoire
        \p{Lu} [\p{L}\p{M}'’]{0,30}                     # Kabul, KABUL, McLean
        (?: - [\p{L}\p{M}'’]{1,30} ){0,3}               # AL-AIN, Guinea-Bissau
        \.?                                             # Calif. / G.
    )
"""
# Small words inside a place name: Rio de Janeiro, Isle of Man.
_CONNECTORS = frozenset(lex.function_words("place_connector"))
_CONNECTOR = r"(?: \L<connectors> )"
# One comma-separated part: up to eight words, single spaces between them
# (``of the`` in ``Democratic Republic of the Congo``). Possessive: a part
# never gives back a word (a date after a place follows a comma, or is ISO).
_PART = rf"(?: {_WORD} (?: [ ] (?: {_CONNECTOR} [ ] ){{0,2}} {_WORD} ){{0,7}}+ )"
# One to four parts.
_PLACE = rf"(?: {_PART} (?: , [ ]{{0,2}} {_PART} ){{0,3}} )"

# Words where a dateline writes its date: read and checked by dates.read_date.
_DATE_WORDS = r"""
    (?: \d{4} - \d{2} - \d{2}                           # 1996-12-06
      | \p{Lu} \p{L}{2,8} \.? [ ]{1,2} \d{1,2} (?: st | nd | rd | th )?   # March 3, Feb. 10
        (?: ,? [ ]{1,2} \d{4} )?                        # , 2005
      | \d{1,2} [ ]{1,2} \p{Lu} \p{L}{2,8} \.? (?: [ ]{1,2} \d{4} )?      # 3 March 2021
    )
"""
# A dash that ends a dateline: ``--``, ``—``, ``–``, ``―``, or ``-`` between
# blanks; repeated (``-- --``).
_DASH = r"(?: -{2,3} | [—–―] | (?<= \s ) - (?= \s | \Z ) )"
# How the body after the dash may start: like a sentence, or not at all.
# A lower-case word (``- shares of …``) or a ticker tag (``- <ABCD.N>``)
# may follow an agency's dateline only (see ``_build``).
_BODY_START = r"""(?= \s* (?: \Z | [\p{Lu}\p{N}"“”‘’'(\[«„¿¡<] | (?P<lower> \p{Ll} ) ) )"""

_DATELINE = LazyPattern(
    rf"""
    (?P<raw>
      (?: \( (?P<pplace> {_PLACE} ) \)                    # (Washington, D.C.)
        | (?P<place> {_PLACE} )                           # KABUL, Afghanistan
          (?: (?: , [ ]{{1,2}} | [ ]{{1,2}} ) (?P<date> {_DATE_WORDS} ) )?   # , March 3
          (?: [ ]{{0,2}} \( (?P<paren> [^()\n]{{1,80}} ) \) )?               # (AP)
      )
    )
    (?:
      (?P<dash> [ \t]{{0,3}} {_DASH} (?: [ \t]{{0,3}} {_DASH} ){{0,3}} ) {_BODY_START}
    | (?P<bare> (?= [ \t]* (?: \r?\n | \Z ) ) | (?<= \d ) (?= \s ) )  # end of line / after ISO
    )
    """,
    regex.VERBOSE,
    connectors=sorted(_CONNECTORS),
)

# A first word in capitals of two letters or more (not ``U.S.``).
_CAPS_FIRST_WORD = regex.compile(r"\p{Lu}[\p{Lu}\p{M}'’-]+\.?(?:\s|$)")
_DIGIT = regex.compile(r"\d")
_ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}")
# The dash and blanks after a dateline, up to the body (atomic: no backtracking).
_TAIL = regex.compile(r"(?>\s*(?:-{1,3}|[—–―]))*+\s*+")
# The first character a dateline can start with.
_OPENING = regex.compile(r"\s*+[\p{Lu}(]")
# The cheap test before the full pattern: the run of capitalised words that
# opens the window must be followed by what follows a dateline's first part
# (a comma, a bracket, a dash, a date, the end of the line). Possessive
# throughout, so it never backtracks; a body sentence fails at its first
# lower-case word.
_HEAD = regex.compile(
    rf"""
    \(?                                                 # (Washington, D.C.)
    (?: [dl] ['’] )? \p{{Lu}} [\p{{L}}\p{{M}}'’.\-]*+      # the first word
    (?:
      [ ] (?: {_CONNECTOR} [ ] ){{0,2}}+                 # of the
      (?: [dl] ['’] )? \p{{Lu}} [\p{{L}}\p{{M}}'’.\-]*+    # the next capitalised word
    ){{0,7}}+                                           # eight words at most
    (?= [ \t]*+ (?: [,(—–―\d] | -- | - (?: \s | \Z ) | \) | \r?\n | \Z ) )
    """,
    regex.VERBOSE,
    connectors=sorted(_CONNECTORS),
)

_LOOKAHEAD = 400
"""How far into the window a dateline is looked for: its own length is far
less, so the cost of a call does not grow with the paragraph."""


def _title(words: str) -> str:
    """Title-case a place written in capitals: ``AL-AIN`` → ``Al-Ain``."""
    out = []
    for i, word in enumerate(words.split(" ")):
        lower = word.lower()
        if i and lower in _CONNECTORS:
            out.append(lower)
            continue
        chars = []
        cap = True
        for ch in lower:
            chars.append(ch.upper() if cap else ch)
            cap = ch in "-'’."
        out.append("".join(chars))
    return " ".join(out)


def _is_caps(part: str) -> bool:
    return part.upper() == part


def _split_agency(
    text: str, lo: int, hi: int, year: int | None
) -> tuple[str | None, dt.date | None, bool]:
    """Read the parenthesis ``text[lo:hi]`` as ``(agency, date, ok)``.

    ``(AP)`` is an agency; ``(Feb. 10, 2005)`` a date; ``(Army News
    Service, Sept. 27, 2015)`` both. ``ok`` is false when the parenthesis
    cannot be a dateline's (it starts in lower case and is no agency the
    table knows, as ``dpa`` is).
    """
    content = text[lo:hi].strip()
    agency: str | None = content
    date: dt.date | None = None
    found = find_date(content, year=year) if _DIGIT.search(content) else None
    if found is None:
        real = _DIGIT.search(content) is not None and read_date(content, year=year)[0]
        if real:  # a date without its year: ``(March 3)``
            return None, None, True
    elif not content[found.span.end :].strip(" ,."):
        agency = content[: found.span.start].strip(" ,;") or None
        date = found.date
    if agency is not None and not (
        agency[:1].isupper() or agency[:1].isdigit() or agency in _NEWS_ORGS
    ):
        return None, None, False
    return agency, date, True


def parse_dateline(
    text: str, *, start: int = 0, end: int | None = None, year: int | None = None
) -> Dateline | None:
    """Return the dateline that opens ``text[start:end]``, or ``None``.

    The dateline is looked for at the start of the window, after leading
    blanks. ``raw`` and ``span`` stop before the trailing dash
    (``MISAWA AIR BASE, Japan (AFNS) --`` → ``MISAWA AIR BASE, Japan
    (AFNS)``); use :func:`dateline_end` for where the body begins. A date
    written without a year (``LONDON, March 3``) takes ``year``; without it
    the date is ``None``.
    """
    text = check_text(text, "text")
    size = len(text)
    lo = max(0, min(start, size)) if start >= 0 else max(0, size + start)
    hi = size if end is None else (max(0, min(end, size)) if end >= 0 else max(0, size + end))
    if hi <= lo:
        return None
    first_char = text[lo]
    if first_char.isascii() and not (
        "A" <= first_char <= "Z" or first_char == "(" or first_char in " \t\n\x0b\x0c\r"
    ):
        return None  # what _OPENING rejects, without a pattern call (a quote, a digit)
    opening = _OPENING.match(text, lo, hi)
    if opening is None:  # the cheap rejection: no capital or bracket first
        return None
    first = opening.end() - 1
    if _HEAD.match(text, first, min(hi, first + _LOOKAHEAD)) is None:
        return None
    window = text[first : min(hi, first + _LOOKAHEAD)]
    if len(window) == _LOOKAHEAD and first + _LOOKAHEAD < hi:
        # the window was cut: let "end of text" mean "more text follows"
        window += " X"
    m = _DATELINE.match(window)
    if m is None:
        return None
    return _build(text, first, m, year)


def _build(text: str, offset: int, m: regex.Match[str], year: int | None) -> Dateline | None:
    """Check a match of :data:`_DATELINE` against the tables; make the record."""
    groups = m.groupdict()
    paren = groups["paren"]
    date_words = groups["date"]
    if (
        groups["bare"] is not None
        and paren is None
        and groups["pplace"] is None
        and (date_words is None or not _ISO_DATE.fullmatch(date_words))
    ):
        return None  # no dash: only ``PLACE 1996-12-06`` or ``PLACE (AGENCY)``
    place = groups["pplace"] or groups["place"] or ""
    parts = [part.strip() for part in place.split(",")]
    head = parts[0]
    caps = _is_caps(head)
    if caps and not _CAPS_FIRST_WORD.match(head):
        return None  # U.S. - China talks
    known = [_known(part, first=i == 0) for i, part in enumerate(parts)]
    any_known = any(where is not None for where in known)
    if not caps and not any_known:
        return None  # The Taliban — who …
    if head.casefold() in lex.PLACE_STOPWORDS:
        return None  # AP - The agency …
    short_alone = len(parts) == 1 and caps and len(head) <= 4
    if short_alone and not any_known and date_words is None and paren is None:
        return None  # NATO —, CIA —: a short word alone must be known
    date: dt.date | None = None
    agency: str | None = None
    month_day: tuple[int, int] | None = None
    if date_words is not None:
        real, date = read_date(date_words, year=year)
        if not real:
            return None
        month_day = _month_day(date_words)
    if paren is not None:
        lo, hi = m.span("paren")
        agency, paren_date, ok = _split_agency(m.string, lo, hi, year)
        if not ok:
            return None
        date = date or paren_date
        if month_day is None and _DIGIT.search(m.string, lo, hi):
            month_day = _month_day(m.string[lo:hi].strip())
    if groups["lower"] is not None and agency is None:
        return None  # London - the …: only an agency's dateline opens so
    city, region, country = _split_place(parts, known)
    raw_start, raw_end = m.span("raw")
    raw_start += offset
    raw_end += offset
    return Dateline(
        raw=text[raw_start:raw_end],
        span=Span(start=raw_start, end=raw_end),
        place=place,
        city=city,
        region=region,
        country=country,
        date=date,
        agency=agency,
        month=month_day[0] if month_day else None,
        day=month_day[1] if month_day else None,
    )


_LEAP_YEAR = 2000
"""A year in which every month and day a dateline may write exists (29 February)."""


def _month_day(words: str) -> tuple[int, int] | None:
    """The month and day of the date ``words`` write, with or without a year:
    read in a leap year when none is written, so ``Feb. 29`` is one too.
    """
    found = find_date(words, year=_LEAP_YEAR)
    return None if found is None else (found.date.month, found.date.day)


def _split_place(
    parts: list[str], known: list[_Where | None]
) -> tuple[str | None, str | None, str | None]:
    """City, region and country of a place's parts (see the module doc)."""
    city: str | None = None
    region: str | None = None
    country: str | None = None
    for part, where in zip(parts, known, strict=True):
        if where is None:
            city = _title(part) if _is_caps(part) else part
            continue
        if where.city is not None:
            city = where.city
        if where.region is not None:
            region = where.region
        if where.country is not None:
            country = where.country
    return city, region, country


def dateline_end(text: str, dateline: Dateline, *, end: int | None = None) -> int:
    """Return the offset where the body after ``dateline`` begins.

    That is past the trailing dash (or dashes, ``-- --``) and the blanks
    after it, never past ``end``: for ``KABUL, Afghanistan (AP) — The
    Taliban…`` it is the offset of ``The``. A dateline without a dash
    (``AL-AIN, United Arab Emirates 1996-12-06``) ends after its blanks.
    """
    text = check_text(text, "text")
    size = len(text)
    stop = size if end is None else max(0, min(end, size))
    pos = min(dateline.span.end, stop)
    tail = _TAIL.match(text, pos, stop)
    return tail.end() if tail is not None else pos
