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
organisations, countries, US states, months, given and family names,
reporting verbs, titles, and the names and sentences of
``newsparse/_data/strategy_vocabulary.txt``), so hypothesis shrinks a
failure to the first entries of each table and the shortest form: a small
readable example rather than random characters.

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

from ._articles import articles
from ._bylines import bylines
from ._captions import captions
from ._datelines import datelines
from ._dates import date_lines
from ._people import person_names
from ._quotes import quote_passages, quotes
from ._render import Rendered

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

# doctest.testmod(newsparse.strategies) runs the examples of the objects a
# module defines; Rendered is defined in a submodule, so name it here.
__test__ = {"Rendered": Rendered}
