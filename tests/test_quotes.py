"""Quotes: table-driven cases, the seed's quotes, properties, adversarial input."""

from __future__ import annotations

import doctest
import functools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, _attribution, extract_people, parse_article
from newsparse._cues import _VERB, _verb_matches
from newsparse._reading import read
from newsparse._types import Mention, Person, Quote, Span
from newsparse.quotes import _fold, _found, extract_quotes

CASES = Path(__file__).resolve().parent / "cases"
_CASES: list[dict[str, Any]] = [
    case
    for name in ("quotes.json", "speakers.json")  # speakers.json: who said it (issue 18)
    for case in json.loads((CASES / name).read_text("utf-8"))
]


def _norm(value: str) -> str:
    """Fold case, white space, quotation marks and apostrophes (as the evaluation does)."""
    value = regex.sub(r"[\"“”„«»]", "", value)
    value = regex.sub(r"[‘’`]", "'", value)
    return " ".join(value.casefold().split())


def _check_spans(text: str, quotes: Sequence[Quote]) -> None:
    starts = [q.span.start for q in quotes]
    assert starts == sorted(starts)
    for q in quotes:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        if q.parts:  # a quote its cue interrupts: the parts, joined, are its text
            assert q.parts[0].start == q.span.start
            assert q.parts[-1].end == q.span.end
            assert all(a.end <= b.start for a, b in zip(q.parts, q.parts[1:]))
            assert _fold(" ".join(p.slice(text) for p in q.parts)) == _fold(q.text)
        else:
            assert _fold(q.span.slice(text)) == _fold(q.text)
        if q.cue_span is not None:
            assert q.cue_span.slice(text) == q.cue
        if q.speaker_mention is not None:
            assert q.speaker_mention.span.slice(text) == q.speaker_mention.text


def _people(text: str, spec: Sequence[dict[str, Any]]) -> list[Person]:
    """Person records built by hand: each mention pattern found by regex."""
    people = []
    for row in spec:
        mentions = [
            Mention(text=m.group(), span=Span(start=m.start(), end=m.end()))
            for m in regex.finditer(row["pattern"], text)
        ]
        people.append(
            Person(
                name=row["name"],
                family=row.get("family"),
                roles=row.get("roles", ()),
                mentions=mentions,
            )
        )
    return people


def _find(quotes: Sequence[Quote], starts: str) -> Quote | None:
    want = _norm(starts)
    for q in quotes:
        if _norm(q.text).startswith(want):
            return q
    return None


def _params() -> list[Any]:
    params = []
    for case in _CASES:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(reason=case["xfail"], strict=True))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def test_case_table() -> None:
    ids = [case["id"] for case in _CASES]
    assert len(ids) == len(set(ids))
    assert len(_CASES) >= 80
    assert sum(bool(case["expected"]) for case in _CASES) >= 50
    assert sum(not case["expected"] for case in _CASES) >= 15
    assert {case["source"] for case in _CASES} <= {"issue 5", "written for the test"}


@pytest.mark.parametrize("case", _params())
def test_extract_quotes(case: dict[str, Any]) -> None:
    text = case["text"]
    people = _people(text, case["people"]) if "people" in case else None
    got = extract_quotes(text, people=people)
    _check_spans(text, got)
    expected = case["expected"]
    assert len(got) == len(expected), [q.text for q in got]
    for quote, want in zip(got, expected, strict=True):
        assert _norm(quote.text).startswith(_norm(want["text_starts"])), quote.text
        assert quote.kind == want["kind"]
        assert quote.speaker == want["speaker"]
        if "cue" in want:
            assert quote.cue == want["cue"]
        if "addressee" in want:
            assert quote.addressee == want["addressee"]
        if "medium" in want:
            assert quote.medium == want["medium"]
        if "parts" in want:
            assert [p.slice(text) for p in quote.parts] == want["parts"]
        if "speaker_written_as" in want:
            assert quote.speaker_mention is not None
            assert quote.speaker_mention.text == want["speaker_written_as"]


# --------------------------------------------------------------------------
# The seed
# --------------------------------------------------------------------------


@functools.cache
def _seed_article(seed_text: str) -> Article:
    return parse_article(seed_text)


def _seed_quotes(seed_text: str) -> tuple[Quote, ...]:
    """The seed's quotes through the real pipeline: ``parse_article`` finds the
    people and passes the body window to ``extract_quotes``."""
    return _seed_article(seed_text).quotes


