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

import attrs
import regex

from . import _lexicon as lex
from ._byline_parts import (
    CAPITALISED,
    DOMAIN,
    INITIAL,
    ORG_NAMES,
    SUFFIXES,
    Item,
    Person,
    Tok,
    read_part,
    split_parts,
    tokenize,
)
from ._lazy import LazyPattern
from ._text import clamp_window
from ._types import Author, Byline, Span
from .dates import DateMatch, find_date
from .errors import check_text

__all__ = ["parse_byline"]

_MAX_LINE = 300
"""A longer window (without its blanks) is not a byline."""


_LABEL_FIRST_WORDS = frozenset(label.split(" ", 1)[0].casefold() for label in lex.BYLINE_LABELS)
"""The first word of every trailer label: a cheap test before the pattern."""


# The lead word and what follows it: ``By``, ``By:``, ``BY``, ``Von``.
_LEAD = LazyPattern(
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
_TRAILER = LazyPattern(
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


# Known organisations joined by ``and``/``&``: ``AFP and Reuters``.
_KNOWN_ORGS = LazyPattern(
    r"""
    (?: (?: The | THE ) \s+ )? \L<orgs>              # Reuters / The Associated Press
    (?: \s+ (?: and | AND | & ) \s+                 # and
        (?: (?: The | THE ) \s+ )? \L<orgs> ){0,3}   # AFP
    """,
    regex.VERBOSE,
    orgs=ORG_NAMES,
)


# What a line without a lead word needs to be a byline, unless it names
# known organisations alone: a separator, a digit (a time or date) or an @.
_HINT = regex.compile(r"[,;/|@\d]")


_DIGIT = regex.compile(r"\d")


_MAX_LOWER = 6
"""A line without a lead word that has more lower-case words is prose."""


# A lower-case word (``the``, ``agencies``), not inside another word, an
# e-mail or a site.
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’.@\-])\p{Ll}")


_CLOSING = "\"”’')]"


def _ends_like_sentence(line: str) -> bool:
    """Whether ``line`` ends like a sentence: with ``!`` or ``?``, or with a
    full stop after a word that is no abbreviation (``Kabul.``, not ``Jr.``,
    ``Inc.``, ``J.``; :func:`newsparse._lexicon.is_abbreviation`), closing
    quotes aside.
    """
    body = line.rstrip(_CLOSING)
    if body.endswith(("!", "?")):
        return True
    if not body.endswith("."):
        return False
    words = body[:-1].split()
    return not (words and lex.is_abbreviation(words[-1]))


# Lower-case words that may open a byline after its lead (``By dpa``,
# ``by staff and agencies``).
_LOWER_START = regex.compile(r"(?:dpa|staff|agencies|wire|news|from)\b")


@attrs.define
class _Draft:
    """An author while the byline is read."""

    person: Person
    post_role: tuple[int, int] | None = None


def _assemble(
    text: str, items: list[Item], *, alone_ok: bool = False
) -> tuple[list[_Draft], list[tuple[int, int]]] | None:
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
        elif item.kind == "org" and item.joined:
            orgs.append((item.start, item.end))  # Jane Roe and AP: a credit of its own
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
            elif item.strength == "weak" and not (alone_ok and len(items) == 1):
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


def _trailer(text: str, tokens: list[Tok], end: int) -> tuple[int, bool, DateMatch | None] | None:
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
    """Where the raw byline ends before a trailer at ``at``, and the
    separator that set the trailer off.

    The blanks and separators before the trailer are no part of the byline
    (``By Defense Media Activity, / Published ...`` gives ``By Defense
    Media Activity``); the separator returned is the last one, next to the
    trailer.
    """
    end = at
    sep = ""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _SEPARATORS):
        if not sep and text[end - 1] in _SEPARATORS:
            sep = text[end - 1]
        end -= 1
    return end, sep


def parse_byline(
    text: str, *, start: int = 0, end: int | None = None, header: bool = False
) -> Byline | None:
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

    ``header=True`` says the window is a line of an article's header next
    to its date line, below the headline (as :func:`newsparse.parse_article`
    knows): there a line of names alone is a byline (``Jane Roe and John
    Doe``, ``구현모``), and so is an outlet's name alone (``Habertürk``).

    >>> [a.name for a in parse_byline("Anna Weber und Jan Roth", header=True).authors]
    ['Anna Weber', 'Jan Roth']
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
    return _parse_line(text[first:last], first, header=header)


