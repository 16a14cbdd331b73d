"""An article as one self-contained HTML page: the text, with what the parser found.

:func:`render_html` shows the original text with every block labelled by its
kind, every quote highlighted in its speaker's colour (speaker, kind and cue
on hover and on keyboard focus), the cue words marked, people mentions
underlined and linked to a side panel of people, caption credits and dates
marked, a summary of the header above the text and a legend beside it. The
page has inline CSS and no script; every character of the input is escaped.

Why the text comes first: an :class:`~newsparse.Article` holds spans into
the text it was parsed from, not the text itself, so the page needs both.
``render_html(text)`` parses the text; ``render_html(text, article=a)``
shows an article you parsed yourself (with plugged-in parsers, say).

The page is a thin wrapper around the fragment of :mod:`newsparse._view`,
the renderer the records' ``_repr_html_`` views use too.
"""

from __future__ import annotations

from ._types import Article
from ._view import (
    BLOCK_LABELS,
    COLOUR_PAIRS,
    INK,
    PAGE,
    PAGE_VIEW_ID,
    RULE,
    article_view,
    contrast_ratio,
)
from ._view import _escape as escape
from .article import parse_article
from .errors import check_text

__all__ = ["BLOCK_LABELS", "COLOUR_PAIRS", "RULE", "contrast_ratio", "page", "render_html"]


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
    page_title = title if title is not None else (article.headline or "newsparse: article")
    return page(article_view(text, article, view_id=PAGE_VIEW_ID), title=page_title)


def page(fragment: str, *, title: str) -> str:
    """``fragment`` (a view of :mod:`newsparse._view`) as a whole page titled ``title``."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newsparse">'
        f"<title>{escape(title)}</title>"
        f"<style>:root {{ color-scheme: light; }} body {{ margin: 0; background: {PAGE};"
        f" color: {INK}; }} body > main {{ padding: 1.5rem 1.5rem 5rem; }}</style></head>\n"
        f"<body><main>{fragment}</main></body></html>\n"
    )
