"""The ``newsparse`` command: parse article files and print their structure as JSON.

    newsparse FILE... [--pretty] [--encoding NAME] [--fields NAMES | --compact] [-o FILE]
    newsparse FILE --html [-o page.html]
    newsparse batch IN... [-o OUT.jsonl] [--jobs N] [--resume] ...
    newsparse table KIND IN... [-o FILE] [--format csv|tsv|jsonl] ...

``batch`` or ``table`` as the first word runs that command (see
:mod:`newsparse._batch_cli`; ``newsparse batch --help``); parse a file named
``batch`` or ``table`` as ``./batch``.

Prints one JSON object per file, ``{"path": ..., "article": {...}}``, one a
line (or indented with ``--pretty``), to standard output or ``-o FILE``.
``-`` reads standard input. Files are decoded as UTF-8 unless ``--encoding``
names another codec (``latin-1``, ``cp1252``, ``utf-16``, ...). A file that
cannot be read, a directory, binary data (an image, a PDF, an archive, NUL
bytes) or bytes that do not decode give a one-line error on standard error
naming the file; the other files are still parsed and the exit status is 2.
A file that looks like JSON Lines or HTML is parsed all the same, with a hint
on standard error. ``--html`` prints one file's HTML view instead (see
:func:`newsparse.render_html`), as UTF-8 whatever the terminal's encoding,
since the page says ``charset="utf-8"``.

A closed pipe (``newsparse ... | head``) ends the command quietly with
status 0, as other Unix tools do; Ctrl-C ends it with status 130.
"""

from __future__ import annotations

import argparse
import codecs
import io
import itertools
import json
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import regex

from . import __version__
from ._batch_cli import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_STATUS_HELP,
    EXIT_UNREADABLE,
    JSONL_SUFFIXES,
    add_field_options,
    batch_main,
    chosen_fields,
    table_main,
)
from ._convert import iter_json
from ._html import render_html
from .article import parse_article
from .batch import article_fields

__all__ = ["main"]

COMMANDS = {"batch": batch_main, "table": table_main}

USAGE = """\
newsparse [options] FILE...
       newsparse batch IN... [options]        (newsparse batch --help)
       newsparse table KIND IN... [options]   (newsparse table --help)"""

EPILOG = f"""\
commands:
  newsparse FILE...           parse article files: one JSON object a file
      newsparse story.txt
      newsparse --pretty -o story.json story.txt
  newsparse batch IN...       JSON Lines, folders or globs of .txt in; JSON Lines out,
                              one line a record, on every core with --jobs auto
      newsparse batch archive.jsonl -o parsed.jsonl --jobs auto
      newsparse batch 'crawl/**/*.txt' --compact -o parsed.jsonl
  newsparse table KIND IN...  one row per quote, person, caption or article, as CSV
      newsparse table quotes archive.jsonl -o quotes.csv
      newsparse table people story.txt --format tsv

  A file named batch or table is parsed as ./batch, ./table.

{EXIT_STATUS_HELP}"""

# Binary formats an article's text is often mistaken for, by their first bytes.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF document: extract its text first (pdftotext FILE -)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx, .xlsx, .epub): extract its text first"),
    (b"\xd0\xcf\x11\xe0", "an Office document (.doc, .xls): extract its text first"),
    (b"\x1f\x8b", "gzip-compressed: decompress it first (zcat FILE | newsparse -)"),
    (b"BZh", "bzip2-compressed: decompress it first (bzcat FILE | newsparse -)"),
    (b"\xfd7zXZ\x00", "xz-compressed: decompress it first (xzcat FILE | newsparse -)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed: decompress it first (zstdcat FILE | newsparse -)"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
CONTROL_BYTES = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}
"""Bytes that text has almost never: C0 controls other than tab, line ends and escape."""

LEADING_SPACE = regex.compile(r"[\ufeff\s]*")
HTML_OPENING = regex.compile(r"(?i:<!doctype\s+html|<html[\s>])")
HTML_TAG = regex.compile(r"<(?i:html|head|body|div|p|span|a|meta|script|link|br)[\s/>]")
HTML_TAGS = 5
"""A text with this many tags of a page in its first ``HTML_READ`` characters is HTML."""
HTML_READ = 100_000


