"""Dates in news text: compiled patterns first, dateparser as the fallback.

:func:`find_date` returns the first date written in a window of the text.
The common English forms are read by the compiled patterns below
(``August 19, 2021``, ``AUGUST 19, 2021``, ``Aug. 19, 2021``, ``Sept 27
2015``, ``19 August 2021``, ``August 19th, 2021``, ``Thursday, February 23,
2006``, ``2021-08-19``, ``19.08.2021``). Dates in German, French, Spanish,
Italian, Portuguese and Dutch (``19. August 2021``, ``3 mars 2021``, ``3 de
marzo de 2021``) are *located* by a pattern built from a month-name table
and then read by :mod:`dateparser` on the located words only, behind a
cache: dateparser costs about 2 ms a call, so it never sees a whole line.

What is deliberately not a date: a day and month without a year when the
caller gives no ``year`` (``March 3``), impossible dates (``February 30,
2021``), numbers separated by slashes (``9/11``, ``24/7``, ``8/19/2021``:
the day/month order is ambiguous), phone numbers, ``No. 1``, ``F-35``, and
month names in lower case (``may`` is a verb).

:func:`parse_date_line` reads a line that is a date plus date-line furniture
and nothing else (``Updated on: August 19, 2021 / 11:02 AM / CBS News``).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

import attrs
import regex

from . import _lexicon as lex
from ._date_lines import MAX_LINE, read_date_line
from ._lazy import LazyPattern
from ._text import clamp_window
from ._types import DateLine, Span
from .errors import check_text

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["DateMatch", "find_date", "find_weekday", "parse_date_line", "read_date"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found in text, with the span of the words that wrote it.

    The span covers a weekday written before the date (``Thursday, February
    23, 2006``) and a day ordinal (``19th``).
    """

    date: dt.date
    span: Span


# --- tables -----------------------------------------------------------------

_NAMED_LISTS: dict[str, list[str]] = {
    "month": lex.title_and_upper(lex.MONTH_NUMBER),
    "weekday": lex.title_and_upper(lex.WEEKDAY_NUMBER),
}

# --- patterns ---------------------------------------------------------------

# A year news text is likely to mean: 1800-2199 (so ``August 2, 1200
# troops`` is not read as a year).
_YEAR = r"(?:1[89]|2[01])\d{2}"

# The date forms, as one alternation tried at each position from left to
# right, so the first date written wins. Every repetition is bounded and the
# alternatives start with disjoint tokens, so the search is linear.
_DATE_PATTERN = rf"""
    (?<! [\p{{L}}\p{{N}}] )                              # not inside a word or number
    (?:
      (?P<iso>                                          # 2021-08-19, 2021-08-19T10:00
        (?<! [\p{{N}}./-] )
        (?P<iso_y> {_YEAR} ) - (?P<iso_m> [01]\d ) - (?P<iso_d> [0-3]\d )
        (?! \p{{N}} | -\p{{N}} )
      )
    | (?P<num>                                          # 19.08.2021 (day first)
        (?<! [\p{{N}}.] )
        (?P<num_d> [0-3]?\d ) \. (?P<num_m> [01]?\d ) \. (?P<num_y> {_YEAR} )
        (?! \p{{N}} | \.\p{{N}} )
      )
    | (?P<eng>
        (?: (?= \p{{Lu}} ) (?P<wd> \L<weekday> ) \.? ,? \s{{1,3}} )?   # Thursday,
        (?:
          (?= \p{{Lu}} ) (?P<mdy_m> \L<month> ) (?: \. | (?! \p{{L}} ) )  # August / Aug.
          \s{{0,3}} (?P<mdy_d> \d{{1,2}} )                # 19
          (?: st | nd | rd | th )?                      # 19th
          (?! \p{{L}} | \p{{N}} )
          (?: ,? \s{{0,3}} (?P<mdy_y> {_YEAR} ) )?       # , 2021
        | (?P<dmy_d> \d{{1,2}} ) (?: st | nd | rd | th )?  # 19 / 19th
          \s{{1,3}} (?: of \s{{1,3}} )?                   # of
          (?= \p{{Lu}} ) (?P<dmy_m> \L<month> ) (?: \. | (?! \p{{L}} ) )  # August / Aug.
          (?: ,? \s{{1,3}} (?P<dmy_y> {_YEAR} ) )?        # 2021
        )
        (?! \p{{N}} | [:/.]\p{{N}} )                    # not 19:30, 19/8, 2021.5
      )
    | (?P<other>                                        # located here, read by dateparser
        (?:
          (?P<o_d> \d{{1,2}} ) (?: \. | er | º | ° )? \s{{1,3}}   # 3 / 19. / 1er
          (?: de \s{{1,3}} )?                            # de
          (?P<o_m> \p{{L}}{{3,10}}+ ) \.?                # mars / marzo / März (a table word)
          (?: ,? \s{{1,3}} (?: de \s{{1,3}} )? (?P<o_y> {_YEAR} ) )?   # de 2021
        | (?P<o_d> \d{{1,2}} ) \. \s{{1,3}} (?= \p{{Lu}} ) (?P<o_m> \L<month> )   # 19. August
          (?: \s{{1,3}} (?P<o_y> {_YEAR} ) )?
        | (?P<o_m> \p{{L}}{{3,10}}+ ) \s{{1,3}}           # marzo 3, 2021 (a table word)
          (?P<o_d> \d{{1,2}} ) ,? \s{{1,3}} (?P<o_y> {_YEAR} )
        )
        (?! \p{{L}} | \p{{N}} )
      )
    )
"""
_DATE = LazyPattern(
    _DATE_PATTERN,
    regex.VERBOSE,
    month=_NAMED_LISTS["month"],
    weekday=_NAMED_LISTS["weekday"],
)

