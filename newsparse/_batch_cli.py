"""``newsparse batch`` and ``newsparse table``: many articles in, JSON Lines or a table out.

    newsparse batch IN... [-o OUT.jsonl] [--jobs N] [--fields NAMES | --compact]
                          [--text-field text] [--id-field id] [--resume] [--quiet]
    newsparse table KIND IN... [-o FILE] [--format csv|tsv|jsonl] [--jobs N] ...

Each ``IN`` is a JSON Lines file (``.jsonl``, ``.ndjson``, ``.json``; ``-``
for standard input), a directory (its ``*.txt`` files, sorted) or a glob
pattern (``'archive/**/*.txt'``, quoted so the shell leaves it alone), or one
plain-text file. A JSON Lines record gives the article in ``--text-field``
and its id in ``--id-field`` (the line number, from 1, when it has none); a
plain-text file is one article whose id is its path.

``batch`` writes one line per input record to ``OUT`` (standard output by
default), in input order: ``{"id": ..., "article": {...}}`` (see
:func:`newsparse.to_dict`; only the ``--fields`` named, or all but
``blocks`` with ``--compact``), or ``{"id": ..., "error": {"type": ...,
"message": ...}}`` for a record that could not be read or parsed; the others
go on. Each line is written whole and flushed, so an interrupted run (Ctrl-C)
leaves only complete lines; ``--resume`` then appends to ``OUT`` and skips
every id already there (a torn last line, from a harder kill, is cut off
first).

``table`` writes one row per quote, person, caption or article (see
:mod:`newsparse.tables`), as CSV (the default), TSV or JSON Lines; a record
that could not be read or parsed is reported on standard error (and is an
``articles`` row with its ``error``).

On standard error: a progress line (count, rate, ETA) when it is a terminal
and ``--quiet`` is not given, then a summary unless ``--quiet``. The exit
status is 0; 1 when any record failed; 2 for bad usage or an input that could
not be read at all; 130 after an interruption.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import datetime
import glob
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, Literal, TextIO, get_args

import attrs

from . import __version__
from .batch import (
    ARTICLE_FIELDS,
    DEFAULT_CHUNKSIZE,
    Failure,
    check_fields,
    parse_many,
    read_json_line,
    result_line,
)
from .errors import NewsparseError
from .tables import TABLE_COLUMNS, TableKind, rows

if TYPE_CHECKING:
    from ._types import Article

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_UNREADABLE",
    "EXIT_USAGE",
    "batch_main",
    "cpu_count",
    "table_main",
]

EXIT_OK = 0
EXIT_FAILED = 1  # some records failed: each has its error line; the rest were parsed
EXIT_USAGE = 2  # argparse's own status for bad usage
EXIT_UNREADABLE = 2  # an input that could not be read at all
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PROGRESS_EVERY = 0.2  # seconds between progress line updates
COMPACT_LEAVES_OUT = ("blocks",)
TableFormat = Literal["csv", "tsv", "jsonl"]

EXIT_STATUS_HELP = """\
exit status:
  0    every record parsed
  1    some records failed: each has its error (an error line, a message on
       standard error); the others were parsed
  2    bad usage, or an input that could not be read: missing, not readable,
       binary or not in its encoding (newsparse FILE), a directory without
       .txt files (batch, table)
  130  interrupted (Ctrl-C); batch --resume goes on from there
  A closed pipe (newsparse ... | head) ends quietly with status 0."""


def cpu_count() -> int:
    """The cores this process may run on (its affinity where the system says)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counted is not None:
        return int(counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _jobs(value: str) -> int:
    """``--jobs``: a number of worker processes, ``0`` or ``auto`` for one per core."""
    if value.strip().lower() in {"0", "auto"}:
        return cpu_count()
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 1:
        msg = f"expected a positive number, 0 or auto, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        msg = f"expected a positive number, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _field_list(value: str) -> tuple[str, ...]:
    """``--fields``: comma-separated Article field names."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    try:
        chosen = check_fields(names)
    except NewsparseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not chosen:
        msg = f"name at least one field: {', '.join(ARTICLE_FIELDS)}"
        raise argparse.ArgumentTypeError(msg)
    return chosen


def add_field_options(parser: argparse.ArgumentParser) -> None:
    """``--fields`` and ``--compact``, shared by ``newsparse FILE`` and ``batch``."""
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument(
        "--fields",
        type=_field_list,
        metavar="NAMES",
        help=(
            "keep only these article fields, comma-separated, e.g. "
            "headline,published,byline,quotes,people (default: every field)"
        ),
    )
    chosen.add_argument(
        "--compact",
        action="store_true",
        help=(
            "leave out blocks, the partition of the text, whose texts repeat the headline, "
            "paragraphs and captions: about a quarter smaller (default: every field)"
        ),
    )


def chosen_fields(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The fields ``--fields`` or ``--compact`` keep (``None``: all)."""
    if args.fields:
        return tuple(args.fields)
    if args.compact:
        return tuple(name for name in ARTICLE_FIELDS if name not in COMPACT_LEAVES_OUT)
    return None


# --- reading the inputs ---------------------------------------------------------


@attrs.frozen
class _Source:
    kind: Literal["jsonl", "text"]
    path: Path | None  # None: standard input


@attrs.define
class _Item:
    """One input record: its id and the error that kept it from the parser."""

    id: Any
    error: tuple[str, str] | None = None


@attrs.define
class _Stats:
    articles: int = 0
    failures: int = 0
    skipped: int = 0
    unreadable: int = 0
    rows: int = 0
    total: int | None = None


def _kind_of(path: Path) -> Literal["jsonl", "text"]:
    return "jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "text"


def _inputs(names: Sequence[str]) -> tuple[list[_Source], list[str]]:
    """The sources the names stand for, and a message for each name that stands for none."""
    sources: list[_Source] = []
    problems: list[str] = []
    for name in names:
        path = Path(name)
        if name == "-":
            sources.append(_Source("jsonl", None))
        elif path.is_dir():
            found = sorted(path.glob("*.txt"))
            if not found:
                problems.append(f"{name}: a directory without .txt files")
            sources += [_Source("text", child) for child in found]
        elif path.exists():
            sources.append(_Source(_kind_of(path), path))
        else:
            matches = sorted(glob.glob(name, recursive=True))  # noqa: PTH207 - a user's pattern
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                pattern = any(c in name for c in "*?[")
                problems.append(
                    f"{name}: no file matches this pattern" if pattern else f"{name}: no such file"
                )
            sources += [_Source(_kind_of(child), child) for child in files]
    return sources, problems


def _count(sources: list[_Source]) -> int | None:
    """How many records the inputs hold, for the ETA (``None`` for stdin)."""
    total = 0
    for source in sources:
        if source.path is None:
            return None
        if source.kind == "text":
            total += 1
            continue
        try:
            with source.path.open("rb") as stream:
                total += sum(1 for line in stream if line.strip())
        except OSError:
            continue  # reported when it is read
    return total


def _records(
    sources: list[_Source],
    args: argparse.Namespace,
    done: set[str],
    items: collections.deque[_Item],
    stats: _Stats,
    warn: Callable[[str], None],
) -> Iterator[str]:
    """The texts to parse; each one's id (or read error) is queued on ``items``.

    A record that cannot be read gives an empty text, so the parser's results
    stay in step with ``items``; its error is written instead of the article.
    A JSON Lines file that cannot be opened is reported with ``warn``.
    """
    for source in sources:
        path = source.path
        if source.kind == "text":
            assert path is not None  # noqa: S101 - only JSON Lines come from stdin
            key = str(path)
            if json.dumps(key) in done:
                stats.skipped += 1
                continue
            try:
                text = path.read_bytes().decode("utf-8")
            except (OSError, UnicodeError) as exc:
                items.append(_Item(key, (type(exc).__name__, str(exc))))
                yield ""
            else:
                items.append(_Item(key))
                yield text
            continue
        try:
            stream = sys.stdin.buffer if path is None else path.open("rb")
        except OSError as exc:
            stats.unreadable += 1
            warn(f"{path}: {exc.strerror or exc}")
            continue
        try:
            number = 0
            for raw in stream:
                if not raw.strip():
                    continue
                number += 1
                key, text, error = read_json_line(
                    raw, number=number, text_field=args.text_field, id_field=args.id_field
                )
                if json.dumps(key) in done:
                    stats.skipped += 1
                    continue
                items.append(_Item(key, error))
                yield text
        finally:
            if path is not None:
                stream.close()


def _done_ids(path: Path) -> set[str]:
    """The ids (as JSON) of the complete lines of ``path``; cut off a torn last line."""
    if not path.exists():
        return set()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with path.open("r+b") as stream:
            stream.truncate(end)
    ids = set()
    for line in data[:end].splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "id" in record:
            ids.add(json.dumps(record["id"]))
    return ids


def _progress(stats: _Stats, started: float) -> str:
    elapsed = time.perf_counter() - started
    done = stats.articles + stats.failures
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done:,} parsed, {stats.failures:,} failures, {rate:,.0f} articles/s"
    if stats.total is not None:
        left = max(stats.total - stats.skipped - done, 0)
        eta = f"{left / rate:,.0f} s" if rate > 0 else "?"
        line = f"{done + stats.skipped:,}/{stats.total:,} ({line}), ETA {eta}"
    return line


