"""Dates as the news writes them, and :func:`date_lines`."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from newsparse._types import DateLine, Span

from ._render import Rendered, _Builder
from ._vocabulary import _AP_MONTHS, _WEEKDAYS

_DATES = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2035, 12, 31))


@st.composite
def _date_words(draw: st.DrawFn, day: datetime.date) -> str:
    """``day`` written in one of the common English forms."""
    month = day.strftime("%B")
    form = draw(st.sampled_from(("mdy", "MDY", "ap", "dmy", "iso", "weekday")))
    if form == "mdy":
        return f"{month} {day.day}, {day.year}"
    if form == "MDY":
        return f"{month.upper()} {day.day}, {day.year}"
    if form == "ap":
        return f"{_AP_MONTHS.get(day.month, month)} {day.day}, {day.year}"
    if form == "dmy":
        return f"{day.day} {month} {day.year}"
    if form == "iso":
        return day.isoformat()
    return f"{_WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}"


@st.composite
def _date_lines(draw: st.DrawFn) -> Rendered[DateLine]:
    day = draw(_DATES)
    words = draw(_date_words(day))
    style = draw(st.sampled_from(("bare", "published", "updated", "updated_full")))
    out = _Builder()
    label: str | None = None
    time = None
    if style == "published":
        out.add("Published ")
        label = "published"
    elif style in {"updated", "updated_full"}:
        out.add("Updated on: ")
        label = "updated"
    date_span = out.add(words)
    if style == "updated_full":
        hour = draw(st.integers(1, 12))
        minute = draw(st.integers(0, 59))
        half = draw(st.sampled_from(("AM", "PM")))
        out.add(f" / {hour}:{minute:02d} {half} / CBS News")
        time = datetime.time(hour % 12 + (12 if half == "PM" else 0), minute)
    text = out.text()
    truth = DateLine(
        raw=text,
        span=Span(start=0, end=len(text)),
        date=day,
        date_span=date_span,
        time=time,
        label=label,  # type: ignore[arg-type]
    )
    return Rendered(text=text, truth=truth)


def date_lines() -> st.SearchStrategy[Rendered[DateLine]]:
    """A publication date line and its :class:`~newsparse.DateLine`.

    Dates in common English forms (``AUGUST 19, 2021``, ``Aug. 19, 2021``,
    ``19 August 2021``, ``2021-08-19``, ``Thursday, August 19, 2021``),
    bare or labelled (``Published …``, ``Updated on: … / 11:02 AM / CBS
    News``)::

        Rendered(text='Updated on: August 19, 2021',
                 truth=DateLine(raw='Updated on: August 19, 2021', span=Span(start=0, end=27),
                                date=datetime.date(2021, 8, 19),
                                date_span=Span(start=12, end=27), label='updated'))

    ``newsparse.dates.parse_date_line(example.text) == example.truth``.
    """
    return _date_lines()
