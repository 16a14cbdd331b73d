"""Words: the one tokenisation the finders share, and the verbs found by it.

The reference for both is the pattern the finders used before: a word is
what ``(?<!W)…(?!W)`` with ``W = [\\p{L}\\p{M}\\p{N}'’-]`` bounds, and the
cues are the forms of the verb table that pattern finds, so looking words up
must give exactly what trying the table at every position gave.
"""

from __future__ import annotations

import doctest

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import _lexicon as lex
from newsparse import _words
from newsparse._cues import find_cues, verb_forms
from newsparse._words import is_word_character, words

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’\-]+")
_VERB_AT_EVERY_POSITION = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}'’-])\L<verbs>(?![\p{L}\p{M}\p{N}'’-])",
    verbs=sorted(lex.ATTRIBUTION_VERBS, key=len, reverse=True),
)
_FORMS = sorted(lex.ATTRIBUTION_VERBS)
_PIECES = [" ", "  ", "\n", "-", "'", "’", "é", "\u0301", "_", "1", ".", ",", "x", "“", '"']

texts = st.lists(
    st.one_of(st.sampled_from(_FORMS), st.sampled_from(_PIECES), st.text(max_size=3)),
    max_size=12,
).map("".join)


def test_doctests() -> None:
    failed, tried = doctest.testmod(_words)
    assert tried
    assert not failed


@given(texts, st.data())
def test_words_are_the_runs_of_word_characters(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = words(text, lo, hi)
    assert [(m.start(), m.group()) for m in _WORD.finditer(text, lo, hi)] == list(
        zip(found.starts, found.forms, strict=True)
    )
    for i in range(len(found)):
        assert text[found.starts[i] : found.end_of(i)] == found.forms[i]
        cut = found.starts[i] == lo and lo > 0 and is_word_character(text[lo - 1])
        assert found.begins_word(i) is not cut


def test_a_word_cut_by_the_window_start() -> None:
    found = words("unsaid said", 2, 11)
    assert found.forms == ["said", "said"]
    assert [found.begins_word(i) for i in range(2)] == [False, True]


@given(texts, st.data())
def test_verbs_by_lookup_are_the_verbs_the_pattern_finds(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.group(), m.start()) for m in _VERB_AT_EVERY_POSITION.finditer(text, lo, hi)]
    assert list(verb_forms(words(text, lo, hi))) == expected


def test_multi_word_forms_and_their_inner_words() -> None:
    text = "Smith was quoted as saying so, according to Jones, who said-so and said"
    assert [form for form, _ in verb_forms(words(text, 0, len(text)))] == [
        "was quoted as saying",
        "according to",
        "said",
    ]
    assert list(verb_forms(words("according to", 0, 11))) == []  # "to" cut off


def test_cues_keep_the_filters_of_the_verbs() -> None:
    text = 'He was told of the claims. "They said." Secretary of State Jo Roe said'
    found = words(text, 0, len(text))
    quoted = (text.index("They"), text.index('."'))
    assert [c.form for c in find_cues(found, [quoted])] == ["said"]
    assert [c.start for c in find_cues(found, [quoted])] == [len(text) - 4]
