"""The counts and string folding that the evaluation commands share.

``benchmarks.evaluate`` (the seed and the corpus) and ``benchmarks.devsets``
(the development sets) both score with these, so that a precision means the
same thing in every table.
"""

from __future__ import annotations

import attrs

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'"})


def fold(text: str | None) -> str | None:
    """Case, white space and quotation marks unified."""
    if text is None:
        return None
    return " ".join(text.translate(_QUOTES).casefold().split())


@attrs.define
class Score:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None and r is None else 0.0
        return 2 * p * r / (p + r)
