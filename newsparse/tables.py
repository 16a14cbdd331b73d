"""Flat rows for a spreadsheet: one per quote, person, caption or article.

:func:`rows` turns one article into rows of plain values (strings, numbers,
booleans, dates, ``None``), each with the article's id and, where the record
has one, its offsets into the article's text; several values in one cell
are joined with ``"; "``. :func:`to_dataframe` puts the rows of many articles
into a pandas DataFrame (``pip install "newsparse[pandas]"``), and
``newsparse table KIND IN...`` writes them as CSV, TSV or JSON Lines.

>>> import newsparse
>>> article = newsparse.parse_article(
...     "Port reopens after storm\\n\\nBy Jane Doe, Reuters\\n\\n"
...     'The port reopened on Monday. "We are ready," Mayor Lena Ortiz told reporters.\\n'
... )
>>> for row in newsparse.rows(article, "quotes", article_id="a1"):
...     print(row["article_id"], row["speaker"], row["kind"], row["cue"], row["text"])
a1 Lena Ortiz direct told We are ready
>>> [(row["name"], row["roles"], row["mentions"]) for row in newsparse.rows(article, "people")]
[('Lena Ortiz', 'Mayor', 1)]
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, Literal, get_args

from ._types import Article
from .batch import Failure
from .errors import NewsparseError

__all__ = ["TABLE_COLUMNS", "TableKind", "rows", "to_dataframe"]

TableKind = Literal["articles", "captions", "people", "quotes"]
"""What a row stands for."""

Cell = str | int | bool | datetime.date | None
"""One value of a row."""

JOIN = "; "
"""Between the values of one cell (roles, agencies, authors): names may hold commas."""

TABLE_COLUMNS: dict[TableKind, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "headline",
        "published",
        "authors",
        "organizations",
        "dateline",
        "city",
        "region",
        "country",
        "agency",
        "summary",
        "site",
        "paragraphs",
        "captions",
        "quotes",
        "people",
        "error",
    ),
    "captions": (
        "article_id",
        "number",
        "text",
        "credit",
        "photographers",
        "agencies",
        "date",
        "place",
        "file_photo",
        "people",
        "start",
        "end",
    ),
    "people": (
        "article_id",
        "number",
        "name",
        "given",
        "family",
        "roles",
        "affiliations",
        "mentions",
        "quotes",
        "first_start",
        "first_end",
    ),
    "quotes": (
        "article_id",
        "number",
        "speaker",
        "kind",
        "cue",
        "text",
        "speaker_as_written",
        "addressee",
        "medium",
        "start",
        "end",
    ),
}
"""The columns of each kind of table, in order.

- ``articles``: one row per article (or per :class:`~newsparse.Failure`,
  with only ``article_id`` and ``error``): the header's fields, the byline's
  author names and organisations, the dateline as written and its parts,
  and how many paragraphs, captions, quotes and people were found.
- ``captions``: the caption's text without its credit, the credit as
  written and its photographers and agencies, the date and place of the
  photo, whether it is a file photo, the people named, and its offsets.
- ``people``: the canonical name, given and family name, roles and
  affiliations, how many mentions and quotes, and the offsets of the first
  mention.
- ``quotes``: the speaker (canonical), the kind, the cue word, the quoted
  text, the speaker as written at the cue (``he``, ``Lavrov``), addressee,
  medium, and the quote's offsets.

