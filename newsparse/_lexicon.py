"""The vocabulary of newsparse: every word table, read once, and every view of it.

The tables are text files in ``newsparse/_data/``, one entry a line, each
with a header that names its source, its licence and its format. This
module is the only reader of them: it loads each table once and derives
every set, map and pattern piece the parsers use, so that a word is added
to the library by adding a line to a table, and an idea (a name particle,
a month, a title, a reporting verb) has one spelling.

Views are grouped by what they describe: personal names, titles, news
organisations, places, dates, reporting verbs, the words of attribution,
the function words the readers key on, and caption labels. Each is built
at import (the tables are small) except the given- and family-name tables
(55,000 lines), which load on first use.

The shared pattern pieces at the end (:data:`PARTICLE_RUN`,
:func:`alternation`) are strings to build patterns from, not compiled
patterns: each parser compiles its own at import, once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs
import regex

from ._data import load_columns, load_words

__all__: list[str] = []  # a private module: every name here is for the parsers


def casefolded(words: Iterable[str]) -> frozenset[str]:
    """The words, case-folded, as a set."""
    return frozenset(word.casefold() for word in words)


def title_and_upper(words: Iterable[str]) -> list[str]:
    """Each word in Title case and in ALL CAPS (never in lower case), sorted."""
    out: set[str] = set()
    for word in words:
        out.add(word[:1].upper() + word[1:])
        out.add(word.upper())
    return sorted(out)


def with_caps(words: Iterable[str]) -> frozenset[str]:
    """Each word as written and in ALL CAPS."""
    words = tuple(words)
    return frozenset(words) | {word.upper() for word in words}


def longest_first(words: Iterable[str]) -> list[str]:
    """The words longest first (then in order), for a named list or an
    alternation in which a longer entry must win over its prefix.
    """
    return sorted(set(words), key=lambda word: (-len(word), word))


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group that matches any of ``words``, longest first;
    a space inside an entry matches any run of white space.
    """
    escaped = (regex.escape(word).replace(r"\ ", r"\s+") for word in longest_first(words))
    return "(?:" + "|".join(escaped) + ")"


def _kinds(rows: Iterable[tuple[str, ...]], kind: str) -> tuple[str, ...]:
    """The first cell of every ``word | kind`` row of that kind, in order."""
    return tuple(row[0] for row in rows if row[1] == kind)


# --- personal names ---------------------------------------------------------------

NAME_PART_ROWS = load_columns("name_parts.txt")
PARTICLES = frozenset(_kinds(NAME_PART_ROWS, "particle"))
"""Lower-case particles inside a name (``van``, ``der``, ``bin``, ``dos``)."""
NAME_LINKS = frozenset(_kinds(NAME_PART_ROWS, "link"))
"""Conjunctions between two family names (``y`` in ``Ortega y Gasset``)."""
NAME_PREFIXES = _kinds(NAME_PART_ROWS, "prefix")
"""Arabic articles and patronymics glued to the next word (``al-``, ``bin-``)."""
NAME_ELISIONS = _kinds(NAME_PART_ROWS, "elision")
"""Elided articles glued by an apostrophe (``d'`` in ``d'Estaing``)."""
SUFFIXES = _kinds(NAME_PART_ROWS, "suffix")
"""Generational suffixes as written (``Jr.``, ``III``)."""
SPELLINGS = {word.casefold(): word for word in _kinds(NAME_PART_ROWS, "spelling")}
"""Surnames with an inner capital that no rule can guess (``MacDonald``)."""
FAMILY_FIRST = casefolded(load_words("people_family_first.txt"))
"""East Asian family names, written before the given name (``Xi``, ``Kim``)."""


@functools.cache
def name_tables() -> tuple[frozenset[str], frozenset[str]]:
    """The given and family names, case-folded: 55,000 lines, read on first
    use, not at import.
    """
    return casefolded(load_words("given_names.txt")), casefolded(load_words("family_names.txt"))


