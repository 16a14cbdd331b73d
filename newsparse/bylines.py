"""Bylines: who wrote an article, and for whom.

:func:`parse_byline` reads one header line (``By Staff Sgt. Derek VanHorn,
35th Fighter Wing Public Affairs / Published May 29, 2015``) into a
:class:`~newsparse.Byline`: the authors with clean names, their roles
(ranks and job titles as written) and affiliations (unit or outlet), the
news organisations credited on their own (``CBS/AFP``) and the date written
on the line.

How a line is read:

1. A lead word (``By``, ``By:``, ``Von``, ``Par``, ``Por``, ``Written by``)
   may open it. Without one, the line is a byline only on a clear signal
   (below), so a bare headline is never taken.
2. The *trailer* is cut off: from the first date, clock time or label
   (``Published``, ``Updated``) to the end. ``Byline.raw`` stops before it,
   without the one separator that joined it (``/``, ``|``, ``,``); the date
   in it becomes ``Byline.date``.
3. What is left is split at ``,``, ``;``, ``|``, ``/`` and dashes into
   parts, and each part is read as one of: people joined by ``and``/``&``
   (each with ranks or titles before the name, ``in Beirut`` after it, an
   outlet glued to it as in ``David Vergun Army.mil``, an e-mail or a
   @handle); a role (``Senior Reporter``, ``Middle East correspondent``,
   ``Special to The Post``); an organisation (a known news organisation,
   ``Staff and agencies``, a unit or office such as ``35th Fighter Wing
   Public Affairs``, a site such as ``Army.mil``); or contact details. A
   part that is none of these (``the Taliban had taken Kabul.``) means the
   line is not a byline.
4. An organisation that follows people is their affiliation (consecutive
   ones are joined: ``DoD News, Defense Media Activity``); one credited on
   its own goes to ``Byline.organizations``. A role goes to the last
   person before it (to all of them when plural: ``Staff Writers``). A rank
   or title before the name wins over a role after it; honorifics
   (``Mr.``, ``Ms.``) are dropped.

Without a lead word the signal is one of: every part is a known news
organisation (``CBS/AFP``, ``Staff and agencies``); a person followed by a
known organisation, a role, a unit or an e-mail/@handle (``Charlie
D'Agata, CBS News``); a trailer with a label or clock time, or set off by
``/`` or ``|`` (``Secretary of the Air Force Public Affairs / Published
October 27, 2015``, ``Matthew Loh 20:00, 29 Jan 2024``).

Every pattern is applied to at most :data:`_MAX_LINE` characters, so the
cost of a call is bounded whatever the input.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs
import regex

from . import _lexicon as lex
from ._names import title_case_name
from ._text import clamp_window
from ._types import Author, Byline, Span
from .dates import DateMatch, find_date
from .errors import check_text

__all__ = ["parse_byline"]

_MAX_LINE = 300
"""A longer window (without its blanks) is not a byline."""
_MAX_TOKENS = 80
"""A window with more tokens than this is not a byline."""
_MAX_TITLES = 4
"""At most this many titles in a row before a name."""
_MAX_NAME = 6
"""At most this many words in a name (suffix not counted)."""
_MAX_ROLE = 7
"""At most this many words in a role."""

# --- tables -----------------------------------------------------------------

_TITLE_FIRST_WORDS = frozenset(title.split(" ", 1)[0] for title in lex.TITLE_KIND)
"""The first word of every title: a cheap test before the title pattern."""
_LABEL_FIRST_WORDS = frozenset(label.split(" ", 1)[0].casefold() for label in lex.BYLINE_LABELS)
"""The first word of every trailer label: a cheap test before the pattern."""
_ORG_NAMES = sorted(lex.with_caps(lex.NEWS_ORGANIZATIONS))
_ORG_WORDS = lex.with_caps(lex.BYLINE_ORG_WORDS)
"""Words never in a personal name (``Affairs``, ``News``, ``Wing``)."""
_OUTLET_WORDS = lex.with_caps(lex.OUTLET_WORDS)
"""Words of newspaper names that are surnames too (``Post``, ``Times``)."""
_STOPWORDS = lex.with_caps(lex.BYLINE_STOPWORDS)
_SUFFIXES = lex.with_caps(lex.SUFFIXES)
_SINGLE_WORD_ORGS = frozenset(name for name in _ORG_NAMES if " " not in name)
"""Known organisations of one word (``CBS``): never a word of a name."""

_CONNECTORS = frozenset(lex.function_words("org_connector"))
"""Lower-case words allowed inside an organisation name."""
_ROLE_LINKS = frozenset({"of", "to", "for", "at", "in", "on"})
"""Words after the first word of a role such as ``Chief of Transportation``."""
_ROLE_FILLERS = frozenset(lex.function_words("role_filler"))
"""Lower-case words that never sit between a role's words and its head."""
_CONJUNCTIONS = frozenset({"and", "AND", "And", "&", "und", "et", "y", "e"})
_PLACE_LINKS = frozenset({"in", "from"})
_FOR = frozenset({"for", "For", "FOR"})
"""``for`` before an outlet: ``By Jane Doe, for The Guardian``."""
_AFFILIATION_LINKS = frozenset({"of", "for", "at", "with"})

