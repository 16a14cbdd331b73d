"""Reading one photo credit: its parts, told apart as photographers, agencies
and other contributors.

:func:`read_credit` takes the string a credit finder
(:mod:`newsparse._credits`) proposes and says what it credits, or that it
is no credit. A credit opens with a label of the table
``_data/caption_labels.txt`` in the page's language (``Foto:``, ``Photo
:``, ``Bildquelle:``, ``Ảnh:``, ``사진=``), a copyright sign, a credit
phrase (``AP Photo/…``, ``Photo by …``, ``LRT nuotr.``) or ``courtesy``,
or it is bare (``REUTERS/Jane Doe``, ``(AP)``). A chain of labels is one
credit, each label its role (``Foto: A. Styling: B. Make-up: C.``). Parts
are split at ``/``, ``|``, ``via`` and (after a label) commas, ``and`` in
the page's language and full stops, then each is read: a filler that
names nobody (``Handout``), an archive mark (``File``), an agency or outlet
of the tables (``_data/photo_agencies.txt``, ``_data/news_organizations.txt``
-- never a photographer), an office by its words (``_data/caption_org_words.txt``),
a site, a handle, a personal name (ranks dropped, capitals title-cased; the
given- and family-name tables tell a name from an organisation's), a name
in a script without capitals, or, after a label, words as written.

How sure the reading is (:class:`CreditParts`: labelled, parts known to the
tables, names with a given or family name) is what the finder and the
article step weigh.
"""

from __future__ import annotations

import attrs
import regex

from . import _lexicon as lex
from ._lazy import LazyPattern
from ._names import title_case_name

__all__ = [
    "HANDLE",
    "KEYWORD_AT",
    "LABEL_AT",
    "CreditParts",
    "keeps_stop",
    "known_source",
    "may_hold_keyword",
    "may_hold_label",
    "opens_caption",
    "read_credit",
]

MAX_CREDIT = 170
"""No credit is longer than this."""

# --------------------------------------------------------------------------
# The words of the table, as pattern pieces
# --------------------------------------------------------------------------


def _words(*uses: str) -> list[str]:
    return sorted(lex.caption_words(*uses))


def _alt(words: list[str]) -> str:
    return lex.alternation(words) if words else "(?!)"


_OPENERS = [w for w in _words("credit", "more") if not w.endswith(".")]
_DOTTED_OPENERS = [w for w in _words("credit", "more") if w.endswith(".")]
_MORE = lex.caption_words("more")
_LEADS = lex.caption_words("lead")
_CONTRIBUTOR_ROLES = frozenset(lex.CAPTION_WORD_ROLE[word] for word in _MORE)
_KEYWORDS = _alt(_words("keyword"))
_PLURALS = _alt(_words("plural"))
_BY = _alt(_words("by"))
_COURTESY = _alt(_words("courtesy"))
_JOIN = _alt(_words("join"))
_FOR = _alt(_words("for"))
_TRAIL = _alt(_words("trail"))
_FILLER = lex.caption_words("filler", "courtesy")
_ARCHIVE = lex.caption_words("archive")
_NOT_CREDIT = lex.caption_words("heading", "marker", "keyword", "plural")
_SIGNOFF = _alt(_words("signoff"))
_TITLE_WORDS = lex.caption_words("title")
_AGENCIES = lex.CREDIT_AGENCIES
_OUTLETS = lex.CREDIT_OUTLETS
_RANKS = sorted(lex.TITLES)

# --------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------

# A label that opens a credit, anywhere in the tail: ``Foto:``, ``Photo :``,
# ``사진=``, ``Fot.`` (a label with its own full stop needs no colon), or a
# copyright notice.
LABEL_AT = LazyPattern(
    rf"""
    (?<! [\p{{L}}\p{{N}}] )                            # a word starts here
    (?: (?P<label> (?i: {_alt(_OPENERS)} ) ) \s* [:：=＝]  # Foto:, Photo :, 사진=
      | (?P<dotted> (?i: {_alt(_DOTTED_OPENERS)} ) ) (?= \s )  # Fot. Jane Doe
      | (?P<sign> © | \( [cC] \) (?= \s ) | (?i: copyright ) (?= [\s:] ) )
    )
    """,
    regex.VERBOSE,
)

_LABEL_MARKS = (":", "：", "=", "＝", "©", "(c)", "(C)", "opyright", "OPYRIGHT")
_DOTTED_MARKS = tuple(word.casefold() for word in _DOTTED_OPENERS)


