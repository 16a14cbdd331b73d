"""What every strategy returns, and the bookkeeping of where each piece lands."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs

from newsparse._types import Span, map_offsets

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Rendered(Generic[T]):
    """One generated example: the ``text`` to parse and the ``truth`` in it.

    ``truth`` is a newsparse record whose spans point into ``text``.

    >>> Rendered(text="CBS/AFP", truth="anything")
    Rendered(text='CBS/AFP', truth='anything')
    """

    text: str
    truth: T


def _shift(value: T, offset: int) -> T:
    return map_offsets(value, lambda pos: pos + offset)


class _Builder:
    """Append pieces of text and remember where each one landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> Span:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return Span(start=start, end=self.size)

    def text(self) -> str:
        return "".join(self.parts)
