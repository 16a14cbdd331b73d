"""The article parser: the whole text as blocks, and the records read from them.

``parse_article`` segments the text (:mod:`newsparse._text`), classifies each
segment as a block (headline, date line, byline, dateline, body paragraph,
caption, summary, site, unknown) and fills the :class:`~newsparse.Article`
from the per-block parsers. Every non-blank character of the input lies in
exactly one block; what no rule recognises is an ``unknown`` block, never
dropped.

The per-block parsers are arguments, so a caller can plug in a stricter
byline parser or a different caption reader without subclassing. Each is
called as ``parser(text, start=..., end=...)`` on the window of one block
(dateline and caption parsers also get ``year=``, the article's year when
known; caption parsers also ``published=``, its date) and returns its
record with spans in the coordinates of ``text``, or ``None``. Wrap a
parser that takes a plain string with :func:`newsparse.on_slice`.

Two finders then read the body as a whole. The people finder is called as
``finder(text, windows=[...])`` with the spans of the body paragraphs and
of the caption texts (credit_starts left out) and returns
:class:`~newsparse.Person` records; the quote finder as ``finder(text,
people=..., start=..., end=...)`` over the body. Pass ``None`` to skip
either.
"""

from __future__ import annotations

import bisect
import datetime
import inspect
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar, cast

import attrs
import regex

from ._caption_blocks import caption_block, read_block
from ._subheads import subhead_blocks
from ._text import (
    Segment,
    clean,
    ends_like_sentence,
    is_sentence,
    segments,
    sentence_count,
    word_count,
)
from ._types import (
    Article,
    Block,
    BlockKind,
    Byline,
    Caption,
    Contributor,
    DateLine,
    Dateline,
    Paragraph,
    Person,
    Quote,
    Span,
    map_offsets,
)
from .bylines import parse_byline
from .captions import parse_caption
from .contributors import (
    before_credit,
    credit_starts,
    find_trailing_credit,
    parse_contributors,
)
from .datelines import dateline_end, parse_dateline
from .dates import parse_date_line
from .errors import check_text
from .people import extract_people
from .quotes import extract_quotes

__all__ = [
    "BylineParser",
    "CaptionParser",
    "DatelineParser",
    "PeopleFinder",
    "QuoteFinder",
    "on_slice",
    "parse_article",
]

R_co = TypeVar("R_co", covariant=True)


class BylineParser(Protocol):
    """What ``parse_article(byline_parser=...)`` calls."""

    def __call__(self, text: str, *, start: int = 0, end: int | None = None) -> Byline | None:
        """Return the byline in ``text[start:end]`` or ``None``."""


class DatelineParser(Protocol):
    """What ``parse_article(dateline_parser=...)`` calls."""

    def __call__(
        self, text: str, *, start: int = 0, end: int | None = None, year: int | None = None
    ) -> Dateline | None:
        """Return the dateline opening ``text[start:end]`` or ``None``."""


class CaptionParser(Protocol):
    """What ``parse_article(caption_parser=...)`` calls.

    ``published`` is the article's publication date when known (body blocks
    only), to resolve a weekday (``on Tuesday``) in the caption.
    """

    def __call__(
        self,
        text: str,
        *,
        start: int = 0,
        end: int | None = None,
        year: int | None = None,
        published: datetime.date | None = None,
    ) -> Caption | None:
        """Return ``text[start:end]`` read as a photo caption, or ``None``."""


class PeopleFinder(Protocol):
    """What ``parse_article(people_finder=...)`` calls."""

    def __call__(self, text: str, *, windows: Sequence[Span] | None = None) -> tuple[Person, ...]:
        """Return the people named in the ``windows`` of ``text``, with mention
        spans in the coordinates of ``text``.
        """


class QuoteFinder(Protocol):
    """What ``parse_article(quote_finder=...)`` calls."""

    def __call__(
        self,
        text: str,
        *,
        people: Sequence[Person] | None = None,
        start: int = 0,
        end: int | None = None,
    ) -> tuple[Quote, ...]:
        """Return the quotes in ``text[start:end]``, speakers resolved through ``people``.

        A finder that also takes ``paragraphs`` (a sequence of
        :class:`~newsparse.Span`) is given the body paragraphs as the
        article parser cut them, as :func:`~newsparse.extract_quotes` is.
        """


