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

import attrs
import regex

from . import _lexicon as lex
from ._candidates import (
    ARABIC_ARTICLE,
    MAX_NAME_WORDS,
    NEWS_ORGS,
    NOT_INITIALS,
    POSSESSIVE,
    STOP,
    Candidate,
    Word,
    find_candidates,
    is_acronym,
    is_family,
    is_given,
    is_initial,
    is_lower,
    is_suffix,
    is_thing,
    name_count,
    split_name,
)
from ._context import (
    affiliation_before,
    after_article,
    apposition,
    has_context,
    job_before,
    named_alone_as_person,
    party_state,
    word_before,
)
from ._evidence import (
    family_prior,
    in_capitals_line,
    odd_shaped,
    place_use,
    places_are_no_names,
    solo_evidence,
    solo_people,
    split_capitals,
    titled_word,
)
from ._names import title_case_name
from ._recency import nearest
from ._types import Mention, Person, Span
from .errors import check_text

__all__ = ["extract_people", "split_name"]


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
    pending: list[tuple[Candidate, _Window]] = []
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


def _plausible(text: str, cand: Candidate, window: _Window) -> bool:
    """Whether the candidate has the shape of a name at all."""
    words = cand.words
    count = name_count(words)
    if count == 0 or count > MAX_NAME_WORDS or is_thing(words):
        return False
    names = [w.text for w in words if not is_lower(w.text)]
    if all(is_acronym(w) for w in names):
        return False  # ``NATO``
    if names[0].casefold() in lex.PLACE_FIRST_WORDS or names[0][:1].isdigit():
        return False
    if names[-1].casefold() in lex.NATIONALITIES and all(
        is_initial(w) or w.casefold() in _NATION_WORDS for w in names
    ):
        return False  # ``Bosnian Serb``, ``S. African``
    if in_capitals_line(text, cand):
        return False
    owned = _OWNS_THING.match(text, cand.end, window.end)
    # ``Korean People's Army``
    return not (owned and owned["head"].casefold() in lex.ORGANIZATION_WORDS)


_NATION_WORDS = lex.NATIONALITIES | lex.PLACE_NAMES


def _judge(text: str, cand: Candidate, window: _Window, *, after_person: bool) -> bool:
    """Whether the candidate is plainly a person's full name or a titled name.

    ``after_person`` says the candidate follows a person in a list
    (``Senators Ted Kennedy and Sherrod Brown``). A candidate judged not a
    person may still be one by later evidence (:func:`_weak_name`) or a
    surname, resolved once every name is known.
    """
    if len(cand.words) == 1 and not cand.titled:
        return False  # a lone word is a surname at most, or a job's object
    if not cand.titled and after_article(text, cand.start, cand.end, window, strict=True):
        return False  # ``the Oakdale Harriers``: a team, a firm, a thing
    if not _plausible(text, cand, window):
        return False
    words = cand.words
    count = name_count(words)
    names = [w.text for w in words if not is_lower(w.text)]
    if cand.titled and (count >= 2 or cand.strong):
        return True
    if cand.titled and count == 1 and titled_word(text, cand, window):
        return True  # ``General Kratovic``
    if is_initial(names[0]) and names[0] not in NOT_INITIALS:
        # ``M. Waugh``, ``J.D. Salinger``; but ``S. Korea``, ``N. Korean``
        return (names[-1].casefold(),) not in lex.TITLE_WORDS and not any(
            w.casefold() in lex.PLACE_NAMES or w.casefold() in lex.NATIONALITIES for w in names
        )
    if not _weak_name(cand):
        return False
    last = names[-1]
    if (ARABIC_ARTICLE.match(last) or is_given(names[0])) and not odd_shaped(names):
        return True  # ``Abu Bakr al-Baghdadi``, ``Hamid Karzai``
    if after_person or has_context(text, cand, window):
        return True
    # ``Cuban Aliandra Ortiz``: a nationality before a name one name table knows
    return (
        word_before(text, cand.start, window.start).casefold() in lex.NATIONALITIES
        and (is_given(names[0]) or is_family(last))
        and not odd_shaped(names)
    )


