"""The newsparse command line."""

from __future__ import annotations

import json
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
