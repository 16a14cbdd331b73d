"""The people an article names: names, roles, and every mention of each.

:func:`extract_people` reads runs of capitalised words (``Russian Foreign
Minister Sergei Lavrov``), cuts each into a title (``Russian Foreign
Minister``) and a name (``Sergei Lavrov``), and decides whether the name is a
person's from tables and context:

* a **title** before it (``Sen.``, ``President``, ``Staff Sgt.``), from the
  shared ``titles.txt``;
* a **given name** first, from the census and multicultural tables
  (``given_names.txt``), with at least a family name after it;
* a **job word** before it (``Taliban negotiator Anas Haqqani``), an
  **apposition** after it (``Hamid Karzai, the first … leader of
  Afghanistan,``), a **possessive outlet** before it (``CBS News' Charlie
  D'Agata``), a **reporting verb** after it (``Haqqani said``).

A run with a word of an organisation or a place in it (``Northern
Alliance``, ``Panjshir Valley``, ``The Washington Post``), a run that is only
a title (``Vice President``) and a lone capitalised word without a title are
never a new person. Once the full names are known, a later surname
(``Lavrov``, ``Lavrov's``, ``Sen. Carper``) is a mention of the person with
that family name mentioned most recently before it, so ``Ahmad Massoud`` and
his father ``Ahmad Shah Massoud`` stay two people and a bare ``Massoud``
goes to the one the text is about at that point.

Everything is compiled patterns and set look-ups; no model is loaded.
"""

from __future__ import annotations

import bisect
import functools
import heapq
from array import array
from collections.abc import Container, Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
import regex

from . import _lexicon as lex
from ._names import title_case_name
from ._recency import nearest
from ._types import Mention, Person, Span
from .errors import check_text

__all__ = ["extract_people", "split_name"]


# --- tables -----------------------------------------------------------------

_STOP = frozenset([*lex.PEOPLE_STOPWORDS, *lex.MONTH_NAMES, *lex.WEEKDAYS])
"""Capitalised words that are never part of a personal name, the months
and the weekdays written out (``Sun`` and ``Sat`` are also names)."""
_STOP_CAPS = frozenset(word.upper() for word in _STOP)
_NEWS_ORGS = lex.casefolded(lex.NEWS_ORGANIZATIONS)
_SUFFIXES = lex.casefolded(lex.SUFFIXES) | {"v", "jr", "sr"}
_CONNECTORS = frozenset({"of", "the", "for"})
"""Lower-case words allowed inside a run because titles have them
(``Secretary of the Air Force``); a name is cut at them."""
_ABBREVIATIONS = sorted(
    lex.TITLE_ABBREVIATIONS | {"Jr.", "Sr.", "JR.", "SR.", "St.", "ST."}, key=len, reverse=True
)
"""Abbreviations that end in a full stop inside a name run (``Sgt.``, ``Jr.``)."""

# --- patterns -----------------------------------------------------------------

