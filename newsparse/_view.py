"""HTML views of the records: the fragments a notebook shows, and the body of the page.

One renderer draws every view. :func:`article_view` draws an article on its
text: every block labelled by its kind, every quote in its speaker's colour
(speaker, kind and cue on hover and on keyboard focus), the cue words
marked, people mentions underlined and linked to a side panel, caption
credits and dates marked, with a summary of the header above and a legend
beside. :func:`newsparse.render_html` wraps that fragment in a page;
``Article._repr_html_`` draws it on a stand-in text (:func:`article_fragment`),
and every other record's ``_repr_html_`` is a small card (:func:`record_view`).

A fragment is one ``<div class="np-view np-v-ID">`` holding its own
``<style>``: every rule is scoped to that root class, so it restyles nothing
else in a notebook (no ``body``, no ``:root``, no bare ``a``), and every
``id`` starts with ``np-ID-``, the ID new for each render, so two views
in one notebook never share an id. The page's fragment has the fixed ID
``page`` and plain ids (``quote-3``, ``person-2``), as documented.

This module is a leaf: it reads records by their attributes and imports no
record class at run time (``_types`` imports it for ``_repr_html_``) and no
parser. Markup is built from the sorted span boundaries: spans that cross
are split into fragments, so elements always nest. Every fragment of a quote
carries ``data-quote`` and ``data-speaker``; the first one is focusable.
Every character of the text is escaped.
"""

from __future__ import annotations

import datetime
import html
import secrets
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from ._types import Article, Caption, Dateline, Quote

__all__ = [
    "BLOCK_LABELS",
    "COLOUR_PAIRS",
    "article_fragment",
    "article_view",
    "contrast_ratio",
    "new_view_id",
    "record_view",
]

# Colours. Every text colour is used only on the backgrounds listed with it
# in COLOUR_PAIRS, and the tests check each pair's WCAG contrast ratio.
INK = "#1b1b1b"  # body text
PAGE = "#ffffff"  # page background
MUTED = "#595959"  # labels and secondary text
PANEL = "#f3f3f3"  # side panel background
TIP_INK = "#ffffff"
TIP_BG = "#1b1b1b"  # the details bar shown on hover and focus
FOCUS = "#0b4f9c"  # focus ring
MARK_BG = "#fff1b8"  # credits and dates
RULE = "#d0d0d0"  # the rule left of a block: decoration, its label says the kind

# Speaker colours: a light tint behind the quote (text stays INK) and a
# strong colour for its border and label (on the page background).
SPEAKER_COLOURS: tuple[tuple[str, str], ...] = (
    ("#dce9f9", "#0b5cad"),  # blue
    ("#fde4d2", "#a4410e"),  # orange
    ("#d9f0e0", "#1b6e3a"),  # green
    ("#f5ddf4", "#8e2c8a"),  # purple
    ("#fbdde2", "#a3122b"),  # red
    ("#d3eef0", "#00666b"),  # teal
    ("#f2ecc8", "#6b5900"),  # olive
    ("#e7e1fb", "#5b3fb8"),  # violet
)
UNATTRIBUTED = ("#e9e9e9", "#595959")  # grey: a quote without a speaker

COLOUR_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    (INK, PAGE, 4.5, "body text"),
    (MUTED, PAGE, 4.5, "block labels"),
    (INK, PANEL, 4.5, "side panel text"),
    (MUTED, PANEL, 4.5, "side panel secondary text"),
    (TIP_INK, TIP_BG, 4.5, "details bar"),
    (FOCUS, PAGE, 3.0, "focus ring"),
    (FOCUS, PANEL, 3.0, "focus ring on the side panel"),
    (INK, MARK_BG, 4.5, "credits and dates"),
    *((INK, tint, 4.5, "quote text on its speaker's tint") for tint, _ in SPEAKER_COLOURS),
    *((strong, PAGE, 4.5, "speaker label") for _, strong in SPEAKER_COLOURS),
    *((strong, PANEL, 4.5, "speaker key in the panel") for _, strong in SPEAKER_COLOURS),
    *((strong, tint, 3.0, "quote border on its tint") for tint, strong in SPEAKER_COLOURS),
    (INK, UNATTRIBUTED[0], 4.5, "unattributed quote text"),
    (UNATTRIBUTED[1], PAGE, 4.5, "unattributed label"),
    (UNATTRIBUTED[1], PANEL, 4.5, "unattributed key in the panel"),
)
"""``(foreground, background, minimum ratio, what)`` for every colour pair the
views use: 4.5 for text (WCAG AA), 3.0 for borders and focus rings (WCAG 1.4.11).
``RULE`` alone is in none: it only decorates, and carries nothing a label doesn't."""

