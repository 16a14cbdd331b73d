"""Cues: the reporting verbs of a text and the phrases around them.

A cue is a form of a reporting verb (``said``, ``told``, ``according to``,
from the verb table ``_data/reporting_verbs.txt``) outside quoted content,
not passive (``was told``), not a noun or an adjective (``the claims``,
``reported incidents``) and not a capitalised word inside a sentence
(``Secretary of State``). :func:`find_cues` finds them all in one pass.

Around a cue, the speaker-phrase grammar below reads

* its **subject**, written before it (``Lavrov said``, ``the militant
  group said``, ``U.S. officials said``, ``he has also said``) or after it
  (``said Ahmed Khan, a spokesman``): a pronoun, a name (titles, particles
  and a quoted nickname inside it), a description (a determiner or a
  possessive and a few words) or a group noun, as a :class:`Subject`;
* the **addressee** after a verb of telling (``told reporters``, ``told CBS
  News' Charlie D'Agata``) and the **medium** (``on Twitter``, ``in a
  statement``): :func:`tail`.

Every pattern is bounded, so reading the phrases of one cue costs the same
however long the text is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any, Literal

import attrs
import regex

from . import _lexicon as lex
from ._lazy import LazyPattern
from ._reading import DOUBLE, QUOTE_MARKS, inside

__all__ = [
    "MEDIUM",
    "NICKNAME",
    "NICK_CONTEXT",
    "OBJECT_BEFORE",
    "SUBJECT_KINDS",
    "Cue",
    "Subject",
    "SubjectKind",
    "after_pattern",
    "after_preposition",
    "clause_subject",
    "clean_name",
    "coordinated",
    "drop_lead",
    "find_cues",
    "fold_name",
    "inverted_subject",
    "named_in",
    "strip_possessor",
    "subject_of",
    "tail",
]

_VERB = LazyPattern(
    r"""
    (?<![\p{L}\p{M}\p{N}'’-])          # not inside a word
    \L<verbs>                          # a form from the table
    (?![\p{L}\p{M}\p{N}'’-])           # not followed by more word
    """,
    regex.VERBOSE,
    verbs=sorted(lex.ATTRIBUTION_VERBS, key=len, reverse=True),
)

_NAME_WORD = r"""
    (?:
        \p{Lu}[\p{L}\p{M}]{0,3}\.(?:\p{L}\.)*       # Sgt., J.D., U.S., an initial
        (?=\s+[\p{L}(“"‘])                        # (a name goes on after it)
      | \(\p{Lu}[\p{L}\p{M}]{0,5}\.?\)             # Lt. Gen. (Dr.) Paul
        (?=\s+\p{Lu})
      | \p{Lu}[\p{L}\p{M}]*                        # capital and letters
        (?:['’\-][\p{L}\p{M}]+)*                  # D'Agata, Jean-Luc
        (?:['’]s?)?                              # a possessive
    )
"""
# A quoted nickname: one or two capitalised words in marks…
NICKNAME = regex.compile(r"""["“‘']\p{Lu}[\p{L}\p{M}.\-]*(?:\s\p{Lu}[\p{L}\p{M}]*)?["”’']""")
# …between two capitalised words of a name (the window ends 3 characters
# past the closing mark, starts up to 30 before the opening one).
NICK_CONTEXT = regex.compile(
    r""".*?\p{Lu}[\p{L}\p{M}.\-]*\s["“‘'][^"“”‘’']+["”’']\s\p{Lu}.?""", regex.DOTALL
)
# A nickname in quotation marks inside a name (Peter "Willy" Hatchett).
_NICK = r"""(?:["“‘']\p{Lu}[\p{L}\p{M}.\-]*(?:\s\p{Lu}[\p{L}\p{M}]*)?["”’']\s+(?=\p{Lu}))"""
_NAME = rf"""
    (?:(?:The|the)\s+)?                          # the Pentagon
    {_NAME_WORD}
    (?:
        \s+(?:{lex.PARTICLE_RUN}\s+)*{_NICK}?{_NAME_WORD}  # more words, particles
      | (?<={lex.alternation(lex.ORG_HEADS)})            # Office for National Statistics
        \s+(?:of|for|on)\s+(?:the\s+)?{_NAME_WORD}
    ){{0,7}}
"""
# A group that speaks without an article: a group noun (officials said),
# a share of people (six in 10 said, 54 percent say, most said) or a plural
# noun with a word before it (Democratic strategists say, polls show).
_GROUP = r"""
    (?:
        (?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+)?          # U.S. officials, Afghan officials
        \L<groups>                                # officials, analysts
      | (?:(?i:more|fewer|less)\s+than\s+|(?i:nearly|almost|about|some|over)\s+)?
        (?:\d[\d,.]*\s*%|(?:\d[\d,.]*|\p{L}+(?:-\p{L}+)?)\s+(?:percent|per\s+cent|in\s+\d+))
        (?:\s+of\s+(?:the\s+)?\p{L}+)?           # of them, of voters
      | (?i:most|majorities|a\s+majority|half)(?:\s+of\s+(?:the\s+)?\p{L}+)?
      | (?:\p{L}[\p{L}\-]*\s+)?\p{Ll}[\p{Ll}\-]{2,}(?<![su])s  # Democratic strategists, polls
    )
"""
# A party and state after a name (Sen. Jo Roe (D-Md.)), as a group.
_PARTY_TAG = r"(?:\s*\([^()\n]{1,30}\))"
# A job written in lower case before a name (head coach, political
# consultant), as a group: its last word is a job word; a capitalised word
# other than a determiner may open it (Taliban negotiator, Head coach).
_CAPITAL_DETERMINER = lex.alternation(w.title() for w in lex.DETERMINERS)
_ROLE = rf"""(?:(?:(?!{_CAPITAL_DETERMINER}\s)\p{{Lu}}[\p{{L}}\-]*\s+)?
    (?:[\p{{Ll}}\-]+\s+){{0,2}}\L<jobs>\s+)"""
# Appositives between a speaker and its verb, each between commas (Jo Roe,
# 21, a student from Kell, said), as a group.
_APPOSITIVES = r"""(?:(?:\s*,[^,;:"“”\n]{1,120}){1,4},)"""
# The same, read backwards from the verb: as few as make a speaker phrase,
# so that an opening phrase (In October, Jo Roe, 21, said) is not one.
_FEWEST_APPOSITIVES = r"""(?:(?:\s*,[^,;:"“”\n]{1,120}){1,4}?,)"""
# A word of a description (U.S. keeps its full stops, a sentence's is left).
_WORD = r"[\p{L}\p{M}\p{N}'’\-]+(?:\.[\p{L}\p{M}\p{N}'’\-]+)*(?:\.(?=\s+\p{L}))?"
# A description read as a speaker: a determiner or a possessive name and a
# few words (the militant group, His son, Microsoft's spokesman).
_DESC = rf"""
    (?:(?i:\L<determiners>)                      # the, his, one
      |\p{{Lu}}[\p{{L}}\p{{M}}]*['’]s?)              # Smith's, Reuters'
    \s+(?:{_WORD}\s+){{0,6}}?{_WORD}
"""
_PRONOUN = r"(?:\L<pronouns>|He|She|They|It|We)"
# When, between a speaker and the verb (Smith on Monday said, Smith Sunday
# night recounted).
_WHEN = rf"""(?:(?:on\s+)?{lex.alternation(lex.WEEKDAYS)}(?:\s+(?:night|morning|afternoon|evening))?
    |(?:last|this|earlier\s+this|later\s+that)\s+(?:week|month|year|night|morning))"""
# Adverbs and auxiliaries between a speaker and the verb (also, has, flatly).
_AUX = rf"(?:\L<auxiliaries>|\p{{Ll}}+ly|{_WHEN})"

_SUBJECT_WORDS: dict[str, Any] = {
    "pronouns": lex.PRONOUNS,
    "determiners": lex.DETERMINERS,
    "groups": lex.longest_first(lex.GROUP_NOUNS),
    "auxiliaries": lex.longest_first(lex.function_words("auxiliary")),
    "jobs": lex.longest_first(lex.JOB_WORDS),
}
"""The word lists the two subject patterns name (``\\L<pronouns>`` …)."""

# The subject written before a verb, read backwards from the verb.
_SUBJECT_BEFORE = LazyPattern(
    rf"""
    (?r)                                         # matched from the right
    (?<![\p{{L}}\p{{M}}\p{{N}}'’-])               # a whole word starts it
    (?:
        (?P<pronoun>{_PRONOUN})
      | (?P<group>{_GROUP})
      | (?P<name>{_ROLE}?{_NAME})
      | (?P<desc>{_DESC})
    )
    {_PARTY_TAG}?                                # Sen. Jo Roe (D-Md.)
    (?P<appos>{_FEWEST_APPOSITIVES})?            # Saleh, the former vice president,
    (?:\s+{_AUX})*                               # has, also
    \s+\Z                                        # right before the verb
    """,
    regex.VERBOSE,
    **_SUBJECT_WORDS,
)

# What may follow a subject written after its verb (said Smith, …).
_SUBJECT_END = r"(?=\s*[,.;:!?)—–]|\s*\Z|\s+\L<after_speaker>\b)"


# The attribution right after a closing mark: `"…," X said`, `"…," said X`,
# `"…," according to X`.
@functools.cache
def after_pattern() -> regex.Pattern[str]:
    """The attribution pattern, compiled on first use: it is the largest
    pattern of the library (~30 ms to compile), so not at import.
    """
    return regex.compile(
        rf"""
        \s*,?\s*                                     # a comma outside the mark
        (?:
            (?P<verb_a>\L<verbs>)\s+                 # inverted: said Smith
            (?:(?P<a_pronoun>{_PRONOUN})(?![\p{{L}}\p{{M}}])
              |(?P<a_group>{_GROUP}){_SUBJECT_END}
              |(?P<a_name>{_ROLE}?{_NAME}){_PARTY_TAG}?{_SUBJECT_END}
              |(?P<a_desc>{_DESC}){_SUBJECT_END})
          | (?:
              (?P<b_pronoun>{_PRONOUN})(?![\p{{L}}\p{{M}}])
              |(?P<b_group>{_GROUP})
              |(?P<b_name>{_ROLE}?{_NAME})
              |(?P<b_desc>{_DESC})
            )
            {_PARTY_TAG}?
            {_APPOSITIVES}?                            # appositives
            (?:\s+{_AUX}){{0,3}}
            \s+(?P<verb_b>\L<verbs>)
        )
        (?![\p{{L}}\p{{M}}\p{{N}}'’-])
        """,
        regex.VERBOSE,
        verbs=sorted(lex.VERB_CLASS, key=len, reverse=True),
        pronouns=lex.PRONOUNS,
        determiners=lex.DETERMINERS,
        groups=lex.longest_first(lex.GROUP_NOUNS),
        auxiliaries=lex.longest_first(lex.function_words("auxiliary")),
        after_speaker=lex.longest_first([*lex.function_words("after_speaker"), *lex.WEEKDAYS]),
        jobs=lex.longest_first(lex.JOB_WORDS),
    )


_INVERTED_ORDER: tuple[SubjectKind, ...] = ("name", "desc", "group", "pronoun")


def inverted_subject(match: regex.Match[str]) -> Subject | None:
    """The subject after the verb of an inverted attribution (``said Smith``),
    from a match of :func:`after_pattern`.
    """
    for kind in _INVERTED_ORDER:
        if match.group("a_" + kind) is not None:
            s, e = match.span("a_" + kind)
            return Subject(start=s, end=e, kind=kind)
    return None


# The person spoken to, after a verb of telling (told reporters, told CBS
# News' Charlie D'Agata, told him).
_ADDRESSEE = LazyPattern(
    rf"""
    \s+
    (?P<addressee>
        (?:him|her|them|me|us|you)(?![\p{{L}}\p{{M}}])
      | {_NAME}
      | \L<audiences>(?![\p{{L}}\p{{M}}])              # reporters, the jury
      | (?:the|a|an)\s+[\p{{L}}\-]+(?:\s+[\p{{L}}\-]+)?
        (?=\s+(?:that|in|on|at|during|last|this|[\p{{Lu}}]|he|she|they|it|we)\b|[,.;:])
    )
    """,
    regex.VERBOSE,
    audiences=lex.longest_first(lex.AUDIENCES),
)

# Where something was said (on Twitter, in a statement, in an op-ed).
MEDIUM = LazyPattern(
    r"""
    (?<![\p{L}\p{M}])
    (?:
        (?i:on)\s+(?P<platform>\L<platforms>)               # on Twitter
      | (?i:in|during|on|via|through)\s+
        (?:a|an|the|his|her|their|its)\s+
        (?:[\p{L}\-]+\s+){0,2}?                             # a written, a joint
        (?P<document>\L<documents>)                         # statement
    )
    (?![\p{L}\p{M}])
    """,
    regex.VERBOSE,
    platforms=lex.PLATFORMS,
    documents=lex.DOCUMENTS,
)

_PASSIVE = regex.compile(
    r"(?r)(?<![\p{L}])\L<words>\s+\Z", words=lex.longest_first(lex.function_words("passive"))
)
# The words that put a name in object position (told X, met with X).
OBJECT_BEFORE = regex.compile(
    r"""
    (?r)(?<![\p{L}])
    \L<words>                                    # told, with, met
    \s+\Z
    """,
    regex.VERBOSE,
    words=lex.longest_first(lex.function_words("object_before")),
)
# The words before a verb form that make it a noun or an adjective (the
# claims, his statement, into reported incidents).
_NOUN_BEFORE = regex.compile(
    r"""
    (?r)(?<![\p{L}])
    \L<words>                                    # the, into, largest
    \s+\Z
    """,
    regex.VERBOSE,
    words=lex.longest_first(lex.function_words("noun_before")),
)
# An auxiliary right before an -ing form (was saying, is telling).
_PROGRESSIVE = regex.compile(
    r"(?r)(?<![\p{L}])\L<words>\s+\Z", words=lex.longest_first(lex.function_words("progressive"))
)
_SPACE = regex.compile(r"\s+")

SubjectKind = Literal["pronoun", "name", "desc", "group"]
"""How a speaker phrase was read: a pronoun (``he``), a name (``Sergei
Lavrov``, ``the Pentagon``), a description (``the militant group``) or a
group noun (``officials``)."""
SUBJECT_KINDS: tuple[SubjectKind, ...] = ("pronoun", "group", "name", "desc")
"""The kinds in the order the subject pattern tries them."""


@attrs.frozen
class Subject:
    """The speaker of a cue as written: where it is and how it was read."""

    start: int
    end: int
    kind: SubjectKind
    refers: Subject | None = None
    """What a relative ``who`` stands for (``Barkley, who said``)."""


@attrs.define
class Cue:
    """A verb of attribution found in the text."""

    start: int
    end: int
    form: str
    klass: str
    lemma: str
    sense: str = "speech"
    """What it attributes (:data:`newsparse._lexicon.ATTRIBUTION_SENSES`)."""
    frames: frozenset[str] = frozenset()
    """How its report may follow it (the verb table's frames)."""

    @property
    def speech(self) -> bool:
        """Whether it attributes speech (a quote of its own may follow it)."""
        return self.sense == "speech"

    @classmethod
    def of(cls, form: str, start: int, end: int) -> Cue:
        """The cue of ``form`` (a form of the verb table) at ``start``."""
        verb = lex.ATTRIBUTION_VERBS[form]
        return cls(
            start=start,
            end=end,
            form=form,
            klass=verb.klass,
            lemma=verb.lemma,
            sense=verb.sense,
            frames=verb.frames,
        )


# A word as the verb pattern's look-arounds bound it, and the first words of
# the verb table's forms (``according`` of ``according to``): find_cues tries
# the verb pattern only where such a word starts, not at every position of
# the text (where its look-behind made it a quarter of the whole parse). Every
# match of the pattern starts a word run, and the pattern checks its own
# bounds, so the two find the same verbs.
_WORD_RUN = regex.compile(r"[\p{L}\p{M}\p{N}'’-]+")
_FIRST_WORDS = frozenset(
    first.group() for form in lex.ATTRIBUTION_VERBS if (first := _WORD_RUN.match(form))
)


def _verb_matches(text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """What ``_VERB.finditer(text, lo, hi)`` gives, found by word lookup."""
    first_words = _FIRST_WORDS
    verb_at = _VERB.compiled.match
    done = lo
    for word in _WORD_RUN.finditer(text, lo, hi):
        start = word.start()
        if start < done or word.group() not in first_words:
            continue
        match = verb_at(text, start, hi)
        if match is not None:
            done = match.end()
            yield match


def find_cues(text: str, lo: int, hi: int, masks: list[tuple[int, int]]) -> list[Cue]:
    """Every reporting verb outside quoted content, in text order."""
    cues = []
    for match in _verb_matches(text, lo, hi):
        if inside(masks, match.start()):
            continue
        form = match.group()
        if not form.split()[0].endswith("ing") and _PASSIVE.search(
            text, max(lo, match.start() - 12), match.start()
        ):
            continue  # was told; `was referring to` is progressive, a cue
        if form[0].isupper() and not _sentence_initial(text, lo, match.start()):
            continue  # United States, Secretary of State: not a cue
        if _NOUN_BEFORE.search(text, max(lo, match.start() - 8), match.start()):
            continue  # the claims, into reported incidents: a noun or adjective
        cues.append(Cue.of(form, match.start(), match.end()))
    return cues


def _sentence_initial(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a clause in quotation marks or a line."""
    i = pos
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return i == lo or text[i - 1] in "\n\r.!?:;\"“”‘’'(—–-"


def subject_of(text: str, sentence_start: int, cue: Cue) -> Subject | None:
    """The speaker written right before ``cue``, not before ``sentence_start``."""
    lo = max(sentence_start, cue.start - 400)
    if after_preposition(text, lo, cue):
        return clause_subject(text, lo, cue.start)  # ended the list by saying
    if (
        cue.form.endswith("ing")
        and text[lo : cue.start].rstrip().rstrip(DOUBLE + "’'").endswith(",")
        and not _PROGRESSIVE.search(text, max(lo, cue.start - 8), cue.start)
    ):
        return None  # a participle (…, noting): its subject is the clause's
    if coordinated(text, lo, cue):
        return None  # a second verb (… and said): its subject is the clause's
    match = _SUBJECT_BEFORE.search(text, lo, cue.start)
    if match is None:
        return None
    kind = next(k for k in SUBJECT_KINDS if match.group(k) is not None)
    s, e = match.span(kind)
    if match.group("appos") is not None and not _opens_phrase(text, lo, s, e, kind):
        head = _appositive_head(text, lo, match.end("appos") - 1)
        if head is not None:
            kind, s, e = head
    if kind != "pronoun" and text[s:e].rsplit(None, 1)[-1] in _PREPOSITIONS:
        # came on the show to talk, his list by: the clause's subject
        clause = clause_subject(text, lo, cue.start)
        if clause is not None:
            return clause
    if kind != "pronoun" and not text[s:e].endswith(_POSSESSIVES):
        aside = _before_aside(text, lo, s)
        if aside is not None:
            return aside
    if text[s:e].rsplit(None, 1)[-1].casefold() not in _PEOPLE_NOUNS and (
        (kind == "desc" and _OBJECT_OF_VERB.search(text, max(lo, s - 24), s))
        or (
            kind == "group"
            and cue.form.split()[0].endswith("ing")
            and _VERB_FIRST.match(text, s, e)
        )
    ):
        # issued a statement saying: the clause's subject issued it
        # (left 62 percent of voters saying: the voters say it)
        clause = clause_subject(text, lo, cue.start)
        if clause is not None and clause.end <= s:
            return clause
    if kind != "pronoun":
        of = _HEAD_OF.search(text, max(lo, s - 60), s)
        if of is not None and of.group("noun").casefold() in _PERSON_HEADS:
            s, kind = of.start(), "desc"  # the son of the late commander speaks
    return drop_lead(text, s, e, kind)


_PERSON_HEADS = lex.KIN | lex.JOB_WORDS
"""Nouns for a person that ``of`` continues (``the son of``, ``the head of``)."""

# The head of a description that "of" continues, read backwards from the
# phrase after "of" (the son of | the late commander).
_HEAD_OF = regex.compile(
    r"""
    (?r)(?<![\p{L}\p{M}\p{N}'’-])
    (?:(?i:\L<determiners>)|\p{Lu}[\p{L}\p{M}]*['’]s?)
    \s+(?:[\p{Ll}\-]+\s+){0,2}?(?P<noun>[\p{Ll}\-]+)
    \s+of\s+\Z
    """,
    regex.VERBOSE,
    determiners=lex.DETERMINERS,
)


# A speaker phrase right before a comma, read backwards (Jo Roe, | Jo Roe
# (D-Md.),): the head of appositives.
_SUBJECT_AT_COMMA = LazyPattern(
    rf"""
    (?r)
    (?<![\p{{L}}\p{{M}}\p{{N}}'’-])
    (?:
        (?P<pronoun>{_PRONOUN})
      | (?P<group>{_GROUP})
      | (?P<name>{_ROLE}?{_NAME})
      | (?P<desc>{_DESC})
    )
    {_PARTY_TAG}?
    \s*\Z
    """,
    regex.VERBOSE,
    ignore_unused=True,
    **_SUBJECT_WORDS,
)
_RELATIVE = regex.compile(r"(?<![\p{L}])(?:who|whose|whom|which)(?![\p{L}])")
_SEGMENT_BREAKS = frozenset(';:"“”\n')
_PHRASE_OPENINGS = frozenset(";:\"“”‘’'()—–-!?")
"""What may end the text before a phrase that opens a clause."""


def _opens_phrase(text: str, lo: int, s: int, e: int, kind: SubjectKind) -> bool:
    """Whether a speaker phrase at ``s`` can head appositives: it opens the
    sentence, follows an opening phrase and its comma (``In May, Jo Roe,
    21, said``) or a word such as ``while``; not a word of an appositive
    (``Jo Roe, who lives in Kell, Ohio, said`` has no speaker ``Ohio``).
    """
    cut = drop_lead(text, s, e, kind)
    if cut is None or cut.start != s:
        return False  # In May: an opening phrase, no speaker
    before = text[lo:s].rstrip()
    if not before or before[-1] in _PHRASE_OPENINGS:
        return True
    if not (before[-1].isalnum() or before[-1] == ","):
        return False  # Mr. Roe's plan: a word of the phrase before
    if before[-1] == ",":
        opening = before[:-1]
        return "," not in opening and _RELATIVE.search(opening) is None
    return before.rsplit(None, 1)[-1].casefold() in lex.SPEAKER_OPENERS


def _appositive_head(text: str, lo: int, comma: int) -> tuple[SubjectKind, int, int] | None:
    """The speaker phrase that heads the appositives ending at ``comma``
    (the one before the verb), read one comma further at a time, up to four
    appositives; ``None`` when none opens its phrase.
    """
    pos = comma
    for _ in range(4):
        before = text.rfind(",", lo, pos)
        if before < 0 or pos - before > 121:
            return None
        if any(ch in _SEGMENT_BREAKS for ch in text[before:pos]):
            return None
        match = _SUBJECT_AT_COMMA.search(text, max(lo, before - 200), before)
        if match is not None:
            for kind in SUBJECT_KINDS:
                if match.group(kind) is not None:
                    s, e = match.span(kind)
                    if kind == "name" and _opens_phrase(text, lo, s, e, kind):
                        return kind, s, e
                    break
        pos = before
    return None


_PEOPLE_NOUNS = lex.ANONYMOUS | frozenset(lex.GROUP_NOUNS)
"""Nouns for people: a description ending in one speaks for itself."""

# A verb right before a description, read backwards: the description is
# its object (issued a statement, started a petition, has a chance).
_OBJECT_OF_VERB = LazyPattern(
    r"""
    (?r)(?<![\p{L}\p{M}\p{N}'’-])
    (?:\p{Ll}{2,}ed|\L<verbs>)
    (?:\s+(?:out|up|off|back))?                  # sent out a release
    \s+\Z
    """,
    regex.VERBOSE,
    verbs=lex.longest_first(lex.function_words("clause_verb")),
)
# The same verb opening a group read backwards (launched petitions).
_VERB_FIRST = LazyPattern(
    r"(?:\p{Ll}{2,}ed|\L<verbs>)\s", verbs=lex.longest_first(lex.function_words("clause_verb"))
)


_POSSESSIVES = ("'s", "’s", "'", "’")
"""The endings of a possessive (``Smith's``, ``Reuters'``)."""

# The word before a speaker phrase, read backwards: a preposition that
# makes the phrase an aside (Smith at the time said), with an adverb
# before it (earlier in the day).
_ASIDE = regex.compile(
    r"""
    (?r)(?<![\p{L}\p{M}\p{N}'’-])
    (?:(?:earlier|later|once|again)\s+)?
    \L<asides>\s+\Z
    """,
    regex.VERBOSE,
    asides=lex.longest_first(lex.SPEAKER_ASIDES),
)


def _before_aside(text: str, lo: int, s: int) -> Subject | None:
    """The speaker before an aside that ends at ``s`` (``Smith at the time
    said``: ``Smith``, not ``the time``), or ``None`` without an aside or
    a speaker before it.
    """
    aside = _ASIDE.search(text, max(lo, s - 24), s)
    if aside is None:
        return None
    match = _SUBJECT_BEFORE.search(text, lo, aside.start())
    if match is None:
        return None
    for kind in SUBJECT_KINDS:
        if match.group(kind) is not None:
            b_s, b_e = match.span(kind)
            if kind != "pronoun" and text[b_s:b_e].rsplit(None, 1)[-1] in _PREPOSITIONS:
                return None
            return drop_lead(text, b_s, b_e, kind)
    return None


# The subject of a clause, read forward from its start: after an opening
# phrase and its comma (In May, …), the first speaker phrase that a verb in
# lower case follows (Smith, the mayor, sided with …).
_CLAUSE_SUBJECT = LazyPattern(
    rf"""
    (?:[^,;:.!?"“”\n]{{1,80}},\s+)?              # In May, | On Sunday morning,
    (?:
        (?P<pronoun>{_PRONOUN})(?![\p{{L}}\p{{M}}\p{{N}}'’-])
      | (?P<desc>{_DESC})
      | (?P<name>{_ROLE}?{_NAME})
      | (?P<group>{_GROUP})
    )
    {_PARTY_TAG}?
    {_APPOSITIVES}?
    (?:\s+{_AUX})*
    \s+(?=\p{{Ll}})                              # the clause's verb
    """,
    regex.VERBOSE,
    **_SUBJECT_WORDS,
)
_CLAUSE_KINDS: tuple[SubjectKind, ...] = ("pronoun", "desc", "name", "group")


def clause_subject(text: str, start: int, pos: int) -> Subject | None:
    """The subject of the clause that opens at ``start``, when it ends
    before ``pos``: whom a participle (``…, saying``) or a second verb
    (``… and said``) of the clause goes on with.
    """
    match = _CLAUSE_SUBJECT.match(text, start, min(pos, start + 400))
    if match is None:
        return None
    for kind in _CLAUSE_KINDS:
        if match.group(kind) is not None:
            s, e = match.span(kind)
            if kind == "desc":
                e = _description_end(text, e, pos)
            if e > pos:
                return None
            return drop_lead(text, s, e, kind)
    return None


_NEXT_WORD = regex.compile(r"\s+([\p{L}\p{M}\p{N}'’\-]+)(?=[\s,;:.!?])")


def _description_end(text: str, e: int, pos: int) -> int:
    """Where a description read forward ends: past its lower-case words up
    to its verb (``The harbour board closed``: ``The harbour board``), at
    most six words, not past ``pos``.
    """
    end = e
    for _ in range(6):
        match = _NEXT_WORD.match(text, end, pos)
        if match is None:
            return e
        word = match.group(1)
        folded = word.casefold()
        if folded in _PHRASE_STOPS or folded.endswith(("ed", "ly")) or not word[:1].isalpha():
            return end
        end = match.end()
    return e


# What joins a second verb to the first of its clause (… and said, …, but
# added), read backwards from the verb.
_COORDINATED = LazyPattern(
    rf"(?r)(?<![\p{{L}}])(?:and|but|or)(?:\s+{_AUX})*\s+\Z",
    auxiliaries=lex.longest_first(lex.function_words("auxiliary")),
)


def coordinated(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether ``cue`` is a second verb of its clause (``blasted the plan and
    said``), whose subject is the clause's.
    """
    return _COORDINATED.search(text, max(sentence_start, cue.start - 40), cue.start) is not None


_PREPOSITIONS = frozenset(lex.function_words("preposition"))
"""Words that link a noun phrase; no speaker phrase opens or ends with one."""
_PHRASE_STOPS = (
    _PREPOSITIONS
    | frozenset(lex.function_words("auxiliary"))
    | frozenset(lex.function_words("clause_verb"))
    | frozenset(lex.function_words("apposition_stop"))
    | frozenset(lex.ATTRIBUTION_VERBS)
    | {"and", "or", "but", "that", "which", "whose", "where", "when"}
)
"""Words that end a description read forward (a verb, a preposition, a
conjunction, a relative)."""


def after_preposition(text: str, lo: int, cue: Cue) -> bool:
    """Whether ``cue`` is an -ing form right after a preposition (``by
    saying``, ``before adding``), whose subject is its clause's.
    """
    if not cue.form.endswith("ing"):
        return False
    before = text[max(lo, cue.start - 16) : cue.start]
    words = before.split()
    return bool(words) and before[-1:].isspace() and words[-1].casefold() in _PREPOSITIONS


_LEADS = lex.SPEAKER_LEADS | frozenset(lex.WEEKDAYS)
"""Words that open a sentence but no speaker's name (``Then``, ``Tuesday``)."""
_NO_NAME = _LEADS | {d[:1].upper() + d[1:] for d in lex.DETERMINERS}
_GROUP_WORDS = frozenset(lex.GROUP_NOUNS)
_ROLE_FIRST = LazyPattern(rf"{_ROLE}\p{{Lu}}", regex.VERBOSE, jobs=_SUBJECT_WORDS["jobs"])
"""A job in lower case before a name (``head coach Dan``)."""
"""Capitalised words that are no name on their own (``The``, ``Tuesday``)."""


def drop_lead(text: str, s: int, e: int, kind: SubjectKind) -> Subject | None:
    """Cut a sentence-opening word off the front of a name (Then Smith)."""
    if kind in {"name", "desc"}:
        while True:
            space = _SPACE.search(text, s, e)
            if space is None:
                break
            first = text[s : space.start()]
            if first not in _LEADS:
                break
            s = space.end()
            rest = text[s:e]
            if rest[:1].islower() and kind == "name" and not _ROLE_FIRST.match(rest):
                return None
        if text[s:e] in _NO_NAME:
            return None
    if kind != "pronoun" and text[s:e].casefold() in _PREPOSITIONS:
        return None  # With: no speaker phrase
    if kind == "name" and text[s:e].casefold() in _GROUP_WORDS:
        kind = "group"  # Officials said: a group at a sentence start
    if kind == "pronoun" and text[s:e] == "who":
        return _antecedent(text, s)
    return Subject(start=s, end=e, kind=kind)


# The speaker phrase a relative `who` stands for (Barkley, who said …),
# read backwards from its comma.
_ANTECEDENT = LazyPattern(
    rf"""
    (?r)(?<![\p{{L}}\p{{M}}\p{{N}}'’-])
    (?:(?P<name>{_ROLE}?{_NAME})|(?P<desc>{_DESC})|(?P<group>{_GROUP}))
    {_PARTY_TAG}?
    (?:\s*,[^,;:"“”\n]{{1,80}})?                  # Smith, a senator from Ohio,
    \s*,\s*\Z
    """,
    regex.VERBOSE,
    determiners=lex.DETERMINERS,
    groups=lex.longest_first(lex.GROUP_NOUNS),
    jobs=lex.longest_first(lex.JOB_WORDS),
)


def _antecedent(text: str, who: int) -> Subject | None:
    """``who`` at ``who``, standing for the name, description or group
    before its comma (``Barkley, who said`` refers to ``Barkley``).
    """
    match = _ANTECEDENT.search(text, max(0, who - 200), who)
    if match is not None:
        for kind in _ANTECEDENT_KINDS:
            if match.group(kind) is not None:
                s, e = match.span(kind)
                found = drop_lead(text, s, e, kind)
                if found is not None:
                    return Subject(start=who, end=who + 3, kind="pronoun", refers=found)
    return Subject(start=who, end=who + 3, kind="pronoun")


_ANTECEDENT_KINDS: tuple[SubjectKind, ...] = ("name", "desc", "group")


def tail(
    text: str, cue: Cue, subject_end: int, limit: int
) -> tuple[tuple[int, int] | None, str | None]:
    """The addressee and medium written after a cue, up to ``limit``."""
    addressee = None
    if cue.klass == "tell":
        match = _ADDRESSEE.match(text, max(cue.end, subject_end), limit)
        if match is not None:
            s, e = match.span("addressee")
            addressee = strip_possessor(text, s, e)
    medium = None
    match = MEDIUM.search(text, cue.end, min(limit, cue.end + 80))
    if match is not None:
        medium = match.group("platform") or match.group("document")
    return addressee, medium


def strip_possessor(text: str, s: int, e: int) -> tuple[int, int]:
    """``CBS News' Charlie D'Agata`` → ``Charlie D'Agata``."""
    words = list(regex.finditer(r"\S+", text[s:e]))
    for i in range(len(words) - 1, 0, -1):
        word = words[i - 1].group()
        if word.endswith(("'", "’", "'s", "’s")):
            return s + words[i].start(), e
    return s, e


def clean_name(raw: str) -> str:
    """A name as written, without possessor, possessive or titles."""
    words = [
        w
        for w in raw.split()
        if not (w[0] + w[-1] == "()" or (w[0] in QUOTE_MARKS and w[-1] in QUOTE_MARKS))
    ]  # no (Dr.), no "Willy"
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(("'", "’", "'s", "’s")):
            words = words[i:]
            break
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    cut = 0
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + lex.TITLE_MAX_WORDS) + 1):
            if " ".join(words[i:j]) in lex.TITLES and j < len(words):
                cut = max(cut, j)
    words = words[cut:]
    # a job in lower case before the name (head coach Dan Smith), or a
    # party tag after it (Jo Roe (D-Md.)), is no part of it
    lower = [
        i
        for i, w in enumerate(words[:-1])
        if w[:1].islower()
        and w not in lex.PARTICLES
        and words[i + 1][:1].isupper()
        and not _links_org(words, i)
    ]
    if lower and words[0] not in {"The", "the"}:
        words = words[lower[-1] + 1 :]
    return " ".join(words)


_ORG_HEADS = frozenset(lex.ORG_HEADS)


def _links_org(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` links the words of an organisation's name
    (``Office for National``, ``Ministry of the Interior``).
    """
    if words[i] == "the" and i > 0 and words[i - 1] in {"of", "for", "on"}:
        i -= 1
    return i > 0 and words[i] in {"of", "for", "on"} and words[i - 1] in _ORG_HEADS


def fold_name(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


def named_in(raw: str) -> str:
    """An organisation named at the end of a description (``The secularist
    magazine MicroMega`` → ``MicroMega``), else the description as written.
    """
    words = raw.split()
    tail: list[str] = []
    for word in reversed(words[1:]):
        if not word[:1].isupper():
            break
        tail.insert(0, word)
    if tail and len(tail) < len(words) - 1:
        return clean_name(" ".join(tail))
    return raw
