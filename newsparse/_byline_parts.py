"""The parts of a byline: tokens, and each part read as people, a role or an organisation.

A byline line (:mod:`newsparse.bylines`) is cut at separators into parts;
:func:`read_part` reads one part as one of: people joined by ``and``/``&``
(ranks or titles before a name, ``in Beirut`` after it, an outlet glued to
it as in ``David Vergun Army.mil``, an e-mail or a @handle); a role
(``Senior Reporter``, ``Middle East correspondent``, ``Special to The
Post``); an organisation (a known news organisation, ``Staff and
agencies``, a unit or office such as ``35th Fighter Wing Public Affairs``,
a site such as ``Army.mil``); or contact details. ``None`` means the part
is none of these.

Every pattern is applied to tokens of at most a line, so a call is cheap
whatever the input.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import attrs
import regex

from . import _lexicon as lex
from ._lazy import LazyPattern
from ._names import title_case_name

__all__ = [
    "CAPITALISED",
    "DOMAIN",
    "INITIAL",
    "ORG_NAMES",
    "SUFFIXES",
    "Item",
    "Person",
    "Tok",
    "read_part",
    "split_parts",
    "tokenize",
]

_MAX_TOKENS = 80
"""A window with more tokens than this is not a byline."""


_MAX_TITLES = 4
"""At most this many titles in a row before a name."""


_MAX_NAME = 6
"""At most this many words in a name (suffix not counted)."""


_MAX_ROLE = 7
"""At most this many words in a role."""


_TITLE_FIRST_WORDS = frozenset(title.split(" ", 1)[0] for title in lex.TITLE_KIND)
"""The first word of every title: a cheap test before the title pattern."""


ORG_NAMES = sorted(lex.with_caps(lex.NEWS_ORGANIZATIONS))


_ORG_WORDS = lex.with_caps(lex.BYLINE_ORG_WORDS | lex.BYLINE_OTHER_ORG_WORDS)
"""Words never in a personal name (``Affairs``, ``News``, ``Wing``)."""


_OUTLET_WORDS = lex.with_caps(lex.OUTLET_WORDS | lex.BYLINE_OTHER_OUTLET_WORDS)
"""Words of newspaper names that are surnames too (``Post``, ``Times``)."""


_STOPWORDS = lex.with_caps(lex.BYLINE_STOPWORDS)


SUFFIXES = lex.with_caps(lex.SUFFIXES)


_SINGLE_WORD_ORGS = frozenset(name for name in ORG_NAMES if " " not in name)
"""Known organisations of one word (``CBS``): never a word of a name."""


_CONNECTORS = frozenset(lex.function_words("org_connector"))
"""Lower-case words allowed inside an organisation name."""


_ROLE_LINKS = frozenset({"of", "to", "for", "at", "in", "on"})
"""Words after the first word of a role such as ``Chief of Transportation``."""


_ROLE_FILLERS = frozenset(lex.function_words("role_filler"))
"""Lower-case words that never sit between a role's words and its head."""


_CONJUNCTIONS = lex.BYLINE_CONJUNCTIONS


_PLACE_LINKS = lex.BYLINE_PLACE_LINKS


_FOR = frozenset({"for", "For", "FOR"})
"""``for`` before an outlet: ``By Jane Doe, for The Guardian``."""


_AFFILIATION_LINKS = lex.BYLINE_AFFILIATION_LINKS


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
_TITLE = LazyPattern(
    r"""
    \L<titles>                                     # Staff Sgt. / Gen. / Mr.
    (?: [ ] \( [ ] (?: R | Ret\.? ) [ ] \) )?      # LTC(R): retired
    (?= [ ] | $ )                                  # a whole word
    """,
    regex.VERBOSE,
    titles=sorted(lex.TITLE_KIND),
)


# A known news organisation, perhaps after ``The``.
_KNOWN_ORG = LazyPattern(
    r"""
    (?: (?: The | THE ) [ ] )?                     # The
    \L<orgs>                                       # Associated Press
    """,
    regex.VERBOSE,
    orgs=ORG_NAMES,
)