def _weak_name(cand: Candidate) -> bool:
    """Two or three name words that could be a name nobody vouched for yet."""
    count = name_count(cand.words)
    if not 2 <= count <= 3:
        return False
    names = [w.text for w in cand.words if not is_lower(w.text)]
    last = names[-1]
    if last in STOP:
        return False
    # ``LA Sheriff``, but ``Billie Jo King``: a title word a family name too
    return (last.casefold(),) not in lex.TITLE_WORDS or is_family(last)


def _single_job(text: str, cand: Candidate, window: _Window) -> bool:
    """One word after a job word (``photographer Reza``, ``daughter, Gloria``)
    or before an apposition with one (``Reza, a photographer,``).
    """
    if cand.titled or len(cand.words) != 1:
        return False
    job = word_before(text, cand.start, window.start).casefold() in lex.JOB_WORDS
    if not job and not text.startswith(",", cand.end):
        return False  # the common case: no job word before, no apposition after
    if in_capitals_line(text, cand):
        return False  # ``BARLOW TO COACH NICE``
    word = cand.words[0].text
    if word.casefold() in lex.PLACE_NAMES or word.casefold() in lex.NATIONALITIES:
        return False
    if is_acronym(word) or is_thing(cand.words):
        return False
    if not (is_given(word) or is_family(word)):
        return False
    if job and job_before(text, cand.start, window.start) is not None:
        return True
    return (
        text.startswith(",", cand.end)
        and word.casefold() not in NEWS_ORGS
        and apposition(text, cand.end, window.end) is not None
    )


_OWNS_THING = regex.compile(r"['’]s[ \t\u00a0]+(?P<head>\p{Lu}[\p{L}\p{M}]*)")


_LIST_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)\Z")
"""What stands between two names of a list: ``, ``, `` and ``, ``, and ``."""

# What stands between two names of a line-up (``Ian Roe (captain), Jo Doe,
# Ray\nLee and Tim Hay``): a note in brackets perhaps, then a comma or a
# semicolon, ``and``, or the line's end where a list wraps.
_LINEUP_GAP = regex.compile(
    r"""
    [ \t\u00a0]*
    (?: \( [^()\n]{1,40} \) [ \t\u00a0]* )?        # (captain), (Norway)
    (?: [,;] \s* (?: and [ \t\u00a0]+ )?
      | and [ \t\u00a0]+
      | \n [ \t\u00a0]* )
    \Z
    """,
    regex.VERBOSE,
)
# What ends a name of a line-up: the next gap, or the end of the list.
_LINEUP_ITEM_END = regex.compile(
    r"""
    [ \t\u00a0]*
    (?: \( [^()\n]{1,40} \) [ \t\u00a0]* )?
    (?: [,;.:!?)"”\n] | and [ \t\u00a0] | \Z )
    """,
    regex.VERBOSE,
)
# A name wrapped onto the next line goes on with the list only when a comma
# follows it (``Jo Doe, Ray\nLee, Tim Hay``), not a heading (``Bowling:``).
_LINEUP_WRAPPED = regex.compile(
    r"[ \t\u00a0]* (?: \( [^()\n]{1,40} \) [ \t\u00a0]* )? [,;]", regex.VERBOSE
)
_MIN_LINEUP = 3
"""How many names, one of them a person's, make a line-up."""


class _LineUp:
    """The names of a list being read, to take them all for people when one
    of them is a person's and every one is shaped like a name (a team
    line-up, a field of runners, the people a story lists): ``Ian Roe
    (captain), Jo Doe, Ray Lee`` names three people, ``Germany, France and
    Ian Roe`` one.
    """

    def __init__(self) -> None:
        self.items: list[tuple[bool, int, bool]] = []
        """(lone word?, index in ``lone`` or in ``judged``, accepted?) of each name."""
        self.end = -1
        self.window: _Window | None = None
        self.shaped = True
        """Whether every name so far could be a person's."""

    def continues(self, text: str, cand: Candidate, window: _Window) -> bool:
        if window is not self.window or self.end < 0:
            return False
        gap = _LINEUP_GAP.match(text, self.end, cand.start)
        if gap is None:
            return False
        return "\n" not in gap[0] or _LINEUP_WRAPPED.match(text, cand.end, window.end) is not None

    def add(
        self, cand: Candidate, window: _Window, item: tuple[bool, int, bool], *, shaped: bool
    ) -> None:
        self.items.append(item)
        self.end = cand.end
        self.window = window
        self.shaped = self.shaped and shaped

    def people(self) -> list[tuple[bool, int, bool]]:
        """The items to take for people: all, or none."""
        items = self.items
        if len(items) < _MIN_LINEUP or not self.shaped or not any(a for _l, _i, a in items):
            return []
        return items

    def reset(self, window: _Window) -> None:
        self.items = []
        self.shaped = True
        self.end = -1
        self.window = window