def may_hold_label(text: str) -> bool:
    """Whether :data:`LABEL_AT` can match in ``text``: the cheap test
    before the pattern of some three hundred words is tried (a label needs
    its colon, a copyright notice its sign, a dotted label its stop).
    """
    for mark in _LABEL_MARKS:
        if mark in text:
            return True
    if "." not in text:
        return False
    folded = text.casefold()
    return any(word in folded for word in _DOTTED_MARKS)


_KEYWORD_MARKS = tuple(sorted(lex.caption_words("keyword", "plural")))
_FIRST_WORDS = {
    use: frozenset(word.split()[0] for word in lex.caption_words(use))
    for use in ("courtesy", "for", "trail")
}
"""The first word (folded) of the courtesy, ``for`` and trailing words: a
part is tried against their patterns only when it holds one."""
_AGENCY_FIRST_WORDS = frozenset(
    lex.fold_caption_word(row[0]).split()[0].split("-")[0] for row in lex.PHOTO_AGENCY_ROWS
)


def may_hold_keyword(text: str) -> bool:
    """Whether :data:`KEYWORD_AT` can match in ``text`` (a keyword is in it)."""
    folded = text.casefold()
    return any(word in folded for word in _KEYWORD_MARKS)


# A credit phrase: ``AP Photo/Evan Vucci``, ``Photo by John Moore/Getty
# Images``, ``U.S. Air Force photo illustration/Jane Doe``, ``Department of
# Defense photo``, ``Courtesy photo``, ``Foto von Jane Roe``.
_SOURCE_WORD = (
    rf"(?! (?i: {_KEYWORDS} ) \s+ (?i: illustration ) (?! \p{{L}} ) )"  # not ``photo illustration``
    r" [\p{L}\p{N}] [\p{L}\p{N}.'’&\-]*"
)
_KEYWORD = LazyPattern(
    rf"""
    (?: (?P<org> {_SOURCE_WORD} (?: \s+ {_SOURCE_WORD} ){{0,6}} ) \s+ )?  # who
    (?: (?i: {_KEYWORDS} ) (?! \p{{L}} )              # the keyword: photo, image
      | (?i: {_PLURALS} ) (?= \s+ (?i: {_BY} ) \s )     # photos by
    )
    (?: \s+ (?i: illustration ) )?                 # photo illustration
    (?: (?: \s* [/:] \s*                            # AP Photo/…
          | \s+ (?i: {_BY} | {_COURTESY} ) \s+      # photo by …
        ) (?P<body> .* )                           # the photographer and agencies
      | \s* \Z                                     # or nothing: Department of Defense photo
    )
    """,
    regex.VERBOSE | regex.DOTALL,
)
# Where a credit phrase may begin without a sentence end before it: a
# keyword followed by its maker (``… the country AP Photo/Jane Roe``).
KEYWORD_AT = regex.compile(
    rf"""
    (?<! [\p{{L}}\p{{N}}] )
    (?: (?i: {_KEYWORDS} ) (?! \p{{L}} ) | (?i: {_PLURALS} ) (?= \s+ (?i: {_BY} ) \s ) )
    (?= \s* / | \s+ (?i: {_BY} ) \s )
    """,
    regex.VERBOSE,
)
# ``LRT nuotr.``: the source, then a keyword that ends the credit.
_TRAILING = regex.compile(rf"(?P<who>\S.*?)\s+(?i:{_TRAIL})\Z", regex.DOTALL)
_COPYRIGHT = regex.compile(
    r"""
    (?: © | \( [cC] \) | (?i: copyright ) :? )     # the sign or the word
    \s* (?: \d{4} \s+ )?                           # perhaps a year
    (?P<body> \S .* )                              # the holder
    """,
    regex.VERBOSE | regex.DOTALL,
)
_COURTESY_OF = regex.compile(rf"(?i:{_COURTESY})\s+(?P<body>\S.*)", regex.DOTALL)
_SIGNOFF_AT = regex.compile(rf"(?i:{_SIGNOFF})(?!\p{{L}})")

