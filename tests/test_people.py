"""Named people: the case table, the seed, properties, bad input."""

from __future__ import annotations

import importlib.util
import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Mention, Person, Span, extract_people
from newsparse.people import split_name

HERE = Path(__file__).parent
CASES = json.loads((HERE / "cases" / "people.json").read_text(encoding="utf-8"))


def fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def check_spans(text: str, people: tuple[Person, ...]) -> None:
    """Every mention slices the caller's string to its text; people in order."""
    starts = []
    for person in people:
        assert person.mentions
        for mention in person.mentions:
            assert 0 <= mention.span.start < mention.span.end <= len(text)
            assert text[mention.span.start : mention.span.end] == mention.text
        assert list(person.mentions) == sorted(person.mentions, key=lambda m: m.span.start)
        starts.append(person.mentions[0].span.start)
    assert starts == sorted(starts)
    spans = sorted((m.span.start, m.span.end) for p in people for m in p.mentions)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "two mentions overlap"


# --------------------------------------------------------------------------
# The case table
# --------------------------------------------------------------------------


def test_case_table_is_big_enough() -> None:
    assert len(CASES) >= 80
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert sum(not case["expected"]["people"] for case in CASES) >= 15


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=case["xfail"]))
        if "xfail" in case
        else case
        for case in CASES
    ],
    ids=[case["id"] for case in CASES],
)
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    people = extract_people(text)
    check_spans(text, people)
    by_name = {fold(p.name): p for p in people}
    expected = case["expected"]
    for want in expected["people"]:
        person = by_name.get(fold(want["name"]))
        assert person is not None, f"{want['name']!r} not in {sorted(by_name)}"
        if "given" in want:
            assert person.given == want["given"]
        if "family" in want:
            assert person.family == want["family"]
        for role in want.get("roles", []):
            assert any(role.casefold() in r.casefold() for r in person.roles), (role, person.roles)
        if "mentions" in want:
            assert [m.text for m in person.mentions] == want["mentions"]
        if "affiliations" in want:
            assert list(person.affiliations) == want["affiliations"]
        if "party_state" in want:
            assert person.party_state == want["party_state"]
    for name in expected["not_people"]:
        assert fold(name) not in by_name, f"{name!r} taken for a person"
        mentioned = {fold(m.text) for p in people for m in p.mentions}
        assert fold(name) not in mentioned, f"{name!r} taken for a mention"


# --------------------------------------------------------------------------
# The seed
# --------------------------------------------------------------------------


def seed_people(seed_text: str) -> tuple[Person, ...]:
    return newsparse.parse_article(seed_text).people


def test_seed_required_people(seed_text: str, seed_expected: dict[str, Any]) -> None:
    people = seed_people(seed_text)
    check_spans(seed_text, people)
    by_name = {fold(p.name): p for p in people}
    for want in seed_expected["required"]["people"]["must_include"]:
        person = by_name.get(fold(want["name"]))
        assert person is not None, want["name"]
        if "family_name" in want:
            assert person.family == want["family_name"]
        if "role_contains" in want:
            assert any(want["role_contains"].casefold() in r.casefold() for r in person.roles)
        if "surname_mentions_at_least" in want:
            # mentions that carry the surname: ``Charlie D'Agata`` and ``D'Agata``
            # (the seed writes D'Agata three times, once with the given name)
            family = fold(want["family_name"])
            with_surname = [m for m in person.mentions if fold(m.text).endswith(family)]
            assert len(with_surname) >= want["surname_mentions_at_least"], person.mentions


def test_seed_must_not_include(seed_text: str, seed_expected: dict[str, Any]) -> None:
    people = seed_people(seed_text)
    names = {fold(p.name) for p in people}
    mentions = {fold(m.text) for p in people for m in p.mentions}
    for text in seed_expected["required"]["people"]["must_not_include"]:
        assert fold(text) not in names
        assert fold(text) not in mentions


def test_seed_massouds_are_two_people(seed_text: str, seed_expected: dict[str, Any]) -> None:
    people = seed_people(seed_text)
    for group in seed_expected["required"]["people"]["must_be_distinct"]:
        found = [p for p in people if fold(p.name) in {fold(n) for n in group}]
        assert len(found) == len(group)


