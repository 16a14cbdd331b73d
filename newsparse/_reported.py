"""Reported speech and other attributions: what a text says someone said,
believes, wants or judges, or what a finding shows, without quoting it.

Every cue that no direct quote used up is read in two steps:

1. **Its subject** (:func:`_read_subject`): the speaker phrase before the
   verb (``Lavrov said``), after it when the cue closes its clause (``…,
   said Smith.``) or after ``according to``; a participle (``…, saying``)
   and a second verb of a clause (``… and said``) take the clause's
   subject.
2. **Its content**, by the first rule of :data:`REPORTED_RULES` that finds
   one, each a small function with an example and the ids of the golden
   cases in ``tests/cases/quotes.json`` that pin it down. What a rule may
   read follows the verb's frames in the verb table (``that`` after every
   verb; ``bare``, ``to``, ``object``, ``object_to``, ``wh``, ``prep:about``,
   ``as``).

A reported clause with quoted pieces in it (``She said the plan "buys
time" for the talks.``) is one quote, a mixed one: the passages inside are
listed in its ``quoted`` pieces and are no quotes of their own. A verb of
speech gives an ``indirect`` quote, any other sense a ``belief``.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from . import _lexicon as lex
from ._cues import (
    MEDIUM,
    Cue,
    Subject,
    after_pattern,
    after_preposition,
    clause_subject,
    coordinated,
    inverted_subject,
    subject_of,
    tail,
)
from ._found import Found, Rule, Scene
from ._lazy import LazyPattern
from ._reading import DOUBLE, trim
from ._report_cuts import (
    CLAUSE_VERBS,
    asked_without_asker,
    before_next_report,
    before_participle,
    has_verb,
    source_subject,
)
from ._report_records import CueSubjects, Used

__all__ = ["REPORTED_RULES", "reported"]

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# What may stand between a verb and the `that` of reported speech: a few
# plain words (Thursday, CBS News' Charlie D'Agata, then, in May).
_THAT = regex.compile(
    r"""
    (?P<between>
      (?:\s+(?:(?!'')[^\s,;:.!?"“”„«»])+){0,7}?  # a few plain words, lazily
      (?:,(?:\s+(?:(?!'')[^\s,;:!?"“”„«»])+){1,15}?,)?  # or an aside: , at the conference,
    )
    \s+that\s+                                   # that
    (?=[^\s"“„«])                                # a clause, not a quote
    """,
    regex.VERBOSE,
)
_TIMES = lex.longest_first([*lex.WEEKDAYS, *lex.function_words("time_adverb")])
_NO_TOPIC = lex.casefolded([*_TIMES, *lex.MONTH_NAMES, "him", "her", "them", "me", "us"])
"""Words that open no topic after a preposition: a time (``commented on
Monday``), a person (``refers to her``)."""
# A clause that follows `said` without `that` (said he would, said the…,
# said he'd).
_BARE_CLAUSE = regex.compile(
    r"""
    (?:\s+(?:\L<times>|on\ \p{Lu}\p{Ll}+day))?      # Thursday, yesterday, on Monday
    \s+
    (?=\L<openers>(?:\s+|['’])[\p{Ll}])           # he would, the plan was, he'd
    """,
    regex.VERBOSE,
    times=_TIMES,
    openers=lex.longest_first(lex.function_words("clause_opener")),
)
# A clause after `said` that opens with a plain lower-case word (said senior
# airmen are…), not with a preposition or a word that ends the report.
_LOWER_CLAUSE = LazyPattern(
    r"""
    \s+
    (?!\L<not_clause>\b)                           # not `said in May`, `said so`
    (?=\p{Ll}[\p{L}\-]*\s+[\p{Ll}\p{N}])          # two lower-case words
    """,
    regex.VERBOSE,
    not_clause=lex.longest_first(lex.function_words("not_clause")),
)
# A clause after `said` that opens with a name and goes on in lower case
# (said Mr. Obama would, said Smith's team was).
_NAME_CLAUSE = regex.compile(
    r"""
    (?:\s+(?:\L<times>|on\ \p{Lu}\p{Ll}+day))?
    \s+
    (?=(?:\p{Lu}[\p{L}\p{M}.\-]*\s+){0,3}        # Mr. Barack, U.S.
       \p{Lu}[\p{L}\p{M}\-]*(?:['’]s?)?           # Obama, Smith's
       \s+\p{Ll})                                 # would, team
    """,
    regex.VERBOSE,
    times=_TIMES,
)
# An object that opens reported content after a participle (noting some 1.6
# million hours, citing the U.S. fleet).
_OBJECT = regex.compile(r"\s+(?=[\p{L}\p{N}])")
# A participle phrase right after a cue (…, Ortiz said, offering; …, he
# said, continually providing).
_PARTICIPLE_AFTER = regex.compile(r"\s*,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing(?!\p{L})")
# A verb of promising with an infinitive (vowed to lead, claimed to have,
# vowed not to vote).
_INFINITIVE = regex.compile(r"\s+(?=(?:not\s+|never\s+)?to\s+\p{Ll})")
# An object and an infinitive (urged Congress to act, asked the court to
# rule): the object is a few plain words.
_OBJECT_TO = regex.compile(
    r"""\s+(?=(?:[^\s,;:.!?"“”„«»]+\s+){1,8}?(?:not\s+)?to\s+\p{Ll})""", regex.VERBOSE
)
# A question (asked whether, wondered how, asked Smith if).
_WH = regex.compile(
    r"""(?:\s+[^\s,;:.!?"“”„«»]+){0,4}?\s+(?=(?:whether|if|how|why|what|who|when|where)\s)"""
)


def _preposition_pattern(frames: frozenset[str]) -> regex.Pattern[str]:
    """A preposition of the ``prep:`` frames and its object (talked about the
    plan), past an adverb (talked openly about) or, but for ``of``, which
    follows a noun as often (a group of), a few other words (spoke at the
    rally about).
    """
    preps = [f.removeprefix("prep:") for f in frames & lex.PREPOSITION_FRAMES]
    ways = [r"(?:\s+\p{Ll}+ly)?\s+(?P<prep>of)"] if "of" in preps else []
    if set(preps) - {"of"}:
        ways.append(r"""(?:\s+(?!\L<preps>\s)[^\s,;:.!?"“”„«»]+){0,3}?\s+(?P<prep>\L<preps>)""")
    return regex.compile(
        rf"""(?:{"|".join(ways)})\s+(?=[\p{{L}}\p{{N}}"“'‘$])""",
        preps=lex.longest_first(set(preps) - {"of"}),
    )


_PREPOSITION = {
    frames: _preposition_pattern(frames)
    for frames in {verb.frames for verb in lex.ATTRIBUTION_VERBS.values()}
    if frames & lex.PREPOSITION_FRAMES
}
"""The pattern of a verb's prepositions, for each set of frames in the table."""
# The source after `according to` that no speaker phrase reads (state law,
# recent polls, a Times/CBS survey released Monday): words to a comma, a
# colon, a dash or the sentence's end.
_SOURCE = regex.compile(
    r"""\s+(?P<source>(?:[^\s,;:!?"“”()—–]*[^\s,;:!?"“”()—–.](?:\s+|(?=[,;:!?).]))){1,12}?)(?=\s*[,;:!?)]|\.(?:\s|\Z)|[—–-]\s|\Z)"""
)
# A participle phrase that goes on with a source (According to X, quoting Y,).
_SOURCE_ASIDE = regex.compile(r"\s*\p{Ll}+ing\s[^,;:\"“”]{1,120}?,")
_RAISING = frozenset({"raising"})
# `that` after a raising verb (it seems that, it appears now that).
_RAISED = regex.compile(r"(?:\s+\p{Ll}+ly|\s+now)?\s+that\s+(?=\S)")
# An object and what it is called (called the plan reckless, called him "a
# liar", calling Smith a fraud).
_COMPLEMENT = regex.compile(
    r"""\s+(?P<object>him|her|them|it|me|us|(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.\-]*
      |(?:the|this|that|his|her|their|its|our)(?:\s+\p{Ll}[\p{L}\-]*){1,3}?)
    \s+(?:(?:a|an|the)\s+\p{L}|["“]|(?P<word>\p{Ll}[\p{L}\-]*)(?=\s*[,.;]|\s+and\s|\s*\Z))""",
    regex.VERBOSE,
)
# An object and `as` (described the plan as reckless).
_AS = regex.compile(r"""\s+(?=(?:[^\s,;:.!?"“”„«»]+\s+){1,8}?as\s+\S)""")
_NOT_OBJECT = frozenset(lex.function_words("not_clause")) - frozenset(
    lex.function_words("determiner")
)
"""Words that open no object (``criticized in May``, ``backed down``)."""
# A noun phrase object (praised the plan, denied the claim).
_OBJECT_NP = regex.compile(r"\s+(?=[\p{L}\p{N}$\"“'‘])")
# Where a clause ends before its sentence does: a semicolon, or a comma
# before a contrast (…, but he …).
_CLAUSE_CUT = regex.compile(
    r"\s*;|\s*,\s+(?:but|while|though|although|whereas|yet)\s|\s+(?:—|–|--)\s+(?:but|and)\s"
)

# An appositive after a speaker written after its verb (…, said Tomas Berg,
# a ferry pilot.): a determiner, a possessive or a job, to the next comma
# or the sentence's end.
_APPOSITIVE_AFTER = LazyPattern(
    r"""\s*,\s+(?:(?i:\L<determiners>)\s|\p{Lu}[\p{L}\p{M}]*['’]s?\s|\L<jobs>\b)[^,;:"“”]{0,80}?(?=\s*[,.;:!?]|\s*\Z)""",
    determiners=lex.DETERMINERS,
    jobs=lex.longest_first(lex.JOB_WORDS),
)

_NP_DETERMINERS = frozenset(lex.function_words("determiner"))
"""Determiners that open a noun phrase object (``lamented the impasse that…``)."""
_CONNECTIVES = frozenset(lex.function_words("connective"))
"""Words that join a sentence to the one before; a report interrupted after
one of them alone (``And, Ortiz explained, …``) starts after the cue."""

# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@attrs.define
class _Report:
    """One cue the reported-speech rules read, with its sentence."""

    scene: Scene
    cue: Cue
    sentence_start: int
    sentence_end: int
    used: Used
    subject: Subject | None = None
    participle: bool = False
    """The subject comes from the clause or the cue before (``…, noting``)."""
    inverted: bool = False
    """The subject follows the cue (``…, said Smith``)."""
    after: int = 0
    """Where the cue's object ends (the addressee of ``told X``)."""
    told: bool = True
    """Whether an addressee and medium are read after the cue."""
    raised: Subject | None = None
    """The subject of a raising verb (``the plan seems to``): the report's,
    no speaker's."""

    @property
    def text(self) -> str:
        return self.scene.text

    @property
    def plain(self) -> bool:
        """Neither ``according to`` nor a cue a later direct quote used."""
        return self.cue.klass != "accord" and self.cue.start not in self.used.before

    @property
    def reporting(self) -> bool:
        """Neither ``according to`` nor a cue whose subject follows it: a
        cue whose report follows it (a direct quote in that report makes a
        mixed quote).
        """
        return self.cue.klass != "accord" and not self.inverted

    @property
    def phrase_end(self) -> int:
        """Where the cue and its speaker phrase end: past an inverted
        subject and its appositive (``…, said Tomas Berg, a ferry pilot``).
        """
        if self.subject is None or not self.inverted:
            return self.cue.end
        match = _APPOSITIVE_AFTER.match(self.text, self.subject.end, self.sentence_end)
        return self.subject.end if match is None else match.end()

    def frame(self, name: str) -> bool:
        """Whether the cue's verb takes the frame ``name``."""
        return name in self.cue.frames

    def rest(self, start: int) -> tuple[int, int]:
        """From ``start`` to where the clause ends (its sentence's end, a
        semicolon, a contrast after a comma).
        """
        end = self.sentence_end
        cut = _CLAUSE_CUT.search(self.text, start, end)
        return start, end if cut is None else cut.start()


# --------------------------------------------------------------------------
# Reading every cue
# --------------------------------------------------------------------------


def reported(scene: Scene, direct: list[Found]) -> list[Found]:
    """Reported quotes and beliefs: cues that introduce reported content,
    read by the first rule of :data:`REPORTED_RULES` that finds it. Direct
    quotes that a reported clause takes in are marked ``absorbed``.
    """
    text = scene.text
    used = Used.of(direct)
    subjects = CueSubjects.build(direct)
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
        for rule in _SPEAK_RULES if cue.klass == "speak" else REPORTED_RULES:
            span = rule.read(report)
            if span is not None:
                break
        if not isinstance(span, tuple):
            continue
        result = _result(report, rule, span)
        if result is None:
            continue
        result.addressee, result.medium = addressee, medium
        found.append(result)
        subjects.add(result)
        covered_until = max(covered_until, result.span[1])
    return found


_CLAUSE_RULES = frozenset({"that-clause", "bare-clause"})
"""The rules whose content is a clause: quoted pieces inside it make a mixed
quote. Inside any other content (``described the plan as "reckless"``)
the quoted piece is the quote."""


def _result(report: _Report, rule: Rule, span: tuple[int, int]) -> Found | None:
    """The quote of ``span``, read by ``rule``; ``None`` when it is none."""
    scene, cue, text = report.scene, report.cue, report.text
    s, e = trim(text, *span)
    if e - s < 3 or " " not in text[s:e]:
        return None
    e = before_participle(scene, s, e)
    e = before_next_report(scene, cue, s, e)
    if e - s < 3 or " " not in text[s:e]:
        return None
    own = []
    outside, at = [], s
    for passage in scene.passages_in(s, e):
        if passage.start >= e:
            continue
        outside.append(text[at : passage.open])
        at = max(at, passage.after)
        quote = report.used.by_start.get(passage.start)
        if quote is None or quote.cue is None or quote.cue.start == cue.start:
            own.append((passage, quote))
        elif s <= quote.cue.start < e and quote.cue.start > passage.start:
            return None  # `… "…," said Smith` inside: this report is part of Smith's
        # a quote of a cue of its own inside the report stays one
    outside.append(text[at:e])
    words = len(" ".join(outside).split())
    if words < 2 and (own or text[s] in DOUBLE):
        return None  # the content is the quote: it stands on its own
    attributed = [q for _p, q in own if q is not None]
    if attributed and rule.name not in _CLAUSE_RULES:
        return None  # described it as "reckless": the quote is the report
    fragments = [q for _p, q in own if q is None or q.kind == "partial"]
    if attributed and not fragments:
        quoted_words = sum(len(q.text.split()) for q in attributed)
        if words < quoted_words:
            # a quoted sentence closing the report stands on its own (said
            # that if they were "waiting for a surrender, it won't come.")
            return None
    quoted = [p for p, _q in own]
    for _passage, quote in own:
        if quote is not None:
            quote.absorbed = True
    return Found(
        kind="indirect" if cue.speech else "belief",
        span=(s, e),
        text=" ".join(text[s:e].split()),
        cue=cue,
        subject=report.subject,
        rule=rule.name,
        quoted=[piece for p in quoted for piece in p.pieces if s <= piece[0] and piece[1] <= e],
    )


def _read_subject(report: _Report, direct: list[Found], subjects: CueSubjects) -> bool:
    """Fill the report's subject; whether the cue has one at all.

    ``according to X`` has its subject after the cue; any other cue has it
    before (``Lavrov said``), after it when it closes its clause (``…, said
    Smith``), or takes the one of its clause (``…, noting``, ``… and
    said``).
    """
    text, cue = report.text, report.cue
    if cue.klass == "accord" and cue.start not in report.used.before:
        report.told = False
        match = after_pattern().match(text, cue.start, report.sentence_end)
        if match is not None and match.group("verb_a") is not None:
            report.subject = inverted_subject(match)
        else:  # according to state law, to exit polls, to a Times/CBS survey
            source = _SOURCE.match(text, cue.end, report.sentence_end)
            if source is not None:
                report.subject = source_subject(source.start("source"), source["source"])
        return report.subject is not None
    if cue.frames == _RAISING:
        report.raised = subject_of(text, report.sentence_start, cue)
        return report.raised is not None
    report.subject = subject_of(text, report.sentence_start, cue)
    if report.subject is not None:
        return True
    if (
        cue.speech
        and not cue.form.endswith("ing")
        and text[report.sentence_start : cue.start].rstrip().endswith(",")
    ):
        match = after_pattern().match(text, cue.start, report.sentence_end)
        if match is not None and match.group("verb_a") is not None:
            report.subject = inverted_subject(match)
            report.inverted = report.told = report.subject is not None
            if report.inverted:
                return True
    if report.plain:
        report.subject = _participle_subject(report, direct, subjects)
        if report.subject is None and (
            _is_participle(text, report.sentence_start, cue)
            or coordinated(text, report.sentence_start, cue)
        ):
            report.subject = clause_subject(text, report.sentence_start, cue.start)
        report.participle = report.subject is not None
    return report.subject is not None or asked_without_asker(text, report.sentence_start, cue)


def _is_participle(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether ``cue`` is a participle after a comma (``…, saying``)."""
    before = text[sentence_start : cue.start].rstrip().rstrip(DOUBLE + "’'")
    return cue.form.endswith("ing") and (
        before.endswith(",") or after_preposition(text, sentence_start, cue)
    )


# --------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------


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
    before = text[start : min(subject.start, cue.start)].rstrip()
    if not before.endswith(","):
        return None
    if _PARTICIPLE_AFTER.match(text, report.phrase_end, report.sentence_end) is None:
        return None
    lead = before[:-1].strip()
    if len(lead.split()) < 3 or any(ch in lead for ch in DOUBLE):
        return None
    return start, start + len(before) - 1


def _according_to(report: _Report) -> tuple[int, int] | None:
    """``According to X, …`` reports what follows the comma after X (and
    after a participle that goes on with X: ``…, quoting Y, …``); ``…,
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
        aside = _SOURCE_ASIDE.match(text, comma + 1, report.sentence_end)
        return (comma + 1 if aside is None else aside.end()), report.sentence_end
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
    if not report.reporting:
        return None
    text, cue = report.text, report.cue
    match = _THAT.match(text, cue.end, report.sentence_end)
    if match is None:
        return None
    between = match.group("between")
    words = between.split()
    if (
        cue.klass != "tell"
        and cue.speech
        and words
        and words[0].casefold() in _NP_DETERMINERS
        and "," not in between
    ):
        return match.start("between") + len(between) - len(between.lstrip()), report.sentence_end
    return match.end(), report.sentence_end


def _participle_object(report: _Report) -> tuple[int, int] | None:
    """A participle of speech after a clause with a cue reports its object.

    ``Ortiz described the repairs as "overdue," citing three closures of the
    bridge last winter.`` → ``three closures of the bridge last winter.``
    """
    if (
        not report.plain
        or not report.participle
        or not report.cue.speech
        or not report.frame("object")
        or not _is_participle(report.text, report.sentence_start, report.cue)
        or report.cue.start in report.used.starts
    ):
        return None
    match = _OBJECT.match(report.text, report.after, report.sentence_end)
    return None if match is None else (match.end(), report.sentence_end)


def _bare_clause(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``bare`` frame reports a clause without ``that``.

    ``Neil said he focused on the bomber and fired.`` → ``he focused on the
    bomber and fired.``; ``Ortiz said local drivers would pay nothing
    extra.`` → ``local drivers would pay nothing extra.``; ``Ortiz believes
    the tunnel will open in May.`` → ``the tunnel will open in May.``
    """
    cue = report.cue
    if (
        not report.reporting
        # two membership tests, not a set difference: that copied every used
        # start at every cue, n² on a long run of quotes and cues
        or (cue.start in report.used.starts and cue.start not in report.used.before)
        or not report.frame("bare")
    ):
        return None
    text, after, end = report.text, report.after, report.sentence_end
    match = _BARE_CLAUSE.match(text, after, end) or _NAME_CLAUSE.match(text, after, end)
    if match is None and cue.speech and not after_preposition(text, report.sentence_start, cue):
        # not after `by adding`, `by saying`: those take a clause that opens as one
        match = _LOWER_CLAUSE.match(text, after, end)
    if match is None or not has_verb(text, match.end(), end):
        return None
    return match.end(), end


def _to_infinitive(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``to`` frame reports an infinitive.

    ``The group claimed to have the forces to mount a resistance.`` → ``to
    have the forces to mount a resistance.``; ``The council wants to close
    the quay.`` → ``to close the quay.``
    """
    if not report.plain or report.inverted or not report.frame("to"):
        return None
    match = _INFINITIVE.match(report.text, report.cue.end, report.sentence_end)
    return None if match is None else report.rest(match.end())


def _object_and_infinitive(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``object_to`` frame reports its object and an
    infinitive.

    ``Ortiz urged the council to close the quay.`` → ``the council to
    close the quay.``
    """
    if not report.plain or report.inverted or not report.frame("object_to"):
        return None
    match = _OBJECT_TO.match(report.text, report.cue.end, report.sentence_end)
    return None if match is None else report.rest(match.end())


def _question(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``wh`` frame reports a question.

    ``Ortiz asked whether the ferry would run.`` → ``whether the ferry
    would run.``
    """
    if not report.plain or report.inverted or not report.frame("wh"):
        return None
    match = _WH.match(report.text, report.after, report.sentence_end)
    return None if match is None else report.rest(match.end())


def _preposition(report: _Report) -> tuple[int, int] | None:
    """A verb with a ``prep:`` frame reports the object of that preposition,
    not a time (``commented on Monday``), a person (``referred to her``) nor
    a medium (``on Twitter``).

    ``Ortiz warned of delays at the quay.`` → ``delays at the quay.``;
    ``Ortiz spoke to reporters about the budget.`` → ``the budget.``
    """
    frames = report.cue.frames
    if not report.plain or report.inverted or not frames & lex.PREPOSITION_FRAMES:
        return None
    text = report.text
    match = _PREPOSITION[frames].match(text, report.after, report.sentence_end)
    if match is None:
        return None
    word = text[match.end() : match.end() + 16].split(maxsplit=1)[0].strip(",.").casefold()
    if word in _NO_TOPIC or MEDIUM.match(text, match.start("prep")):
        return None
    return report.rest(match.end())


def _object_as(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``as`` frame reports its object and what it is taken
    for.

    ``Ortiz described the repairs as overdue.`` → ``the repairs as
    overdue.``
    """
    if not report.plain or report.inverted or not report.frame("as"):
        return None
    match = _AS.match(report.text, report.cue.end, report.sentence_end)
    return None if match is None else report.rest(match.end())


def _object_complement(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``complement`` frame reports its object and what the
    object is called: an article, a quotation mark, or one word that ends
    the clause.

    ``Ortiz called the contract a disgrace.`` → ``the contract a
    disgrace.``; ``Ortiz called the plan reckless.`` → ``the plan
    reckless.``
    """
    if not report.plain or report.inverted or not report.frame("complement"):
        return None
    subject = report.subject
    if subject is None or report.text[subject.start : subject.end].split()[0] in {
        "a",
        "an",
        "A",
        "An",
    }:
        return None  # a group called Alpha: a name, no judgement
    match = _COMPLEMENT.match(report.text, report.cue.end, report.sentence_end)
    if match is None or (match["word"] or "").casefold() in _NOT_OBJECT:
        return None
    if any(w in _NOT_OBJECT or w in CLAUSE_VERBS for w in match["object"].split()[1:]):
        return None  # the man he called his father was: no object of its own
    return report.rest(match.start("object"))


def _object(report: _Report) -> tuple[int, int] | None:
    """A verb with the ``object`` frame reports its object.

    ``The union praised the new contract.`` → ``the new contract.``
    """
    if not report.plain or report.inverted or not report.frame("object"):
        return None
    text = report.text
    match = _OBJECT_NP.match(text, report.cue.end, report.sentence_end)
    if match is None:
        return None
    word = text[match.end() : match.end() + 12].split(maxsplit=1)
    if not word or word[0].casefold().strip(",.") in _NOT_OBJECT:
        return None
    return report.rest(match.end())


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
    before = text[start : min(subject.start, cue.start)].rstrip()
    rest = text[report.phrase_end : end]
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
        return end - len(rest) + rest.index(",") + 1, end
    return start, end


def _cue_closes(report: _Report) -> tuple[int, int] | None:
    """A cue at the end of its sentence, after a comma, reports the
    sentence before it.

    ``The talks will resume next week, the foreign ministry said on
    Friday.`` → ``The talks will resume next week``; ``The fares will
    rise, said Ortiz.`` → ``The fares will rise``
    """
    if not report.plain:
        return None
    return _sentence_before(report)


def _sentence_before(report: _Report) -> tuple[int, int] | None:
    """The sentence before a cue that closes it, up to the comma."""
    text, cue, subject = report.text, report.cue, report.subject
    if subject is None or (cue.klass == "tell" and cue.lemma != "tell"):
        return None
    if subject.end <= cue.start and len(text[subject.end : cue.start].split()) > 3:
        return None  # the clause's subject (they can convert … by adding): no closing cue
    start, end = report.sentence_start, report.sentence_end
    before = text[start : min(subject.start, cue.start)].rstrip()
    rest = text[report.phrase_end : end]
    if not before.endswith(",") or len(before) < 12:
        return None
    if "," in rest or len(rest.split()) > 8 or any(ch in rest for ch in DOUBLE):
        return None
    first = rest.split(maxsplit=1)[:1]
    if cue.klass != "tell" and first and first[0] in _NP_DETERMINERS:
        return None  # …, they have been observing the tides: an object, no closing cue
    if any(ch in before for ch in DOUBLE):
        return None
    return start, start + len(before) - 1


def _raising(report: _Report) -> tuple[int, int] | None:
    """A raising verb (frame ``raising``) after ``it`` reports the clause
    after ``that``, of no named speaker; with any other subject the report
    is that subject and what follows the verb, two pieces around the cue,
    and is not read.

    ``It seems that the fares will rise.`` → ``the fares will rise.``
    """
    raised, text = report.raised, report.text
    if raised is None or report.cue.start in report.used.starts:
        return None
    if text[raised.start : raised.end].casefold() != "it":
        return None
    match = _RAISED.match(text, report.cue.end, report.sentence_end)
    return None if match is None else report.rest(match.end())


REPORTED_RULES: tuple[Rule, ...] = (
    Rule("raising", _raising, ("belief-it-seems-that", "belief-it-appears-that")),
    Rule(
        "cue-then-participle",
        _cue_then_participle,
        ("report-before-and-partial-after-cue", "cue-then-participle-without-a-quote"),
    ),
    Rule(
        "according-to",
        _according_to,
        (
            "indirect-according-to-start",
            "indirect-according-to-end",
            "indirect-according-to-a-source-description",
            "indirect-according-to-quoting-another",
        ),
    ),
    Rule(
        "that-clause",
        _that_clause,
        (
            "indirect-said-that",
            "indirect-told-that",
            "indirect-that-after-aside",
            "indirect-object-relative-clause",
            "belief-thinks-that",
            "belief-study-found-that",
            "mixed-said-that-with-fragments",
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
            "indirect-said-name-clause",
            "indirect-said-contraction",
            "belief-believes-bare",
            "belief-polls-show",
            "mixed-said-bare-with-fragment",
        ),
    ),
    Rule(
        "to-infinitive",
        _to_infinitive,
        ("indirect-claim-to", "indirect-vowed-not-to", "belief-wants-to", "belief-declined-to"),
    ),
    Rule(
        "object-and-infinitive",
        _object_and_infinitive,
        ("indirect-urged-object-to", "indirect-called-on-to"),
    ),
    Rule("question", _question, ("indirect-asked-whether", "indirect-asked-opens-the-sentence")),
    Rule(
        "preposition",
        _preposition,
        (
            "indirect-warned-of",
            "indirect-spoke-at-about",
            "indirect-talked-adverb-about",
            "indirect-commented-on",
            "indirect-railed-against",
            "belief-voted-for",
        ),
    ),
    Rule("object-as", _object_as, ("indirect-described-as",)),
    Rule(
        "object-and-complement",
        _object_complement,
        ("indirect-called-object-judgement", "indirect-called-him-a"),
    ),
    Rule(
        "object",
        _object,
        (
            "indirect-denied-object",
            "belief-praised-object",
            "belief-poll-shows-object",
            "not-cue-noun-after-determiner",
        ),
    ),
    Rule(
        "interrupted-by-its-cue",
        _interrupted_rule,
        ("indirect-interrupted-name", "indirect-interrupted-after-connective"),
    ),
    Rule(
        "cue-closes-the-sentence",
        _cue_closes,
        ("indirect-said-final", "subject-inverted-closes"),
    ),
)
"""How a cue finds the content of its report, in order."""
_SPEAK_RULES = tuple(
    r for r in REPORTED_RULES if r.name in {"preposition", "object-and-complement"}
)
"""The rules of a verb of class ``speak``: what was spoken about or what
something was called, no more."""


def _participle_subject(
    report: _Report, direct: list[Found], subjects: CueSubjects
) -> Subject | None:
    """The subject a participle (``, noting that …``) takes from the cue
    before it in its sentence (``the secretary acknowledged …, noting``).
    """
    text, cue, sentence_start = report.text, report.cue, report.sentence_start
    if not _is_participle(text, sentence_start, cue):
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