# One word of a personal name: capitalised (``Jane``, ``D'Agata``,
# ``VanHorn``, ``JOHN``) or a particle run into it (``al-Assad``).
_NAME_WORD = regex.compile(
    r"""
    (?: (?: \L<prefixes> [\-'’] )?                 # al- / d'
        \p{Lu} [\p{L}\p{M}'’\-]*                   # Jane / D'Agata / Jean-Luc
        (?<! [\-'’] )                              # not ending in a hyphen
      | \p{Lo} [\p{Lo}\p{M}]*                       # a script without capitals: 구현모
    )
    """,
    regex.VERBOSE,
    prefixes=lex.longest_first([*lex.NAME_PREFIXES, *lex.NAME_ELISIONS]),
)


# A whole name in a script without capitals and without blanks between its
# parts: two to six Han or Hangul characters (``구현모``, ``松岡大地``).
_UNCASED_NAME = regex.compile(r"[\p{Han}\p{Hangul}]{2,6}")


# An initial or initials: ``A.``, ``J.D.``, ``M``.
INITIAL = regex.compile(r"(?:\p{Lu}\.){1,3}|\p{Lu}")


# A site: ``Army.mil``, ``cbsnews.com``.
DOMAIN = regex.compile(
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


# A word that is capitalised or a number.
CAPITALISED = regex.compile(r"[\p{Lu}\p{Lt}\p{Lo}\p{N}]")


class Tok(NamedTuple):
    kind: str
    """``email``, ``handle``, ``word``, ``sep``, ``open``, ``close``, ``amp``, ``other``."""
    start: int
    end: int
    text: str
    """The token as written (for an e-mail, the address alone)."""


_new = tuple.__new__


@attrs.define
class Person:
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
    post_role: tuple[int, int] | None = None
    """A role glued after the name (``Jane Roe Staff Writer``)."""


@attrs.define
class Item:
    """One part of the byline, read."""

    kind: str
    """``person``, ``org``, ``role``, ``contact`` or ``suffix``."""
    start: int
    end: int
    strength: str = ""
    """For an organisation: ``known``, ``strong`` or ``weak``."""
    person: Person | None = None
    plural: bool = False
    """For a role: a plural head (``Staff Writers``)."""
    email: str | None = None
    handle: str | None = None
    new_group: bool = False
    """A semicolon came before this part: it starts a new group of authors."""
    joined: bool = False
    """An organisation joined to people by ``and`` (``Jane Roe and AP``): a
    credit of its own, not their affiliation."""


def tokenize(text: str, start: int, end: int) -> list[Tok] | None:
    """The tokens of ``text[start:end]``, or ``None`` when there are too many."""
    # tuple.__new__ skips the named tuple's Python-level constructor: this
    # runs for every token of every candidate line
    if text.find("@", start, end) >= 0:
        out = [
            _new(Tok, (m.lastgroup or "other", *m.span(), m["address"] or m[0]))
            for m in _TOKEN_AT.finditer(text, start, end)
        ]
    else:
        out = [
            _new(Tok, (m.lastgroup or "other", *m.span(), m[0]))
            for m in _TOKEN.finditer(text, start, end)
        ]
    return out if len(out) <= _MAX_TOKENS else None


def _joined(tokens: list[Tok]) -> tuple[str, list[int]]:
    """The tokens joined by single blanks, and where each starts in it."""
    starts: list[int] = []
    pos = 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok.text) + 1
    return " ".join(tok.text for tok in tokens), starts


def _is_known_org(tokens: list[Tok]) -> bool:
    joined, _ = _joined(tokens)
    return _KNOWN_ORG.fullmatch(joined) is not None


@functools.lru_cache(maxsize=4096)
def _name_word(word: str) -> bool:
    """Whether ``word`` can be a (non-initial) word of a personal name."""
    if word in _STOPWORDS or word in _SINGLE_WORD_ORGS or word in SUFFIXES:
        return False
    if _NAME_WORD.fullmatch(word) is None:
        return False
    if any(piece in _ORG_WORDS for piece in word.split("-")):
        return False
    # ALL CAPS is a name word (JOHN) when it is not a lone letter
    return len(word) > 1