# --- patterns ---------------------------------------------------------------

# The lead word and what follows it: ``By``, ``By:``, ``BY``, ``Von``.
_LEAD = regex.compile(
    r"""
    (?i: \L<leads> )                               # By / Written by / Von / Par / Por
    (?: \s* : \s* | \s+ )                          # By: or By and a blank
    (?= \S )                                       # then the names
    """,
    regex.VERBOSE,
    leads=lex.BYLINE_LEADS,
)

# Where the trailer starts: a label or a clock time (dates are found by
# newsparse.dates).
_TRAILER = regex.compile(
    r"""
    (?<! [\p{L}\p{N}.] )                           # at the start of a word
    (?:
      (?P<label> (?i: \L<labels> ) ) (?! [\p{L}\p{N}] )   # Published / Updated on
    | (?P<time>
        \d{1,2} [:.] [0-5]\d (?! [\p{N}] )         # 20:00 / 3.15
      | \d{1,2} \s? (?i: [ap] \.? \s? m \.? ) (?! \p{L} )  # 9 a.m. / 9 PM
      )
    | (?P<read> \d{1,3} \s? (?i: min (?: ute )? s? \s+ read ) (?! \p{L} ) )  # 3 min read
    )
    """,
    regex.VERBOSE,
    labels=lex.BYLINE_LABELS,
)

# The tokens of a byline: words (with inner apostrophes, hyphens and full
# stops, and a final full stop), separators, brackets, ``&`` and anything
# else. The inner run's class holds its follower's, but the follower can
# only give back one character, so a word is matched in linear time.
_LEXEMES = r"""
    (?P<word>                                      # Jane, D'Agata, Sgt., Army.mil, 35th
      [\p{L}\p{N}]
      (?: [\p{L}\p{M}\p{N}'’.\-]* [\p{L}\p{M}\p{N}.] )?
    )
    | (?P<sep> -- | [,;|/•·—–\-] )                 # separators between parts
    | (?P<open> \( ) | (?P<close> \) )             # brackets around an e-mail or (R)
    | (?P<amp> & )                                 # Jane Doe & John Smith
    | (?P<other> \S )                              # anything else: not a byline
"""
_TOKEN = regex.compile(_LEXEMES, regex.VERBOSE)
# The same, with e-mail addresses and @handles, for a line with an ``@``.
# An e-mail address is tried before a word, so that
# ``jane.doe@example.com`` is one token; every repetition is bounded, so
# scanning is linear.
_TOKEN_AT = regex.compile(
    r"""
    (?P<email>
      (?: (?i: e-?mail ) \s{0,2} :? \s{0,2} )?     # an optional label: Email:
      (?P<address>
        [\p{L}\p{N}._%+\-]{1,64} @                 # jane.doe@
        [\p{L}\p{N}\-]{1,63} (?: \. [\p{L}\p{N}\-]{1,63} ){1,4}   # example.com
      )
    )
    | (?P<handle> (?<! [\p{L}\p{N}] ) @ [\p{L}\p{N}_]{1,30} (?! [\p{L}\p{N}_] ) )  # @janedoe
    | """
    + _LEXEMES,
    regex.VERBOSE,
)

# Titles before a name, longest first: ``Staff Sgt.``, ``Secretary of the
# Air Force``, ``LTC(R)``. Matched on the tokens joined by single blanks.
_TITLE = regex.compile(
    r"""
    \L<titles>                                     # Staff Sgt. / Gen. / Mr.
    (?: [ ] \( [ ] (?: R | Ret\.? ) [ ] \) )?      # LTC(R): retired
    (?= [ ] | $ )                                  # a whole word
    """,
    regex.VERBOSE,
    titles=sorted(lex.TITLE_KIND),
)

# A known news organisation, perhaps after ``The``.
_KNOWN_ORG = regex.compile(
    r"""
    (?: (?: The | THE ) [ ] )?                     # The
    \L<orgs>                                       # Associated Press
    """,
    regex.VERBOSE,
    orgs=_ORG_NAMES,
)

# Known organisations joined by ``and``/``&``: ``AFP and Reuters``.
_KNOWN_ORGS = regex.compile(
    r"""
    (?: (?: The | THE ) \s+ )? \L<orgs>              # Reuters / The Associated Press
    (?: \s+ (?: and | AND | & ) \s+                 # and
        (?: (?: The | THE ) \s+ )? \L<orgs> ){0,3}   # AFP
    """,
    regex.VERBOSE,
    orgs=_ORG_NAMES,
)
# What a line without a lead word needs to be a byline, unless it names
# known organisations alone: a separator, a digit (a time or date) or an @.
_HINT = regex.compile(r"[,;/|@\d]")

