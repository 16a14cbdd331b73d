"""What the words around a name say of it: a job word or a title before it
(``Taliban negotiator Anas Haqqani``), an outlet's possessive (``CBS News'
Charlie D'Agata``), an apposition (``Hamid Karzai, the first … leader of
Afghanistan,``), a party-state tag (``D-Mass.``), a verb only people do
(``Haqqani said``, ``"…," said Haqqani.``), an age (``Haqqani, 45,``), a
country or a minute in brackets (``Jane Roe (Norway)``), a line-up's shirt
number (``4 - Jane Roe``).

Each reader looks at a short stretch beside the name, never the whole text.
"""

from __future__ import annotations

import regex

from . import _lexicon as lex
from ._candidates import NEWS_ORGS, Candidate, is_acronym
from ._lazy import LazyPattern
from ._types import Span

__all__ = [
    "affiliation_before",
    "after_article",
    "aged_after",
    "apposition",
    "has_context",
    "job_before",
    "named_alone_as_person",
    "party_state",
    "qualifies_noun",
    "said_after",
    "said_before",
    "scored",
    "word_before",
]

_Window = Span

# A job word just before a name, with the capitalised words that qualify it
# (``Taliban negotiator ``, ``Environment Canada spokesperson ``).
_JOB_BEFORE = LazyPattern(
    r"""
    (?P<role>
      (?: (?: the | a | an | his | her | their | its ) [ \t\u00a0]+ )?
      (?: (?: \p{Lu} [\p{L}\p{M}.'’&\-]* | of | the ) [ \t\u00a0]+ ){0,4}   # Environment Canada
      (?: \p{Ll}+ ['’] s [ \t\u00a0]+ )?                                 # team's
      (?: (?: \L<modifiers>                                              # former, acting
            | [\p{Ll}\d]+ (?: - [\p{Ll}\d]+ )+ )                         # nine-month-old
          [ \t\u00a0]+ )?
      (?i: \L<jobs> )
    )
    ,? [ \t\u00a0]+ \Z
    """,
    regex.VERBOSE | regex.REVERSE,  # anchored at the end: try the end first
    jobs=sorted(lex.JOB_WORDS, key=len, reverse=True),
    modifiers=lex.longest_first(lex.function_words("role_modifier")),
)
# An outlet with a possessive just before a name (``CBS News' ``).
_AFFILIATION = LazyPattern(
    r"""
    (?P<org> (?: \p{Lu} [\p{L}\p{M}.&\-]* [ \t\u00a0]+ ){0,4} \p{Lu} [\p{L}\p{M}.&\-]* )
    ['’] s? [ \t\u00a0]+ \Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
# An apposition after a name: ``, the first Western-backed leader of
# Afghanistan,`` or ``, commander of the … militia,``.
_APPOSITION = regex.compile(
    r"""
    , [ \t\u00a0]+
    (?! (?i: \L<stops> )\b )                        # Smith, who / Smith, he said
    (?P<role>
      [^\s,.;:()"“”]+
      (?: [ \t\u00a0]+ [^\s,;:()"“”]+ ){0,13}?
    )
    (?= [ \t\u00a0]* (?: [,;:)] | \. (?:\s|\Z) | \Z ) )
    """,
    regex.VERBOSE,
    stops=lex.longest_first(lex.function_words("apposition_stop")),
)
# A US party-state tag after a name: ``, D-Mass.`` or `` (R-Texas)``.
_PARTY_STATE = regex.compile(
    r"""
    (?: , [ \t\u00a0]* | [ \t\u00a0]* \( )
    (?P<tag> [DRI] - \p{Lu} [\p{L}.]* (?: [ \t\u00a0] \p{Lu} [\p{L}.]* )? )
    (?= [\s,.;:)] | \Z )
    """,
    regex.VERBOSE,
)
# A verb after a name that only people do (``Haqqani said``, ``Obama spoke``):
# evidence for a name nobody vouched for. Narrower than the quote finder's
# cues (the verb table's ``person`` frame), whose ``continues`` or
# ``reports`` a browser or a study does too.
_SAID_AFTER = regex.compile(
    r"""
    (?: ['’] s? )? [ \t\u00a0]+
    \L<verbs> \b
    """,
    regex.VERBOSE,
    verbs=lex.longest_first(lex.PERSON_VERB_FORMS),
)

# What result lines, rankings and line-ups put in brackets after a
# competitor's name: the nation (``Jane Roe (Norway) 23.92``), the minute of
# a goal (``Scorers: Jane Roe (47th)``), a win-loss record (``Roe (12-8)``).
_COUNTRY_AFTER = LazyPattern(
    r"""
    [ \t\u00a0]* \( [ \t\u00a0]*
    (?: (?P<country> \L<countries> )
      | \d{1,3} (?: st | nd | rd | th )          # a minute: 47th
      | \d{1,2} - \d{1,2}                        # a record: 12-8
    )
    [ \t\u00a0]* \)
    """,
    regex.VERBOSE,
    countries=lex.longest_first({cell for row in lex.COUNTRY_ROWS for cell in row}),
)

# A job in brackets after a name, as line-ups and lists give it: ``Ian Roe
# (captain), Jo Doe``.
_JOB_IN_BRACKETS = LazyPattern(
    r"[ \t\u00a0]* \( [ \t\u00a0]* (?i: \L<jobs> ) [ \t\u00a0]* \)",
    regex.VERBOSE,
    jobs=lex.longest_first(lex.JOB_WORDS),
)

# What a scorecard writes after a player's name: ``not out``, bowling
# figures (``7-0-29-1``), a goal's minute (``Roe 68th``), the fielder and
# bowler of a dismissal (``Roe c Lee b Hay 12``).
_SCORE_AFTER = regex.compile(
    r"""
    [ \t\u00a0]+
    (?: not [ \t\u00a0]+ out \b
      | \d{1,3} (?: \. \d )? - \d{1,3} - \d{1,3} - \d{1,2} \b
      | \d{1,3} (?: st | nd | rd | th ) \b
      | (?: c | b | st | lbw ) [ \t\u00a0]+ (?= \p{Lu} ) )
  | [ \t\u00a0]* \( (?: \d{1,2} - \d{1,2} | \d{1,3} (?: st | nd | rd | th ) ) \)   # (12-8), (47th)
    """,
    regex.VERBOSE,
)
# A dismissal's fielder or bowler before a name: ``c Lee b Hay``.
_SCORE_BEFORE = regex.compile(
    r"(?: ^ | (?<= [ \t\u00a0] ) ) (?: c | b | st | lbw [ \t\u00a0]+ b ) [ \t\u00a0]+ \Z",
    regex.VERBOSE | regex.MULTILINE,
)

# A line-up's shirt number before a name: ``Norway - 1 - Jane Roe, 4 - Kari
# Nordmann (14 - Ola Hansen, 57th)``.
_SLOT_BEFORE = regex.compile(
    r"""
    (?: ^ | (?<= [,;(:] ) | (?<= [ \t\u00a0] - ) )
    [ \t\u00a0]* \d{1,2} [ \t\u00a0]+ [-–] [ \t\u00a0]+ \Z
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_SLOT_WINDOW = 12
"""How many characters before a name the line-up number is looked for in."""

_CONTEXT_WINDOW = 80
"""How many characters before a name the job and outlet patterns look at."""
_APPOSITION_WINDOW = 160

# --- context ------------------------------------------------------------------------


def word_before(text: str, start: int, floor: int) -> str:
    """The word just before ``start`` (a comma after it dropped), or ``""``."""
    low = max(floor, start - 30)
    if start - 1 >= low and text[start - 1] == " ":
        # the common case: one space before, a word before it
        space = text.rfind(" ", low, start - 1)
        word = text[(space + 1 if space >= 0 else low) : start - 1]
        if word and not _OTHER_SPACE.search(word):
            return word.rstrip(",")
    words = text[low:start].rsplit(maxsplit=1)
    return words[-1].rstrip(",") if words else ""


_OTHER_SPACE = regex.compile(r"\s")


def after_article(text: str, start: int, end: int, window: _Window, *, strict: bool) -> bool:
    """Whether the name is a thing's by the article before it: ``the`` right
    before (``the Oakdale Harriers``, ``the Blue Herons climbed``). Unless
    ``strict``, not when a noun follows that the name qualifies, as a known
    person's name may (``the Ray Lomax video``, ``the Barlow campaign``): a
    lower-case word that is no determiner and no past tense.
    """
    if start - 4 < window.start or text[start - 4 : start] not in _ARTICLES:
        return False
    return strict or not qualifies_noun(text, end, window.end)


def qualifies_noun(text: str, end: int, ceiling: int) -> bool:
    """Whether a lower-case word that no determiner, preposition or past
    tense is follows, a noun the name before it qualifies (``the Dutmar
    affair``, ``in Dutmar case files``).
    """
    after = _WORD_AFTER.match(text, end, ceiling)
    if after is None:
        return False
    word = after["word"]
    return not (word in _NOT_QUALIFIED or word.endswith("ed"))


_ARTICLES = frozenset({"the ", "The ", "THE "})
_WORD_AFTER = regex.compile(r"[ \t\u00a0]+(?P<word>\p{Ll}+)\b")
_NOT_QUALIFIED = frozenset(
    word
    for role in ("determiner", "connective", "preposition", "auxiliary")
    for word in lex.function_words(role)
)
"""Words after a name that it cannot qualify: determiners, connectives,
prepositions, auxiliaries (``the Blue Herons their third win``, ``the Harriers
are``)."""


def job_before(text: str, start: int, floor: int) -> str | None:
    if word_before(text, start, floor).casefold() not in lex.JOB_WORDS:
        return None  # the common case, decided without the pattern
    match = _JOB_BEFORE.search(text, max(floor, start - _CONTEXT_WINDOW), start)
    return match["role"] if match else None


def affiliation_before(text: str, start: int, floor: int) -> str | None:
    if not word_before(text, start, floor).endswith(("'", "’", "'s", "’s")):
        return None  # no possessive before the name
    match = _AFFILIATION.search(text, max(floor, start - _CONTEXT_WINDOW), start)
    if match is None:
        return None
    org = match["org"]
    words = org.split()
    if (
        org.casefold() in NEWS_ORGS
        or any(w.casefold().rstrip(".") in lex.ORGANIZATION_WORDS for w in words)
        or (len(words) == 1 and is_acronym(org))
    ):
        return org
    return None


def apposition(text: str, end: int, ceiling: int) -> str | None:
    match = _APPOSITION.match(text, end, min(ceiling, end + _APPOSITION_WINDOW))
    if match is None:
        return None
    role = match["role"]
    words = role.split()
    if words[0][:1].isdigit():
        return None  # an age (``Smith, 45,``) or a date
    if role.endswith(".") and "." not in words[-1][:-1]:
        role = role[:-1]  # the sentence's full stop, not an abbreviation's (``U.S.``)
    folded = {w.casefold().strip("'’.") for w in words}
    if folded & lex.FINITE_VERB_FORMS:
        return None  # ``Global Hawk, the secretary said``: no apposition
    if folded & lex.JOB_WORDS:
        return role
    return None


def party_state(text: str, end: int, ceiling: int) -> str | None:
    match = _PARTY_STATE.match(text, end, min(ceiling, end + 30))
    return match["tag"] if match else None


def said_after(text: str, end: int, ceiling: int) -> bool:
    return _SAID_AFTER.match(text, end, min(ceiling, end + 20)) is not None


# A verb only people do before a name, the subject put after it as reports
# do (``"…," said Eyles.``): the name must end the clause.
_SAID_BEFORE = regex.compile(
    r"""
    (?: ^ | [,"”’'] [ \t\u00a0]* )     # after a quote or a comma
    \L<verbs> [ \t\u00a0]+ \Z
    """,
    regex.VERBOSE | regex.REVERSE | regex.MULTILINE,
    verbs=lex.longest_first(lex.PERSON_VERB_FORMS),
)
_CLAUSE_END = regex.compile(r"""['’]? [.,;:!?"”] | \s* \Z""", regex.VERBOSE)
# An age in commas after a name: ``Duran, 45, takes on …``.
_AGE_AFTER = regex.compile(r", [ \t\u00a0]* \d{1,2} [ \t\u00a0]* ,", regex.VERBOSE)


def aged_after(text: str, end: int, ceiling: int) -> bool:
    """Whether an age in commas follows (``Garza, 45,``)."""
    return text.startswith(",", end) and _AGE_AFTER.match(text, end, ceiling) is not None


def said_before(text: str, start: int, end: int, window: _Window) -> bool:
    """Whether a person-only verb before the word makes it the subject of a
    report (``said King.``, ``," said Eyles``).
    """
    return (
        (end >= window.end or text[end] in _CLAUSE_END_FIRST)
        and _CLAUSE_END.match(text, end, window.end) is not None
        and _SAID_BEFORE.search(text, max(window.start, start - 20), start) is not None
    )


_CLAUSE_END_FIRST = frozenset(".,;:!?\"”'’ \t\u00a0\n\r")


def named_alone_as_person(text: str, start: int, end: int, window: _Window) -> bool:
    """Whether a word standing alone is used as only a person's name is: the
    subject of a person-only verb (``Obama said``, ``said Obama.``) or given
    an age (``Obama, 45,``).
    """
    return (
        said_after(text, end, window.end)
        or said_before(text, start, end, window)
        or _AGE_AFTER.match(text, end, window.end) is not None
    )


def scored(text: str, start: int, end: int, window: _Window) -> bool:
    """Whether a scorecard writes the name as a player's (``Roe not out
    37``, ``b Hay 12``, ``Lee 7-0-29-1``).
    """
    # the pattern only where its first letters stand: ``b ``, ``c ``, ``st `` before,
    # a space and a digit, ``n``, ``c``, ``b``, ``s`` or ``l`` after
    if text[max(window.start, start - 3) : start].endswith(("b ", "c ", "st ")) and (
        _SCORE_BEFORE.search(text, max(window.start, start - 8), start) is not None
    ):
        return True
    after = text[end : end + 2]
    if not after.startswith("(") and (
        len(after) < 2 or after[0] not in _SPACES or after[1] not in _SCORE_AFTER_FIRST
    ):
        return False
    return _SCORE_AFTER.match(text, end, min(window.end, end + 30)) is not None


_SPACES = frozenset(" \t\u00a0")
_SCORE_AFTER_FIRST = frozenset("0123456789ncbsl(")


_BRACKET_REACH = 80
"""How far after a name a country or job in brackets may end. The bound is
for speed as well: ``regex`` looks for a pattern's required ``(`` over the
whole rest of the window before it tries to match, so an unbounded match on
a long window with no bracket costs the window's length every time."""


def has_context(text: str, cand: Candidate, window: _Window) -> bool:
    return (
        job_before(text, cand.start, window.start) is not None
        or apposition(text, cand.end, window.end) is not None
        or affiliation_before(text, cand.start, window.start) is not None
        or party_state(text, cand.end, window.end) is not None
        or said_after(text, cand.end, window.end)
        or _COUNTRY_AFTER.match(text, cand.end, min(window.end, cand.end + _BRACKET_REACH))
        is not None
        or _JOB_IN_BRACKETS.match(text, cand.end, min(window.end, cand.end + _BRACKET_REACH))
        is not None
        or scored(text, cand.start, cand.end, window)
        or said_before(text, cand.start, cand.end, window)
        or _SLOT_BEFORE.search(text, max(window.start, cand.start - _SLOT_WINDOW), cand.start)
        is not None
    )