def _lineup_shaped(text: str, cand: Candidate, window: _Window, *, accepted: bool) -> bool:
    """Whether a name of a list could be a person's: a person already, or
    name words that are no place, organisation or acronym.
    """
    if accepted:
        return True
    words = cand.words
    if name_count(words) > 3 or not _plausible(text, cand, window):
        return False
    names = [w.text for w in words if not is_lower(w.text)]
    if len(names) > 1 and odd_shaped(names):
        return False  # ``Displaced Persons``
    unknown = len(names) == 1 and not (is_given(names[0]) or is_family(names[0]))
    if unknown and not _list_line(text, cand):
        # ``for Biogen, Michael Astrue, and …``: a word no name table knows
        # is a name of a list only on a line that is all list
        return False
    return not any(is_acronym(w) or w.casefold() in lex.PLACE_NAMES for w in names)


def _list_line(text: str, cand: Candidate) -> bool:
    """Whether the candidate's line is a list rather than prose: fewer than
    three words in lower case other than ``and`` (``Did not bat: Roe, Doe,
    Lee.``, a team line-up).
    """
    reach = _MAX_LIST_LINE_CHARS
    newline_before = text.rfind("\n", max(0, cand.start - reach), cand.start)
    if newline_before < 0 and cand.start > reach:
        return False  # a line this long is prose (reading it for each name would be n²)
    newline_after = text.find("\n", cand.end, cand.end + reach)
    if newline_after < 0 and len(text) - cand.end > reach:
        return False
    line_start = newline_before + 1
    line_end = len(text) if newline_after < 0 else newline_after
    lower = 0
    for word in _LINE_WORD.finditer(text, line_start, line_end):
        if word.group()[:1].islower() and word.group() != "and":
            lower += 1
            if lower >= _PROSE_LOWER_WORDS:
                return False
    return True


_PROSE_LOWER_WORDS = 3
_MAX_LIST_LINE_CHARS = 500
"""A line of a list (a line-up, a scorecard) is shorter than this on either
side of a name."""
_LINE_WORD = regex.compile(r"\S+")


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

    def add(self, cand: Candidate, window_index: int, slot: int) -> None:
        self.starts.append(cand.start)
        self.ends.append(cand.end)
        self.window_at.append(window_index)
        self.slots.append(slot)

    def matching(self, text: str, keys: Container[str]) -> Iterator[tuple[Candidate, _Window]]:
        """The candidates of the words whose casefolded text is one of
        ``keys``, in text order, made one at a time.
        """
        starts = self.starts
        order: Iterable[int] = range(len(starts))
        if any(starts[i] > starts[i + 1] for i in range(len(starts) - 1)):
            order = sorted(order, key=starts.__getitem__)  # windows that overlap
        for i in order:
            word = text[starts[i] : self.ends[i]]
            if word.casefold() in keys and not is_suffix(word):
                yield self.get(text, i)

    def get(self, text: str, i: int) -> tuple[Candidate, _Window]:
        """The candidate of word ``i`` again, as :func:`find_candidates` made it."""
        start, end = self.starts[i], self.ends[i]
        cand = Candidate((Word(text[start:end], start),), None, titled=False, strong=False)
        return cand, self.windows[self.window_at[i]]


def _is_lone(cand: Candidate) -> bool:
    return len(cand.words) == 1 and cand.role is None and not cand.titled and not cand.strong