BLOCK_LABELS = {
    "headline": "headline",
    "date_line": "date line",
    "byline": "byline",
    "dateline": "dateline",
    "paragraph": "body",
    "caption": "caption",
    "summary": "summary",
    "site": "site",
    "unknown": "unknown",
    "subhead": "subhead",
    "contributors": "contributors",
}

PAGE_VIEW_ID = "page"
"""The view id of the page's fragment: fixed, so a page is the same every time."""

QUOTE_SHOWN = 160
"""Characters of a quote's text shown in the side panel before it is cut."""


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21).

    >>> round(contrast_ratio("#000000", "#ffffff"), 1)
    21.0
    """
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def new_view_id() -> str:
    """A fresh id for one render: its root class and id prefix.

    Random rather than counted, so that views saved in a notebook by an
    earlier session never share an id with the views of this one.
    """
    return secrets.token_hex(5)


# --- CSS ----------------------------------------------------------------------
#
# Each rule is (selectors, declarations...). ``&`` is the view's root; any other
# selector is prefixed with it, so every rule is scoped to the root class.

_SANS = 'system-ui, "DejaVu Sans", sans-serif'
_SERIF = 'Georgia, "DejaVu Serif", serif'

_BASE_RULES: tuple[tuple[str, ...], ...] = (
    ("&", f"color-scheme: light; background: {PAGE}; color: {INK}; font: 17px/1.55 {_SERIF};"),
    ("& *", "box-sizing: border-box;"),
    (
        "&:focus, & [tabindex]:focus, & a:focus",
        f"outline: 3px solid {FOCUS}; outline-offset: 2px;",
    ),
    ("& [data-tip]:focus::after", "content: attr(data-tip);"),
    # On hover, the innermost element's details; a separate rule, so that a
    # browser without :has() still shows them on focus.
    ("& [data-tip]:hover:not(:has([data-tip]:hover))::after", "content: attr(data-tip);"),
    (
        "& [data-tip]:focus::after, & [data-tip]:hover::after",
        "position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 2;",
        " max-width: 44rem; margin: 0 auto; padding: 0.6rem 0.9rem; border-radius: 0.4rem;",
        f" background: {TIP_BG}; color: {TIP_INK}; font: 0.9rem/1.4 {_SANS};",
        " white-space: normal; text-decoration: none; font-weight: normal; font-style: normal;",
    ),
    *((f"& .np-c{i}", f"--tint: {t}; --strong: {s};") for i, (t, s) in enumerate(SPEAKER_COLOURS)),
    ("& .np-cx", f"--tint: {UNATTRIBUTED[0]}; --strong: {UNATTRIBUTED[1]};"),
    (
        "& .np-quote",
        f"background: var(--tint); color: {INK}; border-bottom: 2px solid var(--strong);",
        " padding: 0.05em 0;",
    ),
    ("& .np-partial", "border-bottom-style: dashed;"),
    ("& .np-indirect", "border-bottom-style: dotted;"),
    ("& .np-belief", "border-bottom-style: double; border-bottom-width: 3px;"),
    (
        "& .np-first::before",
        f"content: attr(data-speaker-label); color: var(--strong); background: {PAGE};",
        f" font: 700 0.68rem/1 {_SANS}; font-style: normal; padding: 0.1em 0.3em;",
        " margin-right: 0.25em; border: 1px solid var(--strong); border-radius: 0.25em;",
        " vertical-align: 0.15em;",
    ),
    (
        "& .np-cue",
        "font-weight: 700; text-decoration: underline double; text-underline-offset: 0.15em;",
    ),
    (
        "& .np-speaker",
        "box-shadow: inset 0 -0.35em 0 var(--tint); outline: 1px solid var(--strong);",
    ),
    (
        "& .np-person",
        "color: inherit; text-decoration: underline; text-decoration-thickness: 1px;",
        " text-underline-offset: 0.18em;",
    ),
    (
        "& .np-credit, & .np-date, & .np-dateline, & .np-author",
        f"background: {MARK_BG}; color: {INK}; border-bottom: 1px dashed {MUTED};",
        " font-style: normal;",
    ),
    (
        "& .np-credit::before",
        f'content: "credit "; font: 600 0.62rem/1 {_SANS}; text-transform: uppercase;',
        f" color: {MUTED}; background: {PAGE};",
    ),
    ("& .np-note", f"color: {MUTED};"),
    (
        "& .np-key",
        "display: inline-block; min-width: 1.4em; text-align: center; font-weight: 700;",
        f" color: var(--strong, {MUTED}); border: 2px solid var(--strong, {MUTED});",
        " border-radius: 0.3em; margin-right: 0.3em;",
    ),
)

_ARTICLE_RULES: tuple[tuple[str, ...], ...] = (
    ("&", "padding: 0.5rem 0 1rem;"),
    (
        "& .np-layout",
        "display: flex; flex-wrap: wrap; gap: 2rem; max-width: 70rem; margin: 0 auto;",
    ),
    ("& .np-main", "flex: 1 1 30rem; min-width: 0; max-width: 46rem;"),
    ("& .np-summary", f"margin: 0 0 1.2rem; font: 0.9rem/1.45 {_SANS};"),
    (
        "& .np-summary dl",
        "display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15rem 0.8rem;",
        " margin: 0;",
    ),
    ("& .np-summary dt", f"color: {MUTED}; font-weight: 600;"),
    ("& .np-summary dd", "margin: 0;"),
    ("& .np-text", "white-space: normal;"),
    (
        "& .np-block",
        "white-space: pre-wrap; margin: 0 0 0.9rem; padding-left: 0.7rem;",
        f" border-left: 3px solid {RULE};",
    ),
    (
        "& .np-label",
        f"display: block; font: 600 0.68rem/1.4 {_SANS}; letter-spacing: 0.06em;",
        f" text-transform: uppercase; color: {MUTED};",
    ),
    ("& .np-facts", "text-transform: none; letter-spacing: normal; font-weight: 400;"),
    (
        "& .np-k-headline",
        "font-size: 1.5rem; line-height: 1.3; font-weight: 700; border-left-width: 6px;",
    ),
    ("& .np-k-caption", "font-style: italic; border-left-style: dashed;"),
    (
        "& .np-k-site, & .np-k-date_line, & .np-k-byline",
        f"font-family: {_SANS}; font-size: 0.9rem;",
    ),
    ("& .np-k-unknown", "border-left-style: dotted;"),
    (
        "& .np-panel",
        "flex: 0 1 19rem; min-width: 14rem; align-self: flex-start; position: sticky; top: 1rem;",
        f" max-height: calc(100vh - 2rem); overflow: auto; background: {PANEL}; color: {INK};",
        f" padding: 1rem 1.1rem; border-radius: 0.5rem; font: 0.88rem/1.45 {_SANS};",
    ),
    ("& .np-panel h2", "font-size: 1rem; margin: 0.2rem 0 0.5rem;"),
    ("& .np-panel summary", "font-weight: 700; cursor: pointer; margin: 0 0 0.4rem;"),
    ("& .np-panel ol, & .np-panel ul", "margin: 0 0 1rem; padding-left: 0; list-style: none;"),
    ("& .np-panel li", "margin: 0 0 0.55rem;"),
    ("& .np-panel li:target", f"outline: 3px solid {FOCUS};"),
    ("& .np-said", "display: block; font-style: italic;"),
    ("& .np-legend li", "margin: 0 0 0.3rem;"),
)

_CARD_RULES: tuple[tuple[str, ...], ...] = (
    (
        "&",
        "display: inline-block; max-width: 46rem; padding: 0.7rem 0.9rem;",
        f" border: 1px solid {RULE};",
        f" border-radius: 0.4rem; font: 0.9rem/1.45 {_SANS};",
    ),
    ("& .np-head", "margin: 0 0 0.4rem;"),
    (
        "& .np-type",
        f"font: 600 0.68rem/1.4 {_SANS}; letter-spacing: 0.06em; text-transform: uppercase;",
        f" color: {MUTED}; margin-right: 0.5em;",
    ),
    ("& .np-main-value", f"font: 1rem/1.45 {_SERIF};"),
    (
        "& dl",
        "display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.15rem 0.8rem;",
        " margin: 0;",
    ),
    ("& dt", f"color: {MUTED}; font-weight: 600;"),
    ("& dd", "margin: 0;"),
    ("& dd dl", f"border-left: 2px solid {RULE}; padding-left: 0.5rem;"),
    ("& ol", "margin: 0; padding-left: 1.4rem;"),
    ("& code", "font-size: 0.85em;"),
)


def _scoped(rules: Iterable[tuple[str, ...]], root: str) -> str:
    """The CSS of ``rules`` with every selector scoped to ``root`` (``.np-v-abc``).

    A rule is its selectors, then its declarations in pieces.
    """
    lines = []
    for selectors, *pieces in rules:
        declarations = "".join(pieces)
        scoped = []
        for selector in selectors.split(","):
            selector = selector.strip()  # noqa: PLW2901 - one selector of the list
            if not selector.startswith("&"):
                msg = f"unscoped selector {selector!r}"
                raise ValueError(msg)
            scoped.append(root + selector[1:])
        lines.append(f"{', '.join(scoped)} {{ {declarations} }}")
    return "\n".join(lines)


# --- markup helpers ---------------------------------------------------------------


@attrs.frozen
class _Mark:
    """One element over ``[start, end)`` of the text."""

    start: int
    end: int
    rank: int  # equal spans nest in rank order: the lower rank outside
    tag: str
    attrs_first: str  # attributes of the first fragment
    attrs_more: str  # attributes of every later fragment


def _attr(**values: str | int | None) -> str:
    parts = []
    for name, value in values.items():
        if value is None:
            continue
        key = name.rstrip("_").replace("_", "-")
        parts.append(f' {key}="{_escape(str(value), quote=True)}"')
    return "".join(parts)


def _escape(text: str, *, quote: bool = False) -> str:
    # A carriage return would become a line feed in the browser's input
    # stream; as a character reference it survives, so the view keeps the text.
    return html.escape(text, quote=quote).replace("\r", "&#13;")


def _clip(mark: _Mark, blocks: Sequence[tuple[int, int]]) -> list[_Mark]:
    """Split ``mark`` at block edges, dropping what lies between blocks (white space)."""
    pieces: list[_Mark] = []
    for start, end in blocks:
        lo, hi = max(mark.start, start), min(mark.end, end)
        if lo < hi:
            first = not pieces and lo == mark.start
            attrs_ = mark.attrs_first if first else mark.attrs_more
            pieces.append(attrs.evolve(mark, start=lo, end=hi, attrs_first=attrs_))
    return pieces


def _nest(text: str, start: int, end: int, marks: Iterable[_Mark]) -> str:
    """``text[start:end]`` escaped, with ``marks`` (inside it) as properly nested elements.

    Walks the sorted boundaries with a stack of open elements; closing one
    that is not on top closes those above it and reopens them after.
    """
    todo = sorted((m for m in marks if m.start < m.end), key=lambda m: (m.start, -m.end, m.rank))
    cuts = sorted({start, end, *(m.start for m in todo), *(m.end for m in todo)})
    out: list[str] = []
    stack: list[_Mark] = []
    i = 0
    for here, there in zip(cuts, [*cuts[1:], end]):
        reopen = []
        while any(m.end <= here for m in stack):
            m = stack.pop()
            out.append(f"</{m.tag}>")
            if m.end > here:
                reopen.append(m)
        for m in reversed(reopen):
            out.append(f"<{m.tag}{m.attrs_more}>")
            stack.append(m)
        while i < len(todo) and todo[i].start == here:
            m = todo[i]
            i += 1
            out.append(f"<{m.tag}{m.attrs_first}>")
            stack.append(m)
        out.append(_escape(text[here:there]))
    while stack:
        out.append(f"</{stack.pop().tag}>")
    return "".join(out)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _cut(text: str, limit: int) -> str:
    """``text`` cut at a word boundary before ``limit`` characters, with ``…``."""
    if len(text) <= limit:
        return text
    head = text[:limit].rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + " …"


# --- the article --------------------------------------------------------------------


def _speaker_colours(quotes: Sequence[Quote]) -> dict[str | None, str]:
    speakers: dict[str | None, str] = {}
    for quote in quotes:
        if quote.speaker not in speakers:
            n = sum(1 for s in speakers if s is not None)
            speakers[quote.speaker] = (
                "np-cx" if quote.speaker is None else f"np-c{n % len(SPEAKER_COLOURS)}"
            )
    return speakers


def article_view(
    text: str,
    article: Article,
    *,
    view_id: str | None = None,
    note: str | None = None,
    markable: Callable[[int, int], bool] | None = None,
) -> str:
    """The view of ``article`` drawn on ``text``, as one scoped fragment.

    ``view_id`` names this render (:func:`new_view_id` unless given; the page
    passes ``"page"``, whose ids are plain). ``note`` is shown above the
    text; ``markable(start, end)`` says which marks may be drawn (all of
    them without it). The spans of ``article`` must index ``text``.
    """
    view_id = new_view_id() if view_id is None else view_id
    prefix = "" if view_id == PAGE_VIEW_ID else f"np-{view_id}-"
    speakers = _speaker_colours(article.quotes)

    marks = [
        *_quote_marks(article, speakers, prefix),
        *_person_marks(article, prefix),
        *_fact_marks(article),
    ]
    if markable is not None:
        marks = [m for m in marks if markable(m.start, m.end)]
    blocks = sorted(article.blocks, key=lambda b: b.span.start)
    spans = [(b.span.start, b.span.end) for b in blocks]
    inline = [piece for m in marks for piece in _clip(m, spans)]
    captions = {(c.span.start, c.span.end): c for c in article.captions}
    body: list[str] = []
    pos = 0
    for number, block in enumerate(blocks, 1):
        s = block.span
        if s.start > pos:
            body.append(f'<span class="np-gap">{_escape(text[pos : s.start])}</span>')
        label = BLOCK_LABELS.get(block.kind, block.kind)
        caption = captions.get((s.start, s.end)) if block.kind == "caption" else None
        if caption is not None:
            label += _caption_facts(caption)
        inside = [m for m in inline if s.start <= m.start and m.end <= s.end]
        body.append(
            f'<div class="np-block np-k-{block.kind}" id="{prefix}block-{number}"'
            f' data-kind="{block.kind}"><span class="np-label">{label}</span>'
            f"{_nest(text, s.start, s.end, inside)}</div>"
        )
        pos = max(pos, s.end)
    if pos < len(text):
        body.append(f'<span class="np-gap">{_escape(text[pos:])}</span>')

    person_ids = {p.name: i for i, p in enumerate(article.people, 1)}
    panel = [
        _legend(),
        _people_panel(article, speakers, person_ids, prefix),
        _quotes_panel(article, speakers, prefix),
    ]
    intro = f'<p class="np-note">{_escape(note)}</p>' if note else ""
    root = f"np-v-{view_id}"
    css = _scoped((*_BASE_RULES, *_ARTICLE_RULES), f".{root}")
    return (
        f'<div class="np-view np-article {root}" data-newsparse="Article"><style>{css}</style>'
        '<div class="np-layout"><div class="np-main">'
        f"{_summary(article)}{intro}"
        f'<section class="np-text" aria-label="The article, as written">{"".join(body)}</section>'
        '</div><aside class="np-panel" aria-label="What newsparse found">'
        f"{''.join(panel)}</aside></div></div>"
    )


def _quote_marks(article: Article, speakers: dict[str | None, str], prefix: str) -> list[_Mark]:
    marks: list[_Mark] = []
    cues: dict[tuple[int, int], list[int]] = {}  # a cue shared by quotes is marked once
    said: dict[tuple[int, int, str], list[int]] = {}  # so is a speaker mention
    for number, quote in enumerate(article.quotes, 1):
        colour = speakers[quote.speaker]
        common: dict[str, str | int | None] = {
            "data_quote": number,
            "data_speaker": quote.speaker or "",
            "data_kind": quote.kind,
            "data_cue": quote.cue or "",
            "data_tip": _quote_tip(number, quote),
        }
        cls = f"np-quote np-{quote.kind} {colour}"
        first = _attr(
            class_=f"{cls} np-first",
            id=f"{prefix}quote-{number}",
            tabindex=0,
            data_speaker_label=quote.speaker or "unattributed",
            **common,
        )
        rest = _attr(class_=cls, **common)
        for i, piece in enumerate(quote.parts or (quote.span,)):  # "A," he said, "B."
            marks.append(_Mark(piece.start, piece.end, 2, "mark", rest if i else first, rest))
        if quote.cue_span is not None:
            cues.setdefault((quote.cue_span.start, quote.cue_span.end), []).append(number)
        if quote.speaker_mention is not None:
            span = quote.speaker_mention.span
            said.setdefault((span.start, span.end, colour), []).append(number)
    for (start, end), numbers in cues.items():
        cue = _attr(class_="np-cue", data_cue_of=" ".join(map(str, numbers)))
        marks.append(_Mark(start, end, 4, "span", cue, cue))
    for (start, end, colour), numbers in said.items():
        who = _attr(class_=f"np-speaker {colour}", data_speaker_of=" ".join(map(str, numbers)))
        marks.append(_Mark(start, end, 4, "span", who, who))
    return marks


def _quote_tip(number: int, quote: Quote) -> str:
    tip = [f"quote {number}: {quote.kind}", f"speaker: {quote.speaker or 'unattributed'}"]
    if quote.speaker_mention is not None and quote.speaker_mention.text != quote.speaker:
        tip[-1] += f" (as “{quote.speaker_mention.text}”)"
    if quote.cue:
        tip.append(f"cue: {quote.cue}")
    if quote.addressee:
        tip.append(f"to: {quote.addressee}")
    if quote.medium:
        tip.append(f"on: {quote.medium}")
    return " · ".join(tip)


def _person_marks(article: Article, prefix: str) -> list[_Mark]:
    marks: list[_Mark] = []
    taken: list[tuple[int, int]] = []  # links may not nest in links: one mention per place
    for pid, person in enumerate(article.people, 1):
        for mention in person.mentions:
            s = mention.span
            if any(s.start < end and start < s.end for start, end in taken):
                continue
            taken.append((s.start, s.end))
            link = _attr(
                class_="np-person",
                href=f"#{prefix}person-{pid}",
                data_person=pid,
                title=f"{person.name} (person {pid})",
            )
            marks.append(_Mark(s.start, s.end, 5, "a", link, link))
    return marks


def _fact_marks(article: Article) -> list[_Mark]:
    """The publication date, the dateline, the authors and the photo credits."""
    marks: list[_Mark] = []

    def tipped(start: int, end: int, cls: str, tip: str) -> None:
        first = _attr(class_=cls, tabindex=0, data_tip=tip)
        marks.append(_Mark(start, end, 3, "span", first, _attr(class_=cls, data_tip=tip)))

    if article.published is not None and article.published_span is not None:
        s = article.published_span
        tipped(s.start, s.end, "np-date", f"published: {article.published.isoformat()}")
    if article.dateline is not None:
        d = article.dateline
        tipped(d.span.start, d.span.end, "np-dateline", " · ".join(_dateline_facts(d)))
    if article.byline is not None:
        for author in article.byline.authors:
            tip = f"author: {author.name}" + (f" ({author.role})" if author.role else "")
            tipped(author.span.start, author.span.end, "np-author", tip)
    for caption in article.captions:
        if caption.credit is not None:
            c = caption.credit
            said = ["photo credit"]
            if c.photographers:
                said.append("photographer: " + ", ".join(c.photographers))
            if c.agencies:
                said.append("agency: " + ", ".join(c.agencies))
            tipped(c.span.start, c.span.end, "np-credit", " · ".join(said))
    return marks


def _dateline_facts(dateline: Dateline) -> list[str]:
    facts = [f"dateline: {dateline.place}"]
    facts += [
        f"{name}: {value}"
        for name in ("city", "region", "country", "agency")
        if (value := getattr(dateline, name))
    ]
    if dateline.date is not None:
        facts.append(f"date: {dateline.date.isoformat()}")
    return facts


def _caption_facts(caption: Caption) -> str:
    """What the caption parser read besides the credit, after the block's label."""
    facts = []
    if caption.date is not None:
        facts.append(f"photo taken: {caption.date.isoformat()}")
    if caption.place:
        facts.append(f"place: {caption.place}")
    if caption.file_photo:
        facts.append("file photo")
    if caption.people:
        facts.append("people: " + ", ".join(caption.people))
    if not facts:
        return ""
    return f'<span class="np-facts"> · {_escape(" · ".join(facts))}</span>'