T = TypeVar("T")


def on_slice(parser: Callable[[str], T | None]) -> Callable[..., T | None]:
    """Adapt ``parser(text) -> record | None`` to the windowed protocol.

    The returned callable takes ``(text, *, start=0, end=None, **options)``,
    calls ``parser`` on ``text[start:end]`` (options are dropped) and moves
    every :class:`Span` in the result by ``start``, so a parser written for a
    single string can be plugged into :func:`parse_article`.
    """

    def windowed(text: str, *, start: int = 0, end: int | None = None, **_: object) -> T | None:
        result = parser(text[start:end])
        return None if result is None else _shift(result, start)

    return windowed


def _shift(value: T, offset: int) -> T:
    return value if offset == 0 else map_offsets(value, lambda pos: pos + offset)


# --- block shapes -----------------------------------------------------------

# A site line: a bare domain or URL (``www.cbsnews.com``).
_SITE = regex.compile(
    r"""
    (?: (?i:https?://) | (?i:www\.) )?
    [\p{L}\d-]+ (?: \. [\p{L}\d-]+ )* \. \p{L}{2,24}   # host name
    (?: / \S* )?                                       # a path
    $
    """,
    regex.VERBOSE,
)
# A label or banner on its own: ``Contact:``, ``Bill Nelson, U.S. Senator from Florida:``.
_LABEL_ONLY = regex.compile(r".{1,80}:$")
# Page furniture: a line of symbols (``* * *``, ``###``) or ``### Return``.
_FURNITURE = regex.compile(r"(?:[^\p{L}\p{N}]+|\#{2,}.{0,40})$")

_MAX_HEADER_BLOCKS = 10
"""How far into the text bylines and date lines are looked for."""
_MAX_TITLE_CHARS = 250
_MAX_DATE_LINE_CHARS = 100
"""Longer blocks are not offered to the date-line reader: none is that long."""


def _is_title_shape(text: str) -> bool:
    """Short, one or two sentences: a headline or a deck could look like this."""
    return (
        len(text) <= _MAX_TITLE_CHARS
        and sentence_count(text) <= 2
        and not _LABEL_ONLY.match(text)
        and word_count(text) >= 1
    )


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


# --- the parser ----------------------------------------------------------------


@attrs.define
class _Draft:
    """What the classifier has decided so far; turned into an Article at the end."""

    kinds: list[BlockKind]
    texts: list[str]
    headline: int | None = None
    summary: int | None = None
    site: int | None = None
    byline: Byline | None = None
    date_lines: list[DateLine] = attrs.Factory(list)
    dateline: Dateline | None = None
    dateline_block: int | None = None
    captions: list[Caption] = attrs.Factory(list)
    contributors: list[Contributor] = attrs.Factory(list)
    date_line_reads: dict[int, DateLine | None] = attrs.Factory(dict)
    byline_reads: dict[tuple[int, bool], Byline | None] = attrs.Factory(dict)
    """Each block read once as a date line and as a byline (a look-ahead asks too)."""


def parse_article(
    text: str,
    *,
    byline_parser: BylineParser = parse_byline,
    dateline_parser: DatelineParser = parse_dateline,
    caption_parser: CaptionParser = parse_caption,
    people_finder: PeopleFinder | None = extract_people,
    quote_finder: QuoteFinder | None = extract_quotes,
) -> Article:
    """Parse the plain text of a news article.

    Returns an :class:`~newsparse.Article` whose ``blocks`` partition the
    input; an empty or blank string gives an empty ``Article``.

    >>> from newsparse import parse_article
    >>> text = "Storm hits coast\\n\\nBy Jane Doe, Reuters\\n\\nA storm hit the coast."
    >>> article = parse_article(text)
    >>> article.headline
    'Storm hits coast'
    >>> [author.name for author in article.byline.authors]
    ['Jane Doe']
    """
    check_text(text)
    article = _blocks_and_header(text, byline_parser, dateline_parser, caption_parser)
    if article is None:
        return Article()
    if people_finder is not None:
        article = _with_people(text, article, people_finder)
    if quote_finder is not None and article.paragraphs:
        quotes: list[Quote] = []
        windows = _skip_dateline(text, _quote_windows(article.paragraphs), article.dateline)
        starts = [[m.span.start for m in p.mentions] for p in article.people]
        # the body's paragraphs, as the segmenter cut them: a finder that
        # takes them does not cut the text again
        takes_paragraphs = _takes(quote_finder, "paragraphs")
        paragraphs = _body_paragraphs(text, article) if takes_paragraphs else []
        for start, end in windows:
            people = (
                article.people
                if len(windows) == 1
                else _people_in(article.people, starts, start, end)
            )
            if takes_paragraphs:
                # the protocol leaves ``paragraphs`` out: older finders lack it
                finder = cast("Callable[..., tuple[Quote, ...]]", quote_finder)
                found = finder(text, people=people, start=start, end=end, paragraphs=paragraphs)
            else:
                found = quote_finder(text, people=people, start=start, end=end)
            quotes.extend(found)
        article = attrs.evolve(article, quotes=quotes)
    return article