# --- the options both commands share -----------------------------------------------


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the epilog's examples as written."""


def _add_input_options(parser: argparse.ArgumentParser, *, output: str) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="IN",
        help=(
            "a .jsonl/.ndjson file (- for standard input), a directory of .txt files, "
            "a quoted glob ('archive/**/*.txt') or a text file"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar=output,
        help=f"write to {output} (default: standard output)",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes; 0 or auto for one per core (default: 1, in this process)",
    )
    parser.add_argument(
        "--chunksize",
        type=_positive,
        default=DEFAULT_CHUNKSIZE,
        metavar="N",
        help=f"texts sent to a worker at a time (default: {DEFAULT_CHUNKSIZE})",
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="the field of a JSON Lines record that holds the article's text (default: text)",
    )
    parser.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="the field that holds its id (default: id; the line number when absent)",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="no progress line and no summary on standard error (default: a summary, "
        "and a progress line when standard error is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse batch",
        description=(
            "Parse many articles (JSON Lines, or plain-text files) into JSON Lines:\n"
            "one line per record, in input order."
        ),
        epilog=f"""\
examples:
  newsparse batch archive.jsonl -o parsed.jsonl --jobs auto
  newsparse batch 'crawl/**/*.txt' --compact -o parsed.jsonl
  zcat dump.jsonl.gz | newsparse batch - --text-field body --id-field url > parsed.jsonl

{EXIT_STATUS_HELP}""",
        formatter_class=_HelpFormatter,
    )
    _add_input_options(parser, output="OUT")
    add_field_options(parser)
    parser.add_argument(
        "--resume",
        action="store_true",
        help="append to OUT and skip the ids already in it, after an interruption "
        "(needs -o; default: OUT is overwritten)",
    )
    return parser