def _judge_all(
    text: str, windows: list[_Window]
) -> tuple[list[tuple[Candidate, _Window, bool]], _LoneWords]:
    """Every candidate with its verdict, in text order, and apart from them
    the lone words nobody vouched for.

    A first pass judges each candidate on its own. A second one accepts a
    name nobody vouched for when the text names it again by its last word
    alone (``Barack Obama`` … ``Obama``), when it stands in a list before a
    person (``Amrullah Saleh and Ahmad Massoud``), or when it is a given
    name the text uses alone (:func:`_count_given_alone`). The first pass
    streams: it keeps what the second needs, not every candidate.
    """
    judged: list[tuple[Candidate, _Window, bool]] = []
    lone = _LoneWords(windows, "i" if len(text) < 2**31 else "q")
    wanted: set[str] = set()
    """Last words of the names nobody vouched for: ``obama`` of ``Barack Obama``."""
    given_counts: dict[str, int] = {}
    before_person: set[int] = set()
    """Indices in ``judged`` of the candidates right before a person in a list."""
    waiting: int | None = None
    """Index in ``judged`` of the last candidate turned down, until the next one is read."""
    lineup = _LineUp()
    in_lineups: set[int] = set()
    """Indices in ``lone`` of the words a line-up makes people."""

    def close_lineup() -> None:
        for is_lone_word, index, accepted in lineup.people():
            if is_lone_word:
                in_lineups.add(index)
            elif not accepted:
                cand, window, _ = judged[index]
                judged[index] = (cand, window, True)

    for window_index, window in enumerate(windows):
        previous_end = -1
        for cand in find_candidates(text, window.start, window.end):
            end = cand.end
            if lineup.items and not lineup.continues(text, cand, window):
                close_lineup()
                lineup.reset(window)
            listed = _LINEUP_ITEM_END.match(text, end, window.end) is not None
            if not listed and lineup.items:
                close_lineup()  # ``Jo Doe, Ray Lee and Olympic champions``: no name of the list
                lineup.reset(window)
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
                previous_end = end
                if listed:
                    lineup.add(cand, window, (False, len(judged), True), shaped=True)
                judged.append((cand, window, accepted))
                continue
            # read only for a name of a list that may still be a line-up
            shaped = listed and lineup.shaped and _lineup_shaped(text, cand, window, accepted=False)
            _count_given_alone(text, cand, window, given_counts)
            if _is_lone(cand):
                if listed:
                    lineup.add(cand, window, (True, len(lone), False), shaped=shaped)
                lone.add(cand, window_index, len(judged))
                continue
            if listed:
                lineup.add(cand, window, (False, len(judged), False), shaped=shaped)
            if len(cand.words) > 1:
                wanted.add(cand.words[-1].text.casefold())
            waiting = len(judged)
            judged.append((cand, window, accepted))

    close_lineup()

    # words named alone in a way only people are: ``Obama said``, ``President Obama``,
    # ``said Obama.``, ``Obama, 45,``
    alone = {
        word
        for cand, window, accepted in judged
        if len(cand.words) == 1
        and (word := cand.words[0].text.casefold()) in wanted
        and (cand.titled if accepted else named_alone_as_person(text, cand.start, cand.end, window))
    }
    solo: dict[str, tuple[int, list[int]]] = {}
    places: set[str] = set()
    """Lone words the text uses as places (``in Varnholt``)."""
    lone_words: set[str] = set()
    """Every lone word, case-folded: a later surname-only mention."""
    for i in range(len(lone)):
        start, end = lone.starts[i], lone.ends[i]
        word = text[start:end].casefold()
        if word in wanted and named_alone_as_person(text, start, end, windows[lone.window_at[i]]):
            alone.add(word)
        else:
            solo_evidence(text, i, (start, end), windows[lone.window_at[i]], solo)
        lone_words.add(word)
        if place_use(text, start, end, windows[lone.window_at[i]]):
            places.add(word)
    in_lineups.update(solo_people(solo))
    given_alone = {
        word
        for word, count in given_counts.items()
        if count >= _MIN_GIVEN_ALONE and word.casefold() not in lex.PLACE_NAMES
    }

    # a full name confirmed once is a name everywhere in the text, in capitals too
    confirmed = {
        key
        for cand, _w, accepted in judged
        if accepted and len(cand.words) > 1 and len(key := cand.name_words) > 1
    }
    if confirmed:
        confirmed -= {
            c.name_words
            for c, window, _a in judged
            if len(c.words) > 1 and after_article(text, c.start, c.end, window, strict=False)
        }
    for i, (cand, window, accepted) in enumerate(judged):
        if accepted:
            continue
        if len(cand.words) == 1 and cand.words[0].text in given_alone:
            judged[i] = (cand, window, True)
            continue
        if (
            confirmed
            and len(cand.words) > 1
            and cand.name_words in confirmed
            and not after_article(text, cand.start, cand.end, window, strict=False)
        ):
            judged[i] = (cand, window, True)
            continue
        if not _weak_name(cand) or not _plausible(text, cand, window):
            continue
        if any(is_acronym(w.text) for w in cand.words):
            continue
        last = cand.words[-1].text.casefold()
        if i in before_person or last in alone:
            judged[i] = (cand, window, True)
        elif last in lone_words and family_prior(text, cand, window):
            # ``Zephan Pruitt`` … ``Pruitt``: a family name the text uses alone
            judged[i] = (cand, window, True)
    if places:
        places_are_no_names(judged, places)
    judged = split_capitals(text, judged, confirmed)
    return _accept_lone_people(text, judged, lone, given_alone, in_lineups)


