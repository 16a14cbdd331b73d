"""Records: validation, and the lossless dict / JSON round trip."""

from __future__ import annotations

import datetime
import doctest
import json
import typing

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    Author,
    Block,
    Byline,
    Caption,
    Credit,
    DateLine,
    Dateline,
    Mention,
    NewsparseError,
    Paragraph,
    Person,
    Quote,
    Span,
    _convert,
    from_dict,
    to_dict,
)
from newsparse._convert import iter_json

RECORDS = [
    Span, Author, Byline, Dateline, DateLine, Credit, Caption,
    Mention, Person, Quote, Paragraph, Block, Article,
]  # fmt: skip


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start=start, end=start + draw(st.integers(min_value=0, max_value=500)))


st.register_type_strategy(Span, spans())


def records(cls: type) -> st.SearchStrategy[typing.Any]:
    """Every field drawn, optional ones included, from the class's annotations."""
    if cls is Span:
        return spans()
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _strategy(hints[f.name]) for f in attrs.fields(cls)})


def _strategy(hint: typing.Any) -> st.SearchStrategy[typing.Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        return st.lists(_strategy(args[0]), max_size=3).map(tuple)
    if origin in (typing.Union, __import__("types").UnionType):
        return st.one_of(*(_strategy(a) for a in args))
    if isinstance(hint, type) and attrs.has(hint):
        return st.deferred(lambda: records(hint))
    return st.from_type(hint)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
@given(data=st.data())
def test_dict_and_json_round_trip(cls: type, data: st.DataObject) -> None:
    record = data.draw(records(cls))
    as_dict = to_dict(record)
    assert from_dict(cls, as_dict) == record
    assert from_dict(cls, json.loads(json.dumps(as_dict))) == record


@pytest.mark.parametrize("indent", [None, 2])
@given(data=st.data())
def test_iter_json_writes_what_json_dumps_writes(indent: int | None, data: st.DataObject) -> None:
    # The CLI streams its JSON with iter_json; it must be byte for byte what
    # json.dumps of to_dict gives, records nested in dicts and tuples included.
    article = data.draw(records(Article))
    spans = data.draw(st.lists(records(Span), max_size=3).map(tuple))
    value = {"path": "a.txt", "article": article, "spans": spans}
    plain = {"path": "a.txt", "article": to_dict(article), "spans": [to_dict(s) for s in spans]}
    assert "".join(iter_json(value, indent=indent)) == json.dumps(
        plain, ensure_ascii=False, indent=indent
    )


def test_iter_json_rejects_what_json_cannot_write() -> None:
    with pytest.raises(TypeError, match="not JSON serialisable: set"):
        "".join(iter_json({"a": {1}}))


def test_convert_doctests() -> None:
    failed, tried = doctest.testmod(_convert)
    assert tried >= 3
    assert failed == 0


def test_records_are_frozen_keyword_only_and_slotted() -> None:
    span = Span(start=1, end=2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(1, 2)  # type: ignore[misc]
    assert not hasattr(span, "__dict__")


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4), (-2, -1)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="start"):
        Span(start=start, end=end)


def test_span_slices_and_shifts() -> None:
    span = Span(start=2, end=5)
    assert span.slice("abcdefg") == "cde"
    assert span.shift(10) == Span(start=12, end=15)
    assert len(span) == 3


def test_tuple_fields_take_any_iterable() -> None:
    credit = Credit(raw="AP", span=Span(start=0, end=2), agencies=["AP"])
    assert credit.agencies == ("AP",)


def test_to_dict_writes_dates_as_iso_strings() -> None:
    article = Article(published=datetime.date(2021, 8, 19))
    assert to_dict(article)["published"] == "2021-08-19"


def test_from_dict_names_the_bad_field() -> None:
    with pytest.raises(NewsparseError, match=r"Span: missing field 'end'"):
        from_dict(Span, {"start": 1})
    with pytest.raises(NewsparseError, match=r"Article.published"):
        from_dict(Article, {"published": "19 August"})
    with pytest.raises(NewsparseError, match=r"Quote.kind"):
        from_dict(Quote, {"text": "x", "span": {"start": 0, "end": 1}, "kind": "shouted"})
    with pytest.raises(NewsparseError, match="unknown field"):
        from_dict(Span, {"start": 1, "end": 2, "width": 1})


def test_to_dict_and_from_dict_reject_non_records() -> None:
    with pytest.raises(TypeError, match="record"):
        to_dict({"start": 1})
    with pytest.raises(TypeError, match="record class"):
        from_dict(dict, {})


def test_public_names_import() -> None:
    for name in newsparse.__all__:
        assert getattr(newsparse, name) is not None
    assert newsparse.__all__ == sorted(newsparse.__all__)
