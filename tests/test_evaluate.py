"""The evaluation's scoring rules, on hand-made records and gold (not parser output)."""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsparse import Article, Author, Block, Byline, Caption, Credit, Mention, Quote, Span

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


# ---------------------------------------------------------------------------
# The development-set scorers (benchmarks/devsets.py), on rows written here in
# the dev files' shapes: never text from ../shared/dev itself.

devsets = importlib.import_module("benchmarks.devsets")


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _mention(text: str, part: str, after: int = 0) -> Mention:
    start, end = _span(text, part, after)
    return Mention(text=part, span=Span(start=start, end=end))


def test_trim_takes_off_marks_punctuation_and_that() -> None:
    text = 'He said that "we will win." And: (“Thatcher,”)'
    start, end = devsets.trim(text, 8, 27)
    assert text[start:end] == "we will win"
    start, end = devsets.trim(text, 33, len(text))
    assert text[start:end] == "Thatcher"  # a word starting with "that" is kept
    assert devsets.trim(text, 27, 28) == (28, 28)  # nothing left


def test_mention_shapes() -> None:
    text = "ALL CAPS HEADLINE BY JOHN SMITH\n\nJane Doe spoke on Monday at 10 to reporters.\n1. Bob Lee 10.2 2. Tim Fox 10.4"
    shapes = devsets.mention_shapes
    assert shapes(text, *_span(text, "JOHN SMITH")) == ("prose line", "all caps", "several words")
    assert shapes(text, *_span(text, "Jane Doe")) == ("prose line", "mixed case", "several words")
    assert shapes(text, *_span(text, "Fox")) == ("table line", "mixed case", "one word")


def test_people_exact_spans_and_shapes() -> None:
    text = "Jane Doe met Bob Lee.\n1. Tim Fox 10.2"
    row = {"id": "t-0", "text": text, "people": [
        {"start": s, "end": e, "text": text[s:e]} for s, e in (_span(text, "Jane Doe"), _span(text, "Bob Lee"), _span(text, "Tim Fox"))
    ]}  # fmt: skip
    mentions = [
        _mention(text, "Jane Doe"),  # right
        _mention(text, "Lee"),  # not the gold span: a false alarm, and Bob Lee missed
        _mention(text, "Tim Fox"),  # right
        _mention(text, "10.2"),  # not capitalised: left out
    ]
    examples: dict[str, list[str]] = {}
    tally = devsets.score_people(row, mentions, examples)
    assert tally.mentions == Score(tp=2, fp=1, fn=1)
    assert tally.left_out == 1
    assert tally.by_shape["table line"] == Score(tp=1)
    assert tally.by_shape["one word"] == Score(fp=1)
    assert tally.by_shape["several words"] == Score(tp=2, fn=1)
    assert [len(examples[k]) for k in ("missed", "false alarm")] == [1, 1]
    total = devsets.PeopleTally()
    total.add(tally)
    total.add(tally)
    assert total.mentions == Score(tp=4, fp=2, fn=2)
    assert total.documents == 2
    assert "person mentions" in total.render("people, test set")


TITLE = "Storm ends"
BODY = (
    '"We are safe," Jane Doe said, "and the roads are open." '
    "Officials said that the bridge would reopen soon. Critics hope to win. "
    '"Nice," he said.'
)
QUOTE_TEXT = f"{TITLE}\n\n{BODY}"


def _gold_quote(parts: list[str], *, kind: str, speaker: str = "", speech_cue: bool = True,
                in_title: bool = False) -> dict[str, Any]:  # fmt: skip
    spans = [_span(QUOTE_TEXT, p) for p in parts]
    speaker_span = _span(QUOTE_TEXT, speaker) if speaker else None
    return {
        "content": " ".join(parts),
        "content_span": [spans[0][0], spans[-1][1]],
        "content_parts": [list(s) for s in spans],
        "speaker": speaker,
        "speaker_span": list(speaker_span) if speaker_span else None,
        "speaker_parts": [list(speaker_span)] if speaker_span else [],
        "cue": "said",
        "kind": kind,
        "speech_cue": speech_cue,
        "in_title": in_title,
    }


def _quote(part: str, kind: str = "direct", speaker: Mention | None = None) -> Quote:
    start, end = _span(QUOTE_TEXT, part)
    return Quote(text=part, span=Span(start=start, end=end), kind=kind,
                 speaker=speaker.text if speaker else None, speaker_mention=speaker)  # fmt: skip


