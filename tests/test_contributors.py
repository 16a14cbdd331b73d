"""Contributor credits outside the byline (issue 19 item 3)."""

from __future__ import annotations

import pytest

from newsparse import parse_contributors
from newsparse.contributors import find_trailing_credit

CASES = [
    (
        "(Reporting by Jane Roe in Hull; Editing by John Doe)",
        [("Jane Roe", "reporting", "Hull"), ("John Doe", "editing", None)],
    ),
    (
        (
            "(Additional reporting by Ann Lee, Bo Chan and Cy Park in Lagos and Dan Wu in KANO;"
            " Writing by Ed Fox; Editing by Flo Gray and Gus Hill.)"
        ),
        [
            ("Ann Lee", "additional reporting", "Lagos"),
            ("Bo Chan", "additional reporting", "Lagos"),
            ("Cy Park", "additional reporting", "Lagos"),
            ("Dan Wu", "additional reporting", "KANO"),
            ("Ed Fox", "writing", None),
            ("Flo Gray", "editing", None),
            ("Gus Hill", "editing", None),
        ],
    ),
    ("-- additional reporting by Jane Roe.", [("Jane Roe", "additional reporting", None)]),
    (
        "Jane Roe in West Palm Beach, Florida contributed to this report.",
        [("Jane Roe", "contributing", "West Palm Beach, Florida")],
    ),
    ("Staff writer Jane Roe contributed reporting from Hull.", [("Jane Roe", "reporting", "Hull")]),
    ("Mitarbeit: Karl Weber", [("Karl Weber", "contributing", None)]),
    ("Traducción: Ana Ruiz", [("Ana Ruiz", "translation", None)]),
    # not credits
    ("Mitarbeit Karl Weber", []),  # a label without `by` takes a colon
    ("He said Jane Roe contributed to this report.", []),
    ("Jane Roe contributed.", []),
    ("(Reporting by Jane Roe; the council met on Tuesday)", []),
    ("The council met on Tuesday.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_parse_contributors(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = parse_contributors(text)
    assert [(c.name, c.role, c.place) for c in found] == expected
    for contributor in found:
        assert text[contributor.span.start : contributor.span.end] == contributor.raw


def test_an_agency_is_an_organization() -> None:
    (reuters,) = parse_contributors("Reuters contributed to this report.")
    assert reuters.organization
    assert not parse_contributors("Jane Roe contributed to this report.")[0].organization


def test_a_window_of_a_longer_text() -> None:
    text = "Intro.\n\n(Editing by John Doe)\n\nMore."
    start = text.index("(")
    (doe,) = parse_contributors(text, start=start, end=text.index(")") + 1)
    assert text[doe.span.start : doe.span.end] == "John Doe"


def test_a_trailing_credit_closes_a_paragraph() -> None:
    text = "The vote was delayed. (Reporting by Jane Roe; Editing by John Doe.)"
    assert [c.name for c in find_trailing_credit(text)] == ["Jane Roe", "John Doe"]
    # a sentence in brackets is no credit, nor a verb phrase there
    assert find_trailing_credit("The vote was delayed (again).") == ()
    assert find_trailing_credit("It passed. (Jane Roe contributed to this report.)") == ()


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_contributors(b"(Reporting by Jane Roe)")  # type: ignore[arg-type]