def _takes(finder: Callable[..., object], keyword: str) -> bool:
    """Whether ``finder`` accepts the keyword argument ``keyword``."""
    try:
        parameters = inspect.signature(finder).parameters.values()
    except (TypeError, ValueError):  # a builtin or C callable without a signature
        return False
    return any(
        p.kind is inspect.Parameter.VAR_KEYWORD
        or (p.name == keyword and p.kind is not inspect.Parameter.POSITIONAL_ONLY)
        for p in parameters
    )


def _blocks_and_header(
    text: str,
    byline_parser: BylineParser,
    dateline_parser: DatelineParser,
    caption_parser: CaptionParser,
) -> Article | None:
    """The article without people and quotes, or ``None`` for a blank text.

    A function of its own so the segments and the draft (about the input's
    size again) are freed before the people and quote finders run.
    """
    segs = segments(text)
    if not segs:
        return None
    draft = _Draft(kinds=["paragraph"] * len(segs), texts=[clean(text, s.lines) for s in segs])
    _classify_header(text, segs, draft, byline_parser, dateline_parser, caption_parser)
    published = _published(draft)
    _classify_body(
        text,
        segs,
        draft,
        dateline_parser,
        caption_parser,
        None if published is None else published.date,
    )
    for i in subhead_blocks(draft.texts, draft.kinds):
        draft.kinds[i] = "subhead"
    return _assemble(segs, draft)


_QUOTE_WINDOW_CHARS = 100_000
"""The quote finder reads the body in windows of whole paragraphs of about
this size: every real article is one window, and a huge input costs time in
proportion to its size."""


def _people_in(
    people: Sequence[Person], starts: list[list[int]], start: int, end: int
) -> tuple[Person, ...]:
    """The people named in ``[start, end)``, each with only those mentions
    (``starts`` holds each person's sorted mention starts).
    """
    out = []
    for person, where in zip(people, starts):
        lo, hi = bisect.bisect_left(where, start), bisect.bisect_left(where, end)
        if lo < hi:
            out.append(attrs.evolve(person, mentions=person.mentions[lo:hi]))
    return tuple(out)


def _skip_dateline(
    text: str, windows: list[tuple[int, int]], dateline: Dateline | None
) -> list[tuple[int, int]]:
    """Cut the dateline out of the quote windows: it opens a paragraph but
    is no part of any sentence (``KABUL, Afghanistan (AP) — …, officials said.``).
    """
    if dateline is None:
        return windows
    out = []
    for start, end in windows:
        if start <= dateline.span.start < end:
            if text[start : dateline.span.start].strip():
                out.append((start, dateline.span.start))
            after = dateline_end(text, dateline, end=end)
            if after < end:
                out.append((after, end))
        else:
            out.append((start, end))
    return out


