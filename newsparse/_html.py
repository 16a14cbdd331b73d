"""An article as one self-contained HTML page: the text, with what the parser found.

:func:`render_html` shows the original text with every block labelled by its
kind, every quote highlighted in its speaker's colour (speaker, kind and cue
on hover and on keyboard focus), the cue words marked, people mentions
underlined and linked to a side panel of people, and caption credits and
dates marked. The page has inline CSS and no script; every character of the
input is escaped.

Why the text comes first: an :class:`~newsparse.Article` holds spans into
the text it was parsed from, not the text itself, so the page needs both.
``render_html(text)`` parses the text; ``render_html(text, article=a)``
shows an article you parsed yourself (with plugged-in parsers, say).

Markup is built from the sorted span boundaries: spans that cross are split
into fragments, so elements always nest. Every fragment of a quote carries
``data-quote`` and ``data-speaker``; the first one is focusable.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence

import attrs

from ._types import Article, Span
from .article import parse_article
from .dates import find_date
from .errors import check_text

__all__ = ["COLOUR_PAIRS", "contrast_ratio", "render_html"]

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
page uses: 4.5 for text (WCAG AA), 3.0 for borders and focus rings (WCAG 1.4.11).
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
}


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


def _css() -> str:
    speakers = "\n".join(
        f".np-c{i} {{ --tint: {tint}; --strong: {strong}; }}"
        for i, (tint, strong) in enumerate(SPEAKER_COLOURS)
    )
    return f"""
:root {{ color-scheme: light; }}
body {{ margin: 0; background: {PAGE}; color: {INK};
  font: 17px/1.55 Georgia, "DejaVu Serif", serif; }}
.np-page {{ display: grid; grid-template-columns: minmax(0, 46rem) 19rem; gap: 2rem;
  max-width: 70rem; margin: 0 auto; padding: 1.5rem 1.5rem 5rem; }}
@media (max-width: 60rem) {{ .np-page {{ grid-template-columns: minmax(0, 1fr); }} }}
.np-text {{ white-space: normal; }}
.np-block {{ white-space: pre-wrap; margin: 0 0 0.9rem; padding-left: 0.7rem;
  border-left: 3px solid {RULE}; }}
.np-label {{ display: block; font: 600 0.68rem/1.4 system-ui, "DejaVu Sans", sans-serif;
  letter-spacing: 0.06em; text-transform: uppercase; color: {MUTED}; }}
.np-k-headline {{ font-size: 1.5rem; line-height: 1.3; font-weight: 700; border-left-width: 6px; }}
.np-k-caption {{ font-style: italic; border-left-style: dashed; }}
.np-k-site, .np-k-date_line, .np-k-byline {{ font-family: system-ui, "DejaVu Sans", sans-serif;
  font-size: 0.9rem; }}
.np-k-unknown {{ border-left-style: dotted; }}
{speakers}
.np-cx {{ --tint: {UNATTRIBUTED[0]}; --strong: {UNATTRIBUTED[1]}; }}
mark.np-quote {{ background: var(--tint); color: {INK}; border-bottom: 2px solid var(--strong);
  padding: 0.05em 0; }}
mark.np-partial {{ border-bottom-style: dashed; }}
mark.np-indirect {{ border-bottom-style: dotted; }}
mark.np-first::before {{ content: attr(data-speaker-label); color: var(--strong);
  background: {PAGE}; font: 700 0.68rem/1 system-ui, "DejaVu Sans", sans-serif;
  font-style: normal; padding: 0.1em 0.3em; margin-right: 0.25em; border: 1px solid var(--strong);
  border-radius: 0.25em; vertical-align: 0.15em; }}
.np-cue {{ font-weight: 700; text-decoration: underline double; text-underline-offset: 0.15em; }}
.np-speaker {{ box-shadow: inset 0 -0.35em 0 var(--tint); outline: 1px solid var(--strong); }}
a.np-person {{ color: inherit; text-decoration: underline; text-decoration-thickness: 1px;
  text-underline-offset: 0.18em; }}
.np-credit, .np-date, .np-dateline, .np-author {{ background: {MARK_BG}; color: {INK};
  border-bottom: 1px dashed {MUTED}; font-style: normal; }}
