"""The most-recent-mention routine shared by the people and quote finders."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

from newsparse import _recency
from newsparse._recency import last_before, most_recent, nearest

positions = st.lists(st.integers(0, 60), max_size=6).map(sorted)
named = st.dictionaries(st.sampled_from("abcde"), positions, min_size=1, max_size=5)


def test_the_examples_in_its_docstrings_run() -> None:
    failures, tried = doctest.testmod(_recency)
    assert tried >= 5
    assert failures == 0


@given(positions, st.integers(-1, 61))
def test_last_before_is_the_greatest_below(where: list[int], bound: int) -> None:
    below = [p for p in where if p < bound]
    assert last_before(where, bound) == (max(below) if below else None)


@given(named, st.integers(-1, 61))
def test_most_recent_is_the_latest_named_and_the_first_listed_of_a_tie(
    table: dict[str, list[int]], bound: int
) -> None:
    options = list(table)
    found = most_recent(options, bound, table.__getitem__)
    latest = {o: max((p for p in table[o] if p < bound), default=None) for o in options}
    named_before = {o: at for o, at in latest.items() if at is not None}
    if not named_before:
        assert found is None
        return
    at = max(named_before.values())
    first = next(o for o in options if named_before.get(o) == at)
    assert found == (first, at)


@given(named, st.integers(-1, 61))
def test_nearest_falls_back_to_the_first_named_after_then_the_first(
    table: dict[str, list[int]], bound: int
) -> None:
    options = list(table)
    chosen = nearest(options, bound, table.__getitem__)
    recent = most_recent(options, bound, table.__getitem__)
    if recent is not None:
        assert chosen == recent[0]
        return
    after = {o: min(p for p in table[o] if p >= bound) for o in options if table[o]}
    if after:
        at = min(after.values())
        assert chosen == next(o for o in options if after.get(o) == at)
    else:
        assert chosen == options[0]
