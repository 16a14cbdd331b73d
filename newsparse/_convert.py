"""Records to JSON-ready dicts and back.

``to_dict`` turns a record into plain dicts, lists, strings, numbers,
booleans and ``None`` (dates and times as ISO strings), ready for
:func:`json.dumps`. ``from_dict`` reads such a dict back into the record
class, guided by the class's type annotations, so that
``from_dict(type(r), to_dict(r)) == r`` for every record ``r``.
"""

from __future__ import annotations

import datetime
import functools
import types
import typing
from typing import Any, TypeVar

import attrs

from .errors import NewsparseError

__all__ = ["from_dict", "to_dict"]

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


def from_dict(cls: type[T], data: typing.Mapping[str, Any]) -> T:
    """Build a ``cls`` record from a dict made by :func:`to_dict`.

    Raises :class:`NewsparseError` (a :class:`ValueError`) naming the field
    when ``data`` does not fit the record.
    """
    if not attrs.has(cls):
        msg = f"from_dict() needs a newsparse record class, got {cls!r}"
        raise TypeError(msg)
    if not isinstance(data, typing.Mapping):
        msg = f"from_dict() needs a mapping for {cls.__name__}, got {type(data).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in data:
            if field.default is attrs.NOTHING:
                msg = f"{cls.__name__}: missing field {field.name!r}"
                raise NewsparseError(msg)
            continue
        kwargs[field.name] = _build(
            hints[field.name], data[field.name], f"{cls.__name__}.{field.name}"
        )
    unknown = set(data) - set(hints)
    if unknown:
        msg = f"{cls.__name__}: unknown field(s) {', '.join(sorted(unknown))}"
        raise NewsparseError(msg)
    return cls(**kwargs)  # type: ignore[return-value]


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
            msg = f"{where}: expected a list, got {type(value).__name__}"
            raise NewsparseError(msg)
        return tuple(_build(args[0], item, where) for item in value)
    if origin is typing.Literal:
        if value not in args:
            msg = f"{where}: expected one of {', '.join(map(repr, args))}, got {value!r}"
            raise NewsparseError(msg)
        return value
    if hint in (datetime.date, datetime.time):
        if not isinstance(value, str):
            msg = f"{where}: expected an ISO {hint.__name__} string, got {type(value).__name__}"
            raise NewsparseError(msg)
        try:
            return hint.fromisoformat(value)
        except ValueError as exc:
            msg = f"{where}: {exc}"
            raise NewsparseError(msg) from None
    if attrs.has(hint):
        return from_dict(hint, value)
    if hint in (str, int, bool, float):
        if type(value) is not hint:
            msg = f"{where}: expected {hint.__name__}, got {type(value).__name__}"
            raise NewsparseError(msg)
        return value
    msg = f"{where}: cannot read type {hint!r}"  # pragma: no cover - a record bug
    raise NewsparseError(msg)