@functools.cache
def name_tables_as_written() -> tuple[frozenset[str], frozenset[str]]:
    """The given and family names as the tables write them (for generating
    names the tables know).
    """
    return frozenset(load_words("given_names.txt")), frozenset(load_words("family_names.txt"))


# --- titles -------------------------------------------------------------------------

TITLE_ROWS: tuple[tuple[str, str, frozenset[str]], ...] = tuple(
    (row[0], row[1], frozenset(row[2].split()) if len(row) > 2 else frozenset())
    for row in load_columns("titles.txt")
)
"""``(title, kind, flags)`` for every rank, title and honorifc, as written."""
TITLES = frozenset(title for title, _kind, _flags in TITLE_ROWS)
TITLE_KIND: dict[str, str] = {}
"""Title → kind, as written and in ALL CAPS (the first row wins)."""
for _title, _kind, _flags in TITLE_ROWS:
    TITLE_KIND.setdefault(_title, _kind)
    TITLE_KIND.setdefault(_title.upper(), _kind)
TITLE_MAX_WORDS = max(len(title.split()) for title in TITLES)
STRONG_TITLES = casefolded(t for t, _k, flags in TITLE_ROWS if "strong" in flags)
"""Written-out titles that make a single following word a person (``Pope``)."""
GIVEN_NAME_TITLES = casefolded(t for t, _k, flags in TITLE_ROWS if "given" in flags)
"""Titles that go with a given name (``Prince Harry``)."""


def plural_title(title: str) -> str:
    """``Senator`` → ``Senators``, ``Sen.`` → ``Sens.`` (lists of people)."""
    words = title.split()
    last = words[-1]
    words[-1] = last[:-1] + "s." if last.endswith(".") else last + "s"
    return " ".join(words)


TITLE_WORDS: dict[tuple[str, ...], str] = {
    tuple(form.casefold().split()): kind
    for title, kind, _flags in TITLE_ROWS
    for form in (title, plural_title(title))
    if kind != "modifier" or form == title
}
"""Each title and its plural (``Senators Ted Kennedy and …``) as a tuple of
case-folded words, with its kind (a later row wins)."""
TITLE_LENGTHS: dict[str, tuple[int, ...]] = {}
"""A title's first word, case-folded → the lengths of the titles it opens,
longest first."""
for _words in TITLE_WORDS:
    TITLE_LENGTHS[_words[0]] = tuple(
        sorted({*TITLE_LENGTHS.get(_words[0], ()), len(_words)}, reverse=True)
    )
TITLE_ABBREVIATIONS = {
    form
    for title in TITLES
    for word in title.split()
    if word.endswith(".") and len(word) > 2
    for form in (word, word.upper(), plural_title(word), plural_title(word).upper())
}
"""Every abbreviated word of a title and its plural, as written and in
capitals (``Sgt.``, ``SGTS.``)."""

# --- news organisations ---------------------------------------------------------------

NEWS_ORGANIZATIONS = load_words("news_organizations.txt")
"""Wire services, broadcasters, papers and sites, as they write themselves."""
CONTRIBUTOR_LABEL_ROWS = load_columns("contributor_labels.txt")
"""``(phrase, role, place)`` of the credits outside the byline."""
_BYLINE_ORG_ROWS = load_columns("byline_org_words.txt")
BYLINE_ORG_WORDS = frozenset(_kinds(_BYLINE_ORG_ROWS, "org"))
"""Words never in a personal name (``Affairs``, ``News``, ``Wing``)."""
OUTLET_WORDS = frozenset(_kinds(_BYLINE_ORG_ROWS, "outlet"))
"""Words of newspaper names that are surnames too (``Post``, ``Times``)."""
ORGANIZATION_WORDS = casefolded(
    [*load_words("people_org_words.txt"), *(row[0] for row in _BYLINE_ORG_ROWS)]
)
"""Head words of organisations, places, events and things (case-folded):
one in a run of capitalised words rules out a person's name."""
CAPTION_ORG_WORDS = load_words("caption_org_words.txt")
"""Words that make a part of a photo credit an organisation (``Navy``)."""
PHOTO_AGENCY_ROWS = load_columns("photo_agencies.txt")
"""``(name, kind)`` of the photo agencies, wires and official sources."""

