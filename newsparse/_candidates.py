"""Names in runs of capitalised words: the candidates the people finder judges.

:func:`find_candidates` reads every run of capitalised words of a window
(``Russian Foreign Minister Sergei Lavrov``), with the particles and title
connectors a run may hold (``von der Leyen``, ``Chief of Staff``), cuts it at
function words, days and months, and splits each part into the title before
the name (``Russian Foreign Minister``, read from the shared title table)
and the name itself (``Sergei Lavrov``): a :class:`Candidate`. Whether the
name is a person's is :mod:`newsparse.people`'s judgement.

The shapes of name words (initials, suffixes, given and family names from
the name tables, particles, acronyms, organisation and place words) and
:func:`split_name` live here too: they are what a name is made of.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from . import _lexicon as lex
from ._lazy import LazyPattern
from .errors import check_text

__all__ = [
    "ARABIC_ARTICLE",
    "MAX_NAME_WORDS",
    "NEWS_ORGS",
    "NOT_INITIALS",
    "POSSESSIVE",
    "STOP",
    "Candidate",
    "Word",
    "find_candidates",
    "is_acronym",
    "is_family",
    "is_given",
    "is_initial",
    "is_lower",
    "is_suffix",
    "is_thing",
    "name_count",
    "split_name",
]

# --- tables -----------------------------------------------------------------

STOP = frozenset([*lex.PEOPLE_STOPWORDS, *lex.MONTH_NAMES, *lex.WEEKDAYS])
"""Capitalised words that are never part of a personal name, the months
and the weekdays written out (``Sun`` and ``Sat`` are also names)."""
_STOP_CAPS = frozenset(word.upper() for word in STOP)
NEWS_ORGS = lex.casefolded(lex.NEWS_ORGANIZATIONS)
_PREPOSITIONS = frozenset(lex.function_words("preposition"))
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
_RUN = LazyPattern(
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
NOT_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y."})
"""Abbreviations of places shaped like initials (``U.S. Airmen``)."""
ARABIC_ARTICLE = regex.compile(
    r"\L<prefixes>[-’']\p{Lu}", prefixes=lex.longest_first(lex.NAME_PREFIXES)
)
"""A name word with a particle glued on (``al-Baghdadi``, ``d'Estaing``)."""
POSSESSIVE = regex.compile(r"['’]s?(?![\p{L}\p{M}])")
_MAX_RUN_WORDS = 16
"""Runs of capitalised words longer than this are not read: a title and a
name together (``Air Force Chief of Staff Gen. Mark A. Welsh III``) are
twelve."""
MAX_NAME_WORDS = 4
"""A longer run of capitalised words is a headline or a name of a thing."""
# --- name shapes ----------------------------------------------------------------


def is_initial(word: str) -> bool:
    return word.endswith(".") and len(word) <= 6 and word.replace(".", "").isupper()


_SUFFIX_FORMS = frozenset(
    form
    for suffix in _SUFFIXES
    for base in (suffix.rstrip("."),)
    for cased in (base.capitalize(), base.upper(), base)
    for form in (cased, cased + ".")
)
"""Every way a suffix is written (``Jr.``, ``JR``, ``III``), for a set look-up."""


def is_suffix(word: str) -> bool:
    return word in _SUFFIX_FORMS


def is_given(word: str) -> bool:
    return word.casefold() in lex.name_tables()[0]


def is_family(word: str) -> bool:
    return word.casefold() in lex.name_tables()[1]


def is_lower(word: str) -> bool:
    """A particle or connector (``von``, ``of``), not ``al-Baghdadi``."""
    return word[:1].islower() and ARABIC_ARTICLE.match(word) is None


def _is_stop(word: str, next_word: str | None) -> bool:
    """A function word, day or month, unless a name plainly follows (``Will Smith``)."""
    if word not in STOP and word not in _STOP_CAPS:
        return False
    if word.casefold() in _PREPOSITIONS:
        return True  # ``In New Hartford``: a preposition before a place, whatever ``In`` is
    return not (
        next_word is not None
        and is_given(word)
        and not is_lower(next_word)
        and is_family(next_word)
        and next_word not in STOP
    )


def _after_initial(part: list[Word]) -> bool:
    """Whether the part ends in an initial, after which a stop word is a
    name (``K. More``).
    """
    return bool(part) and is_initial(part[-1].text) and part[-1].text not in NOT_INITIALS


def _is_title(words: Sequence[str]) -> bool:
    """Whether the words end in a title (``Chief Warrant Officer``)."""
    return any(_title_length(words, i) == len(words) - i for i in range(len(words)))


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
    while len(words) > 1 and is_suffix(words[-1].rstrip(",")):
        words.pop()
    words = [w.rstrip(",") for w in words]
    if not words:
        return None, None
    if len(words) == 1:
        word = words[0]
        if is_given(word):
            return word, None
        return None, word
    if words[0].casefold() in lex.FAMILY_FIRST and not is_family(words[-1]):
        return " ".join(words[1:]), words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in lex.PARTICLES:
        start -= 1
    return words[0], " ".join(words[start:])


# --- candidates -------------------------------------------------------------------


class Word(NamedTuple):
    """One word of a run and where it starts (a tuple: made for every word;
    its end is computed, not stored, to keep one integer fewer per word).
    """

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Candidate(NamedTuple):
    """A name found in a run, before it is known to be a person's."""

    words: tuple[Word, ...]
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
            if not is_initial(w.text) and not is_suffix(w.text)
        )