# The separators between the parts of a credit. Inside a label's credit a
# comma, a joining word (``and``, ``und``, ``og``), a spaced dash and
# ``+++`` separate too; a bare credit splits only at ``/``, ``|``, ``via``
# and a spaced dash, and one in brackets at commas too.
_SPLIT_LABELLED = regex.compile(
    rf"\s*/\s*|\s*\|\s*|\s*;\s*|,\s+|\s+(?i:via|{_JOIN})\s+|\s+[-–—]\s+|\s*\+{{3}}\s*"
)
_SPLIT_STRICT = regex.compile(r"\s*/\s*|\s*\|\s*|\s+(?i:via)\s+|\s+[-–—]\s+")
_SPLIT_BRACKET = regex.compile(r"\s*/\s*|\s*\|\s*|\s+(?i:via)\s+|\s+[-–—]\s+|,\s+|\s*;\s*")
# A full stop that ends a part of a labelled credit (``Frank Roe / UN Photo.
# Courtesy of the ICJ``); an initial's stop does not (decided in code).
_PART_STOP = regex.compile(r"\.\s+(?=[\p{Lu}\p{Lo}])")
# ``Jane Doe for The Times``: a maker working for an outlet.
_SOURCE_COLON = regex.compile(r"(?P<org>[^:]{2,60}?):\s+(?P<who>\S.*)", regex.DOTALL)
_FOR_OUTLET = regex.compile(rf"(?P<who>\S.*?)\s+(?i:{_FOR})\s+(?P<outlet>\S.*)", regex.DOTALL)
# A note in brackets at the end of a part: a stock-picture number
# (``Shutterstock (12345a)``), an agency (``Jane Doe (Keystone)``).
_PART_NOTE = regex.compile(r"\s*\((?P<note>[^()]{1,40})\)\Z")

_RANK = LazyPattern(
    r"(?: \L<ranks> \s+ ){1,3}",
    regex.VERBOSE,
    ranks=_RANKS,
)
# A personal name: capitalised words, initials and name particles.
_NAME = regex.compile(
    r"""
    (?: \p{Lu} [\p{L}\p{M}'’\-]* \.?               # a word or an initial: Jane, J., D'Agata
      | (?: \p{Lu} \. ){2,3}                       # initials run together: J.D.
    )
    (?: \s+ (?: \p{Lu} [\p{L}\p{M}'’\-]* \.?       # more words
              | (?: \p{Lu} \. ){2,3}               # more initials
              | \L<particles> (?= \s )              # van, dos, y
    ) ){0,5}
    """,
    regex.VERBOSE,
    particles=lex.longest_first(lex.PARTICLES | lex.NAME_LINKS),
)
# A word of a script without capitals (Korean, Japanese, Chinese, Arabic):
# names and agencies there have no case to tell them by.
_UNCASED = regex.compile(r"(?=.*\p{Lo})(?:[\p{Lo}\p{M}\p{N}·]+\s?){1,4}")
# What a label credits when it is no name, agency or office: a few words
# or a handle as written (``Image: jroe``, ``Foto: privat``).
_AS_WRITTEN = regex.compile(
    r"[\p{L}\p{N}@][\p{L}\p{N}\p{M}_.'’&+\-]{0,40}(?:\s+[\p{L}\p{N}\p{M}_.'’&+\-]{1,40}){0,3}"
)
HANDLE = regex.compile(r"@[\p{L}\p{N}_.]{2,40}")
_LOWER_HANDLE = regex.compile(r"\p{Ll}[\p{Ll}\p{N}_.\-]{2,30}")
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DOMAIN = regex.compile(r"(?:[\p{L}\p{N}\-]+\.)+\p{L}{2,12}")
_ORG_WORD = regex.compile(
    r"(?<! \p{L} ) \L<orgwords> (?! \p{L} )", regex.VERBOSE, orgwords=lex.CAPTION_ORG_WORDS
)
# An organisation's words: capitalised, with joining words between them.
_ORG_SHAPE = regex.compile(
    r"""
    [\p{Lu}\p{N}] [\p{L}\p{N}.'’&\-]*              # first word, capitalised (or 35th)
    (?: \s+ (?: [\p{Lu}\p{N}] [\p{L}\p{N}.'’&\-]*  # more capitalised words
              | of | the | and | for | de | du | des | la | le | del | der ) ){0,9}
    """,
    regex.VERBOSE,
)
# ``abc News``: a brand in lower case, then capitalised words.
_LOWER_ORG = regex.compile(r"\p{Ll}[\p{L}\p{N}.'’&\-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’&\-]*){1,4}")
# A known agency run into a name or an office: ``NASA Bill Ingalls``,
# ``Getty Images Europe``, ``dpa-Bildfunk``.
_AGENCY_LEAD = LazyPattern(
    r"(?P<agency>(?i:\L<agencies>))(?:\s+(?P<rest>\p{Lu}[^\n]*)|-(?P<office>\p{L}[\p{L}\p{N}\-]*))",
    regex.DOTALL,
    agencies=lex.longest_first(row[0] for row in lex.PHOTO_AGENCY_ROWS),
)
_ALL_CAPS = regex.compile(r"\p{Lu}[\p{Lu}\s'’.\-]*")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
_DIGIT = regex.compile(r"\p{N}")
_PARTY_STATE = regex.compile(r"\p{Lu}\.?-\p{Lu}")  # (D-Calif.), (R-Texas)
_SPACES = regex.compile(r"\s+")
_PICTURE_NUMBER = regex.compile(r"[\p{L}\p{N}\-]*\d{3,}[\p{L}\p{N}\-]*")
"""A stock-picture reference in brackets: ``(12345a)``, ``(EPA-EFE/1234)``."""
_QUOTES = regex.compile(r"[\"“”„«»‹›]|(?<!\p{L})['‘’]|['‘’](?!\p{L})")

# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@attrs.frozen
class CreditParts:
    """What a credit says, and how sure its reading is."""

    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    contributors: tuple[tuple[str, str], ...] = ()
    """``(role, name)`` of the credited people other than the picture's makers."""
    file_photo: bool = False
    labelled: bool = False
    """A label, a credit phrase, a copyright sign or ``courtesy`` says it is a credit."""
    role: str = "photo"
    """What the first label credits (``photo``, ``source``, ...)."""
    known: int = 0
    """Parts that are agencies or outlets of the tables."""
    pieces: int = 0
    """Parts read."""
    people: int = 0
    """Parts read as personal names."""
    as_written: int = 0
    """Parts taken as written after a label (no name, agency or office)."""


@attrs.frozen
class _Tally:
    """The parts of one credit, gathered."""

    photographers: list[str] = attrs.Factory(list)
    agencies: list[str] = attrs.Factory(list)
    contributors: list[tuple[str, str]] = attrs.Factory(list)
    flags: dict[str, int] = attrs.Factory(dict)

    def add(self, key: str, n: int = 1) -> None:
        self.flags[key] = self.flags.get(key, 0) + n


def opens_caption(m: regex.Match[str]) -> bool:
    """Whether the label ``m`` may also open a caption (``Photo:``)."""
    return lex.fold_caption_word(m["label"] or m["dotted"] or "") in _LEADS


def keeps_stop(body: str) -> bool:
    """Whether the full stop that ends ``body`` belongs to its last word:
    an initial, an abbreviation or a trailing keyword (``LRT nuotr.``).
    """
    words = body.split()
    if not words or not body.endswith("."):
        return False
    last = words[-1]
    return lex.is_abbreviation(last[:-1]) or lex.fold_caption_word(last) in lex.CAPTION_WORD_USES


def _strip_stop(body: str) -> str:
    """``body`` without separators at its end, and without a full stop
    that ends a sentence rather than an initial or a keyword.
    """
    body = body.strip().rstrip(",;").rstrip()
    while body.endswith(".") and not keeps_stop(body):
        body = body[:-1].rstrip()
    return body


# --------------------------------------------------------------------------
# Reading one credit
# --------------------------------------------------------------------------


def read_credit(raw: str, *, where: str, dotted: bool = False) -> CreditParts | None:
    """Read a whole credit string, or return ``None`` if it is not one.

    ``where`` says where it stood (a :data:`Where`, ``bracket`` for the
    inside of closing brackets); ``dotted``: a full stop was cut from its end.

    >>> read_credit("Foto: Jana Novak/dpa", where="label").photographers
    ('Jana Novak',)
    >>> read_credit("Jane Roe/The Guardian", where="tail").agencies
    ('The Guardian',)
    """
    raw = raw.strip()
    if not raw or len(raw) > MAX_CREDIT or "\n\n" in raw or _SIGNOFF_AT.match(raw):
        return None
    tally = _Tally()
    segments = _segments(raw)
    labelled = segments is not None
    role = "photo"
    if segments is None:
        if _first_word(raw) not in _FIRST_WORDS["courtesy"] and _prose_like(raw):
            return None  # a clause, not a credit: the cheap test before the parts are read
        segments = [("photo", raw, False)]
    else:
        role = segments[0][0]
        tally.add("labelled")
    free = labelled and where == "bracket"
    """After a label, inside brackets, any text is the credit (kept in ``raw``)."""
    for seg_role, body, signed in segments:
        if not _read_segment(
            body, seg_role, tally, labelled=labelled, signed=signed, where=where, free=free
        ):
            return None
    flags = tally.flags
    labelled = labelled or bool(flags.get("labelled"))
    pieces = flags.get("pieces", 0)
    if not _accepted(tally, where=where, labelled=labelled, dotted=dotted):
        return None
    return CreditParts(
        photographers=tuple(dict.fromkeys(tally.photographers)),
        agencies=tuple(dict.fromkeys(tally.agencies)),
        contributors=tuple(dict.fromkeys(tally.contributors)),
        file_photo=bool(flags.get("file")),
        labelled=labelled,
        role=role,
        known=flags.get("known", 0),
        pieces=pieces,
        people=flags.get("people", 0),
        as_written=flags.get("written", 0),
    )


