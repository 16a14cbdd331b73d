"""Batch processing (issue 9): parse_many, ``newsparse batch``, the Dask and PySpark recipes."""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse
from newsparse import Article, Failure, NewsparseError, parse_article, parse_many, to_dict
from newsparse import _batch_cli as batch_cli
from newsparse.__main__ import main
from newsparse.batch import CHUNKS_PER_WORKER

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "batch.md"


def article_text(number: int) -> str:
    return (
        f"Storm number {number} hits coast\n\n"
        "By Jane Doe, Reuters\n\n"
        f"MIAMI (Reuters) — Storm {number} hit the coast on Monday, officials said.\n\n"
        '"It was loud," said John Smith, the mayor.\n'
    )


TEXTS = [article_text(n) for n in range(40)]


def test_names_are_exported() -> None:
    assert {"Failure", "parse_many"} <= set(newsparse.__all__)


def test_parse_many_in_process_is_parse_article_in_order() -> None:
    assert list(parse_many(TEXTS)) == [parse_article(text) for text in TEXTS]
    assert list(parse_many(iter(TEXTS), workers=1)) == [parse_article(text) for text in TEXTS]


def test_parse_many_on_workers_keeps_order_and_reports_failures() -> None:
    texts: list[Any] = [*TEXTS[:20], b"bytes", *TEXTS[20:], None]
    results = list(parse_many(texts, workers=2, chunksize=3))
    assert len(results) == len(texts)
    expected = [parse_article(t) for t in TEXTS]
    assert [r for r in results if isinstance(r, Article)] == expected
    assert results[20] == Failure(
        index=20,
        error="TypeError",
        message="text must be str, got bytes: decode it first, e.g. text.decode('utf-8')",
    )
    assert results[-1] == Failure(
        index=len(texts) - 1, error="TypeError", message="text must be str, got NoneType"
    )


def test_a_failure_in_process_does_not_stop_the_batch() -> None:
    results = list(parse_many([TEXTS[0], 42, TEXTS[1]]))  # type: ignore[list-item]
    assert results[0] == parse_article(TEXTS[0])
    assert isinstance(results[1], Failure)
    assert results[1].index == 1
    assert results[2] == parse_article(TEXTS[1])


def test_failures_pickle_and_round_trip() -> None:
    failure = Failure(index=3, error="TypeError", message="text must be str")
    assert pickle.loads(pickle.dumps(failure)) == failure  # noqa: S301 - our own bytes
    assert newsparse.from_dict(Failure, to_dict(failure)) == failure


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"workers": 0}, "workers must be None or a positive int, got 0"),
        ({"workers": "2"}, "workers must be None or a positive int, got '2'"),
        ({"chunksize": 0}, "chunksize must be a positive int, got 0"),
    ],
)
def test_bad_options_name_the_argument(options: dict[str, Any], words: str) -> None:
    with pytest.raises(NewsparseError, match=words):
        parse_many(TEXTS, **options)


@pytest.mark.parametrize("workers", [None, 2])
def test_parse_many_streams_a_generator(workers: int | None) -> None:
    """An endless generator that fails if read too far ahead of the consumer."""
    chunksize = 4
    ahead = CHUNKS_PER_WORKER * (workers or 1) * chunksize
    pulled = consumed = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for number in itertools.count():
            pulled += 1
            if pulled - consumed > ahead + 1:
                msg = f"read {pulled} texts with only {consumed} consumed"
                raise AssertionError(msg)
            yield article_text(number % 7)

    results = parse_many(endless(), workers=workers, chunksize=chunksize)
    for result in results:
        assert isinstance(result, Article)
        consumed += 1
        if consumed == 200:
            break
    results.close()
    assert consumed == 200
    assert pulled <= 200 + ahead


# -- the command line ---------------------------------------------------------


