"""Reported speech: the content, cue and speaker of what a text reports
without quoting it.

:data:`REPORTED_RULES` read the content of reported speech around a cue
that no direct quote used up: the first rule that finds a content span
wins. Each rule is a small function with an example and the ids of the
golden cases in ``tests/cases/quotes.json`` that pin it down.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from . import _lexicon as lex
from ._cues import Cue, Subject, after_pattern, inverted_subject, subject_of, tail
from ._found import Found, Rule, Scene
from ._reading import DOUBLE, trim

__all__ = ["REPORTED_RULES", "reported"]

# plain words (Thursday, CBS News' Charlie D'Agata, then, in May).
_THAT = regex.compile(
    r"""
    (?P<between>
      (?:\s+[^\s,;:.!?"“”„«»]+){0,7}?            # a few plain words, lazily
      (?:,(?:\s+[^\s,;:!?"“”„«»]+){1,15}?,)?      # or an aside: , at the conference,
    )
    \s+that\s+                                   # that
    (?=[^\s"“„«])                                # a clause, not a quote
    """,
    regex.VERBOSE,
)
# A clause that follows `said` without `that` (said he would, said the…).
_BARE_CLAUSE = regex.compile(
    r"""
    (?:\s+(?:\L<times>|on\ \p{Lu}\p{Ll}+day))?      # Thursday, yesterday, on Monday
    \s+
    (?=\L<openers>\s+[\p{Ll}])                     # he would, the plan was
    """,
    regex.VERBOSE,
    times=lex.longest_first([*lex.WEEKDAYS, *lex.function_words("time_adverb")]),
    openers=lex.longest_first(lex.function_words("clause_opener")),
)
# A clause after `said` that opens with a plain lower-case word (said senior
# airmen are…), not with a preposition or a word that ends the report.
_LOWER_CLAUSE = regex.compile(
    r"""
    \s+
    (?!\L<not_clause>\b)                           # not `said in May`, `said so`
    (?=\p{Ll}[\p{L}\-]*\s+[\p{Ll}\p{N}])          # two lower-case words
    """,
    regex.VERBOSE,
    not_clause=lex.longest_first(lex.function_words("not_clause")),
)
# An object that opens reported content after a participle (noting some 1.6
# million hours, citing the U.S. fleet).
_OBJECT = regex.compile(r"\s+(?=[\p{L}\p{N}])")
# A participle phrase right after a cue (…, Ortiz said, offering; …, he
# said, continually providing).
_PARTICIPLE_AFTER = regex.compile(r"\s*,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing(?!\p{L})")
# A verb of promising with an infinitive (vowed to lead, claimed to have).
_INFINITIVE = regex.compile(r"\s+(?=to\s+\p{Ll})")

_NP_DETERMINERS = frozenset(lex.function_words("determiner"))
"""Determiners that open a noun phrase object (``lamented the impasse that…``)."""
_CONNECTIVES = frozenset(lex.function_words("connective"))
"""Words that join a sentence to the one before; a report interrupted after
one of them alone (``And, Ortiz explained, …``) starts after the cue."""


@attrs.define
class _Used:
    """What the direct quotes already took of the cues."""

    before: dict[int, int]
    """Cues whose direct quote opens after them (``X said his "…" plan``):
    where the first such quote opens."""
    starts: set[int]
    """Every cue a direct quote used."""
    direct_cues: dict[int, Found]
    by_cue: dict[int, list[tuple[int, int]]]
    """``id`` of a cue → the spans of the direct quotes it introduces."""

    @classmethod
    def of(cls, direct: list[Found]) -> _Used:
        before: dict[int, int] = {}
        after: set[int] = set()
        by_cue: dict[int, list[tuple[int, int]]] = {}
        for f in direct:
            if f.cue is None:
                continue
            if f.span[0] > f.cue.start:
                before[f.cue.start] = min(before.get(f.cue.start, f.span[0]), f.span[0])
            else:
                after.add(f.cue.start)
            by_cue.setdefault(id(f.cue), []).append(f.span)
        direct_cues = {f.cue.start: f for f in direct if f.cue is not None}
        return cls(
            before=before, starts=set(before) | after, direct_cues=direct_cues, by_cue=by_cue
        )


@attrs.define
class _CueSubjects:
    """The speakers of the quotes found so far, indexed by where their cue
    starts, so that a participle finds the subject of the cue before it
    without reading every quote.
    """

    direct: list[tuple[int, int]]
    """(cue start, position in the direct quotes) of direct quotes with a
    cue and a subject, sorted."""
    first_direct: dict[int, Subject]
    """Cue start → the subject of the first direct quote with that cue."""
    first_found: dict[int, Subject] = attrs.field(factory=dict)
    """Cue start → the subject of the first reported quote with that cue."""

    @classmethod
    def build(cls, direct: list[Found]) -> _CueSubjects:
        at: list[tuple[int, int]] = []
        first: dict[int, Subject] = {}
        for order, f in enumerate(direct):
            if f.cue is not None and f.subject is not None:
                at.append((f.cue.start, order))
                first.setdefault(f.cue.start, f.subject)
        at.sort()
        return cls(direct=at, first_direct=first)

    def add(self, found: Found) -> None:
        if found.cue is not None and found.subject is not None:
            self.first_found.setdefault(found.cue.start, found.subject)


@attrs.define
class _Report:
    """One cue the reported-speech rules read, with its sentence."""

    scene: Scene
    cue: Cue
    sentence_start: int
    sentence_end: int
    used: _Used
    subject: Subject | None = None
    participle: bool = False
    """The subject comes from the cue before a participle (``…, noting``)."""
    after: int = 0
    """Where the cue's object ends (the addressee of ``told X``)."""
    told: bool = True
    """Whether an addressee and medium are read after the cue."""

    @property
    def text(self) -> str:
        return self.scene.text

    @property
    def plain(self) -> bool:
        """Neither ``according to`` nor a cue a later direct quote used."""
        return self.cue.klass != "accord" and self.cue.start not in self.used.before


def reported(scene: Scene, direct: list[Found]) -> list[Found]:
    """Indirect quotes: cues that introduce reported speech, read by the
    first rule of :data:`REPORTED_RULES` that finds their content.
    """
    text = scene.text
    used = _Used.of(direct)
    subjects = _CueSubjects.build(direct)
    found: list[Found] = []
    covered_until = -1
    for cue in scene.cues:
        if cue.start < covered_until:
            continue
        report = _Report(
            scene=scene,
            cue=cue,
            sentence_start=scene.reading.sentence_start(cue.start),
            sentence_end=scene.reading.sentence_end(cue.end),
            used=used,
        )
        if not _read_subject(report, direct, subjects):
            continue
        addressee, medium = None, None
        if report.told:
            addressee, medium = tail(text, cue, cue.end, report.sentence_end)
        report.after = cue.end if addressee is None else addressee[1]
        span = None
        for rule in REPORTED_RULES:
            span = rule.read(report)
            if span is not None:
                break
        if not isinstance(span, tuple):
            continue
        name = rule.name
        s, e = trim(text, *span)
        if e - s < 3 or " " not in text[s:e]:
            continue
        if any(
            quote[0] >= s and quote[1] <= e + 2 for quote in used.by_cue.get(id(cue), ())
        ) or _opens_quote(text, s, scene.reading.opens):
            continue
        if any(used.direct_cues.get(c.start) is not None for c in scene.cues_between(s, e)) and (
            text[s] in DOUBLE
        ):
            continue
        e = _before_participle(scene, s, e)
        result = Found(
            kind="indirect",
            span=(s, e),
            text=" ".join(text[s:e].split()),
            cue=cue,
            subject=report.subject,
            addressee=addressee,
            medium=medium,
            rule=name,
        )
        found.append(result)
        subjects.add(result)
        covered_until = max(covered_until, e)
    return found


def _read_subject(report: _Report, direct: list[Found], subjects: _CueSubjects) -> bool:
    """Fill the report's subject; whether the cue has one at all.

    ``according to X`` has its subject after the cue and is read by its
    rule; any other cue has it before (``Lavrov said``) or takes the one of
    the cue before a participle (``the secretary acknowledged …, noting``).
    """
    text, cue = report.text, report.cue
    if cue.klass == "accord" and cue.start not in report.used.before:
        report.told = False
        match = after_pattern().match(text, cue.start, report.sentence_end)
        if match is None or match.group("verb_a") is None:
            return False
        report.subject = inverted_subject(match)
        return report.subject is not None
    report.subject = subject_of(text, report.sentence_start, cue)
    if report.subject is None and report.plain:
        report.subject = _participle_subject(report, direct, subjects)
        report.participle = report.subject is not None
    return report.subject is not None


def _cue_then_participle(report: _Report) -> tuple[int, int] | None:
    """A cue after a comma and before a participle phrase (``…, Ortiz said,
    offering …``) reports the clause before it: the participle says what
    the speaker did, not what they said, and a quote in it is a quote of
    its own.

    ``The harbour has been busy since the spring, despite the storms, Ortiz
    said, offering residents "a new deal."`` → ``The harbour has been busy
    since the spring, despite the storms``.
    """
    text, cue, subject = report.text, report.cue, report.subject
    if cue.klass == "accord" or subject is None:
        return None
    start = report.sentence_start
    before = text[start : subject.start].rstrip()
    if not before.endswith(","):
        return None
    if _PARTICIPLE_AFTER.match(text, cue.end, report.sentence_end) is None:
        return None
    lead = before[:-1].strip()
    if len(lead.split()) < 3 or any(ch in lead for ch in DOUBLE):
        return None
    return start, start + len(before) - 1


def _according_to(report: _Report) -> tuple[int, int] | None:
    """``According to X, …`` reports what follows the comma after X; ``…,
    according to X.`` what stands before it.

    ``According to the ministry, the border will stay closed.`` → ``the
    border will stay closed.``
    """
    text, cue, subject = report.text, report.cue, report.subject
    if cue.klass != "accord" or cue.start in report.used.before or subject is None:
        return None
    if text[report.sentence_start : cue.start].strip(" ,") == "":
        comma = text.find(",", subject.end, min(report.sentence_end, subject.end + 121))
        if comma < 0:
            return None
        return comma + 1, report.sentence_end
    before = text[report.sentence_start : cue.start].rstrip()
    if not before.endswith(","):
        return None
    return report.sentence_start, report.sentence_start + len(before) - 1


def _that_clause(report: _Report) -> tuple[int, int] | None:
    """``X said (Thursday) that …``: the clause after ``that``; after a verb
    of saying (not of telling), a noun phrase before a relative ``that`` is
    itself the report.

    ``Lavrov said Thursday that a resistance was forming in the north.`` →
    ``a resistance was forming in the north.``; ``Ortiz lamented the funding
    gap that delays the harbour works.`` → ``the funding gap that …``
    """
    if not report.plain:
        return None
    text, cue = report.text, report.cue
    match = _THAT.match(text, cue.end, report.sentence_end)
    if match is None:
        return None
    between = match.group("between")
    words = between.split()
    if (
        cue.klass != "tell"
        and words
        and words[0].casefold() in _NP_DETERMINERS
        and "," not in between
    ):
        return match.start("between") + len(between) - len(between.lstrip()), report.sentence_end
    return match.end(), report.sentence_end


def _participle_object(report: _Report) -> tuple[int, int] | None:
    """A participle after a clause with a cue reports its object.

    ``Ortiz described the repairs as "overdue," citing three closures of the
    bridge last winter.`` → ``three closures of the bridge last winter.``
    """
    if not report.plain or not report.participle or report.cue.start in report.used.starts:
        return None
    match = _OBJECT.match(report.text, report.after, report.sentence_end)
    return None if match is None else (match.end(), report.sentence_end)


def _bare_clause(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``bare`` frame reports a clause without ``that``.

    ``Neil said he focused on the bomber and fired.`` → ``he focused on the
    bomber and fired.``; ``Ortiz said local drivers would pay nothing
    extra.`` → ``local drivers would pay nothing extra.``
    """
    cue = report.cue
    if (
        not report.plain
        or report.participle
        or cue.start in report.used.starts
        or cue.lemma not in lex.BARE_LEMMAS
    ):
        return None
    text, after, end = report.text, report.after, report.sentence_end
    match = _BARE_CLAUSE.match(text, after, end) or _LOWER_CLAUSE.match(text, after, end)
    return None if match is None else (match.end(), end)


def _to_infinitive(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``to`` frame reports an infinitive.

    ``The group claimed to have the forces to mount a resistance.`` → ``to
    have the forces to mount a resistance.``
    """
    if not report.plain or report.cue.lemma not in lex.TO_LEMMAS:
        return None
    match = _INFINITIVE.match(report.text, report.cue.end, report.sentence_end)
    return None if match is None else (match.end(), report.sentence_end)


def _interrupted_rule(report: _Report) -> tuple[int, int] | None:
    """A cue set off by commas inside its sentence reports the whole
    sentence; after a connective alone, only what follows the cue; when a
    direct quote later in the sentence is the cue's own, only what stands
    before the cue.

    ``The harbour budget, Ortiz said, will double by next spring.`` → the
    whole sentence; ``And, Ortiz explained, the ferry will run every
    hour.`` → ``the ferry will run every hour.``; ``The reason, Ortiz said,
    is that "the fares are too low."`` → ``The reason``
    """
    text, cue, subject = report.text, report.cue, report.subject
    if cue.klass == "accord" or subject is None or (cue.klass == "tell" and cue.lemma != "tell"):
        return None
    start, end = report.sentence_start, report.sentence_end
    before = text[start : subject.start].rstrip()
    rest = text[cue.end : end]
    if not before.endswith(",") or not rest.lstrip().startswith(",") or len(rest.split()) < 3:
        return None
    lead = before[:-1].strip()
    if any(ch in lead for ch in DOUBLE):
        return None
    if not report.plain:
        # the quote after the cue is reported on its own; right after the
        # cue (two words or fewer) it goes on with the clause before
        opens = report.used.before.get(cue.start, cue.end)
        if len(lead.split()) < 3 or len(text[cue.end : opens].split()) <= 2:
            return None
        return start, start + len(before) - 1
    if not lead or lead.casefold() in _CONNECTIVES:
        return cue.end + rest.index(",") + 1, end
    return start, end


def _cue_closes(report: _Report) -> tuple[int, int] | None:
    """A cue at the end of its sentence, after a comma, reports the
    sentence before it.

    ``The talks will resume next week, the foreign ministry said on
    Friday.`` → ``The talks will resume next week``
    """
    if not report.plain:
        return None
    return _sentence_before(report)


def _sentence_before(report: _Report) -> tuple[int, int] | None:
    """The sentence before a cue that closes it, up to the comma."""
    text, cue, subject = report.text, report.cue, report.subject
    if subject is None or (cue.klass == "tell" and cue.lemma != "tell"):
        return None
    start, end = report.sentence_start, report.sentence_end
    before = text[start : subject.start].rstrip()
    rest = text[cue.end : end]
    if not before.endswith(",") or len(before) < 12:
        return None
    if "," in rest or len(rest.split()) > 8 or any(ch in rest for ch in DOUBLE):
        return None
    if any(ch in before for ch in DOUBLE):
        return None
    return start, start + len(before) - 1


REPORTED_RULES: tuple[Rule, ...] = (
    Rule(
        "cue-then-participle",
        _cue_then_participle,
        ("report-before-and-partial-after-cue", "cue-then-participle-without-a-quote"),
    ),
    Rule(
        "according-to",
        _according_to,
        ("indirect-according-to-start", "indirect-according-to-end"),
    ),
    Rule(
        "that-clause",
        _that_clause,
        (
            "indirect-said-that",
            "indirect-told-that",
            "indirect-that-after-aside",
            "indirect-object-relative-clause",
        ),
    ),
    Rule("participle-object", _participle_object, ("indirect-participle-after-partial",)),
    Rule(
        "bare-clause",
        _bare_clause,
        (
            "indirect-said-no-that",
            "indirect-says-the",
            "indirect-said-lower-clause",
            "indirect-told-reporters-no-that",
        ),
    ),
    Rule("to-infinitive", _to_infinitive, ("indirect-claim-to",)),
    Rule(
        "interrupted-by-its-cue",
        _interrupted_rule,
        ("indirect-interrupted-name", "indirect-interrupted-after-connective"),
    ),
    Rule("cue-closes-the-sentence", _cue_closes, ("indirect-said-final",)),
)
"""How a cue finds the content of its reported speech, in order."""


def _before_participle(scene: Scene, s: int, e: int) -> int:
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


def _participle_subject(
    report: _Report, direct: list[Found], subjects: _CueSubjects
) -> Subject | None:
    """The subject a participle (``, noting that …``) takes from the cue
    before it in its sentence (``the secretary acknowledged …, noting``).
    """
    text, cue, sentence_start = report.text, report.cue, report.sentence_start
    before = text[sentence_start : cue.start].rstrip().rstrip(DOUBLE + "’'")
    if not cue.form.endswith("ing") or not before.endswith(","):
        return None
    earlier = [
        c for c in report.scene.cues_between(sentence_start, cue.start) if c.end <= cue.start
    ]
    if not earlier:
        # the first direct quote (in quote order) whose cue is in the sentence
        lo = bisect.bisect_left(subjects.direct, (sentence_start, -1))
        hi = bisect.bisect_left(subjects.direct, (cue.start, -1))
        if lo >= hi:
            return None
        first = direct[min(order for _start, order in subjects.direct[lo:hi])]
        return first.subject
    previous = earlier[-1]
    subject = subject_of(text, sentence_start, previous)
    if subject is not None:
        return subject
    return subjects.first_direct.get(previous.start) or subjects.first_found.get(previous.start)


def _opens_quote(text: str, s: int, opens: frozenset[int]) -> bool:
    """Whether reported content at ``s`` is really a quoted passage."""
    return text[s] in DOUBLE or s in opens