_CREDIT_LOWER_WORDS = (
    lex.PARTICLES
    | lex.NAME_LINKS
    | frozenset(lex.CAPTION_WORD_USES)
    | frozenset(lex.function_words("org_connector"))
    | frozenset(word for name in (*_AGENCIES, *_OUTLETS) for word in name.split())
)
"""Words in lower case a credit may hold: name particles, the credit
words of the label table (``via``, ``for``, ``photo``), the joining words
of organisations (``of``, ``the``), the words of agencies and outlets
(``dpa``, ``picture alliance``)."""
_LOWER_RUN = regex.compile(r"(?<![\p{L}\p{M}@_.\-])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}_.@\-])")


def _prose_like(raw: str) -> bool:
    """Whether ``raw`` holds two or more words in lower case that no credit
    holds (``said``, ``would``): a clause of the caption, not a credit.
    """
    count = 0
    for m in _LOWER_RUN.finditer(raw):
        if m.group() not in _CREDIT_LOWER_WORDS:
            count += 1
            if count >= 2:
                return True
    return False


def _accepted(tally: _Tally, *, where: str, labelled: bool, dotted: bool) -> bool:
    """Whether a credit without a label reads as one where it stood."""
    flags = tally.flags
    pieces, known = flags.get("pieces", 0), flags.get("known", 0)
    if labelled:
        return True
    if where == "whole" or dotted or pieces == 0:
        return False  # bare names alone are a byline (``CBS/AFP``), not a credit
    if flags.get("unsure") and pieces == 1 and where != "bracket":
        return False  # ``… in the rain. Crowds``: one unknown word after a sentence
    if flags.get("lower") and not known:
        return False  # ``(kas)``: an author's initials, unless beside an agency
    if where == "glued":
        # ``2019.REZA/GETTY``; not ``www.example.com``
        return flags.get("caps") == pieces or (known > 0 and not flags.get("site"))
    if where == "bracket":
        return True
    if where == "tail":
        return known > 0 or bool(flags.get("full_name"))
    return known > 0 or bool(flags.get("full_name"))  # loose, keyword


def _segments(raw: str) -> list[tuple[str, str, bool]] | None:
    """The credit cut at its labels: ``(role, body, signed)`` each, or
    ``None`` when it opens with no label or copyright sign. ``Foto: A.
    Styling: B.`` → ``[("photo", "A"), ("styling", "B")]``.
    """
    if not may_hold_label(raw):
        return None
    first = LABEL_AT.match(raw)
    copyright_ = _COPYRIGHT.match(raw) if first is None or first["sign"] else None
    if copyright_ is not None:
        return [("photo", copyright_["body"], True)]
    if first is None or first["sign"] is not None:
        return None  # no label, or a sign with nothing after it
    assert first is not None  # noqa: S101 - checked above
    out: list[tuple[str, str, bool]] = []
    marks = [m for m in LABEL_AT.finditer(raw) if m["sign"] is None]
    chained = [marks[0]]
    for m in marks[1:]:
        word = lex.fold_caption_word(m["label"] or m["dotted"] or "")
        if word in _MORE or (lex.CAPTION_WORD_ROLE.get(word, "photo") != "photo"):
            chained.append(m)
    for i, m in enumerate(chained):
        word = lex.fold_caption_word(m["label"] or m["dotted"] or "")
        body_end = chained[i + 1].start() if i + 1 < len(chained) else len(raw)
        body = _strip_stop(raw[m.end() : body_end])
        out.append((lex.CAPTION_WORD_ROLE.get(word, "photo"), body, False))
    return out


