"""Dates in news text: compiled patterns first, dateparser as the fallback.

PLACEHOLDER: the interface below is fixed; the implementation is being
written (issue 2). ``find_date`` must stay cheap: a compiled regex locates
the date, and only an unusual form reaches dateparser.
"""

from __future__ import annotations

import datetime

import attrs
import regex

from ._types import Span

__all__ = ["DateMatch", "find_date"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found in text, with the span of the words that wrote it."""

    date: datetime.date
    span: Span


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_SIMPLE = regex.compile(
    r"(?i:\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
    r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b"
)


def find_date(
    text: str, *, start: int = 0, end: int | None = None, year: int | None = None
) -> DateMatch | None:
    """Return the first date written in ``text[start:end]``, or ``None``.

    Offsets are in the caller's coordinates. ``year`` completes a date
    written without one (``March 3``).
    """
    del year
    m = _SIMPLE.search(text, start, len(text) if end is None else end)
    if m is None:
        return None
    try:
        d = datetime.date(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None
    return DateMatch(date=d, span=Span(start=m.start(), end=m.end()))
