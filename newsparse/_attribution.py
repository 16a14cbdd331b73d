"""Attribution: which cue and speaker each quotation, and each report, has.

Two ordered rule tables do the work, each rule a small function with an
example and the ids of the golden cases in ``tests/cases/quotes.json``
that pin it down (``tests/test_quotes.py`` checks that every id exists):

* :data:`DIRECT_RULES` (:mod:`newsparse._direct`) give a quoted passage
  its cue: the first rule that finds one wins. A passage no rule
  attributes is not speech (a title in marks, a scare quote) and is not
  returned.
* :data:`REPORTED_RULES` (:mod:`newsparse._reported`) read the content of
  reported speech around a cue that no direct quote used up: the first
  rule that finds a content span wins.

The records they share are in :mod:`newsparse._found`. The speaker of a
cue is read by the speaker-phrase grammar of :mod:`newsparse._cues`;
resolving it to a person is :mod:`newsparse._speakers`' job.
"""

from __future__ import annotations

from ._direct import DIRECT_RULES, attribute, join_interrupted
from ._found import Found, Rule, Scene
from ._reported import REPORTED_RULES, reported

__all__ = [
    "DIRECT_RULES",
    "REPORTED_RULES",
    "Found",
    "Rule",
    "Scene",
    "attribute",
    "join_interrupted",
    "reported",
]
