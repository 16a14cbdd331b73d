"""The records newsparse returns.

Every record is a frozen, slotted, keyword-only attrs class. Values that come
from the input carry a :class:`Span` into the exact string the caller passed
in, so that ``text[span.start:span.end]`` is the raw text the value came
from; cleaned values (title-cased names, parsed dates, joined hard wraps) sit
beside the span, never instead of it.

Records hold tuples, not lists, and ``None`` for "absent". Change one with
:func:`attrs.evolve`. :func:`newsparse.to_dict` and :func:`newsparse.from_dict`
convert them to JSON-ready dicts and back without loss.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

import attrs

from ._view import article_fragment, record_view

__all__ = [
    "SPEECH_KINDS",
    "Article",
    "Author",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Contributor",
    "ContributorRole",
    "Credit",
    "DateLine",
    "Dateline",
    "Mention",
    "Paragraph",
    "Person",
    "Quote",
    "QuoteKind",
    "Span",
]

BlockKind = Literal[
    "headline",
    "date_line",
    "byline",
    "dateline",
    "paragraph",
    "caption",
    "summary",
    "site",
    "unknown",
    "subhead",
    "contributors",
]
"""What a block of the article is. ``date_line`` is a line that carries the
publication date (``AUGUST 19, 2021``); ``dateline`` is the place (and
perhaps agency and date) that opens a story (``KABUL, Afghanistan (AP) —``);
``subhead`` a heading inside the body; ``contributors`` a credit line of
the people who reported, edited or translated the story (``(Reporting by
…; Editing by …)``, ``… contributed to this report.``)."""

BLOCK_KINDS: tuple[BlockKind, ...] = (
    "headline",
    "date_line",
    "byline",
    "dateline",
    "paragraph",
    "caption",
    "summary",
    "site",
    "unknown",
    "subhead",
    "contributors",
)

QuoteKind = Literal["direct", "partial", "indirect", "belief"]
"""What a quote attributes: speech quoted whole (``direct``), in part
(``partial``) or reported (``indirect``); or no speech at all (``belief``):
what someone believes, wants or judges, or what a finding shows."""
QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "indirect", "belief")
SPEECH_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "indirect")
"""The kinds that attribute speech: who *said* what."""


def _check_span(instance: Span, _attribute: attrs.Attribute[int], _value: int) -> None:
    if not 0 <= instance.start <= instance.end:
        msg = f"Span needs 0 <= start <= end, got start={instance.start}, end={instance.end}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Span:
    """Offsets ``[start, end)`` into the caller's string."""

    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_span])

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return ``text[start:end]``."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        """Return this span moved ``offset`` characters to the right."""
        return Span(start=self.start + offset, end=self.end + offset)

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


T = TypeVar("T")


def map_offsets(value: T, where: Callable[[int], int]) -> T:
    """Return ``value`` with every :class:`Span` inside it (in records and
    tuples, however deep) moved by ``where``, which maps an old offset to a
    new one; everything else is kept.
    """
    if isinstance(value, Span):
        return Span(start=where(value.start), end=where(value.end))  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(map_offsets(item, where) for item in value)  # type: ignore[return-value]
    if attrs.has(type(value)):
        changes = {
            field.name: map_offsets(getattr(value, field.name), where)
            for field in attrs.fields(type(value))  # type: ignore[arg-type]
        }
        return attrs.evolve(value, **changes)  # type: ignore[misc]
    return value


# Converters: records hold tuples but accept any iterable. One per element
# type, because mypy's attrs plugin does not specialise a generic converter.
def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _pairs(value: Iterable[Iterable[str]]) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(pair) for pair in value)  # type: ignore[misc]


def _authors(value: Iterable[Author]) -> tuple[Author, ...]:
    return tuple(value)


def _mentions(value: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(value)


def _paragraphs(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(value)


def _captions(value: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _people(value: Iterable[Person]) -> tuple[Person, ...]:
    return tuple(value)


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _contributors(value: Iterable[Contributor]) -> tuple[Contributor, ...]:
    return tuple(value)


ContributorRole = Literal[
    "reporting",
    "additional reporting",
    "writing",
    "editing",
    "photography",
    "translation",
    "research",
    "graphics",
    "video",
    "contributing",
]
"""What a contributor did: ``reporting`` (``Reporting by``), ``additional
reporting``, ``writing``, ``editing``, ``photography``, ``translation``,
``research``, ``graphics``, ``video``, or ``contributing`` (``… contributed
to this report``)."""
CONTRIBUTOR_ROLES: tuple[ContributorRole, ...] = (
    "reporting",
    "additional reporting",
    "writing",
    "editing",
    "photography",
    "translation",
    "research",
    "graphics",
    "video",
    "contributing",
)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Author:
    """One person named in a byline."""

    name: str
    """The clean name: no rank or title, ALL CAPS title-cased (``John Smith``)."""
    raw: str
    """The name exactly as written (``JOHN SMITH``)."""
    span: Span
    role: str | None = None
    """Rank or job title as written (``Staff Sgt.``, ``Senior Reporter``)."""
    affiliation: str | None = None
    """Unit or outlet the author writes for (``35th Fighter Wing Public Affairs``)."""
    email: str | None = None
    """An e-mail address printed with the name in the byline."""
    handle: str | None = None
    """A social-media handle printed with the name (``@janedoe``)."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Contributor:
    """One person or organisation credited for work on the story outside
    the byline (``Reporting by Jane Roe in Hull``, ``Editing by John Doe``,
    ``Jane Roe contributed to this report``): not a person of the story.
    """

    name: str
    """The clean name (ALL CAPS title-cased)."""
    raw: str
    span: Span
    role: ContributorRole = attrs.field(validator=attrs.validators.in_(CONTRIBUTOR_ROLES))
    place: str | None = None
    """Where they worked from, as written (``Hull`` in ``by Jane Roe in Hull``)."""
    organization: bool = False
    """The name is a news organisation (``Additional reporting by Reuters``)."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Byline:
    """Who wrote the article, and for whom."""

    raw: str
    span: Span
    authors: tuple[Author, ...] = attrs.field(default=(), converter=_authors)
    organizations: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """News organisations and offices credited in the byline (``AFP``, ``CBS``)."""
    date: datetime.date | None = None
    """A date written on the byline line (``/ Published May 29, 2015``)."""
    date_span: Span | None = None

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


DateLabel = Literal["published", "updated", "today"]
"""What a date line says its date is: ``Published …``, ``Updated on: …``,
or the day the page was viewed (``Today: …``)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class DateLine:
    """A line that carries a date and little else (``AUGUST 19, 2021``,
    ``Updated on: August 19, 2021 / 11:02 AM / CBS News``).
    """

    raw: str
    span: Span
    date: datetime.date
    date_span: Span
    """Where the date itself is written inside the line."""
    time: datetime.time | None = None
    label: DateLabel | None = None
    timezone: str | None = None
    """The time zone printed with the time, as written (``BST``, ``GMT+2``)."""
    updated: datetime.date | None = None
    """A second, labelled date on the line: the update (``Published … |
    Updated …``). A line whose only date is an update has ``label``
    ``"updated"`` and this ``None``."""
    updated_span: Span | None = None
    updated_time: datetime.time | None = None

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Dateline:
    """The place, and perhaps agency and date, that opens a story."""

    raw: str
    """As written, without the trailing dash (``KABUL, Afghanistan (AP)``)."""
    span: Span
    place: str
    """The place as written (``KABUL, Afghanistan``)."""
    city: str | None = None
    region: str | None = None
    """A state or province, spelled out (``California`` for ``Calif.``)."""
    country: str | None = None
    date: datetime.date | None = None
    agency: str | None = None
    """The news agency or service as written (``AP``, ``Army News Service``)."""
    month: int | None = None
    """The month of the date the dateline writes, also when its year is
    neither written nor known (``LONDON, March 3`` → 3; ``date`` is then
    ``None``)."""
    day: int | None = None
    """The day of that date (``LONDON, March 3`` → 3)."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Credit:
    """The credit line of a photo."""

    raw: str
    span: Span
    photographers: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    contributors: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    """``(role, name)`` of the people a credit names for something other than
    the picture, in order (``Foto: A. Styling: B.`` → ``(("styling", "B"),)``);
    the role is the English word of the label table (``styling``, ``hair``,
    ``make-up``, ``text``, ``production``)."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Caption:
    """A photo caption, its credit held apart."""

    raw: str
    span: Span
    text: str
    """The caption without its credit."""
    credit: Credit | None = None
    date: datetime.date | None = None
    """The date the photo was taken."""
    place: str | None = None
    file_photo: bool = False
    people: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Mention:
    """One place where the text names something, as written."""

    text: str
    span: Span

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Person:
    """A person the article names, with every mention of them."""

    name: str
    """The canonical (fullest) name, without titles or ranks."""
    given: str | None = None
    family: str | None = None
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Titles, ranks and jobs as written (``Russian Foreign Minister``,
    ``Taliban negotiator``, ``the first Western-backed leader of Afghanistan``)."""
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    """Every place the text names the person, in order: the full name, the
    surname alone, a title and surname; the name only, without the title."""
    affiliations: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Outlets or bodies the text ties the person to (``CBS News`` in
    ``CBS News' Charlie D'Agata``)."""
    party_state: str | None = None
    """A US party-state tag as written (``D-Mass.``)."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Quote:
    """An attributed statement: who said what, to whom."""

    text: str
    """The quoted (or reported) content, clean."""
    span: Span
    kind: QuoteKind = attrs.field(validator=attrs.validators.in_(QUOTE_KINDS))
    speaker: str | None = None
    """Canonical name of the person or organisation speaking."""
    speaker_mention: Mention | None = None
    """The speaker as written at the cue (``he``, ``Lavrov``)."""
    cue: str | None = None
    cue_span: Span | None = None
    addressee: str | None = None
    medium: str | None = None
    """Where it was said (``Twitter``)."""
    quoted: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    """The pieces in quotation marks inside reported content (a mixed quote:
    ``She said the plan "buys time" for the talks.``), in order; empty when
    none is."""
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    """The pieces of a quote its cue interrupts (``"We will win," she said,
    "and we will win big."``), in order: ``span`` runs from the first to the
    last and ``text`` joins them; empty when the quote is one piece."""
    speaker_index: int | None = attrs.field(default=None, eq=False)
    """Where the speaker is in the people the quotes were resolved through
    (``Article.people``): ``people[speaker_index]`` is the speaker's
    :class:`Person`; ``None`` when the speaker is no person of them. Left out
    of equality, as it points into a list rather than saying anything of
    the quote."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Paragraph:
    """A body paragraph.

    ``span`` covers the whole paragraph as written; ``text`` is its clean
    text, hard wraps joined and white space collapsed, with a dateline that
    opens the paragraph split off (the :class:`Dateline` keeps it).
    """

    text: str
    span: Span

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Block:
    """One block of the article's partition: a kind and a span.

    Every non-blank character of the input lies in exactly one block.
    """

    kind: BlockKind = attrs.field(validator=attrs.validators.in_(BLOCK_KINDS))
    span: Span
    text: str
    """The block's clean text: hard wraps joined, white space collapsed."""

    def _repr_html_(self) -> str:
        """A card of this record, for Jupyter (see :mod:`newsparse._view`)."""
        return record_view(self)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Article:
    """The structure of one news article."""

    headline: str | None = None
    headline_span: Span | None = None
    published: datetime.date | None = None
    published_span: Span | None = None
    """Where the publication date was read (a date line, a byline, a dateline)."""
    byline: Byline | None = None
    dateline: Dateline | None = None
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs)
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    people: tuple[Person, ...] = attrs.field(default=(), converter=_people)
    summary: str | None = None
    summary_span: Span | None = None
    site: str | None = None
    site_span: Span | None = None
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    published_time: datetime.time | None = None
    """The time printed with the publication date (``13:38`` of ``19.08.2021,
    13:38 Uhr``)."""
    published_timezone: str | None = None
    """The time zone printed with that time, as written (``BST``, ``GMT+2``)."""
    updated: datetime.date | None = None
    """The date of an update the header prints (``Updated …``,
    ``Aktualisiert …``). When the header prints only an update, ``published``
    is that date too."""
    updated_time: datetime.time | None = None
    updated_span: Span | None = None
    contributors: tuple[Contributor, ...] = attrs.field(default=(), converter=_contributors)
    """Credits outside the byline, in order: ``(Reporting by …; Editing by
    …)``, ``… contributed to this report``. Their names are not in
    ``people``."""

    def _repr_html_(self) -> str:
        """The article's view, for Jupyter: the one :func:`newsparse.render_html` draws.

        An article holds spans, not its text, so the view is drawn on the
        blocks' clean texts; ``render_html(text, article=article)`` is exact.
        """
        return article_fragment(self)