# One word of a run: an abbreviated title, initials, a capitalised word (with
# a lower-case Arabic article glued on, an apostrophe, hyphens), or an
# ordinal inside a rank (``Airman 1st Class``).
_CAP_WORD = r"""
    (?: \L<abbreviations> (?![\p{Ll}\p{M}]) )
  | (?: (?: \p{Lu} \. ){1,3} (?![\p{L}\p{M}]) )                   # C.  J.D.
  | (?: (?: \L<prefixes> [-’'] )?                                  # al-Baghdadi
        \p{Lu} [\p{L}\p{M}]*
        (?: ['’] \p{Lu} [\p{L}\p{M}]* )?                           # O'Neil, D'Agata
        (?: - [\p{L}\p{M}]+ ){0,3} )                               # Jae-myung
  | (?: \d{1,3} (?:st|nd|rd|th)? (?![\p{L}\p{M}\p{N}]) )
"""
# A lower-case word inside a run: a particle (``von der Leyen``, ``bin
# Salman``) or a connector of a title (``Chief of Staff``).
_LOWER_WORD = r"(?: \L<lowers> )"
_SPACE = r"[ \t\u00a0]"
# Between two words of a run: a space, perhaps a nickname in quotation marks
# (``Tom "Ginger" Neil``), or nothing after an abbreviation (``Sen.Tom``).
_GAP = rf"""
    (?: {_SPACE} (?: ["“‘] \p{{Lu}} [\p{{L}}\p{{M}}\-]{{0,20}} ["”’] {_SPACE} )?
      | (?<= \p{{L}}{{2}} \. ) )
"""
_RUN = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{M}}\p{{N}}'’.\-] )              # not inside a word or after a dot
    (?P<word> {_CAP_WORD} )
    (?: {_GAP} (?: (?P<word> {_LOWER_WORD} ) {_SPACE} ){{0,2}} (?P<word> {_CAP_WORD} ) )*
    """,
    regex.VERBOSE,
    abbreviations=_ABBREVIATIONS,
    prefixes=lex.longest_first(lex.NAME_PREFIXES),
    lowers=sorted(lex.PARTICLES | _CONNECTORS, key=len, reverse=True),
)
# A job word just before a name, with the capitalised words that qualify it
# (``Taliban negotiator ``, ``Environment Canada spokesperson ``).
_JOB_BEFORE = regex.compile(
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
_AFFILIATION = regex.compile(
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
_NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y."})
"""Abbreviations of places shaped like initials (``U.S. Airmen``)."""
_ARABIC_ARTICLE = regex.compile(
    r"\L<prefixes>[-’']\p{Lu}", prefixes=lex.longest_first(lex.NAME_PREFIXES)
)
"""A name word with a particle glued on (``al-Baghdadi``, ``d'Estaing``)."""
_POSSESSIVE = regex.compile(r"['’]s?(?![\p{L}\p{M}])")

_CONTEXT_WINDOW = 80
"""How many characters before a name the job and outlet patterns look at."""
_APPOSITION_WINDOW = 160
_MAX_RUN_WORDS = 16
"""Runs of capitalised words longer than this are not read: a title and a
name together (``Air Force Chief of Staff Gen. Mark A. Welsh III``) are
twelve."""
_MAX_NAME_WORDS = 4
"""A longer run of capitalised words is a headline or a name of a thing."""


# --- name shapes ----------------------------------------------------------------


def _is_initial(word: str) -> bool:
    return word.endswith(".") and len(word) <= 6 and word.replace(".", "").isupper()


_SUFFIX_FORMS = frozenset(
    form
    for suffix in _SUFFIXES
    for base in (suffix.rstrip("."),)
    for cased in (base.capitalize(), base.upper(), base)
    for form in (cased, cased + ".")
)
"""Every way a suffix is written (``Jr.``, ``JR``, ``III``), for a set look-up."""


def _is_suffix(word: str) -> bool:
    return word in _SUFFIX_FORMS


def _is_given(word: str) -> bool:
    return word.casefold() in lex.name_tables()[0]


def _is_family(word: str) -> bool:
    return word.casefold() in lex.name_tables()[1]


def _is_lower(word: str) -> bool:
    """A particle or connector (``von``, ``of``), not ``al-Baghdadi``."""
    return word[:1].islower() and _ARABIC_ARTICLE.match(word) is None


def _is_stop(word: str, next_word: str | None) -> bool:
    """A function word, day or month, unless a name plainly follows (``Will Smith``)."""
    if word not in _STOP and word not in _STOP_CAPS:
        return False
    return not (
        next_word is not None
        and _is_given(word)
        and not _is_lower(next_word)
        and _is_family(next_word)
        and next_word not in _STOP
    )


def _title_length(words: Sequence[str], i: int) -> int:
    """How many words from ``i`` on form the longest title (0 for none)."""
    first = words[i].casefold()
    for length in lex.TITLE_LENGTHS.get(first, ()):
        if (
            i + length <= len(words)
            and tuple(w.casefold() for w in words[i : i + length]) in lex.TITLE_WORDS
        ):
            return length
    return 0


def split_name(name: str) -> tuple[str | None, str | None]:
    """Return ``(given, family)`` for a clean personal name.

    The family name is the last word with the particles before it (``von der
    Leyen``, ``bin Salman``, ``De Vincenti``); generational suffixes are not
    part of it (``Mark A. Welsh III`` → ``Mark``, ``Welsh``). East Asian
    names written family name first keep their order (``Xi Jinping`` →
    ``Jinping``, ``Xi``). A single word is a given name when only the
    given-name table knows it, else a family name (``Bush``).

    >>> split_name("Ursula von der Leyen")
    ('Ursula', 'von der Leyen')
    >>> split_name("Kim Jong Un")
    ('Jong Un', 'Kim')
    """
    name = check_text(name, "name")
    words = name.split()
    while len(words) > 1 and _is_suffix(words[-1].rstrip(",")):
        words.pop()
    words = [w.rstrip(",") for w in words]
    if not words:
        return None, None
    if len(words) == 1:
        word = words[0]
        if _is_given(word):
            return word, None
        return None, word
    if words[0].casefold() in lex.FAMILY_FIRST and not _is_family(words[-1]):
        return " ".join(words[1:]), words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in lex.PARTICLES:
        start -= 1
    return words[0], " ".join(words[start:])


# --- candidates -------------------------------------------------------------------


class _Word(NamedTuple):
    """One word of a run and where it starts (a tuple: made for every word;
    its end is computed, not stored, to keep one integer fewer per word).
    """

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class _Candidate(NamedTuple):
    """A name found in a run, before it is known to be a person's."""

    words: tuple[_Word, ...]
    role: str | None
    """The title before the name as written (``Russian Foreign Minister``)."""
    titled: bool
    """A title or honorific stands before the name."""
    strong: bool
    """That title makes even a single word a person (``Sen.``, ``Pope``)."""
    given_title: bool = False
    """The title goes with a given name (``Pope Francis``, ``Prince Harry``)."""

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def name_words(self) -> tuple[str, ...]:
        """The words that identify the person: no initials, no suffix."""
        return tuple(
            w.text.casefold()
            for w in self.words
            if not _is_initial(w.text) and not _is_suffix(w.text)
        )


def _candidates(text: str, start: int, end: int) -> Iterator[_Candidate]:
    """Every name-shaped stretch of capitalised words in ``text[start:end]``."""
    for match in _RUN.finditer(text, start, end):
        spans = match.spans("word")
        if len(spans) == 1:
            # the common case: one capitalised word, ``The`` or ``Lavrov``
            s, e = spans[0]
            word = text[s:e]
            if word not in _STOP and word not in _STOP_CAPS:
                yield _Candidate((_Word(word, s),), None, titled=False, strong=False)
            continue
        if len(spans) > _MAX_RUN_WORDS:
            continue  # a headline or a list in capitals, not a name with its title
        words = [_Word(text[s:e], s) for s, e in spans]
        yield from _cut_run(text, words)


def _cut_run(text: str, words: list[_Word]) -> list[_Candidate]:
    """Cut one run into parts at function words, then each part into title and name."""
    out: list[_Candidate] = []
    part: list[_Word] = []
    for i, word in enumerate(words):
        nxt = words[i + 1].text if i + 1 < len(words) else None
        if _is_stop(word.text, nxt):
            out.extend(_cut_part(text, part))
            part = []
        else:
            part.append(word)
    out.extend(_cut_part(text, part))
    return out


def _cut_part(text: str, part: list[_Word]) -> list[_Candidate]:
    """Split a part into the title before the name and the name itself."""
    part = _trim(part)
    if not part:
        return []
    texts = [w.text for w in part]
    # The name starts after the title that ends last with a name after it:
    # ``Chief Warrant Officer 2 Vladimir Leonard``, not ``… 2 Vladimir …``.
    name_at = 0
    title_at = -1
    for i in range(len(texts)):
        length = _title_length(texts, i)
        end = i + length
        if (
            length
            and end > name_at
            and end < len(texts)
            and not all(_is_suffix(t) for t in texts[end:])
        ):
            name_at, title_at = end, i
    if title_at < 0:
        return [_untitled(p) for p in _pieces(part)]
    title_words = tuple(w.casefold() for w in texts[title_at:name_at])
    kind = lex.TITLE_WORDS.get(title_words, "")
    pieces = _pieces(part[name_at:])
    out: list[_Candidate] = []
    if pieces and pieces[0][0] is not part[name_at]:
        # ``Secretary of Energy Samuel W. Bodman``: the title runs on through
        # ``of``; the name is the last piece, from its first given name.
        last = pieces[-1]
        at = next((k for k, w in enumerate(last) if _is_given(w.text)), -1)
        if at < 0 or _name_count(last[at:]) < 2:
            return [_Candidate(tuple(p), None, titled=False, strong=False) for p in pieces]
        if at:
            role_end = last[at - 1].end
        else:
            role_end = pieces[-2][-1].end if len(pieces) > 1 else part[name_at - 1].end
        return [
            _Candidate(tuple(last[at:]), text[part[0].start : role_end], titled=True, strong=True)
        ]
    strong = (
        title_words[-1].endswith(".")
        or len(title_words) > 1
        or " ".join(title_words) in lex.STRONG_TITLES
        or kind == "honorific"
    )
    role = (
        None
        if kind == "honorific" and title_at == 0
        else text[part[0].start : part[name_at - 1].end]
    )
    given_title = " ".join(title_words) in lex.GIVEN_NAME_TITLES
    if pieces:
        name = pieces[0]
        # ``Apple Chief Executive Tim Cook``: job words the title table
        # lacks, between it and the name, belong to the title
        at = 0
        while at < len(name) - 1 and name[at].text.casefold() in lex.JOB_WORDS:
            at += 1
        if at and _name_count(name[at:]) >= 1:
            role = text[part[0].start : name[at - 1].end]
            name = name[at:]
        out.append(
            _Candidate(tuple(name), role, titled=True, strong=strong, given_title=given_title)
        )
        out.extend(_untitled(p) for p in pieces[1:])
    return out


def _untitled(words: list[_Word]) -> _Candidate:
    """A name without a title, from its first given name when words that are
    not names stand before it (``Democrat Tim Kaine`` → ``Tim Kaine``).
    """
    at = next(
        (
            k
            for k, w in enumerate(words)
            if (_is_given(w.text) or _is_initial(w.text)) and _name_count(words[k:]) >= 2
        ),
        0,
    )
    if any(w.text.casefold() in lex.PLACE_FIRST_WORDS for w in words[:at]):
        at = 0  # ``Fort George G. Meade`` is a place, not ``George G. Meade``
    return _Candidate(tuple(words[at:]), None, titled=False, strong=False)


def _trim(words: Sequence[_Word]) -> list[_Word]:
    """Drop connectors at either end and particles at the end: a name ends
    capitalised, and starts so unless it is a surname with its particles
    (``Later van der Berg left``).
    """
    start, end = 0, len(words)
    while start < end and _is_lower(words[start].text) and words[start].text not in lex.PARTICLES:
        start += 1
    if start < end and words[start].text in lex.PARTICLES:
        particles = start
        while particles < end and words[particles].text in lex.PARTICLES:
            particles += 1
        if particles == end:
            start = end
    while end > start and _is_lower(words[end - 1].text):
        end -= 1
    return list(words[start:end])


def _pieces(words: list[_Word]) -> list[list[_Word]]:
    """Cut words at connectors (``of``, ``the``) that no name has inside it."""
    pieces: list[list[_Word]] = [[]]
    for word in words:
        if word.text in _CONNECTORS:
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [trimmed for piece in pieces if (trimmed := _trim(piece))]


def _is_thing(words: Sequence[_Word]) -> bool:
    """An organisation, a place or a thing rather than a person."""
    joined = " ".join(w.text for w in words).casefold()
    if joined in lex.PLACE_NAMES or joined in _NEWS_ORGS:
        return True
    return any(w.text.casefold().rstrip(".") in lex.ORGANIZATION_WORDS for w in words)


def _name_count(words: Sequence[_Word]) -> int:
    """How many words of ``words`` can be names: no particles, initials,
    suffixes or ordinals.
    """
    count = 0
    for w in words:
        word = w.text
        if word[0].isdigit() or (word[0].islower() and not _ARABIC_ARTICLE.match(word)):
            continue  # ordinals, particles
        if not _is_initial(word) and not _is_suffix(word):
            count += 1
    return count


def _is_acronym(word: str) -> bool:
    """``NATO``, ``CBS``: capitals that no name table knows (``JOHN`` is a name)."""
    return (
        word.isupper()
        and len(word.rstrip(".")) <= 5
        and not _is_initial(word)
        and not _is_given(word)
        and not _is_family(word)
    )


# --- context ------------------------------------------------------------------------


def _word_before(text: str, start: int, floor: int) -> str:
    """The word just before ``start`` (a comma after it dropped), or ``""``."""
    words = text[max(floor, start - 30) : start].split()
    return words[-1].rstrip(",") if words else ""


def _job_before(text: str, start: int, floor: int) -> str | None:
    if _word_before(text, start, floor).casefold() not in lex.JOB_WORDS:
        return None  # the common case, decided without the pattern
    match = _JOB_BEFORE.search(text, max(floor, start - _CONTEXT_WINDOW), start)
    return match["role"] if match else None


def _affiliation_before(text: str, start: int, floor: int) -> str | None:
    if not _word_before(text, start, floor).endswith(("'", "’", "'s", "’s")):
        return None  # no possessive before the name
    match = _AFFILIATION.search(text, max(floor, start - _CONTEXT_WINDOW), start)
    if match is None:
        return None
    org = match["org"]
    words = org.split()
    if (
        org.casefold() in _NEWS_ORGS
        or any(w.casefold().rstrip(".") in lex.ORGANIZATION_WORDS for w in words)
        or (len(words) == 1 and _is_acronym(org))
    ):
        return org
    return None


def _apposition(text: str, end: int, ceiling: int) -> str | None:
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


def _party_state(text: str, end: int, ceiling: int) -> str | None:
    match = _PARTY_STATE.match(text, end, min(ceiling, end + 30))
    return match["tag"] if match else None


def _said_after(text: str, end: int, ceiling: int) -> bool:
    return _SAID_AFTER.match(text, end, min(ceiling, end + 20)) is not None


# --- people -----------------------------------------------------------------------


@attrs.define
class _Draft:
    """A person while the text is read."""

    key: tuple[str, ...]
    mentions: list[Mention] = attrs.Factory(list)
    roles: list[str] = attrs.Factory(list)
    affiliations: list[str] = attrs.Factory(list)
    party_state: str | None = None
    names: list[str] = attrs.Factory(list)
    """Every full form the text uses, to pick the fullest."""
    titled: bool = False
    given_title: bool = False

    forms: dict[str, str] = attrs.Factory(dict)
    """Each way the text writes this person, kept once: a thousand mentions
    ``Lavrov`` share one string.
    """

    def add_mention(self, text: str, start: int, end: int) -> None:
        raw = text[start:end]
        raw = self.forms.setdefault(raw, raw)
        self.mentions.append(Mention(text=raw, span=Span(start=start, end=end)))

    def add_role(self, role: str | None) -> None:
        if role and role.casefold() not in {r.casefold() for r in self.roles}:
            self.roles.append(role)

    def add_affiliation(self, org: str | None) -> None:
        if org and org not in self.affiliations:
            self.affiliations.append(org)


_Window = Span
"""A stretch of the text to read: the caller's own spans, so a window per
paragraph costs no record of its own."""


def _windows(text: str, windows: Sequence[Span] | None) -> list[_Window]:
    if windows is None:
        return [Span(start=0, end=len(text))]
    out = []
    given: Sequence[object] = windows  # checked: callers may pass anything
    for item in given:
        if not isinstance(item, Span):
            msg = f"windows must hold Span records, got {type(item).__name__}"
            raise TypeError(msg)
        inside = item.end <= len(text)
        out.append(item if inside else Span(start=min(item.start, len(text)), end=len(text)))
    return sorted(out, key=lambda w: w.start)


def extract_people(text: str, *, windows: Sequence[Span] | None = None) -> tuple[Person, ...]:
    """Return the people ``text`` names, each with its roles and mentions.

    ``windows``, when given, limits the reading to those spans of ``text``
    (``parse_article`` passes the body paragraphs and the caption texts, so
    a headline in title case or a photographer in a credit is not read);
    people are still clustered across all of them. Mention spans are in the
    coordinates of ``text``; a mention covers the name as written, without
    a title before it or a possessive after it (``Lavrov`` in
    ``Lavrov's``). People are returned in the order of their first mention.

    >>> text = "Russian Foreign Minister Sergei Lavrov spoke. Lavrov's aide left."
    >>> [(p.name, p.family, p.roles, len(p.mentions)) for p in extract_people(text)]
    [('Sergei Lavrov', 'Lavrov', ('Russian Foreign Minister',), 2)]
    """
    check_text(text)
    drafts: list[_Draft] = []
    by_key: dict[tuple[str, ...], _Draft] = {}
    pending: list[tuple[_Candidate, _Window]] = []
    """Surname-shaped candidates, resolved once every full name is known."""
    events: list[tuple[int, _Draft]] = []
    """(mention start, person) for the full-name mentions, to find recency."""

    judged, lone = _judge_all(text, _windows(text, windows))
    judged.reverse()  # popped from the end, in text order: each is freed once it is a mention
    while judged:
        cand, window, accepted = judged.pop()
        if not accepted:
            pending.append((cand, window))
            continue
        key = cand.name_words
        draft = by_key.get(key)
        if draft is None:
            draft = _Draft(key=key)
            by_key[key] = draft
            drafts.append(draft)
        _record(text, draft, cand, window)
        events.append((cand.start, draft))

    _merge_single_names(drafts, by_key, events)
    _resolve_surnames(text, drafts, pending, lone, events)
    people = [_person(d) for d in drafts if d.mentions]
    return tuple(sorted(people, key=lambda p: p.mentions[0].span.start))


def _plausible(text: str, cand: _Candidate, window: _Window) -> bool:
    """Whether the candidate has the shape of a name at all."""
    words = cand.words
    count = _name_count(words)
    if count == 0 or count > _MAX_NAME_WORDS or _is_thing(words):
        return False
    names = [w.text for w in words if not _is_lower(w.text)]
    if all(_is_acronym(w) for w in names) or any(len(w) == 1 for w in names):
        return False  # ``NATO``, ``Protected B``
    if names[0].casefold() in lex.PLACE_FIRST_WORDS or names[0][:1].isdigit():
        return False
    owned = _OWNS_THING.match(text, cand.end, window.end)
    # ``Korean People's Army``
    return not (owned and owned["head"].casefold() in lex.ORGANIZATION_WORDS)


def _judge(text: str, cand: _Candidate, window: _Window, *, after_person: bool) -> bool:
    """Whether the candidate is plainly a person's full name or a titled name.

    ``after_person`` says the candidate follows a person in a list
    (``Senators Ted Kennedy and Sherrod Brown``). A candidate judged not a
    person may still be one by later evidence (:func:`_weak_name`) or a
    surname, resolved once every name is known.
    """
    if len(cand.words) == 1 and not cand.titled:
        return False  # a lone word is a surname at most, or a job's object
    if not _plausible(text, cand, window):
        return False
    words = cand.words
    count = _name_count(words)
    names = [w.text for w in words if not _is_lower(w.text)]
    if cand.titled and (count >= 2 or cand.strong):
        return True
    if _is_initial(names[0]) and names[0] not in _NOT_INITIALS:
        return (names[-1].casefold(),) not in lex.TITLE_WORDS  # ``M. Waugh``, ``J.D. Salinger``
    if not _weak_name(cand):
        return False
    last = names[-1]
    if _ARABIC_ARTICLE.match(last) or _is_given(names[0]):
        return True  # ``Abu Bakr al-Baghdadi``, ``Hamid Karzai``
    return after_person or _has_context(text, cand, window)


def _weak_name(cand: _Candidate) -> bool:
    """Two or three name words that could be a name nobody vouched for yet."""
    count = _name_count(cand.words)
    if not 2 <= count <= 3:
        return False
    names = [w.text for w in cand.words if not _is_lower(w.text)]
    last = names[-1]
    if last in _STOP or (last.casefold(),) in lex.TITLE_WORDS:
        return False  # ``Fallen Airmen``, ``LA Sheriff``
    if (
        last.endswith("ing")
        and not _is_family(last)
        and names[0].casefold() not in lex.FAMILY_FIRST
    ):
        return False  # ``Bill Paying``: a heading, not a name
    return not (last.endswith("s") and not _is_family(last))  # ``Energy Saving Teams``


def _single_job(text: str, cand: _Candidate, window: _Window) -> bool:
    """One word after a job word (``photographer Reza``, ``daughter, Gloria``)
    or before an apposition with one (``Reza, a photographer,``).
    """
    if cand.titled or len(cand.words) != 1:
        return False
    job = _word_before(text, cand.start, window.start).casefold() in lex.JOB_WORDS
    if not job and not text.startswith(",", cand.end):
        return False  # the common case: no job word before, no apposition after
    word = cand.words[0].text
    if word.casefold() in lex.PLACE_NAMES or _is_acronym(word) or _is_thing(cand.words):
        return False
    if not (_is_given(word) or _is_family(word)):
        return False
    if job and _job_before(text, cand.start, window.start) is not None:
        return True
    return (
        text.startswith(",", cand.end)
        and word.casefold() not in _NEWS_ORGS
        and _apposition(text, cand.end, window.end) is not None
    )


_OWNS_THING = regex.compile(r"['’]s[ \t\u00a0]+(?P<head>\p{Lu}[\p{L}\p{M}]*)")


_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)\Z")
"""What stands between two names of a list: ``, ``, `` and ``, ``, and ``."""