def _quote_windows(paragraphs: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Runs of consecutive paragraphs, each about ``_QUOTE_WINDOW_CHARS`` long."""
    windows: list[tuple[int, int]] = []
    start = paragraphs[0].span.start
    end = paragraphs[0].span.end
    for paragraph in paragraphs[1:]:
        if paragraph.span.end - start > _QUOTE_WINDOW_CHARS:
            windows.append((start, end))
            start = paragraph.span.start
        end = paragraph.span.end
    windows.append((start, end))
    return windows


def _classify_header(
    text: str,
    segs: list[Segment],
    draft: _Draft,
    byline_parser: BylineParser,
    dateline_parser: DatelineParser,
    caption_parser: CaptionParser,
) -> None:
    """Classify the blocks before the body: headline, deck, date lines, byline."""
    in_header = True
    for i in range(min(len(segs), _MAX_HEADER_BLOCKS)):
        block_text = draft.texts[i]
        kind = _header_kind(
            text, segs, i, block_text, draft, byline_parser, caption_parser, in_header=in_header
        )
        if kind is None and in_header:
            kind = _title_kind(text, segs, i, draft, byline_parser, dateline_parser)
            if kind is None and _is_standfirst(text, segs, i, draft, byline_parser):
                kind = "summary"
                if draft.summary is None:
                    draft.summary = i
        if kind is None:
            in_header = False
            continue
        draft.kinds[i] = kind


def _header_kind(
    text: str,
    segs: list[Segment],
    i: int,
    block_text: str,
    draft: _Draft,
    byline_parser: BylineParser,
    caption_parser: CaptionParser,
    *,
    in_header: bool,
) -> BlockKind | None:
    """The kind of a header block that its own shape decides, or ``None``.

    Date lines count towards the publication date only in the header, before
    the first body paragraph: a date line further down belongs to something
    the article quotes (an embedded press release).
    """
    if len(block_text) <= 300:
        if _is_site(block_text):
            if in_header and draft.byline is None and _beside_date_line(text, segs, i, draft):
                byline = _byline(text, segs, i, draft, byline_parser, header=True)
                if byline is not None:  # ntv.com.tr under the date line: the outlet
                    draft.byline = byline
                    return "byline"
            return "site"
        date_line = (
            _date_line(text, segs, i, draft) if len(block_text) <= _MAX_DATE_LINE_CHARS else None
        )
        if date_line is not None:
            if in_header:
                draft.date_lines.append(date_line)
            return "date_line"
        if draft.byline is None and not is_sentence(block_text):
            byline = _byline(text, segs, i, draft, byline_parser)
            if (
                byline is None
                and in_header
                and len(block_text) <= _MAX_BARE_BYLINE_CHARS
                and _beside_date_line(text, segs, i, draft)
            ):
                byline = _byline(text, segs, i, draft, byline_parser, header=True)
            if byline is not None:
                draft.byline = byline
                return "byline"
    caption = _caption(text, segs, i, draft, caption_parser, year=None, published=None)
    if caption is not None:
        draft.captions.append(caption)
        return "caption"
    return None


def _title_kind(
    text: str,
    segs: list[Segment],
    i: int,
    draft: _Draft,
    byline_parser: BylineParser,
    dateline_parser: DatelineParser,
) -> BlockKind | None:
    """Headline, deck or furniture at the top of the article, or ``None`` for body."""
    block_text = draft.texts[i]
    seg = segs[i]
    if _LABEL_ONLY.match(block_text) or _FURNITURE.match(block_text):
        return "unknown"
    if not _is_title_shape(block_text):
        return None
    if dateline_parser(text, start=seg.start, end=seg.end) is not None:
        return None  # a dateline opens the body
    if draft.headline is None:
        if ends_like_sentence(block_text) and not _header_ahead(
            text, segs, i, draft, byline_parser
        ):
            return None  # a one-sentence lead paragraph, not a headline
        draft.headline = i
        return "headline"
    headline_text = draft.texts[draft.headline]
    # ``Press Release: Senate passes bill`` and then ``Senate passes bill``:
    # the first was the page title, the second is the headline; once a date
    # line or byline has followed the headline, it stays.
    settled = draft.byline is not None or any(line.label != "today" for line in draft.date_lines)
    if not settled and (
        _fold(headline_text).endswith(_fold(block_text))
        or (word_count(headline_text) <= 2 and not ends_like_sentence(block_text))
    ):
        draft.kinds[draft.headline] = "unknown"
        draft.headline = i
        return "headline"
    if ends_like_sentence(block_text):
        return None
    if draft.summary is None:
        draft.summary = i
    return "summary"


_MAX_STANDFIRST_BLOCKS = 7
"""At most this many standfirst blocks between a headline and the date line
or byline below them."""
_MAX_STANDFIRST_CHARS = 1000
"""A standfirst is a few sentences: blocks of more characters than this
together are body text (a release quoted before its own date line)."""


def _is_standfirst(
    text: str, segs: list[Segment], i: int, draft: _Draft, byline_parser: BylineParser
) -> bool:
    """Whether block ``i``, after the headline, is a standfirst (a deck, a
    teaser) before the date line or byline (:func:`_header_ahead`).
    """
    if draft.headline is None or draft.byline is not None:
        return False  # after them, a block is body or summary by its shape
    if any(line.label != "today" for line in draft.date_lines):
        return False
    budget = _MAX_STANDFIRST_CHARS - len(draft.texts[i])
    return budget >= 0 and _header_ahead(text, segs, i, draft, byline_parser, budget=budget)


def _header_ahead(
    text: str,
    segs: list[Segment],
    i: int,
    draft: _Draft,
    byline_parser: BylineParser,
    *,
    budget: int = _MAX_STANDFIRST_CHARS,
) -> bool:
    """Whether a date line or a byline follows block ``i`` within
    :data:`_MAX_STANDFIRST_BLOCKS` blocks, the blocks between them of at
    most ``budget`` characters together (a standfirst).
    """
    stop = min(len(segs) - 1, i + _MAX_STANDFIRST_BLOCKS, _MAX_HEADER_BLOCKS)
    for j in range(i, stop):
        if j > i:
            budget -= len(draft.texts[j])
            if budget < 0:
                return False
        if _next_is_header(text, segs, j, draft, byline_parser):
            return True
    return False


def _next_is_header(
    text: str, segs: list[Segment], i: int, draft: _Draft, byline_parser: BylineParser
) -> bool:
    """Whether the block after ``i`` is a date line or a byline."""
    if i + 1 >= len(segs):
        return False
    if len(draft.texts[i + 1]) > 300:
        return False
    if len(draft.texts[i + 1]) <= _MAX_DATE_LINE_CHARS and _date_line(text, segs, i + 1, draft):
        return True
    return _byline(text, segs, i + 1, draft, byline_parser) is not None


def _date_line(text: str, segs: list[Segment], i: int, draft: _Draft) -> DateLine | None:
    """Block ``i`` read as a date line, once per article."""
    if i not in draft.date_line_reads:
        seg = segs[i]
        draft.date_line_reads[i] = parse_date_line(text, start=seg.start, end=seg.end)
    return draft.date_line_reads[i]


def _byline(
    text: str,
    segs: list[Segment],
    i: int,
    draft: _Draft,
    byline_parser: BylineParser,
    *,
    header: bool = False,
) -> Byline | None:
    """Block ``i`` read by the byline parser, once per article; with
    ``header``, as a line of the header beside the date line, where names
    alone make a byline (a parser that takes the keyword is told so).
    """
    key = (i, header)
    if key not in draft.byline_reads:
        seg = segs[i]
        if not header:
            draft.byline_reads[key] = byline_parser(text, start=seg.start, end=seg.end)
        elif _takes(byline_parser, "header"):
            parser = cast("Callable[..., Byline | None]", byline_parser)
            draft.byline_reads[key] = parser(text, start=seg.start, end=seg.end, header=True)
        else:
            draft.byline_reads[key] = None
    return draft.byline_reads[key]


_MAX_BARE_BYLINE_CHARS = 120
"""A longer block is not a byline of names alone."""


def _beside_date_line(text: str, segs: list[Segment], i: int, draft: _Draft) -> bool:
    """Whether block ``i`` comes after the headline, right before or after a
    date line: where a byline of names alone stands.
    """
    if draft.headline is None or i <= draft.headline:
        return False
    if draft.kinds[i - 1] == "date_line":
        return True
    return (
        i + 1 < len(segs)
        and len(draft.texts[i + 1]) <= _MAX_DATE_LINE_CHARS
        and _date_line(text, segs, i + 1, draft) is not None
    )


def _is_site(block_text: str) -> bool:
    """A site line; a clean block with a space in it never is one (cheap test first)."""
    return " " not in block_text and _SITE.match(block_text) is not None


@attrs.frozen
class _When:
    """When the article says it was published, and where it says so."""

    date: datetime.date
    span: Span
    time: datetime.time | None = None
    timezone: str | None = None
    updated: datetime.date | None = None
    updated_time: datetime.time | None = None
    updated_span: Span | None = None


def _published(draft: _Draft) -> _When | None:
    """The publication date: a date line (``Published`` first, ``Today`` never),
    else the byline's date, else the dateline's; with the time printed with
    it, and the update the header prints.
    """
    lines = [line for line in draft.date_lines if line.label != "today"]
    ranked = sorted(
        lines, key=lambda line: {"published": 0, None: 1, "updated": 2}.get(line.label, 3)
    )
    if ranked:
        first = ranked[0]
        update = next((line for line in lines if line.label == "updated"), None)
        updated: DateLine | None = None
        if first.updated is not None:
            updated = attrs.evolve(
                first,
                date=first.updated,
                time=first.updated_time,
                date_span=first.updated_span or first.date_span,
            )
        elif update is not None:
            updated = update
        return _When(
            date=first.date,
            span=first.date_span,
            time=first.time,
            timezone=first.timezone,
            updated=updated.date if updated else None,
            updated_time=updated.time if updated else None,
            updated_span=updated.date_span if updated else None,
        )
    if draft.byline is not None and draft.byline.date is not None:
        assert draft.byline.date_span is not None  # noqa: S101 - set together
        return _When(date=draft.byline.date, span=draft.byline.date_span)
    if draft.dateline is not None and draft.dateline.date is not None:
        return _When(date=draft.dateline.date, span=draft.dateline.span)
    return None


def _classify_body(
    text: str,
    segs: list[Segment],
    draft: _Draft,
    dateline_parser: DatelineParser,
    caption_parser: CaptionParser,
    published: datetime.date | None,
) -> None:
    """Classify the blocks after the header: body, captions, datelines, sites."""
    year = None if published is None else published.year
    for i, seg in enumerate(segs):
        if draft.kinds[i] != "paragraph":
            continue
        block_text = draft.texts[i]
        if len(block_text) <= 300:
            if _is_site(block_text):
                draft.kinds[i] = "site"
                continue
            if (
                i >= _MAX_HEADER_BLOCKS
                and len(block_text) <= _MAX_DATE_LINE_CHARS
                and _date_line(text, segs, i, draft)
            ):
                draft.kinds[i] = "date_line"
                continue
        if i >= _MAX_HEADER_BLOCKS:
            caption = _caption(text, segs, i, draft, caption_parser, year=year, published=published)
            if caption is not None:
                draft.captions.append(caption)
                draft.kinds[i] = "caption"
                continue
        if _FURNITURE.match(block_text):
            draft.kinds[i] = "unknown"
            continue
        if _contributors(text, segs, i, draft):
            continue
        if draft.dateline is None:
            dateline = dateline_parser(text, start=seg.start, end=seg.end, year=year)
            if dateline is not None:
                draft.dateline = dateline
                draft.dateline_block = i
                after = dateline_end(text, dateline, end=seg.end)
                if after >= seg.end:
                    draft.kinds[i] = "dateline"
                else:
                    draft.texts[i] = clean(text, seg.lines, start=after)


def _contributors(text: str, segs: list[Segment], i: int, draft: _Draft) -> bool:
    """Read the contributor credit that block ``i`` is (its kind becomes
    ``contributors``) or that closes it (its text ends before); whether it is one.
    """
    seg = segs[i]
    whole = parse_contributors(text, start=seg.start, end=seg.end)
    if whole:
        draft.kinds[i] = "contributors"
        draft.contributors.extend(whole)
        return True
    tail = find_trailing_credit(text, start=seg.start, end=seg.end)
    if tail:
        draft.contributors.extend(tail)
        bracket = max(text.rfind(mark, seg.start, tail[0].span.start) for mark in "([")
        lines = [(start, min(end, bracket)) for start, end in seg.lines if start < bracket]
        draft.texts[i] = clean(text, lines).rstrip() if lines else ""
    return False


# --- captions --------------------------------------------------------------------


def _caption(
    text: str,
    segs: list[Segment],
    i: int,
    draft: _Draft,
    caption_parser: CaptionParser,
    *,
    year: int | None,
    published: datetime.date | None,
) -> Caption | None:
    """Block ``i`` read as a photo caption, or ``None`` when it is none.

    Whether it is one is decided by its shape and its credit
    (:mod:`newsparse._caption_blocks`); only those blocks are offered to
    the caption parser, which reads any text it is given as a caption (the
    default one reuses the credit the decision found). The first block of
    an article of several is the headline's place: a weak credit shape
    there (``Storm hits coast (Reuters)``) makes no caption. A short line
    right under a credit line of its own (``Mandatory Credit: Photo by …``,
    no blank line between) is the caption that credit opens.
    """
    seg = segs[i]
    previous = draft.captions[-1] if draft.captions and i > 0 else None
    under_credit = (
        previous is not None
        and not previous.text
        and previous.span.end == segs[i - 1].end
        and text.count("\n", segs[i - 1].end, seg.start) == 1
    )
    block = caption_block(
        text, seg.start, seg.end, first=i == 0 and len(segs) > 1, under_credit=under_credit
    )
    if block is None:
        return None
    if caption_parser is parse_caption:
        return read_block(text, block, year=year, published=published)
    return caption_parser(text, start=seg.start, end=seg.end, year=year, published=published)


def _assemble(segs: list[Segment], draft: _Draft) -> Article:
    blocks = tuple(
        Block(kind=kind, span=Span(start=seg.start, end=seg.end), text=block_text)
        for kind, seg, block_text in zip(draft.kinds, segs, draft.texts)
    )
    paragraphs = tuple(
        Paragraph(text=block.text, span=block.span) for block in blocks if block.kind == "paragraph"
    )
    published = _published(draft)
    site = next((b for b in blocks if b.kind == "site"), None)
    headline = blocks[draft.headline] if draft.headline is not None else None
    summary = blocks[draft.summary] if draft.summary is not None else None
    return Article(
        headline=headline.text if headline else None,
        headline_span=headline.span if headline else None,
        published=published.date if published else None,
        published_span=published.span if published else None,
        published_time=published.time if published else None,
        published_timezone=published.timezone if published else None,
        updated=published.updated if published else None,
        updated_time=published.updated_time if published else None,
        updated_span=published.updated_span if published else None,
        byline=draft.byline,
        dateline=draft.dateline,
        paragraphs=paragraphs,
        captions=tuple(sorted(draft.captions, key=lambda c: c.span.start)),
        contributors=tuple(draft.contributors),
        summary=summary.text if summary else None,
        summary_span=summary.span if summary else None,
        site=site.text if site else None,
        site_span=site.span if site else None,
        blocks=blocks,
    )


def _body_paragraphs(text: str, article: Article) -> list[Span]:
    """The spans of the body paragraphs, without a dateline and its dash
    that open one.
    """
    spans = []
    dateline = article.dateline
    credits_at = credit_starts(article.contributors)
    for paragraph in article.paragraphs:
        span = before_credit(paragraph.span, credits_at)
        if dateline is not None and span.start <= dateline.span.start < span.end:
            after = dateline_end(text, dateline, end=span.end)
            if after >= span.end:
                continue
            span = Span(start=after, end=span.end)
        spans.append(span)
    return spans


def _body_windows(article: Article) -> list[Span]:
    """The spans the people finder reads: body paragraphs (after a dateline
    that opens one), the summary, and caption texts without their credit_starts.
    """
    windows = []
    dateline = article.dateline
    credits_at = credit_starts(article.contributors)
    for paragraph in article.paragraphs:
        span = before_credit(paragraph.span, credits_at)
        if dateline is not None and span.start <= dateline.span.start < span.end:
            span = Span(start=min(dateline.span.end, span.end), end=span.end)
        windows.append(span)
    windows.extend(block.span for block in article.blocks if block.kind == "subhead")
    if article.summary_span is not None:
        windows.append(article.summary_span)
    for caption in article.captions:
        end = caption.span.end
        if caption.credit is not None and caption.credit.span.start > caption.span.start:
            end = caption.credit.span.start
        windows.append(Span(start=caption.span.start, end=end))
    return windows


def _with_people(text: str, article: Article, finder: PeopleFinder) -> Article:
    """The article with its people, and each caption with the people it names."""
    people = finder(text, windows=_body_windows(article))
    named = sorted((m.span.start, p.name) for p in people for m in p.mentions)
    starts = [at for at, _ in named]
    captions = []
    for caption in article.captions:
        lo = bisect.bisect_left(starts, caption.span.start)
        hi = bisect.bisect_left(starts, caption.span.end)
        # names in order of their first mention inside the caption
        names = tuple(dict.fromkeys(name for _, name in named[lo:hi]))
        captions.append(attrs.evolve(caption, people=names))
    return attrs.evolve(article, people=people, captions=tuple(captions))