def _accept_lone_people(
    text: str,
    judged: list[tuple[Candidate, _Window, bool]],
    lone: _LoneWords,
    given_alone: set[str],
    in_lineups: set[int],
) -> tuple[list[tuple[Candidate, _Window, bool]], _LoneWords]:
    """Move the lone words that are people (given names used alone, the
    names of a line-up) into ``judged``, accepted, each in its place in
    text order.
    """
    if not given_alone and not in_lineups:
        return judged, lone
    rest = _LoneWords(lone.windows, lone.typecode)
    merged: list[tuple[Candidate, _Window, bool]] = []
    taken = 0
    for i in range(len(lone)):
        start, end, slot = lone.starts[i], lone.ends[i], lone.slots[i]
        if text[start:end] not in given_alone and i not in in_lineups:
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


def _count_given_alone(text: str, cand: Candidate, window: _Window, counts: dict[str, int]) -> None:
    """Count a given name the text uses alone, as people are called by their
    first name in features (``… beatings, Martha assigned him …``): a word
    only the given-name table knows, alone inside a sentence. Called for the
    candidates the first pass turned down; twice makes a person.
    """
    if len(cand.words) != 1 or cand.titled:
        return
    word = cand.words[0].text
    if not word[1:].islower() or not is_given(word) or is_family(word):
        return
    before = text[max(window.start, cand.start - 3) : cand.start].rstrip()
    if not before or before[-1] in _SENTENCE_OPENERS:
        return
    if word_before(text, cand.start, window.start).casefold() in _PLACE_PREPOSITIONS:
        counts[word] = -len(text)  # ``in Arlington``: a place, whatever else it is
    else:
        counts[word] = counts.get(word, 0) + 1


_PLACE_PREPOSITIONS = frozenset(lex.function_words("place_preposition"))
_SENTENCE_OPENERS = frozenset(".!?\"“”‘'(:;—–-")