# Every date holds a run of digits: the pattern is only tried near one.
_DIGITS = regex.compile(r"\d+")
_LONGEST_WORD = max(map(len, [*lex.MONTH_NUMBER, *lex.OTHER_MONTH_NUMBER, *lex.WEEKDAY_NUMBER]))

_MAX_FALLBACKS = 4
"""At most this many dateparser readings per call: text crafted to hold
thousands of foreign dates dateparser rejects must not cost seconds."""

# A weekday written as a day of the past week: ``on Tuesday``, ``last
# Friday``, ``Tuesday``. Only the full names (``Sun`` and ``Sat`` are words).
_RELATIVE_WEEKDAY = regex.compile(
    r"""
    (?<! [\p{L}\p{N}] )                               # a word starts here
    (?: (?P<last> (?i: last ) ) \s{1,3} )?              # last
    (?P<wd> \L<weekday> )                               # Tuesday / TUESDAY
    (?! [\p{L}\p{N}] )                                 # a word ends here
    """,
    regex.VERBOSE,
    weekday=lex.title_and_upper(lex.WEEKDAYS),
)

# --- dateparser, lazily -----------------------------------------------------

_DATEPARSER_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["absolute-time"],  # no "yesterday", no timestamps
    "REQUIRE_PARTS": ["day", "month", "year"],  # a month and year alone is not a date
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",  # the other languages write the day first
    "PREFER_LOCALE_DATE_ORDER": True,
    "STRICT_PARSING": True,
}


@functools.cache
def _dateparser() -> Any:
    """The one :class:`dateparser.date.DateDataParser`, built on first need.

    Importing dateparser takes ~70 ms, so it is not done at import time.
    """
    from dateparser.date import DateDataParser  # noqa: PLC0415 - lazy on purpose

    return DateDataParser(
        languages=list(_DATEPARSER_LANGUAGES),
        settings=dict(_DATEPARSER_SETTINGS),
    )


@functools.lru_cache(maxsize=2048)
def _dateparser_read(words: str) -> dt.date | None:
    """Read ``words`` (a located date, never a whole line) with dateparser."""
    try:
        data = _dateparser().get_date_data(words)
    except Exception:  # noqa: BLE001 - a third-party parser must not crash ours
        return None
    found = getattr(data, "date_obj", None)
    if not isinstance(found, dt.datetime):
        return None
    return found.date()


# --- reading a match --------------------------------------------------------


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _possible(month: int, day: int) -> bool:
    """Whether ``day`` exists in ``month`` in some year (Feb 29 does)."""
    return 1 <= month <= 12 and _make(2000, month, day) is not None