def test_quotes_matching_exact_and_speakers() -> None:
    row = {"id": "q-0", "text": QUOTE_TEXT, "quotes": [
        # one attribution of two parts, its source named
        _gold_quote(['"We are safe,"', '"and the roads are open."'], kind="direct", speaker="Jane Doe"),
        _gold_quote(["that the bridge would reopen soon."], kind="indirect", speaker="Officials"),
        _gold_quote(["to win"], kind="indirect", speaker="Critics", speech_cue=False),  # missed
        _gold_quote(["ends"], kind="indirect", in_title=True),  # left out
    ]}  # fmt: skip
    quotes = [
        _quote("Storm ends"),  # in the title block: left out
        _quote("We are safe,", speaker=_mention(QUOTE_TEXT, "Jane Doe")),
        # the larger part is the match; the smaller one lies inside the matched
        # content, so it is not counted
        _quote("and the roads are open.", speaker=_mention(QUOTE_TEXT, "Jane Doe")),
        # half of the gold or more: a match, but not exact; "Officials" is not the speaker
        _quote("the bridge would reopen", "indirect", speaker=_mention(QUOTE_TEXT, "Jane Doe")),
        _quote("Nice,", "partial"),  # no gold: a false alarm
    ]
    tally = devsets.score_quotes(row, quotes)
    assert tally.overlap == Score(tp=2, fp=1, fn=1)
    assert tally.exact == Score(tp=1, fp=2, fn=2)
    assert tally.speaker == devsets.Share(hit=1, total=2)
    assert tally.by_kind["direct"] == devsets.Share(hit=1, total=1)
    assert tally.by_kind["indirect"] == devsets.Share(hit=1, total=2)
    assert tally.by_cue["speech cue"] == devsets.Share(hit=2, total=2)
    assert tally.by_cue["other cue"] == devsets.Share(hit=0, total=1)
    assert tally.by_predicted_kind["partial"] == devsets.Share(hit=0, total=1)
    assert (tally.inside, tally.title_gold, tally.title_predicted) == (1, 1, 1)


def test_quotes_one_to_one_and_the_shorter_half() -> None:
    row = {"id": "q-1", "text": QUOTE_TEXT, "quotes": [
        _gold_quote(["that the bridge would reopen soon."], kind="indirect"),
    ]}  # fmt: skip
    # both overlap the gold by half of the shorter or more: the larger overlap
    # wins, the other is a false alarm (the gold is contiguous)
    quotes = [
        _quote("the bridge would reopen", "indirect"),
        _quote("Officials said that the bridge", "indirect"),
    ]
    assert devsets.score_quotes(row, quotes).overlap == Score(tp=1, fp=1)
    # less than half of the shorter: no match
    assert devsets.score_quotes(
        row, [_quote("Officials said that the", "indirect")]
    ).overlap == Score(fp=1, fn=1)


def test_speaker_rule() -> None:
    gold_parts = [list(_span(QUOTE_TEXT, "Officials"))]
    by_name = _quote("We are safe,", speaker=_mention(QUOTE_TEXT, "Jane Doe"))
    assert not devsets.speaker_right(by_name, "Officials", gold_parts)
    assert devsets.speaker_right(by_name, "the Doe family", [[0, 1]])  # a shared name word
    pronoun = Quote(text="x", span=S, kind="direct", speaker=None,
                    speaker_mention=Mention(text="He", span=S))  # fmt: skip
    assert not devsets.speaker_right(pronoun, "He", [[5, 6]])  # a pronoun is no name word
    assert devsets.speaker_right(pronoun, "He", [[0, 2]])  # but the spans overlap
    assert not devsets.speaker_right(
        Quote(text="x", span=S, kind="direct"), "Officials", gold_parts
    )


ARTICLE_TEXT = (
    "Storm hits\n\nAugust 19, 2021\n\nBy Jane Doe and Dr. Max Roe, Reuters\n\n"
    "Rain fell all night.\n\nA flooded road. (Jo Bloggs/AP)\n"
)


def _s(part: str) -> Span:
    start, end = _span(ARTICLE_TEXT, part)
    return Span(start=start, end=end)


