"""Hypothesis strategies: realistic news text together with its right answer.

Install with ``pip install newsparse[hypothesis]``. Every strategy draws a
*truth* record (the same record type the matching newsparse parser returns,
its spans computed by the renderer) and renders it to text in one of several
real-world styles. Each example is a :class:`Rendered`: ``text`` is the
string to parse, ``truth`` what a correct parse finds in it, its spans in
``text``'s coordinates::

    >>> from hypothesis import given
    >>> from newsparse import parse_byline
    >>> from newsparse.strategies import bylines
    >>> @given(bylines())
    ... def test_bylines(example):
    ...     assert parse_byline(example.text) == example.truth
    >>> test_bylines()

Inputs are built from ``sampled_from`` over newsparse's own tables (news
organisations, photo agencies, countries, US states, months, given and
family names, reporting verbs, titles), so hypothesis shrinks a failure to
the first entries of each table and the shortest form: a small readable
example rather than random characters.

Where a style loses information the truth says what can still be known:

* ALL CAPS names (``By JOHN SMITH``, ``OLEG KARPOV/GETTY``) come back
  title-cased, so the ALL-CAPS styles only draw names whose capitals a
  reader can restore (``McDonald`` yes, ``DeWitt`` no);
* an ALL-CAPS dateline (``SANTA CRUZ, Calif.``) gives the city title-cased;
* a date without a year (``LONDON, March 3 (Reuters) -``) has a date in
  the truth only when the strategy is given the ``year`` the parser will be
  given too;
* a caption's weekday (``on Tuesday``) gives no date without the article
  date, so the caption truth has none;
* a pronoun speaker (``"…," she said.``) is named only through the people
  of the text, so :func:`quote_passages` is to be parsed with
  ``people=extract_people(text)``; the strategies say ``she`` after the
  given names they list as female and ``he`` after the others;
* a dateline on a line of its own (``NAIROBI, Kenya 2015-03-03``) is its
  own block, and an article with one is not hard-wrapped: a line break
  after it would read as a wrap as well as a break.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

import attrs
from hypothesis import strategies as st

from . import _lexicon as lex
from ._names import title_case_name
from ._types import (
    Article,
    Author,
    Block,
    BlockKind,
    Byline,
    Caption,
    Credit,
    DateLine,
    Dateline,
    Mention,
    Paragraph,
    Person,
    Quote,
    Span,
    map_offsets,
)

__all__ = [
    "Rendered",
    "articles",
    "bylines",
    "captions",
    "date_lines",
    "datelines",
    "person_names",
    "quote_passages",
    "quotes",
]

T = TypeVar("T")
U = TypeVar("U")


@attrs.frozen(kw_only=True)
class Rendered(Generic[T]):
    """One generated example: the ``text`` to parse and the ``truth`` in it.

    ``truth`` is a newsparse record whose spans point into ``text``.

    >>> Rendered(text="CBS/AFP", truth="anything")
    Rendered(text='CBS/AFP', truth='anything')
    """

    text: str
    truth: T


# --------------------------------------------------------------------------
# Tables. Names are curated for realism and variety (cultures, particles,
# diacritics, apostrophes) and kept only where newsparse's own name tables
# list them, so the parsers are tested on names they are meant to know.
# --------------------------------------------------------------------------


def _cell(value: str) -> str | None:
    return None if value == "-" else value


_GIVEN_SET, _FAMILY_SET = lex.name_tables_as_written()

_GIVEN: tuple[str, ...] = tuple(
    name
    for name in (  # noqa: SIM905 - a word list reads better as text
        "Jane John Maria Ahmad Fatima Olga Ingrid Kwame Aiko Hiroshi Priya Rahul José"
        " María Zoë Søren Björn Élodie François Jürgen Mehmet Amara Leila Omar Tomasz"
        " Agnieszka Lucía Nomvula Marek Dmitri Yusuf Hamid Elena Sofía Andrés Chiara"
        " Giulia Kenji Mei Arjun Ngozi"
    ).split()
    if name in _GIVEN_SET
)
_FAMILY_PLAIN: tuple[str, ...] = tuple(
    name
    for name in (  # noqa: SIM905 - a word list reads better as text
        "Smith García Müller Novak Okafor Haddad Kowalski Nakamura Sharma Andersson"
        " Lefèvre Dubois Petrović Mensah Silva Yilmaz Kovačević Nowak Rossi Ferrari"
        " Tanaka Patel Adeyemi Boateng Hansen Jensen Kaya Ivanov Moreno Herrera"
        " Schneider Fischer Brennan Murphy Walsh Dlamini Nkosi McDonald O'Neil D'Agata"
    ).split()
    if name in _FAMILY_SET
)
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

_PHOTO_AGENCIES = {row[0]: row[1] for row in lex.PHOTO_AGENCY_ROWS}

_COUNTRIES = frozenset(row[0] for row in lex.COUNTRY_ROWS)
_CITIES = tuple(
    (city, _cell(region), _cell(country))
    for city, region, country in lex.CITY_ROWS
)
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

_MONTHS: tuple[tuple[int, str], ...] = tuple(
    (int(number), word) for number, word in lex.MONTH_ROWS
)
_MONTH_NAMES = tuple(
    word for number, word in _MONTHS if word == datetime.date(2000, number, 1).strftime("%B")
)
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

_STATEMENTS = (
    "We will not leave",
    "The talks have failed",
    "Nobody expected this",
    "We are ready to help",
    "The road is open again",
    "It was a difficult year for everyone",
)
_CLAUSES = (
    "the talks had failed",
    "the road would open on time",
    "nobody had been hurt",
    "the plan was still on track",
)
_FILLERS = (
    "The meeting lasted three hours.",
    "Roads into the valley were closed for much of the day.",
    "The vote is expected next week.",
    "Prices rose for the third month in a row.",
    "The convoy left shortly before dawn.",
)
"""Body sentences with no name, quote or reporting verb in them."""
_HEADLINES = (
    "Rebels vow to hold the valley",
    "Talks stall as winter nears",
    "City reopens its main bridge",
    "Floods force thousands from their homes",
)
_CAPTION_SCENES = (
    "{who} speaks to supporters in {place}",
    "{who} arrives for talks in {place}",
    "{who} is seen at a market in {place}",
)
_CROWDS = ("Protesters", "Residents", "Volunteers")


def _sample(values: Sequence[U]) -> st.SearchStrategy[U]:
    return st.sampled_from(tuple(values))


# --------------------------------------------------------------------------
# Span bookkeeping
# --------------------------------------------------------------------------


def _shift(value: T, offset: int) -> T:
    return map_offsets(value, lambda pos: pos + offset)


class _Builder:
    """Append pieces of text and remember where each one landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> Span:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return Span(start=start, end=self.size)

    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