def find_candidates(text: str, start: int, end: int) -> Iterator[Candidate]:
    """Every name-shaped stretch of capitalised words in ``text[start:end]``."""
    for match in _RUN.finditer(text, start, end):
        spans = match.spans("word")
        if len(spans) == 1:
            # the common case: one capitalised word, ``The`` or ``Lavrov``
            s, e = spans[0]
            word = text[s:e]
            if word not in STOP and word not in _STOP_CAPS:
                yield Candidate((Word(word, s),), None, titled=False, strong=False)
            continue
        if len(spans) > _MAX_RUN_WORDS:
            continue  # a headline or a list in capitals, not a name with its title
        words = [Word(text[s:e], s) for s, e in spans]
        yield from _cut_run(text, words)


def _cut_run(text: str, words: list[Word]) -> list[Candidate]:
    """Cut one run into parts at function words, then each part into title and name."""
    out: list[Candidate] = []
    part: list[Word] = []
    for i, word in enumerate(words):
        nxt = words[i + 1].text if i + 1 < len(words) else None
        if _is_stop(word.text, nxt) and not _after_initial(part):
            out.extend(_cut_part(text, part))
            part = []
        elif word.text.isdigit() and not _is_title([w.text for w in part]):
            # ``Denver 10 MIAMI 9``: digits never join a name; a rank's
            # grade does (``Chief Warrant Officer 2 Anton Rusk``)
            out.extend(_cut_part(text, part))
            part = []
        else:
            part.append(word)
    out.extend(_cut_part(text, part))
    return out