class _BinaryError(ValueError):
    """The file holds binary data, not an article's text."""


def _read(name: str, encoding: str = "utf-8") -> str:
    """The text of file ``name`` (``-`` for stdin), decoded with ``encoding``.

    Line endings are kept as written, so every span indexes the file's text.
    Raises :class:`_BinaryError` for data that is no text in any encoding.
    """
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    for signature, what in SIGNATURES:
        if data.startswith(signature):
            msg = f"binary data, not text: {what}"
            raise _BinaryError(msg)
    wide = encoding.startswith(("utf-16", "utf-32"))  # whose text holds NUL bytes
    nul = -1 if wide else data.find(b"\x00")
    if nul >= 0:
        msg = f"binary data, not text (a NUL byte at byte {nul})"
        raise _BinaryError(msg)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        sample = data[:4096]
        if not wide and sum(b in CONTROL_BYTES for b in sample) > len(sample) / 20:
            msg = "binary data, not text (control bytes throughout)"
            raise _BinaryError(msg) from None
        raise
    nul = text.find("\x00")
    if nul >= 0:
        msg = f"binary data, not text (a NUL character at {nul})"
        raise _BinaryError(msg)
    return text


def _hint(name: str, text: str) -> str | None:
    """A hint when ``text`` is not the plain text of an article but JSON Lines or HTML."""
    start = LEADING_SPACE.match(text).end()  # type: ignore[union-attr] # it matches anywhere
    end = text.find("\n", start)
    first = text[start : end if end >= 0 else len(text)].strip()
    looks_jsonl = _jsonl_name(name) and Path(name).suffix.lower() != ".json"
    if not looks_jsonl and first.startswith("{"):
        try:
            looks_jsonl = isinstance(json.loads(first), dict)
        except ValueError:
            looks_jsonl = False
    if looks_jsonl:
        stdin = name != "-" and not _jsonl_name(name)  # batch reads it as JSON Lines from stdin
        batch = f"newsparse batch - < {name}" if stdin else f"newsparse batch {name}"
        return (
            "looks like JSON Lines (one JSON object a line), parsed as one article: "
            f"{batch} parses each record's text"
        )
    head = text[start : start + HTML_READ]
    tags = sum(1 for _ in zip(range(HTML_TAGS), HTML_TAG.finditer(head)))
    if HTML_OPENING.match(head) is not None or tags == HTML_TAGS:
        return (
            "looks like HTML, parsed as text: newsparse reads an article's plain text; "
            "extract it from the page first (trafilatura, or a browser's reader view)"
        )
    return None


def _jsonl_name(name: str) -> bool:
    """Whether ``newsparse batch`` reads the file ``name`` as JSON Lines (by its suffix)."""
    return Path(name).suffix.lower() in JSONL_SUFFIXES