def _name_end(tokens: list[Tok], i: int) -> int:
    """The greedy end (exclusive) of a name starting at ``tokens[i]``."""
    j = i
    while j < len(tokens) and j - i < _MAX_NAME:
        tok = tokens[j]
        if tok.kind != "word":
            break
        word = tok.text
        if _name_word(word) or INITIAL.fullmatch(word) or (word in lex.PARTICLES and j > i):
            j += 1
        else:
            break
    return j


def _valid_name(tokens: list[Tok], i: int, j: int, *, titled: bool) -> bool:
    """Whether ``tokens[i:j]`` is a name.

    A name ends on a name word and has two words or more (one is enough
    after a title: ``Gen. Welsh``).
    """
    if j <= i:
        return False
    last = tokens[j - 1].text
    if not _name_word(last) or last in lex.PARTICLES:
        return False
    first = tokens[i].text
    if INITIAL.fullmatch(first) is None and not _name_word(first):
        return False
    if first in lex.OUTLET_ARTICLES and not titled:
        return False  # Le Progrès, Der Spiegel: an outlet
    if j - i == 1 and _UNCASED_NAME.fullmatch(first):
        return True  # 구현모, 松岡大地: a name written without blanks
    return j - i >= 2 or titled


def _clean_name(tokens: list[Tok]) -> str:
    """The name's words joined by single blanks, title-cased if in capitals."""
    return title_case_name(" ".join(tok.text for tok in tokens))


def _titles(tokens: list[Tok]) -> tuple[int, tuple[int, int] | None]:
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


def _person(tokens: list[Tok]) -> Person | None:
    """Read ``tokens`` as one person: titles, name and what may follow it."""
    i, role = _titles(tokens)
    titled = i > 0
    glued = _glued_role(tokens, i, titled=titled, role=role)
    if glued is not None:
        return glued
    greedy = _name_end(tokens, i)
    # try the longest name first, then shorter ones, until what follows fits
    for j in range(greedy, i, -1):
        if not _valid_name(tokens, i, j, titled=titled):
            continue
        end = j
        if end < len(tokens) and tokens[end].kind == "word" and tokens[end].text in SUFFIXES:
            end += 1  # Jr. / III
        person = Person(
            name_start=tokens[i].start, name_end=tokens[end - 1].end, name="", role=role
        )
        if _person_tail(tokens, end, person):
            person.name = _clean_name(tokens[i:end])
            return person
    return None


def _opens_with_name(tokens: list[Tok]) -> bool:
    """Whether ``tokens`` open with a given name the table knows, a name in a
    script without capitals, or an initial: a name, not a role's words.
    """
    first = tokens[0].text
    if _UNCASED_NAME.fullmatch(first):
        return True
    # the given name needs a name word after it: ``North of England editor``
    # opens with a word the table knows as a given name, but is a role
    second = tokens[1].text if len(tokens) > 1 else ""
    return bool(
        (
            INITIAL.fullmatch(first)
            or (first[:1].isupper() and first.casefold() in lex.name_tables()[0])
        )
        and (_name_word(second) or INITIAL.fullmatch(second))
    )


def _glued_role(
    tokens: list[Tok], i: int, *, titled: bool, role: tuple[int, int] | None
) -> Person | None:
    """A name with a role glued after it, no separator between them (``Jane
    Roe Staff Writer``, ``김민수 기자``): the longest role that leaves a name.
    """
    for k in range(i + 1, len(tokens)):
        if tokens[k].kind != "word":
            return None
        if not _valid_name(tokens, i, k, titled=titled):
            continue
        read = _role(tokens[k:], linked=False)
        if read is not None and read[0] == 0:
            return Person(
                name_start=tokens[i].start,
                name_end=tokens[k - 1].end,
                name=_clean_name(tokens[i:k]),
                role=role,
                post_role=(tokens[k].start, tokens[-1].end),
            )
    return None