@attrs.frozen
class _Name:
    given: str
    family: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@st.composite
def _names(draw: st.DrawFn, *, caps_safe: bool = False) -> _Name:
    if caps_safe:
        return _Name(draw(_sample(_CAPS_SAFE_GIVEN)), draw(_sample(_CAPS_SAFE_FAMILY)))
    family = draw(st.one_of(_sample(_FAMILY_PLAIN), _sample(_FAMILY_PARTICLE)))
    return _Name(draw(_sample(_GIVEN)), family)


_PERSON_FORMS = (
    "{name} arrived in the capital on Monday.",
    "Officials met {name} on Monday.",
    "The committee, led by {name}, met on Monday.",
)


@st.composite
def _person_names(draw: st.DrawFn) -> Rendered[Person]:
    name = draw(_names())
    form = draw(_sample(_PERSON_FORMS))
    before, after = form.split("{name}")
    out = _Builder()
    out.add(before)
    span = out.add(name.full)
    out.add(after)
    mentions = [Mention(text=name.full, span=span)]
    if draw(st.booleans()):
        out.add(" Later ")
        mentions.append(Mention(text=name.family, span=out.add(name.family)))
        out.add(" left.")
    person = Person(name=name.full, given=name.given, family=name.family, mentions=mentions)
    return Rendered(text=out.text(), truth=person)


def person_names() -> st.SearchStrategy[Rendered[Person]]:
    """A sentence naming one person, perhaps with a later surname mention.

    Names come from many cultures, with particles (``van der Berg``,
    ``de la Fuente``), diacritics (``Søren Kovačević``) and apostrophes
    (``O'Neil``). The truth is the :class:`~newsparse.Person` with its
    given/family split and every mention::

        Rendered(text='Officials met Jane van der Berg on Monday. Later van der Berg left.',
                 truth=Person(name='Jane van der Berg', given='Jane',
                              family='van der Berg', mentions=(...)))

    ``extract_people(example.text)`` should find that person; roles and
    affiliations are left empty (none is written).
    """
    return _person_names()


# --------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------


_LEADS: dict[str, tuple[str, str]] = {
    "By ": ("and", "By"),
    "by ": ("and", "by"),
    "By: ": ("and", "By:"),
    "Written by ": ("and", "Written by"),
    "Von ": ("und", "Von"),
    "Par ": ("et", "Par"),
    "Por ": ("y", "Por"),
}
"""Lead words with the word that joins the last author (``Von A und B``)."""
_LEAD_SET = frozenset(lex.BYLINE_LEADS)
_MIXED_LEADS = tuple(lead for lead, (_and, word) in _LEADS.items() if word.rstrip(":") in _LEAD_SET)
_COLLECTIVE_LINES: tuple[str, ...] = tuple(
    line
    for line in ("Staff and agencies", "Staff and wire reports", "From staff reports", "Agencies")
    if " ".join(line.casefold().split()) in lex.BYLINE_COLLECTIVE
)
_MAIL_DOMAINS = {"Associated Press": "ap.org", "Reuters": "reuters.com", "AFP": "afp.com"}


def _ascii_word(word: str) -> str:
    """``word`` in lower-case ASCII letters, for an address (``Søren`` → ``sren``)."""
    import unicodedata  # noqa: PLC0415 - only e-mail addresses need it

    folded = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in folded.lower() if "a" <= ch <= "z")


@st.composite
def _contacts(draw: st.DrawFn, name: _Name, affiliation: str | None) -> tuple[str, str, str]:
    """``(as written after the name, kind, address)``: an e-mail or a @handle."""
    given, family = _ascii_word(name.given), _ascii_word(name.family)
    if draw(st.booleans()):
        handle = "@" + draw(st.sampled_from((given + family, given[:1] + family)))
        return " " + handle, "handle", handle
    domain = _MAIL_DOMAINS.get(affiliation or "", "example.com")
    email = f"{given}.{family}@{domain}"
    form = draw(st.sampled_from((" {}", " ({})", ", {}")))
    return form.format(email), "email", email


