"""Bylines: table-driven cases, properties, adversarial input."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import load_columns, load_words
from newsparse.bylines import parse_byline

CASES = Path(__file__).resolve().parent / "cases"
if TYPE_CHECKING:
    from newsparse import Byline

_CASES: list[dict[str, Any]] = json.loads((CASES / "bylines.json").read_text("utf-8"))


def _params() -> list[Any]:
    params = []
    for case in _CASES:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _check_spans(text: str, got: Byline) -> None:
    """Every span lies in ``text`` and slices to its raw value."""
    assert 0 <= got.span.start <= got.span.end <= len(text)
    assert got.span.slice(text) == got.raw
    for author in got.authors:
        assert got.span.start <= author.span.start <= author.span.end <= got.span.end
        assert author.span.slice(text) == author.raw
    if got.date_span is not None:
        assert got.date is not None
        assert 0 <= got.date_span.start <= got.date_span.end <= len(text)
        assert got.date_span.start >= got.span.end
    else:
        assert got.date is None


def test_case_table() -> None:
    ids = [case["id"] for case in _CASES]
    assert len(ids) == len(set(ids))
    assert len(_CASES) >= 40
    assert sum(case["expected"] is not None for case in _CASES) >= 25
    assert sum(case["expected"] is None for case in _CASES) >= 15
    assert {case["source"] for case in _CASES} <= {"issue 2", "seed", "invented"}


@pytest.mark.parametrize("case", _params())
def test_parse_byline(case: dict[str, Any]) -> None:
    text = case["text"]
    got = parse_byline(text)
    expected = case["expected"]
    if expected is None:
        assert got is None
        return
    assert got is not None
    _check_spans(text, got)
    assert got.raw == expected["raw"]
    assert got.organizations == tuple(expected["organizations"])
    assert (got.date.isoformat() if got.date else None) == expected["date"]
    assert len(got.authors) == len(expected["authors"])
    for author, want in zip(got.authors, expected["authors"], strict=True):
        assert author.name == want["name"]
        assert author.raw == want.get("raw", want["name"])
        assert author.role == want["role"]
        assert author.affiliation == want["affiliation"]
        assert author.email == want.get("email")
        assert author.handle == want.get("handle")


def test_window_offsets_are_the_callers() -> None:
    text = "Storm hits coast\n\nBy Jane Roe, Reuters / Published May 3, 2021\n\nA storm hit."
    start = text.index("By")
    end = text.index("\n", start)
    got = parse_byline(text, start=start, end=end)
    assert got is not None
    assert got.span.start == start
    assert got.raw == "By Jane Roe, Reuters"
    assert got.authors[0].span.slice(text) == "Jane Roe"
    assert got.date_span is not None
    assert got.date_span.slice(text) == "May 3, 2021"
    assert parse_byline(text) is None  # the whole text is no byline


def test_window_does_not_see_outside() -> None:
    # a letter just before the window does not change how the window reads
    text = "xBy Jane Roe, Reuters 20:00y"
    got = parse_byline(text, start=1, end=len(text) - 1)
    assert got is not None
    assert got.raw == "By Jane Roe, Reuters"
    assert parse_byline(text, start=-len(text) + 1, end=-1) == got


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError, match="decode"):
        parse_byline(b"By Jane Roe")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        parse_byline(None)  # type: ignore[arg-type]


def test_long_window_is_refused() -> None:
    assert parse_byline("By Jane Roe, " + "Example " * 60) is None


# --- properties -------------------------------------------------------------

_GIVEN = ["Jane", "John", "Amaka", "Ngozi", "Pierre", "Lena", "Tomás", "Mei"]
_FAMILY = ["Roe", "Doe", "Okafor", "Lindqvist", "Haddad", "McAllister", "O'Brien", "D'Souza"]
_ORGS = [name for name in load_words("news_organizations.txt") if not name.startswith("The ")]
_TITLES = [row[0] for row in load_columns("titles.txt") if row[1] != "modifier"]
_HONORIFICS = {row[0] for row in load_columns("titles.txt") if row[1] == "honorific"}
_UNITS = ["35th Example Wing Public Affairs", "Example Capabilities Center", "Example.mil"]


@st.composite
def _bylines(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]], str | None]:
    """A byline built from the tables, with the authors it names."""
    count = draw(st.integers(1, 3))
    people = []
    for _ in range(count):
        title = draw(st.none() | st.sampled_from(_TITLES))
        name = f"{draw(st.sampled_from(_GIVEN))} {draw(st.sampled_from(_FAMILY))}"
        if draw(st.booleans()):
            name = name.upper()
        role = None if title is None or title in _HONORIFICS else title
        people.append({"written": f"{title} {name}" if title else name, "raw": name, "role": role})
    names = ", ".join(person["written"] for person in people[:-1])
    names = f"{names} and {people[-1]['written']}" if names else people[-1]["written"]
    affiliation = draw(st.none() | st.sampled_from(_ORGS + _UNITS))
    lead = draw(st.sampled_from(["By ", "By: ", "BY ", "Von ", "Par ", "Por "]))
    line = lead + names + (f", {affiliation}" if affiliation else "")
    trailer = draw(st.sampled_from(["", " / Published May 29, 2015", " | Updated 3:15 PM ET"]))
    return line + trailer, people, affiliation


@given(_bylines())
def test_built_bylines_read_back(built: tuple[str, list[dict[str, Any]], str | None]) -> None:
    text, people, affiliation = built
    got = parse_byline(text)
    assert got is not None, text
    _check_spans(text, got)
    assert [author.raw for author in got.authors] == [person["raw"] for person in people]
    assert [author.role for author in got.authors] == [person["role"] for person in people]
    assert all(author.affiliation == affiliation for author in got.authors)
    assert got.organizations == ()


def _shifted(got: Byline | None, offset: int) -> Byline | None:
    """``got`` with every span moved ``offset`` characters to the right."""
    if got is None:
        return None
    return attrs.evolve(
        got,
        span=got.span.shift(offset),
        date_span=got.date_span.shift(offset) if got.date_span else None,
        authors=[attrs.evolve(a, span=a.span.shift(offset)) for a in got.authors],
    )


# Text made of the pieces bylines are made of, so that the parser's deeper
# paths are reached far more often than by arbitrary text.
_BYLINE_TEXT = st.lists(
    st.sampled_from(
        [*"By JANEROjaneo.,;|/&@()-:'1\n", "and ", "Sgt. ", "AP", "Jane ", "Roe", "2015", "May "]
    ),
    max_size=40,
).map("".join)


@given(st.text() | _BYLINE_TEXT)
def test_never_raises_and_spans_slice(text: str) -> None:
    got = parse_byline(text)
    if got is not None:
        _check_spans(text, got)


@given(st.text() | _BYLINE_TEXT | _bylines().map(lambda built: built[0]), st.text(max_size=5))
def test_neutral_prefix_shifts_spans(text: str, tail: str) -> None:
    prefix = "\n\n"
    alone = parse_byline(text)
    assert parse_byline(prefix + text) == _shifted(alone, len(prefix))
    # a window over a longer text reads like the text alone
    framed = prefix + text + "\n" + tail
    windowed = parse_byline(framed, start=len(prefix), end=len(prefix) + len(text))
    assert windowed == _shifted(alone, len(prefix))


@given(st.text() | _BYLINE_TEXT)
def test_same_input_same_output(text: str) -> None:
    assert parse_byline(text) == parse_byline(text)


# --- adversarial input ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By A. B. C. " * 8_000,
        "and " * 25_000,
        "By " + "Jane Roe and " * 8_000,
        "By " + "A" * 100_000,
        "By " + "Jane-" * 20_000,
        "By " + "a@" * 50_000,
        "By " + ", " * 50_000,
    ],
    ids=["initials", "ands", "names", "one-word", "hyphens", "ats", "commas"],
)
def test_adversarial_input_finishes(text: str) -> None:
    began = time.perf_counter()
    parse_byline(text)
    # and every line-sized window of it: the patterns run on <= 300 chars
    for start in range(0, len(text), 997):
        parse_byline(text, start=start, end=start + 299)
    assert time.perf_counter() - began < 10  # generous: this only guards a hang


def test_adversarial_windows_at_the_limit() -> None:
    crafted = [
        "By " + "A. " * 99,
        "By " + "Jane and " * 33,
        "By " + "Jane Roe, " * 29,
        "By " + "@" * 297,
        "By " + "x.y@" * 74,
        "By Staff Sgt. " * 21,
    ]
    for text in crafted:
        began = time.perf_counter()
        for _ in range(20):
            parse_byline(text)
        assert time.perf_counter() - began < 5
