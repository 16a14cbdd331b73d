"""Where reported content ends before the sentence does: before a
participle cue or a clause that reports something of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ._cues import subject_of
from ._reading import trim

if TYPE_CHECKING:
    from ._cues import Cue
    from ._found import Scene

__all__ = ["before_next_report", "before_participle"]


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