def _read(
    m: regex.Match[str], year: int | None, *, fallback: bool = True
) -> tuple[bool, dt.date | None]:
    """Read a match of :data:`_DATE`.

    ``fallback=False`` passes over a date in another language instead of
    asking dateparser.

    Returns ``(real, date)``: ``real`` says the words write a possible date
    (not February 30); ``date`` is ``None`` when the year is neither written
    nor given, or when the date is impossible.
    """
    if m["iso"] is not None:
        found = _make(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        return found is not None, found
    if m["num"] is not None:
        found = _make(int(m["num_y"]), int(m["num_m"]), int(m["num_d"]))
        return found is not None, found
    if m["eng"] is not None:
        if m["mdy_m"] is not None:
            month = lex.MONTH_NUMBER[m["mdy_m"].casefold()]
            day = int(m["mdy_d"])
            written = m["mdy_y"]
        else:
            month = lex.MONTH_NUMBER[m["dmy_m"].casefold()]
            day = int(m["dmy_d"])
            written = m["dmy_y"]
        if not _possible(month, day):
            return False, None
        if written is None and year is None:
            return True, None
        found = _make(int(written) if written is not None else year or 0, month, day)
        return found is not None, found
    # another language: check the day against the month, then let
    # dateparser read the located words
    month = _other_month(m)
    if not _possible(month, int(m["o_d"])):
        return False, None
    if not fallback:
        return False, None
    words = m["other"]
    if m["o_y"] is None:
        if year is None:
            return True, None
        words = f"{words} {year}"
    found = _dateparser_read(words)
    return found is not None, found


def _other_month(m: regex.Match[str]) -> int:
    """The month of a date in another language, 0 when the word is none.

    The pattern takes any word where the month goes (a named list of 200
    words is slow to try at every digit); the table decides here.
    """
    word = m["o_m"].casefold()
    return lex.OTHER_MONTH_NUMBER.get(word) or lex.MONTH_NUMBER.get(word, 0)


def _word_before(window: str, i: int, *, comma: bool) -> tuple[int, str]:
    """Return the start of the word before ``window[i]``, and the word.

    Up to three blanks, a comma (when ``comma``) and a period are skipped
    between the word and ``i``.
    """
    j = i
    while j > 0 and i - j < 3 and window[j - 1].isspace():
        j -= 1
    if comma and j > 0 and window[j - 1] == ",":
        j -= 1
    if j > 0 and window[j - 1] == ".":
        j -= 1
    k = j
    while k > 0 and j - k <= _LONGEST_WORD and window[k - 1].isalpha():
        k -= 1
    return k, window[k:j]


def _starts(window: str) -> Iterator[int]:
    """Yield, in order, the offsets where a date can start.

    Every date holds a run of digits and starts at it, at the month word
    before it (``August 19``, ``marzo 3``) or at a weekday before those
    (``Thursday, February 23``).

    Trying the date pattern only there is the same as searching with it at
    every position, and many times cheaper on text with few digits.
    """
    for run in _DIGITS.finditer(window):
        digit = run.start()
        word_start, word = _word_before(window, digit, comma=False)
        key = word.casefold()
        if key in lex.MONTH_NUMBER or key in lex.OTHER_MONTH_NUMBER:
            day_start, day = _word_before(window, word_start, comma=True)
            if day.casefold() in lex.WEEKDAY_NUMBER:
                yield day_start
            yield word_start
        else:
            day_start, day = _word_before(window, digit, comma=True)
            if day.casefold() in lex.WEEKDAY_NUMBER:  # Thursday, 19 August
                yield day_start
        yield digit


def _first_date(window: str, year: int | None) -> tuple[regex.Match[str], dt.date] | None:
    fallbacks = 0
    done = 0  # a date cannot start inside one already read
    for pos in _starts(window):
        if pos < done:
            continue
        m = _DATE.match(window, pos)
        if m is None or (m["other"] is not None and not _other_month(m)):
            continue
        done = m.end()
        if m["other"] is not None:
            fallbacks += 1
        real, found = _read(m, year, fallback=fallbacks <= _MAX_FALLBACKS)
        if real and found is not None:
            return m, found
    return None


def read_date(text: str, *, year: int | None = None) -> tuple[bool, dt.date | None]:
    """Read ``text`` when the whole of it writes one date.

    Returns ``(is_date, date)``: ``is_date`` is true when the words form a
    possible date (``March 3``, ``Feb. 10, 2005``); ``date`` is ``None``
    when the year is neither written nor given. Used by the dateline parser
    on the words a dateline holds where a date goes.
    """
    text = check_text(text, "text")
    m = _DATE.fullmatch(text)
    if m is None:
        return False, None
    return _read(m, year)


def find_date(
    text: str, *, start: int = 0, end: int | None = None, year: int | None = None
) -> DateMatch | None:
    """Return the first date written in ``text[start:end]``, or ``None``.

    Offsets are in the caller's coordinates, and the window is read as if it
    were the whole text (a date at its start is found even when a letter
    precedes it outside the window). ``year`` completes a date written
    without one (``March 3``); without ``year`` such a date is passed over
    and the search goes on. Impossible dates (``February 30, 2021``) are
    passed over too.
    """
    text = check_text(text, "text")
    lo, hi = clamp_window(len(text), start, end)
    found = _first_date(text[lo:hi], year)
    if found is None:
        return None
    m, date = found
    return DateMatch(date=date, span=Span(start=lo + m.start(), end=lo + m.end()))


def find_weekday(
    text: str, *, start: int = 0, end: int | None = None, published: dt.date
) -> DateMatch | None:
    """Return the first weekday in ``text[start:end]`` as a date of the past week.

    AP style: a weekday in a story means a day within the week before it was
    published. ``Tuesday`` and ``on Tuesday`` are the most recent Tuesday on
    or before ``published``; ``last Tuesday`` the most recent one before it
    (a week earlier when ``published`` is itself a Tuesday). Only full
    weekday names count, in Title case or capitals. The span covers
    ``last`` and the weekday. Use :func:`find_date` first: a date written
    out wins over a weekday.
    """
    text = check_text(text, "text")
    lo, hi = clamp_window(len(text), start, end)
    m = _RELATIVE_WEEKDAY.search(text, lo, hi)
    if m is None:
        return None
    back = (published.weekday() - lex.WEEKDAY_NUMBER[m["wd"].casefold()]) % 7
    if back == 0 and m["last"] is not None:
        back = 7
    return DateMatch(
        date=published - dt.timedelta(days=back), span=Span(start=m.start(), end=m.end())
    )


def parse_date_line(text: str, *, start: int = 0, end: int | None = None) -> DateLine | None:
    """Read ``text[start:end]`` as a date line, or return ``None``.

    A date line is a short line that is mostly a date: one date with its
    year, in any language dateparser knows (``August 19, 2021``,
    ``Dienstag, 27. August 2024``, ``19.08.2021``, ``2 de diciembre de
    2024``, ``8 января 2026``, ``2021年8月19日``, ``2021년 8월 19일``), and
    around it only date-line furniture: a label (``Published``,
    ``Updated on:``, ``Veröffentlicht am``, ``Publié le``, ``For Immediate
    Release:``, ``Today:``), weekdays, clock times (``11:02 AM EDT``,
    ``13:38 Uhr``, ``à 16h00``, ``07.00 BST``), separators (``/ | · - —``,
    commas) and at most a short trailing outlet or site name after a
    separator (``/ CBS News``). A second, labelled date may follow
    (``Published … | Updated …``: ``updated``). A sentence that contains a
    date is not a date line.

    ``raw`` is the window without its leading and trailing blanks; ``label``
    is ``"published"``, ``"updated"``, ``"today"`` (the day the page was
    viewed, not a publication date) or ``None``; ``time`` and ``timezone``
    are those printed with the date (``timezone`` as written: ``BST``,
    ``GMT+2``, ``+02:00``). The rule is in :mod:`newsparse._date_lines`.

    >>> line = parse_date_line("Publié le 19 août 2021 à 16h00")
    >>> line.date, line.time, line.label
    (datetime.date(2021, 8, 19), datetime.time(16, 0), 'published')
    """
    text = check_text(text, "text")
    lo, hi = clamp_window(len(text), start, end)
    window = text[lo:hi]
    stripped = window.strip()
    if not stripped or len(stripped) > MAX_LINE or not _DIGITS.search(stripped):
        return None
    first = lo + len(window) - len(window.lstrip())
    read = read_date_line(stripped)
    if read is None:
        return None
    updated_span = read.updated_span
    return DateLine(
        raw=stripped,
        span=Span(start=first, end=first + len(stripped)),
        date=read.date,
        date_span=Span(start=first + read.date_span[0], end=first + read.date_span[1]),
        time=read.time,
        label=read.label,  # type: ignore[arg-type]
        timezone=read.timezone,
        updated=read.updated,
        updated_span=(
            None
            if updated_span is None
            else Span(start=first + updated_span[0], end=first + updated_span[1])
        ),
        updated_time=read.updated_time,
    )
