"""Attributed quotations: who said what, to whom.

:func:`extract_quotes` finds the statements a news text attributes to
someone:

* ``direct`` quotes, a quoted sentence with a speaker (``"…," Lavrov told
  reporters.``, ``he said: "…"``, ``"…," said X, a spokesman.``);
* ``partial`` quotes, a quoted fragment inside the reporter's sentence
  (``he declared himself the "legitimate caretaker president"``);
* ``indirect`` (reported) speech (``Lavrov said Thursday that …``, ``Saleh
  told CBS News' Charlie D'Agata that …``, ``according to X, …``).

How it works, in linear time, one module a step:

1. **Reading** (:mod:`newsparse._reading`): the text (or the
   ``start``/``end`` window of it) is cut into paragraphs, its quotation
   marks are paired into quoted passages (a multi-paragraph quote is one)
   and its sentence ends are found, once.
2. **Cues** (:mod:`newsparse._cues`): one pass of the reporting-verb
   pattern (the verb table ``_data/reporting_verbs.txt``) finds the cues;
   the speaker-phrase grammar reads the subject, addressee and medium
   around each.
3. **Attribution** (:mod:`newsparse._attribution`): each quoted passage
   finds its cue by the ordered rules of ``DIRECT_RULES``: right after it
   (``"…," X said``, ``"…," said X``), earlier in its sentence (``X said:
   "…"``, ``X said that "…"``), or it continues the speaker of the quote
   before it (``"…," he told D'Agata. "They are ready…"``). A quoted
   passage that follows a naming word in its sentence (``what some had
   started calling "Resistance 2.0."``) is a term, not speech, and a quote
   with no cue at all is not returned. Cues that no direct quote used
   introduce reported speech, read by the ordered rules of
   ``REPORTED_RULES``: ``X said (Thursday) that …``, ``X told Y that …``,
   ``X said he …``, ``according to X, …``, ``…, X said.``.
4. **Speakers** (:mod:`newsparse._speakers`) are resolved in text order.
   Without ``people`` the speaker is the name as written at the cue,
   cleaned (no possessive, no title:
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

from collections.abc import Sequence

from ._attribution import Found, Scene, attribute, join_interrupted, reported
from ._cues import clean_name, find_cues
from ._reading import DOUBLE, Reading, read
from ._speakers import resolve
from ._text import clamp_window
from ._types import Person, Quote, Span
from .errors import check_text

__all__ = ["extract_quotes"]

_FOLD = str.maketrans("", "", DOUBLE)


def extract_quotes(
    text: str,
    *,
    people: Sequence[Person] | None = None,
    start: int = 0,
    end: int | None = None,
    paragraphs: Sequence[Span] | None = None,
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
        paragraphs: The spans of the window's paragraphs, when the caller
            has cut them (:func:`newsparse.parse_article` passes its body
            paragraphs): they are read as given, in order, clipped to the
            window. Without them the window is cut at blank lines and at
            line breaks that end a sentence.

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
    paras = None if paragraphs is None else _clip(paragraphs, lo, hi)
    reading = read(text, lo, hi, paras=paras)
    if reading is None:
        return ()
    found = _found(reading, people or ())
    forms: dict[str, str] = {}
    quotes = [_quote(text, f, forms) for f in found]
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    unique: list[Quote] = []
    for quote in quotes:
        if unique and unique[-1].span == quote.span:
            continue
        unique.append(quote)
    return tuple(unique)


def _clip(paragraphs: Sequence[Span], lo: int, hi: int) -> list[tuple[int, int]]:
    """The paragraphs inside ``[lo, hi)``, sorted, without blanks at their ends."""
    given: Sequence[object] = paragraphs  # checked: callers may pass anything
    out = []
    for span in given:
        if not isinstance(span, Span):
            msg = f"paragraphs must hold Span records, got {type(span).__name__}"
            raise TypeError(msg)
        s, e = max(lo, span.start), min(hi, span.end)
        if s < e:
            out.append((s, e))
    return sorted(out)


def _found(reading: Reading, people: Sequence[Person]) -> list[Found]:
    """The quotes of ``reading`` before they become records, speakers resolved."""
    text = reading.text
    masks = [(p.start, p.end) for p in reading.passages]
    scene = Scene(reading=reading, cues=find_cues(text, reading.start, reading.end, masks))
    found = attribute(scene)
    found += reported(scene, found)
    found.sort(key=lambda f: (f.subject.start if f.subject else f.span[0], f.span[0]))
    resolve(text, found, people, reading.passages)
    return join_interrupted(text, [f for f in found if not f.absorbed])


def _quote(text: str, item: Found, forms: dict[str, str]) -> Quote:
    """The record of ``item``; ``forms`` keeps one string per cue form, so a
    thousand ``said`` share one.
    """
    addressee = None
    if item.addressee is not None:
        a_s, a_e = item.addressee
        addressee = item.addressee_name or clean_name(text[a_s:a_e])
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
        quoted=[Span(start=s, end=e) for s, e in item.quoted],
        parts=[Span(start=s, end=e) for s, e in item.parts],
        speaker_index=item.person_index,
    )


def _fold(value: str) -> str:
    """Drop double quotation marks and collapse white space (the span invariant)."""
    return " ".join(value.translate(_FOLD).split())