@st.composite
def _bylines(draw: st.DrawFn) -> Rendered[Byline]:
    style = draw(st.sampled_from(("names", "organizations", "collective")))
    out = _Builder()
    if style in {"organizations", "collective"}:
        if style == "organizations":
            orgs = draw(
                st.lists(
                    _sample(("CBS", "AFP", "Reuters", "AP")), min_size=2, max_size=2, unique=True
                )
            )
            out.add("/".join(orgs))
        else:  # Staff and agencies, by staff and agencies
            line: str = draw(_sample(_COLLECTIVE_LINES))
            if draw(st.booleans()) and not line.startswith("From"):
                out.add("By " if draw(st.booleans()) else "by ")
                line = line.lower()
            orgs = [line]
            out.add(line)
        text = out.text()
        truth = Byline(raw=text, span=Span(start=0, end=len(text)), organizations=orgs)
        return Rendered(text=text, truth=truth)
    caps = draw(st.booleans())
    lead = draw(st.sampled_from(("By ", "BY ") if caps else _MIXED_LEADS))
    conjunction = _LEADS.get(lead, ("and", ""))[0]
    names = draw(
        st.lists(_names(caps_safe=caps), min_size=1, max_size=3, unique_by=lambda n: n.family)
    )
    rank = None
    if len(names) == 1 and not caps and _BYLINE_RANKS:
        rank = draw(st.none() | _sample(_BYLINE_RANKS))
    # a job title for each author: By A, Staff Writer, and B, Correspondent
    each_role = len(names) > 1 and not caps and lead.startswith("By") and draw(st.booleans())
    roles = [draw(st.none() | _sample(_BYLINE_ROLES)) if each_role else None for _ in names]
    tail = draw(st.sampled_from(("", "org_comma", "org_pipe", "role")))
    if len(names) > 1 and tail == "role":
        tail = ""
    affiliation = draw(_sample(_BYLINE_ORGS)) if tail.startswith("org") else None
    contact = None
    if len(names) == 1 and not each_role and draw(st.booleans()):
        contact = draw(_contacts(names[0], affiliation))
    out.add(lead)
    drafts: list[tuple[str, str, Span]] = []
    serial = any(roles)
    for i, name in enumerate(names):
        if i:
            last = i == len(names) - 1
            if serial:
                out.add(f", {conjunction} " if last else ", ")
            else:
                out.add(f" {conjunction} " if last else ", ")
        if rank is not None:
            out.add(rank + " ")
        raw = name.full.upper() if caps else name.full
        drafts.append((name.full, raw, out.add(raw)))
        if (own := roles[i]) is not None:
            out.add(", " + own)
    if contact is not None:
        out.add(contact[0])
    role = None
    if affiliation is not None:
        out.add((", " if tail == "org_comma" else " | ") + affiliation)
    elif tail == "role":
        role = draw(_sample(_BYLINE_ROLES))
        out.add(", " + role)
    raw_line = out.text()
    date = date_span = None
    if not caps and draw(st.booleans()):  # By Jane Doe / Published Aug. 19, 2021
        date = draw(_DATES)
        out.add(draw(st.sampled_from((" / Published ", " | Published ", " | Updated "))))
        date_span = out.add(draw(_date_words(date)))
    email = handle = None
    if contact is not None:
        email, handle = (contact[2], None) if contact[1] == "email" else (None, contact[2])
    authors = [
        Author(
            name=clean,
            raw=raw,
            span=span,
            role=rank or roles[i] or role,
            affiliation=affiliation,
            email=email,
            handle=handle,
        )
        for i, (clean, raw, span) in enumerate(drafts)
    ]
    truth = Byline(
        raw=raw_line,
        span=Span(start=0, end=len(raw_line)),
        authors=authors,
        date=date,
        date_span=date_span,
    )
    return Rendered(text=out.text(), truth=truth)


def bylines() -> st.SearchStrategy[Rendered[Byline]]:
    """A byline line and its :class:`~newsparse.Byline`.

    Styles: mixed case and ALL CAPS (``By JOHN SMITH and JANE DOE``), one to
    three authors, the lead words ``By``, ``By:``, ``Written by``, ``Von``
    (``… und …``), ``Par`` (``… et …``) and ``Por`` (``… y …``), a rank
    before the name (``By Staff Sgt. Jane Doe``), a job title for each
    author (``By A, Staff Writer, and B, Correspondent``), an affiliation
    after a comma or a bar (``, Associated Press``, ``| Reuters``), a job
    title (``, Senior Reporter``), an e-mail or a @handle (``By Jane Doe
    (jane.doe@example.com)``, ``By Jane Doe @janedoe``), a date after the
    byline (``By Jane Doe / Published Aug. 19, 2021``), organisations alone
    (``CBS/AFP``) and collective credits (``Staff and agencies``)::

        Rendered(text='By JANE SMITH, Reuters',
                 truth=Byline(raw='By JANE SMITH, Reuters', span=Span(start=0, end=22),
                              authors=(Author(name='Jane Smith', raw='JANE SMITH',
                                              span=Span(start=3, end=13),
                                              affiliation='Reuters'),)))

    A date after the byline is outside ``Byline.raw`` (which ends before
    the ``/``) and inside ``Byline.date_span``, as the parser reads it.

    ``parse_byline(example.text) == example.truth``.
    """
    return _bylines()


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

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