def _read_segment(
    body: str, role: str, tally: _Tally, *, labelled: bool, signed: bool, where: str, free: bool
) -> bool:
    """Read the body of one role of a credit into ``tally``; ``False`` when
    it does not read.
    """
    if role == "file":
        tally.add("file")
    if not body:
        return labelled
    contributor = role in _CONTRIBUTOR_ROLES
    named = labelled
    keyword = _KEYWORD.fullmatch(body) if may_hold_keyword(body) else None
    if keyword is not None:
        org = keyword["org"]
        if org is not None:
            kind = _org_kind(org)
            if kind == "file":
                tally.add("file")
            elif kind == "agency":
                _add_agency(tally, org)
            elif kind is None:
                keyword = None
        if keyword is not None:
            if not keyword["body"] and org is None:
                return False  # ``Photo`` alone credits nobody
            tally.add("labelled")
            named = True
            body = keyword["body"] or ""
    if keyword is None and _first_word(body) in _FIRST_WORDS["courtesy"]:
        courtesy = _COURTESY_OF.fullmatch(body)
        if courtesy is not None:
            tally.add("labelled")
            named = True
            body = courtesy["body"]
    free = free or (named and where == "bracket")
    splitter = _SPLIT_LABELLED if named else _SPLIT_BRACKET if where == "bracket" else _SPLIT_STRICT
    pieces = [p for p in _split(body, splitter, labelled=named) if p and not p.isspace()]
    for piece in pieces:
        items = _read_piece(piece, named=named or signed, bracket=where == "bracket")
        if items is None and free:
            tally.add("written")
            continue
        if items is None:
            return False
        for what, value, kind in items:
            if what == "file":
                tally.add("file")
            elif what == "label":
                tally.add("labelled")
            elif contributor and what in {"photographer", "agency"}:
                tally.contributors.append((role, value))
            elif what == "agency":
                _add_agency(tally, value, known=kind in _KNOWN_KINDS)
            elif what == "photographer":
                tally.photographers.append(value)
                tally.add("people")
                if kind == "full":
                    tally.add("full_name")
            if kind in {"unsure", "written", "lower", "site"}:
                tally.add(kind)
        if len(piece) > 1 and _ALL_CAPS.fullmatch(piece):
            tally.add("caps")
        tally.add("pieces")
    return True


def _split(body: str, splitter: regex.Pattern[str], *, labelled: bool) -> list[str]:
    """The parts of a credit body; in a labelled credit a full stop that
    ends no initial or abbreviation separates too.
    """
    parts = splitter.split(body)
    if not labelled:
        return parts
    out = []
    for part in parts:
        last = 0
        for m in _PART_STOP.finditer(part) if ". " in part or ".\n" in part else ():
            words = part[last : m.start()].split()
            if words and (
                lex.is_abbreviation(words[-1])
                or len(words[-1]) == 1
                or words[-1] + "." in lex.TITLE_ABBREVIATIONS
            ):
                continue  # ``Tech. Sgt. Jane Doe``, ``J. Roe``
            out.append(part[last : m.start()])
            last = m.end()
        out.append(_strip_stop(part[last:]))
    return out


_KNOWN_KINDS = frozenset({*(row[1] for row in lex.PHOTO_AGENCY_ROWS), "outlet", "site"})
"""The kinds of a credit part that a table knows: an agency's, an outlet's."""


def _first_word(text: str) -> str:
    """The first word of ``text``, folded (``""`` for none)."""
    words = text.split(maxsplit=1)
    return lex.fold_caption_word(words[0]) if words else ""


def _add_agency(tally: _Tally, value: str, *, known: bool | None = None) -> None:
    row = _AGENCIES.get(lex.fold_caption_word(value))
    name = value if row is None else row[0]
    tally.agencies.append(_SPACES.sub(" ", name))
    if known is None:
        known = row is not None
    if known:
        tally.add("known")


def known_source(org: str) -> bool:
    """Whether the words ``org`` before a credit keyword name a source the
    tables know: an agency, an outlet, an office by its words (``U.S. Army``).
    """
    folded = lex.fold_caption_word(org)
    return folded in _AGENCIES or folded in _OUTLETS or _ORG_WORD.search(org) is not None


def _org_kind(org: str) -> str | None:
    """Say what the words before ``photo`` are.

    ``agency``, ``file``, ``none`` (``Courtesy``, ``Handout``), or ``None``
    when they are not a photo source at all.
    """
    folded = lex.fold_caption_word(org)
    if folded in _ARCHIVE:
        return "file"
    if folded in _FILLER:
        return "none"
    if folded in _AGENCIES or folded in _OUTLETS or _ORG_WORD.search(org):
        return "agency"
    if _ALL_CAPS.fullmatch(org) or _NAME.fullmatch(org):
        return "agency"  # ``Pentagon photo``: an institution named by its own name
    return None


