"""Coverage-guided fuzzing of every public function (issue 7), with atheris.

    pip install atheris
    mkdir -p /tmp/newsparse-fuzz
    python tests/fuzz/fuzz_parsers.py -max_total_time=600 /tmp/newsparse-fuzz tests/fuzz/corpus

libFuzzer's options follow the script (``-max_total_time``, ``-runs``, ...);
new inputs go to the first folder, so give it a scratch one and keep
``tests/fuzz/corpus`` (the hand-written seeds) as the second. A crash is
written as ``crash-*`` in the current folder: add it to ``corpus/`` and it
becomes a regression case, since ``tests/test_reliability.py`` replays every
file there through :func:`check_one` (without atheris).

Without atheris installed the script says so and exits 0, so a benchmark
command can call it unconditionally.

``--replay FOLDER...`` runs :func:`check_one` on every file in the folders
and exits, atheris or not.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BLANK = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
DAY = datetime.date(2021, 8, 19)


def records_in(value: Any) -> Iterator[Any]:
    """Every record inside ``value``, ``value`` included."""
    import attrs  # noqa: PLC0415 - imported after atheris starts instrumenting

    if isinstance(value, tuple):
        for item in value:
            yield from records_in(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from records_in(getattr(value, field.name))


def check_spans(text: str, result: object) -> None:
    """Every span is inside ``text``; a record's span slices to its ``raw``."""
    from newsparse import Mention, Span  # noqa: PLC0415

    for record in records_in(result):
        if isinstance(record, Span):
            assert 0 <= record.start <= record.end <= len(text), record
        raw = getattr(record, "raw", None)
        span = getattr(record, "span", None)
        if isinstance(raw, str) and isinstance(span, Span):
            assert span.slice(text) == raw, record
        if isinstance(record, Mention):
            assert record.span.slice(text) == record.text, record


def check_partition(text: str, article: Any) -> None:
    """Blocks are ordered, disjoint, and hold every non-blank character."""
    covered = bytearray(len(text))
    previous = 0
    for block in article.blocks:
        assert previous <= block.span.start < block.span.end <= len(text), block
        previous = block.span.end
        covered[block.span.start : block.span.end] = b"\x01" * len(block.span)
    for i, char in enumerate(text):
        if not covered[i]:
            assert char.isspace() or char in BLANK, (i, char)


def check_one(text: str) -> None:
    """Run every public function on ``text`` and check what must always hold."""
    import newsparse  # noqa: PLC0415
    from newsparse._names import title_case_name  # noqa: PLC0415
    from newsparse.dates import find_date, find_weekday, parse_date_line  # noqa: PLC0415
    from newsparse.people import split_name  # noqa: PLC0415

    article = newsparse.parse_article(text)
    check_partition(text, article)
    check_spans(text, article)
    assert newsparse.from_dict(newsparse.Article, newsparse.to_dict(article)) == article
    for result in (
        newsparse.parse_byline(text),
        newsparse.parse_dateline(text, year=2021),
        newsparse.parse_caption(text, published=DAY),
        newsparse.parse_contributors(text),
        newsparse.extract_people(text),
        newsparse.extract_quotes(text, people=article.people),
        find_date(text, year=2021),
        find_weekday(text, published=DAY),
        parse_date_line(text),
    ):
        check_spans(text, result)
    assert isinstance(title_case_name(text), str)
    given, family = split_name(text)
    assert given is None or isinstance(given, str)
    assert family is None or isinstance(family, str)


def decode(data: bytes) -> str:
    """Fuzzer bytes as text: UTF-8 with lone surrogates for the bad bytes."""
    return data.decode("utf-8", "surrogateescape")


def test_one_input(data: bytes) -> None:
    """The atheris entry point."""
    check_one(decode(data))


def replay(folders: list[str]) -> int:
    """Check every file in ``folders``; return how many were checked."""
    count = 0
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if path.is_file():
                check_one(decode(path.read_bytes()))
                count += 1
    return count


def main() -> int:
    if sys.argv[1:2] == ["--replay"]:
        count = replay(sys.argv[2:])
        sys.stdout.write(f"replayed {count} inputs: all passed\n")
        return 0
    try:
        import atheris  # noqa: PLC0415
    except ImportError:
        sys.stdout.write("atheris is not installed (pip install atheris): fuzzing skipped\n")
        return 0
    with atheris.instrument_imports():
        import newsparse  # noqa: PLC0415
        import newsparse._names  # noqa: PLC0415
        import newsparse.dates  # noqa: PLC0415
        import newsparse.people  # noqa: F401, PLC0415
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0  # pragma: no cover - atheris.Fuzz exits the process


if __name__ == "__main__":
    sys.exit(main())