# --------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------


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


# --------------------------------------------------------------------------
# Captions
# --------------------------------------------------------------------------


@attrs.frozen
class _Credit:
    sep: str
    """What separates the credit from the sentence (nothing when glued)."""
    written: str
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    bracketed: bool
    file_photo: bool = False


_MILITARY_RANKS = tuple(
    title
    for title, kind, _flags in lex.TITLE_ROWS
    if kind == "military" and title in {"Sgt.", "Staff Sgt.", "Tech. Sgt.", "Senior Airman"}
)
_SERVICES = ("U.S. Army", "U.S. Air Force", "U.S. Navy")


@st.composite
def _credits(draw: st.DrawFn) -> _Credit:
    """A photo credit in one of the forms of docs/captions.md."""
    name = draw(_names(caps_safe=True))
    style = draw(
        st.sampled_from(
            (
                "glued",
                "ap_photo",
                "reuters",
                "photo_by",
                "photo_label",
                "ap_pool",
                "ap_file",
                "photo_by_via",
                "glued_two",
                "military",
                "military_slash",
                "pipe",
                "photograph",
                "mandatory",
                "agency_only",
            )
        )
    )
    who = (name.full,)
    if style == "glued":
        agency = draw(_sample(("GETTY", "AFP", "SYGMA")))
        canonical = {"GETTY": "Getty", "AFP": "AFP", "SYGMA": "Sygma"}[agency]
        return _Credit("", f"{name.full.upper()}/{agency}", who, (canonical,), False)
    if style == "glued_two":  # …photo.PATRICK ROBERT/SYGMA/GETTY
        return _Credit("", f"{name.full.upper()}/SYGMA/GETTY", who, ("Sygma", "Getty"), False)
    if style == "ap_photo":
        return _Credit(" ", f"AP Photo/{name.full}", who, ("AP",), True)
    if style == "ap_pool":
        return _Credit(" ", f"AP Photo/{name.full}, Pool", who, ("AP", "Pool"), True)
    if style == "ap_file":
        return _Credit(" ", f"AP Photo/{name.full}, File", who, ("AP",), True, file_photo=True)
    if style == "reuters":
        return _Credit(" ", f"REUTERS/{name.full}", who, ("Reuters",), False)
    if style == "photo_by":
        return _Credit(" ", f"Photo by {name.full}/Getty Images", who, ("Getty Images",), True)
    if style == "photo_by_via":
        return _Credit(" ", f"Photo by {name.full}/LaPresse via AP", who, ("LaPresse", "AP"), True)
    if style in {"military", "military_slash"}:  # U.S. Army photo by Sgt. Jane Doe
        service = draw(_sample(_SERVICES))
        rank = draw(_sample(_MILITARY_RANKS))
        link = " by " if style == "military" else "/"
        return _Credit(" ", f"{service} photo{link}{rank} {name.full}", who, (service,), True)
    if style == "pipe":
        return _Credit(" ", f"{name.full} | Getty Images", who, ("Getty Images",), False)
    if style == "photograph":
        return _Credit(" ", f"Photograph: {name.full}/Reuters", who, ("Reuters",), False)
    if style == "mandatory":
        return _Credit(
            " ",
            f"Mandatory Credit: Photo by {name.full}/EPA-EFE/Shutterstock",
            who,
            ("EPA-EFE", "Shutterstock"),
            False,
        )
    if style == "agency_only":
        agency = draw(_sample(("Getty", "AFP", "Reuters")))
        return _Credit(" ", f"Image: {agency}", (), (agency,), True)
    return _Credit(
        " ", f"Photo: {name.full}/AFP via Getty Images", who, ("AFP", "Getty Images"), False
    )


@st.composite
def _captions(draw: st.DrawFn) -> Rendered[Caption]:
    city, country = draw(_sample(_CITY_COUNTRY))
    place = f"{city}, {country}"
    named = draw(st.booleans())
    who = draw(_names()).full if named else draw(_sample(_CROWDS))
    scene = draw(_sample(_CAPTION_SCENES)).format(who=who, place=place)
    if not named:
        scene = scene.replace(" is ", " are ").replace(" speaks ", " speak ")
        scene = scene.replace(" arrives ", " arrive ")
    day = draw(st.none() | _DATES)
    sentence = f"{scene}, {day.strftime('%B')} {day.day}, {day.year}." if day else scene + "."
    credit = draw(_credits())
    label = draw(st.sampled_from(("", "", "FILE - ")))  # AP: FILE - Protesters march …
    out = _Builder()
    out.add(label)
    out.add(sentence)
    out.add(credit.sep)
    if credit.bracketed:
        out.add("(")
    credit_span = out.add(credit.written)
    if credit.bracketed:
        out.add(")")
    text = out.text()
    truth = Caption(
        raw=text,
        span=Span(start=0, end=len(text)),
        text=sentence,
        credit=Credit(
            raw=credit.written,
            span=credit_span,
            photographers=credit.photographers,
            agencies=credit.agencies,
        ),
        date=day,
        place=place,
        file_photo=bool(label) or credit.file_photo,
        people=(who,) if named else (),
    )
    return Rendered(text=text, truth=truth)