def write_jsonl(path: Path, records: list[dict[str, Any]], *, extra: str = "") -> None:
    lines = [json.dumps(record) for record in records]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_jsonl_carries_ids_and_reports_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    records = [{"key": f"a{n}", "body": text} for n, text in enumerate(TEXTS[:5])]
    records.insert(2, {"key": "no-text"})
    write_jsonl(source, records, extra="not json\n\n[1, 2]\n")
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(source), "-o", str(out), "--text-field", "body", "--id-field", "key"]
    assert main(argv) == 1  # some records failed
    lines = read_jsonl(out)
    assert [line["id"] for line in lines] == ["a0", "a1", "no-text", "a2", "a3", "a4", 7, 8]
    assert lines[0]["article"] == to_dict(parse_article(TEXTS[0]))
    assert lines[2]["error"] == {"type": "KeyError", "message": "line 3: no field 'body'"}
    assert lines[6]["error"]["type"] == "JSONDecodeError"
    assert lines[7]["error"]["message"] == "line 8: a JSON object expected, got list"
    err = capsys.readouterr().err
    assert err.startswith("newsparse batch: 5 articles, 3 failures, ")
    assert err.endswith(" articles/s\n")
    assert "\r" not in err  # no progress line: stderr is not a terminal


def test_batch_quiet_prints_nothing_and_stdout_is_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"id": n, "text": t} for n, t in enumerate(TEXTS[:3])])
    assert main(["batch", str(source), "--quiet", "--jobs", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == [0, 1, 2]


def test_batch_reads_a_directory_and_a_glob_of_text_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "crawl"
    (folder / "deeper").mkdir(parents=True)
    for n in range(3):
        (folder / f"{n}.txt").write_text(TEXTS[n], encoding="utf-8")
    (folder / "deeper" / "bad.txt").write_bytes(b"caf\xe9\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--quiet"]) == 0
    assert [line["id"] for line in read_jsonl(out)] == [str(folder / f"{n}.txt") for n in range(3)]
    assert main(["batch", str(folder / "**" / "*.txt"), "-o", str(out), "--quiet"]) == 1
    lines = read_jsonl(out)
    assert [Path(line["id"]).name for line in lines] == ["0.txt", "1.txt", "2.txt", "bad.txt"]
    assert lines[3]["error"]["type"] == "UnicodeDecodeError"
    assert lines[1]["article"] == to_dict(parse_article(TEXTS[1]))


def test_batch_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"id": n, "text": t} for n, t in enumerate(TEXTS)])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr(batch_cli, "PROGRESS_EVERY", 0.0)
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "/40 (" in err
    assert "articles/s), ETA " in err
    assert err.splitlines()[-1].endswith(" articles/s")
    assert "newsparse batch: 40 articles, 0 failures" in err


def test_resume_skips_ids_in_the_output_and_cuts_a_torn_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"id": n, "text": t} for n, t in enumerate(TEXTS[:6])])
    out = tmp_path / "out.jsonl"
    first = json.dumps({"id": 0, "article": to_dict(parse_article(TEXTS[0]))})
    out.write_text(first + '\n{"id": 1, "arti', encoding="utf-8")
    assert main(["batch", str(source), "-o", str(out), "--resume"]) == 0
    assert [line["id"] for line in read_jsonl(out)] == [0, 1, 2, 3, 4, 5]
    assert ", 1 skipped (already in " in capsys.readouterr().err


def test_resume_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["batch", "-", "--resume"])
    assert "--resume needs -o OUT" in capsys.readouterr().err