# One word of a personal name: capitalised (``Jane``, ``D'Agata``,
# ``VanHorn``, ``JOHN``) or a particle run into it (``al-Assad``).
_NAME_WORD = regex.compile(
    r"""
    (?: \L<prefixes> [\-'’] )?                     # al- / d'
    \p{Lu} [\p{L}\p{M}'’\-]*                       # Jane / D'Agata / Jean-Luc
    (?<! [\-'’] )                                  # not ending in a hyphen
    """,
    regex.VERBOSE,
    prefixes=lex.longest_first([*lex.NAME_PREFIXES, *lex.NAME_ELISIONS]),
)
# An initial or initials: ``A.``, ``J.D.``, ``M``.
_INITIAL = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}")
# A site: ``Army.mil``, ``cbsnews.com``.
_DOMAIN = regex.compile(
    r"""
    [\p{L}\p{N}] [\p{L}\p{N}\-]*                   # army
    (?: \. [\p{L}\p{N}\-]+ ){0,3}                  # .co
    \. \p{Ll}{2,6}                                 # .mil / .com
    """,
    regex.VERBOSE,
)
# An ordinal that opens a unit: ``35th``, ``332nd``, ``1st``.
_ORDINAL = regex.compile(r"\d{1,4}(?i:st|nd|rd|th)")
# An acronym credited as an organisation: ``SCOE``, ``I2D``, ``TRADOC``.
_ACRONYM = regex.compile(r"(?=[\p{N}]*\p{Lu})[\p{Lu}\p{N}]{2,6}")
_DIGIT = regex.compile(r"\d")
# A word that is capitalised or a number.
_CAPITALISED = regex.compile(r"[\p{Lu}\p{N}]")

