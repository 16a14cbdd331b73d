"""Dates and date lines: table-driven cases, properties, adversarial input."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import load_columns
from newsparse.dates import DateMatch, find_date, parse_date_line, read_date

CASES = Path(__file__).resolve().parent / "cases"
_CASES: list[dict[str, Any]] = json.loads((CASES / "dates.json").read_text("utf-8"))
_FIND = [case for case in _CASES if case["function"] == "find_date"]
_LINES = [case for case in _CASES if case["function"] == "parse_date_line"]


def test_case_counts() -> None:
    ids = [case["id"] for case in _CASES]
    assert len(ids) == len(set(ids))
    assert len(_FIND) >= 30
    assert len(_LINES) >= 20


@pytest.mark.parametrize("case", _FIND, ids=[case["id"] for case in _FIND])
def test_find_date(case: dict[str, Any]) -> None:
    text = case["text"]
    got = find_date(text, year=case.get("year"))
    expected = case["expected"]
    if expected is None:
        assert got is None
        return
    assert got is not None
    assert got.date.isoformat() == expected["date"]
    assert got.span.slice(text) == expected["raw"]


@pytest.mark.parametrize("case", _LINES, ids=[case["id"] for case in _LINES])
def test_parse_date_line(case: dict[str, Any]) -> None:
    text = case["text"]
    got = parse_date_line(text)
    expected = case["expected"]
    if expected is None:
        assert got is None
        return
    assert got is not None
    assert got.span.slice(text) == got.raw == expected["raw"]
    assert got.date_span.slice(text) == expected["date_raw"]
    assert got.span.start <= got.date_span.start <= got.date_span.end <= got.span.end
    assert got.date.isoformat() == expected["date"]
    assert (got.time.isoformat() if got.time else None) == expected["time"]
    assert got.label == expected["label"]
    assert got.timezone == expected.get("timezone")
    assert (got.updated.isoformat() if got.updated else None) == expected.get("updated")
    assert (got.updated_time.isoformat() if got.updated_time else None) == expected.get(
        "updated_time"
    )
    if got.updated_span is not None:
        assert got.updated_span.slice(text) in got.raw


# --- windows ----------------------------------------------------------------


def test_window_offsets_are_the_callers() -> None:
    text = "Filed: August 19, 2021. Next: 3 March 2020."
    got = find_date(text, start=23)
    assert got is not None
    assert got.date == dt.date(2020, 3, 3)
    assert got.span.slice(text) == "3 March 2020"
    assert find_date(text, end=10) is None


def test_window_reads_as_its_own_text() -> None:
    # a letter just outside the window does not glue itself to the date
    text = "xAugust 19, 2021"
    assert find_date(text) is None
    got = find_date(text, start=1)
    assert got is not None
    assert got.span.start == 1


def test_date_line_window() -> None:
    text = "Headline\nUpdated on: August 19, 2021 / 11:02 AM / CBS News\nBody text."
    start = text.index("Updated")
    end = text.index("\nBody")
    got = parse_date_line(text, start=start, end=end)
    assert got is not None
    assert got.raw == text[start:end]
    assert parse_date_line(text) is None  # the whole text is not a date line


def test_read_date_on_dateline_words() -> None:
    assert read_date("March 3") == (True, None)
    assert read_date("March 3", year=2021) == (True, dt.date(2021, 3, 3))
    assert read_date("Feb. 10, 2005") == (True, dt.date(2005, 2, 10))
    assert read_date("February 30") == (False, None)
    assert read_date("Reuters 3") == (False, None)


# --- properties -------------------------------------------------------------

_MONTH_WORDS = [(int(number), word) for number, word in load_columns("months.txt")]


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    """A date rendered in one of the English forms, with its true value."""
    day = draw(st.dates(min_value=dt.date(1850, 1, 1), max_value=dt.date(2150, 12, 31)))
    words = [word for number, word in _MONTH_WORDS if number == day.month]
    month = draw(st.sampled_from(words))
    if len(month) <= 4 and month != "May":
        month = draw(st.sampled_from([month, month + "."]))
    month = draw(st.sampled_from([month, month.upper()]))
    form = draw(st.sampled_from(["mdy", "mdy-no-comma", "dmy", "iso", "ordinal"]))
    if form == "mdy":
        text = f"{month} {day.day}, {day.year}"
    elif form == "mdy-no-comma":
        text = f"{month} {day.day} {day.year}"
    elif form == "dmy":
        text = f"{day.day} {month} {day.year}"
    elif form == "iso":
        text = day.isoformat()
    else:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
        text = f"{month} {day.day}{suffix.get(day.day, 'th')}, {day.year}"
    return text, day


@given(written_dates(), st.sampled_from(["", "Filed ", "On ", "(", "Published "]))
def test_rendered_dates_read_back(written: tuple[str, dt.date], before: str) -> None:
    text, day = written
    got = find_date(before + text + ".")
    assert got is not None
    assert got.date == day
    assert got.span.slice(before + text + ".") == text


@given(st.text())
def test_find_date_never_raises_and_spans_in_bounds(text: str) -> None:
    got = find_date(text, year=2020)
    if got is not None:
        assert 0 <= got.span.start < got.span.end <= len(text)


@given(st.text(), st.integers(-5, 50), st.one_of(st.none(), st.integers(-5, 50)))
def test_find_date_any_window(text: str, start: int, end: int | None) -> None:
    got = find_date(text, start=start, end=end)
    if got is not None:
        lo = max(0, start)
        hi = len(text) if end is None else max(0, end)
        assert lo <= got.span.start < got.span.end <= hi


@given(st.text())
def test_parse_date_line_never_raises(text: str) -> None:
    got = parse_date_line(text)
    if got is not None:
        assert got.span.slice(text) == got.raw
        assert got.date_span.slice(text) in got.raw


@given(st.one_of(st.text(), written_dates().map(lambda w: w[0])), st.text(max_size=5))
def test_neutral_prefix_shifts_spans(text: str, prefix: str) -> None:
    plain = find_date(text, year=2020)
    shifted = find_date(prefix + text, start=len(prefix), year=2020)
    if plain is None:
        assert shifted is None
    else:
        assert shifted == DateMatch(date=plain.date, span=plain.span.shift(len(prefix)))


@given(
    written_dates(),
    st.sampled_from(["", "Updated on: ", "Published "]),
    st.sampled_from(["\n", "  ", "\n \t"]),
)
def test_blank_prefix_shifts_date_line(
    written: tuple[str, dt.date], label: str, blank: str
) -> None:
    text = label + written[0]
    plain = parse_date_line(text)
    moved = parse_date_line(blank + text)
    assert plain is not None
    assert moved is not None
    assert moved.span == plain.span.shift(len(blank))
    assert moved.date_span == plain.date_span.shift(len(blank))
    assert moved.date == plain.date == written[1]


@given(st.text())
def test_deterministic(text: str) -> None:
    assert find_date(text) == find_date(text)
    assert parse_date_line(text) == parse_date_line(text)


@pytest.mark.parametrize("value", [None, 3, b"August 19, 2021", ["August 19, 2021"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        find_date(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be str"):
        parse_date_line(value)  # type: ignore[arg-type]


# --- adversarial input ------------------------------------------------------

_ADVERSARIAL = {
    "digits-and-spaces": "1 " * 50_000,
    "months-without-days": "August, " * 12_500,
    "months-without-years": "August 19 " * 10_000,
    "impossible-dates": "February 30, 2021 " * 5_000,
    "foreign-impossible": "".join(f"31 février {y} " for y in range(1850, 2150)) * 20,
    "iso-like": "2021-13-45-" * 9_000,
    "weekday-chains": "Thursday, " * 10_000,
    "parentheses": "(((" * 33_000,
    "commas": "A, B, C, " * 11_000,
    "times": "11:02 AM / " * 9_000,
}


@pytest.mark.parametrize("text", list(_ADVERSARIAL.values()), ids=list(_ADVERSARIAL))
def test_adversarial_input_finishes(text: str) -> None:
    began = time.perf_counter()
    find_date(text)
    find_date(text, year=2021)
    parse_date_line(text)
    parse_date_line(text[:150])
    # generous: it must simply finish (linear time), not be fast on a busy CI
    assert time.perf_counter() - began < 20