def _summary(article: Article) -> str:
    """The header at a glance: date, authors, dateline, and what was found."""
    rows: list[tuple[str, str]] = []
    if article.headline is not None:
        rows.append(("headline", _escape(article.headline)))
    if article.published is not None:
        rows.append(("published", article.published.isoformat()))
    else:
        rows.append(("published", '<span class="np-note">not found</span>'))
    byline = article.byline
    if byline is not None:
        who = [
            a.name
            + (f" ({a.role})" if a.role else "")
            + (f", {a.affiliation}" if a.affiliation else "")
            for a in byline.authors
        ]
        if byline.organizations:
            who.append(", ".join(byline.organizations))
        rows.append(("byline", _escape("; ".join(who) or byline.raw)))
    else:
        rows.append(("byline", '<span class="np-note">not found</span>'))
    if article.dateline is not None:
        facts = _dateline_facts(article.dateline)
        rows.append(("dateline", _escape(" · ".join([article.dateline.raw, *facts[1:]]))))
    people = len(article.people)
    found = [
        _plural(len(article.paragraphs), "paragraph"),
        _plural(len(article.captions), "caption"),
        _plural(len(article.quotes), "quote"),
        f"{people:,} {'person' if people == 1 else 'people'}",
    ]
    rows.append(("found", ", ".join(found)))
    cells = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    return f'<header class="np-summary" aria-label="The header, as read"><dl>{cells}</dl></header>'


