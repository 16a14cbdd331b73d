"""People's names: the names every other strategy writes, and :func:`person_names`."""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from newsparse._types import Mention, Person

from ._render import Rendered, _Builder
from ._vocabulary import (
    _CAPS_SAFE_FAMILY,
    _CAPS_SAFE_GIVEN,
    _FAMILY_PARTICLE,
    _FAMILY_PLAIN,
    _GIVEN,
    _sample,
)


@attrs.frozen
class _Name:
    given: str
    family: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


@st.composite
def _names(draw: st.DrawFn, *, caps_safe: bool = False) -> _Name:
    if caps_safe:
        return _Name(draw(_sample(_CAPS_SAFE_GIVEN)), draw(_sample(_CAPS_SAFE_FAMILY)))
    family = draw(st.one_of(_sample(_FAMILY_PLAIN), _sample(_FAMILY_PARTICLE)))
    return _Name(draw(_sample(_GIVEN)), family)


_PERSON_FORMS = (
    "{name} arrived in the capital on Monday.",
    "Officials met {name} on Monday.",
    "The committee, led by {name}, met on Monday.",
)


@st.composite
def _person_names(draw: st.DrawFn) -> Rendered[Person]:
    name = draw(_names())
    form = draw(_sample(_PERSON_FORMS))
    before, after = form.split("{name}")
    out = _Builder()
    out.add(before)
    span = out.add(name.full)
    out.add(after)
    mentions = [Mention(text=name.full, span=span)]
    if draw(st.booleans()):
        out.add(" Later ")
        mentions.append(Mention(text=name.family, span=out.add(name.family)))
        out.add(" left.")
    person = Person(name=name.full, given=name.given, family=name.family, mentions=mentions)
    return Rendered(text=out.text(), truth=person)


def person_names() -> st.SearchStrategy[Rendered[Person]]:
    """A sentence naming one person, perhaps with a later surname mention.

    Names come from many cultures, with particles (``van der Berg``,
    ``de la Fuente``), diacritics (``Søren Kovačević``) and apostrophes
    (``O'Neil``). The truth is the :class:`~newsparse.Person` with its
    given/family split and every mention::

        Rendered(text='Officials met Jane van der Berg on Monday. Later van der Berg left.',
                 truth=Person(name='Jane van der Berg', given='Jane',
                              family='van der Berg', mentions=(...)))

    ``extract_people(example.text)`` should find that person; roles and
    affiliations are left empty (none is written).
    """
    return _person_names()