def _codec(name: str) -> str:
    """``name`` if Python has a text codec of that name (for ``--encoding``)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        msg = f"unknown encoding {name!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if not info._is_text_encoding:  # noqa: SLF001 - the documented way to tell rot13/zlib apart
        msg = f"{name!r} is not a text encoding"
        raise argparse.ArgumentTypeError(msg)
    return info.name


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        usage=USAGE,
        description="Parse news articles (plain text) and print their structure as JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="article files (plain text); - for stdin"
    )
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="write to FILE (default: standard output)",
    )
    parser.add_argument(
        "--pretty", action="store_true", help="indent the JSON (default: one line a file)"
    )
    parser.add_argument(
        "--encoding",
        type=_codec,
        default="utf-8",
        metavar="NAME",
        help="decode the files with this codec, e.g. latin-1, cp1252, utf-16 (default: utf-8)",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="print one FILE as a self-contained HTML page instead of JSON (default: JSON)",
    )
    add_field_options(parser)
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return parser


def _parse_files(argv: Sequence[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.html and len(args.files) > 1:
        parser.error("--html shows one FILE a page; give one FILE")
    if args.html and (args.fields or args.compact):
        parser.error("--fields and --compact choose JSON fields; --html prints a page")
    out_path = None if args.output == "-" else Path(args.output)
    if out_path is not None:
        if out_path.is_dir():
            parser.error(f"-o {args.output}: is a directory")
        for name in args.files:
            same = name != "-" and out_path.exists() and Path(name).exists()
            if same and out_path.samefile(name):
                parser.error(f"-o {args.output} is also a FILE: name another output file")
    fields = chosen_fields(args)

    status = EXIT_OK
    out: IO[bytes] | None = None
    try:
        for name in args.files:
            text, error = _load(name, args.encoding)
            if text is None:
                print(f"newsparse: {name}: {error}", file=sys.stderr)
                status = EXIT_UNREADABLE
                continue
            hint = _hint(name, text)
            if hint is not None:
                print(f"newsparse: {name}: {hint}", file=sys.stderr)
            if args.html:
                pieces: Iterable[str] = (render_html(text),)
            else:
                record = {"path": name, "article": article_fields(parse_article(text), fields)}
                pieces = itertools.chain(iter_json(record, indent=2 if args.pretty else None), "\n")
            if out is None:
                out = _open(parser, out_path)
            _write(out, pieces)
    finally:
        if out is not None and out_path is not None:
            out.close()
    return status


def _write(out: IO[bytes], pieces: Iterable[str]) -> None:
    """Write ``pieces`` as UTF-8 in chunks of about 64 kB, then flush.

    The JSON of a long article is several times its text; written as it is
    made, it never exists whole.
    """
    chunk: list[str] = []
    size = 0
    for piece in pieces:
        chunk.append(piece)
        size += len(piece)
        if size >= 1 << 16:
            out.write("".join(chunk).encode("utf-8"))
            chunk.clear()
            size = 0
    out.write("".join(chunk).encode("utf-8"))
    out.flush()


class _TextOut(io.RawIOBase):
    """Bytes written to a text stream without a binary buffer (a doctest's stdout)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.stream.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self.stream.flush()


def _open(parser: argparse.ArgumentParser, path: Path | None) -> IO[bytes]:
    """The output: ``path``, opened when the first result is ready, or standard output.

    Standard output is written as UTF-8 bytes whatever the terminal's encoding:
    JSON is UTF-8, and the page says ``charset="utf-8"``.
    """
    if path is None:
        sys.stdout.flush()
        binary = getattr(sys.stdout, "buffer", None)
        return binary if binary is not None else _TextOut(sys.stdout)  # type: ignore[return-value]
    try:
        return path.open("wb")
    except OSError as exc:
        parser.error(f"-o {path}: {exc.strerror or exc}")


def _load(name: str, encoding: str) -> tuple[str, None] | tuple[None, str]:
    """``(text, None)`` of file ``name``, or ``(None, why it cannot be read)``."""
    try:
        return _read(name, encoding), None
    except IsADirectoryError:
        return None, "is a directory"
    except UnicodeError as exc:
        codec = "UTF-8" if encoding == "utf-8" else encoding
        why = f"byte {exc.start}: {exc.reason}" if isinstance(exc, UnicodeDecodeError) else exc
        return None, f"not {codec} text ({why}); name its encoding with --encoding"
    except _BinaryError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, exc.strerror or str(exc)


def _quiet_stdout() -> None:
    """After a closed pipe: send what is left in stdout's buffer to /dev/null.

    The interpreter flushes stdout once more at exit; on the closed pipe that
    would print "Exception ignored ... BrokenPipeError" (the Python docs'
    "Note on SIGPIPE").
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a stdout without a file (a test's capture)
        return


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    0 when everything parsed; 1 when some records of ``batch`` or ``table``
    failed; 2 for bad usage or an input that could not be read; 130 after
    Ctrl-C. A closed pipe ends it quietly with 0.
    """
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        command = COMMANDS.get(words[0]) if words else None
        status = command(words[1:]) if command is not None else _parse_files(words)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return status


if __name__ == "__main__":
    sys.exit(main())
