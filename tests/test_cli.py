"""The newsparse command line, run as the installed ``newsparse`` command in a subprocess.

A few tests call the entry point, ``newsparse.__main__.main(argv)``, in
process where they read its parsers or check messages line by line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsparse import __main__ as cli
from newsparse import _batch_cli
from newsparse.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"
NEWSPARSE = Path(sys.executable).with_name("newsparse")
STORY = "Storm hits coast\n\nBy Jane Doe, Reuters\n\nA storm hit the coast on Tuesday.\n"


def newsparse(
    *args: str | Path, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``newsparse`` command; its output as bytes."""
    assert NEWSPARSE.exists(), f"the newsparse command is not installed beside {sys.executable}"
    return subprocess.run(  # noqa: S603 - the installed command, our arguments
        [str(NEWSPARSE), *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )


def err_lines(done: subprocess.CompletedProcess[bytes]) -> list[str]:
    return done.stderr.decode("utf-8").splitlines()


# --- help -------------------------------------------------------------------


def test_help_lists_every_command_with_two_examples_and_the_exit_codes() -> None:
    done = newsparse("--help")
    assert done.returncode == 0
    page = done.stdout.decode("utf-8")
    assert page.startswith("usage: newsparse [options] FILE...\n")
    commands = page.split("\ncommands:\n", 1)[1].split("\nexit status:\n", 1)[0]
    for command in ("newsparse FILE", "newsparse batch", "newsparse table"):
        assert f"  {command}" in commands
    examples = [
        line.strip() for line in commands.splitlines() if line.startswith("      newsparse")
    ]
    by_command = {
        "file": [e for e in examples if not e.startswith(("newsparse batch", "newsparse table"))],
        "batch": [e for e in examples if e.startswith("newsparse batch")],
        "table": [e for e in examples if e.startswith("newsparse table")],
    }
    assert {name: len(found) for name, found in by_command.items()} == {
        "file": 2,
        "batch": 2,
        "table": 2,
    }
    status = page.split("\nexit status:\n", 1)[1]
    for code in ("0 ", "1 ", "2 ", "130 "):
        assert f"\n  {code}" in "\n" + status
    assert "closed pipe" in status


@pytest.mark.parametrize("command", ["batch", "table"])
def test_subcommand_help_has_examples_and_exit_codes(command: str) -> None:
    done = newsparse(command, "--help")
    assert done.returncode == 0
    page = done.stdout.decode("utf-8")
    assert page.startswith(f"usage: newsparse {command} ")
    examples = page.split("\nexamples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(examples) >= 2
    assert all(f"newsparse {command} " in line for line in examples)
    assert "\nexit status:\n" in page


def _parsers() -> list[argparse.ArgumentParser]:
    # the parsers themselves: their help texts are what --help prints
    return [cli._parser(), _batch_cli._batch_parser(), _batch_cli._table_parser()]  # noqa: SLF001


@pytest.mark.parametrize("parser", _parsers(), ids=["newsparse", "batch", "table"])
def test_every_option_has_help_that_states_its_default(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its options there
        if isinstance(action, (argparse._HelpAction, argparse._VersionAction)):  # noqa: SLF001
            continue
        assert action.help, action.dest
        if action.option_strings:
            assert "default" in action.help, action.option_strings


# --- parsing files ------------------------------------------------------------


def test_prints_one_json_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["path"] == str(SEED)
    assert record["article"]["published"] == "2021-08-19"
    assert record["article"]["byline"]["organizations"] == ["CBS", "AFP"]


def test_pretty_indents() -> None:
    done = newsparse("--pretty", SEED)
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    assert out.startswith('{\n  "path"')
    assert json.loads(out)["article"]["site"] == "www.cbsnews.com"


def test_output_option_in_every_mode(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "a1", "text": STORY}) + "\n", encoding="utf-8")

    done = newsparse("-o", tmp_path / "out.json", story)  # -o before the FILE
    assert (done.returncode, done.stdout) == (0, b"")
    assert json.loads((tmp_path / "out.json").read_text("utf-8"))["article"]["headline"] == (
        "Storm hits coast"
    )
    done = newsparse(story, "--html", "--output", tmp_path / "page.html")
    assert (done.returncode, done.stdout) == (0, b"")
    assert (tmp_path / "page.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    done = newsparse("batch", records, "-o", tmp_path / "out.jsonl", "--quiet")
    assert (done.returncode, done.stdout) == (0, b"")
    assert json.loads((tmp_path / "out.jsonl").read_text("utf-8"))["id"] == "a1"
    done = newsparse("table", "articles", records, "-o", tmp_path / "out.csv", "--quiet")
    assert (done.returncode, done.stdout) == (0, b"")
    assert (
        (tmp_path / "out.csv").read_text("utf-8").splitlines()[1].startswith("a1,Storm hits coast,")
    )


def test_output_that_is_also_an_input_is_refused(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    for args in (["-o", story, story], ["batch", story, "-o", story]):
        done = newsparse(*args)
        assert done.returncode == 2
        assert "is also" in done.stderr.decode("utf-8")
        assert story.read_text("utf-8") == STORY  # not emptied


def test_fields_and_compact_choose_what_is_printed(tmp_path: Path) -> None:
    done = newsparse("--fields", "headline,published", SEED)
    assert done.returncode == 0
    assert json.loads(done.stdout)["article"] == {
        "headline": (
            'He promised an "organized resistance" to Taliban rule. '
            "Now he wants U.S. help to lead that fight."
        ),
        "published": "2021-08-19",
    }
    full, compact = newsparse(SEED), newsparse("--compact", SEED)
    assert set(json.loads(full.stdout)["article"]) - set(json.loads(compact.stdout)["article"]) == {
        "blocks"
    }
    assert len(compact.stdout) < 0.8 * len(full.stdout)
    bad = newsparse("--fields", "headline,colour", SEED)
    assert bad.returncode == 2
    assert "no Article field 'colour'" in bad.stderr.decode("utf-8")


def test_stdin_and_python_dash_m() -> None:
    text = "Storm hits coast\r\n\r\nBy Jane Doe, Reuters\r\n\r\nA storm hit the coast."
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    article = json.loads(done.stdout)["article"]
    assert article["headline"] == "Storm hits coast"
    span = article["headline_span"]
    assert text[span["start"] : span["end"]] == "Storm hits coast"


def test_json_is_utf8_whatever_the_terminal_encoding(tmp_path: Path) -> None:
    story = tmp_path / "cafe.txt"
    story.write_text("Café opens in Zürich\n\nThe café opened on Monday.\n", encoding="utf-8")
    done = subprocess.run(  # noqa: S603 - the installed command
        [str(NEWSPARSE), str(story)],
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert json.loads(done.stdout.decode("utf-8"))["article"]["headline"] == "Café opens in Zürich"


def test_encoding_option_decodes_other_codecs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Café opens in Zürich\n\nBy Jane Doe, Reuters\n\nThe café opened on Monday."
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(text.encode("latin-1"))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    assert main(["--encoding", "latin-1", str(latin1)]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert article["headline"] == "Café opens in Zürich"
    assert main(["--encoding", "utf-16", str(utf16)]) == 0
    assert json.loads(capsys.readouterr().out)["article"]["headline"] == "Café opens in Zürich"


def test_encoding_option_names_the_codec_that_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"abc")
    assert main(["--encoding", "utf-16-le", str(odd), str(SEED)]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"newsparse: {odd}: not utf-16-le text (byte 2: truncated data); "
        "name its encoding with --encoding\n"
    )
    assert len(captured.out.splitlines()) == 1


@pytest.mark.parametrize("name", ["klingon", "rot13", "zlib"])
def test_unknown_or_non_text_encoding_is_a_usage_error(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--encoding", name, str(SEED)])
    assert info.value.code == 2
    assert f"{name!r}" in capsys.readouterr().err


# --- what is not an article's text ------------------------------------------------


def test_binary_files_are_called_binary(tmp_path: Path) -> None:
    files: dict[str, bytes] = {
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
        "report.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "story.txt.gz": gzip.compress(STORY.encode()),
        "nul.txt": b"Headline\x00\n\nBody.",
        "noise.bin": bytes(range(1, 32)) * 8 + b"\xff",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café owner sues city\n\nThe café opened.\n".encode("latin-1"))
    done = newsparse(*(tmp_path / name for name in files), latin1, SEED)
    assert done.returncode == 2
    assert len(done.stdout.splitlines()) == 1  # the seed
    assert err_lines(done) == [
        f"newsparse: {tmp_path / 'image.png'}: binary data, not text: a PNG image",
        f"newsparse: {tmp_path / 'photo.jpg'}: binary data, not text: a JPEG image",
        (
            f"newsparse: {tmp_path / 'report.pdf'}: binary data, not text: "
            "a PDF document: extract its text first (pdftotext FILE -)"
        ),
        (
            f"newsparse: {tmp_path / 'story.txt.gz'}: binary data, not text: "
            "gzip-compressed: decompress it first (zcat FILE | newsparse -)"
        ),
        f"newsparse: {tmp_path / 'nul.txt'}: binary data, not text (a NUL byte at byte 8)",
        f"newsparse: {tmp_path / 'noise.bin'}: binary data, not text (control bytes throughout)",
        (
            f"newsparse: {latin1}: not UTF-8 text (byte 3: invalid continuation byte); "
            "name its encoding with --encoding"
        ),
    ]


def test_json_lines_and_html_get_a_hint_and_are_parsed_all_the_same(tmp_path: Path) -> None:
    jsonl = tmp_path / "archive.jsonl"
    jsonl.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", encoding="utf-8")
    as_txt = tmp_path / "archive.txt"
    as_txt.write_text(jsonl.read_text("utf-8"), encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(
        "<!DOCTYPE html>\n<html><head><title>Storm</title></head>"
        "<body><p>A storm hit.</p></body></html>\n",
        encoding="utf-8",
    )
    done = newsparse(jsonl, as_txt, page, SEED)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 4
    assert err_lines(done) == [
        (
            f"newsparse: {jsonl}: looks like JSON Lines (one JSON object a line), parsed as "
            f"one article: newsparse batch {jsonl} parses each record's text"
        ),
        (
            f"newsparse: {as_txt}: looks like JSON Lines (one JSON object a line), parsed as "
            f"one article: newsparse batch - < {as_txt} parses each record's text"
        ),
        (
            f"newsparse: {page}: looks like HTML, parsed as text: newsparse reads an article's "
            "plain text; extract it from the page first (trafilatura, or a browser's reader view)"
        ),
    ]


def test_a_story_with_some_markup_gets_no_hint(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        'Storm <b>hits</b> coast\n\n{"not": "json lines"} was the reply.\n', encoding="utf-8"
    )
    assert err_lines(newsparse(story)) == []


# --- errors and exit codes ------------------------------------------------------------


def test_bad_files_are_reported_and_the_rest_parsed(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 opens\n".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    done = newsparse(missing, tmp_path, latin1, SEED)
    assert done.returncode == 2
    errors = err_lines(done)
    assert len(errors) == 3
    assert errors[0] == f"newsparse: {missing}: No such file or directory"
    assert errors[1] == f"newsparse: {tmp_path}: is a directory"
    assert errors[2].startswith(f"newsparse: {latin1}: not UTF-8")
    assert len(done.stdout.splitlines()) == 1


def test_every_error_is_one_line_and_the_rest_is_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text("x", encoding="utf-8")
    unreadable.chmod(0)
    bad = [
        tmp_path / "missing.txt",
        tmp_path,
        unreadable,
        tmp_path / "cp1252.txt",
        tmp_path / "zeros.bin",
    ]
    bad[3].write_bytes("“smart” quotes".encode("cp1252"))
    bad[4].write_bytes(b"\x00" * 64)
    status = main([*map(str, bad), str(SEED)])
    captured = capsys.readouterr()
    assert status == 2
    errors = captured.err.splitlines()
    # root reads a chmod-0 file: then it is parsed, and one error fewer.
    readable = os.access(unreadable, os.R_OK)
    assert len(errors) == len(bad) - readable
    for line in errors:
        assert line.startswith("newsparse: ")
    assert len(captured.out.splitlines()) == 1 + readable


def records_file(path: Path, *, bad: bool) -> Path:
    lines = [json.dumps({"id": f"a{n}", "text": STORY}) for n in range(3)]
    if bad:
        lines.insert(1, json.dumps({"id": "no-text", "body": STORY}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_exit_codes_tell_usage_unreadable_and_failed_records_apart(tmp_path: Path) -> None:
    good = records_file(tmp_path / "good.jsonl", bad=False)
    bad = records_file(tmp_path / "bad.jsonl", bad=True)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    cases: list[tuple[list[Any], int]] = [
        ([story], 0),
        (["batch", good, "--quiet"], 0),
        (["table", "quotes", good, "--quiet"], 0),
        (["--no-such-option", story], 2),  # usage
        (["batch", good, "--jobs", "-3"], 2),
        (["table", "colours", good], 2),
        ([tmp_path / "missing.txt"], 2),  # unreadable input
        (["batch", tmp_path / "missing.jsonl", "--quiet"], 2),
        (["batch", good, tmp_path / "missing.jsonl", "--quiet"], 2),  # the rest still parsed
        (["table", "people", tmp_path / "empty-*.jsonl", "--quiet"], 2),
        (["batch", bad, "--quiet"], 1),  # some records failed
        (["table", "articles", bad, "--quiet"], 1),
    ]
    for args, status in cases:
        done = newsparse(*args)
        assert done.returncode == status, (args, done.stderr)
    done = newsparse("batch", good, tmp_path / "missing.jsonl", "--quiet")
    assert err_lines(done) == [f"newsparse batch: {tmp_path / 'missing.jsonl'}: no such file"]
    assert len(done.stdout.splitlines()) == 3


def test_jobs_takes_0_or_auto_for_every_core(tmp_path: Path) -> None:
    good = records_file(tmp_path / "good.jsonl", bad=False)
    outputs = {}
    for jobs in ("1", "0", "auto", "2"):
        done = newsparse("batch", good, "--jobs", jobs, "--quiet")
        assert done.returncode == 0, done.stderr
        outputs[jobs] = done.stdout
    assert len(set(outputs.values())) == 1
    jobs = _batch_cli._jobs  # noqa: SLF001 - the --jobs type itself
    assert jobs("auto") == jobs("0") == _batch_cli.cpu_count() >= 1


# --- a closed pipe ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--pretty", *[SEED] * 40],
        ["batch", "{records}", "--jobs", "2", "--chunksize", "4"],
        ["batch", "{records}"],
        ["table", "quotes", "{records}"],
    ],
    ids=["pretty", "batch-jobs-2", "batch", "table"],
)
def test_a_closed_pipe_ends_quietly_with_status_0(tmp_path: Path, args: list[Any]) -> None:
    """``newsparse ... | head -c 100``: no BrokenPipeError, no traceback, status 0."""
    seed = SEED.read_text("utf-8")
    records = tmp_path / "in.jsonl"
    records.write_text(
        "".join(json.dumps({"id": n, "text": seed}) + "\n" for n in range(200)), encoding="utf-8"
    )
    command = [str(NEWSPARSE), *(str(a).format(records=records) for a in args)]
    with subprocess.Popen(  # noqa: S603 - the installed command, our arguments
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        head = proc.stdout.read(100)
        proc.stdout.close()  # as head does once it has its lines
        err = proc.stderr.read()
        status = proc.wait(timeout=300)
    assert status == 0, err
    assert len(head) == 100
    assert b"Traceback" not in err
    assert b"BrokenPipe" not in err
    assert b"Exception ignored" not in err


# --- --html ------------------------------------------------------------------------------


def test_html_prints_the_page_as_utf8() -> None:
    done = subprocess.run(  # noqa: S603 - the installed command, on the seed
        [str(NEWSPARSE), str(SEED), "--html"],
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},  # the page is UTF-8 all the same
    )
    page = done.stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert 'data-speaker="Ahmad Massoud"' in page
    assert "speaker: Sergei Lavrov (as “Lavrov”) · cue: told" in page


def test_html_takes_one_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--html", str(SEED), str(SEED)])
    assert info.value.code == 2
    assert "--html shows one FILE a page" in capsys.readouterr().err


def test_html_of_a_bad_file_is_an_error_and_no_page(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = newsparse("--html", missing, "-o", tmp_path / "page.html")
    assert done.returncode == 2
    assert done.stdout == b""
    assert err_lines(done) == [f"newsparse: {missing}: No such file or directory"]
    assert not (tmp_path / "page.html").exists()  # opened only once there is a page


def test_the_docs_state_the_exit_codes() -> None:
    page = ROOT / "docs" / "cli.md"
    if not page.exists():
        pytest.skip("docs/ is not beside the tests")
    text = page.read_text("utf-8")
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^\| `{code}` \|", text, flags=re.MULTILINE), code
