"""Whole articles built from the other strategies: :func:`articles`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from newsparse._types import (
    Article,
    Block,
    BlockKind,
    Byline,
    Caption,
    DateLine,
    Paragraph,
    Person,
    Quote,
    Span,
    map_offsets,
)

from ._bylines import _bylines
from ._captions import _captions
from ._datelines import datelines
from ._dates import _date_lines
from ._quotes import _quote_passages
from ._render import Rendered, _Builder, _shift
from ._vocabulary import _FILLERS, _HEADLINES, _sample


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