def _table_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse table",
        description=(
            "One row per quote, person, caption or article, with its article's id\n"
            "and offsets: a table for a spreadsheet."
        ),
        epilog=f"""\
kinds (the columns, in order):
{_columns_help()}

examples:
  newsparse table quotes archive.jsonl -o quotes.csv
  newsparse table people story.txt --format tsv

{EXIT_STATUS_HELP}""",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument(
        "kind",
        choices=list(TABLE_COLUMNS),
        metavar="KIND",
        help="what a row is: " + ", ".join(TABLE_COLUMNS),
    )
    _add_input_options(parser, output="FILE")
    parser.add_argument(
        "--format",
        choices=list(get_args(TableFormat)),
        default="csv",
        help="csv, tsv or jsonl (default: csv, UTF-8 with a header row)",
    )
    return parser


def _columns_help() -> str:
    lines = []
    for kind, columns in TABLE_COLUMNS.items():
        lines.append(f"  {kind:9} {', '.join(columns)}")
    return "\n".join(lines)


def _check_output(
    parser: argparse.ArgumentParser, args: argparse.Namespace, sources: list[_Source]
) -> None:
    """Refuse an output file that is also an input: opening it would empty it."""
    if args.output == "-":
        return
    out = Path(args.output)
    if out.is_dir():
        parser.error(f"-o {args.output}: is a directory")
    if not out.exists():
        return
    for source in sources:
        if source.path is not None and source.path.exists() and out.samefile(source.path):
            parser.error(f"-o {args.output} is also an input: name another output file")


