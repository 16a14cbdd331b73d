"""The most recent mention: which of several candidates was named last before a point.

The people finder and the quote finder ask the same question. A later
surname (``Massoud``) goes to the person with that family name named most
recently before it; a speaker written ``the secretary`` to the person with
that role named last; ``Lavrov`` at a cue to the Lavrov the text is about
at that point. Each candidate's positions are kept sorted, so every answer
is a binary search per candidate.

Positions are anything that sorts: plain offsets, or tuples whose first
item is the offset and whose next items break ties (``(start, -end)``
prefers the shorter mention of two that start together).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

__all__ = ["first_from", "last_before", "most_recent", "nearest"]

OptionT = TypeVar("OptionT")
PosT = TypeVar("PosT", bound=Any)  # a position: anything that sorts


def last_before(positions: Sequence[PosT], bound: PosT) -> PosT | None:
    """The greatest of the sorted ``positions`` below ``bound``, or ``None``.

    >>> last_before([3, 8, 15], 10), last_before([3, 8, 15], 3)
    (8, None)
    """
    i = bisect.bisect_left(positions, bound)
    return positions[i - 1] if i else None


def first_from(positions: Sequence[PosT], bound: PosT) -> PosT | None:
    """The least of the sorted ``positions`` at or after ``bound``, or ``None``.

    >>> first_from([3, 8, 15], 8), first_from([3, 8, 15], 16)
    (8, None)
    """
    i = bisect.bisect_left(positions, bound)
    return positions[i] if i < len(positions) else None


def most_recent(
    options: Iterable[OptionT], bound: PosT, positions: Callable[[OptionT], Sequence[PosT]]
) -> tuple[OptionT, PosT] | None:
    """Of ``options``, the one named last before ``bound``, and where.

    ``positions(option)`` gives the option's sorted positions. Of options
    named at the same position the one listed first wins; ``None`` when no
    option was named before ``bound``.

    >>> named = {"Ahmad Massoud": [10, 50], "Ahmad Shah Massoud": [30]}
    >>> most_recent(named, 40, named.__getitem__)
    ('Ahmad Shah Massoud', 30)
    """
    best: tuple[OptionT, PosT] | None = None
    for option in options:
        at = last_before(positions(option), bound)
        if at is not None and (best is None or at > best[1]):
            best = (option, at)
    return best


def nearest(
    options: Sequence[OptionT], bound: PosT, positions: Callable[[OptionT], Sequence[PosT]]
) -> OptionT:
    """The option named last before ``bound``; if none was, the one named
    first after it; if none is named at all, the first option.

    >>> named = {"Ahmad Massoud": [10, 50], "Ahmad Shah Massoud": [30]}
    >>> nearest(list(named), 5, named.__getitem__)
    'Ahmad Massoud'
    """
    recent = most_recent(options, bound, positions)
    if recent is not None:
        return recent[0]
    best: tuple[OptionT, PosT] | None = None
    for option in options:
        at = first_from(positions(option), bound)
        if at is not None and (best is None or at < best[1]):
            best = (option, at)
    return options[0] if best is None else best[0]
