"""Bylines: :func:`bylines`."""

from __future__ import annotations

from hypothesis import strategies as st

from newsparse import _lexicon as lex
from newsparse._types import Author, Byline, Span

from ._dates import _DATES, _date_words
from ._people import _Name, _names
from ._render import Rendered, _Builder
from ._vocabulary import _BYLINE_ORGS, _BYLINE_RANKS, _BYLINE_ROLES, _sample

_LEADS: dict[str, tuple[str, str]] = {
    "By ": ("and", "By"),
    "by ": ("and", "by"),
    "By: ": ("and", "By:"),
    "Written by ": ("and", "Written by"),
    "Von ": ("und", "Von"),
    "Par ": ("et", "Par"),
    "Por ": ("y", "Por"),
}
"""Lead words with the word that joins the last author (``Von A und B``)."""
_LEAD_SET = frozenset(lex.BYLINE_LEADS)
_MIXED_LEADS = tuple(lead for lead, (_and, word) in _LEADS.items() if word.rstrip(":") in _LEAD_SET)
_COLLECTIVE_LINES: tuple[str, ...] = tuple(
    line
    for line in ("Staff and agencies", "Staff and wire reports", "From staff reports", "Agencies")
    if " ".join(line.casefold().split()) in lex.BYLINE_COLLECTIVE
)
_MAIL_DOMAINS = {"Associated Press": "ap.org", "Reuters": "reuters.com", "AFP": "afp.com"}


def _ascii_word(word: str) -> str:
    """``word`` in lower-case ASCII letters, for an address (``Søren`` → ``sren``)."""
    import unicodedata  # noqa: PLC0415 - only e-mail addresses need it

    folded = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in folded.lower() if "a" <= ch <= "z")


@st.composite
def _contacts(draw: st.DrawFn, name: _Name, affiliation: str | None) -> tuple[str, str, str]:
    """``(as written after the name, kind, address)``: an e-mail or a @handle."""
    given, family = _ascii_word(name.given), _ascii_word(name.family)
    if draw(st.booleans()):
        handle = "@" + draw(st.sampled_from((given + family, given[:1] + family)))
        return " " + handle, "handle", handle
    domain = _MAIL_DOMAINS.get(affiliation or "", "example.com")
    email = f"{given}.{family}@{domain}"
    form = draw(st.sampled_from((" {}", " ({})", ", {}")))
    return form.format(email), "email", email


