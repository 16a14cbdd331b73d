"""Speakers: who each quote's cue names, resolved through the article's people.

:func:`resolve` fills the speaker of every quote, in text order:

* without ``people`` the speaker is the name as written at the cue,
  cleaned (no possessive, no title: ``Russian Foreign Minister Sergei
  Lavrov`` → ``Sergei Lavrov``), or the description as written (``the
  militant group``); a pronoun gives no speaker;
* with ``people`` a name resolves to the person whose mention it overlaps
  or whose name or family name it is; ``he``/``she`` to the person named
  last in subject position (people who are only told something, or named
  inside quotes, are skipped); ``his son`` to the relative of that person
  who shares their family name; ``the secretary`` to the person with that
  role; ``it``/``they`` to the organisation that spoke last.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from . import _lexicon as lex
from ._cues import OBJECT_BEFORE, clean_name, fold_name, named_in
from ._reading import Passage, inside
from ._recency import last_before, most_recent
from ._types import Mention, Person, Span

if TYPE_CHECKING:
    from ._attribution import Found

__all__ = ["resolve"]

_FIRST = -(1 << 62)
"""Below any tie-breaker: ``(pos, _FIRST)`` bounds every key at ``pos``."""


@attrs.define
class _People:
    """The article's people, indexed for resolution."""

    people: Sequence[Person]
    mentions: list[tuple[int, int, int]]
    """(start, end, person index), sorted."""
    subjects: list[tuple[int, int]]
    """(start, person index) of mentions in subject position, sorted."""
    by_name: dict[str, list[int]]
    mentions_of: dict[int, list[tuple[int, int]]]
    """Person index → ``(start, -end)`` of their mentions, sorted: the
    latest of two that start together is the shorter."""
    subjects_of: dict[int, list[int]]
    """Person index → the starts of their mentions in subject position, sorted."""
    by_family: dict[str, list[int]]
    """Family name → the indexes of the people who have it, in order."""
    by_role_word: dict[str, list[int]]
    """A word of a role, case-folded → the indexes of the people with such
    a role, in order."""

    @classmethod
    def build(
        cls,
        text: str,
        people: Sequence[Person],
        passages: list[Passage],
        contents: Sequence[tuple[int, int]] = (),
    ) -> _People:
        mentions: list[tuple[int, int, int]] = []
        by_name: dict[str, list[int]] = {}
        by_family: dict[str, list[int]] = {}
        by_role_word: dict[str, list[int]] = {}
        for index, person in enumerate(people):
            if person.family:
                by_family.setdefault(person.family, []).append(index)
            words = {w for role in person.roles for w in role.casefold().split()}
            for word in words | {lex.RANK_WORDS[w] for w in words if w in lex.RANK_WORDS}:
                by_role_word.setdefault(word, []).append(index)
            mentions.extend((m.span.start, m.span.end, index) for m in person.mentions)
            keys = {fold_name(person.name)}
            if person.family:
                keys.add(fold_name(person.family))
            for key in keys:
                by_name.setdefault(key, []).append(index)
        mentions.sort()
        # quoted content, a paragraph at a time: a caption between two
        # paragraphs of one quote is no part of it
        inner = _merge([*(piece for p in passages for piece in p.pieces), *contents])
        subjects = []
        for s, _e, index in mentions:
            if inside(inner, s):
                continue
            if OBJECT_BEFORE.search(text, max(0, s - 14), s):
                continue
            if s > 1 and text[s - 2 : s] in {"' ", "’ "}:  # CBS News' Charlie
                continue
            if _after_verb(text, s):
                continue  # to help Montalvo: an object
            subjects.append((s, index))
        mentions_of: dict[int, list[tuple[int, int]]] = {}
        for s, e, index in mentions:
            mentions_of.setdefault(index, []).append((s, -e))
        subjects_of: dict[int, list[int]] = {}
        for s, index in subjects:
            subjects_of.setdefault(index, []).append(s)
        return cls(
            people=people,
            mentions=mentions,
            subjects=subjects,
            by_name=by_name,
            mentions_of=mentions_of,
            subjects_of=subjects_of,
            by_family=by_family,
            by_role_word=by_role_word,
        )

    def overlapping(self, s: int, e: int) -> int | None:
        i = bisect.bisect_left(self.mentions, (s, -1, -1))
        best, best_len = None, 0
        for j in range(max(0, i - 3), min(len(self.mentions), i + 4)):
            ms, me, index = self.mentions[j]
            overlap = min(e, me) - max(s, ms)
            if overlap > best_len:
                best, best_len = index, overlap
        return best

    def last_subject(self, pos: int, exclude: int | None = None) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.subjects, (pos, -1)) - 1
        while i >= 0:
            if self.subjects[i][1] != exclude:
                return self.subjects[i]
            i -= 1
        return None

    def mention_keys(self, person: int) -> list[tuple[int, int]]:
        """The sorted ``(start, -end)`` of ``person``'s mentions."""
        return self.mentions_of.get(person, [])