def _legend() -> str:
    kinds = ", ".join(
        f'<mark class="np-sample np-quote np-{kind} np-c0">{kind}</mark>'
        for kind in ("direct", "partial", "indirect", "belief")
    )
    items = [
        (
            f"{kinds} quotes: solid, dashed and dotted underlines, double for a belief"
            " (what someone thinks, wants or judges: no speech), one colour per speaker"
            " (grey: no speaker); Tab or hover shows the details"
        ),
        (
            '<span class="np-sample np-cue">said</span>: the cue;'
            ' <span class="np-sample np-speaker np-c0">he</span>: the speaker as written'
        ),
        '<span class="np-sample np-person">Jane Doe</span>: a person, linked to the list below',
        (
            '<span class="np-sample np-date">dates</span>, the dateline, authors and'
            ' <span class="np-sample np-credit">credits</span>: what was read from them, on hover'
        ),
    ]
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f'<details class="np-legend" open><summary>Legend</summary><ul>{rows}</ul></details>'


def _people_panel(
    article: Article, speakers: dict[str | None, str], ids: dict[str, int], prefix: str
) -> str:
    items = []
    quoted: dict[str, int] = {}
    for quote in article.quotes:
        if quote.speaker is not None:
            quoted[quote.speaker] = quoted.get(quote.speaker, 0) + 1
    for pid, person in enumerate(article.people, 1):
        colour = speakers.get(person.name, "")
        roles = "; ".join(person.roles)
        n = len(person.mentions)
        q = quoted.get(person.name, 0)
        facts = [_plural(n, "mention")]
        if q:
            facts.append(_plural(q, "quote"))
        items.append(
            f'<li id="{prefix}person-{pid}" data-person="{pid}" data-mentions="{n}">'
            f'<span class="np-key {colour}">{pid}</span><strong>{_escape(person.name)}</strong>'
            + (f"<br>{_escape(roles)}" if roles else "")
            + f'<br><span class="np-note">{", ".join(facts)}</span></li>'
        )
    if not items:
        items.append('<li class="np-note">none found</li>')
    for speaker in [s for s in speakers if s is None or s not in ids]:
        if speaker is None:
            q = sum(1 for quote in article.quotes if quote.speaker is None)
            name, what = "unattributed", "quotes without a speaker"
        else:
            q = quoted.get(speaker, 0)
            name, what = speaker, "a speaker, not a person found"
        items.append(
            f'<li data-speaker="{_escape(speaker or "", quote=True)}">'
            f'<span class="np-key {speakers[speaker]}">–</span><strong>{_escape(name)}</strong>'
            f'<br><span class="np-note">{what}, {_plural(q, "quote")}</span></li>'
        )
    return f"<h2>People</h2><ol>{''.join(items)}</ol>"


