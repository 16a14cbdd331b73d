"""Datelines: table-driven cases, properties, adversarial input."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import load_columns
from newsparse.datelines import dateline_end, parse_dateline

CASES = Path(__file__).resolve().parent / "cases"
_CASES: list[dict[str, Any]] = json.loads((CASES / "datelines.json").read_text("utf-8"))


def test_case_counts() -> None:
    ids = [case["id"] for case in _CASES]
    assert len(ids) == len(set(ids))
    assert sum(case["expected"] is not None for case in _CASES) >= 20
    assert sum(case["expected"] is None for case in _CASES) >= 10


@pytest.mark.parametrize("case", _CASES, ids=[case["id"] for case in _CASES])
def test_parse_dateline(case: dict[str, Any]) -> None:
    text = case["text"]
    got = parse_dateline(text, year=case.get("year"))
    expected = case["expected"]
    if expected is None:
        assert got is None
        return
    assert got is not None
    assert got.span.slice(text) == got.raw == expected["raw"]
    for field in ("place", "city", "region", "country", "agency"):
        assert getattr(got, field) == expected[field], field
    assert (got.date.isoformat() if got.date else None) == expected["date"]
    body = text[dateline_end(text, got) :]
    assert body.startswith(expected["body_starts"])
    assert body.strip() == "" or body[:1].strip() == body[:1]  # no blank left before the body


def test_window_offsets_are_the_callers() -> None:
    text = "Headline\n\nPARIS (AFP) - Ministers met.\n"
    start = text.index("PARIS")
    end = text.index("\n", start)
    got = parse_dateline(text, start=start, end=end)
    assert got is not None
    assert got.span.start == start
    assert got.raw == "PARIS (AFP)"
    assert text[dateline_end(text, got, end=end) :].startswith("Ministers")
    assert parse_dateline(text) is None  # "Headline" opens the whole text


def test_dateline_end_stops_at_end() -> None:
    text = "WASHINGTON — Lawmakers returned."
    got = parse_dateline(text)
    assert got is not None
    assert dateline_end(text, got, end=got.span.end + 1) == got.span.end + 1


def test_window_cut_does_not_invent_line_end() -> None:
    # the dateline is read from the first 400 characters of a long paragraph
    text = "PARIS (AFP) - Ministers met. " + "More words follow here. " * 100
    got = parse_dateline(text)
    assert got is not None
    assert got.raw == "PARIS (AFP)"


# --- properties -------------------------------------------------------------

_STATES = [row[0] for row in load_columns("us_states.txt")]
_COUNTRIES = [row[0] for row in load_columns("countries.txt") if row[0][:1].isupper()]
_AGENCIES = ["AP", "Reuters", "AFP", "AFNS", "Army News Service"]
_CITIES = ["SPRINGFIELD", "FORT DIX", "CAMP LEMONNIER", "AL-AIN", "NEW TOWN"]


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, dict[str, str | None]]:
    """A dateline built from the tables, with the place and agency it holds."""
    city = draw(st.sampled_from(_CITIES))
    where = draw(st.sampled_from(_STATES + _COUNTRIES))
    place = f"{city}, {where}"
    agency = draw(st.one_of(st.none(), st.sampled_from(_AGENCIES)))
    raw = place if agency is None else f"{place} ({agency})"
    dash = draw(st.sampled_from([" —", " --", " -", " – ", " -- --"]))
    return f"{raw}{dash} The story begins.", {"raw": raw, "place": place, "agency": agency}


@given(datelines())
def test_built_datelines_read_back(built: tuple[str, dict[str, str | None]]) -> None:
    text, truth = built
    got = parse_dateline(text)
    assert got is not None
    assert {"raw": got.raw, "place": got.place, "agency": got.agency} == truth
    assert text[dateline_end(text, got) :] == "The story begins."


@given(st.text())
def test_never_raises_and_spans_in_bounds(text: str) -> None:
    got = parse_dateline(text, year=2021)
    if got is not None:
        assert 0 <= got.span.start < got.span.end <= len(text)
        assert got.span.slice(text) == got.raw
        assert got.place in got.raw
        assert got.span.end <= dateline_end(text, got) <= len(text)


@given(
    st.one_of(st.text(), datelines().map(lambda b: b[0])),
    st.sampled_from(["\n", "  ", "\n\t \n"]),
)
def test_blank_prefix_shifts_spans(text: str, blank: str) -> None:
    plain = parse_dateline(text)
    moved = parse_dateline(blank + text)
    if plain is None:
        assert moved is None
    else:
        assert moved is not None
        assert moved.span == plain.span.shift(len(blank))
        assert moved.raw == plain.raw


@given(st.one_of(st.text(), datelines().map(lambda b: b[0])), st.text(max_size=8))
def test_window_prefix_shifts_spans(text: str, prefix: str) -> None:
    plain = parse_dateline(text)
    moved = parse_dateline(prefix + text, start=len(prefix))
    if plain is None:
        assert moved is None
    else:
        assert moved is not None
        assert moved.span == plain.span.shift(len(prefix))


@given(st.text())
def test_deterministic(text: str) -> None:
    assert parse_dateline(text) == parse_dateline(text)


@pytest.mark.parametrize("value", [None, 3, b"PARIS (AFP) -", ["PARIS"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        parse_dateline(value)  # type: ignore[arg-type]


# --- adversarial input ------------------------------------------------------

_ADVERSARIAL = {
    "commas": "A, B, C, " * 11_000,
    "caps-words": "WORD " * 20_000,
    "parentheses": "(((" * 33_000,
    "open-parens-words": "KABUL (" * 14_000,
    "dashes": "A -- " * 20_000,
    "initials": "A.B." * 25_000,
    "hyphens": "A-B-" * 25_000,
    "dates": "LONDON, March 3, " * 6_000,
}


@pytest.mark.parametrize("text", list(_ADVERSARIAL.values()), ids=list(_ADVERSARIAL))
def test_adversarial_input_finishes(text: str) -> None:
    began = time.perf_counter()
    got = parse_dateline(text, year=2021)
    if got is not None:
        dateline_end(text, got)
    # generous: it must simply finish (linear time), not be fast on a busy CI
    assert time.perf_counter() - began < 20
