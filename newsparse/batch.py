"""Parse many articles: in order, streaming, on worker processes.

:func:`parse_many` takes any iterable of texts (a list, a generator over an
archive of ten million files) and yields one result per text, in input
order. A text that cannot be parsed gives a :class:`Failure` at its place
instead of an :class:`~newsparse.Article`, and the batch goes on.
:func:`parse_json_line` turns one line of JSON Lines into the line
``newsparse batch`` writes for it, never raising: the step to map over an
archive with Dask or Spark.

>>> from newsparse import Article, Failure, parse_many
>>> results = list(parse_many(["Storm hits coast\\n\\nA storm hit the coast.", b"bytes"]))
>>> isinstance(results[0], Article), results[0].headline
(True, 'Storm hits coast')
>>> results[1].index, results[1].error
(1, 'TypeError')
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import json
import multiprocessing
import multiprocessing.context
import signal
from collections.abc import Generator, Iterable
from typing import Any

import attrs

from ._convert import _plain
from ._types import Article
from .article import parse_article
from .errors import NewsparseError

__all__ = ["ARTICLE_FIELDS", "Failure", "parse_json_line", "parse_many"]

ARTICLE_FIELDS: tuple[str, ...] = tuple(field.name for field in attrs.fields(Article))
"""The fields of an :class:`~newsparse.Article`, in order: what ``fields=`` may name."""


DEFAULT_CHUNKSIZE = 64
"""Texts sent to a worker at a time: large enough that pickling and the trip
between processes cost little against parsing (~0.5 ms an article), small
enough that results come back steadily."""

CHUNKS_PER_WORKER = 2
"""Chunks in flight per worker: one being parsed, one queued, so no worker
waits for the next while the caller reads results."""


@attrs.frozen(kw_only=True)
class Failure:
    """A text of :func:`parse_many` that could not be parsed.

    ``index`` is the text's position in the input (from 0), ``error`` the
    exception's class name (``TypeError``) and ``message`` its message.
    """

    index: int
    error: str
    message: str


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Generator[Article | Failure, None, None]:
    """Parse every text of ``texts`` with :func:`~newsparse.parse_article`.

    Yields, in input order, one :class:`~newsparse.Article` per text, or a
    :class:`Failure` (with the text's index and the error) for a text whose
    parse raised: one bad text never stops the batch.

    ``workers=None`` or ``1`` parses in this process. A larger ``workers``
    runs that many worker processes (:class:`concurrent.futures.ProcessPoolExecutor`,
    on ``mp_context``, the ``spawn`` start method unless given) that receive
    ``chunksize`` texts at a time. Input is read lazily: at most
    ``2 * workers * chunksize`` texts are held ahead of what the caller has
    consumed, whatever the length of ``texts``, so a generator over an
    archive is never materialised. Closing the iterator early (``break``,
    or a Ctrl-C in the caller) cancels the chunks not yet started. Workers
    ignore ``SIGINT``, so a Ctrl-C is the caller's to handle. A worker that
    dies (killed, out of memory) breaks the pool: that raises
    :class:`concurrent.futures.process.BrokenProcessPool`.

    Raises :class:`~newsparse.NewsparseError` when ``workers`` or
    ``chunksize`` is not a positive integer.
    """
    if workers is not None:
        _check_positive(workers, "workers", "None or a positive int")
    _check_positive(chunksize, "chunksize", "a positive int")
    if workers is None or workers == 1:
        return _in_process(texts)
    return _on_workers(texts, workers, chunksize, mp_context)


def _check_positive(value: object, name: str, expected: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{name} must be {expected}, got {value!r}"
        raise NewsparseError(msg)


def _parse_one(index: int, text: str) -> Article | Failure:
    try:
        return parse_article(text)
    except Exception as exc:  # noqa: BLE001 - any error of one text is that text's Failure
        return Failure(index=index, error=type(exc).__name__, message=str(exc))


def _parse_chunk(start: int, texts: list[str]) -> list[Article | Failure]:
    return [_parse_one(start + offset, text) for offset, text in enumerate(texts)]


def _in_process(texts: Iterable[str]) -> Generator[Article | Failure, None, None]:
    for index, text in enumerate(texts):
        yield _parse_one(index, text)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _on_workers(
    texts: Iterable[str],
    workers: int,
    chunksize: int,
    mp_context: multiprocessing.context.BaseContext | None,
) -> Generator[Article | Failure, None, None]:
    source = iter(texts)
    context = mp_context if mp_context is not None else multiprocessing.get_context("spawn")
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_ignore_sigint
    )
    # (index of the chunk's first text, its length, its parse)
    in_flight: collections.deque[
        tuple[int, int, concurrent.futures.Future[list[Article | Failure]]]
    ] = collections.deque()
    start = 0
    exhausted = False
    try:
        while True:
            while not exhausted and len(in_flight) < CHUNKS_PER_WORKER * workers:
                chunk = list(itertools.islice(source, chunksize))
                if not chunk:
                    exhausted = True
                    break
                in_flight.append((start, len(chunk), pool.submit(_parse_chunk, start, chunk)))
                start += len(chunk)
            if not in_flight:
                return
            first, count, future = in_flight.popleft()
            try:
                results = future.result()
            except concurrent.futures.process.BrokenProcessPool:
                raise
            except Exception as exc:  # noqa: BLE001 - e.g. a text that does not pickle
                failure = {"error": type(exc).__name__, "message": str(exc)}
                results = [Failure(index=first + i, **failure) for i in range(count)]
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def check_fields(fields: Iterable[str] | None) -> tuple[str, ...] | None:
    """``fields`` as a tuple of :data:`ARTICLE_FIELDS` names (``None``: all of them).

    Raises :class:`~newsparse.NewsparseError` naming any other name.
    """
    if fields is None:
        return None
    if isinstance(fields, str):
        msg = f"fields must be a collection of field names, not the string {fields!r}"
        raise NewsparseError(msg)
    chosen = tuple(dict.fromkeys(fields))
    unknown = [name for name in chosen if name not in ARTICLE_FIELDS]
    if unknown:
        msg = (
            f"fields: no Article field {', '.join(map(repr, unknown))}; "
            f"the fields are {', '.join(ARTICLE_FIELDS)}"
        )
        raise NewsparseError(msg)
    return chosen


def article_dict(article: Article, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """``to_dict(article)``, with only ``fields`` (checked by :func:`check_fields`) when given."""
    names = ARTICLE_FIELDS if fields is None else fields
    return {name: _plain(getattr(article, name)) for name in names}


def article_fields(article: Article, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The fields of :func:`article_dict`, their values still records (for ``iter_json``)."""
    names = ARTICLE_FIELDS if fields is None else fields
    return {name: getattr(article, name) for name in names}


def read_json_line(
    line: str | bytes, *, number: int | None, text_field: str, id_field: str
) -> tuple[Any, str, tuple[str, str] | None]:
    """``(id, text, None)`` from one JSON Lines record, or ``(id, "", (type, message))``.

    The id is the record's ``id_field``, else ``number`` (the line number);
    the error names what kept the record from the parser.
    """
    where = "" if number is None else f"line {number}: "
    try:
        record = json.loads(line)
    except ValueError as exc:
        return number, "", ("JSONDecodeError", f"{where}{exc}")
    if not isinstance(record, dict):
        msg = f"{where}a JSON object expected, got {type(record).__name__}"
        return number, "", ("TypeError", msg)
    key = record.get(id_field, number)
    text = record.get(text_field)
    if not isinstance(text, str):
        what = "no" if text is None else f"a {type(text).__name__}, not a string, in"
        msg = f"{where}{what} field {text_field!r}"
        return key, "", ("KeyError" if text is None else "TypeError", msg)
    return key, text, None


def result_line(
    key: Any, result: Article | Failure | tuple[str, str], fields: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """The output line of ``newsparse batch`` for the record ``key``: its article or its error."""
    if isinstance(result, Article):
        return {"id": key, "article": article_dict(result, fields)}
    error, message = (result.error, result.message) if isinstance(result, Failure) else result
    return {"id": key, "error": {"type": error, "message": message}}


def parse_json_line(
    line: str | bytes,
    *,
    number: int | None = None,
    text_field: str = "text",
    id_field: str = "id",
    fields: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Parse one line of JSON Lines into the line ``newsparse batch`` writes for it.

    ``line`` holds one JSON object whose ``text_field`` is an article's text
    and whose ``id_field`` is its id (``number``, the line number, when it
    has none). Returns ``{"id": ..., "article": {...}}`` (see
    :func:`~newsparse.to_dict`; only ``fields``, names of
    :data:`ARTICLE_FIELDS`, when given), or ``{"id": ..., "error": {"type":
    ..., "message": ...}}`` for a line that is not a JSON object, has no text
    or whose parse raised. It never raises for what ``line`` holds, so one
    bad record cannot stop a Dask or Spark job; it raises ``TypeError`` when
    ``line`` is not ``str`` or ``bytes`` and
    :class:`~newsparse.NewsparseError` for an unknown field name.

    >>> import json
    >>> from newsparse import parse_json_line
    >>> line = json.dumps({"id": "a1", "text": "Storm hits coast\\n\\nA storm hit."})
    >>> parse_json_line(line, fields=["headline", "published"])
    {'id': 'a1', 'article': {'headline': 'Storm hits coast', 'published': None}}
    >>> parse_json_line('{"id": "a2", "body": "..."}', number=2)
    {'id': 'a2', 'error': {'type': 'KeyError', 'message': "line 2: no field 'text'"}}
    >>> parse_json_line("not json", number=3)["error"]["type"]
    'JSONDecodeError'
    """
    given: object = line
    if not isinstance(given, (str, bytes, bytearray)):
        msg = f"line must be str or bytes, got {type(given).__name__}"
        raise TypeError(msg)
    chosen = check_fields(fields)
    key, text, error = read_json_line(line, number=number, text_field=text_field, id_field=id_field)
    if error is not None:
        return result_line(key, error)
    return result_line(key, _parse_one(0 if number is None else number - 1, text), chosen)