def _quotes_panel(article: Article, speakers: dict[str | None, str], prefix: str) -> str:
    if not article.quotes:
        return '<h2>Quotes</h2><p class="np-note">none found</p>'
    items = []
    for number, quote in enumerate(article.quotes, 1):
        who = _escape(quote.speaker or "unattributed")
        how = quote.kind + (f", “{_escape(quote.cue)}”" if quote.cue else "")
        items.append(
            f'<li data-quote="{number}"><a href="#{prefix}quote-{number}">'
            f'<span class="np-key {speakers[quote.speaker]}">{number}</span></a>{who}'
            f' <span class="np-note">({how})</span>'
            f'<span class="np-said">“{_escape(_cut(quote.text, QUOTE_SHOWN))}”</span></li>'
        )
    return f"<h2>Quotes</h2><ol>{''.join(items)}</ol>"


def article_fragment(article: Article) -> str:
    """The view of ``article`` alone, for ``Article._repr_html_``.

    An article holds spans, not the text they index, so the view is drawn on
    a stand-in text: each block's clean text placed at its span, white space
    between. Where a block's clean text is as long as its span (the text only
    had hard wraps joined) every span lands where it belongs, line breaks
    shown as spaces; inside a block whose length changed (white space
    collapsed, a dateline split off) nothing is marked, rather than marked in
    the wrong place. ``render_html(text, article=article)`` gives the exact view.
    """
    length = max((b.span.end for b in article.blocks), default=0)
    chars = ["\n"] * length
    exact: list[tuple[int, int]] = []
    for block in article.blocks:
        s = block.span
        clean = block.text[: len(s)].ljust(len(s))
        chars[s.start : s.end] = clean
        if len(block.text) == len(s):
            exact.append((s.start, s.end))
    stand_in = "".join(chars)

    def inside(start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in exact)

    note = None
    if len(exact) < len(article.blocks):
        note = (
            "Drawn from the article's clean block texts: nothing is marked inside a block "
            "whose clean text differs in length from what was written. "
            "render_html(text, article=...) marks everything."
        )
    return article_view(stand_in, article, note=note, markable=inside)


