"""Wire datelines: :func:`datelines`."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import strategies as st

from newsparse import _lexicon as lex
from newsparse._types import Dateline, Span

from ._dates import _DATES
from ._render import Rendered, _Builder
from ._vocabulary import (
    _AP_MONTHS,
    _CITIES,
    _CITY_COUNTRY,
    _DATELINE_AGENCIES,
    _FILLERS,
    _NEWS_ORG_SET,
    _US_TOWNS,
    _cell,
    _sample,
)


@attrs.frozen
class _Place:
    written: str
    city: str | None
    region: str | None
    country: str | None
    bracketed: bool = False


_BASES: tuple[tuple[str, str | None, str], ...] = (
    ("Misawa Air Base", None, "Japan"),
    ("Spangdahlem Air Base", None, "Germany"),
    ("Fort Bliss", "Texas", "United States"),
    ("Fort Collins", "Colorado", "United States"),
)
"""Military bases and forts, datelined with a country or a spelled-out state."""
_REGION_ROWS = {row[0]: (row[1], _cell(row[2])) for row in lex.REGION_ROWS}
_PROVINCE_TOWNS: tuple[tuple[str, str, str], ...] = tuple(
    (town, province, _REGION_ROWS[province][1] or "")
    for town, province in (
        ("Kingston", "Ontario"),
        ("Red Deer", "Alberta"),
        ("Geelong", "Victoria"),
        ("Townsville", "Queensland"),
    )
    if province in _REGION_ROWS
)
"""Towns datelined with their province or state outside the US (``KINGSTON, Ontario``)."""
_AREAS = tuple(area for area in ("Southwest Asia", "Middle East") if area in _REGION_ROWS)
"""World areas datelined alone (``SOUTHWEST ASIA (AFNS) --``)."""
_POSTAL = {ap: postal for ap, postal, _full in lex.US_STATE_ROWS}


@st.composite
def _places(draw: st.DrawFn) -> _Place:
    form = draw(
        st.sampled_from(
            ("city", "city_country", "us_town", "bracketed", "base", "province", "area")
        )
    )
    caps = draw(st.booleans())  # drawn for every form, so that shrinking prefers "city"
    if form == "city":
        city, region, country = draw(_sample(_CITIES))
        return _Place(city.upper() if caps else city, city, region, country)
    if form == "city_country":
        city, country = draw(_sample(_CITY_COUNTRY))
        return _Place(f"{city.upper()}, {country}", city, None, country)
    if form == "bracketed":  # (Nairobi, Kenya) --
        city, country = draw(_sample(_CITY_COUNTRY))
        return _Place(f"{city}, {country}", city, None, country, bracketed=True)
    if form == "base":
        base, state, country = draw(_sample(_BASES))
        return _Place(f"{base.upper()}, {state or country}", base, state, country)
    if form == "province":
        town, province, country = draw(_sample(_PROVINCE_TOWNS))
        return _Place(f"{town.upper()}, {province}", town, province, country)
    if form == "area":
        area = draw(_sample(_AREAS))
        return _Place(area.upper(), None, area, _REGION_ROWS[area][1])
    town, ap, full = draw(_sample(_US_TOWNS))
    state = _POSTAL[ap] if draw(st.booleans()) else ap  # SANTA CRUZ, Calif. / CA
    return _Place(f"{town.upper()}, {state}", town, full, "United States")


_DATELINE_SERVICES = tuple(name for name in ("AFNS", "Army News Service") if name in _NEWS_ORG_SET)
"""Government news services that credit datelines as agencies do."""


@st.composite
def _datelines(draw: st.DrawFn, year: int | None) -> Rendered[Dateline]:
    place = draw(_places())
    out = _Builder()
    out.add(f"({place.written})" if place.bracketed else place.written)
    date = None
    where = draw(st.sampled_from(("none", "after", "full", "brackets", "iso")))
    if place.bracketed:  # a place in brackets takes no date nor agency
        where = "none"
    if where == "after" and year is not None:  # LONDON, March 3 (Reuters) -
        day = draw(st.dates(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
        month = draw(st.sampled_from((day.strftime("%B"), _AP_MONTHS.get(day.month, ""))))
        out.add(f", {month or day.strftime('%B')} {day.day}")
        date = day
    full = draw(_DATES)  # for the forms with a year
    if where in {"full", "brackets", "iso"}:
        date = full
    month = full.strftime("%B")
    if where == "full":  # GENEVA, 3 March 2021 (Reuters) -
        out.add(
            draw(
                st.sampled_from(
                    (f", {month} {full.day}, {full.year}", f", {full.day} {month} {full.year}")
                )
            )
        )
    agency = draw(st.none() | _sample(_DATELINE_AGENCIES + _DATELINE_SERVICES))
    if place.city is None and agency is None:  # a world area goes with a service
        agency = draw(_sample(_DATELINE_SERVICES or _DATELINE_AGENCIES))
    if place.bracketed or where == "iso":
        agency = None
    if where == "iso":  # AL-AIN, United Arab Emirates 1996-12-06, a line of its own
        out.add(f" {full.isoformat()}")
    if where == "brackets":  # (Army News Service, Sept. 27, 2015), (Feb. 10, 2005)
        written = f"{_AP_MONTHS.get(full.month, month)} {full.day}, {full.year}"
        out.add(f" ({agency}, {written})" if agency else f" ({written})")
    elif agency is not None:
        out.add(f" ({agency})")
    raw = out.text()
    span = Span(start=0, end=len(raw))
    dash = draw(st.sampled_from((" — ", " - ", " -- ", " – ")))
    out.add("\n" if where == "iso" else dash)
    out.add(draw(_sample(_FILLERS)))
    truth = Dateline(
        raw=raw,
        span=span,
        place=place.written,
        city=place.city,
        region=place.region,
        country=place.country,
        date=date,
        agency=agency,
        month=date.month if date else None,
        day=date.day if date else None,
    )
    return Rendered(text=out.text(), truth=truth)


def datelines(*, year: int | None = None) -> st.SearchStrategy[Rendered[Dateline]]:
    """A paragraph opened by a wire dateline, and the :class:`~newsparse.Dateline`.

    Styles: ``PARIS (AFP) -``, ``KABUL, Afghanistan (AP) —``, ``SANTA
    CRUZ, Calif. --`` and ``DAYTON, OH -`` (AP or postal state), ``KINGSTON,
    Ontario`` (a province), ``MISAWA AIR BASE, Japan (AFNS) --`` (a base),
    ``SOUTHWEST ASIA (AFNS) --`` (a world area), ``Washington –`` (a city
    the tables know, in mixed case), ``(Nairobi, Kenya) --`` (in brackets);
    a full date after the place (``GENEVA, 3 March 2021 (Reuters) -``),
    inside the brackets (``FORT BLISS, Texas (Army News Service, Sept. 27,
    2015) --``, ``PARIS (Feb. 10, 2005) --``) or in ISO form ending the
    line (``NAIROBI, Kenya 2015-03-03`` and the story on the next line);
    and, when ``year`` is given, a date without a year (``LONDON, March 3
    (Reuters) -``) whose truth is in that year::

        Rendered(text='KABUL, Afghanistan (AP) — The vote is expected next week.',
                 truth=Dateline(raw='KABUL, Afghanistan (AP)', span=Span(start=0, end=23),
                                place='KABUL, Afghanistan', city='Kabul',
                                country='Afghanistan', agency='AP'))

    ``parse_dateline(example.text, year=year) == example.truth``.
    """
    return _datelines(year)