class _LoneWords:
    """Lone capitalised words nobody vouched for (``Taliban``, ``Lavrov``).

    Most candidates of an article are such words, and most of them are never
    anybody's mention. They wait for the surname pass as offsets in arrays
    rather than as records: a record each would cost more memory than the
    text they were read from (issue 7).
    """

    def __init__(self, windows: list[_Window], typecode: str) -> None:
        self.windows = windows
        self.typecode = typecode
        """``i`` (4 bytes) for a text shorter than 2**31 characters, else ``q``."""
        self.starts = array(typecode)
        self.ends = array(typecode)
        self.window_at = array(typecode)
        """Index of each word's window in ``windows``."""
        self.slots = array(typecode)
        """Each word's place among the judged candidates: the index it precedes."""

    def __len__(self) -> int:
        return len(self.starts)

    def add(self, cand: _Candidate, window_index: int, slot: int) -> None:
        self.starts.append(cand.start)
        self.ends.append(cand.end)
        self.window_at.append(window_index)
        self.slots.append(slot)

    def matching(self, text: str, keys: Container[str]) -> Iterator[tuple[_Candidate, _Window]]:
        """The candidates of the words whose casefolded text is one of
        ``keys``, in text order, made one at a time.
        """
        starts = self.starts
        order: Iterable[int] = range(len(starts))
        if any(starts[i] > starts[i + 1] for i in range(len(starts) - 1)):
            order = sorted(order, key=starts.__getitem__)  # windows that overlap
        for i in order:
            word = text[starts[i] : self.ends[i]]
            if word.casefold() in keys and not _is_suffix(word):
                yield self.get(text, i)

    def get(self, text: str, i: int) -> tuple[_Candidate, _Window]:
        """The candidate of word ``i`` again, as :func:`_candidates` made it."""
        start, end = self.starts[i], self.ends[i]
        cand = _Candidate((_Word(text[start:end], start),), None, titled=False, strong=False)
        return cand, self.windows[self.window_at[i]]


