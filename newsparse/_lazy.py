"""Patterns compiled the first time they are used.

Compiling the patterns built from the tables (named lists of hundreds or
thousands of words, verbose grammars with look-arounds) was most of what
``import newsparse`` cost: about 250 ms of regex compilation against 100 ms
for everything else. A :class:`LazyPattern` stands where a module-level
``regex.compile(...)`` stood and compiles on its first match, so the import
stays fast, and a program that only reads bylines never compiles the quote
grammar. The first parse pays what the import no longer does (once per
process); after that a lazy pattern costs one attribute test per call.

Two threads that race on the first use may both compile; the results are
equal and either may be kept, so no lock is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex


class LazyPattern:
    """``regex.compile(source, flags, **lists)``, done on first use.

    Offers the methods of a compiled pattern the parsers call; ``compiled``
    gives the pattern itself (to pass on, or for anything else).
    """

    __slots__ = ("_compiled", "_flags", "_ignore_unused", "_lists", "_source")

    def __init__(
        self, source: str, flags: int = 0, *, ignore_unused: bool = False, **lists: Iterable[str]
    ) -> None:
        self._source = source
        self._flags = flags
        self._ignore_unused = ignore_unused
        self._lists = lists
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            # the named lists go by keyword; the two keyword options are set so
            # that no list could be taken for them
            compiled = regex.compile(
                self._source,
                self._flags,
                ignore_unused=self._ignore_unused,
                cache_pattern=None,
                **self._lists,
            )
            self._compiled = compiled
        return compiled

    def match(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"<LazyPattern {self._source[:40]!r}, {state}>"
