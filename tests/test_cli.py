"""The newsparse command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"


def test_prints_one_json_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["path"] == str(SEED)
    assert record["article"]["published"] == "2021-08-19"
    assert record["article"]["byline"]["organizations"] == ["CBS", "AFP"]


def test_pretty_indents(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--pretty", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith('{\n  "path"')
    assert json.loads(out)["article"]["site"] == "www.cbsnews.com"


def test_bad_files_are_reported_and_the_rest_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\xe9 opens\n".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    status = main([str(missing), str(tmp_path), str(latin1), str(SEED)])
    captured = capsys.readouterr()
    assert status == 2
    errors = captured.err.splitlines()
    assert len(errors) == 3
    assert errors[0].startswith(f"newsparse: {missing}: ")
    assert errors[1] == f"newsparse: {tmp_path}: is a directory"
    assert errors[2].startswith(f"newsparse: {latin1}: not UTF-8")
    assert len(captured.out.splitlines()) == 1


def test_stdin_and_python_dash_m(tmp_path: Path) -> None:
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


def test_binary_files_are_reported_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"Headline\x00\n\nBody.")
    status = main([str(binary), str(nul), str(SEED)])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.splitlines() == [
        (
            f"newsparse: {binary}: not UTF-8 text (byte 0: invalid start byte); "
            "name its encoding with --encoding"
        ),
        f"newsparse: {nul}: binary data (a NUL character at 8), not text",
    ]
    assert len(captured.out.splitlines()) == 1


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


def test_html_prints_the_page_as_utf8() -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, on the seed
        [sys.executable, "-m", "newsparse", str(SEED), "--html"],
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


def test_html_of_a_bad_file_is_an_error_and_no_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["--html", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"newsparse: {missing}: ")