def _is_lone(cand: _Candidate) -> bool:
    return len(cand.words) == 1 and cand.role is None and not cand.titled and not cand.strong


def _judge_all(
    text: str, windows: list[_Window]
) -> tuple[list[tuple[_Candidate, _Window, bool]], _LoneWords]:
    """Every candidate with its verdict, in text order, and apart from them
    the lone words nobody vouched for.

    A first pass judges each candidate on its own. A second one accepts a
    name nobody vouched for when the text names it again by its last word
    alone (``Barack Obama`` … ``Obama``), when it stands in a list before a
    person (``Amrullah Saleh and Ahmad Massoud``), or when it is a given
    name the text uses alone (:func:`_count_given_alone`). The first pass
    streams: it keeps what the second needs, not every candidate.
    """
    judged: list[tuple[_Candidate, _Window, bool]] = []
    lone = _LoneWords(windows, "i" if len(text) < 2**31 else "q")
    wanted: set[str] = set()
    """Last words of the names nobody vouched for: ``obama`` of ``Barack Obama``."""
    given_counts: dict[str, int] = {}
    before_person: set[int] = set()
    """Indices in ``judged`` of the candidates right before a person in a list."""
    waiting: int | None = None
    """Index in ``judged`` of the last candidate turned down, until the next one is read."""
    for window_index, window in enumerate(windows):
        previous_end = -1
        for cand in _candidates(text, window.start, window.end):
            after_person = (
                previous_end >= 0 and _LIST_GAP.match(text, previous_end, cand.start) is not None
            )
            accepted = _judge(text, cand, window, after_person=after_person) or _single_job(
                text, cand, window
            )
            if waiting is not None:
                before, before_window, _ = judged[waiting]
                if (
                    accepted
                    and before_window is window
                    and _LIST_GAP.match(text, before.end, cand.start) is not None
                ):
                    before_person.add(waiting)
                waiting = None
            if accepted:
                previous_end = cand.end
                judged.append((cand, window, accepted))
                continue
            _count_given_alone(text, cand, window, given_counts)
            if _is_lone(cand):
                lone.add(cand, window_index, len(judged))
                continue
            if len(cand.words) > 1:
                wanted.add(cand.words[-1].text.casefold())
            waiting = len(judged)
            judged.append((cand, window, accepted))

    # words named alone in a way only people are: ``Obama said``, ``President Obama``
    alone = {
        word
        for cand, window, accepted in judged
        if len(cand.words) == 1
        and (word := cand.words[0].text.casefold()) in wanted
        and (cand.titled if accepted else _said_after(text, cand.end, window.end))
    }
    for i in range(len(lone)):
        start, end = lone.starts[i], lone.ends[i]
        word = text[start:end].casefold()
        if word in wanted and _said_after(text, end, windows[lone.window_at[i]].end):
            alone.add(word)
    given_alone = {
        word
        for word, count in given_counts.items()
        if count >= _MIN_GIVEN_ALONE and word.casefold() not in lex.PLACE_NAMES
    }

    for i, (cand, window, accepted) in enumerate(judged):
        if not accepted and len(cand.words) == 1 and cand.words[0].text in given_alone:
            judged[i] = (cand, window, True)
            continue
        if accepted or not _weak_name(cand) or not _plausible(text, cand, window):
            continue
        if any(_is_acronym(w.text) for w in cand.words):
            continue
        if i in before_person or cand.words[-1].text.casefold() in alone:
            judged[i] = (cand, window, True)
    return _accept_given_alone(text, judged, lone, given_alone)


