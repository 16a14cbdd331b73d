"""Attributed quotations: who said what, to whom.

:func:`extract_quotes` finds the statements a news text attributes to
someone:

* ``direct`` quotes, a quoted sentence with a speaker (``"…," Lavrov told
  reporters.``, ``he said: "…"``, ``"…," said X, a spokesman.``);
* ``partial`` quotes, a quoted fragment inside the reporter's sentence
  (``he declared himself the "legitimate caretaker president"``);
* ``indirect`` (reported) speech (``Lavrov said Thursday that …``, ``Saleh
  told CBS News' Charlie D'Agata that …``, ``according to X, …``).

How it works, in linear time:

1. The text (or the ``start``/``end`` window of it) is cut into paragraphs
   at blank lines and at line breaks that end a sentence; other line
   breaks are hard wraps and are read through.
2. One pass over the quotation marks pairs them into quoted passages:
   curly and straight double marks alike (single marks inside them are
   part of the quote), single marks only in a paragraph without double
   ones. An opening mark left open at the end of a paragraph continues
   when the next paragraph opens with a mark: a multi-paragraph quote is
   one quote.
3. One pass of the reporting-verb pattern (the table
   ``_data/reporting_verbs.txt``) finds the cues; each quoted passage
   looks for its cue right after it (``"…," X said``, ``"…," said X``),
   then earlier in its sentence (``X said: "…"``, ``X said that "…"``),
   and otherwise continues the speaker of the quote before it in the same
   paragraph (``"…," he told D'Agata. "They are ready…"``). A quoted
   passage that follows a naming word in its sentence (``what some had
   started calling "Resistance 2.0."``) is a term, not speech, and a quote
   with no cue at all is not returned.
4. Cues that no direct quote used introduce reported speech: ``X said
   (Thursday) that …``, ``X told Y that …``, ``X said he …``, ``according
   to X, …`` and ``…, X said.``.
5. Speakers are resolved in text order. Without ``people`` the speaker is
   the name as written at the cue, cleaned (no possessive, no title:
   ``Russian Foreign Minister Sergei Lavrov`` → ``Sergei Lavrov``), or the
   description as written (``the militant group``); a pronoun gives
   ``speaker=None``. With ``people`` a name resolves to the person whose
   mention it overlaps or whose name or family name it is; ``he``/``she``
   to the person mentioned last in subject position (people who are only
   told something, or mentioned inside quotes, are skipped); ``his son``
   to the relative of that person who shares their family name; ``the
   secretary`` to the person with that role; ``it``/``they`` to the
   organisation that spoke last.

Every span is in the caller's coordinates. ``Quote.span`` covers the
quoted (or reported) content without its quotation marks and without a
comma that closes it (``"…ready,"``); ``Quote.text`` is that content with
white space collapsed and, for a multi-paragraph quote, the marks that open
its later paragraphs removed, so that ``_fold(q.text) ==
_fold(text[q.span.start:q.span.end])`` where ``_fold`` drops double
quotation marks and collapses white space.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import attrs
import regex

from . import _lexicon as lex
from ._text import clamp_window
from ._types import Mention, Person, Quote, QuoteKind, Span
from .errors import check_text

__all__ = ["extract_quotes"]

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_DOUBLE = '"“”„«»'
_FOLD = str.maketrans("", "", _DOUBLE)
_QUOTE_MARKS = _DOUBLE + "‘’'"

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# A reporting verb (or phrase) on word boundaries.
_VERB = regex.compile(
    r"""
    (?<![\p{L}\p{M}\p{N}'’-])          # not inside a word
    \L<verbs>                          # a form from the table
    (?![\p{L}\p{M}\p{N}'’-])           # not followed by more word
    """,
    regex.VERBOSE,
    verbs=sorted(lex.VERB_CLASS, key=len, reverse=True),
)

# A word of a personal or organisation name: a capital, letters, inner
# apostrophes, hyphens and full stops (D'Agata, Jean-Luc, J.D.), and a
# possessive (News', Afghanistan's).
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
# Lower-case particles inside a name (bin, al, van der, dos) and the links
# between family names (Ortega y Gasset): the name-parts table.
_PARTICLE = "(?:" + "|".join(lex.longest_first(lex.PARTICLES | lex.NAME_LINKS)) + ")"
# A quoted nickname: one or two capitalised words in marks…
_NICKNAME = regex.compile(r"""["“‘']\p{Lu}[\p{L}\p{M}.\-]*(?:\s\p{Lu}[\p{L}\p{M}]*)?["”’']""")
# …between two capitalised words of a name (the window ends 3 characters
# past the closing mark, starts up to 30 before the opening one).
_NICK_CONTEXT = regex.compile(
    r""".*?\p{Lu}[\p{L}\p{M}.\-]*\s["“‘'][^"“”‘’']+["”’']\s\p{Lu}.?""", regex.DOTALL
)
# A nickname in quotation marks inside a name (Peter "Willy" Hatchett).
_NICK = r"""(?:["“‘']\p{Lu}[\p{L}\p{M}.\-]*(?:\s\p{Lu}[\p{L}\p{M}]*)?["”’']\s+(?=\p{Lu}))"""
_NAME = rf"""
    (?:(?:The|the)\s+)?                          # the Pentagon
    {_NAME_WORD}
    (?:\s+(?:{_PARTICLE}\s+)*{_NICK}?{_NAME_WORD}){{0,7}}  # more words of the name
"""
# A group noun that speaks without an article (officials said).
_GROUP = r"""
    (?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+)?              # U.S. officials, Afghan officials
    \L<groups>                                    # officials, analysts
"""
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
# Adverbs and auxiliaries between a speaker and the verb (also, has, flatly).
_AUX = r"(?:\L<auxiliaries>|\p{Ll}+ly)"

# The subject written before a verb, read backwards from the verb.
_SUBJECT_BEFORE = regex.compile(
    rf"""
    (?r)                                         # matched from the right
    (?<![\p{{L}}\p{{M}}\p{{N}}'’-])               # a whole word starts it
    (?:
        (?P<pronoun>{_PRONOUN})
      | (?P<group>{_GROUP})
      | (?P<name>{_NAME})
      | (?P<desc>{_DESC})
    )
    (?P<appos>\s*,[^,;:"“”\n]{{1,120}},)?         # Saleh, the former vice president,
    (?:\s+{_AUX})*                               # has, also
    \s+\Z                                        # right before the verb
    """,
    regex.VERBOSE,
    pronouns=lex.PRONOUNS,
    determiners=lex.DETERMINERS,
    groups=lex.longest_first(lex.GROUP_NOUNS),
    auxiliaries=lex.longest_first(lex.function_words("auxiliary")),
)

# What may follow a subject written after its verb (said Smith, …).
_SUBJECT_END = r"(?=\s*[,.;:!?)—–]|\s*\Z|\s+\L<after_speaker>\b)"


# The attribution right after a closing mark: `"…," X said`, `"…," said X`,
# `"…," according to X`.
@functools.cache
def _after() -> regex.Pattern[str]:
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
              |(?P<a_name>{_NAME}){_SUBJECT_END}
              |(?P<a_desc>{_DESC}){_SUBJECT_END})
          | (?:
              (?P<b_pronoun>{_PRONOUN})(?![\p{{L}}\p{{M}}])
              |(?P<b_group>{_GROUP})
              |(?P<b_name>{_NAME})
              |(?P<b_desc>{_DESC})
            )
            (?:\s*,[^,;:"“”\n]{{1,120}},)?            # an appositive
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
    )


def _inverted_subject(match: regex.Match[str]) -> tuple[int, int, str] | None:
    """The subject after the verb of an inverted attribution (``said Smith``),
    as ``(start, end, kind)``, from a match of :func:`_after`.
    """
    for kind in ("name", "desc", "group", "pronoun"):
        if match.group("a_" + kind) is not None:
            s, e = match.span("a_" + kind)
            return (s, e, kind)
    return None


# The person spoken to, after a verb of telling (told reporters, told CBS
# News' Charlie D'Agata, told him).
_ADDRESSEE = regex.compile(
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
_MEDIUM = regex.compile(
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

# A naming word: what follows it in quotation marks is a term.
_NAMING_WORD = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:\L<naming>)(?![\p{L}\p{M}])",
    naming=lex.NAMING_WORDS,
)

# A quotation mark of any kind.
_MARK = regex.compile(r"""["“”„«»]""")
_SINGLE_MARK = regex.compile(r"['‘’]")

# A candidate sentence end: terminal punctuation, closing marks, space.
_SENTENCE_END = regex.compile(
    r"""
    [.!?…]+                                      # the stop
    ["”’')\]»]*                                  # closing marks and brackets
    (?=\s|\Z)                                    # then space or the end
    """,
    regex.VERBOSE,
)
# The word right before a full stop, to tell abbreviations apart.
_WORD_BEFORE = regex.compile(r"(?r)(?<!\S)\S{1,20}\Z")

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
# Determiners that open a noun phrase object (lamented the impasse that…).
_NP_DETERMINERS = frozenset(lex.function_words("determiner"))
# Words that join a sentence to the one before; a report interrupted after
# one of them alone (`And, Carter explained, …`) starts after the cue.
_CONNECTIVES = frozenset(lex.function_words("connective"))
# A verb of promising with an infinitive (vowed to lead, claimed to have).
_INFINITIVE = regex.compile(r"\s+(?=to\s+\p{Ll})")
# The words before a verb that make it passive (was told, were asked).
_PASSIVE = regex.compile(
    r"(?r)(?<![\p{L}])\L<words>\s+\Z", words=lex.longest_first(lex.function_words("passive"))
)
# The words that put a name in object position (told X, met with X).
_OBJECT_BEFORE = regex.compile(
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
_LINE_BREAK = regex.compile(r"\r\n?|\n")

# --------------------------------------------------------------------------
# Working records
# --------------------------------------------------------------------------


@attrs.define
class _Passage:
    """A quoted passage: its content pieces and where its marks are."""

    open: int
    """The opening mark."""
    after: int
    """Just past the closing mark (the content end when left open)."""
    pieces: list[tuple[int, int]]
    """Content ranges, one per paragraph."""
    para: int
    """The paragraph the passage opens in."""
    last_para: int
    closed: bool

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@attrs.define
class _Cue:
    """A reporting verb found in the text."""

    start: int
    end: int
    form: str
    klass: str
    lemma: str


@attrs.define
class _Found:
    """A quote before its speaker is resolved."""

    kind: QuoteKind
    span: tuple[int, int]
    text: str
    cue: _Cue | None
    subject: tuple[int, int, str] | None
    """The speaker as written: start, end and how it was read (``pronoun``,
    ``name``, ``desc``, ``group``)."""
    inherit: _Found | None = None
    """The quote whose speaker this one continues."""
    addressee: tuple[int, int] | None = None
    medium: str | None = None
    speaker: str | None = None
    mention: Mention | None = None
    person: Person | None = None
    organization: bool = False
    addressee_name: str | None = None
    """The addressee resolved to a person's canonical name."""


@attrs.define
class _CueSubjects:
    """The speakers of the quotes found so far, indexed by where their cue
    starts, so that a participle finds the subject of the cue before it
    without reading every quote.
    """

    direct: list[tuple[int, int]]
    """(cue start, position in the direct quotes) of direct quotes with a
    cue and a subject, sorted."""
    first_direct: dict[int, tuple[int, int, str]]
    """Cue start → the subject of the first direct quote with that cue."""
    first_found: dict[int, tuple[int, int, str]] = attrs.field(factory=dict)
    """Cue start → the subject of the first reported quote with that cue."""

    @classmethod
    def build(cls, direct: list[_Found]) -> _CueSubjects:
        at: list[tuple[int, int]] = []
        first: dict[int, tuple[int, int, str]] = {}
        for order, f in enumerate(direct):
            if f.cue is not None and f.subject is not None:
                at.append((f.cue.start, order))
                first.setdefault(f.cue.start, f.subject)
        at.sort()
        return cls(direct=at, first_direct=first)

    def add(self, found: _Found) -> None:
        if found.cue is not None and found.subject is not None:
            self.first_found.setdefault(found.cue.start, found.subject)


# --------------------------------------------------------------------------
# Public function
# --------------------------------------------------------------------------


def extract_quotes(
    text: str,
    *,
    people: Sequence[Person] | None = None,
    start: int = 0,
    end: int | None = None,
) -> tuple[Quote, ...]:
    """Return the attributed quotations in ``text[start:end]``.

    Args:
        text: The caller's string: an article body, a paragraph, or a whole
            article with ``start``/``end`` marking its body.
        people: The article's people (from :func:`newsparse.extract_people`
            or built by hand); speakers and addressees resolve to their
            canonical names. Without them a speaker is the name as written,
            cleaned, and a pronoun speaker is ``None``.
        start: Where the window starts in ``text``.
        end: Where it ends (``None``: the end of ``text``). Both clamp to the
            text and count from its end when negative, as a slice does.

    Returns:
        The quotes, sorted by the start of their span, every span in the
        caller's coordinates.

    Raises:
        TypeError: ``text`` is not a ``str``.

    Example:
        >>> from newsparse import extract_people, extract_quotes
        >>> text = (
        ...     '"We are ready to fight," Ahmad Massoud told reporters. '
        ...     '"The Taliban will not win." '
        ...     "Massoud said the resistance had thousands of fighters."
        ... )
        >>> for q in extract_quotes(text, people=extract_people(text)):
        ...     print(q.kind, q.speaker, q.cue, q.addressee, "|", q.text)
        direct Ahmad Massoud told reporters | We are ready to fight
        direct Ahmad Massoud told reporters | The Taliban will not win.
        indirect Ahmad Massoud said None | the resistance had thousands of fighters.
        >>> first = extract_quotes(text)[0]
        >>> text[first.span.start : first.span.end]
        'We are ready to fight'
        >>> first.speaker_mention.text, first.cue_span
        ('Ahmad Massoud', Span(start=39, end=43))
    """
    check_text(text, "text")
    lo, hi = clamp_window(len(text), start, end)
    if lo >= hi:
        return ()
    paras = _paragraphs(text, lo, hi)
    if not paras:
        return ()
    passages = _passages(text, paras)
    masks = [(p.start, p.end) for p in passages]
    cues = _cues(text, lo, hi, masks)
    ends = _sentence_ends(text, paras, passages)
    state = _State(text=text, paras=paras, passages=passages, cues=cues, ends=ends)
    found = _attribute_passages(state)
    found += _reported(state, found)
    found.sort(key=lambda f: (f.subject[0] if f.subject else f.span[0], f.span[0]))
    _resolve(text, found, people or (), passages)
    forms: dict[str, str] = {}
    quotes = [_quote(text, f, forms) for f in found]
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    unique: list[Quote] = []
    for quote in quotes:
        if unique and unique[-1].span == quote.span:
            continue
        unique.append(quote)
    return tuple(unique)


# --------------------------------------------------------------------------
# Paragraphs, quoted passages, cues, sentences
# --------------------------------------------------------------------------


def _paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Cut ``text[lo:hi]`` into paragraphs, reading hard wraps through.

    A line break ends a paragraph after a blank line, after a line that
    ends a sentence (``.``, ``?``, ``!``, ``:``, a closing mark or bracket),
    or before a line that opens with a quotation mark, unless the line
    before ends with a comma or a semicolon: the sentence goes on (``said
    Jane Doe,`` and ``"until the end."`` on the next line).
    """
    paras: list[tuple[int, int]] = []
    para_start: int | None = None
    para_end = lo
    pos = lo
    while pos < hi:
        brk = _LINE_BREAK.search(text, pos, hi)  # \n, \r\n or a lone \r
        line_end = hi if brk is None else brk.start()
        s, e = pos, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:  # a blank line
            if para_start is not None:
                paras.append((para_start, para_end))
                para_start = None
        else:
            if para_start is not None and (
                (text[s] in _DOUBLE and text[para_end - 1] not in ",;")
                or text[para_end - 1] in '.?!:”"’)]»…'
            ):
                paras.append((para_start, para_end))
                para_start = None
            if para_start is None:
                para_start = s
            para_end = e
        pos = hi + 1 if brk is None else brk.end()
    if para_start is not None:
        paras.append((para_start, para_end))
    return paras


def _opens(text: str, i: int, lo: int) -> bool:
    """Whether the mark at ``i`` looks like an opening mark."""
    return i == lo or text[i - 1].isspace() or text[i - 1] in "([{—–-/"


def _closes(text: str, i: int, hi: int) -> bool:
    """Whether the mark at ``i`` looks like a closing mark."""
    return i + 1 >= hi or text[i + 1].isspace() or text[i + 1] in ",.;:!?)]}—–-…'’"


def _passages(text: str, paras: list[tuple[int, int]]) -> list[_Passage]:
    """Pair the quotation marks of every paragraph into passages."""
    passages: list[_Passage] = []
    carry: _Passage | None = None
    for index, (ps, pe) in enumerate(paras):
        current: _Passage | None = None
        piece_start = -1
        marks = _MARK.finditer(text, ps, pe)
        if carry is not None:
            if text[ps] in '"“„«':  # the quote goes on in this paragraph
                current, carry = carry, None
                piece_start = ps + 1
                current.last_para = index
                next(marks, None)  # the continuing mark is used up
            else:
                passages.append(carry)
                carry = None
        found_double = current is not None
        for match in marks:
            found_double = True
            i = match.start()
            ch = text[i]
            if current is None:
                opener = ch in _OPEN_DOUBLE or (
                    ch in '"”' and _opens(text, i, ps) and not _closes(text, i, pe)
                )
                if opener:
                    current = _Passage(
                        open=i, after=i + 1, pieces=[], para=index, last_para=index, closed=False
                    )
                    piece_start = i + 1
                continue
            if ch in "“„«":
                continue  # a nested or stray opener: part of the content
            current.pieces.append((piece_start, i))
            current.after = i + 1
            current.closed = True
            passages.append(current)
            current = None
        if current is not None:
            current.pieces.append((piece_start, pe))
            current.after = pe
            if index + 1 < len(paras) and text[paras[index + 1][0]] in '"“„«':
                carry = current
            else:
                passages.append(current)
        if not found_double:
            passages.extend(_single_passages(text, ps, pe, index))
    if carry is not None:
        passages.append(carry)
    result = []
    for passage in passages:
        pieces = [_trim(text, s, e) for s, e in passage.pieces]
        pieces = [(s, e) for s, e in pieces if s < e]
        if not pieces:
            continue
        s, e = pieces[-1]
        while (e > s and text[e - 1] in ",;") or (e > s and text[e - 1].isspace()):
            e -= 1
        pieces[-1] = (s, e)
        if s >= e:
            pieces.pop()
            if not pieces:
                continue
        passage.pieces = pieces
        result.append(passage)
    result.sort(key=lambda p: p.open)
    return result


def _single_passages(text: str, ps: int, pe: int, index: int) -> list[_Passage]:
    """Passages in single marks, in a paragraph with no double marks.

    An opening mark follows a space and precedes a letter (so ``'90s`` is
    not one); a closing mark is not followed by a letter (so ``don't`` is
    not one); a passage needs two words (so ``rock 'n' roll`` is none).
    """
    found: list[_Passage] = []
    open_at = -1
    for match in _SINGLE_MARK.finditer(text, ps, pe):
        i = match.start()
        if open_at < 0:
            if _opens(text, i, ps) and i + 1 < pe and text[i + 1].isalpha() and text[i] != "’":
                open_at = i
            continue
        if text[i - 1].isspace() or (i + 1 < pe and text[i + 1].isalnum()):
            continue
        if " " in text[open_at + 1 : i].strip():
            found.append(
                _Passage(
                    open=open_at,
                    after=i + 1,
                    pieces=[(open_at + 1, i)],
                    para=index,
                    last_para=index,
                    closed=True,
                )
            )
        open_at = -1
    return found


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _inside(masks: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the sorted, disjoint ``masks``."""
    i = bisect.bisect_right(masks, (pos, len(masks) + 1 << 62)) - 1
    return i >= 0 and masks[i][0] <= pos < masks[i][1]


def _cues(text: str, lo: int, hi: int, masks: list[tuple[int, int]]) -> list[_Cue]:
    """Every reporting verb outside quoted content, in text order."""
    cues = []
    for match in _VERB.finditer(text, lo, hi):
        if _inside(masks, match.start()):
            continue
        form = match.group()
        if _PASSIVE.search(text, max(lo, match.start() - 12), match.start()):
            continue
        if form[0].isupper() and not _sentence_initial(text, lo, match.start()):
            continue  # United States, Secretary of State: not a cue
        if _NOUN_BEFORE.search(text, max(lo, match.start() - 8), match.start()):
            continue  # the claims, into reported incidents: a noun or adjective
        cues.append(
            _Cue(
                start=match.start(),
                end=match.end(),
                form=form,
                klass=lex.VERB_CLASS[form],
                lemma=lex.VERB_LEMMA[form],
            )
        )
    return cues


def _sentence_initial(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` opens a sentence, a clause in quotation marks or a line."""
    i = pos
    while i > lo and text[i - 1] in " \t":
        i -= 1
    return i == lo or text[i - 1] in "\n\r.!?:;\"“”‘’'(—–-"


def _sentence_ends(text: str, paras: list[tuple[int, int]], passages: list[_Passage]) -> list[int]:
    """Sorted offsets just past each sentence end outside quoted content."""
    inner: list[tuple[int, int]] = []
    for passage in passages:
        inner.extend((s + 1, e) for s, e in passage.pieces)
    inner.sort()
    ends = []
    for ps, pe in paras:
        for match in _SENTENCE_END.finditer(text, ps, pe):
            stop = match.end()
            if _inside(inner, stop):
                continue
            nxt = stop
            while nxt < pe and text[nxt].isspace():
                nxt += 1
            if nxt < pe and text[nxt].islower():
                continue
            if text[match.start()] == "." and match.end() - match.start() == 1:
                word = _WORD_BEFORE.search(text, max(ps, match.start() - 20), match.start())
                if word is not None:
                    token = word.group().lstrip("([\"“'‘")
                    if (
                        token in lex.ABBREVIATIONS
                        or (len(token) == 1 and token.isupper())
                        or regex.fullmatch(r"(?:\p{L}\.)+\p{L}", token)
                    ):
                        continue
            ends.append(stop)
        ends.append(pe)
    return sorted(set(ends))


_SENTENCE_REACH = 1_000
"""How far from a position its sentence is read, either way. A real sentence
is shorter; a run of quotation marks and verbs with no sentence end in sight
(``"He said "Smith told "He said …``) would otherwise have every quote read
all of it, which is n² in all."""


@attrs.define
class _State:
    text: str
    paras: list[tuple[int, int]]
    passages: list[_Passage]
    cues: list[_Cue]
    ends: list[int]
    cue_starts: list[int] = attrs.field(init=False)
    """The start of every cue, for bisecting (built once)."""
    opens: frozenset[int] = attrs.field(init=False)
    """Where every quoted passage opens."""

    def __attrs_post_init__(self) -> None:
        self.cue_starts = [c.start for c in self.cues]
        self.opens = frozenset(p.open for p in self.passages)

    def para_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.paras, (pos, 1 << 62)) - 1
        return self.paras[max(i, 0)]

    def sentence_start(self, pos: int) -> int:
        """Where the sentence around ``pos`` starts, at most
        :data:`_SENTENCE_REACH` characters before it.
        """
        ps, _pe = self.para_of(pos)
        i = bisect.bisect_right(self.ends, pos) - 1
        if i >= 0 and self.ends[i] > ps:
            start = self.ends[i]
        else:
            start = ps
        if pos - start > _SENTENCE_REACH:
            start = pos - _SENTENCE_REACH
        while start < pos and self.text[start].isspace():
            start += 1
        return start

    def sentence_end(self, pos: int) -> int:
        """Where the sentence around ``pos`` ends, at most
        :data:`_SENTENCE_REACH` characters after it.
        """
        _ps, pe = self.para_of(pos)
        i = bisect.bisect_right(self.ends, pos)
        end = min(self.ends[i], pe) if i < len(self.ends) else pe
        return min(end, pos + _SENTENCE_REACH)

    def cues_between(self, lo: int, hi: int) -> list[_Cue]:
        i = bisect.bisect_left(self.cue_starts, lo)
        j = bisect.bisect_left(self.cue_starts, hi)
        return self.cues[i:j]


# --------------------------------------------------------------------------
# Direct and partial quotes
# --------------------------------------------------------------------------


def _subject_of(text: str, sentence_start: int, cue: _Cue) -> tuple[int, int, str] | None:
    """The speaker written right before ``cue``: start, end and how read."""
    lo = max(sentence_start, cue.start - 200)
    if (
        cue.form.endswith("ing")
        and text[lo : cue.start].rstrip().rstrip(_DOUBLE + "’'").endswith(",")
        and not _PROGRESSIVE.search(text, max(lo, cue.start - 8), cue.start)
    ):
        return None  # a participle (…, noting): its subject is the clause's
    match = _SUBJECT_BEFORE.search(text, lo, cue.start)
    if match is None:
        return None
    for kind in ("pronoun", "group", "name", "desc"):
        if match.group(kind) is not None:
            s, e = match.span(kind)
            return _drop_lead(text, s, e, kind)
    return None


def _drop_lead(text: str, s: int, e: int, kind: str) -> tuple[int, int, str] | None:
    """Cut a sentence-opening word off the front of a name (Then Smith)."""
    if kind in {"name", "desc"}:
        while True:
            space = _SPACE.search(text, s, e)
            if space is None:
                break
            first = text[s : space.start()]
            if first not in lex.SPEAKER_LEADS:
                break
            s = space.end()
            rest = text[s:e]
            if rest[:1].islower() and kind == "name":
                return None
        if text[s:e] in lex.SPEAKER_LEADS:
            return None
    return s, e, kind


def _after_cue(
    text: str, passage: _Passage, hi: int
) -> tuple[_Cue, tuple[int, int, str], int] | None:
    """The attribution right after a closing mark: cue, subject, its end."""
    content_end = passage.end
    last = text[content_end - 1] if content_end > 0 else ""
    comma_after = text.startswith(",", passage.after)
    original_last = text[passage.pieces[-1][1] : passage.after - 1].strip()
    if not (comma_after or original_last.startswith(",") or last in ",?!—–-…"):
        return None
    match = _after().match(text, passage.after, min(hi, passage.after + 260))
    if match is None:
        return None
    verb_group = "verb_a" if match.group("verb_a") is not None else "verb_b"
    form = match.group(verb_group)
    if verb_group == "verb_a" and form.endswith("ing"):
        return None  # `"…," noting some…`: a participle, not `said X`
    cue = _Cue(
        start=match.start(verb_group),
        end=match.end(verb_group),
        form=form,
        klass=lex.VERB_CLASS[form],
        lemma=lex.VERB_LEMMA[form],
    )
    for prefix in ("a_", "b_"):
        for kind in ("pronoun", "group", "name", "desc"):
            if match.group(prefix + kind) is not None:
                s, e = match.span(prefix + kind)
                subject = _drop_lead(text, s, e, kind)
                if subject is None:
                    return None
                return cue, subject, match.end()
    return None


def _tail(
    text: str, cue: _Cue, subject_end: int, limit: int
) -> tuple[tuple[int, int] | None, str | None]:
    """The addressee and medium written after a cue, up to ``limit``."""
    addressee = None
    if cue.klass == "tell":
        match = _ADDRESSEE.match(text, max(cue.end, subject_end), limit)
        if match is not None:
            s, e = match.span("addressee")
            addressee = _strip_possessor(text, s, e)
    medium = None
    match = _MEDIUM.search(text, cue.end, min(limit, cue.end + 80))
    if match is not None:
        medium = match.group("platform") or match.group("document")
    return addressee, medium


def _strip_possessor(text: str, s: int, e: int) -> tuple[int, int]:
    """``CBS News' Charlie D'Agata`` → ``Charlie D'Agata``."""
    words = list(regex.finditer(r"\S+", text[s:e]))
    for i in range(len(words) - 1, 0, -1):
        word = words[i - 1].group()
        if word.endswith(("'", "’", "'s", "’s")):
            return s + words[i].start(), e
    return s, e


def _kind_of(text: str, passage: _Passage, *, introduced: bool) -> QuoteKind:
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


def _passage_text(text: str, passage: _Passage) -> str:
    return " ".join(" ".join(text[s:e].split()) for s, e in passage.pieces)


def _attribute_passages(state: _State) -> list[_Found]:
    """Find the cue and speaker of every quoted passage that has one."""
    text = state.text
    found: list[_Found] = []
    last_in_para: dict[int, _Found] = {}
    by_para_end: dict[int, _Found] = {}
    for passage in state.passages:
        if _NICKNAME.fullmatch(text, passage.open, passage.after) and _NICK_CONTEXT.fullmatch(
            text, max(0, passage.open - 30), min(len(text), passage.after + 3)
        ):
            continue  # Peter "Willy" Hatchett: a nickname, not speech
        pe = state.paras[passage.last_para][1]
        result: _Found | None = None
        span = (passage.start, passage.end)
        after = _after_cue(text, passage, pe) if passage.closed else None
        if after is not None:
            cue, subject, subject_end = after
            stop = state.sentence_end(subject_end)
            addressee, medium = _tail(text, cue, subject_end, stop)
            result = _Found(
                kind=_kind_of(text, passage, introduced=True),
                span=span,
                text=_passage_text(text, passage),
                cue=cue,
                subject=subject,
                addressee=addressee,
                medium=medium,
            )
        if result is None:
            result = _before_cue(state, passage, last_in_para.get(passage.para))
        if result is None:
            previous = last_in_para.get(passage.para)
            sentence_start = state.sentence_start(passage.open)
            opens_sentence = sentence_start >= passage.open
            if previous is not None and opens_sentence:
                result = _continue(text, passage, previous)
            elif (
                previous is None
                and passage.open == state.paras[passage.para][0]
                and passage.para - 1 in by_para_end
            ):
                result = _continue(text, passage, by_para_end[passage.para - 1], cue=False)
        if result is None:
            continue
        found.append(result)
        last_in_para[passage.last_para] = result
        by_para_end[passage.last_para] = result
    return found


def _continue(text: str, passage: _Passage, previous: _Found, *, cue: bool = True) -> _Found:
    """A quote that goes on with the speaker (and cue) of ``previous``."""
    return _Found(
        kind=_kind_of(text, passage, introduced=True),
        span=(passage.start, passage.end),
        text=_passage_text(text, passage),
        cue=previous.cue if cue else None,
        subject=None,
        inherit=previous,
        addressee=previous.addressee,
        medium=previous.medium,
    )


def _before_cue(state: _State, passage: _Passage, previous: _Found | None) -> _Found | None:
    """The attribution earlier in the quote's sentence (or paragraph, after
    a colon): ``X said: "…"``, ``X said that "…"``, ``vowed to lead an "…"``.
    """
    text = state.text
    ps = state.paras[passage.para][0]
    sentence_start = state.sentence_start(passage.open)
    region_start = sentence_start
    if sentence_start >= passage.open and passage.open == ps and passage.para > 0:
        # `X said:` ends the paragraph before
        ppe = state.paras[passage.para - 1][1]
        if text[ppe - 1] != ":":
            return None
        region_start = state.sentence_start(ppe - 1)
        region_end = ppe
    else:
        region_end = passage.open
    cues = state.cues_between(region_start, region_end)
    if not cues:
        return None
    cue = cues[-1]
    if _NAMING_WORD.search(text, cue.end, region_end):
        return None
    if cue.klass == "accord":
        match = _after().match(text, cue.start, region_end)
        subject = None if match is None else _inverted_subject(match)
        if subject is None:
            return None
        inherit = None
    else:
        own_start = sentence_start if region_end == passage.open else region_start
        subject = _subject_of(text, own_start, cue)
        inherit = None
        if subject is None:
            earlier = [c for c in cues[:-1] if c.end <= cue.start]
            before = text[max(region_start, cue.start - 6) : cue.start]
            if earlier and (cue.form.endswith("ing") or "," in before or "and" in before):
                cue_subject = _subject_of(text, region_start, earlier[-1])
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
    addressee, medium = _tail(text, cue, cue.end, region_end)
    if medium is None and passage.closed:
        match = _MEDIUM.match(text, passage.after, state.sentence_end(passage.after))
        match = match or _MEDIUM.search(text, passage.after, state.sentence_end(passage.after))
        if match is not None:
            medium = match.group("platform") or match.group("document")
    if medium is None:
        match = _MEDIUM.search(text, region_start, cue.start)
        if match is not None:
            medium = match.group("platform") or match.group("document")
    return _Found(
        kind=_kind_of(text, passage, introduced=introduced),
        span=(passage.start, passage.end),
        text=_passage_text(text, passage),
        cue=cue,
        subject=subject,
        inherit=inherit,
        addressee=addressee,
        medium=medium,
    )


# --------------------------------------------------------------------------
# Reported speech
# --------------------------------------------------------------------------


def _reported(state: _State, direct: list[_Found]) -> list[_Found]:
    """Indirect quotes: cues that introduce reported speech."""
    text = state.text
    used_before: dict[int, int] = {}
    """Cues whose direct quote opens after them (``X said his "…" plan``):
    where the first such quote opens."""
    used_after: set[int] = set()
    """Cues whose direct quote closes before them (``"…," X said``)."""
    for f in direct:
        if f.cue is None:
            continue
        if f.span[0] > f.cue.start:
            used_before[f.cue.start] = min(used_before.get(f.cue.start, f.span[0]), f.span[0])
        else:
            used_after.add(f.cue.start)
    used_starts = set(used_before) | used_after
    direct_cues = {f.cue.start: f for f in direct if f.cue is not None}
    by_cue: dict[int, list[tuple[int, int]]] = {}
    """``id`` of a cue → the spans of the direct quotes it introduces."""
    for f in direct:
        if f.cue is not None:
            by_cue.setdefault(id(f.cue), []).append(f.span)
    subjects = _CueSubjects.build(direct)
    found: list[_Found] = []
    covered_until = -1
    for cue in state.cues:
        if cue.start < covered_until:
            continue
        sentence_start = state.sentence_start(cue.start)
        sentence_end = state.sentence_end(cue.end)
        result = None
        if cue.start in used_before:
            # only `…, Carter said, continually providing the "…"`: the
            # report before the cue, the quote after it
            subject = _subject_of(text, sentence_start, cue)
            words_to_quote = len(text[cue.end : used_before[cue.start]].split())
            if subject is not None and words_to_quote > 2:
                result = _said_last(
                    state, cue, subject, sentence_start, sentence_end, before_only=True
                )
        elif cue.klass == "accord":
            result = _according(state, cue, sentence_start, sentence_end)
        else:
            subject = _subject_of(text, sentence_start, cue)
            participle = False
            if subject is None:
                subject = _participle_subject(state, cue, sentence_start, direct, subjects)
                participle = subject is not None
            if subject is None:
                continue
            content_start = -1
            addressee, medium = _tail(text, cue, cue.end, sentence_end)
            after = cue.end
            if addressee is not None:
                after = addressee[1]
            match = _THAT.match(text, cue.end, sentence_end)
            if match is not None:
                content_start = match.end()
                between = match.group("between").split()
                if (
                    cue.klass != "tell"
                    and between
                    and between[0].casefold() in _NP_DETERMINERS
                    and "," not in match.group("between")
                ):
                    # lamented the impasse that portends…: the object and
                    # its relative clause are the report
                    content_start = match.start("between") + (
                        len(match.group("between")) - len(match.group("between").lstrip())
                    )
            elif cue.start in used_starts:
                pass
            elif participle:
                obj = _OBJECT.match(text, after, sentence_end)
                if obj is not None:
                    content_start = obj.end()
            elif cue.lemma in lex.BARE_LEMMAS:
                bare = _BARE_CLAUSE.match(text, after, sentence_end) or _LOWER_CLAUSE.match(
                    text, after, sentence_end
                )
                if bare is not None:
                    content_start = bare.end()
            if content_start < 0 and cue.lemma in lex.TO_LEMMAS:
                inf = _INFINITIVE.match(text, cue.end, sentence_end)
                if inf is not None:
                    content_start = inf.end()
            if content_start < 0:
                result = _said_last(state, cue, subject, sentence_start, sentence_end)
            else:
                result = _Found(
                    kind="indirect",
                    span=(content_start, sentence_end),
                    text="",
                    cue=cue,
                    subject=subject,
                    addressee=addressee,
                    medium=medium,
                )
        if result is None:
            continue
        s, e = _trim(text, *result.span)
        if e - s < 3 or " " not in text[s:e]:
            continue
        if any(
            span[0] >= s and span[1] <= e + 2 for span in by_cue.get(id(cue), ())
        ) or _opens_quote(text, s, state.opens):
            continue
        if any(direct_cues.get(c.start) is not None for c in state.cues_between(s, e)) and (
            text[s] in _DOUBLE
        ):
            continue
        e = _before_participle(state, s, e)
        result.span = (s, e)
        result.text = " ".join(text[s:e].split())
        found.append(result)
        subjects.add(result)
        covered_until = max(covered_until, e)
    return found


def _before_participle(state: _State, s: int, e: int) -> int:
    """Cut reported content before a participle cue (``…, noting that``)
    that reports more speech of its own.
    """
    for cue in state.cues_between(s, e):
        if cue.form.endswith("ing") and cue.klass != "accord":
            before = state.text[s : cue.start].rstrip()
            if before.endswith(",") and len(before) > 1:
                return _trim(state.text, s, s + len(before) - 1)[1]
    return e


def _participle_subject(
    state: _State, cue: _Cue, sentence_start: int, direct: list[_Found], subjects: _CueSubjects
) -> tuple[int, int, str] | None:
    """The subject a participle (``, noting that …``) takes from the cue
    before it in its sentence (``the secretary acknowledged …, noting``).
    """
    text = state.text
    before = text[sentence_start : cue.start].rstrip().rstrip(_DOUBLE + "’'")
    if not cue.form.endswith("ing") or not before.endswith(","):
        return None
    earlier = [c for c in state.cues_between(sentence_start, cue.start) if c.end <= cue.start]
    if not earlier:
        # the first direct quote (in quote order) whose cue is in the sentence
        lo = bisect.bisect_left(subjects.direct, (sentence_start, -1))
        hi = bisect.bisect_left(subjects.direct, (cue.start, -1))
        if lo >= hi:
            return None
        first = direct[min(order for _start, order in subjects.direct[lo:hi])]
        return first.subject
    previous = earlier[-1]
    subject = _subject_of(text, sentence_start, previous)
    if subject is not None:
        return subject
    return subjects.first_direct.get(previous.start) or subjects.first_found.get(previous.start)


def _opens_quote(text: str, s: int, opens: frozenset[int]) -> bool:
    """Whether reported content at ``s`` is really a quoted passage."""
    return text[s] in _DOUBLE or s in opens


def _according(state: _State, cue: _Cue, sentence_start: int, sentence_end: int) -> _Found | None:
    """``According to X, …`` and ``…, according to X.``."""
    text = state.text
    match = _after().match(text, cue.start, sentence_end)
    if match is None or match.group("verb_a") is None:
        return None
    subject = _inverted_subject(match)
    if subject is None:
        return None
    if text[sentence_start : cue.start].strip(" ,") == "":
        comma = text.find(",", subject[1], sentence_end)
        if comma < 0 or comma - subject[1] > 120:
            return None
        span = (comma + 1, sentence_end)
    else:
        before = text[sentence_start : cue.start].rstrip()
        if not before.endswith(","):
            return None
        span = (sentence_start, sentence_start + len(before) - 1)
    return _Found(kind="indirect", span=span, text="", cue=cue, subject=subject)


def _said_last(
    state: _State,
    cue: _Cue,
    subject: tuple[int, int, str],
    sentence_start: int,
    sentence_end: int,
    *,
    before_only: bool = False,
) -> _Found | None:
    """``…, the militant group said on Twitter.``: the cue closes the sentence."""
    text = state.text
    if cue.klass == "tell" and cue.lemma != "tell":
        return None
    before = text[sentence_start : subject[0]].rstrip()
    if not before.endswith(","):
        return None
    rest = text[cue.end : sentence_end]
    addressee, medium = _tail(text, cue, cue.end, sentence_end)
    if rest.lstrip().startswith(",") and len(rest.split()) >= 3:
        # interrupted: `Today, he said, it's vital…`, `The cyber team, Welsh
        # said, is broadening…`; after a connective alone (`And, Carter
        # explained, a…`) the report starts after the cue
        lead = before[:-1].strip()
        if any(ch in lead for ch in _DOUBLE):
            return None
        span = (sentence_start, sentence_end)
        if before_only:
            if len(lead.split()) < 3:
                return None
            span = (sentence_start, sentence_start + len(before) - 1)
        elif not lead or lead.casefold() in _CONNECTIVES:
            span = (cue.end + rest.index(",") + 1, sentence_end)
        return _Found(
            kind="indirect",
            span=span,
            text="",
            cue=cue,
            subject=subject,
            addressee=addressee,
            medium=medium,
        )
    if len(before) < 12:
        return None
    if "," in rest or len(rest.split()) > 8 or any(ch in rest for ch in _DOUBLE):
        return None
    if any(ch in before for ch in _DOUBLE):
        return None
    return _Found(
        kind="indirect",
        span=(sentence_start, sentence_start + len(before) - 1),
        text="",
        cue=cue,
        subject=subject,
        addressee=addressee,
        medium=medium,
    )


# --------------------------------------------------------------------------
# Speakers
# --------------------------------------------------------------------------


def _clean_name(raw: str) -> str:
    """A name as written, without possessor, possessive or titles."""
    words = [
        w
        for w in raw.split()
        if not (w[0] + w[-1] == "()" or (w[0] in _QUOTE_MARKS and w[-1] in _QUOTE_MARKS))
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
    if words and words[0] in {"The", "the"} and len(words) > 1:
        return " ".join(words)
    return " ".join(words)


def _fold_name(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


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
    """Person index → (start, end) of their mentions, sorted."""
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
        passages: list[_Passage],
        contents: Sequence[tuple[int, int]] = (),
    ) -> _People:
        mentions: list[tuple[int, int, int]] = []
        by_name: dict[str, list[int]] = {}
        by_family: dict[str, list[int]] = {}
        by_role_word: dict[str, list[int]] = {}
        for index, person in enumerate(people):
            if person.family:
                by_family.setdefault(person.family, []).append(index)
            for word in {w for role in person.roles for w in role.casefold().split()}:
                by_role_word.setdefault(word, []).append(index)
            mentions.extend((m.span.start, m.span.end, index) for m in person.mentions)
            keys = {_fold_name(person.name)}
            if person.family:
                keys.add(_fold_name(person.family))
            for key in keys:
                by_name.setdefault(key, []).append(index)
        mentions.sort()
        inner = _merge([*((p.open, p.after) for p in passages), *contents])
        subjects = []
        for s, _e, index in mentions:
            if _inside(inner, s):
                continue
            if _OBJECT_BEFORE.search(text, max(0, s - 14), s):
                continue
            if s > 1 and text[s - 2 : s] in {"' ", "’ "}:  # CBS News' Charlie
                continue
            subjects.append((s, index))
        mentions_of: dict[int, list[tuple[int, int]]] = {}
        for s, e, index in mentions:
            mentions_of.setdefault(index, []).append((s, e))
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

    def last_mention_of(self, person: int, pos: int) -> tuple[int, int] | None:
        """The mention of ``person`` that starts last before ``pos`` (of
        those that start there, the shortest): start and end.
        """
        starts = self.mentions_of.get(person, [])
        i = bisect.bisect_left(starts, (pos, -1)) - 1
        if i < 0:
            return None
        return starts[bisect.bisect_left(starts, (starts[i][0], -1))]


@attrs.define
class _Spoken:
    """The speakers resolved so far, in the order they were resolved."""

    order: list[tuple[int, int]] = attrs.field(factory=list)
    """(position, person index), in order."""
    of: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)
    """Person index → (position, place in ``order``), sorted."""

    def add(self, pos: int, person: int) -> None:
        bisect.insort(self.of.setdefault(person, []), (pos, len(self.order)))
        self.order.append((pos, person))

    def last_of(self, person: int, pos: int) -> tuple[int, int] | None:
        """Where ``person`` spoke last before ``pos`` (the first time they
        spoke there): position and place in ``order``.
        """
        spoke = self.of.get(person, [])
        i = bisect.bisect_left(spoke, (pos, -1)) - 1
        if i < 0:
            return None
        return spoke[bisect.bisect_left(spoke, (spoke[i][0], -1))]


def _resolve(
    text: str, found: list[_Found], people: Sequence[Person], passages: list[_Passage]
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
    for item in found:
        if item.inherit is not None:
            source = item.inherit
            item.speaker, item.mention = source.speaker, source.mention
            item.person, item.organization = source.person, source.organization
            continue
        if item.subject is None:
            continue
        s, e, how = item.subject
        raw = text[s:e]
        known = named.get((s, e))
        if known is not None and known.text == raw:
            item.mention = known
        else:
            raw = forms.setdefault(raw, raw)
            item.mention = Mention(text=raw, span=Span(start=s, end=e))
        person: int | None = None
        if index is not None:
            person = _person_for(text, index, spoken, s, e, how)
            if (
                person is not None
                and how == "pronoun"
                and last_anonymous > (spoken.last_of(person, s) or (-1, -1))[0]
                and last_anonymous > _last_mention(index, person, s)
            ):
                person = None  # `he` goes on from the unnamed official
        if person is not None:
            item.person = people[person]
            item.speaker = people[person].name
            spoken.add(s, person)
        elif how == "pronoun":
            if raw.casefold() in {"it", "they"} and last_org is not None:
                item.speaker = last_org
                item.organization = True
        elif how in {"desc", "group"} and _unnamed(raw, group=how == "group"):
            last_anonymous = s
        else:
            item.speaker = _clean_name(raw) if how == "name" else _named_in(raw)
            if how != "name" or item.speaker.split()[0] in {"The", "the"}:
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


def _last_mention(index: _People, person: int, pos: int) -> int:
    """Where ``person`` was last named (in subject position) before ``pos``."""
    starts = index.subjects_of.get(person, [])
    i = bisect.bisect_left(starts, pos) - 1
    return starts[i] if i >= 0 else -1


def _unnamed(raw: str, *, group: bool) -> bool:
    """Whether a description names nobody (``a defense official``, ``the
    official``, ``one poster``, ``officials``) rather than an organisation.
    """
    words = raw.split()
    if group:
        return len(words) == 1
    if any(w[:1].isupper() for w in words[1:]):
        return False
    return words[0].casefold() in lex.INDEFINITE or words[-1].casefold() in lex.ANONYMOUS


def _named_in(raw: str) -> str:
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
        return _clean_name(" ".join(tail))
    return raw


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
    candidates = index.by_name.get(_fold_name(_clean_name(raw)))
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
    best, best_key = candidates[0], (-1, 0, 0)
    for person in set(candidates):
        mention = index.last_mention_of(person, pos)
        if mention is not None:
            key = (mention[0], -mention[1], -person)
            if key > best_key:
                best, best_key = person, key
    best_pos = best_key[0]
    best_spoke = (-1, 0)
    for person in set(candidates):
        spoke = spoken.last_of(person, pos)
        if spoke is not None and spoke[0] > best_pos:
            spoke_key = (spoke[0], -spoke[1])
            if spoke_key > best_spoke:
                best, best_spoke = person, spoke_key
    return best


def _person_for(text: str, index: _People, spoken: _Spoken, s: int, e: int, how: str) -> int | None:
    raw = text[s:e]
    if how in {"name", "group"}:
        hit = index.overlapping(s, e)
        if hit is not None:
            return hit
        return _by_words(index, raw, s, spoken)
    if how == "pronoun":
        if raw.casefold() not in {"he", "she"}:
            return None
        return _last_person(index, spoken, s)
    words = raw.split()
    if how == "desc" and len(words) >= 2:
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


def _last_person(index: _People, spoken: _Spoken, pos: int) -> int | None:
    """The person named last in subject position (or speaking) before ``pos``."""
    best: tuple[int, int] | None = index.last_subject(pos)
    for s, person in reversed(spoken.order):
        if s < pos:
            if best is None or s > best[0]:
                best = (s, person)
            break
    return None if best is None else best[1]


def _quote(text: str, item: _Found, forms: dict[str, str]) -> Quote:
    """The record of ``item``; ``forms`` keeps one string per cue form, so a
    thousand ``said`` share one.
    """
    addressee = None
    if item.addressee is not None:
        a_s, a_e = item.addressee
        addressee = item.addressee_name or _clean_name(text[a_s:a_e])
    return Quote(
        text=item.text,
        span=Span(start=item.span[0], end=item.span[1]),
        kind=item.kind,
        speaker=item.speaker,
        speaker_mention=item.mention,
        cue=forms.setdefault(item.cue.form, item.cue.form) if item.cue else None,
        cue_span=Span(start=item.cue.start, end=item.cue.end) if item.cue else None,
        addressee=addressee,
        medium=item.medium,
    )


def _fold(value: str) -> str:
    """Drop double quotation marks and collapse white space (the span invariant)."""
    return " ".join(value.translate(_FOLD).split())