def _cut_part(text: str, part: list[Word]) -> list[Candidate]:
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
            and not all(is_suffix(t) for t in texts[end:])
        ):
            name_at, title_at = end, i
    if title_at < 0:
        return [_untitled(text, p) for p in _pieces(part)]
    title_words = tuple(w.casefold() for w in texts[title_at:name_at])
    kind = lex.TITLE_WORDS.get(title_words, "")
    pieces = _pieces(part[name_at:])
    out: list[Candidate] = []
    if pieces and pieces[0][0] is not part[name_at]:
        # ``Secretary of Energy Samuel W. Bodman``: the title runs on through
        # ``of``; the name is the last piece, from its first given name.
        last = pieces[-1]
        at = next((k for k, w in enumerate(last) if is_given(w.text)), -1)
        if at < 0 or name_count(last[at:]) < 2:
            return [Candidate(tuple(p), None, titled=False, strong=False) for p in pieces]
        if at:
            role_end = last[at - 1].end
        else:
            role_end = pieces[-2][-1].end if len(pieces) > 1 else part[name_at - 1].end
        return [
            Candidate(tuple(last[at:]), text[part[0].start : role_end], titled=True, strong=True)
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
        if at and name_count(name[at:]) >= 1:
            role = text[part[0].start : name[at - 1].end]
            name = name[at:]
        out.append(
            Candidate(tuple(name), role, titled=True, strong=strong, given_title=given_title)
        )
        out.extend(_untitled(text, p) for p in pieces[1:])
    return out


def _untitled(text: str, words: list[Word]) -> Candidate:
    """A name without a title, from its first given name when words that are
    not names stand before it (``Democrat Tim Kaine`` → ``Tim Kaine``), and
    without the nationality or the job before it (``Swiss Martina Keller``,
    ``Midfielder Jo Roe scored``).
    """
    words = words[_leads(text, words) :]
    at = next(
        (
            k
            for k, w in enumerate(words)
            if (is_given(w.text) or is_initial(w.text)) and name_count(words[k:]) >= 2
        ),
        0,
    )
    if any(w.text.casefold() in lex.PLACE_FIRST_WORDS for w in words[:at]):
        at = 0  # ``Fort George G. Meade`` is a place, not ``George G. Meade``
    return Candidate(tuple(words[at:]), None, titled=False, strong=False)


def _leads(text: str, words: list[Word]) -> int:
    """How many words at the start of a run say what the person is: the
    nationalities with two name words after them (``Swiss Martina Keller``,
    but ``Swiss Varnco``), and a job word capitalised because it opens the
    sentence (``Midfielder Jo Roe scored``, but ``the Singer Harbour Regatta``).
    """
    lead = 0
    while len(words) - lead > 2 and words[lead].text.casefold() in lex.NATIONALITIES:
        lead += 1
    if lead == 0 and len(words) > 1 and words[0].text.casefold() in lex.JOB_WORDS:
        before = text[max(0, words[0].start - 3) : words[0].start].rstrip(" \t\u00a0")
        if not before or before[-1] in _SENTENCE_OPENERS:
            lead = 1
    return lead


_SENTENCE_OPENERS = frozenset(".!?\"“‘'(:;—–-\n")


def _trim(words: Sequence[Word]) -> list[Word]:
    """Drop connectors at either end, and particles and numbers at the end:
    a name ends capitalised (``S. Waugh`` in ``S. Waugh 8``: a number after
    a name, in a score or a table, is no part of it), and starts so unless
    it is a surname with its particles (``Later van der Berg left``).
    """
    start, end = 0, len(words)
    while start < end and is_lower(words[start].text) and words[start].text not in lex.PARTICLES:
        start += 1
    if start < end and words[start].text in lex.PARTICLES:
        particles = start
        while particles < end and words[particles].text in lex.PARTICLES:
            particles += 1
        if particles == end:
            start = end
    while end > start and (is_lower(words[end - 1].text) or words[end - 1].text[0].isdigit()):
        end -= 1
    return list(words[start:end])


def _pieces(words: list[Word]) -> list[list[Word]]:
    """Cut words at connectors (``of``, ``the``) that no name has inside it."""
    pieces: list[list[Word]] = [[]]
    for word in words:
        if word.text in _CONNECTORS:
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [trimmed for piece in pieces if (trimmed := _trim(piece))]


def is_thing(words: Sequence[Word]) -> bool:
    """An organisation, a place or a thing rather than a person."""
    joined = " ".join(w.text for w in words).casefold()
    if joined in lex.PLACE_NAMES or joined in NEWS_ORGS:
        return True
    return any(w.text.casefold().rstrip(".") in lex.ORGANIZATION_WORDS for w in words)


def name_count(words: Sequence[Word]) -> int:
    """How many words of ``words`` can be names: no particles, initials,
    suffixes or ordinals.
    """
    count = 0
    for w in words:
        word = w.text
        if word[0].isdigit() or (word[0].islower() and not ARABIC_ARTICLE.match(word)):
            continue  # ordinals, particles
        if not is_initial(word) and not is_suffix(word):
            count += 1
    return count


def is_acronym(word: str) -> bool:
    """``NATO``, ``CBS``: capitals that no name table knows (``JOHN`` is a name)."""
    return (
        word.isupper()
        and len(word.rstrip(".")) <= 5
        and not is_initial(word)
        and not is_given(word)
        and not is_family(word)
    )