def _parse_line(line: str, offset: int, *, header: bool = False) -> Byline | None:
    """Read ``line`` (no blanks around it) as a byline at ``offset``."""
    size = len(line)
    lead = _LEAD.match(line)
    if lead is None and header and DOMAIN.fullmatch(line):
        return Byline(raw=line, span=Span(start=offset, end=offset + size), organizations=(line,))
    if lead is None:
        # cheap refusals first: a line that starts in lower case, ends like
        # a sentence or has many lower-case words is no bare byline
        if not CAPITALISED.match(line) or _ends_like_sentence(line):
            return None
        if _too_many_lower(line):
            return None
        if not header and _HINT.search(line) is None and not _known_only(line):
            return None  # a headline in capitals: no separator, digit or @
        body_start = 0
    else:
        body_start = lead.end()
        if (
            not CAPITALISED.match(line, body_start)
            and not _LOWER_START.match(line, body_start)
            and not _short_lower(line, body_start)
        ):
            return None  # By the time ..., by contrast
    tokens = tokenize(line, body_start, size)
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
    tokens = _without_others(tokens)
    if not tokens:
        return None
    tokens[-1] = _without_full_stop(tokens[-1])
    parts = split_parts(tokens)
    if not parts:
        return None
    mixed = any(ch.islower() for ch in line[body_start:raw_end])
    items: list[Item] = []
    dropped: list[list[Tok]] = []
    for part, semicolon in parts:
        after_person = bool(items) and items[-1].kind == "person"
        read = read_part(
            part, new_group=semicolon, after_person=after_person, mixed=mixed, lead=lead is not None
        )
        if read is None:
            dropped.append(part)
            continue
        items.extend(read)
    if dropped and not _may_drop(line, dropped, lead=lead is not None, header=header):
        return None
    if not items:
        return None
    if not _credited(items, lead=lead is not None, trailer_signal=trailer_signal, header=header):
        return None
    assembled = _assemble(line, items, alone_ok=lead is not None or header)
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


_COUNT = regex.compile(r"\d{1,3}")
"""A count of further authors: ``2``, ``12``."""


def _without_others(tokens: list[Tok]) -> list[Tok]:
    """``tokens`` without a close that counts further authors and names
    none (``and 2 others``, ``, et al.``, ``und weitere``, ``u.a.``): the
    names before it are the byline's (the raw line keeps the close), and
    ``others`` is no organisation.
    """
    last = tokens[-1].text
    if tokens[-1].kind != "word" or last.casefold() not in lex.BYLINE_OTHERS:
        return tokens
    i = len(tokens) - 1
    if i > 0 and _COUNT.fullmatch(tokens[i - 1].text):
        i -= 1
    j = i  # what opens the close: a conjunction, a comma, or both
    if j > 0 and tokens[j - 1].text in lex.BYLINE_CONJUNCTIONS:
        j -= 1
    if j > 0 and tokens[j - 1].kind == "sep":
        j -= 1
    if j < 1 or (j == i and "." not in last):  # `u.a.` needs no opener
        return tokens
    return tokens[:j]


def _without_full_stop(tok: Tok) -> Tok:
    """The last token without a full stop that ends the line (``Reuters.``).

    Abbreviations keep theirs: ``Jr.``, ``Inc.``, ``J.``.
    """
    word = tok.text
    if tok.kind != "word" or not word.endswith(".") or word in SUFFIXES:
        return tok
    if INITIAL.fullmatch(word) or lex.is_abbreviation(word[:-1]) or "." in word[:-1]:
        return tok
    return Tok("word", tok.start, tok.end - 1, word[:-1])


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


_MAX_DROPPED_LOWER = 3
"""At most this many lower-case words in the parts of a byline left out as
unreadable: more is a sentence (``By Jane Roe, the Taliban had ...``)."""


def _may_drop(line: str, dropped: list[list[Tok]], *, lead: bool, header: bool) -> bool:
    """Whether the byline may be read without the ``dropped`` parts (graceful
    partial reads): only after a lead word or in an article's header, and
    only when the line is no sentence.
    """
    if not (lead or header) or _ends_like_sentence(line):
        return False
    lower = sum(
        1 for part in dropped for tok in part if tok.kind == "word" and tok.text[:1].islower()
    )
    return lower <= _MAX_DROPPED_LOWER


_MAX_SHORT_LOWER = 4
"""After a lead word, a body of at most this many words may start in lower
case (``Von kicker``, ``Von ssi und dan``, ``Von ndr.de``)."""


def _short_lower(line: str, start: int) -> bool:
    """Whether ``line[start:]`` is a few words no sentence (``kicker``)."""
    words = line[start:].split()
    return len(words) <= _MAX_SHORT_LOWER and not _ends_like_sentence(line)


def _credited(items: list[Item], *, lead: bool, trailer_signal: bool, header: bool = False) -> bool:
    """Whether the items make a byline (see the module docstring)."""
    people = any(item.kind == "person" for item in items)
    if header and all(item.kind in {"person", "org", "contact", "suffix"} for item in items):
        return True  # names or an outlet alone, next to the date line
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
    role = person.role or draft.post_role or person.post_role
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
