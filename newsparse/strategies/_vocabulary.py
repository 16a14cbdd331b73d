"""The tables the strategies draw from, chosen from newsparse's own.

The names and sentences the strategies write are the table
``newsparse/_data/strategy_vocabulary.txt``, read through
:func:`newsparse._lexicon.strategy_words`. Names are curated for realism and
variety (cultures, particles, diacritics, apostrophes) and kept only where
newsparse's own name tables list them, so the parsers are tested on names
they are meant to know.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st

from newsparse import _lexicon as lex
from newsparse._names import title_case_name

U = TypeVar("U")


def _cell(value: str) -> str | None:
    return None if value == "-" else value


_GIVEN_SET, _FAMILY_SET = lex.name_tables_as_written()

_GIVEN = tuple(name for name in lex.strategy_words("given") if name in _GIVEN_SET)
_FAMILY_PLAIN = tuple(name for name in lex.strategy_words("family") if name in _FAMILY_SET)
_FEMALE = frozenset(lex.strategy_words("female"))
"""Given names the strategies refer back to with ``she`` (the others with ``he``)."""
_PARTICLES = lex.PARTICLES
_FAMILY_PARTICLE: tuple[str, ...] = tuple(
    name
    for name in ("van der Berg", "de la Fuente", "da Silva", "van Dijk", "dos Santos")
    if all(word in _PARTICLES for word in name.split()[:-1])
)
"""Surnames with particles (``van der Berg``): names from many cultures."""

_CAPS_SAFE_GIVEN = tuple(n for n in _GIVEN if title_case_name(n.upper()) == n)
_CAPS_SAFE_FAMILY = tuple(
    n for n in _FAMILY_PLAIN + _FAMILY_PARTICLE if title_case_name(n.upper()) == n
)
"""Names that survive ALL CAPS: title-casing ``JOHN MCDONALD`` gives them back."""

_NEWS_ORGS = ("Associated Press", "Reuters", "AFP", "CNN", "BBC", "Bloomberg", "NPR")
_WIRE_AGENCIES = ("AP", "Reuters", "AFP", "Xinhua", "dpa")
_NEWS_ORG_SET = frozenset(lex.NEWS_ORGANIZATIONS)
_BYLINE_ORGS = tuple(o for o in _NEWS_ORGS if o in _NEWS_ORG_SET)
_DATELINE_AGENCIES = tuple(o for o in _WIRE_AGENCIES if o in _NEWS_ORG_SET)
_BYLINE_ROLES = ("Senior Reporter", "Staff Writer", "Foreign Correspondent")
_BYLINE_RANKS = tuple(
    title
    for title, kind, _flags in lex.TITLE_ROWS
    if kind == "military" and title in {"Staff Sgt.", "Sgt.", "Capt.", "Lt. Col."}
)

_COUNTRIES = frozenset(row[0] for row in lex.COUNTRY_ROWS)
_CITIES = tuple((city, _cell(region), _cell(country)) for city, region, country in lex.CITY_ROWS)
"""Cities that stand alone in a dateline, with their region and country."""
_CITY_COUNTRY: tuple[tuple[str, str], ...] = tuple(
    (city, country)
    for city, country in (
        ("Kabul", "Afghanistan"),
        ("Nairobi", "Kenya"),
        ("Lagos", "Nigeria"),
        ("Kraków", "Poland"),
        ("São Paulo", "Brazil"),
        ("Mosul", "Iraq"),
        ("Cork", "Ireland"),
        ("Izmir", "Turkey"),
    )
    if country in _COUNTRIES
)
"""Cities datelined with their country (``KABUL, Afghanistan``)."""
_US_STATES = {ap: full for ap, _postal, full in lex.US_STATE_ROWS}
_US_TOWNS: tuple[tuple[str, str, str], ...] = tuple(
    (town, ap, _US_STATES[ap])
    for town, ap in (
        ("Springfield", "Ill."),
        ("Santa Cruz", "Calif."),
        ("Fort Collins", "Colo."),
        ("Dayton", "Ohio"),
        ("Bend", "Ore."),
        ("Tacoma", "Wash."),
    )
    if ap in _US_STATES
)
"""Towns datelined with their state in AP style (``SANTA CRUZ, Calif.``)."""

_AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
"""AP style abbreviations; March to July are written out."""
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_VERBS = {lemma: forms for lemma, _class, _sense, _frames, forms in lex.VERB_ROWS}
_SAY_VERBS = tuple(
    forms[2]
    for lemma, klass, _sense, _frames, forms in lex.VERB_ROWS
    if klass == "say" and lemma in {"say", "add", "warn", "insist", "note", "claim"}
)
"""Past forms of reporting verbs (``said``, ``warned``)."""

_STATEMENTS = lex.strategy_words("statement")
_CLAUSES = lex.strategy_words("clause")
_FILLERS = lex.strategy_words("filler")
"""Body sentences with no name, quote or reporting verb in them."""
_HEADLINES = lex.strategy_words("headline")
_CAPTION_SCENES = (
    "{who} speaks to supporters in {place}",
    "{who} arrives for talks in {place}",
    "{who} is seen at a market in {place}",
)
_CROWDS = ("Protesters", "Residents", "Volunteers")


def _sample(values: Sequence[U]) -> st.SearchStrategy[U]:
    return st.sampled_from(tuple(values))
