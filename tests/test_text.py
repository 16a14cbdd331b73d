"""Segmentation: lines, hard wraps and real breaks, with offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._text import (
    _ENDS_OPEN,
    _ENDS_SENTENCE,
    _STARTS_LOWER,
    _ends_open,
    _ends_sentence,
    _starts_lower,
    clean,
    segments,
)


def texts_of(text: str) -> list[str]:
    return [clean(text, seg.lines) for seg in segments(text)]


def test_seed_wraps_are_joined_and_other_breaks_kept(seed_text: str, seed_expected: dict) -> None:
    got = texts_of(seed_text)
    joined = seed_expected["required"]["body"]["hard_wrapped_lines_joined"]
    for fragment in joined:
        assert sum(fragment in block for block in got) == 1, fragment
    # 26 lines, three of them wraps: 23 segments.
    assert len(seed_text.splitlines()) == 26
    assert len(got) == 23
    assert got[-1] == "www.cbsnews.com"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One line.\nAnother line.", ["One line.", "Another line."]),
        ("A takeover of\nAfghanistan was met.", ["A takeover of Afghanistan was met."]),
        ("In May,\nSaleh told them.", ["In May, Saleh told them."]),
        ('"I will," he\ntold her.', ['"I will," he told her.']),
        ("A long\n\nsecond", ["A long", "second"]),  # a blank line always breaks
        ("Headline\nBy Jane Doe\nThe story.", ["Headline", "By Jane Doe", "The story."]),
        ("the anti-\nTaliban side", ["the anti-Taliban side"]),
        ("It ended.\nwww.example.com", ["It ended.", "www.example.com"]),
        ("Windows\r\nline ends", ["Windows line ends"]),
        ("Old Mac\rline ends.\rNext.", ["Old Mac line ends.", "Next."]),
        ("Tabs\tand\u00a0NBSP  here", ["Tabs and NBSP here"]),
        ("\ufeffA BOM first", ["A BOM first"]),
        ("Curly “quotes” and — dashes – too", ["Curly “quotes” and — dashes – too"]),
        ("", []),
        ("  \n\t\n\u00a0 ", []),
    ],
    ids=[
        "real-break", "function-word", "comma", "lowercase-next", "blank-line",
        "header-lines", "hyphen", "url-after-sentence", "crlf", "cr", "spaces",
        "bom", "typography", "empty", "blank-only",
    ],
)  # fmt: skip
def test_segments(text: str, expected: list[str]) -> None:
    assert texts_of(text) == expected


def test_hard_wrapped_layout_is_reflowed() -> None:
    paragraph = (
        "The council voted on Tuesday to approve the new budget for the coming\n"
        "year after a debate that lasted more than six hours and drew a crowd\n"
        "Residents who spoke at the meeting were divided over the plan to raise\n"
        "property taxes by three percent to pay for road repairs and schools\n"
    )
    text = "Council approves budget\n\n" + paragraph + "\n" + paragraph
    got = texts_of(text)
    assert got[0] == "Council approves budget"
    assert len(got) == 3
    assert "coming year after" in got[1]
    assert "crowd Residents" in got[1]


def test_short_lines_in_a_wrapped_text_stay_apart() -> None:
    body = (
        "The council voted on Tuesday to approve the new budget for the coming\n"
        "year after a debate that lasted more than six hours and drew a crowd.\n"
    ) * 4
    text = "Council approves budget\nResidents react\n\n" + body
    # "Residents" would have fitted after the first line: a deliberate break.
    assert texts_of(text)[:2] == ["Council approves budget", "Residents react"]


def test_one_line_break_among_blank_lines_is_no_wrap() -> None:
    # Six short lines of alike lengths, all but one break a blank line: the
    # text is not hard-wrapped, so the dateline line stays its own segment
    # (found by the article round trip of newsparse.strategies).
    text = (
        "Rebels vow to hold the valley\n\nJanuary 1, 2000\n\nCBS/AFP\n\n"
        "KABUL, Afghanistan 2000-01-01\nThe meeting lasted three hours.\n\n"
        '"We will not leave," Jane Smith said.'
    )
    assert texts_of(text)[3:5] == [
        "KABUL, Afghanistan 2000-01-01",
        "The meeting lasted three hours.",
    ]


@given(st.text())
def test_segments_cover_every_non_blank_character_once(text: str) -> None:
    segs = segments(text)
    covered = [False] * len(text)
    previous_end = 0
    for seg in segs:
        assert previous_end <= seg.start < seg.end <= len(text)
        previous_end = seg.end
        for start, end in seg.lines:
            assert seg.start <= start < end <= seg.end
        for i in range(seg.start, seg.end):
            covered[i] = True
    for i, char in enumerate(text):
        if not covered[i]:
            assert char.isspace() or char in "\ufeff\u200b\u200c\u200d\u2060\u00ad"


@given(st.text(), st.sampled_from(["\n\n", "  \n", "\ufeff\n\n"]))
def test_a_neutral_prefix_shifts_every_offset(text: str, prefix: str) -> None:
    plain = segments(text)
    shifted = segments(prefix + text)
    assert [[(s + len(prefix), e + len(prefix)) for s, e in seg.lines] for seg in plain] == [
        list(seg.lines) for seg in shifted
    ]


def test_long_adversarial_input_finishes() -> None:
    for text in ("a " * 200_000, "of\n" * 100_000, " \t\u00a0" * 100_000 + "x", "-\n" * 100_000):
        segments(text)


# The wrap tests answer ASCII text with string operations; they must agree
# with the patterns they stand in for on any line.
_LINE_CHARS = st.sampled_from(
    [*"abzAZ .,!?…\"”’')]([“‘-\t\x1c\x1f\u00a0\u2028\ufeffſé0", "the", "OF", "should"]
)


@given(st.lists(_LINE_CHARS, min_size=1, max_size=12).map("".join), st.data())
def test_wrap_tests_agree_with_their_patterns(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    line = (start, end)
    assert _ends_open(text, line) == bool(_ENDS_OPEN.search(text, max(start, end - 8), end))
    assert _ends_sentence(text, line) == bool(_ENDS_SENTENCE.search(text, max(start, end - 3), end))
    assert _starts_lower(text, start) == bool(_STARTS_LOWER.match(text, start))
