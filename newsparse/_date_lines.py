"""Date lines in the languages of the news, read by one general rule.

A date line is a short line that is mostly a date: one date with its year,
and around it only date-line furniture: a label (``Published``,
``Veröffentlicht am``, ``Publié le``, ``입력``), weekdays, clock times with
their small words (``um 13:38 Uhr``, ``à 16h00``, ``07.00 BST``, ``3:47
PM``, ``오후 3시 47분``), separators, and at the end a short outlet name
after a separator (``/ CBS News``). A second labelled date may follow the
first (``Published … | Updated …``). Any other word makes the line no date
line: a sentence or a byline that holds a date is not one.

The date is read without a pattern per language: the line is cut into
tokens (numbers, words, separators, clock times, numeric dates such as
``19.08.2021``, ``2021.08.19`` and ``2021年8月19日``), each word is looked up
in the date vocabulary of every language dateparser knows
(:func:`newsparse._lexicon.date_vocabulary`), and a run of numbers, month
names, weekdays and small words (``de``, ``m.``, ``d.``) is a date when it
holds exactly one year (four digits), one month and one day, in whatever
order the language writes them (``19. August 2021``, ``August 19, 2021``,
``2024 m. kovo 31 d.``, ``ngày 3 tháng 8 năm 2021``).

The language is told by cheap evidence: the languages of the line's words
(a month name, a weekday, a label, dateparser's small words) and the
script. It settles a month name that means different months in different
languages and, for numbers alone, the order of day and month: ``19/08``
is day first, ``08/19`` month first, and ``05/08/2021`` month first only
with a 12-hour clock or a US time zone on the line. dateparser itself reads
only a located run of at most a few words that the vocabulary cannot
settle, with the evidence languages, behind a cache.

Everything is bounded: the line is at most :data:`MAX_LINE` characters and
a call costs a few dictionary look-ups a token.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, NamedTuple

import attrs
import regex

from . import _lexicon as lex
from ._lazy import LazyPattern

__all__ = ["LineRead", "read_date_line"]

MAX_LINE = 160
"""A longer line (without its blanks) is not a date line."""

# A year on the line (checked for its range once found): the cheap
# refusal of every line that holds none.
_FOUR_DIGITS = regex.compile(r"(?<!\d)\d{4}(?!\d)")

_TOKEN = LazyPattern(
    r"""
      (?P<cjk>                                      # 2021年8月19日, 2021년 8월 19일
        (?P<cy> \d{4} ) [ ]? [年년] [ ]? (?P<cm> \d{1,2} ) [ ]? [月월] [ ]?
        (?P<cd> \d{1,2} ) [ ]? [日일号]?
      )
    | (?P<iso>                                      # 2021-08-19, 2021-08-19T15:47:00Z
        (?P<iy> \d{4} ) - (?P<im> \d{1,2} ) - (?P<id> \d{1,2} )
        (?: T (?P<ih> [0-2]?\d ) : (?P<imi> [0-5]\d ) (?: : [0-5]\d (?: [.,]\d{1,9} )? )?
            (?P<itz> Z | [+-] [0-2]\d (?: :? [0-5]\d )? )? )?
        (?! \d )
      )
    | (?P<nums>                                     # 19.08.2021, 19/08/2021, 2021. 08. 19.
        (?P<a> \d{1,4} ) (?P<s> [./-] ) [ ]? (?P<b> \d{1,2} ) (?P=s) [ ]? (?P<c> \d{4} | \d{1,2} )
        \.? (?! \d )
      )
    | (?P<tz> (?: GMT | UTC | UT ) [+-] \d{1,2} (?: :? \d{2} )? (?! \d ) )   # GMT+2
    | (?P<clock>                                    # 13:38, 07.00, 16h00, 16h, 3시 47분
        (?P<h> \d{1,2} )
        (?: : (?P<m1> [0-5]\d ) (?: : [0-5]\d )?
          | \. (?P<m2> [0-5]\d ) (?! \.? \d )
          | [ ]? [hH] (?: [ ]? (?P<m3> [0-5]\d ) )? (?! \p{L} )
          | [ ]? [時시点] (?: [ ]? (?P<m4> [0-5]?\d ) [ ]? [分분] )?
        )
        (?! \d )
      )
    | (?P<num> (?P<n> \d{1,4} ) (?: st | nd | rd | th | ers? | re | e | º | ª | ° | \. )?
      (?! [\p{L}\p{N}] ) )
    | (?P<word> [\p{L}\p{M}] (?: [\p{L}\p{M}'’\-] | \. (?= \p{L} ) )* \.? )   # Aug., m., a.m.
    | (?P<sep> [,;/|·•:()\[\]（）、，：] | [-–—―]+ )
    | (?P<other> \S )
    """,
    regex.VERBOSE,
)

# What a trailing outlet or site name may be: a few capitalised words or a
# domain, after a separator (``/ CBS News``, ``| www.example.com``).
_OUTLET = regex.compile(
    r"""
    (?: (?i: www\. )?
        [\p{L}\p{N}-]{1,63} (?: \. [\p{L}\p{N}-]{1,63} ){0,3} \. \p{L}{2,24}
      | [\p{Lu}\p{N}] [\p{L}\p{N}&.'’-]{0,30}
        (?: [ ] (?: [\p{Lu}\p{N}&] [\p{L}\p{N}&.'’-]{0,30} | of | the | and | for ) ){0,4}
    )
    [\s,;/|·•\-–—―]*
    """,
    regex.VERBOSE,
)
_OUTLET_SEPARATORS = frozenset("/|·•-–—―")

_ZONES = frozenset(lex.TIMEZONES)

_MAX_LABEL_WORDS = 4
_MAX_RUN = 9
"""At most this many tokens in the run of one date."""


class _Tok(NamedTuple):
    kind: str
    start: int
    end: int
    text: str
    match: regex.Match[str]


@attrs.frozen(kw_only=True)
class LineRead:
    """What :func:`read_date_line` read, offsets into the line it was given."""

    date: dt.date
    date_span: tuple[int, int]
    time: dt.time | None = None
    timezone: str | None = None
    label: str | None = None
    updated: dt.date | None = None
    updated_span: tuple[int, int] | None = None
    updated_time: dt.time | None = None


@attrs.define
class _Group:
    """A date or a clock time found on the line."""

    kind: str
    """``date`` or ``time``."""
    start: int
    end: int
    date: dt.date | None = None
    time: dt.time | None = None
    timezone: str | None = None
    label: str | None = None
    labelled: bool = False


# --- words --------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _rows(word: str) -> tuple[tuple[str, str, int], ...]:
    words = lex.date_vocabulary().words
    key = lex.fold_date_word(word)
    found = words.get(key)
    if found is None and key.endswith(".") and len(key) > 2:
        found = words.get(key[:-1])
    return found or ()


@functools.lru_cache(maxsize=8192)
def _kinds(word: str) -> frozenset[str]:
    return frozenset(kind for _lang, kind, _value in _rows(word))


@functools.cache
def _labels() -> dict[tuple[str, ...], str]:
    """Each label as a tuple of folded words → its kind (``""`` for none)."""
    out: dict[tuple[str, ...], str] = {}
    for row in lex.DATE_LABEL_ROWS:
        words = tuple(lex.fold_date_word(w) for w in row[0].split())
        out.setdefault(words, row[1])
    return out


_MAX_LABEL_LENGTH = 5


def _label_at(toks: list[_Tok], i: int) -> tuple[int, str | None] | None:
    """The longest label starting at ``toks[i]``: ``(end index, kind)``."""
    labels = _labels()
    words: list[str] = []
    best: tuple[int, str | None] | None = None
    j = i
    while j < len(toks) and toks[j].kind == "word" and len(words) < _MAX_LABEL_LENGTH:
        words.append(lex.fold_date_word(toks[j].text).rstrip("."))
        kind = labels.get(tuple(words))
        if kind is not None:
            best = (j + 1, kind if kind in {"published", "updated", "today"} else None)
        j += 1
    return best


def _languages(toks: list[_Tok]) -> frozenset[str]:
    """The languages the line's words agree on (empty when they don't, or
    none says): the evidence that settles a month name and a number order.
    """
    found: frozenset[str] | None = None
    for tok in toks:
        if tok.kind != "word":
            continue
        langs = {lang for lang, kind, _v in _rows(tok.text) if lang != "*"}
        langs |= lex.DATE_LABEL_LANGUAGES.get(lex.fold_date_word(tok.text), frozenset())
        if not langs:
            continue
        found = frozenset(langs) if found is None else found & langs
        if not found:
            return frozenset()
    return found or frozenset()


def _month(word: str, languages: frozenset[str]) -> int:
    """The month ``word`` names, 0 when none; the evidence languages first,
    then the month most languages give it. A small word of dates (``de``,
    a month in some language) is a month only when the evidence says so.
    """
    rows = _rows(word)
    months = [(lang, value) for lang, kind, value in rows if kind == "month"]
    if not months:
        return 0
    preferred = [value for lang, value in months if lang in languages]
    if not preferred:
        if any(
            kind != "month" and (lang in languages or (lang == "*" and kind == "skip"))
            for lang, kind, _v in rows
        ):
            return 0  # de: a small word here, a month elsewhere; Sat: a weekday
        preferred = [value for _lang, value in months]
    counts: dict[int, int] = {}
    for value in preferred:
        counts[value] = counts.get(value, 0) + 1
    return max(sorted(counts), key=lambda value: counts[value])


# --- dates and times ------------------------------------------------------------


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not 1800 <= year <= 2199:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(m: regex.Match[str], *, month_first: bool) -> dt.date | None:
    """``19.08.2021``, ``2021.08.19``, ``19/08/2021``, ``08/19/2021``."""
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:
        return _make(int(a), int(b), int(c)) if len(c) <= 2 else None
    if len(c) != 4 or len(a) > 2:
        return None
    first, second = int(a), int(b)
    if m["s"] == "." or first > 12:
        return _make(int(c), second, first)
    if second > 12 or month_first:
        return _make(int(c), first, second)
    return _make(int(c), second, first)


def _clock(m: regex.Match[str]) -> tuple[int, int] | None:
    hour = int(m["h"])
    minute = next((int(g) for g in (m["m1"], m["m2"], m["m3"], m["m4"]) if g is not None), 0)
    return (hour, minute) if hour <= 24 else None


def _twelve_hour(hour: int, minute: int, pm: bool) -> dt.time | None:
    if not 1 <= hour <= 12:
        return None
    return dt.time(hour % 12 + (12 if pm else 0), minute)


@functools.lru_cache(maxsize=1024)
def _dateparser_read(words: str, languages: tuple[str, ...]) -> dt.date | None:
    """Read a located run of a few words with dateparser, in ``languages``."""
    parser = _dateparser(languages)
    try:
        data = parser.get_date_data(words)
    except Exception:  # noqa: BLE001 - a third-party parser must not crash ours
        return None
    found = getattr(data, "date_obj", None)
    return found.date() if isinstance(found, dt.datetime) else None


@functools.lru_cache(maxsize=64)
def _dateparser(languages: tuple[str, ...]) -> Any:
    from dateparser.date import DateDataParser  # noqa: PLC0415 - lazy on purpose

    return DateDataParser(
        languages=list(languages),
        settings={
            "PARSERS": ["absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_LOCALE_DATE_ORDER": True,
            "STRICT_PARSING": True,
        },
    )


_MAX_DATEPARSER_LANGUAGES = 4


def _run_date(
    line: str, toks: list[_Tok], i: int, languages: frozenset[str]
) -> tuple[int, dt.date | None]:
    """Read the date whose run of tokens starts at ``toks[i]``.

    Returns the index after the run and its date (``None`` when the run is
    no date). The run is numbers, month names, weekdays, small words and
    commas; it holds a date when exactly one year, one month and one day
    are in it. A run with one word no table knows besides a year and a day
    is read by dateparser in the evidence languages.
    """
    years: list[int] = []
    days: list[int] = []
    months: list[int] = []
    weekday_months: list[int] = []  # months read from a word that is a weekday too
    unknown = 0
    j = i
    last = i  # index after the last number, month or weekday of the run
    month_next = False
    while j < len(toks) and j - i < _MAX_RUN:
        tok = toks[j]
        if tok.kind == "num":
            value = int(tok.match["n"])
            if month_next:
                months.append(value)
            elif len(tok.match["n"]) == 4:
                years.append(value)
            else:
                days.append(value)
            month_next = False
            last = j + 1
        elif tok.kind == "word":
            kinds = _kinds(tok.text)
            month = _month(tok.text, languages) if "month" in kinds else 0
            if month and "weekday" in kinds:
                weekday_months.append(month)
                last = j + 1
            elif month:
                months.append(month)
                last = j + 1
            elif "weekday" in kinds:
                last = j + 1
            elif "month_lead" in kinds:
                month_next = True
            elif "skip" in kinds:
                pass  # de, m., d., roku: perhaps inside the date, perhaps after it
            elif not kinds and not unknown and last == j and j > i:
                unknown += 1  # right after a number: a month in a form no table has
                last = j + 1
            else:
                break
        elif not (tok.kind == "sep" and tok.text == ","):
            break
        j += 1
    if not months and len(weekday_months) == 1:
        months = weekday_months
    if len(years) == 1 and len(days) == 1 and len(months) == 1 and not unknown:
        return last, _make(years[0], months[0], days[0])
    if unknown and len(years) == 1 and len(days) == 1 and not months and languages:
        chosen = tuple(sorted(languages))[:_MAX_DATEPARSER_LANGUAGES]
        words = line[toks[i].start : toks[last - 1].end]
        return last, _dateparser_read(words, chosen)
    return last, None


def _am_pm(word: str) -> bool | None:
    """``True`` for a word that means after noon, ``False`` before, else ``None``."""
    kinds = _kinds(word)
    if "am" in kinds and "pm" in kinds:
        return word[:1] in "pP"
    if "pm" in kinds:
        return True
    return False if "am" in kinds else None


def _time_group(toks: list[_Tok], i: int, *, zones: frozenset[str]) -> _Group | None:
    """A clock time at ``toks[i]`` (perhaps after an am/pm word, ``오후``)
    with what may follow it: am/pm right after it, ``Uhr``, a time zone in
    or out of brackets.
    """
    j = i
    pm = _am_pm(toks[j].text) if toks[j].kind == "word" else None
    if pm is not None:
        j += 1
    if j >= len(toks) or toks[j].kind != "clock":
        return None
    clock = _clock(toks[j].match)
    if clock is None:
        return None
    end = toks[j].end
    j += 1
    if pm is None and j < len(toks) and toks[j].kind == "word" and 1 <= clock[0] <= 12:
        pm = _am_pm(toks[j].text)
        if pm is not None:
            end = toks[j].end
            j += 1
    zone: str | None = None
    while j < len(toks):
        tok = toks[j]
        if zone is None and (tok.kind == "tz" or (tok.kind == "word" and tok.text in zones)):
            zone = tok.text
        elif tok.kind == "word" and "time_unit" in _kinds(tok.text):
            pass
        elif tok.kind == "sep" and tok.text == "(" and zone is None and j + 2 < len(toks):
            inner, close = toks[j + 1], toks[j + 2]
            if close.text != ")" or not (inner.kind == "tz" or inner.text in zones):
                break
            zone = inner.text
            j += 2
            tok = close
        else:
            break
        end = tok.end
        j += 1
    hour, minute = clock
    if pm is not None:
        time = _twelve_hour(hour, minute, pm)
    elif hour < 24:
        time = dt.time(hour, minute)
    else:
        time = dt.time(0, 0) if minute == 0 else None
    if time is None:
        return None
    return _Group("time", toks[i].start, end, time=time, timezone=zone)


def _trailing_outlet(line: str, toks: list[_Tok], i: int) -> bool:
    """Whether ``toks[i:]`` is a separator and a short outlet name."""
    if toks[i].kind != "sep" or toks[i].text[0] not in _OUTLET_SEPARATORS:
        return False
    rest = line[toks[i].end :].lstrip()
    return _OUTLET.fullmatch(rest) is not None


# --- the line -----------------------------------------------------------------------


def read_date_line(line: str) -> LineRead | None:
    """Read ``line`` (blanks around it stripped) as a date line, or ``None``.

    >>> read = read_date_line("Veröffentlicht am 19.08.2021, 13:38 Uhr")
    >>> read.date, read.time, read.label
    (datetime.date(2021, 8, 19), datetime.time(13, 38), 'published')
    """
    if not line or len(line) > MAX_LINE:
        return None
    if not any(1800 <= int(m[0]) <= 2199 for m in _FOUR_DIGITS.finditer(line)):
        return None
    toks = _tokens(line)
    if toks is None:
        return None
    languages = _languages(toks)
    zones = _ZONES
    month_first = any(
        tok.kind == "word" and (_am_pm(tok.text) is not None or "us_zone" in _kinds(tok.text))
        for tok in toks
    )
    groups: list[_Group] = []
    label: str | None = None
    labelled = False
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        kinds = _kinds(tok.text) if tok.kind == "word" else frozenset()
        if tok.kind == "word" and not labelled and (not groups or _has_date(groups)):
            found = _label_at(toks, i)
            if found is None and i == 0:
                colon = _unknown_label(toks)
                found = (colon, None) if colon else None
            if found is not None:
                i, label = found
                labelled = True
                continue
        if tok.kind in {"cjk", "iso", "nums"}:
            date, time, zone = _whole_date(tok, month_first=month_first)
            if date is None:
                return None
            groups.append(
                _Group("date", tok.start, tok.end, date=date, label=label, labelled=labelled)
            )
            label, labelled = None, False
            if time is not None:
                groups.append(_Group("time", tok.start, tok.end, time=time, timezone=zone))
            i += 1
        elif tok.kind == "clock" or (
            tok.kind == "word"
            and i + 1 < n
            and toks[i + 1].kind == "clock"
            and _am_pm(tok.text) is not None
        ):
            clock = _time_group(toks, i, zones=zones)
            if clock is None:
                return None
            groups.append(clock)
            i = _index_after(toks, clock.end)
        elif tok.kind == "num" or kinds & {"month", "weekday", "month_lead"}:
            end, date = _run_date(line, toks, i, languages)
            if date is not None:
                groups.append(
                    _Group(
                        "date",
                        tok.start,
                        toks[end - 1].end,
                        date=date,
                        label=label,
                        labelled=labelled,
                    )
                )
                label, labelled = None, False
                i = end
            elif tok.kind == "word" and "weekday" in kinds:
                i += 1  # a weekday on its own: 19.08.2021, Donnerstag
            else:
                return None
        elif kinds & {"skip", "time_lead", "time_unit"} or tok.kind == "tz" or tok.text in zones:
            i += 1
        elif tok.kind == "sep":
            if groups and _trailing_outlet(line, toks, i) and not _more_groups(toks, i + 1):
                break
            i += 1
        else:
            return None
    return _result(groups)


def _tokens(line: str) -> list[_Tok] | None:
    """The tokens of ``line``; two words the vocabulary knows together
    (``thứ năm``, ``a las``) are one. ``None`` when a character no date line
    holds is in it.
    """
    toks: list[_Tok] = []
    words = lex.date_vocabulary().words
    for m in _TOKEN.finditer(line):
        kind = m.lastgroup or "other"
        if kind == "other":
            return None
        tok = _Tok(kind, m.start(), m.end(), m[0], m)
        if kind == "word" and toks and toks[-1].kind == "word" and toks[-1].end + 1 == tok.start:
            pair = f"{toks[-1].text} {tok.text}"
            if lex.fold_date_word(pair) in words:
                toks[-1] = _Tok("word", toks[-1].start, tok.end, pair, m)
                continue
        toks.append(tok)
    return toks


def _has_date(groups: list[_Group]) -> bool:
    return any(g.kind == "date" for g in groups)


def _more_groups(toks: list[_Tok], i: int) -> bool:
    return any(tok.kind in {"cjk", "iso", "nums", "clock", "num"} for tok in toks[i:])


def _index_after(toks: list[_Tok], end: int) -> int:
    i = 0
    while i < len(toks) and toks[i].start < end:
        i += 1
    return i


def _unknown_label(toks: list[_Tok]) -> int:
    """The index after an unknown label of a few words and its colon
    (``Stand:``, ``Fecha:``) that opens the line, or 0.
    """
    j = 0
    while j < len(toks) and j < _MAX_LABEL_WORDS and toks[j].kind == "word":
        j += 1
    if 0 < j < len(toks) and toks[j].kind == "sep" and toks[j].text == ":":
        return j + 1
    return 0


def _whole_date(
    tok: _Tok, *, month_first: bool
) -> tuple[dt.date | None, dt.time | None, str | None]:
    """A date written in one token: CJK, ISO (with its time) or numbers."""
    m = tok.match
    if tok.kind == "cjk":
        return _make(int(m["cy"]), int(m["cm"]), int(m["cd"])), None, None
    if tok.kind == "iso":
        date = _make(int(m["iy"]), int(m["im"]), int(m["id"]))
        time = None
        if m["ih"] is not None and int(m["ih"]) < 24:
            time = dt.time(int(m["ih"]), int(m["imi"]))
        return date, time, m["itz"]
    return _numeric(m, month_first=month_first), None, None


def _result(groups: list[_Group]) -> LineRead | None:
    """The date line the groups make: one date (a second, labelled one is
    the update), the first time after each date or before the first.
    """
    dates = [g for g in groups if g.kind == "date"]
    if not dates or len(dates) > 2 or (len(dates) == 2 and not dates[1].labelled):
        return None
    first = dates[0]
    cut = groups.index(dates[1]) if len(dates) == 2 else len(groups)
    own = [g for g in groups[:cut] if g.kind == "time"]
    time_group = own[0] if own else None
    updated = updated_time = updated_span = None
    if len(dates) == 2:
        later = [g for g in groups[cut:] if g.kind == "time"]
        updated = dates[1].date
        updated_span = (dates[1].start, dates[1].end)
        updated_time = later[0].time if later else None
        if dates[1].label == "published" and first.label != "published":
            return None  # Updated … Published …: read the other way round
    return LineRead(
        date=first.date,  # type: ignore[arg-type]
        date_span=(first.start, first.end),
        time=time_group.time if time_group else None,
        timezone=time_group.timezone if time_group else None,
        label=first.label,
        updated=updated,
        updated_span=updated_span,
        updated_time=updated_time,
    )
