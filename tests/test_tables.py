"""Tables: newsparse.rows, newsparse.to_dataframe and ``newsparse table`` (run as the installed command)."""

from __future__ import annotations

import csv
import datetime
import doctest
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Failure, NewsparseError, parse_article, rows, to_dataframe
from newsparse.tables import TABLE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"
NEWSPARSE = Path(sys.executable).with_name("newsparse")
HAVE_PANDAS = importlib.util.find_spec("pandas") is not None


@pytest.fixture(scope="module")
def seed(seed_text: str) -> tuple[str, newsparse.Article]:
    return seed_text, parse_article(seed_text)


def newsparse_command(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the installed command, our arguments
        [str(NEWSPARSE), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def test_every_kind_has_its_columns_and_one_row_a_record(
    seed: tuple[str, newsparse.Article],
) -> None:
    _, article = seed
    counts = {
        "quotes": len(article.quotes),
        "people": len(article.people),
        "captions": len(article.captions),
        "articles": 1,
    }
    for kind, count in counts.items():
        table = rows(article, kind, article_id="seed")  # type: ignore[arg-type]
        assert len(table) == count
        assert all(list(row) == list(TABLE_COLUMNS[kind]) for row in table)  # type: ignore[index]
        assert {row["article_id"] for row in table} == {"seed"}
        if kind != "articles":
            assert [row["number"] for row in table] == list(range(1, count + 1))


def test_quote_rows_carry_speaker_kind_cue_text_and_offsets(
    seed: tuple[str, newsparse.Article],
) -> None:
    text, article = seed
    table = rows(article, "quotes")
    for row, quote in zip(table, article.quotes):
        assert (row["speaker"], row["kind"], row["cue"], row["text"]) == (
            quote.speaker,
            quote.kind,
            quote.cue,
            quote.text,
        )
        assert text[row["start"] : row["end"]] == quote.span.slice(text)  # type: ignore[misc]
    lavrov = next(r for r in table if r["cue"] == "told" and r["speaker"] == "Sergei Lavrov")
    assert lavrov["speaker_as_written"] == "Lavrov"
    assert lavrov["addressee"] == "reporters"


def test_people_and_caption_rows(seed: tuple[str, newsparse.Article]) -> None:
    text, article = seed
    people = {row["name"]: row for row in rows(article, "people")}
    lavrov = people["Sergei Lavrov"]
    assert (lavrov["given"], lavrov["family"], lavrov["roles"]) == (
        "Sergei",
        "Lavrov",
        "Russian Foreign Minister",
    )
    assert (lavrov["mentions"], lavrov["quotes"]) == (2, 2)
    assert text[lavrov["first_start"] : lavrov["first_end"]] == "Sergei Lavrov"  # type: ignore[misc]
    first, second = rows(article, "captions")
    assert (first["credit"], first["photographers"], first["agencies"]) == (
        "REZA/GETTY",
        "Reza",
        "Getty",
    )
    assert first["date"] == datetime.date(2019, 9, 5)
    assert second["agencies"] == "Sygma; Getty"  # several values in a cell, joined with "; "
    assert second["file_photo"] is True


def test_a_failure_is_an_articles_row_with_its_error_and_nothing_else() -> None:
    failure = Failure(index=3, error="TypeError", message="text must be str, got NoneType")
    (row,) = rows(failure, "articles", article_id=7)
    assert row["article_id"] == 7
    assert row["error"] == "TypeError: text must be str, got NoneType"
    assert [v for k, v in row.items() if k not in {"article_id", "error"}] == [None] * 15
    assert rows(failure, "quotes") == []


def test_bad_kind_or_record_is_named() -> None:
    with pytest.raises(NewsparseError, match="kind must be one of 'articles', 'captions'"):
        rows(newsparse.Article(), "colours")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rows\\(\\) needs an Article or a Failure, got str"):
        rows("text", "quotes")  # type: ignore[arg-type]


def test_import_newsparse_does_not_import_pandas() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, newsparse; print('pandas' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_to_dataframe_without_pandas_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r'pip install "newsparse\[pandas\]"'):
        to_dataframe(newsparse.Article(), "quotes")


@pytest.mark.skipif(not HAVE_PANDAS, reason="pandas is not installed")
def test_to_dataframe_holds_the_rows_of_many_articles(
    seed: tuple[str, newsparse.Article],
) -> None:
    import pandas as pd  # noqa: PLC0415 - optional

    text, article = seed
    frame = to_dataframe(
        {"seed": article, "other": parse_article("Quiet day\n\nNothing.")}, "quotes"
    )
    assert list(frame.columns) == list(TABLE_COLUMNS["quotes"])
    assert len(frame) == len(article.quotes)
    assert set(frame["article_id"]) == {"seed"}
    assert frame.loc[0, "text"] == article.quotes[0].text
    captions = to_dataframe(article, "captions")
    assert pd.api.types.is_datetime64_any_dtype(captions["date"])
    assert captions.loc[0, "date"] == pd.Timestamp("2019-09-05")
    results = list(newsparse.parse_many([text, None, "Quiet day\n\nNothing."]))  # type: ignore[list-item]
    articles = to_dataframe(results, "articles")
    assert list(articles["article_id"]) == [0, 1, 2]
    assert articles["error"].notna().tolist() == [False, True, False]
    assert pd.isna(articles.loc[1, "published"])


@pytest.mark.skipif(not HAVE_PANDAS, reason="pandas is not installed (the examples use it)")
@pytest.mark.parametrize("module", ["newsparse.tables", "newsparse.batch"])
def test_module_examples_run(module: str) -> None:
    results = doctest.testmod(importlib.import_module(module))
    assert results.attempted > 0
    assert results.failed == 0


# --- newsparse table ------------------------------------------------------------------


def csv_rows(text: str, *, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def cells(row: dict[str, Any]) -> dict[str, str]:
    """A row of newsparse.rows as the CSV writes it."""

    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, datetime.date):
            return value.isoformat()
        return str(value)

    return {key: cell(value) for key, value in row.items()}


@pytest.mark.parametrize("kind", list(TABLE_COLUMNS))
def test_table_writes_the_rows_as_csv(kind: str, seed: tuple[str, newsparse.Article]) -> None:
    _, article = seed
    done = newsparse_command("table", kind, SEED)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == ",".join(TABLE_COLUMNS[kind])  # type: ignore[index]
    expected = [cells(row) for row in rows(article, kind, article_id=str(SEED))]  # type: ignore[arg-type]
    assert csv_rows(done.stdout) == expected
    assert done.stderr.startswith(f"newsparse table: {len(expected)} rows of {kind} from 1 article")


def test_table_reads_json_lines_as_batch_does_and_reports_failures(tmp_path: Path) -> None:
    seed_text = SEED.read_bytes().decode("utf-8")
    source = tmp_path / "in.jsonl"
    records = [{"url": f"https://example.com/{n}", "body": seed_text} for n in range(3)]
    lines = [json.dumps(r) for r in records]
    lines.insert(1, json.dumps({"url": "https://example.com/empty"}))
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = [source, "--text-field", "body", "--id-field", "url", "--jobs", "2"]
    done = newsparse_command("table", "articles", *args, "--format", "tsv")
    assert done.returncode == 1  # a record failed
    table = csv_rows(done.stdout, delimiter="\t")
    assert [row["article_id"] for row in table] == [
        "https://example.com/0",
        "https://example.com/empty",
        "https://example.com/1",
        "https://example.com/2",
    ]
    assert table[1]["error"] == "KeyError: line 2: no field 'body'"
    assert table[0]["error"] == ""
    seed_quotes = len(newsparse.parse_article(seed_text).quotes)
    assert table[0]["quotes"] == str(seed_quotes)
    assert done.stderr.splitlines()[0] == (
        "newsparse table: https://example.com/empty: KeyError: line 2: no field 'body'"
    )
    quotes = newsparse_command("table", "quotes", *args, "--format", "jsonl", "--quiet")
    assert quotes.returncode == 1
    assert quotes.stderr.splitlines() == [
        "newsparse table: https://example.com/empty: KeyError: line 2: no field 'body'"
    ]
    found = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert len(found) == 3 * seed_quotes
    assert found[0]["article_id"] == "https://example.com/0"
    assert found[0]["start"] == 370  # numbers stay numbers in JSON Lines
    assert found[-1]["number"] == seed_quotes