# --- places --------------------------------------------------------------------------

CITY_ROWS = load_columns("place_cities.txt")
"""``(city, region or -, country or -)``."""
US_STATE_ROWS = load_columns("us_states.txt")
"""``(AP abbreviation, postal code, name)``."""
REGION_ROWS = load_columns("place_regions.txt")
"""``(name, region, country or -)``."""
COUNTRY_ROWS = load_columns("countries.txt")
"""A country's names, its canonical name last."""
PLACE_NAMES = casefolded(
    [
        *(cell for row in COUNTRY_ROWS for cell in row),
        *(row[0] for row in CITY_ROWS),
        *(cell for row in US_STATE_ROWS for cell in (row[0], row[2])),
        *(row[0] for row in REGION_ROWS),
    ]
)
"""Every place a table knows, case-folded."""
PLACE_STOPWORDS = casefolded(load_words("place_stopwords.txt"))
"""Capitalised words before a dash that are no dateline's place (``AP``)."""
PLACE_FIRST_WORDS = casefolded(load_words("people_place_words.txt"))
"""Words that open place names and never a person's (``North``, ``Fort``)."""
NATIONALITIES = casefolded(load_words("nationalities.txt"))
"""Nationality words written before a name (``Swiss``, ``Pole``), case-folded."""

# --- dates ---------------------------------------------------------------------------

MONTH_ROWS = load_columns("months.txt")
MONTH_NUMBER = {word.casefold(): int(number) for number, word in MONTH_ROWS}
"""English month names and abbreviations, case-folded → month."""
OTHER_MONTH_NUMBER = {
    word.casefold(): int(number) for number, word, _lang in load_columns("date_months_other.txt")
}
"""Month names in other languages, case-folded → month."""
WEEKDAY_ROWS = load_columns("date_weekdays.txt")
WEEKDAY_NUMBER = {word.casefold(): int(number) for number, word in WEEKDAY_ROWS}
"""English weekday names and abbreviations, case-folded → 0 (Monday) to 6."""
WEEKDAYS = tuple(word for _number, word in WEEKDAY_ROWS if word.endswith("day"))
"""The weekdays written out (``Sun`` and ``Sat`` are also words)."""
MONTH_NAMES = tuple(word for _number, word in MONTH_ROWS)
"""Every English month name and abbreviation, as written."""
DATE_LABEL_ROWS = load_columns("date_labels.txt")
"""``(label, kind)`` of the labels that open a date line."""
TIMEZONES = tuple(sorted(set(load_words("date_timezones.txt"))))

# --- reporting verbs --------------------------------------------------------------------

VERB_ROWS: tuple[tuple[str, str, str, frozenset[str], tuple[str, ...]], ...] = tuple(
    (row[0], row[1], row[2], frozenset(row[3].split()) - {"-"}, tuple(row[4:]))
    for row in load_columns("reporting_verbs.txt")
)
"""``(lemma, class, sense, frames, forms)`` of every reporting verb."""
CUE_CLASSES = frozenset({"say", "tell", "write", "accord"})
"""The verb classes that cue a quotation (``speak`` does not)."""
VERB_CLASS: dict[str, str] = {}
"""Every form of a verb of speech that cues a quotation, also capitalised →
its class (the verbs of other senses are in :data:`ATTRIBUTION_VERBS`)."""
VERB_LEMMA: dict[str, str] = {}
for _lemma, _class, _sense, _frames, _forms in VERB_ROWS:
    if _class not in CUE_CLASSES or _sense != "speech":
        continue
    for _form in _forms:
        for _spelling in (_form, _form[0].upper() + _form[1:]):
            VERB_CLASS[_spelling] = _class
            VERB_LEMMA[_spelling] = _lemma