def _article_row(language: str = "en", layout: str = "header-first") -> dict[str, Any]:
    caption = "A flooded road. (Jo Bloggs/AP)"
    return {
        "id": "a-0", "layout": layout, "language": language, "text": ARTICLE_TEXT,
        "title": {"text": "Storm hits", "span": list(_span(ARTICLE_TEXT, "Storm hits"))},
        "date": {"value": "2021-08-19", "line": "August 19, 2021"},
        "byline": {
            "line": "By Jane Doe and Dr. Max Roe, Reuters",
            "authors": [{"name": "Jane Doe", "clean": "Jane Doe"}, {"name": "Dr. Max Roe", "clean": "Max Roe"}],
            "organizations": [{"name": "Reuters"}],
        },
        "paragraphs": [{"text": "Rain fell all night.", "span": list(_span(ARTICLE_TEXT, "Rain fell all night."))}],
        "captions": [
            {"text": "A flooded road.", "credit_printed": "(Jo Bloggs/AP)", "line": caption,
             "span": list(_span(ARTICLE_TEXT, caption)), "form": "constructed"},
        ],
    }  # fmt: skip


def _article(credit: str = "Jo Bloggs/AP", caption_part: str = "A flooded road. (Jo Bloggs/AP)",
             blocks: tuple[str, ...] = ("Storm hits", "August 19, 2021",
                                        "By Jane Doe and Dr. Max Roe, Reuters",
                                        "Rain fell all night.", "A flooded road. (Jo Bloggs/AP)")) -> Article:  # fmt: skip
    return Article(
        headline="Storm  hits",
        published=datetime.date(2021, 8, 19),
        byline=Byline(
            raw="By Jane Doe and Dr. Max Roe, Reuters", span=S,
            authors=[Author(name="Jane Doe", raw="Jane Doe", span=S),
                     Author(name="Max Roe", raw="Dr. Max Roe", span=S)],
            organizations=["REUTERS"],
        ),
        captions=[Caption(raw=caption_part, span=_s(caption_part), text="A flooded road.",
                          credit=Credit(raw=credit, span=_s(credit)))],
        blocks=[Block(kind="paragraph", span=_s(b), text=b) for b in blocks],
    )  # fmt: skip


def test_article_row_all_right() -> None:
    tally = devsets.score_article(_article_row(), _article())
    assert tally.headline == tally.date == devsets.Share(hit=1, total=1)
    assert tally.authors == Score(tp=2)  # "Max Roe" is the gold's clean form
    assert tally.organizations == Score(tp=1)
    assert tally.captions == tally.caption_text == tally.credit == devsets.Share(hit=1, total=1)
    assert tally.paragraphs_as_captions == devsets.Share(hit=0, total=1)
    assert tally.nothing_lost == devsets.Share(hit=1, total=1)


def test_article_row_errors() -> None:
    examples: dict[str, list[str]] = {}
    article = _article(
        credit="AP",  # the photographer left in the caption text
        caption_part="Rain fell all night.\n\nA flooded road. (Jo Bloggs/AP)",  # takes the paragraph
        blocks=("Storm hits", "August 19, 2021", "Rain fell all night."),  # the rest lost
    )
    tally = devsets.score_article(_article_row(), article, examples)
    assert tally.captions == devsets.Share(hit=1, total=1)  # covers the caption line
    assert tally.credit == devsets.Share(hit=0, total=1)
    assert tally.paragraphs_as_captions == devsets.Share(hit=1, total=1)
    assert tally.nothing_lost == devsets.Share(hit=0, total=1)
    assert {"credit", "paragraph taken for a caption", "text lost"} <= set(examples)
    # a caption covering less than half of the gold line is not found
    short = attrs.evolve(
        article, captions=[attrs.evolve(article.captions[0], span=_s("(Jo Bloggs/AP)"))]
    )
    assert devsets.score_article(_article_row(), short).captions == devsets.Share(hit=0, total=1)