# --- every other record: a card --------------------------------------------------

_MAIN_FIELD = ("text", "name", "raw")
"""The field a card shows first, in order of preference."""


def record_view(record: Any) -> str:
    """A card for one record (a quote, a person, a caption, a byline, …).

    The record's main value (its ``text``, ``name`` or ``raw``) comes first,
    a quote in its kind's underline; then every field that holds something,
    spans as ``[start:end]``, nested records as nested lists.
    """
    view_id = new_view_id()
    root = f"np-v-{view_id}"
    name = type(record).__name__
    css = _scoped((*_BASE_RULES, *_CARD_RULES), f".{root}")
    fields = "" if _is_span(record) else _fields(record)
    return (
        f'<div class="np-view np-card {root}" data-newsparse="{name}"><style>{css}</style>'
        f"{_card_head(record)}{fields}</div>"
    )


def _card_head(record: Any) -> str:
    name = type(record).__name__
    head = f'<span class="np-type">{name}</span>'
    if _is_span(record):
        return f'<div class="np-head">{head}<code>[{record.start}:{record.end}]</code></div>'
    main = next((f for f in _MAIN_FIELD if isinstance(getattr(record, f, None), str)), None)
    if main is None:
        return f'<div class="np-head">{head}</div>'
    value = _escape(getattr(record, main))
    if name == "Quote":
        colour = "np-cx" if record.speaker is None else "np-c0"
        label = _escape(record.speaker or "unattributed", quote=True)
        value = (
            f'<mark class="np-quote np-{record.kind} {colour} np-first"'
            f' data-speaker-label="{label}">{value}</mark>'
        )
    elif main != "text":
        value = f"<strong>{value}</strong>"
    span: Any = getattr(record, "span", None)
    where = f' <code class="np-note">[{span.start}:{span.end}]</code>' if _is_span(span) else ""
    return f'<div class="np-head">{head}<span class="np-main-value">{value}</span>{where}</div>'