def test_seed_senior_massoud_goes_to_the_father(seed_text: str) -> None:
    """The bare ``Massoud`` of ``The senior Massoud`` follows the father's
    full name, so it is his, not his son's (the stretch fact of the seed)."""
    people = {p.name: p for p in seed_people(seed_text)}
    at = seed_text.index("The senior Massoud") + len("The senior ")
    father = people["Ahmad Shah Massoud"]
    assert any(m.span.start == at for m in father.mentions)
    assert all(m.span.start != at for m in people["Ahmad Massoud"].mentions)


def test_seed_captions_name_their_people(seed_text: str, seed_expected: dict[str, Any]) -> None:
    captions = newsparse.parse_article(seed_text).captions
    wanted = [c["people"] for c in seed_expected["required"]["captions"]]
    assert [list(c.people) for c in captions] == wanted


def test_seed_photographers_in_credits_are_not_people(seed_text: str) -> None:
    names = {p.name for p in seed_people(seed_text)}
    assert "Patrick Robert" not in names
    assert "Reza" not in names


# --------------------------------------------------------------------------
# split_name
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Sergei Lavrov", "Sergei", "Lavrov"),
        ("Ursula von der Leyen", "Ursula", "von der Leyen"),
        ("Mohammed bin Salman", "Mohammed", "bin Salman"),
        ("Mark A. Welsh III", "Mark", "Welsh"),
        ("Martin Luther King Jr.", "Martin", "King"),
        ("Xi Jinping", "Jinping", "Xi"),
        ("Kim Jong Un", "Jong Un", "Kim"),
        ("Kim Davis", "Kim", "Davis"),
        ("Claudio De Vincenti", "Claudio", "De Vincenti"),
        ("Karzai", None, "Karzai"),
        ("Gloria", "Gloria", None),
        ("", None, None),
    ],
)
def test_split_name(name: str, given: str | None, family: str | None) -> None:
    assert split_name(name) == (given, family)


# --------------------------------------------------------------------------
# Windows, properties, bad input
# --------------------------------------------------------------------------


def test_windows_limit_the_reading() -> None:
    text = "Credit: JOHN SMITH\n\nPresident Ashraf Ghani fled. Ghani left Kabul."
    start = text.index("President")
    people = extract_people(text, windows=[Span(start=start, end=len(text))])
    assert [p.name for p in people] == ["Ashraf Ghani"]
    assert [m.text for m in people[0].mentions] == ["Ashraf Ghani", "Ghani"]


def test_windows_cluster_across_each_other() -> None:
    text = "Sergei Lavrov spoke.\n\nA photo.\n\nLavrov left."
    first = Span(start=0, end=text.index("\n"))
    last = Span(start=text.rindex("Lavrov"), end=len(text))
    people = extract_people(text, windows=[last, first])
    assert len(people) == 1
    assert len(people[0].mentions) == 2


def test_windows_must_be_spans() -> None:
    with pytest.raises(TypeError, match="Span"):
        extract_people("Sergei Lavrov", windows=[(0, 5)])  # type: ignore[list-item]