def test_seed_through_extract_people(seed_text: str) -> None:
    """``extract_quotes`` with ``extract_people`` gives what ``parse_article`` gives."""
    article = _seed_article(seed_text)
    start = article.paragraphs[0].span.start
    end = article.paragraphs[-1].span.end
    people = extract_people(seed_text)
    direct = extract_quotes(seed_text, people=people, start=start, end=end)
    assert [(q.span, q.speaker) for q in direct] == [(q.span, q.speaker) for q in article.quotes]


def _seed_params() -> list[Any]:
    seed = Path(__file__).resolve().parent.parent / "seeds"
    expected = json.loads((seed / "cbs_afp_2021-08-19_massoud.expected.json").read_text("utf-8"))
    return [
        pytest.param(want, id=f"{i:02d}-{want['text_starts'][:30]}")
        for i, want in enumerate(expected["required"]["quotes"])
    ]


@pytest.mark.parametrize("want", _seed_params())
def test_seed_required_quote(seed_text: str, want: dict[str, Any]) -> None:
    quotes = _seed_quotes(seed_text)
    got = _find(quotes, want["text_starts"])
    assert got is not None, [q.text[:40] for q in quotes]
    assert got.kind == want["kind"]
    assert got.speaker == want["speaker"]
    if "cue" in want:
        assert got.cue == want["cue"]
    if "addressee" in want:
        assert got.addressee == want["addressee"]
    if "speaker_written_as" in want:
        assert got.speaker_mention is not None
        assert got.speaker_mention.text == want["speaker_written_as"]


def test_seed_not_quotes(seed_text: str, seed_expected: dict[str, Any]) -> None:
    quotes = _seed_quotes(seed_text)
    _check_spans(seed_text, quotes)
    for item in seed_expected["required"]["not_quotes"]:
        got = _find(quotes, item["text"])
        assert got is None or got.speaker is None


def test_seed_without_people(seed_text: str) -> None:
    body = seed_text.index("While the Taliban")
    quotes = extract_quotes(seed_text, start=body)
    lavrov = _find(quotes, "a Taliban resistance was forming")
    assert lavrov is not None
    assert lavrov.speaker == "Sergei Lavrov"
    assert lavrov.speaker_mention is not None
    assert lavrov.speaker_mention.text == "Russian Foreign Minister Sergei Lavrov"
    fight = _find(quotes, "I'll fight for it")
    assert fight is not None
    assert fight.speaker is None
    assert fight.speaker_mention is not None
    assert fight.speaker_mention.text == "he"
    assert fight.addressee == "D'Agata"
    group = _find(quotes, "Taliban negotiator Anas Haqqani")
    assert group is not None
    assert group.speaker == "the militant group"
    assert group.medium == "Twitter"


def test_seed_headline_is_not_a_quote(seed_text: str) -> None:
    headline_end = seed_text.index("\n")
    assert extract_quotes(seed_text, start=0, end=headline_end)[0].kind == "partial"
    # parse_article passes only the body, where the headline is not
    assert all(q.span.start > headline_end for q in _seed_quotes(seed_text))


# --------------------------------------------------------------------------
# Contract, properties, adversarial input
# --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, b'"Hi," he said.', 3, ["x"]])
def test_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        extract_quotes(value)


def test_window_keeps_caller_coordinates() -> None:
    body = '"We are ready," Smith said.'
    text = "HEADLINE\n\n" + body + "\n\nTrailer."
    got = extract_quotes(text, start=10, end=10 + len(body))
    assert len(got) == 1
    assert got[0].span.slice(text) == "We are ready"
    assert got[0].cue_span is not None
    assert got[0].cue_span.slice(text) == "said"
    assert extract_quotes(text, start=0, end=8) == ()
    assert extract_quotes(text, start=50, end=10) == ()


@given(st.text())
def test_never_raises(text: str) -> None:
    quotes = extract_quotes(text)
    _check_spans(text, quotes)


_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "'",
        "’",
        " said ",
        " told ",
        " he ",
        "Smith",
        " that ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        ":",
        "We are ready",
        "according to",
        " the ministry ",
        "''",
        "„",
        "«",
        "»",
        "「",
        "」",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_never_raises_on_quote_soup(text: str) -> None:
    _check_spans(text, extract_quotes(text))


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_neutral_prefix_shifts_spans(text: str) -> None:
    prefix = "Filler line.\n\n"
    base = extract_quotes(text)
    shifted = extract_quotes(prefix + text)
    assert [q.span.shift(len(prefix)) for q in base] == [q.span for q in shifted]
    assert [q.text for q in base] == [q.text for q in shifted]
    assert [q.speaker for q in base] == [q.speaker for q in shifted]