def captions() -> st.SearchStrategy[Rendered[Caption]]:
    """A photo caption with its credit, and the :class:`~newsparse.Caption`.

    Credits glued in capitals (``….OLEG KARPOV/GETTY``,
    ``….PATRICK ROBERT/SYGMA/GETTY``), bracketed (``(AP Photo/Evan
    Vucci)``, ``(AP Photo/Hiro Komae, Pool)``, ``(AP Photo/Matt Dunham,
    File)``, ``(Photo by John Moore/Getty Images)``, ``(Photo by Antonio
    Saia/LaPresse via AP)``, ``(U.S. Army photo by Sgt. Jane Doe)``, ``(U.S.
    Air Force photo/Staff Sgt. Jane Doe)``, ``(Image: Getty)``), labelled
    or plain (``REUTERS/Kevin Lamarque``, ``Photo: Jane Doe/AFP via Getty
    Images``, ``Photograph: Jane Doe/Reuters``, ``Mandatory Credit: Photo by
    Jane Doe/EPA-EFE/Shutterstock``, ``Chip Ward | Getty Images``); an AP
    ``FILE -`` label or a ``, File`` credit makes a file photo; a place and
    perhaps a date in the sentence, perhaps a person::

        Rendered(text='Protesters speak to supporters in Kabul, Afghanistan. REUTERS/Jane Smith',
                 truth=Caption(raw=..., text='Protesters speak ... Afghanistan.',
                               credit=Credit(raw='REUTERS/Jane Smith', ...,
                                             photographers=('Jane Smith',),
                                             agencies=('Reuters',)),
                               place='Kabul, Afghanistan'))

    ``parse_caption(example.text) == example.truth``.
    """
    return _captions()


# --------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------


_FRAGMENTS = (
    "a step in the right direction",
    "a difficult year for everyone",
    "a waste of time",
    "deeply worrying",
)
"""Lower-case phrases quoted inside the reporter's sentence (partial quotes)."""
_PARTIAL_FORMS = (("described", "the talks as "), ("warned", "of "))
"""A reporting verb and the words between it and a partial quote."""
_CONTINUATIONS = ("until the end", "whatever it takes", "and we mean it")
"""What a quote says after a cue inside it (``"…," she said, "until the end."``)."""
_ADDRESSEES = ("reporters", "CNN", "the BBC", "lawmakers")
_MEDIA = (("in a statement", "statement"), ("on Twitter", "Twitter"), ("on Facebook", "Facebook"))
_TELL_VERB = _VERBS["tell"][2] if "tell" in _VERBS else "told"
_FEMALE = frozenset(
    "Jane Maria Fatima Olga Ingrid Aiko Priya María Zoë Élodie Amara Leila Agnieszka"  # noqa: SIM905
    " Lucía Nomvula Elena Sofía Chiara Giulia Mei Ngozi".split()
)
"""Given names the strategies refer back to with ``she`` (the others with ``he``)."""


def _marks(curly: bool) -> tuple[str, str]:
    return ("“", "”") if curly else ('"', '"')


@st.composite
def _quotes(draw: st.DrawFn) -> Rendered[Quote]:
    name = draw(_names())
    verb = draw(_sample(_SAY_VERBS))
    curly = draw(st.booleans())
    opening, closing = _marks(curly)
    form = draw(
        st.sampled_from(
            ("after", "before", "inverted", "indirect", "told", "told_before", "medium", "partial")
        )
    )
    out = _Builder()
    addressee = medium = None
    if form == "indirect":
        clause = draw(_sample(_CLAUSES))
        who = out.add(name.full)
        out.add(" ")
        cue = out.add(verb)
        out.add(" that ")
        said = out.add(clause + ".")
        kind = "indirect"
        content = clause + "."
    elif form == "partial":  # Jane Doe described the talks as "a waste of time" on Monday.
        fragment = draw(_sample(_FRAGMENTS))
        verb, words = draw(_sample(_PARTIAL_FORMS))
        who = out.add(name.full)
        out.add(" ")
        cue = out.add(verb)
        out.add(" " + words + opening)
        said = out.add(fragment)
        out.add(closing + " on Monday.")
        kind = "partial"
        content = fragment
    else:
        statement = draw(_sample(_STATEMENTS))
        kind = "direct"
        if form in {"before", "told_before"}:  # Jane Doe told reporters: "…."
            who = out.add(name.full)
            out.add(" ")
            if form == "told_before":
                verb = _TELL_VERB
                cue = out.add(verb)
                addressee = draw(_sample(_ADDRESSEES))
                out.add(" " + addressee)
            else:
                cue = out.add(verb)
            out.add(": " + opening)
            content = statement + "."
            said = out.add(content)
            out.add(closing)
        else:
            out.add(opening)
            said = out.add(statement)
            content = statement
            out.add("," + closing + " ")
            if form == "inverted":
                cue = out.add(verb)
                out.add(" ")
                who = out.add(name.full)
            else:
                who = out.add(name.full)
                out.add(" ")
                if form == "told":  # "…," Jane Doe told reporters.
                    verb = _TELL_VERB
                    cue = out.add(verb)
                    addressee = draw(_sample(_ADDRESSEES))
                    out.add(" " + addressee)
                else:
                    cue = out.add(verb)
                if form == "medium":  # "…," Jane Doe said in a statement.
                    words, medium = draw(_sample(_MEDIA))
                    out.add(" " + words)
            out.add(".")
    truth = Quote(
        text=content,
        span=said,
        kind=kind,  # type: ignore[arg-type]
        speaker=name.full,
        speaker_mention=Mention(text=name.full, span=who),
        cue=verb,
        cue_span=cue,
        addressee=addressee,
        medium=medium,
    )
    return Rendered(text=out.text(), truth=truth)