@attrs.define
class _Spoken:
    """The speakers resolved so far, in the order they were resolved."""

    order: list[tuple[int, int]] = attrs.field(factory=list)
    """(position, person index), in order."""
    of: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)
    """Person index → ``(position, -place in order)``, sorted: the latest of
    two at one position is the one resolved first."""

    def add(self, pos: int, person: int) -> None:
        bisect.insort(self.of.setdefault(person, []), (pos, -len(self.order)))
        self.order.append((pos, person))

    def keys(self, person: int) -> list[tuple[int, int]]:
        """The sorted ``(position, -place)`` where ``person`` spoke."""
        return self.of.get(person, [])

    def last_of(self, person: int, pos: int) -> int | None:
        """Where ``person`` spoke last before ``pos``."""
        spoke = last_before(self.keys(person), (pos, _FIRST))
        return None if spoke is None else spoke[0]


def resolve(
    text: str, found: list[Found], people: Sequence[Person], passages: list[Passage]
) -> None:
    """Fill the speaker of every quote, in text order."""
    index = (
        _People.build(text, people, passages, [f.span for f in found if f.kind == "indirect"])
        if people
        else None
    )
    spoken = _Spoken()
    last_org: str | None = None
    last_anonymous = -1
    """Where an unnamed speaker (``a defense official``) spoke last."""
    forms: dict[str, str] = {}
    """One string per way a speaker is written (``he``, ``Massoud``)."""
    named = {(m.span.start, m.span.end): m for p in people for m in p.mentions}
    """The people's own mentions: a speaker named there shares the record."""
    acronyms: dict[str, str | None] = {}
    """An acronym that speaks → the name it stands for (``KCNA``)."""
    for item in found:
        if item.inherit is not None:
            source = item.inherit
            item.speaker, item.mention = source.speaker, source.mention
            item.person, item.organization = source.person, source.organization
            item.person_index = source.person_index
            continue
        if item.subject is None:
            continue
        s, e, how = item.subject.start, item.subject.end, item.subject.kind
        raw = text[s:e]
        known = named.get((s, e))
        if known is not None and known.text == raw:
            item.mention = known
        else:
            raw = forms.setdefault(raw, raw)
            item.mention = Mention(text=raw, span=Span(start=s, end=e))
        if item.subject.refers is not None:  # Barkley, who said: Barkley speaks
            refers = item.subject.refers
            s, e, how = refers.start, refers.end, refers.kind
            raw = text[s:e]
        person: int | None = None
        if index is not None:
            person = _person_for(text, index, spoken, s, e, how)
            if (
                person is not None
                and how == "pronoun"
                and last_anonymous > _or_never(spoken.last_of(person, s))
                and last_anonymous > _or_never(last_before(index.subjects_of.get(person, []), s))
            ):
                person = None  # `he` goes on from the unnamed official
        if person is not None:
            item.person = people[person]
            item.person_index = person
            item.speaker = people[person].name
            spoken.add(s, person)
        elif how == "pronoun":
            if raw.casefold() in {"it", "they"} and last_org is not None:
                item.speaker = last_org
                item.organization = True
        elif how in {"desc", "group"} and _unnamed(
            raw, group=how == "group", initial=_opens_sentence(text, s)
        ):
            last_anonymous = s
        else:
            item.speaker = clean_name(raw) if how == "name" else named_in(raw)
            acronym = _ACRONYM.fullmatch(item.speaker)
            if acronym is not None:  # KCNA, the KCNA: an organisation
                if acronym.group(1) not in acronyms:
                    acronyms[acronym.group(1)] = _spelled_out(text, acronym.group(1))
                item.speaker = acronyms[acronym.group(1)] or item.speaker
                item.organization = True
                last_org = item.speaker
            elif how != "name" or item.speaker.split()[0] in {"The", "the"}:
                item.organization = True
                last_org = item.speaker
            elif index is not None:
                last_org = item.speaker if len(item.speaker.split()) == 1 else last_org
    if index is not None:
        for item in found:
            if item.addressee is not None:
                a_s, a_e = item.addressee
                hit = index.overlapping(a_s, a_e)
                if hit is None:
                    hit = _by_words(index, text[a_s:a_e], a_s, spoken)
                if hit is not None:
                    item.addressee_name = people[hit].name


_ORG_HEADS = frozenset(lex.ORG_HEADS)
_ACRONYM = regex.compile(r"(?:[Tt]he\s+)?(\p{Lu}{2,6})")
_LINKS = frozenset({"of", "for", "the", "and", "on", "de"})


def _spelled_out(text: str, acronym: str) -> str | None:
    """The name an acronym stands for where the text spells it out before
    it in brackets (``Korean Central News Agency (KCNA)``), or ``None``.
    """
    at = text.find(f"({acronym})")
    if at < 0:
        return None
    words = text[max(0, at - 160) : at].split()
    for n in range(len(acronym), min(len(words), 2 * len(acronym)) + 1):
        name = words[-n:]
        if name[0] in _LINKS or not name[0][:1].isupper():
            continue
        initials = "".join(w[0] for w in name if w not in _LINKS)
        if any(not (w in _LINKS or w[:1].isupper()) for w in name):
            break
        if initials.upper() == acronym:
            return " ".join(name)
    return None


