"""The records the attribution rules share: a quote before it is a record
(:class:`Found`), what the rules read (:class:`Scene`) and a rule of a
table (:class:`Rule`).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ._cues import Cue, Subject
    from ._reading import Passage, Reading
    from ._types import Mention, Person, QuoteKind

__all__ = ["Found", "Rule", "Scene"]


@attrs.define
class Found:
    """A quote before its speaker is resolved."""

    kind: QuoteKind
    span: tuple[int, int]
    text: str
    cue: Cue | None
    subject: Subject | None
    """The speaker as written at the cue."""
    inherit: Found | None = None
    """The quote whose speaker this one continues."""
    addressee: tuple[int, int] | None = None
    medium: str | None = None
    speaker: str | None = None
    mention: Mention | None = None
    person: Person | None = None
    organization: bool = False
    addressee_name: str | None = None
    """The addressee resolved to a person's canonical name."""
    rule: str = ""
    """The name of the rule that found it (for tests and debugging)."""
    quoted: list[tuple[int, int]] = attrs.Factory(list)
    """The quoted passages inside reported content (a mixed quote)."""
    absorbed: bool = False
    """A quoted passage that is part of a mixed quote: not a quote of its own."""
    parts: tuple[tuple[int, int], ...] = ()
    """The pieces of a quote its cue interrupts (``"A," he said, "B."``), in
    order; empty when the quote is one piece."""
    person_index: int | None = None
    """Where the speaker is in the people resolved through."""


@attrs.define
class Scene:
    """What the attribution rules read: the text's reading and its cues."""

    reading: Reading
    cues: list[Cue]
    cue_starts: list[int] = attrs.field(init=False)
    """The start of every cue, for bisecting (built once)."""
    passage_opens: list[int] = attrs.field(init=False)
    """Where every quoted passage opens, in order."""

    def __attrs_post_init__(self) -> None:
        self.cue_starts = [c.start for c in self.cues]
        self.passage_opens = [p.open for p in self.reading.passages]

    @property
    def text(self) -> str:
        return self.reading.text

    def cues_between(self, lo: int, hi: int) -> list[Cue]:
        """The cues that start in ``[lo, hi)``."""
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return self.cues[i:j]

    def passages_in(self, lo: int, hi: int) -> list[Passage]:
        """The quoted passages that open in ``[lo, hi)``."""
        i = bisect.bisect_left(self.passage_opens, lo)
        j = bisect.bisect_left(self.passage_opens, hi)
        return self.reading.passages[i:j]


@attrs.frozen
class Rule:
    """One rule of a table: a name, the function and the golden cases."""

    name: str
    read: Callable[..., object]
    cases: tuple[str, ...]
    """Ids of the cases in ``tests/cases/quotes.json`` that show the rule."""
