"""Evidence for and against a name that the whole text gives, beyond the
words beside one mention: a full name confirmed once is a name everywhere,
in a headline in capitals too (:func:`split_capitals`); a word alone is a
person's when it is used as only a person's name is (``Garza, 45,``,
``said Okafor.``; :func:`solo_evidence`); the name tables as one weak prior
(:func:`family_prior`); the shapes that speak against a name (a plural
last word, a lone letter; :func:`odd_shaped`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from . import _lexicon as lex
from ._candidates import (
    NEWS_ORGS,
    STOP,
    Candidate,
    Word,
    is_acronym,
    is_family,
    is_given,
    is_lower,
)
from ._context import (
    aged_after,
    qualifies_noun,
    said_before,
    scored,
    word_before,
)
from ._lazy import LazyPattern
from ._types import Span

__all__ = [
    "family_prior",
    "in_capitals_line",
    "odd_shaped",
    "place_use",
    "places_are_no_names",
    "plural_shaped",
    "solo_evidence",
    "solo_people",
    "split_capitals",
    "titled_word",
]

_Window = Span

_LOWER_LETTER = regex.compile(r"\p{Ll}")


def in_capitals_line(text: str, cand: Candidate) -> bool:
    """Whether the candidate is written in capitals on a line with no
    lower-case letter (``SOCCER - ROMANIA BEAT LITHUANIA IN …``): a
    headline in capitals runs its verbs and places into the names, so its
    words are no name on their own evidence; the later mentions in mixed
    case may still claim them (``ROBERTO DURAN`` … ``Duran``).
    """
    if _LOWER_LETTER.search(text, cand.start, cand.end):
        return False
    reach = _MAX_HEADLINE_CHARS
    newline_before = text.rfind("\n", max(0, cand.start - reach), cand.start)
    if newline_before < 0 and cand.start > reach:
        return False  # a line this long is no headline (reading it for each word would be n²)
    newline_after = text.find("\n", cand.end, cand.end + reach)
    if newline_after < 0 and len(text) - cand.end > reach:
        return False
    line_end = len(text) if newline_after < 0 else newline_after
    return _LOWER_LETTER.search(text, newline_before + 1, line_end) is None


_MAX_HEADLINE_CHARS = 500
"""A headline in capitals is shorter than this on either side of a name."""


def odd_shaped(names: Sequence[str]) -> bool:
    """Whether a word of the name has a shape names seldom have: a lone
    letter (``Protected B``, but ``Malcolm X``) or a last word like an
    English plural or gerund (:func:`plural_shaped`).
    """
    return any(len(w) == 1 for w in names) or plural_shaped(names)


def plural_shaped(names: Sequence[str]) -> bool:
    """Whether the last word looks like an English plural or gerund that no
    family-name table knows (``Art Collections``, ``Bill Paying``, ``Scots
    Guards``): weak evidence against a name, so such a name needs context
    (a reporting verb, a title, an apposition, a later mention alone), as
    ``Alexis Tsipras said`` has.
    """
    last = names[-1]
    return (
        (last.endswith("ing") or (last.endswith("s") and not last.endswith(_NAME_ENDINGS_IN_S)))
        and not is_family(last)
        and names[0].casefold() not in lex.FAMILY_FIRST
    )


_NAME_ENDINGS_IN_S = ("as", "is", "us", "ss", "ys", "ës")
"""Endings of names that no English plural has (``Vardakas``, ``Kalamaris``,
``Andrikopoulos``, ``Ross``); ``-es`` and ``-os`` stay ambiguous
(``Kovales``, ``Games``; ``Melados``, ``Harrios``)."""


def split_capitals(
    text: str, judged: list[tuple[Candidate, _Window, bool]], confirmed: set[tuple[str, ...]]
) -> list[tuple[Candidate, _Window, bool]]:
    """Cut the runs of a line in capitals that nobody took for a name into
    the full names the text confirms elsewhere and single words, each a
    surname for the surname pass (``ATHLETICS - ROE AND DOE JOIN ANNA LEE
    AT TOP``: a headline in capitals runs its verbs into its names).
    """
    out: list[tuple[Candidate, _Window, bool]] | None = None
    for i, (cand, window, accepted) in enumerate(judged):
        words = cand.words
        if accepted or len(words) < 2 or not in_capitals_line(text, cand):
            if out is not None:
                out.append((cand, window, accepted))
            continue
        if out is None:
            out = judged[:i]
        at = 0
        while at < len(words):
            length = (
                next((n for n in (4, 3, 2) if _confirmed_at(words, at, n, confirmed)), 0)
                if confirmed
                else 0
            )
            if length:
                out.append((Candidate(words[at : at + length], None, False, False), window, True))
                at += length
                continue
            word = words[at].text
            if not is_lower(word) and not plural_shaped([word.casefold()]):
                out.append((Candidate(words[at : at + 1], None, False, False), window, False))
            at += 1
    return judged if out is None else out


def _confirmed_at(
    words: tuple[Word, ...], at: int, length: int, confirmed: set[tuple[str, ...]]
) -> bool:
    """Whether ``length`` words from ``at`` on are a name confirmed elsewhere."""
    if at + length > len(words):
        return False
    return Candidate(words[at : at + length], None, False, False).name_words in confirmed


def solo_evidence(
    text: str,
    i: int,
    span: tuple[int, int],
    window: _Window,
    solo: dict[str, tuple[int, list[int]]],
) -> None:
    """Note the evidence that lone word ``i`` (at ``span``) is a person's name on its own:
    a name table knows it, and it is used as only a person's name is, as the
    subject put after a verb of speech (``said Okafor.``) or given an age
    (``Garza, 45,``), strong, or before one (``Varsheer said``), weak: firms
    say things too.
    """
    start, end = span
    word = text[start:end]
    if not _solo_shaped(word):
        return
    if scored(text, start, end, window):
        before = text[max(window.start, start - 12) : start].split()
        if before and before[-1].rsplit(".", 1)[-1].lstrip("(") in lex.PARTICLES:
            return  # ``c de Mello b``: the name starts before the word
        strength = 2  # a scorecard's player, whatever the tables know
    elif not _in_name_tables(word):
        return
    elif said_before(text, start, end, window) or aged_after(text, end, window.end):
        strength = 2
    elif not _maybe_word_after(text, end) or (
        (after := _WORD_AFTER.match(text, end, min(window.end, end + 20))) is None
    ):
        return  # the common case: no verb and no job word after it
    elif after["said"] is not None:
        strength = 1
    else:
        strength = -2  # ``Lennox spokesman Per Holm``: a body people work for
    total, where = solo.get(word, (0, []))
    if strength > 0:
        where.append(i)
    solo[word] = (total + strength, where)


_WORD_AFTER = LazyPattern(
    r"""
    (?: (?: ['’] s? )? [ \t\u00a0]+ (?P<said> \L<verbs> ) \b   # Varsheer said (as said_after)
      | [ \t\u00a0]+ (?P<job> \L<jobs> ) \b )                # Lennox spokesman
    """,
    regex.VERBOSE,
    verbs=lex.longest_first(lex.PERSON_VERB_FORMS),
    jobs=lex.longest_first(w for w in lex.JOB_WORDS if w.islower()),
)
"""A verb only people do after a word, or a job word (one match for both)."""
_AFTER_FIRST = frozenset(
    [form.split()[0] for form in lex.PERSON_VERB_FORMS]
    + [w.split()[0] for w in lex.JOB_WORDS if w.islower()]
)
"""The first words :data:`_WORD_AFTER` can match, for a set look-up first."""


def _maybe_word_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` may start a verb or a job word: a
    look-up of the next word instead of the pattern, for most words.
    """
    if text.startswith(("'", "’"), end):
        return True  # ``Roe's said``: the pattern decides
    nxt = text[end + 1 : end + 24].split(maxsplit=1)
    return (
        bool(nxt)
        and text[end : end + 1] in " \t\u00a0"
        and nxt[0].rstrip(",.;:!?\"”’'") in _AFTER_FIRST
    )


@functools.lru_cache(maxsize=4096)
def _solo_shaped(word: str) -> bool:
    """A capitalised word no table claims for another use, no participle
    (``Ranked 18th``).
    """
    folded = word.casefold()
    if not word[:1].isupper() or folded.endswith(("ing", "ed")):
        return False
    if word.isupper() or folded in _SOLO_NOT_NAMES or is_acronym(word):
        return False
    return (folded,) not in lex.TITLE_WORDS


def _in_name_tables(word: str) -> bool:
    return is_given(word) or is_family(word) or word.casefold() in lex.FAMILY_FIRST


_SOLO_NOT_NAMES = (
    lex.PLACE_NAMES
    | lex.NATIONALITIES
    | NEWS_ORGS
    | lex.casefolded(STOP)
    | lex.ORGANIZATION_WORDS
    | lex.JOB_WORDS
    | lex.casefolded(lex.PRONOUNS)
    | lex.PLACE_FIRST_WORDS
)


def solo_people(solo: dict[str, tuple[int, list[int]]]) -> list[int]:
    """The lone words whose evidence adds up to a person: one strong use or
    two weak ones.
    """
    return [i for total, where in solo.values() if total >= _SOLO_EVIDENCE for i in where]


_SOLO_EVIDENCE = 2


def family_prior(text: str, cand: Candidate, window: _Window) -> bool:
    """Whether a two-word name inside a sentence is a person's by the name
    tables, once the text names its last word alone too: its last word a
    family name, its first a word that no table knows (``… when Zephan
    Pruitt singled`` … ``Pruitt``). Not a table's row or a
    headline's start, where teams and firms stand alike, and not when either
    word has another use (``Brisk Wellby``, ``Sporting Varnholt``, ``Missing
    Swede``).
    """
    names = [w.text for w in cand.words if not is_lower(w.text)]
    if len(names) != 2:
        return False
    first, last = names
    if not is_family(last) or is_family(first) or is_given(first) or odd_shaped(names):
        return False
    if len(first) < 3 or not first[1:].islower() or first.endswith(("ed", "ing")):
        return False
    folded = first.casefold()
    if folded in _NOT_FIRST_NAMES or last.casefold() in lex.PLACE_NAMES:
        return False
    before = text[max(window.start, cand.start - 3) : cand.start].rstrip(" \t\u00a0")
    if not before or before[-1] in _LINE_OPENERS:
        return False
    return word_before(text, cand.start, window.start).casefold() not in _THING_PREPOSITIONS


_NOT_FIRST_NAMES = (
    lex.PLACE_NAMES
    | lex.NATIONALITIES
    | lex.PLACE_FIRST_WORDS
    | lex.JOB_WORDS
    | NEWS_ORGS
    | lex.ORGANIZATION_WORDS
    | {title[0] for title in lex.TITLE_WORDS if len(title) == 1}
)
_LINE_OPENERS = frozenset('\n.!?:;"“‘(-–—')
_THING_PREPOSITIONS = frozenset(lex.function_words("place_preposition")) | {"of", "by", "to"}


def titled_word(text: str, cand: Candidate, window: _Window) -> bool:
    """Whether one word after a title that alone makes no person (``General
    Kratovic``, ``Speaker of the House Harjanto``) is a name: a word no table
    claims for a place, a nation, a body or a title, not in capitals, after
    a title that is more than a modifier (``Former Norway coach``)
    and qualifying no noun after it (``Former Kestrel captain``).
    """
    word = cand.words[0].text
    if cand.role is None or cand.role.split()[-1].casefold() in _MODIFIERS:
        return False
    if not word[:1].isupper() or word.isupper() or is_acronym(word):
        return False
    if word.casefold() in _NOT_TITLED_NAMES or qualifies_noun(text, cand.end, window.end):
        return False
    return not in_capitals_line(text, cand)


_MODIFIERS = frozenset(lex.function_words("role_modifier"))
_NOT_TITLED_NAMES = (
    lex.PLACE_NAMES
    | lex.NATIONALITIES
    | NEWS_ORGS
    | lex.ORGANIZATION_WORDS
    | lex.casefolded(STOP)
    | {title[0] for title in lex.TITLE_WORDS if len(title) == 1}
)


def places_are_no_names(judged: list[tuple[Candidate, _Window, bool]], places: set[str]) -> None:
    """Turn down an untitled name whose last word the text uses alone as a
    place (``Dynamo Varnholt`` … ``in Varnholt``) and no name table knows:
    a team or a firm named after its town.
    """
    for i, (cand, window, accepted) in enumerate(judged):
        if not accepted or cand.titled or len(cand.words) < 2:
            continue
        last = cand.words[-1].text
        if last.casefold() in places and not (is_family(last) or is_given(last)):
            judged[i] = (cand, window, False)


def place_use(text: str, start: int, end: int, window: _Window) -> bool:
    """Whether a lone word stands as a place: after ``in``, ``at`` or
    ``near``, with no possessive and no noun it qualifies after it (``in
    Varnholt``, but ``in Dutmar case files``, ``in Vardakas's half``).
    """
    before = text[max(window.start, start - 6) : start]
    if not before.endswith(_IN_PLACE) or text[end : end + 1] in _POSSESSIVE_MARKS:
        return False  # the common case, decided by slices
    return word_before(text, start, window.start) in _IN_PLACE_WORDS and not qualifies_noun(
        text, end, window.end
    )


_IN_PLACE_WORDS = frozenset({"in", "at", "near", "In", "At", "Near"})
_IN_PLACE = tuple(f"{word} " for word in _IN_PLACE_WORDS)
_POSSESSIVE_MARKS = frozenset("'’")
