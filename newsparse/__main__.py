"""The ``newsparse`` command: parse article files and print their structure as JSON.

    newsparse FILE... [--pretty]

Prints one JSON object per file, ``{"path": ..., "article": {...}}``, one a
line (or indented with ``--pretty``). ``-`` reads standard input. A file that
cannot be read, a directory, or bytes that are not UTF-8 give a one-line
error on standard error naming the file; the other files are still parsed
and the exit status is 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from ._convert import to_dict
from .article import parse_article

__all__ = ["main"]


def _read(name: str) -> str:
    """The text of file ``name`` (``-`` for stdin), decoded as UTF-8.

    Line endings are kept as written, so every span indexes the file's text.
    """
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data.decode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse news articles (plain text) and print their structure as JSON.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; - for stdin")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    args = parser.parse_args(argv)

    status = 0
    for name in args.files:
        try:
            text = _read(name)
        except IsADirectoryError:
            error = "is a directory"
        except UnicodeDecodeError as exc:
            error = f"not UTF-8 text (byte {exc.start}: {exc.reason}); decode it first"
        except OSError as exc:
            error = exc.strerror or str(exc)
        else:
            record = {"path": name, "article": to_dict(parse_article(text))}
            print(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None))
            continue
        print(f"newsparse: {name}: {error}", file=sys.stderr)
        status = 2
    return status


if __name__ == "__main__":
    sys.exit(main())