def _read_piece(
    piece: str, *, named: bool = False, bracket: bool = False
) -> list[tuple[str, str, str]] | None:
    """Classify one part of a credit.

    Returns items ``(what, value, kind)``: ``what`` is ``photographer``,
    ``agency``, ``file`` or ``filler``; ``kind`` is the agency table's kind
    for a known agency, ``full`` for a name of two words or more, ``caps``
    for a part in capitals, ``unsure`` for a lone unknown word, else ``""``.
    ``named``: a label introduced the credit, so a part that is no name,
    agency or office is its maker as written; ``bracket``: it stands in
    closing brackets. ``None``: not part of a credit (a quotation mark or a
    place in it says so).
    """
    piece = piece.strip()
    if piece.casefold().startswith("via "):
        piece = piece[4:].strip()
    if not piece or (not named and _QUOTES.search(piece)):
        return None
    extra: list[tuple[str, str, str]] = []
    note = _PART_NOTE.search(piece)
    if note is not None and note.start() > 0:
        if not _PICTURE_NUMBER.fullmatch(note["note"].strip()):
            inner = _read_piece(note["note"], named=False, bracket=bracket)
            if inner is None:
                return None  # ``Jane Roe (60th minute)``: no credit's note
            extra = [(what, value, "") for what, value, _kind in inner if what != "filler"]
        piece = piece[: note.start()].strip()
    items = _classify(piece, named=named, bracket=bracket)
    if items is None:
        return None
    return items + extra


def _classify(
    piece: str, *, named: bool, bracket: bool = False
) -> list[tuple[str, str, str]] | None:
    folded = lex.fold_caption_word(piece)
    if not named and (folded in lex.PLACE_NAMES or folded.rstrip(".") in lex.PLACE_NAMES):
        return None  # ``Jane Roe (Germany)``: a place, no credit
    caps = "caps" if _ALL_CAPS.fullmatch(piece) and len(piece) > 1 else ""
    if folded in _ARCHIVE:
        return [("file", "", "")]
    if folded in _FILLER or folded in _TITLE_WORDS:
        return [("filler", "", "")]
    if folded in _NOT_CREDIT:
        return None
    row = _AGENCIES.get(folded)
    if row is not None:
        return [("agency", row[0], row[1] or caps)]
    if folded in _OUTLETS or (folded.startswith("the ") and folded[4:] in _OUTLETS):
        return [("agency", _SPACES.sub(" ", piece), "outlet")]
    words = folded.split()
    trailing = _TRAILING.fullmatch(piece) if words[-1] in _FIRST_WORDS["trail"] else None
    if trailing is not None:  # ``LRT nuotr.``: a source, then the keyword
        who = trailing["who"]
        inner = _classify(who, named=False)
        return [*(inner if inner is not None else [("agency", who, "")]), ("label", "", "")]
    courtesy = _COURTESY_OF.fullmatch(piece) if words[0] in _FIRST_WORDS["courtesy"] else None
    if courtesy is not None:  # ``Courtesy of the ICJ``
        body = courtesy["body"]
        return _classify(body[4:] if body.casefold().startswith("the ") else body, named=True)
    source = _SOURCE_COLON.fullmatch(piece) if bracket and ":" in piece else None
    if source is not None:  # ``Fairmont Lodge: Jane Roe``: an organisation, then its maker
        org, who = _classify(source["org"], named=False), _classify(source["who"], named=named)
        if org is not None and who is not None and who[0][2] == "full":  # not ``NYSE: ACME``
            return [("agency", _SPACES.sub(" ", source["org"]), ""), *who]
    outlet = _FOR_OUTLET.fullmatch(piece) if _FIRST_WORDS["for"].intersection(words) else None
    if outlet is not None:  # ``Jane Doe for The Times``
        who = _classify(outlet["who"], named=named)
        if who is not None and who[0][0] == "photographer":
            return [*who, ("agency", _SPACES.sub(" ", outlet["outlet"]), "outlet")]
    first = words[0].split("-")[0]
    lead = _AGENCY_LEAD.fullmatch(piece) if first in _AGENCY_FIRST_WORDS else None
    if lead is not None:
        agency, kind = _AGENCIES[lex.fold_caption_word(lead["agency"])]
        rest = lead["rest"]
        if rest is not None and _NAME.fullmatch(rest) and not _ORG_WORD.search(rest):
            given, family = lex.name_tables()
            words = rest.split()
            if (
                words[0].casefold() in given
                or words[-1].casefold() in family
                or (named and len(words) > 1)
            ):  # ``NASA Bill Ingalls``, not ``Getty Images Europe``
                return [("agency", agency, kind), ("photographer", _person(rest), "")]
        return [("agency", _SPACES.sub(" ", piece), kind)]  # ``Getty Images Europe``
    if _is_office(piece):
        return [("agency", _SPACES.sub(" ", piece), caps)]  # ``Pella News``, ``abc News``
    if "@" in piece and _EMAIL.fullmatch(piece):
        return [("filler", "", "")]  # a contact address names nobody new
    if piece[0] == "@" and HANDLE.fullmatch(piece):
        return [("photographer", piece, "")]
    if "." in piece[1:] and _DOMAIN.fullmatch(piece):
        return [("agency", piece, "site")]  # ``mbl.is``: a site names itself
    if bracket and _LOWER_HANDLE.fullmatch(piece):
        return [("photographer", piece, "lower")]  # ``(Getty Images / jroe)``
    if _PARTY_STATE.match(piece):
        return None
    rank = _RANK.match(piece) if words[0] in lex.TITLE_LENGTHS else None
    name = piece[rank.end() :] if rank is not None else piece
    if _DIGIT.search(name) and not _UNCASED.fullmatch(name):
        return None
    if _NAME.fullmatch(name):
        return _name_or_agency(name, named=named, caps=caps, ranked=rank is not None)
    if not _CASED.search(piece) and _UNCASED.fullmatch(piece):
        return _uncased(piece)
    if named and _AS_WRITTEN.fullmatch(name) and (not name[0].islower() or " " not in name):
        return [("photographer", _person(name), "written")]
    return None