def test_a_file_named_batch_is_parsed_by_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "batch").write_text(TEXTS[0], encoding="utf-8")
    assert main([str(tmp_path / "batch")]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["headline"] == "Storm number 0 hits coast"


def test_interrupt_then_resume_writes_each_id_once(tmp_path: Path) -> None:
    """Ctrl-C midway leaves only complete lines; --resume completes the set."""
    total = 6000
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"id": f"n{n}", "text": article_text(n)} for n in range(total)])
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "newsparse", "batch", str(source), "-o", str(out)]
    proc = subprocess.Popen(  # noqa: S603 - this interpreter, our arguments
        [*command, "--jobs", "2", "--chunksize", "16"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size > 0 and out.read_bytes().count(b"\n") >= 300:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err
    data = out.read_text(encoding="utf-8")
    assert data.endswith("\n")
    before = [json.loads(line) for line in data.splitlines()]  # every line parses
    assert 300 <= len(before) < total
    assert all("article" in line for line in before)

    resumed = subprocess.run(  # noqa: S603 - this interpreter, our arguments
        [*command, "--resume", "--jobs", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f", {len(before):,} skipped (already in " in resumed.stderr
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == sorted(f"n{n}" for n in range(total))  # each id exactly once


# -- the distributed recipes of docs/batch.md ------------------------------------


def recipe(heading: str) -> str:
    """The first ``python`` code block under ``heading`` in docs/batch.md."""
    if not DOCS.is_file():
        pytest.skip("docs/ is not beside the tests")
    page = DOCS.read_text(encoding="utf-8")
    section = page.split(f"\n{heading}", 1)[1]
    return section.split("```python\n", 1)[1].split("\n```", 1)[0]


BAD_LINES = [
    json.dumps({"id": "no-text", "body": "the text is elsewhere"}),
    "not json at all",
    json.dumps(["a", "list"]),
    json.dumps({"id": "number", "text": 42}),
    "",  # a blank line is skipped, as newsparse batch skips it
]


def make_inputs(folder: Path, count: int) -> tuple[list[str], int]:
    """Two JSON Lines files with bad records among the good; the good ids and the bad count."""
    folder.mkdir()
    ids = []
    for part in range(2):
        records = [{"id": f"p{part}-{n}", "text": article_text(n)} for n in range(count)]
        lines = [json.dumps(record) for record in records]
        for offset, bad in enumerate(BAD_LINES):
            lines.insert(1 + offset * 7, bad)
        (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        ids += [record["id"] for record in records]
    return ids, 2 * sum(1 for line in BAD_LINES if line)


def check_outputs(files: list[Path], ids: list[str], bad: int) -> None:
    """Every record once, its article or its error; every file ends with a newline."""
    assert files
    data = [path.read_bytes() for path in files]
    assert all(chunk.endswith(b"\n") for chunk in data if chunk), "a file without a final newline"
    joined = b"".join(data)  # what `cat parsed/*` gives
    lines = [json.loads(line) for line in joined.decode("utf-8").splitlines()]
    assert len(lines) == len(ids) + bad
    good = [line for line in lines if "article" in line]
    assert sorted(line["id"] for line in good) == sorted(ids)
    errors = [line for line in lines if "error" in line]
    assert len(errors) == bad
    assert sorted(e["error"]["type"] for e in errors) == sorted(
        ["KeyError", "JSONDecodeError", "TypeError", "TypeError"] * 2
    )
    assert {e["id"] for e in errors} == {"no-text", "number", None}
    by_id = {line["id"]: line["article"] for line in good}
    assert newsparse.from_dict(Article, by_id["p1-3"]) == parse_article(article_text(3))


def test_parse_json_line_writes_what_batch_writes(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": n, "text": t}) for n, t in enumerate(TEXTS[:3])]
    lines[1:1] = [bad for bad in BAD_LINES if bad]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--quiet", "--compact"]) == 1
    compact = [name for name in newsparse.batch.ARTICLE_FIELDS if name != "blocks"]
    expected = [
        newsparse.parse_json_line(line, number=number, fields=compact)
        for number, line in enumerate(lines, 1)
    ]
    assert read_jsonl(out) == json.loads(json.dumps(expected))
    assert [e["id"] for e in expected] == [0, "no-text", 3, 4, "number", 1, 2]


def test_parse_json_line_never_raises_for_what_a_line_holds() -> None:
    for line in [*BAD_LINES, "{", "null", '{"text": null}', b"\xff\xfe", '{"text": "\\u0000"}']:
        record = newsparse.parse_json_line(line)
        assert set(record) in ({"id", "error"}, {"id", "article"}), line
    with pytest.raises(TypeError, match="line must be str or bytes, got dict"):
        newsparse.parse_json_line({"text": "x"})  # type: ignore[arg-type]
    with pytest.raises(NewsparseError, match="no Article field 'colour'"):
        newsparse.parse_json_line('{"text": "x"}', fields=["headline", "colour"])


def test_batch_fields_keep_only_the_fields_named(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    write_jsonl(source, [{"id": n, "text": t} for n, t in enumerate(TEXTS[:3])])
    out = tmp_path / "out.jsonl"
    assert (
        main(["batch", str(source), "-o", str(out), "--quiet", "--fields", "headline,quotes"]) == 0
    )
    lines = read_jsonl(out)
    assert [set(line["article"]) for line in lines] == [{"headline", "quotes"}] * 3
    assert lines[2]["article"]["quotes"] == to_dict(parse_article(TEXTS[2]))["quotes"]
    assert main(["batch", str(source), "-o", str(out), "--quiet", "--compact"]) == 0
    article = newsparse.from_dict(Article, read_jsonl(out)[0]["article"])
    assert article == attrs.evolve(parse_article(TEXTS[0]), blocks=())


def recipe_source(heading: str) -> str:
    """Every ``python`` code block under ``heading`` in docs/batch.md, up to the next heading."""
    if not DOCS.is_file():
        pytest.skip("docs/ is not beside the tests")
    page = DOCS.read_text(encoding="utf-8")
    section = page.split(f"\n{heading}", 1)[1].split("\n## ", 1)[0]
    blocks = [block.split("\n```", 1)[0] for block in section.split("```python\n")[1:]]
    assert blocks, heading
    return "\n\n".join(blocks)


@pytest.mark.skipif(importlib.util.find_spec("dask") is None, reason="dask is not installed")
def test_dask_recipe(tmp_path: Path) -> None:
    namespace: dict[str, Any] = {}
    exec(recipe_source("## Dask"), namespace)  # noqa: S102 - the documented recipe, as written
    ids, bad = make_inputs(tmp_path / "in", 50)
    written = namespace["parse_with_dask"](
        str(tmp_path / "in" / "*.jsonl"), str(tmp_path / "out"), num_workers=2
    )
    assert written == len(ids) + bad
    files = sorted((tmp_path / "out").glob("*.jsonl"))
    assert not list((tmp_path / "out").glob("*.partial"))
    check_outputs(files, ids, bad)


@pytest.mark.skipif(importlib.util.find_spec("dask") is None, reason="dask is not installed")
def test_dask_recipe_writes_an_empty_partition_as_an_empty_file(tmp_path: Path) -> None:
    namespace: dict[str, Any] = {}
    exec(recipe_source("## Dask"), namespace)  # noqa: S102 - the documented recipe, as written
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps({"id": 1, "text": TEXTS[0]}) + "\n")
    namespace["parse_with_dask"](
        str(tmp_path / "in" / "*.jsonl"), str(tmp_path / "out"), scheduler="sync"
    )
    first, second = sorted((tmp_path / "out").glob("*.jsonl"))
    assert first.read_bytes() == b""
    assert second.read_text("utf-8").count("\n") == 1


@pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="pyspark (with Java) is not installed",
)
def test_pyspark_recipe(tmp_path: Path) -> None:  # pragma: no cover - not installed in CI
    from pyspark.sql import SparkSession  # noqa: PLC0415 - optional

    namespace: dict[str, Any] = {}
    exec(recipe_source("## PySpark"), namespace)  # noqa: S102 - the documented recipe, as written
    ids, bad = make_inputs(tmp_path / "in", 20)
    spark = SparkSession.builder.master("local[2]").appName("newsparse-test").getOrCreate()
    try:
        namespace["parse_with_spark"](spark, str(tmp_path / "in"), str(tmp_path / "out"))
    finally:
        spark.stop()
    check_outputs(sorted((tmp_path / "out").glob("part-*")), ids, bad)