def quotes() -> st.SearchStrategy[Rendered[Quote]]:
    """One attributed statement in a sentence, and the :class:`~newsparse.Quote`.

    The cue after the quote (``"…," Jane Doe said.``), before it (``Jane Doe
    warned: "…."``), inverted (``"…," said Jane Doe.``), or reported speech
    (``Jane Doe said that …``); straight and curly marks; reporting verbs
    from the table::

        Rendered(text='“We will not leave,” said Amara Okafor.',
                 truth=Quote(text='We will not leave', span=Span(start=1, end=18),
                             kind='direct', speaker='Amara Okafor',
                             speaker_mention=Mention(text='Amara Okafor', ...),
                             cue='said', cue_span=Span(start=21, end=25)))

    ``extract_quotes(example.text) == (example.truth,)``.
    """
    return _quotes()


def _quote(
    name: _Name, text: str, said: Span, kind: str, verb: str, cue: Span, who: Mention
) -> Quote:
    return Quote(
        text=text,
        span=said,
        kind=kind,  # type: ignore[arg-type]
        speaker=name.full,
        speaker_mention=who,
        cue=verb,
        cue_span=cue,
    )


@st.composite
def _quote_passages(draw: st.DrawFn) -> Rendered[tuple[Quote, ...]]:
    style = draw(st.sampled_from(("single", "inside", "pronoun", "paragraphs")))
    if style in {"single", "pronoun"}:
        first = draw(_quotes())
        if style == "single":
            return Rendered(text=first.text, truth=(first.truth,))
        # "…," she said. — the pronoun is the person named before it
        speaker = first.truth.speaker or ""
        given = speaker.split()[0]
        pronoun = "she" if given in _FEMALE else "he"
        opening, closing = _marks(draw(st.booleans()))
        statement = draw(_sample(_STATEMENTS))
        verb = draw(_sample(_SAY_VERBS))
        out = _Builder()
        out.add(first.text)
        out.add(draw(st.sampled_from((" ", "\n\n"))) + opening)
        said = out.add(statement)
        out.add("," + closing + " ")
        mention = Mention(text=pronoun, span=out.add(pronoun))
        out.add(" ")
        cue = out.add(verb)
        out.add(".")
        second = Quote(
            text=statement,
            span=said,
            kind="direct",
            speaker=speaker,
            speaker_mention=mention,
            cue=verb,
            cue_span=cue,
        )
        return Rendered(text=out.text(), truth=(first.truth, second))
    name = draw(_names())
    verb = draw(_sample(_SAY_VERBS))
    opening, closing = _marks(draw(st.booleans()))
    one, two = draw(st.lists(_sample(_STATEMENTS), min_size=2, max_size=2, unique=True))
    out = _Builder()
    if style == "inside":  # "We will fight," Jane Doe said, "until the end."
        inverted = draw(st.booleans())
        out.add(opening)
        said = out.add(one)
        out.add("," + closing + " ")
        if inverted:
            cue = out.add(verb)
            out.add(" ")
            who = Mention(text=name.full, span=out.add(name.full))
        else:
            who = Mention(text=name.full, span=out.add(name.full))
            out.add(" ")
            cue = out.add(verb)
        out.add(", " + opening)
        rest = draw(_sample(_CONTINUATIONS)) + "."
        more = out.add(rest)
        out.add(closing)
        truth = (
            _quote(name, one, said, "direct", verb, cue, who),
            _quote(name, rest, more, "direct", verb, cue, who),
        )
        return Rendered(text=out.text(), truth=truth)
    # a quote over two paragraphs: the opening mark again, no closing mark
    # before the last paragraph
    before = draw(st.booleans())
    if before:  # Jane Doe said: "….\n\n"…."
        who = Mention(text=name.full, span=out.add(name.full))
        out.add(" ")
        cue = out.add(verb)
        out.add(": " + opening)
        start = out.add(one + ".").start
        out.add("\n\n" + opening)
        end = out.add(two + ".").end
        out.add(closing)
        content = f"{one}. {two}."
    else:  # "….\n\n"…," Jane Doe said.
        out.add(opening)
        start = out.add(one + ".").start
        out.add("\n\n" + opening)
        end = out.add(two).end
        out.add("," + closing + " ")
        who = Mention(text=name.full, span=out.add(name.full))
        out.add(" ")
        cue = out.add(verb)
        out.add(".")
        content = f"{one}. {two}"
    whole = _quote(name, content, Span(start=start, end=end), "direct", verb, cue, who)
    return Rendered(text=out.text(), truth=(whole,))