``number`` counts a record's place in its article from 1, as the HTML view
does (``quote 3``); ``start`` and ``end`` index the article's text.
"""

TABLE_KINDS: tuple[TableKind, ...] = get_args(TableKind)


def _joined(values: Iterable[str]) -> str | None:
    return JOIN.join(values) or None


def _kind(kind: object) -> TableKind:
    if kind not in TABLE_COLUMNS:
        expected = ", ".join(repr(k) for k in TABLE_KINDS)
        msg = f"kind must be one of {expected}, got {kind!r}"
        raise NewsparseError(msg)
    return kind


def rows(
    article: Article | Failure, kind: TableKind, *, article_id: Any = None
) -> list[dict[str, Cell]]:
    """The rows of ``article`` for a table of ``kind``, with ``article_id`` in each.

    ``kind`` is ``"quotes"``, ``"people"``, ``"captions"`` or ``"articles"``;
    the columns of each are :data:`TABLE_COLUMNS`. A
    :class:`~newsparse.Failure` (from :func:`~newsparse.parse_many`) has one
    ``articles`` row naming its error, and no other rows.

    Raises :class:`~newsparse.NewsparseError` for another ``kind`` and
    :class:`TypeError` when ``article`` is neither an Article nor a Failure.
    """
    kind = _kind(kind)
    given: object = article
    if isinstance(given, Failure):
        if kind != "articles":
            return []
        row: dict[str, Cell] = dict.fromkeys(TABLE_COLUMNS["articles"])
        row["article_id"] = article_id
        row["error"] = f"{given.error}: {given.message}"
        return [row]
    if not isinstance(given, Article):
        msg = f"rows() needs an Article or a Failure, got {type(given).__name__}"
        raise TypeError(msg)
    return [{"article_id": article_id, **cells} for cells in _ROWS[kind](given)]


def _article_rows(article: Article) -> list[dict[str, Cell]]:
    byline, dateline = article.byline, article.dateline
    return [
        {
            "headline": article.headline,
            "published": article.published,
            "authors": _joined(a.name for a in byline.authors) if byline else None,
            "organizations": _joined(byline.organizations) if byline else None,
            "dateline": dateline.raw if dateline else None,
            "city": dateline.city if dateline else None,
            "region": dateline.region if dateline else None,
            "country": dateline.country if dateline else None,
            "agency": dateline.agency if dateline else None,
            "summary": article.summary,
            "site": article.site,
            "paragraphs": len(article.paragraphs),
            "captions": len(article.captions),
            "quotes": len(article.quotes),
            "people": len(article.people),
            "error": None,
        }
    ]


def _caption_rows(article: Article) -> list[dict[str, Cell]]:
    return [
        {
            "number": number,
            "text": caption.text,
            "credit": caption.credit.raw if caption.credit else None,
            "photographers": _joined(caption.credit.photographers) if caption.credit else None,
            "agencies": _joined(caption.credit.agencies) if caption.credit else None,
            "date": caption.date,
            "place": caption.place,
            "file_photo": caption.file_photo,
            "people": _joined(caption.people),
            "start": caption.span.start,
            "end": caption.span.end,
        }
        for number, caption in enumerate(article.captions, 1)
    ]


def _people_rows(article: Article) -> list[dict[str, Cell]]:
    quoted: dict[str, int] = {}
    for quote in article.quotes:
        if quote.speaker is not None:
            quoted[quote.speaker] = quoted.get(quote.speaker, 0) + 1
    return [
        {
            "number": number,
            "name": person.name,
            "given": person.given,
            "family": person.family,
            "roles": _joined(person.roles),
            "affiliations": _joined(person.affiliations),
            "mentions": len(person.mentions),
            "quotes": quoted.get(person.name, 0),
            "first_start": person.mentions[0].span.start if person.mentions else None,
            "first_end": person.mentions[0].span.end if person.mentions else None,
        }
        for number, person in enumerate(article.people, 1)
    ]


def _quote_rows(article: Article) -> list[dict[str, Cell]]:
    return [
        {
            "number": number,
            "speaker": quote.speaker,
            "kind": quote.kind,
            "cue": quote.cue,
            "text": quote.text,
            "speaker_as_written": quote.speaker_mention.text if quote.speaker_mention else None,
            "addressee": quote.addressee,
            "medium": quote.medium,
            "start": quote.span.start,
            "end": quote.span.end,
        }
        for number, quote in enumerate(article.quotes, 1)
    ]


_ROWS = {
    "articles": _article_rows,
    "captions": _caption_rows,
    "people": _people_rows,
    "quotes": _quote_rows,
}

DATE_COLUMNS = {"published", "date"}


def to_dataframe(
    articles: Article | Failure | Iterable[Article | Failure] | Mapping[Any, Article | Failure],
    kind: TableKind,
) -> Any:
    """The rows of ``articles`` for a table of ``kind`` as a ``pandas.DataFrame``.

    ``articles`` is one article, an iterable of them (``parse_many(texts)``
    as it is: its failures become ``articles`` rows with an ``error``), whose
    ids are their positions from 0, or a mapping of ids to articles. The
    columns are :data:`TABLE_COLUMNS` ``[kind]``; the dates are pandas
    datetimes (``NaT`` where absent).

    Needs pandas (``pip install "newsparse[pandas]"``); ``import newsparse``
    never imports it, which is why the return type reads ``Any`` here.

    >>> import newsparse
    >>> texts = ['"We are ready," Mayor Lena Ortiz said.', None, '"No," said Tom Ray.']
    >>> quotes = newsparse.to_dataframe(newsparse.parse_many(texts), "quotes")
    >>> quotes[["article_id", "speaker", "text"]].to_numpy().tolist()
    [[0, 'Lena Ortiz', 'We are ready'], [2, 'Tom Ray', 'No']]
    >>> articles = newsparse.to_dataframe(newsparse.parse_many(texts), "articles")
    >>> articles["error"].notna().tolist(), articles.loc[1, "error"]
    ([False, True, False], 'TypeError: text must be str, got NoneType')
    """
    kind = _kind(kind)
    try:
        import pandas  # noqa: PLC0415 - optional, and slow to import
    except ImportError as exc:
        msg = 'to_dataframe() needs pandas: pip install "newsparse[pandas]"'
        raise ImportError(msg) from exc
    pairs: Iterable[tuple[Any, Article | Failure]]
    if isinstance(articles, (Article, Failure)):
        pairs = [(None, articles)]
    elif isinstance(articles, Mapping):
        pairs = articles.items()
    else:
        pairs = enumerate(articles)
    table = [row for key, article in pairs for row in rows(article, kind, article_id=key)]
    frame = pandas.DataFrame(table, columns=list(TABLE_COLUMNS[kind]))
    for column in DATE_COLUMNS & set(frame.columns):
        frame[column] = pandas.to_datetime(frame[column])
    return frame