def _accept_given_alone(
    text: str,
    judged: list[tuple[_Candidate, _Window, bool]],
    lone: _LoneWords,
    given_alone: set[str],
) -> tuple[list[tuple[_Candidate, _Window, bool]], _LoneWords]:
    """Move the lone words that are given names used alone into ``judged``,
    accepted, each in its place in text order.
    """
    if not given_alone:
        return judged, lone
    rest = _LoneWords(lone.windows, lone.typecode)
    merged: list[tuple[_Candidate, _Window, bool]] = []
    taken = 0
    for i in range(len(lone)):
        start, end, slot = lone.starts[i], lone.ends[i], lone.slots[i]
        if text[start:end] not in given_alone:
            rest.starts.append(start)
            rest.ends.append(end)
            rest.window_at.append(lone.window_at[i])
            rest.slots.append(slot)
            continue
        merged.extend(judged[taken:slot])
        taken = slot
        cand, window = lone.get(text, i)
        merged.append((cand, window, True))
    merged.extend(judged[taken:])
    return merged, rest


_MIN_GIVEN_ALONE = 2
"""How often a given name must stand alone inside sentences to be a person."""


def _count_given_alone(
    text: str, cand: _Candidate, window: _Window, counts: dict[str, int]
) -> None:
    """Count a given name the text uses alone, as people are called by their
    first name in features (``… beatings, Martha assigned him …``): a word
    only the given-name table knows, alone inside a sentence. Called for the
    candidates the first pass turned down; twice makes a person.
    """
    if len(cand.words) != 1 or cand.titled:
        return
    word = cand.words[0].text
    if not word[1:].islower() or not _is_given(word) or _is_family(word):
        return
    before = text[max(window.start, cand.start - 3) : cand.start].rstrip()
    if not before or before[-1] in _SENTENCE_OPENERS:
        return
    if _word_before(text, cand.start, window.start).casefold() in _PLACE_PREPOSITIONS:
        counts[word] = -len(text)  # ``in Arlington``: a place, whatever else it is
    else:
        counts[word] = counts.get(word, 0) + 1


