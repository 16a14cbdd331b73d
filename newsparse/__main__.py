"""The ``newsparse`` command: parse article files and print their structure as JSON.

    newsparse FILE... [--pretty] [--encoding NAME]
    newsparse FILE --html > page.html
    newsparse batch IN.jsonl -o OUT.jsonl [--jobs N] [--resume] ...

``batch`` as the first word runs the batch command (see
:mod:`newsparse._batch_cli`; ``newsparse batch --help``); parse a file named
``batch`` as ``./batch``.

Prints one JSON object per file, ``{"path": ..., "article": {...}}``, one a
line (or indented with ``--pretty``). ``-`` reads standard input. Files are
decoded as UTF-8 unless ``--encoding`` names another codec (``latin-1``,
``cp1252``, ``utf-16``, ...). A file that cannot be read, a directory, binary
data (a NUL character) or bytes that do not decode give a one-line error on
standard error naming the file; the other files are still parsed and the
exit status is 2. ``--html`` prints one file's HTML view instead (see
:func:`newsparse.render_html`), as UTF-8 whatever the terminal's encoding,
since the page says ``charset="utf-8"``.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from ._batch_cli import batch_main
from ._convert import to_dict
from ._html import render_html
from .article import parse_article

__all__ = ["main"]


class _BinaryError(ValueError):
    """The file decodes, but holds a NUL: binary data, not an article."""


def _read(name: str, encoding: str = "utf-8") -> str:
    """The text of file ``name`` (``-`` for stdin), decoded with ``encoding``.

    Line endings are kept as written, so every span indexes the file's text.
    """
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    text = data.decode(encoding)
    nul = text.find("\x00")
    if nul >= 0:
        msg = f"binary data (a NUL character at {nul}), not text"
        raise _BinaryError(msg)
    return text


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words[:1] == ["batch"]:
        return batch_main(words[1:])
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news articles (plain text) and print their structure as JSON.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; - for stdin")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    parser.add_argument(
        "--encoding",
        type=_codec,
        default="utf-8",
        metavar="NAME",
        help="decode the files with this codec (default: utf-8)",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="print the file as one self-contained HTML page instead of JSON",
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    args = parser.parse_args(argv)
    if args.html and len(args.files) > 1:
        parser.error("--html shows one FILE a page; give one FILE")

    status = 0
    for name in args.files:
        try:
            text = _read(name, args.encoding)
        except IsADirectoryError:
            error = "is a directory"
        except UnicodeError as exc:
            codec = "UTF-8" if args.encoding == "utf-8" else args.encoding
            why = f"byte {exc.start}: {exc.reason}" if isinstance(exc, UnicodeDecodeError) else exc
            error = f"not {codec} text ({why}); name its encoding with --encoding"
        except _BinaryError as exc:
            error = str(exc)
        except OSError as exc:
            error = exc.strerror or str(exc)
        else:
            if args.html:
                sys.stdout.flush()
                sys.stdout.buffer.write(render_html(text).encode("utf-8"))
                sys.stdout.buffer.flush()
                continue
            record = {"path": name, "article": to_dict(parse_article(text))}
            print(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None))
            continue
        print(f"newsparse: {name}: {error}", file=sys.stderr)
        status = 2
    return status


if __name__ == "__main__":
    sys.exit(main())
