"""Contributor credits: who reported, wrote, edited or translated a story,
besides its byline.

Wire copy ends with them (``(Reporting by Jane Roe in Hull; Editing by John
Doe)``), papers print them under the story (``Associated Press writer Jane
Roe contributed to this report.``, ``Mitarbeit: Anna Weber``). They are
data about the story, not people of it: :func:`parse_article` gives them
their own block kind and leaves their names out of ``Article.people``.

The grammar: an optional dash and brackets around clauses separated by
semicolons (or full stops before a label); each clause is a label and the
names (``Editing by A, B and C``), or the names and a verb phrase
(``A and B contributed reporting``); each name may carry the place it
worked from (``A in Hull``). The labels and verb phrases are the table
``contributor_labels.txt``; a text that is not wholly such a credit gives
no contributors.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import attrs
import regex

from . import _lexicon as lex
from ._lazy import LazyPattern
from ._text import clamp_window
from ._types import CONTRIBUTOR_ROLES, Contributor, ContributorRole, Span
from .errors import check_text

__all__ = ["before_credit", "credit_starts", "find_trailing_credit", "parse_contributors"]


def _roles(place: str) -> dict[str, ContributorRole]:
    """The table's phrases of one place (``label`` or ``verb``), casefolded,
    each with its role (a role the records do not know is a table error).
    """
    out: dict[str, ContributorRole] = {}
    for phrase, role, where in lex.CONTRIBUTOR_LABEL_ROWS:
        if where == place:
            if role not in CONTRIBUTOR_ROLES:
                msg = f"contributor_labels.txt: unknown role {role!r}"
                raise ValueError(msg)
            out[phrase.casefold()] = role
    return out


_LABELS = _roles("label")
_VERBS = _roles("verb")
_LINK_ENDINGS = ("by", "from", "von", "de", "di", "par", "por", "van")
"""A label ending in one of these needs no colon before the names."""

_LABEL = LazyPattern(
    rf"(?P<phrase>(?i:{lex.alternation(_LABELS)}))(?P<colon>\s*:)?\s+",
)
_VERB = LazyPattern(
    rf"\s+(?P<verb>(?i:{lex.alternation(_VERBS)}))"
    r"(?:\s+(?:from|in)\s+(?P<place>[^\s,;][^,;]{0,60}?))?\s*$"
)
_CLAUSE_BREAK = LazyPattern(rf";\s*|\.\s+(?=(?i:{lex.alternation(_LABELS)})\b)")
_JOINER = regex.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&|und|et|y|e|og|en)\s+")
_PLACE = regex.compile(r"\s+(?:in|from)\s+(?=\p{Lu})")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.")
_TOKEN = regex.compile(r"\S+")
_CONNECTORS = frozenset({"and", "in", "from", "of", "&", "und", "et", "y", "e"})
_OPEN_CLOSE = {"(": ")", "[": "]"}
_MAX_CREDIT_CHARS = 1000
_MAX_NAME_WORDS = 5


def parse_contributors(
    text: str, *, start: int = 0, end: int | None = None
) -> tuple[Contributor, ...]:
    """The contributors credited by ``text[start:end]`` when the whole of it
    is a contributor credit, else ``()``.

    >>> [(c.name, c.role) for c in parse_contributors(
    ...     "(Reporting by Jane Roe in Hull; Editing by John Doe)")]
    [('Jane Roe', 'reporting'), ('John Doe', 'editing')]
    >>> parse_contributors("The council met on Tuesday.")
    ()
    """
    check_text(text)
    start, end = clamp_window(len(text), start, end)
    window = _unwrap(text, start, end)
    if window is None:
        return ()
    return _credit(text, *window, labels_only=False)


def find_trailing_credit(
    text: str, *, start: int = 0, end: int | None = None
) -> tuple[Contributor, ...]:
    """The contributors of a bracketed credit that closes the paragraph
    ``text[start:end]`` (``… in the region. (Reporting by Jane Roe)``),
    else ``()``. Only labelled clauses count there: a verb phrase
    (``contributed``) in a paragraph is a sentence of the story.
    """
    check_text(text)
    start, end = clamp_window(len(text), start, end)
    stripped = text[start:end].rstrip().rstrip(".").rstrip()
    if not stripped.endswith((")", "]")):
        return ()
    close = start + len(stripped) - 1
    opening = "(" if text[close] == ")" else "["
    open_at = text.rfind(opening, max(start, close - _MAX_CREDIT_CHARS), close)
    if open_at <= start or not _LABEL.match(text, open_at + 1):
        return ()
    window = _unwrap(text, open_at, close + 1)
    return () if window is None else _credit(text, *window, labels_only=True)


def _unwrap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The credit's clauses inside ``[start, end)``: blanks, a leading dash,
    a closing full stop and one pair of brackets around the whole off.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    if end - start > _MAX_CREDIT_CHARS or end <= start:
        return None
    while start < end and text[start] in "-–—":
        start += 1
    while start < end and text[start].isspace():
        start += 1
    if start < end and text[start] in _OPEN_CLOSE:
        if text[end - 1] != _OPEN_CLOSE[text[start]]:
            return None
        start, end = start + 1, end - 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
            end -= 1
    return (start, end) if start < end else None


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        yield at, match.start()
        at = match.end()
    yield at, end


def _credit(text: str, start: int, end: int, *, labels_only: bool) -> tuple[Contributor, ...]:
    out: list[Contributor] = []
    for clause_start, clause_end in _clauses(text, start, end):
        found = _clause(text, clause_start, clause_end, labels_only=labels_only)
        if not found:
            return ()  # one clause that is no credit: the text is no credit
        out.extend(found)
    return tuple(out)


def _clause(text: str, start: int, end: int, *, labels_only: bool) -> list[Contributor]:
    label = _LABEL.match(text, start, end)
    if label is not None:
        phrase = " ".join(label.group("phrase").split()).casefold()
        if label.group("colon") is None and not phrase.endswith(_LINK_ENDINGS):
            return []  # `Mitarbeit Anna Weber`: a label without `by` takes a colon
        return _names(text, label.end(), end, _LABELS[phrase], place=None)
    if labels_only:
        return []
    verb = _VERB.search(text, start, end)
    if verb is None:
        return []
    role = _VERBS[" ".join(verb.group("verb").split()).casefold()]
    names_start = _after_role_words(text, start, verb.start())
    if names_start is None:
        return []
    return _names(text, names_start, verb.start(), role, place=verb.group("place"))


def _after_role_words(text: str, start: int, end: int) -> int | None:
    """Where the names start in ``Associated Press writers Jane Roe and
    John Doe``: after the last lower-case word that joins no names, which
    must be a role (``writer``, ``reporters``); ``None`` when a lower-case
    word is none (``He said Smith …``: a sentence of the story).
    """
    at = start
    for word in _TOKEN.finditer(text, start, end):
        token = word.group().casefold()
        if not word.group()[0].islower() or token in _CONNECTORS:
            continue
        if token not in lex.ROLE_HEADS and token.removesuffix("s") not in lex.ROLE_HEADS:
            return None
        at = word.end()
    while at < end and text[at].isspace():
        at += 1
    return at


def _names(
    text: str, start: int, end: int, role: ContributorRole, *, place: str | None
) -> list[Contributor]:
    """The names of ``text[start:end]`` (``A and B in Hull, C``), each with
    the place written after it or after the group it closes.
    """
    items: list[tuple[int, int]] = []
    at = start
    for joiner in _JOINER.finditer(text, start, end):
        items.append((at, joiner.start()))
        at = joiner.end()
    items.append((at, end))
    out: list[Contributor] = []
    waiting: list[tuple[int, int]] = []  # names before the place of their group
    last_place: list[str] = []
    for item_start, item_end in items:
        raw = text[item_start:item_end]
        where = _PLACE.search(raw)
        name_end = item_start + where.start() if where else item_end
        if where is None and last_place and not waiting and _is_place_tail(raw):
            last_place[-1] += ", " + raw  # `in West Palm Beach, Florida`
            out[-1] = _with_place(out[-1], last_place[-1])
            continue
        if not _is_name(text[item_start:name_end]):
            return []
        waiting.append((item_start, name_end))
        if where is not None:
            item_place = raw[where.end() :].strip()
            for name_start, end_of_name in waiting:
                out.append(_contributor(text, name_start, end_of_name, role, item_place))
            waiting = []
            last_place = [item_place]
        else:
            last_place = []
    for name_start, end_of_name in waiting:
        out.append(_contributor(text, name_start, end_of_name, role, place))
    return out


def _is_place_tail(raw: str) -> bool:
    """One capitalised word after a place: the state or country of it."""
    return " " not in raw.strip() and _NAME_WORD.fullmatch(raw.strip()) is not None


def _is_name(raw: str) -> bool:
    words = raw.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    return (
        all(_NAME_WORD.fullmatch(word) is not None or word in lex.PARTICLES for word in words)
        and _NAME_WORD.fullmatch(words[0]) is not None
    )


def _contributor(
    text: str, start: int, end: int, role: ContributorRole, place: str | None
) -> Contributor:
    raw = text[start:end]
    name = " ".join(raw.split())
    organization = name in _ORGANIZATIONS
    if name.isupper() and not organization and len(name) > 4:
        name = name.title()
    return Contributor(
        name=name,
        raw=raw,
        span=Span(start=start, end=end),
        role=role,
        place=place,
        organization=organization,
    )


def _with_place(contributor: Contributor, place: str) -> Contributor:
    return attrs.evolve(contributor, place=place)


_ORGANIZATIONS = frozenset(lex.NEWS_ORGANIZATIONS) | frozenset(
    name.upper() for name in lex.NEWS_ORGANIZATIONS
)


def credit_starts(contributors: Iterable[Contributor]) -> list[int]:
    """Where each contributor's name starts, in order."""
    return sorted(c.span.start for c in contributors)


def before_credit(span: Span, starts: list[int]) -> Span:
    """``span`` up to the first contributor name inside it (``starts`` from
    :func:`credit_starts`): the credit that closes a paragraph (``…
    (Reporting by Jane Roe)``) is not its text.
    """
    at = bisect.bisect_left(starts, span.start)
    if at < len(starts) and starts[at] < span.end:
        return Span(start=span.start, end=starts[at])
    return span