def _record(text: str, draft: _Draft, cand: Candidate, window: _Window) -> None:
    draft.add_mention(text, cand.start, cand.end)
    draft.names.append(" ".join(w.text for w in cand.words))
    draft.titled = draft.titled or cand.titled
    draft.given_title = draft.given_title or cand.given_title
    draft.add_role(cand.role)
    draft.add_role(job_before(text, cand.start, window.start) if cand.role is None else None)
    draft.add_role(apposition(text, cand.end, window.end))
    draft.add_affiliation(affiliation_before(text, cand.start, window.start))
    tag = party_state(text, cand.end, window.end)
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
    pending: list[tuple[Candidate, _Window]],
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
    _add_given_names(drafts, families)
    if not families:
        return
    # where each person is named, sorted, to find the latest mention before a point
    seen: dict[int, list[int]] = {id(d): [] for d in drafts}
    for at, draft in events:
        seen[id(draft)].append(at)
    for starts in seen.values():
        starts.sort()

    def surname_key(cand: Candidate) -> str:
        return " ".join(w.text for w in cand.words if not is_suffix(w.text)).casefold()

    named = sorted(
        ((cand, window) for cand, window in pending if surname_key(cand) in families),
        key=lambda p: p[0].start,
    )
    for cand, window in heapq.merge(named, lone.matching(text, families), key=lambda p: p[0].start):
        options = families[surname_key(cand)]
        if _not_a_surname(text, cand, window):
            continue
        draft = nearest(options, cand.start, lambda d: seen[id(d)])
        if _is_place(cand) and not _given_first(draft):
            continue  # ``Environment Canada`` … ``Canada``: no person's family name
        draft.add_mention(text, cand.start, cand.end)
        draft.add_role(cand.role)
        draft.add_role(apposition(text, cand.end, window.end))
        bisect.insort(seen[id(draft)], cand.start)
    for draft in drafts:
        draft.mentions.sort(key=lambda m: m.span.start)


def _add_given_names(drafts: list[_Draft], families: dict[str, list[_Draft]]) -> None:
    """Let a given name alone stand for the one person of the text who has
    it (``Svetlana Mirabal`` … ``"Svetlana is a tremendous coach"``), when the
    given-name table knows it, the family-name table does not, and it is
    nobody's family name in the text.
    """
    givens: dict[str, list[_Draft]] = {}
    for draft in drafts:
        if len(draft.key) < 2:
            continue
        first = draft.key[0]
        if first in lex.FAMILY_FIRST and not is_family(draft.key[-1]):
            continue  # ``Xi Jinping``: the family name comes first
        if first in _NOT_GIVEN_ALONE:
            continue
        if _given_first(draft) and not is_family(first):
            givens.setdefault(first, []).append(draft)
    for given, owners in givens.items():
        if len(owners) == 1 and given not in families:
            families[given] = owners


_NOT_GIVEN_ALONE = lex.PLACE_NAMES | lex.NATIONALITIES | NEWS_ORGS | lex.ORGANIZATION_WORDS


def _not_a_surname(text: str, cand: Candidate, window: _Window) -> bool:
    """Whether a word shaped like a known person's family name is a thing
    instead: an organisation word (``Post``), or a place after a place
    preposition (``in Jordan``). A place name the text has already given a
    person as a family name is that person elsewhere (``Neil Jordan`` …
    ``Jordan said``).
    """
    if any(w.text.casefold().rstrip(".") in lex.ORGANIZATION_WORDS for w in cand.words):
        return True
    if " ".join(w.text for w in cand.words).casefold() in NEWS_ORGS:
        return True
    if after_article(text, cand.start, cand.end, window, strict=False):
        return True  # ``the Harriers``
    if not _is_place(cand):
        return False
    return word_before(text, cand.start, window.start).casefold() in _PLACE_PREPOSITIONS


def _is_place(cand: Candidate) -> bool:
    return " ".join(w.text for w in cand.words).casefold() in lex.PLACE_NAMES


def _given_first(draft: _Draft) -> bool:
    """Whether the person's fullest name opens with a given name of the
    tables (``Neil Jordan``), not with a word that only looks like one at a
    sentence start (``In Baltimore``) or in capitals (``OM Stockholm``).
    """
    if len(draft.key) < 2 or not is_given(draft.key[0]) or draft.key[0] in _STOP_FOLDED:
        return False
    # ``OM Stockholm``: a given name in capitals among mixed case is an acronym
    return any(not name.split()[0].isupper() for name in draft.names)


_STOP_FOLDED = lex.casefolded(STOP)


def _person(draft: _Draft) -> Person:
    fullest = max(draft.names, key=lambda n: (len(n.split()), len(n)))
    name = title_case_name(POSSESSIVE.sub("", fullest)) if fullest.isupper() else fullest
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