def quote_passages() -> st.SearchStrategy[Rendered[tuple[Quote, ...]]]:
    """A passage of one or two paragraphs quoting one person, and its quotes.

    Beyond :func:`quotes` (one of which may be the whole passage): a cue
    inside the quotation with a second span after it (``"We will fight,"
    Jane Doe said, "until the end."``), a pronoun speaker after a named one
    (``"…," Jane Doe said. "…," she said.``, the second quote's
    ``speaker`` being ``Jane Doe`` and its ``speaker_mention`` ``she``),
    and a quote over two paragraphs, the opening mark repeated and no
    closing mark before the last one::

        Rendered(text='"We will not leave," Jane Smith said, "until the end."',
                 truth=(Quote(text='We will not leave', ..., speaker='Jane Smith'),
                        Quote(text='until the end.', ..., speaker='Jane Smith')))

    Paragraphs are separated by a blank line (``\\n\\n``).
    ``extract_quotes(example.text, people=extract_people(example.text)) ==
    example.truth``: a pronoun is resolved only through the people.
    """
    return _quote_passages()


# --------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------


@attrs.frozen
class _Layout:
    newline: str
    blank: str
    leading: int
    trailing: int
    wrap: int | None
    bom: bool


_LAYOUTS = st.builds(
    _Layout,
    newline=st.sampled_from(("\n", "\r\n", "\r")),
    blank=st.sampled_from(("", " ", "\u00a0", "\t")),
    leading=st.integers(0, 2),
    trailing=st.integers(0, 2),
    wrap=st.none() | st.integers(30, 72),
    bom=st.booleans(),
)


def _wrap(text: str, width: int, protected: Sequence[Span]) -> str:
    """Replace spaces in ``text`` by line breaks to keep lines near ``width``.

    Only breaks that every reader takes for a hard wrap are made: after a
    comma, or before a word in lower case when no sentence ends there; and
    never inside a ``protected`` span. A space and a line break have the
    same length, so no offset moves.
    """
    chars = list(text)
    line_start = 0
    last_break = -1
    for i, ch in enumerate(text):
        if ch == " " and not any(s.start <= i < s.end for s in protected):
            before = text[i - 1] if i else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if before == "," or ("a" <= after <= "z" and before not in ".!?”\"’'"):
                last_break = i
        if i - line_start >= width and last_break > line_start:
            chars[last_break] = "\n"
            line_start = last_break + 1
    return "".join(chars)


@st.composite
def _articles(
    draw: st.DrawFn,
    bylines: st.SearchStrategy[Rendered[Byline]] | None,
    date_lines: st.SearchStrategy[Rendered[DateLine]] | None,
    quotes: st.SearchStrategy[Rendered[Any]],
    captions: st.SearchStrategy[Rendered[Caption]],
    dateline: bool,
    layouts: st.SearchStrategy[_Layout],
) -> Rendered[Article]:
    layout = draw(layouts)
    out = _Builder()
    blocks: list[Block] = []
    for _ in range(layout.leading):
        out.add(layout.blank + "\n")

    def block(kind: BlockKind, piece: str) -> Span:
        if blocks:
            out.add("\n" + layout.blank + "\n")
        span = out.add(piece)
        blocks.append(Block(kind=kind, span=span, text=" ".join(piece.split())))
        return span

    headline = draw(_sample(_HEADLINES))
    headline_span = block("headline", headline)
    published = published_span = None
    if date_lines is not None:
        date_line = draw(date_lines)
        at = block("date_line", date_line.text).start
        published = date_line.truth.date
        published_span = date_line.truth.date_span.shift(at)
    byline = None
    if bylines is not None:
        drawn = draw(bylines)
        byline = _shift(drawn.truth, block("byline", drawn.text).start)
        if published is None and byline.date is not None:  # By … / Published …
            published, published_span = byline.date, byline.date_span
    protected: list[Span] = []
    paragraphs: list[Paragraph] = []
    found_dateline = None
    if dateline:
        opened = draw(datelines(year=published.year if published else None))
        body = next(filler for filler in _FILLERS if opened.text.endswith(filler))
        if "\n" in opened.text:  # a dateline on a line of its own is a block
            # and the article is not hard-wrapped: a line break after the
            # dateline would then read as a wrap as well as a break
            layout = attrs.evolve(layout, wrap=None)
            at = block("dateline", opened.text[: opened.truth.span.end]).start
            out.add("\n")
            span = out.add(body)
            blocks.append(Block(kind="paragraph", span=span, text=body))
            paragraphs.append(Paragraph(text=body, span=span))
        else:
            at = block("paragraph", opened.text).start
            paragraphs.append(Paragraph(text=body, span=blocks[-1].span))
        found_dateline = _shift(opened.truth, at)
        protected.append(found_dateline.span)
        if published is None and found_dateline.date is not None:  # from the dateline
            published, published_span = found_dateline.date, found_dateline.span
    else:
        filler = draw(_sample(_FILLERS))
        paragraphs.append(Paragraph(text=filler, span=block("paragraph", filler)))
    said = draw(st.lists(quotes, max_size=3, unique_by=_speaker_family))
    pictures = draw(st.lists(captions, max_size=2))
    found_quotes: list[Quote] = []
    people: dict[str, Person] = {}
    found_captions: list[Caption] = []
    for passage in said:
        # each paragraph of the passage is a block; offsets move piece by piece
        starts: list[tuple[int, int]] = []  # (offset in the passage, in the article)
        pos = 0
        for piece in passage.text.split("\n\n"):
            at = block("paragraph", piece).start
            starts.append((pos, at))
            paragraphs.append(Paragraph(text=piece, span=blocks[-1].span))
            pos += len(piece) + 2

        def moved(offset: int, starts: list[tuple[int, int]] = starts) -> int:
            inner, outer = next(pair for pair in reversed(starts) if pair[0] <= offset)
            return outer + offset - inner

        truths = passage.truth if isinstance(passage.truth, tuple) else (passage.truth,)
        for placed in map_offsets(truths, moved):
            found_quotes.append(placed)
            protected.extend(s for s in (placed.span, placed.cue_span) if s is not None)
            mention = placed.speaker_mention
            if mention is None or placed.speaker is None:
                continue
            protected.append(mention.span)
            if mention.text != placed.speaker:
                continue  # a pronoun is no mention of a person
            words = placed.speaker.split()
            known = people.get(placed.speaker)
            mentions = (known.mentions if known else ()) + (mention,)
            people[placed.speaker] = Person(
                name=placed.speaker,
                given=words[0],
                family=" ".join(words[1:]),
                mentions=tuple(dict.fromkeys(mentions)),
            )
        if pictures:
            picture = pictures.pop()
            at = block("caption", picture.text).start
            found_captions.append(_shift(picture.truth, at))
            protected.append(blocks[-1].span)
    for picture in pictures:
        at = block("caption", picture.text).start
        found_captions.append(_shift(picture.truth, at))
        protected.append(blocks[-1].span)
    for _ in range(layout.trailing):
        out.add("\n" + layout.blank)
    text = out.text()
    if layout.wrap is not None:
        body_start = (found_dateline or paragraphs[0]).span.start
        text = text[:body_start] + _wrap(
            text[body_start:], layout.wrap, _shift(tuple(protected), -body_start)
        )
    truth = Article(
        headline=headline,
        headline_span=headline_span,
        published=published,
        published_span=published_span,
        byline=byline,
        dateline=found_dateline,
        paragraphs=paragraphs,
        captions=found_captions,
        quotes=found_quotes,
        people=tuple(people.values()),
        blocks=blocks,
    )
    if layout.newline == "\r\n":
        breaks = [i for i, ch in enumerate(text) if ch == "\n"]

        def where(pos: int, breaks: list[int] = breaks) -> int:
            return pos + _count_before(breaks, pos)

        truth = map_offsets(truth, where)
    text = text.replace("\n", layout.newline)  # a lone \r keeps every offset
    if layout.bom:
        # a byte order mark left at the start by a decoder: blank, outside every block
        text = "\ufeff" + text
        truth = _shift(truth, 1)
    return Rendered(text=text, truth=truth)