def _person_tail(tokens: list[Tok], i: int, person: Person) -> bool:
    """Read what may follow a name in ``tokens[i:]``; whether all of it fits.

    That is ``in Beirut``, ``of Reuters``, a site or known outlet glued to
    the name (``David Vergun Army.mil``), an e-mail or a @handle.
    """
    n = len(tokens)
    if i < n and tokens[i].kind == "word" and tokens[i].text in _PLACE_LINKS:
        j = i + 1
        while (
            j < n and j - i <= 4 and tokens[j].kind == "word" and CAPITALISED.match(tokens[j].text)
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
        if (len(glued) == 1 and DOMAIN.fullmatch(glued[0].text)) or _is_known_org(glued):
            person.affiliation = (glued[0].start, glued[-1].end)
            person.known_affiliation = True
            i = j
        else:
            return False
    return _contact_tail(tokens, i, person)


def _contact_tail(tokens: list[Tok], i: int, person: Person) -> bool:
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


def _role(tokens: list[Tok], *, linked: bool) -> tuple[int, bool] | None:
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
        if all(CAPITALISED.match(tok.text) or tok.text in _CONNECTORS for tok in rest) and (
            CAPITALISED.match(rest[0].text) or rest[0].text == "the"
        ):
            return 0, False
        return None
    place = _place_tail(tokens)
    if place:  # correspondent in Beirut, envoyée spéciale à Kiev
        tokens, words = tokens[:place], words[:place]
    last = words[-1]
    plural = last not in lex.ROLE_HEADS and last.endswith("s") and last[:-1] in lex.ROLE_HEADS
    if last not in lex.ROLE_HEADS and not plural:
        return None
    for n, word in enumerate(words[:-1]):
        if word in _STOPWORDS:
            return None
        if word in _ROLE_FILLERS and not (  # North of England editor
            n and CAPITALISED.match(tokens[n - 1].text) and CAPITALISED.match(tokens[n + 1].text)
        ):
            return None
    if any(not tok.text[:1].isalpha() for tok in tokens):
        return None
    # an outlet may open the role: Associated Press Writer, CNN Senior Producer
    for k in range(len(tokens) - 1, 0, -1):
        if _is_known_org(tokens[:k]):
            return k, plural
    return 0, plural


def _place_tail(tokens: list[Tok]) -> int:
    """Where a place that ends ``tokens`` starts with its link word (``in
    Beirut``, ``à Kiev``), 0 when none does.
    """
    for p in range(len(tokens) - 2, 0, -1):
        if tokens[p].text in lex.ROLE_PLACE_LINKS:
            rest = tokens[p + 1 :]
            if len(rest) <= _MAX_PLACE and all(CAPITALISED.match(tok.text) for tok in rest):
                return p
            return 0
    return 0


_MAX_PLACE = 4
"""At most this many words in a place after a name or a role."""


def _org_strength(tokens: list[Tok]) -> str | None:
    """How surely ``tokens`` name an organisation, office or unit.

    ``strong``: a known organisation word (``Public Affairs``, ``Center``),
    an ordinal unit (``35th ...``), a site (``Army.mil``), an acronym
    (``SCOE``), or ``The`` and a name. ``weak``: one capitalised word.
    ``None``: not an organisation.
    """
    if not tokens or any(tok.kind not in {"word", "amp"} for tok in tokens):
        return None
    first = tokens[0].text
    if not CAPITALISED.match(first):
        return None
    strong = False
    for tok in tokens:
        word = tok.text
        if tok.kind == "amp" or word in _CONNECTORS:
            continue
        if not CAPITALISED.match(word) and word not in _ORG_WORDS and not DOMAIN.fullmatch(word):
            return None  # FOCUS online: a lower-case word only when an org word
        if word in _STOPWORDS and word not in {"The", "THE"} and first not in lex.OUTLET_ARTICLES:
            return None  # The Sunday Post: an outlet's name may hold a weekday
        if (
            word in _ORG_WORDS
            or word in _OUTLET_WORDS
            or any(piece in _ORG_WORDS for piece in word.split("-"))
            or DOMAIN.fullmatch(word)
        ):
            strong = True
    if tokens[-1].text in _CONNECTORS:
        return None
    if _ORDINAL.fullmatch(first) or (first in {"The", "THE"} and len(tokens) > 1):
        strong = True
    if first in lex.OUTLET_ARTICLES and len(tokens) > 1:
        strong = True  # Le Progrès, Der Spiegel
    if all(_ACRONYM.fullmatch(tok.text) for tok in tokens):
        strong = True
    if strong:
        return "strong"
    if len(tokens) == 1 and _NAME_WORD.fullmatch(first):
        return "weak"
    return None


def _split_conjunctions(tokens: list[Tok]) -> list[list[Tok]]:
    parts: list[list[Tok]] = [[]]
    for tok in tokens:
        if (tok.kind == "amp" or (tok.kind == "word" and tok.text in _CONJUNCTIONS)) and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def read_part(
    tokens: list[Tok],
    *,
    new_group: bool,
    after_person: bool,
    mixed: bool = True,
    lead: bool = False,
) -> list[Item] | None:
    """Read one part of the byline (between separators) into items.

    ``mixed``: the line is in mixed case, so a word in capitals of a few
    letters that is no given name is an acronym (``MDR``, ``SDA``).
    ``lead``: a lead word opened the line, so one word in lower case is a
    credit (:func:`_lower_credit`).
    """
    start, end = tokens[0].start, tokens[-1].end
    contact = Person(name_start=start, name_end=start, name="")
    if tokens[0].kind in {"email", "handle", "open"} and _contact_tail(tokens, 0, contact):
        return [
            Item(
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
        return [Item("org", start, end, strength="known", new_group=new_group)]
    if after_person and len(tokens) == 1 and tokens[0].text in SUFFIXES:
        return [Item("suffix", start, end, new_group=new_group)]
    if lead and len(tokens) == 1:
        lower = _lower_credit(tokens[0], new_group=new_group)
        if lower is not None:
            return [lower]
    # a role or an outlet with the author's e-mail or @handle after it
    # (Staff Writer @jroe, Reuters @jroe); a name with one is read by _person
    head = len(tokens)
    while head > 0 and tokens[head - 1].kind in {"email", "handle", "open", "close"}:
        head -= 1
    contact = Person(name_start=start, name_end=start, name="")
    if 0 < head < len(tokens) and _contact_tail(tokens, head, contact):
        items = read_part(
            tokens[:head], new_group=new_group, after_person=after_person, mixed=mixed
        )
        if items is not None and all(item.kind in {"role", "org"} for item in items):
            tail = Item(
                "contact", tokens[head].start, end, email=contact.email, handle=contact.handle
            )
            return [*items, tail]
    role = _role(tokens, linked=False)
    if role is not None and role[0] == 0 and _opens_with_name(tokens):
        role = None  # Jane Roe Staff Writer, 김민수 기자: a name and its role
    if role is None:
        people = _people(tokens, new_group=new_group, mixed=mixed, lead=lead)
        if people is not None:
            return people
        role = _role(tokens, linked=True)
    if role is not None:
        k, plural = role
        items = []
        if k:
            items.append(
                Item("org", start, tokens[k - 1].end, strength="known", new_group=new_group)
            )
        items.append(
            Item("role", tokens[k].start, end, plural=plural, new_group=new_group and not k)
        )
        return items
    if len(tokens) > 1 and tokens[0].text in _FOR:  # for The Guardian
        tokens = tokens[1:]
        start = tokens[0].start
        if _KNOWN_ORG.fullmatch(_joined(tokens)[0]):
            return [Item("org", start, end, strength="known", new_group=new_group)]
    strength = _org_strength(tokens)
    if strength is None:
        return None
    return [Item("org", start, end, strength=strength, new_group=new_group)]


def _lower_credit(tok: Tok, *, new_group: bool) -> Item | None:
    """One word in lower case after a lead word: a site (``ndr.de``) or an
    outlet (``kicker``) is an organisation; two to four letters are an
    author's initials (``Von ssi und dan``), kept as written.
    """
    word = tok.text
    if tok.kind != "word" or not word[:1].islower():
        return None
    if DOMAIN.fullmatch(word):
        return Item("org", tok.start, tok.end, strength="strong", new_group=new_group)
    if not word.isalpha():
        return None
    if len(word) <= _MAX_INITIALS:
        person = Person(name_start=tok.start, name_end=tok.end, name=word)
        return Item("person", tok.start, tok.end, person=person, new_group=new_group)
    return Item("org", tok.start, tok.end, strength="strong", new_group=new_group)


_MAX_INITIALS = 4
"""A lower-case word of at most this many letters after a lead word is an
author's initials."""


def _people(
    tokens: list[Tok], *, new_group: bool, mixed: bool = True, lead: bool = False
) -> list[Item] | None:
    """Read people and organisations joined by ``and``/``&`` (``und``,
    ``og``, ``и``, ...).

    A conjunct is an organisation when it is a known one or opens with one
    (``AFP Deutschland``), when it opens with an acronym in a mixed-case line
    (``MDR SACHSEN-ANHALT``, ``SDA``), or when it is no name and has an
    organisation word (``Deutsche Presse-Agentur``).
    """
    items: list[Item] = []
    parts = _split_conjunctions(tokens)
    if len(parts) == 1:  # the caller has tried the known organisations
        if mixed and _acronym_first(tokens):
            return None
        person = _person(tokens)
        if person is None:
            return None
        return [Item("person", tokens[0].start, tokens[-1].end, person=person, new_group=new_group)]
    for part in parts:
        if not part:
            return None
        first = new_group and not items
        joined, _ = _joined(part)
        known = _KNOWN_ORG.fullmatch(joined) or joined.casefold() in lex.BYLINE_COLLECTIVE
        lower = _lower_credit(part[0], new_group=first) if lead and len(part) == 1 else None
        if lower is not None and not known:
            lower.joined = lower.kind == "org"
            items.append(lower)
            continue
        if known:
            items.append(
                Item(
                    "org",
                    part[0].start,
                    part[-1].end,
                    strength="known",
                    new_group=first,
                    joined=True,
                )
            )
            continue
        opening = _KNOWN_ORG.match(joined)
        if (
            opening is not None
            and joined[opening.end() : opening.end() + 1] == " "
            and all(CAPITALISED.match(tok.text) for tok in part)
        ):
            items.append(  # AFP Deutschland
                Item(
                    "org",
                    part[0].start,
                    part[-1].end,
                    strength="strong",
                    new_group=first,
                    joined=True,
                )
            )
            continue
        person = None if mixed and _acronym_first(part) else _person(part)
        if person is None:
            strength = _org_strength(part) if not (mixed and _acronym_first(part)) else "strong"
            if strength != "strong":
                return None
            items.append(
                Item(
                    "org",
                    part[0].start,
                    part[-1].end,
                    strength="strong",
                    new_group=first,
                    joined=True,
                )
            )
            continue
        items.append(Item("person", part[0].start, part[-1].end, person=person, new_group=first))
    return items  # people and organisations (``AFP and Reuters``)


_MAX_ACRONYM = 4
"""An acronym of more capitals than this is rather a name in capitals."""


def _acronym_first(tokens: list[Tok]) -> bool:
    """Whether ``tokens`` open with an acronym that is no given name
    (``MDR``, ``SDA``, ``BR24``): in a mixed-case line, an organisation.
    """
    word = tokens[0].text
    if tokens[0].kind != "word" or not _ACRONYM.fullmatch(word) or len(word) > _MAX_ACRONYM:
        return False
    if word in _TITLE_FIRST_WORDS or word in SUFFIXES:
        return False  # COL, LTC, BG: a rank; III: a suffix
    return word.casefold() not in lex.name_tables()[0]


def split_parts(tokens: list[Tok]) -> list[tuple[list[Tok], bool]] | None:
    """Split the tokens at separators.

    Each part comes with whether a semicolon came before it. ``None`` when
    two separators other than ``,``/``;`` meet (``A / | B``). A conjunction
    right after a comma joins as the comma does and is dropped (``By A,
    Staff Writer, and B, Correspondent``).
    """
    parts: list[tuple[list[Tok], bool]] = []
    current: list[Tok] = []
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