def _open_output(parser: argparse.ArgumentParser, name: str, mode: str) -> IO[str]:
    if name == "-":
        return sys.stdout
    try:
        return Path(name).open(mode, encoding="utf-8", newline="")
    except OSError as exc:
        parser.error(f"-o {name}: {exc.strerror or exc}")


# --- running ------------------------------------------------------------------------


def _run(
    args: argparse.Namespace,
    sources: list[_Source],
    done: set[str],
    stats: _Stats,
    command: str,
    each: Callable[[_Item, Article | Failure, int], None],
) -> tuple[bool, float]:
    """Parse every record of ``sources``, calling ``each(item, result, position)``.

    Returns whether the run was interrupted (Ctrl-C), and how many seconds it took.
    """
    show_progress = not args.quiet and sys.stderr.isatty()
    if show_progress:
        stats.total = _count(sources)
    interrupted = False

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        nonlocal interrupted
        interrupted = True

    def warn(message: str) -> None:
        if show_progress:
            sys.stderr.write("\r\x1b[K")
        sys.stderr.write(f"newsparse {command}: {message}\n")

    previous = signal.signal(signal.SIGINT, on_sigint)
    started = shown = time.perf_counter()
    items: collections.deque[_Item] = collections.deque()
    texts = _records(sources, args, done, items, stats, warn)
    results = parse_many(texts, workers=args.jobs, chunksize=args.chunksize)
    position = 0
    try:
        for result in results:
            item = items.popleft()
            if item.error is not None:
                result = Failure(index=position, error=item.error[0], message=item.error[1])  # noqa: PLW2901
            if isinstance(result, Failure):
                stats.failures += 1
            else:
                stats.articles += 1
            each(item, result, position)
            position += 1
            if show_progress and time.perf_counter() - shown > PROGRESS_EVERY:
                shown = time.perf_counter()
                sys.stderr.write(f"\r\x1b[K{_progress(stats, started)}")
                sys.stderr.flush()
            if interrupted:
                break
    finally:
        results.close()  # cancels the chunks not yet parsed
        signal.signal(signal.SIGINT, previous)
    if show_progress:
        sys.stderr.write("\r\x1b[K")
    return interrupted, time.perf_counter() - started


def _status(stats: _Stats, *, interrupted: bool) -> int:
    if interrupted:
        return EXIT_INTERRUPTED
    if stats.unreadable:
        return EXIT_UNREADABLE
    return EXIT_FAILED if stats.failures else EXIT_OK


def _report(problems: list[str], command: str, stats: _Stats) -> None:
    for problem in problems:
        sys.stderr.write(f"newsparse {command}: {problem}\n")
    stats.unreadable += len(problems)