def _is_span(value: Any) -> bool:
    return _field_names(value) == {"start", "end"}


def _field_names(value: Any) -> set[str]:
    """The attrs fields of ``value``'s class (none for a value that is no record)."""
    if not attrs.has(type(value)):
        return set()
    return {f.name for f in attrs.fields(type(value))}


def _fields(record: Any) -> str:
    fields = attrs.fields(type(record))
    names = {f.name for f in fields}
    main = next((f for f in _MAIN_FIELD if isinstance(getattr(record, f, None), str)), None)
    cells = []
    for field in fields:
        value = getattr(record, field.name)
        if field.name in {main, "span"}:
            continue
        if field.name.endswith("_span") and field.name[: -len("_span")] in names:
            continue  # shown beside its value
        if value is None or value == ():
            continue
        shown = _value(value)
        span: Any = getattr(record, f"{field.name}_span", None)
        if _is_span(span):
            shown += f' <code class="np-note">[{span.start}:{span.end}]</code>'
        cells.append(f"<dt>{field.name.replace('_', ' ')}</dt><dd>{shown}</dd>")
    return f"<dl>{''.join(cells)}</dl>" if cells else ""


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, str):
        return _escape(value)
    if _is_span(value):
        return f"<code>[{value.start}:{value.end}]</code>"
    if isinstance(value, tuple):
        if all(isinstance(v, str) for v in value):
            return _escape("; ".join(value))
        return "<ol>" + "".join(f"<li>{_value(v)}</li>" for v in value) + "</ol>"
    if attrs.has(type(value)):
        if _field_names(value) == {"text", "span"}:
            where = f"[{value.span.start}:{value.span.end}]"
            return f'{_escape(value.text)} <code class="np-note">{where}</code>'
        return _card_head(value) + _fields(value)
    return _escape(str(value))
