"""The shape of reported content and of its source: whether it opens with
a clause, where it ends before its sentence does (before a participle cue
or a clause that reports something of its own), who a source after
``according to`` is and whether a passive ``asked`` has an asker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import _lexicon as lex
from ._cues import Subject, subject_of
from ._reading import trim

if TYPE_CHECKING:
    from ._cues import Cue
    from ._found import Scene

__all__ = [
    "CLAUSE_VERBS",
    "asked_without_asker",
    "before_next_report",
    "before_participle",
    "has_verb",
    "source_subject",
]

_SUBORDINATORS = frozenset(lex.function_words("subordinator"))
_DETERMINERS = frozenset(lex.function_words("determiner"))
# A name that opens a longer source (Kell Radio's tracker, Kell news agency).
_SOURCE_NAME = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}\-&]*(?:\s+\p{Lu}[\p{L}\p{M}\-&]*){0,4})(?:['’]s?)?\s+\p{Ll}"
)

CLAUSE_VERBS = frozenset(lex.function_words("clause_verb"))
_VERB_WORD = regex.compile(r"[\p{L}'’\-]+")
_SUBJECT_PRONOUNS = frozenset({"i", "you", *lex.casefolded(lex.PRONOUNS)} - {"it", "who"})
"""Pronouns that open a clause and nothing else (``it`` also opens ``it
all``)."""
_CLAUSE_REACH = 10
"""How many words of a clause read without ``that`` are searched for its verb."""


def has_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a clause: a finite verb among
    its first words (``the plan was``, ``he'd``, ``Smith wants``, ``they
    raised``), not a noun phrase alone (``her right leg``).
    """
    for i, match in enumerate(_VERB_WORD.finditer(text, start, end)):
        if i >= _CLAUSE_REACH:
            return False
        word = match.group().replace("’", "'")
        low = word.casefold()
        if not i and low.split("'")[0] in _SUBJECT_PRONOUNS:
            return True  # he, they'd: a clause
        if low in CLAUSE_VERBS or word in lex.ATTRIBUTION_VERBS:
            return True
        if i and (low.endswith(("ed", "n't")) or (low.endswith("s") and not low.endswith("ss"))):
            return True
        quote = low.find("'", 1)
        if quote > 0 and low[quote:] in CLAUSE_VERBS:
            return True
    return False


def before_participle(scene: Scene, s: int, e: int) -> int:
    """Cut reported content before a participle cue (``…, noting that``)
    that reports more speech of its own.
    """
    text = scene.text
    for cue in scene.cues_between(s, e):
        if cue.form.endswith("ing") and cue.klass != "accord":
            before = text[s : cue.start].rstrip()
            if before.endswith(",") and len(before) > 1:
                return trim(text, s, s + len(before) - 1)[1]
    return e


# What joins a clause with a report of its own to the content before it
# (…, and he declared; …; she said), read backwards from its subject.
_JOINED = regex.compile(r"(?r)(?:,\s*(?:and|but)?|;|\s(?:and|but))\s*\Z")


def before_next_report(scene: Scene, own: Cue, s: int, e: int) -> int:
    """Cut reported content before a clause that reports something of its
    own: a subject and a cue after ``and``, ``but`` or a comma (``he was
    staying, and he declared himself "…"``).
    """
    text = scene.text
    for cue in scene.cues_between(s + 1, e):
        if cue.klass == "accord" or cue.start == own.start:
            continue
        subject = subject_of(text, s, cue)
        if subject is None or subject.start <= s:
            continue
        joined = _JOINED.search(text, s, subject.start)
        if joined is not None and joined.start() > s:
            return trim(text, s, joined.start())[1]
    return e


def asked_without_asker(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether ``cue`` is a passive ``asked`` that opens its clause (``Asked
    whether …``, ``when asked about …``): its question has no named asker.
    """
    if cue.lemma != "ask" or cue.form.casefold() != "asked":
        return False
    before = text[sentence_start : cue.start].split()
    return not before or before[-1].casefold() in _SUBORDINATORS


def source_subject(start: int, source: str) -> Subject:
    """The speaker of a source after ``according to`` that no speaker phrase
    reads: the name it opens with (``Kell Radio`` of ``Kell Radio's
    tracker``), else the whole description (``state law``).
    """
    name = _SOURCE_NAME.match(source)
    if name is not None and name["name"].casefold() not in _DETERMINERS:
        return Subject(start=start, end=start + name.end("name"), kind="name")
    return Subject(start=start, end=start + len(source.rstrip()), kind="desc")