_PLACE_PREPOSITIONS = frozenset(lex.function_words("place_preposition"))
_SENTENCE_OPENERS = frozenset(".!?\"“”‘'(:;—–-")


def _has_context(text: str, cand: _Candidate, window: _Window) -> bool:
    return (
        _job_before(text, cand.start, window.start) is not None
        or _apposition(text, cand.end, window.end) is not None
        or _affiliation_before(text, cand.start, window.start) is not None
        or _party_state(text, cand.end, window.end) is not None
        or _said_after(text, cand.end, window.end)
    )


def _record(text: str, draft: _Draft, cand: _Candidate, window: _Window) -> None:
    draft.add_mention(text, cand.start, cand.end)
    draft.names.append(" ".join(w.text for w in cand.words))
    draft.titled = draft.titled or cand.titled
    draft.given_title = draft.given_title or cand.given_title
    draft.add_role(cand.role)
    draft.add_role(_job_before(text, cand.start, window.start) if cand.role is None else None)
    draft.add_role(_apposition(text, cand.end, window.end))
    draft.add_affiliation(_affiliation_before(text, cand.start, window.start))
    tag = _party_state(text, cand.end, window.end)
    if tag and draft.party_state is None:
        draft.party_state = tag


def _merge_single_names(
    drafts: list[_Draft], by_key: dict[tuple[str, ...], _Draft], events: list[tuple[int, _Draft]]
) -> None:
    """A titled single name (``Sen. Carper``) joins the full name with that
    family name (``Tom Carper``) when exactly one has it.
    """
    by_family: dict[str, list[_Draft]] = {}
    for draft in drafts:
        family = _family_key(draft) if len(draft.key) > 1 else None
        if family:
            by_family.setdefault(family, []).append(draft)
    merged: dict[int, _Draft] = {}
    for draft in drafts:
        if len(draft.key) != 1:
            continue
        matches = by_family.get(draft.key[0], [])
        if len(matches) != 1:
            continue
        target = matches[0]
        target.mentions.extend(draft.mentions)
        target.mentions.sort(key=lambda m: m.span.start)
        for role in draft.roles:
            target.add_role(role)
        for org in draft.affiliations:
            target.add_affiliation(org)
        target.party_state = target.party_state or draft.party_state
        draft.mentions.clear()
        del by_key[draft.key]
        merged[id(draft)] = target
    if merged:
        drafts[:] = [d for d in drafts if id(d) not in merged]
        events[:] = [(at, merged.get(id(d), d)) for at, d in events]


