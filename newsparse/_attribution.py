"""Attribution: which cue and speaker each quotation, and each report, has.

Two ordered rule tables do the work, each rule a small function with an
example and the ids of the golden cases in ``tests/cases/quotes.json``
that pin it down (``tests/test_quotes.py`` checks that every id exists):

* :data:`DIRECT_RULES` give a quoted passage its cue: the first rule that
  finds one wins. A passage no rule attributes is not speech (a title in
  marks, a scare quote) and is not returned.
* :data:`REPORTED_RULES` read the content of reported speech around a cue
  that no direct quote used up: the first rule that finds a content span
  wins.

The speaker of a cue is read by the speaker-phrase grammar of
:mod:`newsparse._cues`; resolving it to a person is
:mod:`newsparse._speakers`' job.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import regex

from . import _lexicon as lex
from ._cues import (
    MEDIUM,
    NICK_CONTEXT,
    NICKNAME,
    SUBJECT_KINDS,
    Cue,
    Subject,
    after_pattern,
    drop_lead,
    inverted_subject,
    subject_of,
    tail,
)
from ._reading import DOUBLE, QUOTE_MARKS, Passage, Reading, trim

if TYPE_CHECKING:
    from ._types import Mention, Person, QuoteKind

__all__ = ["DIRECT_RULES", "REPORTED_RULES", "Found", "Rule", "Scene", "attribute", "reported"]

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# A naming word: what follows it in quotation marks is a term.
_NAMING_WORD = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:\L<naming>)(?![\p{L}\p{M}])",
    naming=lex.NAMING_WORDS,
)
# What may stand between a verb and the `that` of reported speech: a few
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

# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@attrs.define
class Found:
    """A quote before its speaker is resolved."""

    kind: QuoteKind
    span: tuple[int, int]
    text: str
    cue: Cue | None
    subject: Subject | None
    """The speaker as written at the cue."""
    inherit: Found | None = None
    """The quote whose speaker this one continues."""
    addressee: tuple[int, int] | None = None
    medium: str | None = None
    speaker: str | None = None
    mention: Mention | None = None
    person: Person | None = None
    organization: bool = False
    addressee_name: str | None = None
    """The addressee resolved to a person's canonical name."""
    rule: str = ""
    """The name of the rule that found it (for tests and debugging)."""


@attrs.define
class Scene:
    """What the attribution rules read: the text's reading and its cues."""

    reading: Reading
    cues: list[Cue]
    cue_starts: list[int] = attrs.field(init=False)
    """The start of every cue, for bisecting (built once)."""

    def __attrs_post_init__(self) -> None:
        self.cue_starts = [c.start for c in self.cues]

    @property
    def text(self) -> str:
        return self.reading.text

    def cues_between(self, lo: int, hi: int) -> list[Cue]:
        """The cues that start in ``[lo, hi)``."""
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return self.cues[i:j]


@attrs.frozen
class Rule:
    """One rule of a table: a name, the function and the golden cases."""

    name: str
    read: Callable[..., object]
    cases: tuple[str, ...]
    """Ids of the cases in ``tests/cases/quotes.json`` that show the rule."""


# --------------------------------------------------------------------------
# Direct and partial quotes
# --------------------------------------------------------------------------


@attrs.define
class _Passages:
    """The quotes found so far, by where their paragraphs end."""

    last_in_para: dict[int, Found] = attrs.Factory(dict)
    by_para_end: dict[int, Found] = attrs.Factory(dict)


def attribute(scene: Scene) -> list[Found]:
    """Find the cue and speaker of every quoted passage that has one."""
    text = scene.text
    found: list[Found] = []
    seen = _Passages()
    for passage in scene.reading.passages:
        if NICKNAME.fullmatch(text, passage.open, passage.after) and NICK_CONTEXT.fullmatch(
            text, max(0, passage.open - 30), min(len(text), passage.after + 3)
        ):
            continue  # Peter "Willy" Hatchett: a nickname, not speech
        result = None
        for rule in DIRECT_RULES:
            result = rule.read(scene, passage, seen)
            if result is not None:
                break
        if not isinstance(result, Found):
            continue
        result.rule = rule.name
        found.append(result)
        seen.last_in_para[passage.last_para] = result
        seen.by_para_end[passage.last_para] = result
    return found


