"""Build ``newsparse/_data/given_names.txt`` and ``family_names.txt``.

The sources are two PyPI packages that are *not* dependencies of newsparse;
install them in a throwaway virtual environment and run this script with it,
from the repository root::

    python3 -m venv /tmp/nt
    /tmp/nt/bin/pip install names==0.3.0 faker==40.63.0
    /tmp/nt/bin/python scripts/build_name_tables.py

- ``names`` 0.3.0 ships the 1990 US Census name files ``dist.male.first``,
  ``dist.female.first`` and ``dist.all.last`` (public domain, a work of the
  US government). All census first names are kept; the surnames are cut at
  frequency rank ``CENSUS_SURNAME_RANKS`` (the comment on it says why).
- ``faker`` 40.63.0 (MIT) has per-locale ``faker/providers/person/<locale>``
  providers whose ``first_names*`` / ``last_names*`` (and for ``ja_JP``,
  ``zh_CN`` and ``zh_TW`` the ``*_romanized_names*``) collections are
  read here (not ``is_IS``'s surname stems, nor the base provider's
  John/Jane Doe placeholders). Every locale is read; only entries in Latin
  script are kept, so Arabic, Persian, Cyrillic, Devanagari, Hangul, Han...
  lists drop out unless the locale also has a romanised list.

An entry is kept when it is one token of letters (two or more), Latin
script, starting with a capital, with optional inner hyphens or apostrophes
(``Jae-myung``, ``D'Angelo``); a typographic apostrophe is written as
``'``. Output: one entry a line, NFC, deduplicated, sorted by code point,
under a ``#`` header naming the sources, licences and counts. The script
refuses other package versions so that the headers stay true; pass
``--any-version`` to build anyway (and update the pins above).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import metadata, resources
from pathlib import Path

NAMES_VERSION = "0.3.0"
FAKER_VERSION = "40.63.0"

# Census surnames kept, by frequency rank. The top 15,000 cover 75.3% of the
# 1990 population; going to 20,000 adds 5,000 lines for 2.7 points more
# (78.0%), and the whole list (88,799) only reaches 90.5%.
CENSUS_SURNAME_RANKS = 15_000

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "newsparse" / "_data"
SCRIPT = "scripts/build_name_tables.py"
VERBATIM = "<verbatim>"

# The faker attributes read: given names, family names.
GIVEN_ATTR = re.compile(r"first_(?:romanized_)?names(?:_\w+)?")
FAMILY_ATTR = re.compile(r"(?:last_(?:romanized_)?names(?:_\w+)?|\w+_last_names)")
# Census first names that are abbreviations (Wm. for William, J.C.), not names.
NOT_NAMES = frozenset({"Jc", "Wm"})
# is_IS builds surnames as a father's name + "son"/"dóttir"; its stems are given names.
SKIPPED_ATTRS = frozenset({"last_names_without_suffix"})


def is_latin(word: str) -> bool:
    """Whether every letter of ``word`` is a Latin-script letter."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in word)


def clean(raw: str) -> str | None:
    """Return ``raw`` as a table entry, or ``None`` when it is not one."""
    word = unicodedata.normalize("NFC", raw.strip().replace("\u2019", "'"))
    if word.isupper():  # zh_TW's Wade-Giles lists are ALL CAPS: CHIA-HAO -> Chia-hao
        word = census_case(word)
    parts = re.split(r"['-]", word)
    if len(word) < 2 or word in NOT_NAMES or not word[0].isupper() or not is_latin(word):
        return None
    if not all(part.isalpha() for part in parts):  # digits, spaces, dots, "--"
        return None
    return word


def census_case(word: str) -> str:
    """Title-case an ALL-CAPS census name: ``MCDONALD`` -> ``McDonald``."""
    word = word.capitalize()
    if word.startswith("Mc") and len(word) > 2:
        word = "Mc" + word[2:].capitalize()
    return word


def census_rows(filename: str) -> Iterator[tuple[str, int]]:
    """Yield ``(name, rank)`` from a census ``dist.*`` file of package ``names``."""
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    for line in text.splitlines():
        if line.strip():
            name, _freq, _cumulative, rank = line.split()
            yield name, int(rank)


def census_cumulative(filename: str, rank: int) -> str:
    """Return the cumulative population share (percent) at ``rank``."""
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    return text.splitlines()[rank - 1].split()[2]


def faker_entries(attr: re.Pattern[str]) -> dict[str, set[str]]:
    """Return the kept entries of each faker person locale, read from ``attr`` lists."""
    from faker.providers import person  # noqa: PLC0415 - only the build venv has faker

    found: dict[str, set[str]] = {}
    for module in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        kept: set[str] = set()
        for name in dir(provider):
            value = getattr(provider, name)
            if name in SKIPPED_ATTRS or not attr.fullmatch(name):
                continue
            if value is getattr(person.Provider, name, None):  # the base's John/Jane Doe
                continue
            if isinstance(value, (tuple, list, dict)):
                kept.update(filter(None, (clean(x) for x in value if isinstance(x, str))))
        if kept:
            found[module.name] = kept
    return found


def faker_licence() -> list[str]:
    """Return the lines of faker's LICENSE file, verbatim (MIT asks for the notice)."""
    for file in metadata.files("faker") or ():
        if file.name.upper().startswith("LICENSE"):
            lines = file.read_text(encoding="utf-8").strip().splitlines()
            if any(line.startswith("Copyright") for line in lines):
                return lines
    msg = "faker's LICENSE file with its Copyright line was not found"
    raise SystemExit(msg)


