"""Quotations: :func:`quotes` and :func:`quote_passages`."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from newsparse import _lexicon as lex
from newsparse._types import Mention, Quote, Span

from ._people import _Name, _names
from ._render import Rendered, _Builder
from ._vocabulary import _CLAUSES, _FEMALE, _SAY_VERBS, _STATEMENTS, _VERBS, _sample

_FRAGMENTS = lex.strategy_words("fragment")
"""Lower-case phrases quoted inside the reporter's sentence (partial quotes)."""
_PARTIAL_FORMS = (("described", "the talks as "), ("warned", "of "))
"""A reporting verb and the words between it and a partial quote."""
_CONTINUATIONS = lex.strategy_words("continuation")
"""What a quote says after a cue inside it (``"…," she said, "until the end."``)."""
_ADDRESSEES = ("reporters", "CNN", "the BBC", "lawmakers")
_MEDIA = (("in a statement", "statement"), ("on Twitter", "Twitter"), ("on Facebook", "Facebook"))
_TELL_VERB = _VERBS["tell"][2] if "tell" in _VERBS else "told"


def _marks(curly: bool) -> tuple[str, str]:
    return ("“", "”") if curly else ('"', '"')


@st.composite
def _quotes(draw: st.DrawFn) -> Rendered[Quote]:
    name = draw(_names())
    verb = draw(_sample(_SAY_VERBS))
    curly = draw(st.booleans())
    opening, closing = _marks(curly)
    form = draw(
        st.sampled_from(
            ("after", "before", "inverted", "indirect", "told", "told_before", "medium", "partial")
        )
    )
    out = _Builder()
    addressee = medium = None
    if form == "indirect":
        clause = draw(_sample(_CLAUSES))
        who = out.add(name.full)
        out.add(" ")
        cue = out.add(verb)
        out.add(" that ")
        said = out.add(clause + ".")
        kind = "indirect"
        content = clause + "."
    elif form == "partial":  # Jane Doe described the talks as "a waste of time" on Monday.
        fragment = draw(_sample(_FRAGMENTS))
        verb, words = draw(_sample(_PARTIAL_FORMS))
        who = out.add(name.full)
        out.add(" ")
        cue = out.add(verb)
        out.add(" " + words + opening)
        said = out.add(fragment)
        out.add(closing + " on Monday.")
        kind = "partial"
        content = fragment
    else:
        statement = draw(_sample(_STATEMENTS))
        kind = "direct"
        if form in {"before", "told_before"}:  # Jane Doe told reporters: "…."
            who = out.add(name.full)
            out.add(" ")
            if form == "told_before":
                verb = _TELL_VERB
                cue = out.add(verb)
                addressee = draw(_sample(_ADDRESSEES))
                out.add(" " + addressee)
            else:
                cue = out.add(verb)
            out.add(": " + opening)
            content = statement + "."
            said = out.add(content)
            out.add(closing)
        else:
            out.add(opening)
            said = out.add(statement)
            content = statement
            out.add("," + closing + " ")
            if form == "inverted":
                cue = out.add(verb)
                out.add(" ")
                who = out.add(name.full)
            else:
                who = out.add(name.full)
                out.add(" ")
                if form == "told":  # "…," Jane Doe told reporters.
                    verb = _TELL_VERB
                    cue = out.add(verb)
                    addressee = draw(_sample(_ADDRESSEES))
                    out.add(" " + addressee)
                else:
                    cue = out.add(verb)
                if form == "medium":  # "…," Jane Doe said in a statement.
                    words, medium = draw(_sample(_MEDIA))
                    out.add(" " + words)
            out.add(".")
    truth = Quote(
        text=content,
        span=said,
        kind=kind,  # type: ignore[arg-type]
        speaker=name.full,
        speaker_mention=Mention(text=name.full, span=who),
        cue=verb,
        cue_span=cue,
        addressee=addressee,
        medium=medium,
    )
    return Rendered(text=out.text(), truth=truth)


def quotes() -> st.SearchStrategy[Rendered[Quote]]:
    """One attributed statement in a sentence, and the :class:`~newsparse.Quote`.

    The cue after the quote (``"…," Jane Doe said.``), before it (``Jane Doe
    warned: "…."``), inverted (``"…," said Jane Doe.``), or reported speech
    (``Jane Doe said that …``); straight and curly marks; reporting verbs
    from the table::

        Rendered(text='“We will not leave,” said Amara Okafor.',
                 truth=Quote(text='We will not leave', span=Span(start=1, end=18),
                             kind='direct', speaker='Amara Okafor',
                             speaker_mention=Mention(text='Amara Okafor', ...),
                             cue='said', cue_span=Span(start=21, end=25)))

    ``extract_quotes(example.text) == (example.truth,)``.
    """
    return _quotes()