def _cue_after(scene: Scene, passage: Passage, _seen: _Passages) -> Found | None:
    """The attribution right after the closing mark.

    ``"…," Smith said``, ``"…," said Ahmed Khan, a spokesman``, ``"…?" Jones
    asked``: a comma (or ``?``, ``!``, a dash) closes the quote and the cue
    and its subject follow.
    """
    if not passage.closed:
        return None
    text = scene.text
    found = _after_mark(text, passage, scene.reading.paras[passage.last_para][1])
    if found is None:
        return None
    cue, subject, subject_end = found
    stop = scene.reading.sentence_end(subject_end)
    addressee, medium = tail(text, cue, subject_end, stop)
    return Found(
        kind=_kind_of(text, passage, introduced=True),
        span=(passage.start, passage.end),
        text=_passage_text(text, passage),
        cue=cue,
        subject=subject,
        addressee=addressee,
        medium=medium,
    )


def _after_mark(text: str, passage: Passage, hi: int) -> tuple[Cue, Subject, int] | None:
    """The cue and subject right after a closing mark, and where they end."""
    content = text[passage.pieces[-1][0] : passage.end].rstrip("'’")  # a nested quote's end
    last = content[-1:]
    comma_after = text.startswith(",", passage.after)
    original_last = text[passage.pieces[-1][1] : passage.after].strip(QUOTE_MARKS + " ")
    if not (comma_after or original_last.startswith(",") or last in ",?!—–-…"):
        return None
    match = after_pattern().match(text, passage.after, min(hi, passage.after + 260))
    if match is None:
        return None
    verb_group = "verb_a" if match.group("verb_a") is not None else "verb_b"
    form = match.group(verb_group)
    if verb_group == "verb_a" and form.endswith("ing"):
        return None  # `"…," noting some…`: a participle, not `said X`
    cue = Cue(
        start=match.start(verb_group),
        end=match.end(verb_group),
        form=form,
        klass=lex.VERB_CLASS[form],
        lemma=lex.VERB_LEMMA[form],
    )
    for prefix in ("a_", "b_"):
        for kind in SUBJECT_KINDS:
            if match.group(prefix + kind) is not None:
                s, e = match.span(prefix + kind)
                subject = drop_lead(text, s, e, kind)
                if subject is None:
                    return None
                return cue, subject, match.end()
    return None


def _kind_of(text: str, passage: Passage, *, introduced: bool) -> QuoteKind:
    """``direct`` for a sentence, ``partial`` for a fragment."""
    content = text[passage.start : passage.end]
    first = next((ch for ch in content if ch.isalpha()), "")
    ends_sentence = content.rstrip(" \"'”’)").endswith((".", "?", "!", "…"))
    if first.islower() and not ends_sentence:
        return "partial"
    if first.islower() and not introduced:
        before = text[max(0, passage.open - 6) : passage.open].split()
        if before and before[-1].casefold() in _NP_DETERMINERS | {"of", "to", "for", "as"}:
            return "partial"  # to demonstrate the "example of…": mid-sentence
    if not introduced and len(content.split()) < 4 and not ends_sentence:
        return "partial"
    return "direct"


def _passage_text(text: str, passage: Passage) -> str:
    return " ".join(" ".join(text[s:e].split()) for s, e in passage.pieces)