def batch_main(argv: Sequence[str]) -> int:
    """Run ``newsparse batch`` with ``argv`` (the words after ``batch``)."""
    parser = _batch_parser()
    args = parser.parse_args(argv)
    if args.resume and args.output == "-":
        parser.error("--resume needs -o OUT: the ids to skip are read from it")
    sources, problems = _inputs(args.inputs)
    stats = _Stats()
    _report(problems, "batch", stats)
    if not sources:
        return EXIT_UNREADABLE
    _check_output(parser, args, sources)
    fields = chosen_fields(args)

    out_path = None if args.output == "-" else Path(args.output)
    done = _done_ids(out_path) if args.resume and out_path is not None else set()
    out = _open_output(parser, args.output, "a" if args.resume else "w")

    def write(item: _Item, result: Article | Failure, _position: int) -> None:
        out.write(json.dumps(result_line(item.id, result, fields), ensure_ascii=False) + "\n")
        out.flush()

    try:
        interrupted, seconds = _run(args, sources, done, stats, "batch", write)
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet:
        rate = stats.articles / seconds if seconds > 0 else 0.0
        summary = (
            f"newsparse batch: {stats.articles:,} articles, {stats.failures:,} failures, "
            f"{seconds:.1f} s, {rate:,.0f} articles/s"
        )
        if stats.skipped:
            summary += f", {stats.skipped:,} skipped (already in {args.output})"
        if interrupted:
            summary += "; interrupted: --resume goes on from here"
        sys.stderr.write(summary + "\n")
    return _status(stats, interrupted=interrupted)


def _cell(value: object) -> str:
    """A value as a CSV cell: empty for ``None``, ``true``/``false``, ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _json_value(value: object) -> object:
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


class _TableWriter:
    """Rows out as CSV or TSV (with a header row) or JSON Lines."""

    def __init__(self, out: TextIO | IO[str], kind: TableKind, form: TableFormat) -> None:
        self.out = out
        self.columns = TABLE_COLUMNS[kind]
        self.form = form
        self.csv = None
        if form != "jsonl":
            dialect = "excel-tab" if form == "tsv" else "excel"
            self.csv = csv.writer(out, dialect=dialect, lineterminator="\n")
            self.csv.writerow(self.columns)

    def write(self, table: list[dict[str, Any]]) -> None:
        if self.csv is not None:
            self.csv.writerows([_cell(row[c]) for c in self.columns] for row in table)
        else:
            for row in table:
                record = {c: _json_value(row[c]) for c in self.columns}
                self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.out.flush()


def table_main(argv: Sequence[str]) -> int:
    """Run ``newsparse table`` with ``argv`` (the words after ``table``)."""
    parser = _table_parser()
    args = parser.parse_args(argv)
    sources, problems = _inputs(args.inputs)
    stats = _Stats()
    _report(problems, "table", stats)
    if not sources:
        return EXIT_UNREADABLE
    _check_output(parser, args, sources)
    out = _open_output(parser, args.output, "w")
    writer = _TableWriter(out, args.kind, args.format)

    def write(item: _Item, result: Article | Failure, _position: int) -> None:
        if isinstance(result, Failure):
            sys.stderr.write(f"newsparse table: {item.id}: {result.error}: {result.message}\n")
        table = rows(result, args.kind, article_id=item.id)
        stats.rows += len(table)
        writer.write(table)

    try:
        interrupted, seconds = _run(args, sources, set(), stats, "table", write)
    finally:
        if out is not sys.stdout:
            with contextlib.suppress(OSError):
                out.close()
    if not args.quiet:
        articles = f"{stats.articles:,} article{'' if stats.articles == 1 else 's'}"
        failures = f"{stats.failures:,} failure{'' if stats.failures == 1 else 's'}"
        summary = (
            f"newsparse table: {stats.rows:,} rows of {args.kind} from {articles}, "
            f"{failures}, {seconds:.1f} s"
        )
        if interrupted:
            summary += "; interrupted"
        sys.stderr.write(summary + "\n")
    return _status(stats, interrupted=interrupted)