@functools.cache
def _family_of(name_words: tuple[str, ...]) -> str | None:
    _given, family = split_name(" ".join(name_words))
    return family.casefold() if family else None


def _family_key(draft: _Draft) -> str | None:
    return _family_of(draft.key)


def _resolve_surnames(
    text: str,
    drafts: list[_Draft],
    pending: list[tuple[_Candidate, _Window]],
    lone: _LoneWords,
    events: list[tuple[int, _Draft]],
) -> None:
    """Give each surname-shaped mention (of ``pending`` and ``lone``) to the
    person with that family name who was mentioned most recently before it
    (else first after it).
    """
    families: dict[str, list[_Draft]] = {}
    for draft in drafts:
        family = _family_key(draft) or (draft.key[0] if len(draft.key) == 1 else None)
        if family:
            families.setdefault(family, []).append(draft)
            last = draft.key[-1]
            if last != family:
                families.setdefault(last, []).append(draft)
    if not families:
        return
    # where each person is named, sorted, to find the latest mention before a point
    seen: dict[int, list[int]] = {id(d): [] for d in drafts}
    for at, draft in events:
        seen[id(draft)].append(at)
    for starts in seen.values():
        starts.sort()

    def surname_key(cand: _Candidate) -> str:
        return " ".join(w.text for w in cand.words if not _is_suffix(w.text)).casefold()

    named = sorted(
        ((cand, window) for cand, window in pending if surname_key(cand) in families),
        key=lambda p: p[0].start,
    )
    for cand, window in heapq.merge(named, lone.matching(text, families), key=lambda p: p[0].start):
        options = families[surname_key(cand)]
        if _is_thing(cand.words):
            continue
        draft = nearest(options, cand.start, lambda d: seen[id(d)])
        draft.add_mention(text, cand.start, cand.end)
        draft.add_role(cand.role)
        draft.add_role(_apposition(text, cand.end, window.end))
        bisect.insort(seen[id(draft)], cand.start)
    for draft in drafts:
        draft.mentions.sort(key=lambda m: m.span.start)


def _person(draft: _Draft) -> Person:
    fullest = max(draft.names, key=lambda n: (len(n.split()), len(n)))
    name = title_case_name(_POSSESSIVE.sub("", fullest)) if fullest.isupper() else fullest
    given, family = split_name(name)
    if len(name.split()) == 1 and draft.titled:
        # ``Prince Harry``: a given name; ``President Bush``: a family name
        given, family = (name, None) if draft.given_title else (None, name)
    return Person(
        name=name,
        given=given,
        family=family,
        roles=tuple(draft.roles),
        mentions=tuple(draft.mentions),
        affiliations=tuple(draft.affiliations),
        party_state=draft.party_state,
    )