BARE_LEMMAS = frozenset(row[0] for row in VERB_ROWS if "bare" in row[3] and row[2] == "speech")
"""Verbs of speech whose report may follow without ``that`` (``said he would``)."""
TO_LEMMAS = frozenset(row[0] for row in VERB_ROWS if "to" in row[3] and row[2] == "speech")
"""Verbs of speech whose report may be an infinitive (``vowed to lead``)."""
FINITE_VERB_FORMS = frozenset(
    form
    for _lemma, klass, sense, _frames, forms in VERB_ROWS
    if klass in CUE_CLASSES and sense == "speech"
    for form in forms
    if " " not in form and not form.endswith("ing")
)
"""One-word forms of the cue verbs that are no participle (``said``, ``say``)."""
PERSON_VERB_FORMS = tuple(
    sorted(
        {
            form
            for lemma, _class, sense, frames, forms in VERB_ROWS
            if "person" in frames and sense == "speech"
            for form in forms
            if " " not in form
            and not form.endswith("ing")
            and form != lemma
            and (not form.endswith("s") or "person_now" in frames)
        }
    )
)
"""Past forms of the verbs only people do (``said``, ``told``, ``spoke``) and
the present forms of a few (``says``): after a capitalised name, evidence
that it is a person's."""

# --- the words of attribution ---------------------------------------------------------

NAMING_WORDS = load_words("quote_naming_words.txt")
"""Words that put a term in quotation marks (``so-called``, ``calling``)."""
_SPEAKER_ROWS = load_columns("quote_speaker_words.txt")
SPEAKER_LEADS = frozenset(_kinds(_SPEAKER_ROWS, "lead"))
PRONOUNS = _kinds(_SPEAKER_ROWS, "pronoun")
DETERMINERS = _kinds(_SPEAKER_ROWS, "determiner")
KIN = frozenset(_kinds(_SPEAKER_ROWS, "kin"))
ANONYMOUS = frozenset(_kinds(_SPEAKER_ROWS, "anonymous"))
INDEFINITE = frozenset(_kinds(_SPEAKER_ROWS, "indefinite"))
GROUP_NOUNS = _kinds(_SPEAKER_ROWS, "group")
"""Plural nouns that speak without an article (``officials said``)."""
AUDIENCES = _kinds(_SPEAKER_ROWS, "audience")
"""People spoken to without an article (``told reporters``)."""
RANK_WORDS = {row[0].casefold(): row[2] for row in _SPEAKER_ROWS if row[1] == "rank"}
"""An abbreviated title, case-folded → the word for it (``gen.`` → ``general``)."""
SPEAKER_OPENERS = frozenset(_kinds(_SPEAKER_ROWS, "opener"))
"""Words that may stand right before a speaker inside a sentence (``while``)."""
ORG_HEADS = _kinds(_SPEAKER_ROWS, "org_head")
"""Words of an organisation's name that ``of``/``for`` continues (``Office``)."""
SPEAKER_ASIDES = frozenset(_kinds(_SPEAKER_ROWS, "aside"))
"""Prepositions of a phrase between a speaker and its verb (``Smith at the
time said``): what follows them is no speaker."""
_MEDIA_ROWS = load_columns("quote_media.txt")
PLATFORMS = _kinds(_MEDIA_ROWS, "platform")
DOCUMENTS = _kinds(_MEDIA_ROWS, "document")
ABBREVIATIONS = frozenset(load_words("quote_abbreviations.txt")) | frozenset(
    title.rstrip(".") for title in TITLES if title.endswith(".")
)
"""Abbreviations whose full stop ends no sentence (``U.S.``, ``Mr.``),
without that full stop; the titles that end in one count too."""

# --- function words ----------------------------------------------------------------------

_FUNCTION_ROWS = load_columns("function_words.txt")


def function_words(role: str) -> tuple[str, ...]:
    """The words of one role of ``function_words.txt``, in table order."""
    words = _kinds(_FUNCTION_ROWS, role)
    if not words:
        msg = f"function_words.txt has no role {role!r}"
        raise KeyError(msg)
    return words


# --- bylines ----------------------------------------------------------------------------

