"""Clean personal names: ``title_case_name``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._names import title_case_name


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("REZA", "Reza"),
        ("PATRICK ROBERT", "Patrick Robert"),
        ("JOHN SMITH", "John Smith"),
        ("CHARLIE D'AGATA", "Charlie D'Agata"),
        ("SHAUN O'NEIL", "Shaun O'Neil"),
        ("SHAUN O’NEIL", "Shaun O’Neil"),
        ("JOHN'S", "John's"),
        ("RONALD MCDONALD", "Ronald McDonald"),
        ("ANGUS MACDONALD", "Angus MacDonald"),
        ("ANA MACHADO", "Ana Machado"),
        ("JAN VAN DER BERG", "Jan van der Berg"),
        ("BASHAR AL-ASSAD", "Bashar al-Assad"),
        ("JEAN-LUC PICARD", "Jean-Luc Picard"),
        ("J.D. ROE", "J.D. Roe"),
        ("MARK A. WELSH III", "Mark A. Welsh III"),
        ("JAMES ROE JR.", "James Roe Jr."),
        ("JOHN  ROE", "John  Roe"),
        ("ÉMILIE ÇELIK", "Émilie Çelik"),
        ("VAN DER BERG", "Van der Berg"),
        ("I2D", "I2D"),
    ],
    ids=lambda value: value,
)
def test_capitals_are_title_cased(raw: str, clean: str) -> None:
    assert title_case_name(raw) == clean


@pytest.mark.parametrize(
    "raw",
    ["LuCelia Ball", "Derek VanHorn", "Dan DeCook", "JOHN McDonald", "jane roe", "", "  ", "1234"],
)
def test_mixed_case_stays_as_written(raw: str) -> None:
    assert title_case_name(raw) == raw


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError, match="raw"):
        title_case_name(b"REZA")  # type: ignore[arg-type]


@given(st.text())
def test_never_raises_and_only_changes_capitals(raw: str) -> None:
    clean = title_case_name(raw)
    if not raw.isupper():
        assert clean == raw
    assert title_case_name(raw) == clean


_CAPS_WORDS = ["JANE", "ROE", "O'BRIEN", "MCALLISTER", "VAN", "DE", "III"]


@given(st.lists(st.sampled_from(_CAPS_WORDS), min_size=1))
def test_title_cased_words_keep_their_letters(words: list[str]) -> None:
    raw = " ".join(words)
    clean = title_case_name(raw)
    assert clean.upper() == raw
    assert clean[0].isupper()
