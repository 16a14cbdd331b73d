"""The shape of reported content: whether it opens with a clause, and
where it ends before its sentence does (before a participle cue or a
clause that reports something of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import _lexicon as lex
from ._cues import subject_of
from ._reading import trim

if TYPE_CHECKING:
    from ._cues import Cue
    from ._found import Scene

__all__ = ["CLAUSE_VERBS", "before_next_report", "before_participle", "has_verb"]

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
