"""The evaluation's scoring rules, on hand-made records and gold (not parser output)."""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import sys
from pathlib import Path

from newsparse import Article, Author, Byline, Quote, Span

# The benchmarks are scripts beside the package, not installed with it: load
# their package from its folder (the tests run against the installed wheel,
# so the repository root is not put on sys.path, which would shadow it).
_BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if "benchmarks" not in sys.modules:
    _SPEC = importlib.util.spec_from_file_location(
        "benchmarks", _BENCHMARKS / "__init__.py", submodule_search_locations=[str(_BENCHMARKS)]
    )
    assert _SPEC is not None
    assert _SPEC.loader is not None
    sys.modules["benchmarks"] = importlib.util.module_from_spec(_SPEC)
    _SPEC.loader.exec_module(sys.modules["benchmarks"])
evaluate = importlib.import_module("benchmarks.evaluate")
Score, fold = evaluate.Score, evaluate.fold
score_article, score_multiset = evaluate.score_article, evaluate.score_multiset
score_prefixes, score_single = evaluate.score_prefixes, evaluate.score_single

S = Span(start=0, end=1)


def test_fold_unifies_case_space_and_quotes() -> None:
    assert fold("  D’Agata  SAID “Hi” ") == fold('d\'agata said "hi"')


def test_single_value_rules() -> None:
    assert score_single(None, None) == Score()
    assert score_single(None, "x") == Score(fp=1)
    assert score_single("x", None) == Score(fn=1)
    assert score_single("X  y", "x y") == Score(tp=1)
    assert score_single("x", "z") == Score(fp=1, fn=1)


def test_precision_recall_f1() -> None:
    s = Score(tp=3, fp=1, fn=2)
    assert s.precision == 0.75
    assert s.recall == 0.6
    assert abs((s.f1 or 0) - 2 * 0.75 * 0.6 / 1.35) < 1e-9
    assert Score().precision is None


def test_multiset_and_prefix_matching() -> None:
    assert score_multiset(["A", "b", "b"], ["a", "b", "c"]) == Score(tp=2, fp=1, fn=1)
    score, matches = score_prefixes(["I write", "They are"], ["I write from here", "other"])
    assert score == Score(tp=1, fp=1, fn=1)
    assert matches == [0, None]


def test_article_scoring_with_speakers() -> None:
    expected = {
        "required": {
            "headline": "Storm",
            "publication_date": "2021-08-19",
            "byline": {
                "raw": "By Jane Doe",
                "authors": [{"name": "Jane Doe"}],
                "organizations": [],
            },
            "dateline": None,
            "quotes": [{"text_starts": "We will", "speaker": "Jane Roe"}],
        }
    }
    article = Article(
        headline="storm",
        published=datetime.date(2021, 8, 19),
        byline=Byline(
            raw="By Jane Doe", span=S, authors=[Author(name="Jane Doe", raw="Jane Doe", span=S)]
        ),
        quotes=[Quote(text="We will win", span=S, kind="direct", speaker="John Roe")],
    )
    scores = score_article(expected, article)
    assert scores["headline"] == Score(tp=1)
    assert scores["date"] == Score(tp=1)
    assert scores["byline authors"] == Score(tp=1)
    assert scores["dateline"] == Score()
    assert scores["quotes"] == Score(tp=1)
    assert scores["speakers"] == Score(fp=1, fn=1)
