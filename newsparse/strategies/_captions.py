"""Photo captions and their credits: :func:`captions`."""

from __future__ import annotations

from typing import Literal, get_args

import attrs
from hypothesis import strategies as st

from newsparse import _lexicon as lex
from newsparse._types import Caption, Credit, Span

from ._dates import _DATES
from ._people import _names
from ._render import Rendered, _Builder
from ._vocabulary import _CAPTION_SCENES, _CITY_COUNTRY, _CROWDS, _sample


@attrs.frozen
class _Credit:
    sep: str
    """What separates the credit from the sentence (nothing when glued)."""
    written: str
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    bracketed: bool
    file_photo: bool = False


_MILITARY_RANKS = tuple(
    title
    for title, kind, _flags in lex.TITLE_ROWS
    if kind == "military" and title in {"Sgt.", "Staff Sgt.", "Tech. Sgt.", "Senior Airman"}
)
_SERVICES = ("U.S. Army", "U.S. Air Force", "U.S. Navy")


_CreditStyle = Literal[
    "glued",
    "ap_photo",
    "reuters",
    "photo_by",
    "photo_label",
    "ap_pool",
    "ap_file",
    "photo_by_via",
    "glued_two",
    "military",
    "military_slash",
    "pipe",
    "photograph",
    "mandatory",
    "agency_only",
]
"""The forms of a photo credit, in the order hypothesis tries them; ``photo_label``
(``Photo: Jane Doe/AFP via Getty Images``) is the last branch of :func:`_credits`."""


@st.composite
def _credits(draw: st.DrawFn) -> _Credit:
    """A photo credit in one of the forms of docs/captions.md."""
    name = draw(_names(caps_safe=True))
    style: _CreditStyle = draw(st.sampled_from(get_args(_CreditStyle)))
    who = (name.full,)
    if style == "glued":
        agency = draw(_sample(("GETTY", "AFP", "SYGMA")))
        canonical = {"GETTY": "Getty", "AFP": "AFP", "SYGMA": "Sygma"}[agency]
        return _Credit("", f"{name.full.upper()}/{agency}", who, (canonical,), False)
    if style == "glued_two":  # …photo.PATRICK ROBERT/SYGMA/GETTY
        return _Credit("", f"{name.full.upper()}/SYGMA/GETTY", who, ("Sygma", "Getty"), False)
    if style == "ap_photo":
        return _Credit(" ", f"AP Photo/{name.full}", who, ("AP",), True)
    if style == "ap_pool":
        return _Credit(" ", f"AP Photo/{name.full}, Pool", who, ("AP", "Pool"), True)
    if style == "ap_file":
        return _Credit(" ", f"AP Photo/{name.full}, File", who, ("AP",), True, file_photo=True)
    if style == "reuters":
        return _Credit(" ", f"REUTERS/{name.full}", who, ("Reuters",), False)
    if style == "photo_by":
        return _Credit(" ", f"Photo by {name.full}/Getty Images", who, ("Getty Images",), True)
    if style == "photo_by_via":
        return _Credit(" ", f"Photo by {name.full}/LaPresse via AP", who, ("LaPresse", "AP"), True)
    if style in {"military", "military_slash"}:  # U.S. Army photo by Sgt. Jane Doe
        service = draw(_sample(_SERVICES))
        rank = draw(_sample(_MILITARY_RANKS))
        link = " by " if style == "military" else "/"
        return _Credit(" ", f"{service} photo{link}{rank} {name.full}", who, (service,), True)
    if style == "pipe":
        return _Credit(" ", f"{name.full} | Getty Images", who, ("Getty Images",), False)
    if style == "photograph":
        return _Credit(" ", f"Photograph: {name.full}/Reuters", who, ("Reuters",), False)
    if style == "mandatory":
        return _Credit(
            " ",
            f"Mandatory Credit: Photo by {name.full}/EPA-EFE/Shutterstock",
            who,
            ("EPA-EFE", "Shutterstock"),
            False,
        )
    if style == "agency_only":
        agency = draw(_sample(("Getty", "AFP", "Reuters")))
        return _Credit(" ", f"Image: {agency}", (), (agency,), True)
    return _Credit(
        " ", f"Photo: {name.full}/AFP via Getty Images", who, ("AFP", "Getty Images"), False
    )


@st.composite
def _captions(draw: st.DrawFn) -> Rendered[Caption]:
    city, country = draw(_sample(_CITY_COUNTRY))
    place = f"{city}, {country}"
    named = draw(st.booleans())
    who = draw(_names()).full if named else draw(_sample(_CROWDS))
    scene = draw(_sample(_CAPTION_SCENES)).format(who=who, place=place)
    if not named:
        scene = scene.replace(" is ", " are ").replace(" speaks ", " speak ")
        scene = scene.replace(" arrives ", " arrive ")
    day = draw(st.none() | _DATES)
    sentence = f"{scene}, {day.strftime('%B')} {day.day}, {day.year}." if day else scene + "."
    credit = draw(_credits())
    label = draw(st.sampled_from(("", "", "FILE - ")))  # AP: FILE - Protesters march …
    out = _Builder()
    out.add(label)
    out.add(sentence)
    out.add(credit.sep)
    if credit.bracketed:
        out.add("(")
    credit_span = out.add(credit.written)
    if credit.bracketed:
        out.add(")")
    text = out.text()
    truth = Caption(
        raw=text,
        span=Span(start=0, end=len(text)),
        text=sentence,
        credit=Credit(
            raw=credit.written,
            span=credit_span,
            photographers=credit.photographers,
            agencies=credit.agencies,
        ),
        date=day,
        place=place,
        file_photo=bool(label) or credit.file_photo,
        people=(who,) if named else (),
    )
    return Rendered(text=text, truth=truth)


def captions() -> st.SearchStrategy[Rendered[Caption]]:
    """A photo caption with its credit, and the :class:`~newsparse.Caption`.

    Credits glued in capitals (``….OLEG KARPOV/GETTY``,
    ``….PATRICK ROBERT/SYGMA/GETTY``), bracketed (``(AP Photo/Evan
    Vucci)``, ``(AP Photo/Hiro Komae, Pool)``, ``(AP Photo/Matt Dunham,
    File)``, ``(Photo by John Moore/Getty Images)``, ``(Photo by Antonio
    Saia/LaPresse via AP)``, ``(U.S. Army photo by Sgt. Jane Doe)``, ``(U.S.
    Air Force photo/Staff Sgt. Jane Doe)``, ``(Image: Getty)``), labelled
    or plain (``REUTERS/Kevin Lamarque``, ``Photo: Jane Doe/AFP via Getty
    Images``, ``Photograph: Jane Doe/Reuters``, ``Mandatory Credit: Photo by
    Jane Doe/EPA-EFE/Shutterstock``, ``Chip Ward | Getty Images``); an AP
    ``FILE -`` label or a ``, File`` credit makes a file photo; a place and
    perhaps a date in the sentence, perhaps a person::

        Rendered(text='Protesters speak to supporters in Kabul, Afghanistan. REUTERS/Jane Smith',
                 truth=Caption(raw=..., text='Protesters speak ... Afghanistan.',
                               credit=Credit(raw='REUTERS/Jane Smith', ...,
                                             photographers=('Jane Smith',),
                                             agencies=('Reuters',)),
                               place='Kabul, Afghanistan'))

    ``parse_caption(example.text) == example.truth``. ``Caption.people`` is
    ``()``: ``parse_article`` fills it (the articles of :func:`articles`
    carry the caption's person in their truth).
    """
    return _captions().map(lambda r: Rendered(text=r.text, truth=attrs.evolve(r.truth, people=())))