@pytest.mark.parametrize("value", [None, b"Sergei Lavrov", 42, ["Sergei Lavrov"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        extract_people(value)  # type: ignore[arg-type]


def test_bytes_say_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        extract_people(b"Sergei Lavrov")  # type: ignore[arg-type]


@given(st.text())
def test_never_raises_and_spans_hold(text: str) -> None:
    check_spans(text, extract_people(text))


NAMES = st.sampled_from(
    [
        "Sergei Lavrov",
        "Hamid Karzai",
        "Charlie D'Agata",
        "Ursula von der Leyen",
        "Mark A. Welsh III",
    ]
)
FILLER = st.sampled_from(
    ["said on Thursday.", "met the delegation.", "was in Kabul.", "left", "and", ", the leader,"]
)


@given(st.lists(st.tuples(NAMES, FILLER), min_size=1, max_size=8), st.text(" \n.abc", max_size=12))
def test_neutral_prefix_shifts_every_span(parts: list[tuple[str, str]], prefix: str) -> None:
    text = " ".join(f"{name} {filler}" for name, filler in parts)
    prefix = prefix + " \n"
    plain = extract_people(text)
    shifted = extract_people(prefix + text)
    assert [p.name for p in plain] == [p.name for p in shifted]
    assert [[m.span.shift(len(prefix)) for m in p.mentions] for p in plain] == [
        [m.span for m in p.mentions] for p in shifted
    ]


@given(st.lists(st.tuples(NAMES, FILLER), min_size=1, max_size=8))
def test_built_names_are_found(parts: list[tuple[str, str]]) -> None:
    """Names built from the table are found with the mentions they were given."""
    text = ". ".join(f"{name} {filler}" for name, filler in parts)
    people = {p.name: p for p in extract_people(text)}
    for name, _ in parts:
        assert name in people
    for name, person in people.items():
        assert len(person.mentions) == sum(n == name for n, _ in parts)


def test_same_input_same_output(seed_text: str) -> None:
    assert extract_people(seed_text) == extract_people(seed_text)


@pytest.mark.parametrize(
    "text",
    [
        "A" * 200_000,
        "Aa " * 70_000,
        "Sen. " * 40_000,
        "Ahmad bin " * 20_000 + "x",
        "Mr. A. B. C. " * 15_000,
        ('Tom "Ginger" ' * 15_000) + "Neil",
        "Al-" * 60_000,
        ", the leader of " * 12_000,
        "'" * 100_000 + "s",
    ],
    ids=[
        "caps",
        "pairs",
        "titles",
        "particles",
        "initials",
        "nicknames",
        "prefixes",
        "appositions",
        "apostrophes",
    ],
)
def test_adversarial_input_returns(text: str) -> None:
    """Long hostile input is read in linear time (timing is in benchmarks/)."""
    people = extract_people(text)
    check_spans(text, people)


# --------------------------------------------------------------------------
# Another people finder plugged into parse_article
# --------------------------------------------------------------------------


def test_parse_article_takes_another_people_finder(seed_text: str) -> None:
    calls = []

    def lavrov_only(text: str, *, windows: Sequence[Span] | None = None) -> tuple[Person, ...]:
        calls.append(windows)
        at = text.index("Sergei Lavrov")
        span = Span(start=at, end=at + len("Sergei Lavrov"))
        return (Person(name="Sergei Lavrov", mentions=(Mention(text="Sergei Lavrov", span=span),)),)

    article = newsparse.parse_article(seed_text, people_finder=lavrov_only)
    assert [p.name for p in article.people] == ["Sergei Lavrov"]
    (windows,) = calls
    assert windows, "the finder is told which spans to read"
    headline_end = article.headline_span.end if article.headline_span else 0
    assert all(w.start >= headline_end for w in windows), "the headline is not body"
    credit_spans = [c.credit.span for c in article.captions if c.credit is not None]
    assert not any(w.start <= c.start < w.end for w in windows for c in credit_spans)
    assert all(c.people == () for c in article.captions), "captions list the finder's people"


def test_people_finder_none_skips_people(seed_text: str) -> None:
    article = newsparse.parse_article(seed_text, people_finder=None)
    assert article.people == ()


def load_spacy_example() -> Any:
    path = HERE.parent / "docs" / "examples" / "spacy_people.py"
    if not path.exists():
        pytest.skip("docs/examples is not beside the tests")
    spec = importlib.util.spec_from_file_location("spacy_people", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spacy_people_finder_example(seed_text: str) -> None:
    """The docs' spaCy example plugs in (a blank pipeline with an entity
    ruler stands in for a trained model, so nothing is downloaded)."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Sergei Lavrov"},
            {"label": "PERSON", "pattern": "Ahmad Massoud"},
        ]
    )
    finder = load_spacy_example().spacy_people_finder(nlp)
    article = newsparse.parse_article(seed_text, people_finder=finder)
    people = {p.name: p for p in article.people}
    assert set(people) == {"Sergei Lavrov", "Ahmad Massoud"}
    check_spans(seed_text, article.people)
    assert article.captions[0].people == ("Ahmad Massoud",)