def _cue_before(scene: Scene, passage: Passage, seen: _Passages) -> Found | None:
    """The attribution earlier in the quote's sentence, or at the end of the
    paragraph before after a colon.

    ``Smith said: "…"``, ``He said, "…"``, ``Jones said that "…"``, ``Karimi
    vowed to lead an "…"``; a participle after a cue (``…, adding that
    "…"``) takes the subject of the cue before it.
    """
    text = scene.text
    reading = scene.reading
    previous = seen.last_in_para.get(passage.para)
    ps = reading.paras[passage.para][0]
    sentence_start = reading.sentence_start(passage.open)
    region_start = sentence_start
    if sentence_start >= passage.open and passage.open == ps and passage.para > 0:
        # `X said:` ends the paragraph before
        ppe = reading.paras[passage.para - 1][1]
        if text[ppe - 1] != ":":
            return None
        region_start = reading.sentence_start(ppe - 1)
        region_end = ppe
    else:
        region_end = passage.open
    cues = scene.cues_between(region_start, region_end)
    if not cues:
        return None
    cue = cues[-1]
    if _NAMING_WORD.search(text, cue.end, region_end):
        return None
    subject: Subject | None
    if cue.klass == "accord":
        match = after_pattern().match(text, cue.start, region_end)
        subject = None if match is None else inverted_subject(match)
        if subject is None:
            return None
        inherit = None
    else:
        own_start = sentence_start if region_end == passage.open else region_start
        subject = subject_of(text, own_start, cue)
        inherit = None
        if subject is None:
            earlier = [c for c in cues[:-1] if c.end <= cue.start]
            before = text[max(region_start, cue.start - 6) : cue.start]
            if earlier and (cue.form.endswith("ing") or "," in before or "and" in before):
                cue_subject = subject_of(text, region_start, earlier[-1])
                if cue_subject is None and previous is not None and previous.cue is earlier[-1]:
                    inherit = previous
                elif cue_subject is not None:
                    subject = cue_subject
            elif (
                previous is not None
                and previous.cue is not None
                and (cue.form.endswith("ing") or "," in before)
            ):
                inherit = previous
            if subject is None and inherit is None:
                return None
    between = text[cue.end : region_end].rstrip()
    introduced = between.endswith((":", ",")) or not between.strip(" ,:")
    addressee, medium = tail(text, cue, cue.end, region_end)
    if medium is None and passage.closed:
        stop = reading.sentence_end(passage.after)
        match = MEDIUM.match(text, passage.after, stop) or MEDIUM.search(text, passage.after, stop)
        if match is not None:
            medium = match.group("platform") or match.group("document")
    if medium is None:
        match = MEDIUM.search(text, region_start, cue.start)
        if match is not None:
            medium = match.group("platform") or match.group("document")
    return Found(
        kind=_kind_of(text, passage, introduced=introduced),
        span=(passage.start, passage.end),
        text=_passage_text(text, passage),
        cue=cue,
        subject=subject,
        inherit=inherit,
        addressee=addressee,
        medium=medium,
    )


def _continues(scene: Scene, passage: Passage, seen: _Passages) -> Found | None:
    """A quote that opens a sentence after another quote of its paragraph
    goes on with that quote's speaker and cue.

    ``"The first step is done," she said. "The second is harder."``
    """
    previous = seen.last_in_para.get(passage.para)
    if previous is None or scene.reading.sentence_start(passage.open) < passage.open:
        return None
    return _continuation(scene.text, passage, previous, cue=True)


def _next_paragraph(scene: Scene, passage: Passage, seen: _Passages) -> Found | None:
    """A paragraph that opens with a quote, after a paragraph that ended
    with one, goes on with its speaker (but not its cue).

    ``"We were scared," Alma Ruiz said.`` / ``"When the jet hit …"``
    """
    if passage.para in seen.last_in_para or scene.reading.paras[passage.para][0] != passage.open:
        return None
    previous = seen.by_para_end.get(passage.para - 1)
    if previous is None:
        return None
    return _continuation(scene.text, passage, previous, cue=False)


def _continuation(text: str, passage: Passage, previous: Found, *, cue: bool) -> Found:
    """A quote that goes on with the speaker (and cue) of ``previous``."""
    return Found(
        kind=_kind_of(text, passage, introduced=True),
        span=(passage.start, passage.end),
        text=_passage_text(text, passage),
        cue=previous.cue if cue else None,
        subject=None,
        inherit=previous,
        addressee=previous.addressee,
        medium=previous.medium,
    )


DIRECT_RULES: tuple[Rule, ...] = (
    Rule(
        "cue-after-the-quote",
        _cue_after,
        ("after-name-said", "after-pronoun-said", "inverted-said-name", "after-told-him"),
    ),
    Rule(
        "cue-before-the-quote",
        _cue_before,
        ("before-colon", "before-comma", "before-that-quote", "before-adding-that"),
    ),
    Rule("continues-the-quote-before", _continues, ("inside-pronoun", "second-span-name")),
    Rule(
        "continues-the-paragraph-before",
        _next_paragraph,
        ("next-paragraph-continues-speaker",),
    ),
)
"""How a quoted passage finds its cue, in order."""

# --------------------------------------------------------------------------
# Reported speech
# --------------------------------------------------------------------------


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