def _speaker_family(example: Rendered[Any]) -> str:
    """The family name of the (first) speaker: one passage per speaker in an article."""
    truth = example.truth
    first = truth[0] if isinstance(truth, tuple) else truth
    return (first.speaker or "").split()[-1]


def _count_before(sorted_positions: list[int], pos: int) -> int:
    """How many of ``sorted_positions`` are below ``pos``."""
    import bisect  # noqa: PLC0415 - only the CRLF layout needs it

    return bisect.bisect_left(sorted_positions, pos)


def articles(
    *,
    bylines: st.SearchStrategy[Rendered[Byline]] | None = None,
    date_lines: st.SearchStrategy[Rendered[DateLine]] | None = None,
    quotes: st.SearchStrategy[Rendered[Quote]]
    | st.SearchStrategy[Rendered[tuple[Quote, ...]]]
    | None = None,
    captions: st.SearchStrategy[Rendered[Caption]] | None = None,
    dateline: bool = True,
    with_byline: bool = True,
    with_date_line: bool = True,
) -> st.SearchStrategy[Rendered[Article]]:
    """A whole article and the :class:`~newsparse.Article` a parse must find.

    Built from the part strategies, each of which you may replace to
    narrow or widen that part (``quotes=quotes().filter(...)``); pass
    ``with_byline=False`` or ``with_date_line=False`` to leave a part out,
    ``dateline=False`` for a first paragraph without a dateline. The
    layout varies: ``\\n`` or ``\\r\\n`` line ends, blank lines of spaces
    or NBSP, blank lines before and after, and body paragraphs hard-wrapped
    at 30 to 72 columns::

        Rendered(text='Talks stall as winter nears\\n\\nAUGUST 19, 2021\\n\\n'
                      'By Jane Smith | Reuters\\n\\nPARIS (AFP) - The vote is ...',
                 truth=Article(headline='Talks stall as winter nears',
                               published=datetime.date(2021, 8, 19), byline=..., ...))

    The truth fills ``headline``, ``published`` (the date line's date, else
    the byline's, else the dateline's, as :func:`~newsparse.parse_article`
    takes it), ``byline``, ``dateline``, ``paragraphs``, ``captions``,
    ``quotes``, ``blocks`` (kinds and spans) and, in ``people``, the
    speakers of the quotes with the mentions that name them; ``Person.roles``
    and the blocks' clean text are left for the parser. ``quotes`` may be a
    :func:`quotes` or a :func:`quote_passages` strategy (the default); a
    passage over two paragraphs becomes two paragraph blocks. Line ends are
    ``\\n``, ``\\r\\n`` or a lone ``\\r``; blank lines may hold spaces,
    NBSP or tabs; the text may open with a byte order mark (``\\ufeff``).
    """
    return _articles(
        (bylines if bylines is not None else _bylines()) if with_byline else None,
        (date_lines if date_lines is not None else _date_lines()) if with_date_line else None,
        quotes if quotes is not None else _quote_passages(),
        captions if captions is not None else _captions(),
        dateline,
        _LAYOUTS,
    )