def test_same_input_same_output(seed_text: str) -> None:
    assert extract_quotes(seed_text) == extract_quotes(seed_text)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 200_000,
        "said " * 40_000,
        ('"a' + " b" * 50) * 2_000,
        ("Smith " * 30 + "said, " + '"') * 1_500,
        ("He said that " + "the " * 40) * 1_000,
        ("“x ” ‘y’ " + "A" * 60 + " ") * 2_000,
        ("Mr. J. D. Smith, " + "the long appositive " * 5) * 1_500 + " said",
        "\n".join(['"unclosed quote said he'] * 10_000),
        ("„x “ »y« «z» 「a」 『b』 ‚c‘ ‹d› ''e'' ``f " + "said Smith ") * 4_000,
        "''" * 100_000,
        "'''" * 70_000 + " he said",
        ("''A,'' he said, ''" + "b " * 30) * 2_000,
    ],
    ids=[
        "marks",
        "said-said",
        "unclosed",
        "names-cue-mark",
        "that-the",
        "mixed",
        "appositive",
        "lines",
        "odd-marks",
        "apostrophe-pairs",
        "apostrophe-triples",
        "unclosed-apostrophe-pairs",
    ],
)
def test_adversarial_input_returns(text: str) -> None:
    # Only that it returns: speed is measured in the benchmarks, not here.
    quotes = extract_quotes(text)
    assert isinstance(quotes, tuple)


def test_seed_repeated_to_a_megabyte_returns(seed_text: str) -> None:
    # A long text with people who have thousands of mentions: only that it
    # returns, and every copy gives the quotes one copy gives (speed is
    # measured in the benchmarks, not here).
    block = seed_text + "\n\n"
    copies = 1_000_000 // len(block) + 1
    big = block * copies
    once = extract_quotes(block, people=extract_people(block))
    assert once
    quotes = extract_quotes(big, people=extract_people(big))
    assert len(quotes) == len(once) * copies


# --------------------------------------------------------------------------
# Documentation examples run
# --------------------------------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "quotes.md"


def _run_doctest(source: str, name: str) -> None:
    test = doctest.DocTestParser().get_doctest(source, {}, name, str(DOCS), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_extract_quotes_docstring() -> None:
    assert extract_quotes.__doc__ is not None
    _run_doctest(extract_quotes.__doc__, "extract_quotes")


def test_docs_examples() -> None:
    blocks = regex.findall(r"```pycon\n(.*?)```", DOCS.read_text("utf-8"), flags=regex.DOTALL)
    assert blocks
    _run_doctest("\n".join(blocks), "docs/quotes.md")


# --- the rule tables ----------------------------------------------------------

_RULES = [*_attribution.DIRECT_RULES, *_attribution.REPORTED_RULES]


def test_every_rule_has_cases_and_a_documented_example() -> None:
    ids = {case["id"] for case in _CASES}
    names = [rule.name for rule in _RULES]
    assert len(names) == len(set(names))
    for rule in _RULES:
        assert rule.cases, rule.name
        assert set(rule.cases) <= ids, (rule.name, set(rule.cases) - ids)
        assert rule.read.__doc__ is not None, rule.name
        assert "``" in rule.read.__doc__, rule.name  # an example of what it reads


@pytest.mark.parametrize(
    ("rule", "case_id"),
    [(rule.name, case_id) for rule in _RULES for case_id in rule.cases],
)
def test_each_rule_reads_its_cases(rule: str, case_id: str) -> None:
    case = next(case for case in _CASES if case["id"] == case_id)
    text = case["text"]
    reading = read(text, 0, len(text))
    assert reading is not None
    found = _found(reading, _people(text, case.get("people", [])))
    assert rule in {f.rule for f in found}, [(f.rule, f.text) for f in found]


# The cue finder looks verbs up by word (newsparse._verb_matches); it
# must find what the verb pattern tried at every position finds.
_CUE_PIECES = [
    "said", "Said", "says", "according to", "According", "to", "point out", "pointed",
    "out", "told", "saying", "re-said", "said-", "’said", "said’s", "ABCsaid", "2said",
    " ", "  ", "\n", ",", ".", "-", "’", "'", '"', "é", "x",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_CUE_PIECES), max_size=40).map("".join),
    st.integers(0, 20),
    st.integers(0, 20),
)
def test_cue_lookup_by_word_finds_what_the_verb_pattern_finds(
    text: str, cut: int, tail: int
) -> None:
    lo, hi = min(cut, len(text)), max(min(cut, len(text)), len(text) - tail)
    want = [m.span() for m in _VERB.finditer(text, lo, hi)]
    assert [m.span() for m in _verb_matches(text, lo, hi)] == want