def test_split_key_and_nothing_lost() -> None:
    assert devsets.split_key(" (AP Photo/Jane  Doe) ") == "AP Photo/Jane Doe"
    assert devsets.split_key(", Foto: dpa") == devsets.split_key("Foto: dpa")
    assert devsets.split_key("| Jane Doe/Reuters") == "Jane Doe/Reuters"
    text = "Ab\n\nCd ef\n"

    def blocks(*spans: tuple[int, int]) -> list[Block]:
        return [Block(kind="unknown", span=Span(start=s, end=e), text="") for s, e in spans]

    assert devsets.nothing_lost(text, blocks((0, 2), (4, 9)))
    assert devsets.nothing_lost(text, blocks((0, 3), (3, 10)))  # blank characters may be shared
    assert not devsets.nothing_lost(text, blocks((0, 2), (4, 6)))  # "ef" lost
    assert not devsets.nothing_lost(text, blocks((0, 2), (4, 9), (7, 9)))  # "ef" twice


def test_article_groups_and_layouts() -> None:
    result = devsets.ArticlesResult()
    for language, layout in (
        ("de", "header-first"),
        ("fr", "header-first"),
        ("vi", "header-first"),
        ("fr", "deck-first"),
    ):
        result.add(
            _article_row(language, layout),
            devsets.score_article(_article_row(language, layout), _article()),
        )
    header = result.tables["header-first"]
    assert {k: v.articles for k, v in header.items()} == {
        "de": 1,
        "fr, no, zu": 1,
        "other": 1,
        "all": 3,
        "all but en/de": 2,
    }
    assert result.tables["deck-first"]["all"].articles == 1
    rendered = result.render("articles, test")
    assert "articles, test, header-first (development data)" in rendered
    assert "other: vi" in rendered


def test_pick_spreads_evenly() -> None:
    assert devsets.pick(list("abcdefghij"), 3) == ["a", "d", "g"]
    assert devsets.pick(["a"], 3) == ["a"]
    assert devsets.pick(["a"], 0) == []


def test_evaluate_skips_a_missing_shared_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert evaluate.main(["--shared", str(tmp_path / "absent")]) == 0
    out, err = capsys.readouterr()
    assert "skipped" in err
    assert len(err.strip().splitlines()) == 1
    assert "development data" not in out
    assert "seed" in out


def test_evaluate_scores_the_dev_files_present(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    text = "Jane Doe said the storm had passed."
    row = {"id": "dev-0000", "text": text, "people": [{"start": 0, "end": 8, "text": "Jane Doe"}]}
    (dev / "people_conll2003_dev.jsonl").write_text(json.dumps(row) + "\n", "utf-8")
    assert evaluate.main(["--shared", str(tmp_path), "--json", "--misses", "2"]) == 0
    out, err = capsys.readouterr()
    people = json.loads(out)["dev sets"]["people-dev"]
    assert people["documents"] == 1
    assert people["mentions"]["tp"] + people["mentions"]["fn"] == 1
    assert err.count("skipped") == 3  # the other three dev files
    assert evaluate.main(["--shared", str(tmp_path), "--no-dev"]) == 0
    assert "development data" not in capsys.readouterr().out
    assert devsets.main(["--dev", str(dev), "--set", "people-dev"]) == 0
    assert "people, CoNLL-2003 dev (development data): 1 documents" in capsys.readouterr().out


def test_throughput_reads_the_dev_sets_it_finds(tmp_path: Path, capsys: Any) -> None:
    # A dev folder of two made-up articles and one CoNLL-like text: every job
    # prints its line, and the ratio to the regex scan is printed for both.
    throughput = importlib.import_module("benchmarks.throughput")
    article = '"We will win," Jane Roe said on Monday.\n\nThe vote is in May.'
    (tmp_path / "quotes_polnear_train.jsonl").write_text(json.dumps({"text": article}) + "\n")
    rows = [{"text": article, "layout": "header-first"}, {"text": "x", "layout": "deck-first"}]
    (tmp_path / "articles_fundus_dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "people_conll2003_dev.jsonl").write_text(
        json.dumps({"text": "Jane Roe won."}) + "\n"
    )
    assert throughput.main(["--runs", "1", "--dev", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "parse_article, PolNeAR + Fundus        2 texts" in out  # the deck-first row left out
    assert "extract_people, CoNLL dev              1 texts" in out
    assert out.count("the time of one regex scan") == 2
    assert throughput.scan('He said "Yes" to Jane.') == 5  # He " Yes " Jane


def test_throughput_without_dev_sets_says_so(tmp_path: Path) -> None:
    throughput = importlib.import_module("benchmarks.throughput")
    assert throughput.main(["--runs", "1", "--dev", str(tmp_path)]) == 2