.np-credit::before {{ content: "credit "; font: 600 0.62rem/1 system-ui, sans-serif;
  text-transform: uppercase; color: {MUTED}; background: {PAGE}; }}
[tabindex]:focus, a:focus {{ outline: 3px solid {FOCUS}; outline-offset: 2px; }}
[data-tip]:focus::after {{ content: attr(data-tip); }}
/* On hover, the innermost element's details; a separate rule, so that a
   browser without :has() still shows them on focus. */
[data-tip]:hover:not(:has([data-tip]:hover))::after {{ content: attr(data-tip); }}
[data-tip]:focus::after, [data-tip]:hover::after {{
  position: fixed; left: 1rem; right: 1rem; bottom: 1rem; z-index: 2;
  max-width: 44rem; margin: 0 auto; padding: 0.6rem 0.9rem; border-radius: 0.4rem;
  background: {TIP_BG}; color: {TIP_INK}; font: 0.9rem/1.4 system-ui, "DejaVu Sans", sans-serif;
  white-space: normal; text-decoration: none; font-weight: normal; font-style: normal; }}
.np-panel {{ align-self: start; position: sticky; top: 1rem; max-height: calc(100vh - 2rem);
  overflow: auto; background: {PANEL}; color: {INK}; padding: 1rem 1.1rem; border-radius: 0.5rem;
  font: 0.88rem/1.45 system-ui, "DejaVu Sans", sans-serif; }}
.np-panel h2 {{ font-size: 1rem; margin: 0.2rem 0 0.5rem; }}
.np-panel ol, .np-panel ul {{ margin: 0 0 1rem; padding-left: 0; list-style: none; }}
.np-panel li {{ margin: 0 0 0.55rem; }}
.np-panel li:target {{ outline: 3px solid {FOCUS}; }}
.np-key {{ display: inline-block; min-width: 1.4em; text-align: center; font-weight: 700;
  color: var(--strong, {MUTED}); border: 2px solid var(--strong, {MUTED}); border-radius: 0.3em;
  margin-right: 0.3em; }}