BYLINE_LEADS = load_words("byline_leads.txt")
"""Words that open a byline (``By``, ``Von``, ``Written by``)."""
BYLINE_LABELS = load_words("byline_labels.txt")
"""Labels that start the date trailer of a byline (``Published``)."""
_BYLINE_ROLE_ROWS = load_columns("byline_roles.txt")
ROLE_HEADS = casefolded(_kinds(_BYLINE_ROLE_ROWS, "head"))
"""Last words of a role after a name (``reporter``, ``correspondent``)."""
ROLE_LEADS = casefolded(row[0] for row in _BYLINE_ROLE_ROWS)
BYLINE_COLLECTIVE = frozenset(
    " ".join(line.casefold().split()) for line in load_words("byline_collective.txt")
)
"""Credits that name no person and no single outlet (``staff and agencies``)."""
BYLINE_STOPWORDS = load_words("byline_stopwords.txt")
"""Capitalised words never in a personal name in a byline (``Thursday``)."""

# --- people -------------------------------------------------------------------------------

JOB_WORDS = casefolded(load_words("people_roles.txt"))
"""Job, office and relation words before or after a name (``negotiator``)."""
PEOPLE_STOPWORDS = load_words("people_stopwords.txt")
"""Capitalised words that are never part of a personal name (``The``)."""

# --- captions -------------------------------------------------------------------------------

CAPTION_LABEL_ROWS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (row[0], frozenset(row[1].split())) for row in load_columns("caption_labels.txt")
)
"""``(label, uses)`` of the words that label a caption or its credit."""


def caption_labels(use: str) -> tuple[str, ...]:
    """The caption labels with ``use`` (``lead``, ``credit``, ``keyword``, ...)."""
    return tuple(label for label, uses in CAPTION_LABEL_ROWS if use in uses)


# --- shared pattern pieces -------------------------------------------------------------------

_INITIALS = regex.compile(r"(?:\p{L}\.)+\p{L}")


def is_abbreviation(word: str) -> bool:
    """Whether the full stop after ``word`` (written without it) ends no
    sentence: an abbreviation of the table (``U.S``, ``Gen``, ``Inc``), an
    initial (``J``) or initials run together (``J.D``).

    >>> is_abbreviation("Gen"), is_abbreviation("J"), is_abbreviation("Kabul")
    (True, True, False)
    """
    return (
        word in ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or _INITIALS.fullmatch(word) is not None
    )


PARTICLE_RUN = "(?:" + "|".join(longest_first(PARTICLES | NAME_LINKS)) + ")"
"""A particle or a link of the name-parts table, as a group for a pattern
(``van``, ``dos``, ``y``)."""

# --- the strategies' vocabulary ---------------------------------------------------------------


