"""What the reported-speech rules keep while they read a text's cues: the
cues the direct quotes used, and the speakers of the quotes found so far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ._cues import Subject
    from ._found import Found

__all__ = ["CueSubjects", "Used"]


@attrs.define
class Used:
    """What the direct quotes already took of the cues."""

    before: dict[int, int]
    """Cues whose direct quote opens after them (``X said his "…" plan``):
    where the first such quote opens."""
    starts: set[int]
    """Every cue a direct quote used."""
    direct_cues: dict[int, Found]
    by_cue: dict[int, list[Found]]
    """``id`` of a cue → the direct quotes it introduces."""
    by_start: dict[int, Found]
    """Where a direct quote's content starts → the quote."""

    @classmethod
    def of(cls, direct: list[Found]) -> Used:
        before: dict[int, int] = {}
        after: set[int] = set()
        by_cue: dict[int, list[Found]] = {}
        for f in direct:
            if f.cue is None:
                continue
            if f.span[0] > f.cue.start:
                before[f.cue.start] = min(before.get(f.cue.start, f.span[0]), f.span[0])
            else:
                after.add(f.cue.start)
            by_cue.setdefault(id(f.cue), []).append(f)
        direct_cues = {f.cue.start: f for f in direct if f.cue is not None}
        return cls(
            before=before,
            starts=set(before) | after,
            direct_cues=direct_cues,
            by_cue=by_cue,
            by_start={f.span[0]: f for f in direct},
        )


@attrs.define
class CueSubjects:
    """The speakers of the quotes found so far, indexed by where their cue
    starts, so that a participle finds the subject of the cue before it
    without reading every quote.
    """

    direct: list[tuple[int, int]]
    """(cue start, position in the direct quotes) of direct quotes with a
    cue and a subject, sorted."""
    first_direct: dict[int, Subject]
    """Cue start → the subject of the first direct quote with that cue."""
    first_found: dict[int, Subject] = attrs.field(factory=dict)
    """Cue start → the subject of the first reported quote with that cue."""

    @classmethod
    def build(cls, direct: list[Found]) -> CueSubjects:
        at: list[tuple[int, int]] = []
        first: dict[int, Subject] = {}
        for order, f in enumerate(direct):
            if f.cue is not None and f.subject is not None:
                at.append((f.cue.start, order))
                first.setdefault(f.cue.start, f.subject)
        at.sort()
        return cls(direct=at, first_direct=first)

    def add(self, found: Found) -> None:
        if found.cue is not None and found.subject is not None:
            self.first_found.setdefault(found.cue.start, found.subject)
