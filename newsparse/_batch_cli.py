"""``newsparse batch``: parse a stream of articles into JSON Lines.

    newsparse batch IN... [-o OUT.jsonl] [--jobs N] [--text-field text]
                          [--id-field id] [--resume] [--quiet]

Each ``IN`` is a JSON Lines file (``.jsonl``, ``.ndjson``; ``-`` for
standard input), a directory (its ``*.txt`` files, sorted) or a glob pattern
(``'archive/**/*.txt'``, quoted so the shell leaves it alone), or one
plain-text file. A JSON Lines record gives the article in ``--text-field``
and its id in ``--id-field`` (the line number, from 1, when it has none); a
plain-text file is one article whose id is its path.

Writes one line per input record to ``OUT`` (standard output by default),
in input order: ``{"id": ..., "article": {...}}`` (see
:func:`newsparse.to_dict`), or ``{"id": ..., "error": {"type": ...,
"message": ...}}`` for a record that could not be read or parsed; the others
go on. Each line is written whole and flushed, so an interrupted run (Ctrl-C)
leaves only complete lines; ``--resume`` then appends to ``OUT`` and skips
every id already there (a torn last line, from a harder kill, is cut off
first).

On standard error: a progress line (count, rate, ETA) when it is a terminal
and ``--quiet`` is not given, then a summary (articles, failures, seconds,
articles/s) unless ``--quiet``. The exit status is 0, 2 when any record
failed, 130 after an interruption.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any

import attrs

from . import __version__
from ._convert import to_dict
from .batch import DEFAULT_CHUNKSIZE, Failure, parse_many

__all__ = ["batch_main"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PROGRESS_EVERY = 0.2  # seconds between progress line updates


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
    total: int | None = None


def _inputs(names: Sequence[str]) -> Iterator[tuple[str, Path | None]]:
    """``("jsonl", path)``, ``("jsonl", None)`` for stdin, or ``("text", path)``."""
    for name in names:
        path = Path(name)
        if name == "-":
            yield "jsonl", None
        elif path.is_dir():
            for child in sorted(path.glob("*.txt")):
                yield "text", child
        elif path.exists():
            yield ("jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "text"), path
        else:
            for match in sorted(glob.glob(name, recursive=True)):  # noqa: PTH207 - a user's pattern
                child = Path(match)
                if child.is_file():
                    yield ("jsonl" if child.suffix.lower() in JSONL_SUFFIXES else "text"), child


def _count(sources: list[tuple[str, Path | None]]) -> int | None:
    """How many records the inputs hold, for the ETA (``None`` for stdin)."""
    total = 0
    for kind, path in sources:
        if path is None:
            return None
        if kind == "text":
            total += 1
            continue
        with path.open("rb") as stream:
            total += sum(1 for line in stream if line.strip())
    return total


def _records(
    sources: list[tuple[str, Path | None]],
    args: argparse.Namespace,
    done: set[str],
    items: collections.deque[_Item],
    stats: _Stats,
) -> Iterator[str]:
    """The texts to parse; each one's id (or read error) is queued on ``items``.

    A record that cannot be read gives an empty text, so the parser's results
    stay in step with ``items``; its error is written instead of the article.
    """
    for kind, path in sources:
        if kind == "text":
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
        stream = sys.stdin.buffer if path is None else path.open("rb")
        try:
            number = 0
            for raw in stream:
                if not raw.strip():
                    continue
                number += 1
                item, text = _read_line(raw, number, args)
                if json.dumps(item.id) in done:
                    stats.skipped += 1
                    continue
                items.append(item)
                yield text
        finally:
            if path is not None:
                stream.close()


def _read_line(raw: bytes, number: int, args: argparse.Namespace) -> tuple[_Item, str]:
    try:
        record = json.loads(raw)
    except ValueError as exc:
        return _Item(number, ("JSONDecodeError", f"line {number}: {exc}")), ""
    if not isinstance(record, dict):
        msg = f"line {number}: a JSON object expected, got {type(record).__name__}"
        return _Item(number, ("TypeError", msg)), ""
    key = record.get(args.id_field, number)
    text = record.get(args.text_field)
    if not isinstance(text, str):
        what = "no" if text is None else f"a {type(text).__name__}, not a string, in"
        msg = f"line {number}: {what} field {args.text_field!r}"
        return _Item(key, ("KeyError" if text is None else "TypeError", msg)), ""
    return _Item(key), text


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse batch",
        description="Parse many articles (JSON Lines, or plain-text files) into JSON Lines.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="IN",
        help="a .jsonl file (- for stdin), a directory of .txt files, a glob, or a text file",
    )
    parser.add_argument("-o", "--output", default="-", metavar="OUT", help="default: stdout")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    parser.add_argument("--chunksize", type=int, default=DEFAULT_CHUNKSIZE, metavar="N")
    parser.add_argument("--text-field", default="text", metavar="NAME")
    parser.add_argument("--id-field", default="id", metavar="NAME")
    parser.add_argument("--resume", action="store_true", help="skip the ids already in OUT")
    parser.add_argument("--quiet", action="store_true", help="no progress, no summary")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def batch_main(argv: Sequence[str]) -> int:
    """Run ``newsparse batch`` with ``argv`` (the words after ``batch``)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.jobs < 1 or args.chunksize < 1:
        parser.error("--jobs and --chunksize take a positive number")
    if args.resume and args.output == "-":
        parser.error("--resume needs -o OUT: the ids to skip are read from it")
    sources = list(_inputs(args.inputs))
    if not sources:
        parser.error(f"no input found in {' '.join(args.inputs)}")

    stats = _Stats()
    show_progress = not args.quiet and sys.stderr.isatty()
    if show_progress:
        stats.total = _count(sources)
    out_path = None if args.output == "-" else Path(args.output)
    done = _done_ids(out_path) if args.resume and out_path is not None else set()

    interrupted = False

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        nonlocal interrupted
        interrupted = True

    previous = signal.signal(signal.SIGINT, on_sigint)
    started = time.perf_counter()
    items: collections.deque[_Item] = collections.deque()
    texts = _records(sources, args, done, items, stats)
    results = parse_many(texts, workers=args.jobs, chunksize=args.chunksize)
    out: IO[str]
    if out_path is None:
        out = sys.stdout
    else:
        out = out_path.open("a" if args.resume else "w", encoding="utf-8")
    shown = started
    try:
        for result in results:
            _write(out, items.popleft(), result, stats)
            if show_progress and time.perf_counter() - shown > PROGRESS_EVERY:
                shown = time.perf_counter()
                sys.stderr.write(f"\r\x1b[K{_progress(stats, started)}")
                sys.stderr.flush()
            if interrupted:
                break
    finally:
        results.close()  # cancels the chunks not yet parsed
        if out is not sys.stdout:
            out.close()
        signal.signal(signal.SIGINT, previous)
    seconds = time.perf_counter() - started
    if show_progress:
        sys.stderr.write("\r\x1b[K")
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
    if interrupted:
        return 130
    return 2 if stats.failures else 0


def _write(out: IO[str], item: _Item, result: object, stats: _Stats) -> None:
    record: dict[str, Any] = {"id": item.id}
    if item.error is not None:
        record["error"] = {"type": item.error[0], "message": item.error[1]}
    elif isinstance(result, Failure):
        record["error"] = {"type": result.error, "message": result.message}
    else:
        record["article"] = to_dict(result)
    if "error" in record:
        stats.failures += 1
    else:
        stats.articles += 1
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