@functools.cache
def _strategy_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of ``strategy_vocabulary.txt``, read on first use: only
    :mod:`newsparse.strategies` needs them, not ``import newsparse``.
    """
    return load_columns("strategy_vocabulary.txt")


def strategy_words(kind: str) -> tuple[str, ...]:
    """The entries of one kind of ``strategy_vocabulary.txt`` (``given``,
    ``statement``, ``filler``, ...), in table order: the names and sentences
    the hypothesis strategies write.
    """
    words = _kinds(_strategy_rows(), kind)
    if not words:
        msg = f"strategy_vocabulary.txt has no kind {kind!r}"
        raise KeyError(msg)
    return words


# --- caption credits in the languages of the news ----------------------------------------


def fold_caption_word(word: str) -> str:
    """A caption or credit word as the views key it: case-folded, white
    space collapsed, the Turkish dotted and dotless i made plain (``Photo
    Credit`` → ``photo credit``, ``ANADOLU AJANSI`` → ``anadolu ajansi``).
    """
    return " ".join(word.casefold().replace("\u0307", "").replace("ı", "i").split())


CAPTION_WORD_USES: dict[str, frozenset[str]] = {}
"""Every word of ``caption_labels.txt``, folded → all its uses (a word may
have rows of several languages)."""
CAPTION_WORD_ROLE: dict[str, str] = {}
"""A credit, ``more``, keyword or marker word, folded → what it credits
(``photo``, ``source``, ``styling``, ``file``, ...): the first row that
names a role, else ``photo``."""
for _row in load_columns("caption_labels.txt"):
    _folded = fold_caption_word(_row[0])
    CAPTION_WORD_USES[_folded] = CAPTION_WORD_USES.get(_folded, frozenset()) | frozenset(
        _row[1].split()
    )
    if len(_row) > 2 or _folded not in CAPTION_WORD_ROLE:
        CAPTION_WORD_ROLE[_folded] = _row[2] if len(_row) > 2 else "photo"


def caption_words(*uses: str) -> frozenset[str]:
    """The folded words of ``caption_labels.txt`` with any of ``uses``."""
    return frozenset(word for word, have in CAPTION_WORD_USES.items() if have.intersection(uses))


CREDIT_AGENCIES: dict[str, tuple[str, str]] = {
    fold_caption_word(row[0]): (row[0], row[1]) for row in PHOTO_AGENCY_ROWS
}
"""A photo agency, wire, official source or platform, folded → ``(name as
the table writes it, kind)``."""
CREDIT_OUTLETS: frozenset[str] = frozenset(
    fold_caption_word(name.removeprefix("The ")) for name in NEWS_ORGANIZATIONS
) | frozenset(
    fold_caption_word(name.removeprefix("The "))
    for name, kind in PHOTO_AGENCY_ROWS
    if kind != "pool"
)
"""The news organisations and agencies of the tables, folded, without a
leading ``The``: a credit part that is one of them is never a photographer
(``Photograph: Jane Doe/The Guardian``)."""


# --- quotes: every verb of attribution ---------------------------------------------------


@attrs.frozen
class AttributionVerb:
    """One form of a verb of the table, as the quote finder reads it."""

    klass: str
    """``say``, ``tell``, ``write``, ``accord`` or ``speak`` (a report of
    what was spoken about, never a quotation's cue)."""
    lemma: str
    sense: str
    """``speech``, ``cognition``, ``intention``, ``evidence`` or ``stance``."""
    frames: frozenset[str]


PREPOSITION_FRAMES = frozenset(
    frame for row in VERB_ROWS for frame in row[3] if frame.startswith("prep:")
)
"""The verbs' frames of a preposition and its object (``prep:about``)."""
ATTRIBUTION_SENSES = ("speech", "cognition", "intention", "evidence", "stance")
"""What a verb attributes: speech, or a belief, an intention, a finding or a
judgement (whose quotes are of kind ``belief``)."""
ATTRIBUTION_VERBS: dict[str, AttributionVerb] = {}
"""Every form of a verb of attribution of any sense, also capitalised (the
first row that lists a form wins)."""
for _lemma, _class, _sense, _frames, _forms in VERB_ROWS:
    if _class not in CUE_CLASSES and not (_class == "speak" and _frames - {"person"}):
        continue
    _verb = AttributionVerb(klass=_class, lemma=_lemma, sense=_sense, frames=_frames)
    for _form in _forms:
        for _spelling in (_form, _form[0].upper() + _form[1:]):
            ATTRIBUTION_VERBS.setdefault(_spelling, _verb)


# --- the article header in the languages of the news ----------------------------------


def fold_date_word(word: str) -> str:
    """A word of a date line as the date tables key it: lower case, the
    Turkish dotted and dotless i made plain (``MAYIS`` and ``Mayıs`` →
    ``mayis``).

    >>> fold_date_word("Ağustos"), fold_date_word("MAYIS"), fold_date_word("İyun")
    ('ağustos', 'mayis', 'iyun')
    """
    return word.lower().replace("\u0307", "").replace("ı", "i")


DATE_LINE_WORD_ROWS = load_columns("date_line_words.txt")
"""``(word, kind)`` of the small words of date lines (``um``, ``kl.``, ``Uhr``)."""
DATE_LABEL_LANGUAGES: dict[str, frozenset[str]] = {
    fold_date_word(" ".join(row[0].split())): frozenset(row[2].split())
    for row in DATE_LABEL_ROWS
    if len(row) > 2
}
"""A date-line label, folded → the languages it is written in (``publié`` → fr)."""


@attrs.frozen
class DateVocabulary:
    """Every word a date line may hold besides numbers, folded
    (:func:`fold_date_word`), with what it is in which languages.
    """

    words: dict[str, tuple[tuple[str, str, int], ...]]
    """Word → ``(language, kind, value)`` rows: kind ``month`` (value 1-12),
    ``weekday`` (0 = Monday), ``am``, ``pm``, ``skip``, ``time_lead``,
    ``time_unit``, ``month_lead`` (value 0; language ``*`` when any)."""
    orders: dict[str, str]
    """Language → its order of day, month and year in numbers (``DMY``)."""


@functools.cache
def date_vocabulary() -> DateVocabulary:
    """The month, weekday and small words of date lines in every language
    dateparser knows (``date_words.txt``, 7,500 rows, read on first use),
    with the English tables and ``date_line_words.txt``.
    """
    words: dict[str, list[tuple[str, str, int]]] = {}
    orders: dict[str, str] = {}

    def add(word: str, row: tuple[str, str, int]) -> None:
        bucket = words.setdefault(fold_date_word(word), [])
        if row not in bucket:
            bucket.append(row)

    for language, kind, value, word in load_columns("date_words.txt"):
        if kind == "order":
            orders[language] = value
        else:
            add(word, (language, kind, int(value) if value.isdigit() else 0))
    for number, word in MONTH_ROWS:
        add(word, ("en", "month", int(number)))
    for number, word in WEEKDAY_ROWS:
        add(word, ("en", "weekday", int(number)))
    for number, word, language in load_columns("date_months_other.txt"):
        add(word, (language, "month", int(number)))
    for word, kind in DATE_LINE_WORD_ROWS:
        add(word, ("*", kind, 0))
    return DateVocabulary(words={word: tuple(rows) for word, rows in words.items()}, orders=orders)


_BYLINE_WORD_ROWS = load_columns("byline_words.txt")
BYLINE_CONJUNCTIONS = frozenset(_kinds(_BYLINE_WORD_ROWS, "conjunction"))
"""Words that join names in a byline, as written (``and``, ``und``, ``og``, ``и``)."""
BYLINE_PLACE_LINKS = frozenset(_kinds(_BYLINE_WORD_ROWS, "place_link"))
"""Words after a name that a place follows (``in``, ``aus``, ``à``)."""
BYLINE_AFFILIATION_LINKS = frozenset(_kinds(_BYLINE_WORD_ROWS, "affiliation_link"))
"""Words after a name that an outlet follows (``of``, ``for``, ``für``)."""
ROLE_PLACE_LINKS = BYLINE_PLACE_LINKS | frozenset(_kinds(_BYLINE_WORD_ROWS, "role_place_link"))
"""Words after a role that a place follows (``in``, ``à``, ``en``)."""
BYLINE_OTHERS = frozenset(word.casefold() for word in _kinds(_BYLINE_WORD_ROWS, "others"))
"""Words that close a byline with unnamed further authors (``others``,
``weitere``, ``al.``), case-folded."""
OUTLET_ARTICLES = frozenset(_kinds(_BYLINE_WORD_ROWS, "article"))
"""Articles that open an outlet's name, never a person's (``Le``, ``Der``, ``El``)."""
_BYLINE_OTHER_ORG_ROWS = load_columns("byline_org_words_other.txt")
BYLINE_OTHER_ORG_WORDS = frozenset(_kinds(_BYLINE_OTHER_ORG_ROWS, "org"))
"""Organisation words of bylines in other languages (``Redaktion``, ``Ajansı``)."""
BYLINE_OTHER_OUTLET_WORDS = frozenset(_kinds(_BYLINE_OTHER_ORG_ROWS, "outlet"))
"""Outlet words of bylines in other languages (``Zeitung``, ``Diario``)."""
