"""Records to JSON-ready dicts and back.

``to_dict`` turns a record into plain dicts, lists, strings, numbers,
booleans and ``None`` (dates and times as ISO strings), ready for
:func:`json.dumps`; ``iter_json`` writes the same JSON piece by piece,
without building the dicts or the whole string. ``from_dict`` reads such a dict back into the record
class, guided by the class's type annotations, so that
``from_dict(type(r), to_dict(r)) == r`` for every record ``r``.
"""

from __future__ import annotations

import datetime
import functools
import json
import types
import typing
from collections.abc import Iterator
from typing import Any, TypeVar

import attrs

from .errors import NewsparseError

__all__ = ["from_dict", "iter_json", "to_dict"]

T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    """Return ``record`` as a JSON-ready dict.

    >>> from newsparse import Span, to_dict
    >>> to_dict(Span(start=0, end=3))
    {'start': 0, 'end': 3}
    """
    if not attrs.has(type(record)):
        msg = f"to_dict() needs a newsparse record, got {type(record).__name__}"
        raise TypeError(msg)
    return {field.name: _plain(getattr(record, field.name)) for field in attrs.fields(type(record))}


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return to_dict(value)


def iter_json(value: Any, *, indent: int | None = None) -> Iterator[str]:
    """``json.dumps(value)`` in pieces, records converted one at a time as they are reached.

    ``value`` may hold records anywhere (a dict of them, a tuple of them), so
    the output equals ``json.dumps`` of ``to_dict`` applied throughout, with
    ``ensure_ascii=False``; what is alive at once is the record being written
    and its parents, not a dict copy of all of them nor the whole string. A
    50 MB article's JSON is several times the size of its text.

    >>> from newsparse import Span
    >>> "".join(iter_json({"spans": (Span(start=0, end=3),)}))
    '{"spans": [{"start": 0, "end": 3}]}'
    """
    encoder = json.JSONEncoder(ensure_ascii=False, indent=indent, default=_shallow)
    return encoder.iterencode(value)


def _shallow(value: Any) -> Any:
    """One record as a dict of its fields, left as they are (the encoder's fallback)."""
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if attrs.has(type(value)):
        return {field.name: getattr(value, field.name) for field in attrs.fields(type(value))}
    msg = f"not JSON serialisable: {type(value).__name__}"
    raise TypeError(msg)


def from_dict(cls: type[T], data: typing.Mapping[str, Any]) -> T:
    """Build a ``cls`` record from a dict made by :func:`to_dict`.

    Raises :class:`NewsparseError` (a :class:`ValueError`) naming the field,
    as a path from ``cls`` (``Article.blocks[2].span.end``), and the bad
    value when ``data`` does not fit the record.

    >>> from newsparse import Span, from_dict
    >>> from_dict(Span, {"start": 0, "end": "3"})
    Traceback (most recent call last):
    ...
    newsparse.errors.NewsparseError: Span.end: expected int, got str '3'
    """
    if not attrs.has(cls):
        msg = f"from_dict() needs a newsparse record class, got {cls!r}"
        raise TypeError(msg)
    if not isinstance(data, typing.Mapping):
        msg = f"from_dict() needs a mapping for {cls.__name__}, got {type(data).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    return _record(cls, data, cls.__name__)  # type: ignore[no-any-return]


def _shown(value: Any) -> str:
    """``value``'s type and repr, cut short when long, for an error message."""
    text = repr(value)
    if len(text) > 60:
        text = f"{text[:50]}... ({len(text)} characters)"
    return f"{type(value).__name__} {text}"


def _record(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, typing.Mapping):
        msg = f"{where}: expected a {cls.__name__} mapping, got {_shown(data)}"
        raise NewsparseError(msg)
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in data:
            if field.default is attrs.NOTHING:
                msg = f"{where}: missing field {field.name!r}"
                raise NewsparseError(msg)
            continue
        kwargs[field.name] = _build(hints[field.name], data[field.name], f"{where}.{field.name}")
    unknown = [key for key in data if key not in hints]
    if unknown:
        unknown.sort(key=str)
        shown = ", ".join(f"{key!r} = {_shown(data[key])}" for key in unknown)
        msg = f"{where}: unknown field(s) {shown}"
        raise NewsparseError(msg)
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:  # a record's own validator said no
        msg = f"{where}: {exc}"
        raise NewsparseError(msg) from None


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = (a for a in args if a is not type(None))
        return _build(inner, value, where)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            msg = f"{where}: expected a list, got {_shown(value)}"
            raise NewsparseError(msg)
        return tuple(_build(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
    if origin is typing.Literal:
        if value not in args or type(value) is not str:
            msg = f"{where}: expected one of {', '.join(map(repr, args))}, got {_shown(value)}"
            raise NewsparseError(msg)
        return value
    if hint in (datetime.date, datetime.time):
        if not isinstance(value, str):
            msg = f"{where}: expected an ISO {hint.__name__} string, got {_shown(value)}"
            raise NewsparseError(msg)
        try:
            return hint.fromisoformat(value)
        except ValueError:
            msg = f"{where}: expected an ISO {hint.__name__} string, got {_shown(value)}"
            raise NewsparseError(msg) from None
    if attrs.has(hint):
        return _record(hint, value, where)
    if hint in (str, int, bool, float):
        if type(value) is not hint:
            msg = f"{where}: expected {hint.__name__}, got {_shown(value)}"
            raise NewsparseError(msg)
        return value
    msg = f"{where}: cannot read type {hint!r}"  # pragma: no cover - a record bug
    raise NewsparseError(msg)