_ABBREVIATIONS = frozenset({"Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "D.C", "U.S"})
"""Abbreviations (without their full stop) that may end a line."""
_MAX_LOWER = 6
"""A line without a lead word that has more lower-case words is prose."""
# A lower-case word (``the``, ``agencies``), not inside another word, an
# e-mail or a site.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’.@\-])\p{Ll}")
# A line that ends like a sentence: a full stop after a word that is no
# abbreviation (``Kabul.``, not ``Jr.``, ``Inc.``, ``J.``, ``p.m.``), or ! or ?.
_SENTENCE_END = regex.compile(
    r"""
    (?:
      [!?]                                         # a question or exclamation
    | (?<! (?<! \S ) (?: \L<abbreviations> | \p{Lu} | [ap] \.m ) )  # not Jr. / J. / p.m.
      \.                                           # a full stop
    )
    [\"”’')\]]* \Z                                 # closing quotes, the end
    """,
    regex.VERBOSE,
    abbreviations=sorted(_ABBREVIATIONS),
)
# Lower-case words that may open a byline after its lead (``By dpa``,
# ``by staff and agencies``).
_LOWER_START = regex.compile(r"(?:dpa|staff|agencies|wire|news|from)\b")


# --- tokens and parts -------------------------------------------------------


class _Tok(NamedTuple):
    kind: str
    """``email``, ``handle``, ``word``, ``sep``, ``open``, ``close``, ``amp``, ``other``."""
    start: int
    end: int
    text: str
    """The token as written (for an e-mail, the address alone)."""


_new = tuple.__new__


@attrs.define
class _Person:
    """A person read from one part of the byline, in caller's offsets."""

    name_start: int
    name_end: int
    name: str
    role: tuple[int, int] | None = None
    affiliation: tuple[int, int] | None = None
    email: str | None = None
    handle: str | None = None
    known_affiliation: bool = False
    """The affiliation read with the name is a known outlet or a site."""


@attrs.define
class _Item:
    """One part of the byline, read."""

    kind: str
    """``person``, ``org``, ``role``, ``contact`` or ``suffix``."""
    start: int
    end: int
    strength: str = ""
    """For an organisation: ``known``, ``strong`` or ``weak``."""
    person: _Person | None = None
    plural: bool = False
    """For a role: a plural head (``Staff Writers``)."""
    email: str | None = None
    handle: str | None = None
    new_group: bool = False
    """A semicolon came before this part: it starts a new group of authors."""


def _tokens(text: str, start: int, end: int) -> list[_Tok] | None:
    """The tokens of ``text[start:end]``, or ``None`` when there are too many."""
    # tuple.__new__ skips the named tuple's Python-level constructor: this
    # runs for every token of every candidate line
    if text.find("@", start, end) >= 0:
        out = [
            _new(_Tok, (m.lastgroup or "other", *m.span(), m["address"] or m[0]))
            for m in _TOKEN_AT.finditer(text, start, end)
        ]
    else:
        out = [
            _new(_Tok, (m.lastgroup or "other", *m.span(), m[0]))
            for m in _TOKEN.finditer(text, start, end)
        ]
    return out if len(out) <= _MAX_TOKENS else None


def _joined(tokens: list[_Tok]) -> tuple[str, list[int]]:
    """The tokens joined by single blanks, and where each starts in it."""
    starts: list[int] = []
    pos = 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok.text) + 1
    return " ".join(tok.text for tok in tokens), starts


def _is_known_org(tokens: list[_Tok]) -> bool:
    joined, _ = _joined(tokens)
    return _KNOWN_ORG.fullmatch(joined) is not None


# --- names ------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _name_word(word: str) -> bool:
    """Whether ``word`` can be a (non-initial) word of a personal name."""
    if word in _STOPWORDS or word in _SINGLE_WORD_ORGS or word in _SUFFIXES:
        return False
    if _NAME_WORD.fullmatch(word) is None:
        return False
    if any(piece in _ORG_WORDS for piece in word.split("-")):
        return False
    # ALL CAPS is a name word (JOHN) when it is not a lone letter
    return len(word) > 1


def _name_end(tokens: list[_Tok], i: int) -> int:
    """The greedy end (exclusive) of a name starting at ``tokens[i]``."""
    j = i
    while j < len(tokens) and j - i < _MAX_NAME:
        tok = tokens[j]
        if tok.kind != "word":
            break
        word = tok.text
        if _name_word(word) or _INITIAL.fullmatch(word) or (word in lex.PARTICLES and j > i):
            j += 1
        else:
            break
    return j


def _valid_name(tokens: list[_Tok], i: int, j: int, *, titled: bool) -> bool:
    """Whether ``tokens[i:j]`` is a name.

    A name ends on a name word and has two words or more (one is enough
    after a title: ``Gen. Welsh``).
    """
    if j <= i:
        return False
    last = tokens[j - 1].text
    if not _name_word(last) or last in lex.PARTICLES:
        return False
    if _INITIAL.fullmatch(tokens[i].text) is None and not _name_word(tokens[i].text):
        return False
    return j - i >= 2 or titled


def _clean_name(tokens: list[_Tok]) -> str:
    """The name's words joined by single blanks, title-cased if in capitals."""
    return title_case_name(" ".join(tok.text for tok in tokens))


def _titles(tokens: list[_Tok]) -> tuple[int, tuple[int, int] | None]:
    """Read the titles that open ``tokens``.

    Returns the index of the first token after them and the span (in the
    caller's text) of the role they write, ``None`` when there is none or
    only honorifics.
    """
    if not tokens or tokens[0].text not in _TITLE_FIRST_WORDS:
        return 0, None
    joined, starts = _joined(tokens)
    i = 0
    role_start: int | None = None
    role_end = 0
    for _ in range(_MAX_TITLES):
        if i >= len(tokens) or tokens[i].text not in _TITLE_FIRST_WORDS:
            break
        m = _TITLE.match(joined, starts[i])
        if m is None:
            break
        k = i
        while k < len(tokens) and starts[k] < m.end():
            k += 1
        if k >= len(tokens):
            break  # a title with no name after it
        title = m[0].split(" (", 1)[0]
        if lex.TITLE_KIND.get(title) != "honorific":
            if role_start is None:
                role_start = tokens[i].start
            role_end = tokens[k - 1].end
        i = k
    if role_start is None:
        return i, None
    return i, (role_start, role_end)


def _person(tokens: list[_Tok]) -> _Person | None:
    """Read ``tokens`` as one person: titles, name and what may follow it."""
    i, role = _titles(tokens)
    titled = i > 0
    greedy = _name_end(tokens, i)
    # try the longest name first, then shorter ones, until what follows fits
    for j in range(greedy, i, -1):
        if not _valid_name(tokens, i, j, titled=titled):
            continue
        end = j
        if end < len(tokens) and tokens[end].kind == "word" and tokens[end].text in _SUFFIXES:
            end += 1  # Jr. / III
        person = _Person(
            name_start=tokens[i].start, name_end=tokens[end - 1].end, name="", role=role
        )
        if _person_tail(tokens, end, person):
            person.name = _clean_name(tokens[i:end])
            return person
    return None


def _person_tail(tokens: list[_Tok], i: int, person: _Person) -> bool:
    """Read what may follow a name in ``tokens[i:]``; whether all of it fits.

    That is ``in Beirut``, ``of Reuters``, a site or known outlet glued to
    the name (``David Vergun Army.mil``), an e-mail or a @handle.
    """
    n = len(tokens)
    if i < n and tokens[i].kind == "word" and tokens[i].text in _PLACE_LINKS:
        j = i + 1
        while (
            j < n and j - i <= 4 and tokens[j].kind == "word" and _CAPITALISED.match(tokens[j].text)
        ):
            j += 1
        if j == i + 1:
            return False
        i = j
    if i < n and tokens[i].kind == "word" and tokens[i].text in _AFFILIATION_LINKS:
        rest = tokens[i + 1 :]
        j = len(rest)
        while j > 0 and rest[j - 1].kind in {"email", "handle", "open", "close"}:
            j -= 1
        known = j > 0 and _is_known_org(rest[:j])
        if j == 0 or (not known and _org_strength(rest[:j]) != "strong"):
            return False
        person.affiliation = (rest[0].start, rest[j - 1].end)
        person.known_affiliation = known
        i += 1 + j
    elif i < n and tokens[i].kind == "word":
        j = i
        while j < n and tokens[j].kind == "word":
            j += 1
        glued = tokens[i:j]
        if (len(glued) == 1 and _DOMAIN.fullmatch(glued[0].text)) or _is_known_org(glued):
            person.affiliation = (glued[0].start, glued[-1].end)
            person.known_affiliation = True
            i = j
        else:
            return False
    return _contact_tail(tokens, i, person)


def _contact_tail(tokens: list[_Tok], i: int, person: _Person) -> bool:
    """Read an e-mail or @handle, perhaps in brackets, at ``tokens[i:]``."""
    n = len(tokens)
    while i < n:
        bracketed = tokens[i].kind == "open"
        j = i + 1 if bracketed else i
        if j >= n or tokens[j].kind not in {"email", "handle"}:
            return False
        if tokens[j].kind == "email":
            person.email = person.email or tokens[j].text
        else:
            person.handle = person.handle or tokens[j].text
        j += 1
        if bracketed:
            if j >= n or tokens[j].kind != "close":
                return False
            j += 1
        i = j
    return True


# --- roles and organisations ------------------------------------------------


def _role(tokens: list[_Tok], *, linked: bool) -> tuple[int, bool] | None:
    """Read ``tokens`` as a role.

    With ``linked``, the role is a head and a link word before a name
    (``Chief of Transportation``, ``Special to The Post``, ``Editor at
    Large``); it is tried after people, so that ``Chief of Staff Jane Roe``
    is a titled person. Else the role ends on its head (``Senior Reporter``,
    ``Middle East correspondent``).

    Returns ``(k, plural)``: the role is ``tokens[k:]`` (a known outlet
    ``tokens[:k]`` may open it: ``Associated Press Writer``), ``plural``
    when its head is plural. ``None`` when it is not a role.
    """
    if not tokens or len(tokens) > _MAX_ROLE or any(tok.kind != "word" for tok in tokens):
        return None
    words = [tok.text.casefold() for tok in tokens]
    if linked:
        if len(words) < 3 or words[0] not in lex.ROLE_LEADS or words[1] not in _ROLE_LINKS:
            return None
        rest = tokens[2:]
        if all(_CAPITALISED.match(tok.text) or tok.text in _CONNECTORS for tok in rest) and (
            _CAPITALISED.match(rest[0].text) or rest[0].text == "the"
        ):
            return 0, False
        return None
    last = words[-1]
    plural = last not in lex.ROLE_HEADS and last.endswith("s") and last[:-1] in lex.ROLE_HEADS
    if last not in lex.ROLE_HEADS and not plural:
        return None
    if any(word in _ROLE_FILLERS or word in _STOPWORDS for word in words[:-1]):
        return None
    if any(not tok.text[:1].isalpha() for tok in tokens):
        return None
    # an outlet may open the role: Associated Press Writer, CNN Senior Producer
    for k in range(len(tokens) - 1, 0, -1):
        if _is_known_org(tokens[:k]):
            return k, plural
    return 0, plural


def _org_strength(tokens: list[_Tok]) -> str | None:
    """How surely ``tokens`` name an organisation, office or unit.

    ``strong``: a known organisation word (``Public Affairs``, ``Center``),
    an ordinal unit (``35th ...``), a site (``Army.mil``), an acronym
    (``SCOE``), or ``The`` and a name. ``weak``: one capitalised word.
    ``None``: not an organisation.
    """
    if not tokens or any(tok.kind not in {"word", "amp"} for tok in tokens):
        return None
    first = tokens[0].text
    if not _CAPITALISED.match(first):
        return None
    strong = False
    for tok in tokens:
        word = tok.text
        if tok.kind == "amp" or word in _CONNECTORS:
            continue
        if not _CAPITALISED.match(word):
            return None
        if word in _STOPWORDS and word not in {"The", "THE"}:
            return None
        if (
            word in _ORG_WORDS
            or word in _OUTLET_WORDS
            or any(piece in _ORG_WORDS for piece in word.split("-"))
            or _DOMAIN.fullmatch(word)
        ):
            strong = True
    if tokens[-1].text in _CONNECTORS:
        return None
    if _ORDINAL.fullmatch(first) or (first in {"The", "THE"} and len(tokens) > 1):
        strong = True
    if all(_ACRONYM.fullmatch(tok.text) for tok in tokens):
        strong = True
    if strong:
        return "strong"
    if len(tokens) == 1 and _NAME_WORD.fullmatch(first):
        return "weak"
    return None


def _split_conjunctions(tokens: list[_Tok]) -> list[list[_Tok]]:
    parts: list[list[_Tok]] = [[]]
    for tok in tokens:
        if (tok.kind == "amp" or (tok.kind == "word" and tok.text in _CONJUNCTIONS)) and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def _read_part(tokens: list[_Tok], *, new_group: bool, after_person: bool) -> list[_Item] | None:
    """Read one part of the byline (between separators) into items."""
    start, end = tokens[0].start, tokens[-1].end
    contact = _Person(name_start=start, name_end=start, name="")
    if tokens[0].kind in {"email", "handle", "open"} and _contact_tail(tokens, 0, contact):
        return [
            _Item(
                "contact",
                start,
                end,
                email=contact.email,
                handle=contact.handle,
                new_group=new_group,
            )
        ]
    if any(tok.kind == "other" for tok in tokens):
        return None
    joined, _ = _joined(tokens)
    if joined.casefold() in lex.BYLINE_COLLECTIVE or _KNOWN_ORG.fullmatch(joined):
        return [_Item("org", start, end, strength="known", new_group=new_group)]
    if after_person and len(tokens) == 1 and tokens[0].text in _SUFFIXES:
        return [_Item("suffix", start, end, new_group=new_group)]
    # a role or an outlet with the author's e-mail or @handle after it
    # (Staff Writer @jroe, Reuters @jroe); a name with one is read by _person
    head = len(tokens)
    while head > 0 and tokens[head - 1].kind in {"email", "handle", "open", "close"}:
        head -= 1
    contact = _Person(name_start=start, name_end=start, name="")
    if 0 < head < len(tokens) and _contact_tail(tokens, head, contact):
        items = _read_part(tokens[:head], new_group=new_group, after_person=after_person)
        if items is not None and all(item.kind in {"role", "org"} for item in items):
            tail = _Item(
                "contact", tokens[head].start, end, email=contact.email, handle=contact.handle
            )
            return [*items, tail]
    role = _role(tokens, linked=False)
    if role is None:
        people = _people(tokens, new_group=new_group)
        if people is not None:
            return people
        role = _role(tokens, linked=True)
    if role is not None:
        k, plural = role
        items = []
        if k:
            items.append(
                _Item("org", start, tokens[k - 1].end, strength="known", new_group=new_group)
            )
        items.append(
            _Item("role", tokens[k].start, end, plural=plural, new_group=new_group and not k)
        )
        return items
    if len(tokens) > 1 and tokens[0].text in _FOR:  # for The Guardian
        tokens = tokens[1:]
        start = tokens[0].start
        if _KNOWN_ORG.fullmatch(_joined(tokens)[0]):
            return [_Item("org", start, end, strength="known", new_group=new_group)]
    strength = _org_strength(tokens)
    if strength is None:
        return None
    return [_Item("org", start, end, strength=strength, new_group=new_group)]


def _people(tokens: list[_Tok], *, new_group: bool) -> list[_Item] | None:
    """Read people and known organisations joined by ``and``/``&``."""
    items: list[_Item] = []
    parts = _split_conjunctions(tokens)
    if len(parts) == 1:  # the caller has tried the known organisations
        person = _person(tokens)
        if person is None:
            return None
        return [
            _Item("person", tokens[0].start, tokens[-1].end, person=person, new_group=new_group)
        ]
    for part in parts:
        if not part:
            return None
        first = new_group and not items
        joined, _ = _joined(part)
        if _KNOWN_ORG.fullmatch(joined) or joined.casefold() in lex.BYLINE_COLLECTIVE:
            items.append(
                _Item("org", part[0].start, part[-1].end, strength="known", new_group=first)
            )
            continue
        person = _person(part)
        if person is None:
            return None
        items.append(_Item("person", part[0].start, part[-1].end, person=person, new_group=first))
    return items  # people, or known organisations only (``AFP and Reuters``)


def _parts(tokens: list[_Tok]) -> list[tuple[list[_Tok], bool]] | None:
    """Split the tokens at separators.

    Each part comes with whether a semicolon came before it. ``None`` when
    two separators other than ``,``/``;`` meet (``A / | B``). A conjunction
    right after a comma joins as the comma does and is dropped (``By A,
    Staff Writer, and B, Correspondent``).
    """
    parts: list[tuple[list[_Tok], bool]] = []
    current: list[_Tok] = []
    semicolon = False
    comma = False
    for tok in tokens:
        if tok.kind == "sep":
            if current:
                parts.append((current, semicolon))
            elif parts and tok.text not in {";", ","}:
                return None
            current = []
            semicolon = tok.text == ";"
            comma = tok.text == ","
        elif comma and not current and tok.kind == "word" and tok.text in _CONJUNCTIONS:
            comma = False
        else:
            current.append(tok)
    if current:
        parts.append((current, semicolon))
    return parts


# --- the byline -------------------------------------------------------------


@attrs.define
class _Draft:
    """An author while the byline is read."""

    person: _Person
    post_role: tuple[int, int] | None = None


def _assemble(text: str, items: list[_Item]) -> tuple[list[_Draft], list[tuple[int, int]]] | None:
    """Give affiliations and roles to the authors; collect the organisations."""
    authors: list[_Draft] = []
    orgs: list[tuple[int, int]] = []
    group: list[_Draft] = []  # authors of the current group
    affiliated: list[_Draft] = []  # who got the affiliation the last item set
    previous = ""
    for item in items:
        if item.new_group:
            group, affiliated, previous = [], [], ""
        if item.kind == "person":
            assert item.person is not None  # noqa: S101 - set for every person
            if affiliated:
                group, affiliated = [], []
            draft = _Draft(item.person)
            authors.append(draft)
            group.append(draft)
            if item.person.affiliation is not None:
                affiliated = [
                    a for a in group if a.person.affiliation in {None, item.person.affiliation}
                ]
                for a in affiliated:
                    a.person.affiliation = item.person.affiliation
        elif item.kind == "org":
            waiting = [a for a in group if a.person.affiliation is None]
            if affiliated and previous == "org":
                for a in affiliated:  # DoD News, Defense Media Activity
                    span = a.person.affiliation
                    assert span is not None  # noqa: S101 - set when affiliated
                    a.person.affiliation = (span[0], item.end)
            elif waiting:
                for a in waiting:
                    a.person.affiliation = (item.start, item.end)
                affiliated = waiting
            elif item.strength == "weak":
                return None  # one capitalised word on its own: ``By Contrast``
            else:
                orgs.append((item.start, item.end))
        elif item.kind == "role":
            targets = [a for a in group if a.post_role is None] if item.plural else group[-1:]
            for a in targets:
                a.post_role = (item.start, item.end)
        elif item.kind == "contact":
            if authors:
                last = authors[-1].person
                last.email = last.email or item.email
                last.handle = last.handle or item.handle
        elif item.kind == "suffix" and previous == "person" and authors:
            last = authors[-1].person
            last.name_end = item.end
            suffix = text[item.start : item.end]
            if suffix.isupper() and suffix.endswith("."):
                suffix = suffix.title()  # JR. -> Jr.; III stays
            last.name = f"{last.name} {suffix}"
        previous = item.kind
    return authors, orgs


def _trailer(text: str, tokens: list[_Tok], end: int) -> tuple[int, bool, DateMatch | None] | None:
    """Where the trailer of the line starts, its signal and its date.

    The trailer starts at the first date, clock time or label (``end`` when
    there is none); the flag says whether a label or a time opens it. The
    date is the first one from the first token on, which is inside the
    trailer. Only tokens that can open a trailer are tried.

    ``None`` when a token no byline holds (a quotation mark, ``?``, ``:``)
    comes before any trailer could start: the costly date search is not
    needed then.
    """
    at = end
    signal = False
    other = end
    for tok in tokens:
        if tok.kind == "other" and other == end:
            other = tok.start
        if tok.kind != "word" or (
            not tok.text[0].isdigit() and tok.text.casefold() not in _LABEL_FIRST_WORDS
        ):
            continue
        m = _TRAILER.match(text, tok.start, end)
        if m is not None:
            at = tok.start
            signal = m["read"] is None
            break
    start = tokens[0].start if tokens else end
    if other < at and not _DIGIT.search(text, start, other):
        return None
    found = find_date(text, start=start, end=end) if _DIGIT.search(text, start, end) else None
    if found is not None and found.span.start < at:
        at = found.span.start
        signal = False
    return at, signal, found


_SEPARATORS = "/|,;·•-–—"


def _raw_end(text: str, start: int, at: int) -> tuple[int, str]:
    """Where the raw byline ends before a trailer at ``at``, and the separator.

    Blanks, one separator and blanks before the trailer are left out, so a
    dangling comma stays (``By Defense Media Activity, / Published ...``
    gives ``By Defense Media Activity,``), as the corpus annotators did.
    """
    end = at
    while end > start and text[end - 1].isspace():
        end -= 1
    sep = ""
    if end > start and text[end - 1] in _SEPARATORS:
        sep = text[end - 1]
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return end, sep


def parse_byline(text: str, *, start: int = 0, end: int | None = None) -> Byline | None:
    """Read ``text[start:end]`` as a byline, or return ``None``.

    The window is one header line, typically. Offsets in the result are in
    the caller's coordinates: ``text[b.span.start:b.span.end] == b.raw``,
    and the same for each author and for ``date_span``.

    >>> b = parse_byline("By JOHN SMITH and JANE DOE, Associated Press")
    >>> [(a.name, a.affiliation) for a in b.authors]
    [('John Smith', 'Associated Press'), ('Jane Doe', 'Associated Press')]
    >>> parse_byline("CBS/AFP").organizations
    ('CBS', 'AFP')
    >>> parse_byline("By Thursday, the Taliban had taken Kabul.") is None
    True
    """
    text = check_text(text, "text")
    lo, hi = clamp_window(len(text), start, end)
    # the window without its blanks; long windows are never bylines
    first = lo
    while first < hi and text[first].isspace():
        first += 1
    last = hi
    while last > first and text[last - 1].isspace():
        last -= 1
    if first == last or last - first > _MAX_LINE:
        return None
    # the line is read on its own, so that no pattern sees past the window;
    # offsets are moved back to the caller's coordinates at the end
    return _parse_line(text[first:last], first)


def _parse_line(line: str, offset: int) -> Byline | None:
    """Read ``line`` (no blanks around it) as a byline at ``offset``."""
    size = len(line)
    lead = _LEAD.match(line)
    if lead is None:
        # cheap refusals first: a line that starts in lower case, ends like
        # a sentence or has many lower-case words is no bare byline
        if not _CAPITALISED.match(line) or _SENTENCE_END.search(line):
            return None
        if _too_many_lower(line):
            return None
        if _HINT.search(line) is None and not _known_only(line):
            return None  # a headline in capitals: no separator, digit or @
        body_start = 0
    else:
        body_start = lead.end()
        if not _CAPITALISED.match(line, body_start) and not _LOWER_START.match(line, body_start):
            return None  # By the time ..., by contrast
    tokens = _tokens(line, body_start, size)
    if not tokens:
        return None
    trailer = _trailer(line, tokens, size)
    if trailer is None:
        return None
    at, trailer_signal, found = trailer
    raw_end, sep = _raw_end(line, body_start, at) if at < size else (size, "")
    if raw_end <= body_start:
        return None
    if sep in {"/", "|"}:
        trailer_signal = True
    if raw_end < size:
        tokens = [tok for tok in tokens if tok.end <= raw_end]
        if not tokens:
            return None
    tokens[-1] = _without_full_stop(tokens[-1])
    parts = _parts(tokens)
    if not parts:
        return None
    items: list[_Item] = []
    for part, semicolon in parts:
        after_person = bool(items) and items[-1].kind == "person"
        read = _read_part(part, new_group=semicolon, after_person=after_person)
        if read is None:
            return None
        items.extend(read)
    if not _credited(items, lead=lead is not None, trailer_signal=trailer_signal):
        return None
    assembled = _assemble(line, items)
    if assembled is None:
        return None
    drafts, orgs = assembled
    return Byline(
        raw=line[:raw_end],
        span=Span(start=offset, end=offset + raw_end),
        authors=tuple(_author(line, draft, offset) for draft in drafts),
        organizations=tuple(line[s:e] for s, e in orgs),
        date=found.date if found is not None else None,
        date_span=found.span.shift(offset) if found is not None else None,
    )


def _without_full_stop(tok: _Tok) -> _Tok:
    """The last token without a full stop that ends the line (``Reuters.``).

    Abbreviations keep theirs: ``Jr.``, ``Inc.``, ``J.``.
    """
    word = tok.text
    if tok.kind != "word" or not word.endswith(".") or word in _SUFFIXES:
        return tok
    if _INITIAL.fullmatch(word) or word.removesuffix(".") in _ABBREVIATIONS or "." in word[:-1]:
        return tok
    return _Tok("word", tok.start, tok.end - 1, word[:-1])


def _known_only(line: str) -> bool:
    """Whether ``line`` names known organisations or a collective credit alone.

    ``Reuters``, ``AFP and Reuters``, ``Staff and agencies``.
    """
    return (
        _KNOWN_ORGS.fullmatch(line) is not None
        or " ".join(line.casefold().split()) in lex.BYLINE_COLLECTIVE
    )


def _too_many_lower(line: str) -> bool:
    """Whether ``line`` has more than :data:`_MAX_LOWER` lower-case words."""
    return any(count > _MAX_LOWER for count, _ in enumerate(_LOWER_WORD.finditer(line), 1))


def _credited(items: list[_Item], *, lead: bool, trailer_signal: bool) -> bool:
    """Whether the items make a byline (see the module docstring)."""
    people = any(item.kind == "person" for item in items)
    orgs = [item for item in items if item.kind == "org"]
    known = any(item.strength == "known" for item in orgs)
    if not people and not any(item.strength in {"known", "strong"} for item in orgs):
        return False
    if lead or trailer_signal:
        return True
    if not people:
        return all(item.strength == "known" for item in orgs) and all(
            item.kind == "org" for item in items
        )
    if known or any(item.kind == "role" for item in items):
        return True
    if any(item.kind == "contact" for item in items):
        return True
    if any(item.person is not None and (item.person.email or item.person.handle) for item in items):
        return True
    return any(item.strength == "strong" for item in orgs) or any(
        item.person is not None and item.person.known_affiliation for item in items
    )


def _author(line: str, draft: _Draft, offset: int) -> Author:
    person = draft.person
    role = person.role or draft.post_role
    affiliation = person.affiliation
    return Author(
        name=person.name,
        raw=line[person.name_start : person.name_end],
        span=Span(start=offset + person.name_start, end=offset + person.name_end),
        role=line[role[0] : role[1]] if role is not None else None,
        affiliation=line[affiliation[0] : affiliation[1]] if affiliation is not None else None,
        email=person.email,
        handle=person.handle,
    )