_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’\-])(\p{Ll}[\p{L}\p{M}'’\-]*)\s+\Z")


def _after_verb(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` follows a lower-case word that is no
    conjunction, no reporting verb and no job (``to help Montalvo``): it is
    that word's object, not the subject of a clause (``and Montalvo``,
    ``said Montalvo``, ``talk host Montalvo``).
    """
    match = _WORD_BEFORE.search(text, max(0, pos - 24), pos)
    if match is None:
        return False
    word = match.group(1)
    return not (
        word in lex.SPEAKER_OPENERS or word in lex.ATTRIBUTION_VERBS or word in lex.JOB_WORDS
    )  # and Roe, said Roe, host Roe: a subject


def _or_never(pos: int | None) -> int:
    """A position, or -1 for one that never was."""
    return -1 if pos is None else pos


def _unnamed(raw: str, *, group: bool, initial: bool = False) -> bool:
    """Whether a description names nobody (``a defense official``, ``the
    official``, ``one poster``, ``officials``, ``most voters``, ``six in
    10``) rather than an organisation (``U.S. officials``); ``initial``: it
    opens its sentence, so a capital first letter names nothing.
    """
    words = raw.split()
    if group:
        capitals = [w for w in words[1 if initial else 0 :] if w[:1].isupper()]
        return len(words) == 1 or not capitals
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return words[0].casefold() in lex.INDEFINITE or words[-1].casefold() in lex.ANONYMOUS


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence (or the text)."""
    before = text[max(0, pos - 3) : pos].rstrip()
    return not before or before[-1] in ".!?:;\"”'’\n"


def _merge(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint ranges covering ``ranges``."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _by_words(index: _People, raw: str, pos: int, spoken: _Spoken) -> int | None:
    """The person whose name or family name ``raw`` is (the latest one)."""
    candidates = index.by_name.get(fold_name(clean_name(raw)))
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    return _latest(index, candidates, pos, spoken)


def _latest(index: _People, candidates: Sequence[int], pos: int, spoken: _Spoken) -> int:
    """Of ``candidates``, the one mentioned (or speaking) last before ``pos``.

    Of people mentioned at the same place, the one whose mention is the
    shortest (then the one listed first); of people who spoke at the same
    place, the one who spoke there first; a mention beats speaking there.
    """
    options = sorted(set(candidates))
    mentioned = most_recent(options, (pos, _FIRST), index.mention_keys)
    best, best_pos = candidates[0], -1
    if mentioned is not None:
        best, best_pos = mentioned[0], mentioned[1][0]
    spoke = most_recent(options, (pos, _FIRST), spoken.keys)
    if spoke is not None and spoke[1][0] > best_pos:
        best = spoke[0]
    return best


def _person_for(text: str, index: _People, spoken: _Spoken, s: int, e: int, how: str) -> int | None:
    raw = text[s:e]
    if how in {"name", "group"}:
        hit = index.overlapping(s, e)
        if hit is not None:
            if _ORG_HEADS.intersection(raw.split()) - set(index.people[hit].name.split()):
                return None  # the Office for National Statistics: no person
            return hit
        return _by_words(index, raw, s, spoken)
    if how == "pronoun":
        if raw.casefold() not in {"he", "she"}:
            return None
        return _last_person(index, spoken, s)
    words = raw.split()
    if how == "desc" and len(words) >= 2:
        described = _described(index, words, s, spoken)
        if described is not None:
            return described
        head = words[-1].casefold()
        if words[0].casefold() in {"his", "her"} and head in lex.KIN:
            owner = _last_person(index, spoken, s)
            if owner is None:
                return None
            family = index.people[owner].family
            kin = [i for i in index.by_family.get(family or "", ()) if i != owner]
            return kin[0] if len(kin) == 1 else None
        if words[0].casefold() in {"the", "a"}:
            role_holders = index.by_role_word.get(head, [])
            if role_holders:
                return _latest(index, role_holders, s, spoken)
    return None


def _described(index: _People, words: list[str], pos: int, spoken: _Spoken) -> int | None:
    """The person whose role holds a description of two words or more
    (``the son of the late commander``, ``Kell's most famous pilot``: the
    article named them so), the latest one mentioned if several.
    """
    if words[0].casefold() in {"the", "a", "an"}:
        words = words[1:]
    if len(words) < 2:
        return None
    key = f" {fold_name(' '.join(words))} "
    holders = [
        i
        for i, person in enumerate(index.people)
        if any(key in f" {fold_name(role)} " for role in person.roles)
    ]
    if not holders:
        return None
    return holders[0] if len(holders) == 1 else _latest(index, holders, pos, spoken)


def _last_person(index: _People, spoken: _Spoken, pos: int) -> int | None:
    """The person named last in subject position (or speaking) before ``pos``."""
    best: tuple[int, int] | None = index.last_subject(pos)
    for s, person in reversed(spoken.order):
        if s < pos:
            if best is None or s > best[0]:
                best = (s, person)
            break
    return None if best is None else best[1]