@st.composite
def _bylines(draw: st.DrawFn) -> Rendered[Byline]:
    style = draw(st.sampled_from(("names", "organizations", "collective")))
    out = _Builder()
    if style in {"organizations", "collective"}:
        if style == "organizations":
            orgs = draw(
                st.lists(
                    _sample(("CBS", "AFP", "Reuters", "AP")), min_size=2, max_size=2, unique=True
                )
            )
            out.add("/".join(orgs))
        else:  # Staff and agencies, by staff and agencies
            line: str = draw(_sample(_COLLECTIVE_LINES))
            if draw(st.booleans()) and not line.startswith("From"):
                out.add("By " if draw(st.booleans()) else "by ")
                line = line.lower()
            orgs = [line]
            out.add(line)
        text = out.text()
        truth = Byline(raw=text, span=Span(start=0, end=len(text)), organizations=orgs)
        return Rendered(text=text, truth=truth)
    caps = draw(st.booleans())
    lead = draw(st.sampled_from(("By ", "BY ") if caps else _MIXED_LEADS))
    conjunction = _LEADS.get(lead, ("and", ""))[0]
    names = draw(
        st.lists(_names(caps_safe=caps), min_size=1, max_size=3, unique_by=lambda n: n.family)
    )
    rank = None
    if len(names) == 1 and not caps and _BYLINE_RANKS:
        rank = draw(st.none() | _sample(_BYLINE_RANKS))
    # a job title for each author: By A, Staff Writer, and B, Correspondent
    each_role = len(names) > 1 and not caps and lead.startswith("By") and draw(st.booleans())
    roles = [draw(st.none() | _sample(_BYLINE_ROLES)) if each_role else None for _ in names]
    tail = draw(st.sampled_from(("", "org_comma", "org_pipe", "role")))
    if len(names) > 1 and tail == "role":
        tail = ""
    affiliation = draw(_sample(_BYLINE_ORGS)) if tail.startswith("org") else None
    contact = None
    if len(names) == 1 and not each_role and draw(st.booleans()):
        contact = draw(_contacts(names[0], affiliation))
    out.add(lead)
    drafts: list[tuple[str, str, Span]] = []
    serial = any(roles)
    for i, name in enumerate(names):
        if i:
            last = i == len(names) - 1
            if serial:
                out.add(f", {conjunction} " if last else ", ")
            else:
                out.add(f" {conjunction} " if last else ", ")
        if rank is not None:
            out.add(rank + " ")
        raw = name.full.upper() if caps else name.full
        drafts.append((name.full, raw, out.add(raw)))
        if (own := roles[i]) is not None:
            out.add(", " + own)
    if contact is not None:
        out.add(contact[0])
    role = None
    if affiliation is not None:
        out.add((", " if tail == "org_comma" else " | ") + affiliation)
    elif tail == "role":
        role = draw(_sample(_BYLINE_ROLES))
        out.add(", " + role)
    raw_line = out.text()
    date = date_span = None
    if not caps and draw(st.booleans()):  # By Jane Doe / Published Aug. 19, 2021
        date = draw(_DATES)
        out.add(draw(st.sampled_from((" / Published ", " | Published ", " | Updated "))))
        date_span = out.add(draw(_date_words(date)))
    email = handle = None
    if contact is not None:
        email, handle = (contact[2], None) if contact[1] == "email" else (None, contact[2])
    authors = [
        Author(
            name=clean,
            raw=raw,
            span=span,
            role=rank or roles[i] or role,
            affiliation=affiliation,
            email=email,
            handle=handle,
        )
        for i, (clean, raw, span) in enumerate(drafts)
    ]
    truth = Byline(
        raw=raw_line,
        span=Span(start=0, end=len(raw_line)),
        authors=authors,
        date=date,
        date_span=date_span,
    )
    return Rendered(text=out.text(), truth=truth)


def bylines() -> st.SearchStrategy[Rendered[Byline]]:
    """A byline line and its :class:`~newsparse.Byline`.

    Styles: mixed case and ALL CAPS (``By JOHN SMITH and JANE DOE``), one to
    three authors, the lead words ``By``, ``By:``, ``Written by``, ``Von``
    (``… und …``), ``Par`` (``… et …``) and ``Por`` (``… y …``), a rank
    before the name (``By Staff Sgt. Jane Doe``), a job title for each
    author (``By A, Staff Writer, and B, Correspondent``), an affiliation
    after a comma or a bar (``, Associated Press``, ``| Reuters``), a job
    title (``, Senior Reporter``), an e-mail or a @handle (``By Jane Doe
    (jane.doe@example.com)``, ``By Jane Doe @janedoe``), a date after the
    byline (``By Jane Doe / Published Aug. 19, 2021``), organisations alone
    (``CBS/AFP``) and collective credits (``Staff and agencies``)::

        Rendered(text='By JANE SMITH, Reuters',
                 truth=Byline(raw='By JANE SMITH, Reuters', span=Span(start=0, end=22),
                              authors=(Author(name='Jane Smith', raw='JANE SMITH',
                                              span=Span(start=3, end=13),
                                              affiliation='Reuters'),)))

    A date after the byline is outside ``Byline.raw`` (which ends before
    the ``/``) and inside ``Byline.date_span``, as the parser reads it.

    ``parse_byline(example.text) == example.truth``.
    """
    return _bylines()
