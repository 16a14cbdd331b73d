"""newsparse: the plain text of a news article as typed records.

Every value carries a :class:`Span` into the string you passed in.
"""

from __future__ import annotations

from ._convert import from_dict, to_dict
from ._html import render_html
from ._types import (
    Article,
    Author,
    Block,
    Byline,
    Caption,
    Contributor,
    Credit,
    DateLine,
    Dateline,
    Mention,
    Paragraph,
    Person,
    Quote,
    Span,
)
from .article import on_slice, parse_article
from .batch import Failure, parse_json_line, parse_many
from .bylines import parse_byline
from .captions import parse_caption
from .contributors import parse_contributors
from .datelines import parse_dateline
from .errors import NewsparseError
from .people import extract_people
from .quotes import extract_quotes
from .tables import rows, to_dataframe

try:  # written by the build (hatch-vcs); see pyproject.toml
    from ._version import __version__
except ImportError:  # pragma: no cover - a source tree that was never built
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Author",
    "Block",
    "Byline",
    "Caption",
    "Contributor",
    "Credit",
    "DateLine",
    "Dateline",
    "Failure",
    "Mention",
    "NewsparseError",
    "Paragraph",
    "Person",
    "Quote",
    "Span",
    "__version__",
    "extract_people",
    "extract_quotes",
    "from_dict",
    "on_slice",
    "parse_article",
    "parse_byline",
    "parse_caption",
    "parse_contributors",
    "parse_dateline",
    "parse_json_line",
    "parse_many",
    "render_html",
    "rows",
    "to_dataframe",
    "to_dict",
]