def _quote(
    name: _Name, text: str, said: Span, kind: str, verb: str, cue: Span, who: Mention
) -> Quote:
    return Quote(
        text=text,
        span=said,
        kind=kind,  # type: ignore[arg-type]
        speaker=name.full,
        speaker_mention=who,
        cue=verb,
        cue_span=cue,
    )


@st.composite
def _quote_passages(draw: st.DrawFn) -> Rendered[tuple[Quote, ...]]:
    style = draw(st.sampled_from(("single", "inside", "pronoun", "paragraphs")))
    if style in {"single", "pronoun"}:
        first = draw(_quotes())
        if style == "single":
            return Rendered(text=first.text, truth=(first.truth,))
        # "…," she said. — the pronoun is the person named before it
        speaker = first.truth.speaker or ""
        given = speaker.split()[0]
        pronoun = "she" if given in _FEMALE else "he"
        opening, closing = _marks(draw(st.booleans()))
        statement = draw(_sample(_STATEMENTS))
        verb = draw(_sample(_SAY_VERBS))
        out = _Builder()
        out.add(first.text)
        out.add(draw(st.sampled_from((" ", "\n\n"))) + opening)
        said = out.add(statement)
        out.add("," + closing + " ")
        mention = Mention(text=pronoun, span=out.add(pronoun))
        out.add(" ")
        cue = out.add(verb)
        out.add(".")
        second = Quote(
            text=statement,
            span=said,
            kind="direct",
            speaker=speaker,
            speaker_mention=mention,
            cue=verb,
            cue_span=cue,
        )
        return Rendered(text=out.text(), truth=(first.truth, second))
    name = draw(_names())
    verb = draw(_sample(_SAY_VERBS))
    opening, closing = _marks(draw(st.booleans()))
    one, two = draw(st.lists(_sample(_STATEMENTS), min_size=2, max_size=2, unique=True))
    out = _Builder()
    if style == "inside":  # "We will fight," Jane Doe said, "until the end."
        inverted = draw(st.booleans())
        out.add(opening)
        said = out.add(one)
        out.add("," + closing + " ")
        if inverted:
            cue = out.add(verb)
            out.add(" ")
            who = Mention(text=name.full, span=out.add(name.full))
        else:
            who = Mention(text=name.full, span=out.add(name.full))
            out.add(" ")
            cue = out.add(verb)
        out.add(", " + opening)
        rest = draw(_sample(_CONTINUATIONS)) + "."
        more = out.add(rest)
        out.add(closing)
        # one quote of two parts: its span runs over the cue, its text joins them
        whole = _quote(
            name, f"{one} {rest}", Span(start=said.start, end=more.end), "direct", verb, cue, who
        )
        return Rendered(text=out.text(), truth=(attrs.evolve(whole, parts=(said, more)),))
    # a quote over two paragraphs: the opening mark again, no closing mark
    # before the last paragraph
    before = draw(st.booleans())
    if before:  # Jane Doe said: "….\n\n"…."
        who = Mention(text=name.full, span=out.add(name.full))
        out.add(" ")
        cue = out.add(verb)
        out.add(": " + opening)
        start = out.add(one + ".").start
        out.add("\n\n" + opening)
        end = out.add(two + ".").end
        out.add(closing)
        content = f"{one}. {two}."
    else:  # "….\n\n"…," Jane Doe said.
        out.add(opening)
        start = out.add(one + ".").start
        out.add("\n\n" + opening)
        end = out.add(two).end
        out.add("," + closing + " ")
        who = Mention(text=name.full, span=out.add(name.full))
        out.add(" ")
        cue = out.add(verb)
        out.add(".")
        content = f"{one}. {two}"
    whole = _quote(name, content, Span(start=start, end=end), "direct", verb, cue, who)
    return Rendered(text=out.text(), truth=(whole,))


def quote_passages() -> st.SearchStrategy[Rendered[tuple[Quote, ...]]]:
    """A passage of one or two paragraphs quoting one person, and its quotes.

    Beyond :func:`quotes` (one of which may be the whole passage): a cue
    inside the quotation with a second span after it (``"We will fight,"
    Jane Doe said, "until the end."``: one quote of two ``parts``), a
    pronoun speaker after a named one
    (``"…," Jane Doe said. "…," she said.``, the second quote's
    ``speaker`` being ``Jane Doe`` and its ``speaker_mention`` ``she``),
    and a quote over two paragraphs, the opening mark repeated and no
    closing mark before the last one::

        Rendered(text='"We will not leave," Jane Smith said, "until the end."',
                 truth=(Quote(text='We will not leave until the end.',
                              span=Span(start=1, end=53), ..., speaker='Jane Smith',
                              parts=(Span(start=1, end=18), Span(start=39, end=53))),))

    Paragraphs are separated by a blank line (``\\n\\n``).
    ``extract_quotes(example.text, people=extract_people(example.text)) ==
    example.truth``: a pronoun is resolved only through the people.
    """
    return _quote_passages()