def wrap(text: str, width: int = 76) -> list[str]:
    """Wrap ``text`` into lines of at most ``width`` characters."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def write_table(
    path: Path, title: str, body: list[str], entries: Iterable[str], *, verbatim: list[str]
) -> int:
    """Write ``entries`` sorted and unique under a ``#`` header; return the count.

    ``body`` is paragraphs, wrapped; the paragraph ``VERBATIM`` stands for the
    lines ``verbatim``, indented and not wrapped.
    """
    rows = sorted(set(entries))
    if any("#" in row for row in rows):  # the loader reads "#" as a comment
        msg = f"{path.name}: an entry contains '#'"
        raise SystemExit(msg)
    header = [title, ""]
    for paragraph in body:
        if paragraph == VERBATIM:
            header.extend(f"    {line}" for line in verbatim)
        else:
            header.extend(wrap(paragraph) if paragraph else [""])
    header += ["", f"Entries: {len(rows):,}."]
    text = "".join(f"# {h}".rstrip() + "\n" for h in header) + "".join(f"{r}\n" for r in rows)
    path.write_text(text, encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    """Build both tables; print their counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--any-version", action="store_true", help="skip the version pins")
    args = parser.parse_args(argv)

    versions = {"names": metadata.version("names"), "faker": metadata.version("faker")}
    pins = {"names": NAMES_VERSION, "faker": FAKER_VERSION}
    if versions != pins and not args.any_version:
        msg = f"expected {pins}, found {versions}: install the pins or pass --any-version"
        raise SystemExit(msg)
    names_v, faker_v = versions["names"], versions["faker"]
    licence_text = faker_licence()

    census_given = {
        census_case(name)
        for filename in ("dist.male.first", "dist.female.first")
        for name, _rank in census_rows(filename)
    }
    census_family = {
        census_case(name)
        for name, rank in census_rows("dist.all.last")
        if rank <= CENSUS_SURNAME_RANKS
    }
    for table in (census_given, census_family):
        table.intersection_update(filter(None, map(clean, table)))

    faker_given = faker_entries(GIVEN_ATTR)
    faker_family = faker_entries(FAMILY_ATTR)

    licence = [
        (
            "Licences: the census files are public domain (a work of the US government, "
            "17 U.S.C. 105). The faker lists are under the MIT licence; faker's LICENSE.txt "
            "follows verbatim:"
        ),
        VERBATIM,
    ]
    built = [
        (
            f"Built by {SCRIPT} (its docstring says how to run it). An entry is one "
            "token of two or more Latin-script letters starting with a capital, with "
            "optional inner hyphens or apostrophes (' for U+2019); NFC, unique, sorted "
            "by code point. Do not edit by hand: change the script and rebuild."
        ),
    ]

    def faker_note(found: dict[str, set[str]], attributes: str) -> str:
        parts = ", ".join(f"{loc} {len(words)}" for loc, words in found.items())
        return (
            f"- faker {faker_v}: faker/providers/person/<locale>/__init__.py, Latin-script "
            f"entries of every locale that has any (locale and entries kept): {parts}. "
            f"Attributes read: {attributes}."
        )

    male, female = (sum(1 for _ in census_rows(f"dist.{s}.first")) for s in ("male", "female"))
    census_given_note = (
        f"- names {names_v} (PyPI): dist.male.first ({male:,}) and dist.female.first "
        f"({female:,}), the 1990 US Census first names, title-cased (MARY -> Mary); all "
        "kept but the abbreviations Wm and Jc."
    )
    share = {rank: census_cumulative("dist.all.last", rank) for rank in (20_000, 88_799)}
    census_family_note = (
        f"- names {names_v} (PyPI): dist.all.last, the 1990 US Census surnames, cut at "
        f"frequency rank {CENSUS_SURNAME_RANKS:,} of 88,799 (these cover "
        f"{census_cumulative('dist.all.last', CENSUS_SURNAME_RANKS)}% of the 1990 "
        f"population; rank 20,000 would cover {share[20_000]}% for 5,000 more lines, "
        f"the full list {share[88_799]}%), title-cased with a capital after Mc "
        "(SMITH -> Smith, MCDONALD -> McDonald; the census drops apostrophes, so "
        "OCONNOR -> Oconnor)."
    )

    n_given = write_table(
        OUT / "given_names.txt",
        "Given (first) names, for telling a person's name from other capitalised words.",
        [
            "Sources:",
            census_given_note,
            faker_note(faker_given, "first_names*, first_romanized_names* (ja_JP, zh_CN, zh_TW)"),
            "",
            *licence,
            "",
            *built,
            "",
            (
                "Being listed does not make a word a name (Will, May, Grace, Rose are words "
                "too); being absent does not make it not one. Use context."
            ),
        ],
        census_given.union(*faker_given.values()),
        verbatim=licence_text,
    )
    n_family = write_table(
        OUT / "family_names.txt",
        "Family names (surnames), for telling a person's name from other capitalised words.",
        [
            "Sources:",
            census_family_note,
            faker_note(
                faker_family,
                "last_names* but is_IS's last_names_without_suffix (father's-name stems), "
                "*_last_names (pl_PL), last_romanized_names (ja_JP, zh_CN, zh_TW)",
            ),
            "",
            *licence,
            "",
            *built,
            "",
            "Many surnames are also words (Brown, Young, King, Will); use context.",
        ],
        census_family.union(*faker_family.values()),
        verbatim=licence_text,
    )
    for path, count in (("given_names.txt", n_given), ("family_names.txt", n_family)):
        size = (OUT / path).stat().st_size
        sys.stdout.write(f"{OUT / path}: {count:,} entries, {size:,} bytes\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
