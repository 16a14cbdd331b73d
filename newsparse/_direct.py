"""Direct and partial quotes: which cue and speaker each quoted passage has.

:data:`DIRECT_RULES` give a quoted passage its cue: the first rule that
finds one wins. A passage no rule attributes is not speech (a title in
marks, a scare quote) and is not returned. Each rule is a small function
with an example and the ids of the golden cases in
``tests/cases/quotes.json`` that pin it down.
"""

from __future__ import annotations

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
    after_preposition,
    clause_subject,
    drop_lead,
    inverted_subject,
    subject_of,
    tail,
)
from ._found import Found, Rule, Scene
from ._lazy import LazyPattern
from ._reading import QUOTE_MARKS, Passage

if TYPE_CHECKING:
    from ._types import QuoteKind

__all__ = ["DIRECT_RULES", "attribute", "join_interrupted"]

# A naming word: what follows it in quotation marks is a term.
_NAMING_WORD = LazyPattern(
    r"(?<![\p{L}\p{M}])(?i:\L<naming>)(?![\p{L}\p{M}])",
    naming=lex.NAMING_WORDS,
)
# What may stand between a verb and the `that` of reported speech: a few

_NP_DETERMINERS = frozenset(lex.function_words("determiner"))
"""Determiners before a quote that make it a fragment (``the "example of…"``)."""


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
    cue = Cue.of(form, match.start(verb_group), match.end(verb_group))
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


def _right_before(text: str, cue: Cue, mark: int) -> bool:
    """Whether a quote at ``mark`` follows ``cue`` right after it (``he
    continued: "…"``, ``she shared that "…"``): a verb that takes no
    report of its own (no frame) cues no quoted fragment further on (``the
    service continues its "incredible" run``).
    """
    between = text[cue.end : mark].split()
    return len(between) <= 1 and all(w.strip(",:") in {"", "that"} for w in between)


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
    fragment = text[passage.start : passage.start + 1].islower()
    cues = [
        c
        for c in scene.cues_between(region_start, region_end)
        if c.speech
        and c.klass != "speak"  # spoke about: a report, no quotation's cue
        and (c.frames or not fragment or _right_before(text, c, region_end))
    ]
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
            if subject is None and inherit is None and after_preposition(text, own_start, cue):
                subject = clause_subject(text, own_start, cue.start)  # ended it by saying
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


# A speaker's name and a colon right before a quote, where no verb is: at the
# start of a paragraph or a sentence, or after a dash (``- Carl Roe: "…"``).
# Read backwards from the quote's opening mark.
_NAME_COLON = LazyPattern(
    r"""
    (?r)
    (?:\A|(?<=\n)|(?<=[.!?…]["”’]?\s)|(?<=\s[-–—]\s))   # where a line or a sentence starts
    [ \t]*
    (?P<name>
        \p{Lu}[\p{L}\p{M}'’\-]*\.?                      # Jane, Sen., McDonald
        (?:\s(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\L<particles>)){0,4}  # more words, de, van
    )
    [ \t]*:[ \t]*\Z
    """,
    regex.VERBOSE,
    particles=lex.PARTICLES,
)
_MAX_NAME_COLON = 60
"""How far before the opening mark a speaker's name and colon may start."""


def _name_colon(scene: Scene, passage: Passage, _seen: _Passages) -> Found | None:
    """A speaker's name and a colon before the quote, and no verb.

    ``Jane Roe: "We will not give up."``, a line of a round-up (``- Carl
    Roe: "…"``): a name the name tables vouch for (a given name first, or
    a family name alone that is no place), so that ``Update: "…"`` and
    ``Breaking News: "…"`` are no speakers.
    """
    text = scene.text
    lo = max(scene.reading.paras[passage.para][0], passage.open - _MAX_NAME_COLON)
    match = _NAME_COLON.search(text, lo, passage.open)
    if match is None:
        return None
    s, e = match.span("name")
    words = text[s:e].split()
    given, family = lex.name_tables()
    first = words[0].casefold()
    if len(words) == 1:
        if first not in family or first in lex.PLACE_NAMES:
            return None
    elif first not in given and words[0] not in lex.TITLE_KIND:
        return None
    return Found(
        kind=_kind_of(text, passage, introduced=True),
        span=(passage.start, passage.end),
        text=_passage_text(text, passage),
        cue=None,
        subject=Subject(start=s, end=e, kind="name"),
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
    Rule("name-and-colon", _name_colon, ("name-colon-quote",)),
    Rule("continues-the-quote-before", _continues, ("inside-pronoun", "second-span-name")),
    Rule(
        "continues-the-paragraph-before",
        _next_paragraph,
        ("next-paragraph-continues-speaker",),
    ),
)
"""How a quoted passage finds its cue, in order."""


def join_interrupted(text: str, found: list[Found]) -> list[Found]:
    """One quote of the two pieces its own cue interrupts, in one sentence.

    ``"We will win," she said, "and we will win big."``: the passage before
    the cue (read by ``cue-after-the-quote``) and the one after it (read by
    ``cue-before-the-quote``, the same cue) are one quote with two
    ``parts``, as PolNeAR and readers count it; its span runs from the first
    piece to the last, its text is the pieces joined. Commas on both sides
    of the cue make it one sentence: ``"A," she told "Meet the Press."``
    names a show, and ``"A," he said. "B."`` is two sentences. Run after
    speakers are resolved, so both pieces were read as before.
    """
    by_cue: dict[tuple[int, int], list[Found]] = {}
    for item in found:
        if item.cue is not None and item.rule in _JOINED_RULES and not item.parts:
            by_cue.setdefault((item.cue.start, item.cue.end), []).append(item)
    joined: set[int] = set()
    for pieces in by_cue.values():
        if len(pieces) != 2:  # a piece before the cue and one after
            continue
        first, second = sorted(pieces, key=lambda item: item.span[0])
        cue = first.cue
        if (
            cue is None
            or (first.rule, second.rule) != _JOINED_RULES
            or first.kind != "direct"  # Clinton's "genuine empathy," he said, "…"
            or _BLANK_LINE.search(text, first.span[0], first.span[1])  # marks gone astray
            # shouted, "Cruz," Beck joked, "…": the first piece has a cue of its own
            or text[max(0, first.span[0] - 8) : first.span[0]].rstrip(_OPENING).endswith((",", ":"))
            or not first.span[1] <= cue.start < cue.end <= second.span[0]
            or "," not in text[first.span[1] : cue.start]
            or not _one_clause(text[cue.end : second.span[0]].rstrip(_OPENING))
        ):
            continue
        first.parts = (first.span, second.span)
        first.span = (first.span[0], second.span[1])
        first.text = f"{first.text} {second.text}"  # its kind stays direct, as the first's
        joined.add(id(second))
    return [item for item in found if id(item) not in joined]


def _one_clause(gap: str) -> bool:
    """Whether ``gap``, between a cue and the piece after it, ends the cue's
    clause with a comma and holds no other break (``, it added; and, later,
    "…"`` starts a second statement).
    """
    return gap.endswith(",") and len(gap) <= _MAX_GAP and not any(c in gap for c in ";:.!?")


_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_MAX_GAP = 80
"""At most this many characters between an interrupting cue and the piece
after it (``said the city's deputy mayor, Jane Roe,``)."""
_OPENING = " \t\n" + QUOTE_MARKS
"""What may stand between the comma after a cue and the piece it opens."""
_JOINED_RULES = ("cue-after-the-quote", "cue-before-the-quote")
"""The rules that read the piece before an interrupting cue and the piece after it."""