.np-note {{ color: {MUTED}; }}
"""


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
    # stream; as a character reference it survives, so the page keeps the text.
    return html.escape(text, quote=quote).replace("\r", "&#13;")


def _clip(mark: _Mark, blocks: Sequence[Span]) -> list[_Mark]:
    """Split ``mark`` at block edges, dropping what lies between blocks (white space)."""
    pieces: list[_Mark] = []
    for block in blocks:
        lo, hi = max(mark.start, block.start), min(mark.end, block.end)
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


def _check_spans(article: Article, length: int) -> None:
    ends = [b.span.end for b in article.blocks]
    ends += [q.span.end for q in article.quotes]
    ends += [m.span.end for p in article.people for m in p.mentions]
    if ends and max(ends) > length:
        msg = (
            f"render_html() needs the text the article was parsed from: a span ends at "
            f"{max(ends)}, but the text has {length} characters"
        )
        raise ValueError(msg)


def render_html(text: str, *, article: Article | None = None, title: str | None = None) -> str:
    """Return one self-contained HTML page that shows what newsparse found in ``text``.

    ``article`` is ``parse_article(text)`` unless given; its spans must index
    ``text``. ``title`` is the page title (the headline by default).

    >>> page = render_html('"We are ready," he said.\\n')
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> 'data-speaker=""' in page and 'class="np-cue"' in page
    True
    """
    given: object = text
    if isinstance(given, Article):
        msg = "render_html() takes the text first: render_html(text, article=article)"
        raise TypeError(msg)
    text = check_text(given, "text")
    checked: object = article
    if checked is not None and not isinstance(checked, Article):
        msg = f"render_html() needs article= to be an Article, got {type(checked).__name__}"
        raise TypeError(msg)
    if article is None:
        article = parse_article(text)
    _check_spans(article, len(text))
    return _page(text, article, title=title, note=None)


def _page(
    text: str,
    article: Article,
    *,
    title: str | None,
    note: str | None,
    markable: Callable[[Span], bool] | None = None,
) -> str:
    speakers: dict[str | None, str] = {}  # speaker -> colour class
    for quote in article.quotes:
        if quote.speaker not in speakers:
            n = sum(1 for s in speakers if s is not None)
            speakers[quote.speaker] = (
                "np-cx" if quote.speaker is None else f"np-c{n % len(SPEAKER_COLOURS)}"
            )
    person_ids = {p.name: i for i, p in enumerate(article.people, 1)}

    marks: list[_Mark] = []
    cues: dict[tuple[int, int], list[int]] = {}  # a cue shared by quotes is marked once
    said: dict[tuple[int, int, str], list[int]] = {}  # so is a speaker mention
    for number, quote in enumerate(article.quotes, 1):
        colour = speakers[quote.speaker]
        tip = [f"quote {number}: {quote.kind}", f"speaker: {quote.speaker or 'unattributed'}"]
        if quote.speaker_mention is not None and quote.speaker_mention.text != quote.speaker:
            tip[-1] += f" (as “{quote.speaker_mention.text}”)"
        if quote.cue:
            tip.append(f"cue: {quote.cue}")
        if quote.addressee:
            tip.append(f"to: {quote.addressee}")
        if quote.medium:
            tip.append(f"on: {quote.medium}")
        common: dict[str, str | int | None] = {
            "data_quote": number,
            "data_speaker": quote.speaker or "",
            "data_kind": quote.kind,
            "data_cue": quote.cue or "",
            "data_tip": " · ".join(tip),
        }
        cls = f"np-quote np-{quote.kind} {colour}"
        first = _attr(
            class_=f"{cls} np-first",
            id=f"quote-{number}",
            tabindex=0,
            data_speaker_label=quote.speaker or "unattributed",
            **common,
        )
        marks.append(
            _Mark(quote.span.start, quote.span.end, 2, "mark", first, _attr(class_=cls, **common))
        )
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

    taken: list[Span] = []  # links may not nest in links: one mention per place
    for pid, person in enumerate(article.people, 1):
        for mention in person.mentions:
            s = mention.span
            if any(s.start < t.end and t.start < s.end for t in taken):
                continue
            taken.append(s)
            link = _attr(
                class_="np-person",
                href=f"#person-{pid}",
                data_person=pid,
                title=f"{person.name} (person {pid})",
            )
            marks.append(_Mark(s.start, s.end, 5, "a", link, link))

    def tipped(span: Span, cls: str, tip: str) -> None:
        first = _attr(class_=cls, tabindex=0, data_tip=tip)
        marks.append(_Mark(span.start, span.end, 3, "span", first, _attr(class_=cls, data_tip=tip)))

    if article.published is not None and article.published_span is not None:
        tipped(article.published_span, "np-date", f"published: {article.published.isoformat()}")
    if article.dateline is not None:
        d = article.dateline
        tip = [f"dateline: {d.place}"]
        tip += [
            f"{k}: {v}"
            for k, v in (
                ("city", d.city),
                ("region", d.region),
                ("country", d.country),
                ("agency", d.agency),
            )
            if v
        ]
        if d.date is not None:
            tip.append(f"date: {d.date.isoformat()}")
        tipped(d.span, "np-dateline", " · ".join(tip))
    if article.byline is not None:
        for author in article.byline.authors:
            tipped(
                author.span,
                "np-author",
                f"author: {author.name}" + (f" ({author.role})" if author.role else ""),
            )
    for caption in article.captions:
        if caption.credit is not None:
            c = caption.credit
            tip = ["photo credit"]
            if c.photographers:
                tip.append("photographer: " + ", ".join(c.photographers))
            if c.agencies:
                tip.append("agency: " + ", ".join(c.agencies))
            tipped(c.span, "np-credit", " · ".join(tip))
        if caption.date is not None:
            found = find_date(text, start=caption.span.start, end=caption.span.end)
            if found is not None and found.date == caption.date:
                tipped(found.span, "np-date", f"photo taken: {caption.date.isoformat()}")

    if markable is not None:
        marks = [m for m in marks if markable(Span(start=m.start, end=m.end))]
    blocks = sorted(article.blocks, key=lambda b: b.span.start)
    spans = [b.span for b in blocks]
    inline = [piece for m in marks for piece in _clip(m, spans)]
    body: list[str] = []
    pos = 0
    for number, block in enumerate(blocks, 1):
        s = block.span
        if s.start > pos:
            body.append(f'<span class="np-gap">{_escape(text[pos : s.start])}</span>')
        label = BLOCK_LABELS.get(block.kind, block.kind)
        inside = [m for m in inline if s.start <= m.start and m.end <= s.end]
        body.append(
            f'<div class="np-block np-k-{block.kind}" id="block-{number}" data-kind="{block.kind}">'
            f'<span class="np-label">{label}</span>{_nest(text, s.start, s.end, inside)}</div>'
        )
        pos = max(pos, s.end)
    if pos < len(text):
        body.append(f'<span class="np-gap">{_escape(text[pos:])}</span>')

    panel = [_people_panel(article, speakers, person_ids), _quotes_panel(article, speakers)]
    page_title = title if title is not None else (article.headline or "newsparse: article")
    intro = f'<p class="np-note">{_escape(note)}</p>' if note else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newsparse">'
        f"<title>{_escape(page_title)}</title><style>{_css()}</style></head>\n"
        '<body><div class="np-page">'
        f'<main class="np-text" aria-label="The article, as written">{intro}{"".join(body)}</main>'
        f'<aside class="np-panel" aria-label="What newsparse found">{"".join(panel)}</aside>'
        "</div></body></html>\n"
    )


def _people_panel(article: Article, speakers: dict[str | None, str], ids: dict[str, int]) -> str:
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
        facts = [f"{n} mention{'s' if n != 1 else ''}"]
        if q:
            facts.append(f"{q} quote{'s' if q != 1 else ''}")
        items.append(
            f'<li id="person-{pid}" data-person="{pid}" data-mentions="{n}">'
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
            f'<br><span class="np-note">{what}, {q} quote{"s" if q != 1 else ""}</span></li>'
        )
    return f"<h2>People</h2><ol>{''.join(items)}</ol>"


def _quotes_panel(article: Article, speakers: dict[str | None, str]) -> str:
    if not article.quotes:
        return '<h2>Quotes</h2><p class="np-note">none found</p>'
    items = []
    for number, quote in enumerate(article.quotes, 1):
        who = _escape(quote.speaker or "unattributed")
        items.append(
            f'<li><a href="#quote-{number}"><span class="np-key {speakers[quote.speaker]}">'
            f'{number}</span></a>{who} <span class="np-note">({quote.kind}'
            + (f", “{_escape(quote.cue)}”" if quote.cue else "")
            + ")</span></li>"
        )
    return f"<h2>Quotes</h2><ol>{''.join(items)}</ol>"


def article_html(article: Article) -> str:
    """The page for ``article`` alone, for ``Article._repr_html_``.

    An article holds spans, not the text they index, so the page is drawn on
    a stand-in text: each block's clean text placed at its span, white space
    between. Where a block's clean text is as long as its span (the text only
    had hard wraps joined) every span lands where it belongs, line breaks
    shown as spaces; inside a block whose length changed (white space
    collapsed, a dateline split off) nothing is marked, rather than marked in
    the wrong place. ``render_html(text, article=article)`` gives the exact page.
    """
    length = max((b.span.end for b in article.blocks), default=0)
    chars = ["\n"] * length
    exact: list[Span] = []
    for block in article.blocks:
        s = block.span
        clean = block.text[: len(s)].ljust(len(s))
        chars[s.start : s.end] = clean
        if len(block.text) == len(s):
            exact.append(s)
    stand_in = "".join(chars)

    def inside(span: Span) -> bool:
        return any(e.start <= span.start and span.end <= e.end for e in exact)

    note = None
    if len(exact) < len(article.blocks):
        note = (
            "Drawn from the article's clean block texts: nothing is marked inside a block "
            "whose clean text differs in length from what was written. "
            "render_html(text, article=...) marks everything."
        )
    return _page(stand_in, article, title=None, note=note, markable=inside)