_ORG_FIRST_WORDS = frozenset(word.split()[0] for word in lex.CAPTION_ORG_WORDS)
"""The first word of each organisation word of the credit table (``Air``
of ``Air Force``): :data:`_ORG_WORD` is searched only when one is there."""


def _is_office(piece: str) -> bool:
    """Whether ``piece`` names an organisation by its words: capitalised
    words with one of the credit's organisation words (``Navy``, ``News``)
    or of the wider table (``Court``, ``Bank``); a brand in lower case
    only with a credit's one (``abc News``).
    """
    words = piece.split()
    has_org_word = not _ORG_FIRST_WORDS.isdisjoint(words) and _ORG_WORD.search(piece) is not None
    if _ORG_SHAPE.fullmatch(piece):
        return has_org_word or (
            len(words) > 1 and not lex.ORGANIZATION_WORDS.isdisjoint(w.casefold() for w in words)
        )
    return has_org_word and _LOWER_ORG.fullmatch(piece) is not None


def _name_or_agency(
    name: str, *, named: bool, caps: str, ranked: bool
) -> list[tuple[str, str, str]]:
    """A part shaped like a name: a photographer, unless it names an
    organisation by its shape (one unknown word, or words that open with no
    given name and end with no family name).
    """
    words = name.split()
    given, family = lex.name_tables()
    first, last = words[0].rstrip(".").casefold(), words[-1].casefold()
    if len(words) == 1:
        if ranked or first in given or first in family:
            return [("photographer", _person(name), caps)]
        if (caps and not named) or (caps and len(name) <= 8):
            return [("agency", name, "caps")]  # ``MSB``, ``ICJ-CIJ``: an acronym
        if named:
            return [("photographer", _person(name), caps)]  # ``Image: Snowfield``: a user name
        return [("agency", name, "unsure")]
    folded = [lex.fold_caption_word(w) for w in words]
    # A credit word names what the part is (``Infografik``), but a particle
    # among the words is part of a name even when a label uses it (``Photo
    # de …``): ``Van De Ha``, ``Maria De Luca``.
    credit_words = lex.CAPTION_WORD_USES.keys() & folded
    credit_words -= _NAME_PARTICLES
    if lex.ORGANIZATION_WORDS.intersection(folded) or credit_words:
        return [("agency", _SPACES.sub(" ", name), caps)]  # ``Berliner Morgenpost Infografik``
    if (
        ranked
        or first in given
        or len(words[0].rstrip(".")) == 1
        or last in family
        or any(w in lex.PARTICLES for w in words[1:-1])
    ) and len(words) <= 4:
        return [("photographer", _person(name), "full")]
    return [("photographer", _person(name), "guess")]


_NAME_PARTICLES = lex.PARTICLES | lex.NAME_LINKS


def _uncased(piece: str) -> list[tuple[str, str, str]]:
    """A part in a script without capitals: an agency of the table, a name
    with its title dropped (``기자``, reporter), a short name, or an agency.
    """
    words = [w for w in piece.split() if lex.fold_caption_word(w) not in _TITLE_WORDS]
    clean = " ".join(words) or piece
    if len(clean) <= 4:
        return [("photographer", clean, "")]
    return [("agency", clean, "")]


def _person(name: str) -> str:
    """The clean photographer name: spaces collapsed, capitals title-cased."""
    return title_case_name(_SPACES.sub(" ", name).strip())
