"""parse_article: the seed's header facts, the partition, and properties."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Article, Byline, Span, on_slice, parse_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
BLANK = "\ufeff\u200b\u200c\u200d\u2060\u00ad"


def fold(text: str) -> str:
    return " ".join(text.split())


# --- the seed ---------------------------------------------------------------


def test_seed_header(seed_text: str, seed_expected: dict[str, Any]) -> None:
    required = seed_expected["required"]
    article = parse_article(seed_text)
    assert article.headline == required["headline"]
    assert article.published == datetime.date.fromisoformat(required["publication_date"])
    assert article.published_span is not None
    assert article.published_span.slice(seed_text) == required["date_line_raw"]
    assert article.byline is not None
    assert article.byline.raw == required["byline"]["raw"]
    assert article.byline.authors == ()
    assert list(article.byline.organizations) == required["byline"]["organizations"]
    assert article.site == required["site"]


def test_seed_body(seed_text: str, seed_expected: dict[str, Any]) -> None:
    body = seed_expected["required"]["body"]
    article = parse_article(seed_text)
    assert len(article.paragraphs) in (16, 17)
    if article.summary is None:
        assert len(article.paragraphs) == 17
    assert article.paragraphs[0].text == body["first_paragraph"]
    for fragment in body["hard_wrapped_lines_joined"]:
        assert sum(fragment in p.text for p in article.paragraphs) == 1, fragment
    texts = [p.text for p in article.paragraphs]
    for caption in seed_expected["required"]["captions"]:
        assert not any(caption["text"] in t for t in texts), "a caption was read as body"
    assert not any("www.cbsnews.com" in t for t in texts)
    kinds = [block.kind for block in article.blocks]
    assert kinds[:3] == ["headline", "date_line", "byline"]
    assert kinds.count("caption") == 2
    assert kinds[-1] == "site"


def test_dateline_is_split_off_the_first_paragraph_which_keeps_its_span() -> None:
    text = (
        "Taliban take Kabul\n\n"
        "KABUL, Afghanistan (AP) — The Taliban entered the capital on Sunday.\n\n"
        "Residents stayed indoors."
    )
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.raw == "KABUL, Afghanistan (AP)"
    assert article.dateline.agency == "AP"
    first = article.paragraphs[0]
    assert first.text == "The Taliban entered the capital on Sunday."
    assert first.span.slice(text).startswith("KABUL, Afghanistan (AP) —")


def test_a_date_line_labelled_today_is_not_the_publication_date() -> None:
    text = (
        "Today: July 24, 2008\n\nBill passes Senate\n\nApril 6, 2005\n"
        "WASHINGTON - The Senate passed the bill on a voice vote, its sponsors said.\n"
    )
    article = parse_article(text)
    assert article.published == datetime.date(2005, 4, 6)
    assert article.headline == "Bill passes Senate"
    assert article.dateline is not None
    assert article.dateline.place == "WASHINGTON"


def test_page_title_then_headline_then_deck() -> None:
    text = (
        "Press Release: Senate Passes Water Bill\n\n"
        "Senate Passes Water Bill\n\n"
        "Measure Would Fund Repairs in Rural Towns\n\n"
        "The Senate on Tuesday passed a bill that would fund repairs to rural water systems. "
        "It now goes to the House.\n"
    )
    article = parse_article(text)
    assert article.headline == "Senate Passes Water Bill"
    assert article.summary == "Measure Would Fund Repairs in Rural Towns"
    assert [b.kind for b in article.blocks] == ["unknown", "headline", "summary", "paragraph"]


def test_no_headline_when_the_text_opens_with_the_story() -> None:
    text = (
        "WASHINGTON - Senators on Tuesday added new provisions to a school safety bill. "
        "The bill would require an annual safety assessment.\n"
        '"We must act," one senator said.\n'
    )
    article = parse_article(text)
    assert article.headline is None
    assert len(article.paragraphs) == 2


def test_byline_date_is_the_publication_date() -> None:
    text = (
        "Airmen honor the fallen\n\n"
        "By Staff Sgt. Jane Roe, 12th Fighter Wing Public Affairs / Published May 29, 2015\n\n"
        "MISAWA AIR BASE, Japan (AFNS) -- About 300 Airmen gathered on Monday.\n"
    )
    article = parse_article(text)
    assert article.published == datetime.date(2015, 5, 29)
    assert article.byline is not None
    assert [a.name for a in article.byline.authors] == ["Jane Roe"]
    assert article.dateline is not None
    assert article.dateline.agency == "AFNS"


def test_empty_and_blank_text_give_an_empty_article() -> None:
    assert parse_article("") == Article()
    assert parse_article(" \n\t\u00a0\n") == Article()


@pytest.mark.parametrize("value", [b"bytes", None, 3, ["a list"]])
def test_non_str_raises_type_error_naming_the_argument(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        parse_article(value)  # type: ignore[arg-type]


def test_bytes_error_says_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        parse_article(b"By Jane Doe")  # type: ignore[arg-type]


def test_a_replacement_parser_plugs_in_without_subclassing() -> None:
    def never(text: str) -> Byline | None:
        del text

    text = "Storm hits coast\n\nBy Jane Doe, Reuters\n\nA storm hit the coast on Monday."
    assert parse_article(text).byline is not None
    assert parse_article(text, byline_parser=on_slice(never)).byline is None


def test_on_slice_moves_spans_into_the_callers_text() -> None:
    def whole(text: str) -> Byline | None:
        return Byline(raw=text, span=Span(start=0, end=len(text)))

    byline = on_slice(whole)("xx By Jane yy", start=3, end=10)
    assert byline is not None
    assert byline.span == Span(start=3, end=10)
    assert byline.raw == "By Jane"


# --- invariants ----------------------------------------------------------------


def spans_in(value: Any) -> Iterator[tuple[Span, str | None]]:
    """Every span in a record, with the raw text it must slice to (if the record says)."""
    if isinstance(value, Span):
        yield value, None
    elif isinstance(value, tuple):
        for item in value:
            yield from spans_in(item)
    elif attrs.has(type(value)):
        raw = getattr(value, "raw", None) if hasattr(value, "span") else None
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            if field.name == "span" and isinstance(item, Span):
                yield item, raw if isinstance(raw, str) else None
            else:
                yield from spans_in(item)


def check_invariants(text: str, article: Article) -> None:
    previous = 0
    covered = bytearray(len(text))
    for block in article.blocks:
        assert previous <= block.span.start < block.span.end <= len(text)
        previous = block.span.end
        covered[block.span.start : block.span.end] = b"\x01" * len(block.span)
    for i, char in enumerate(text):
        if not covered[i]:
            assert char.isspace() or char in BLANK, (i, char)
    for span, raw in spans_in(article):
        assert 0 <= span.start <= span.end <= len(text)
        if raw is not None:
            assert span.slice(text) == raw
    paragraph_spans = {p.span for p in article.paragraphs}
    assert paragraph_spans == {b.span for b in article.blocks if b.kind == "paragraph"}


words = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12)
sentences = st.lists(words, min_size=3, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
headers = st.sampled_from(
    [
        "AUGUST 19, 2021", "By Jane Doe, Reuters", "CBS/AFP", "Updated on: August 19, 2021",
        "KABUL, Afghanistan (AP) —", "www.example.com", "Photo: Jane Doe/AFP", "",
    ]
)  # fmt: skip
breaks = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\u2028"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    parts = [
        draw(words),
        *draw(st.lists(headers, max_size=4)),
        *draw(st.lists(paragraphs, max_size=6)),
    ]
    return "".join(part + draw(breaks) for part in parts)


@given(st.one_of(st.text(), articles()))
def test_blocks_partition_any_text(text: str) -> None:
    check_invariants(text, parse_article(text))


@given(articles(), st.sampled_from(["\n\n", "   \n", "\ufeff\n"]))
def test_a_neutral_prefix_shifts_every_span(text: str, prefix: str) -> None:
    plain = newsparse.to_dict(parse_article(text))
    shifted = newsparse.to_dict(parse_article(prefix + text))

    def shift(value: Any) -> Any:
        if isinstance(value, dict):
            if set(value) == {"start", "end"}:
                return {"start": value["start"] + len(prefix), "end": value["end"] + len(prefix)}
            return {k: shift(v) for k, v in value.items()}
        if isinstance(value, list):
            return [shift(v) for v in value]
        return value

    assert shift(plain) == shifted


@given(articles())
def test_same_input_same_output(text: str) -> None:
    assert parse_article(text) == parse_article(text)


def real_texts() -> list[Path]:
    paths = [ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"]
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    return paths


@pytest.mark.parametrize("path", real_texts(), ids=lambda p: p.name[:40])
def test_real_articles_are_partitioned(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    check_invariants(text, parse_article(text))


def test_ten_megabytes_parse(seed_text: str) -> None:
    big = (seed_text + "\n\n") * (10_000_000 // len(seed_text))
    article = parse_article(big)
    assert len(article.paragraphs) > 40_000


def test_a_quote_in_a_dateline_paragraph_leaves_the_dateline_out() -> None:
    """Found by the strategies round trip: the dateline is no part of the
    sentence after it."""
    text = "Road to reopen\n\nKABUL, Afghanistan (AP) — The road would open on Monday, officials said.\n"
    article = parse_article(text)
    assert article.dateline is not None
    assert [q.text for q in article.quotes] == ["The road would open on Monday"]
    assert all(q.span.start >= article.dateline.span.end for q in article.quotes)


# --- the header in the languages of the news (tests/cases/articles.json) -----

_ARTICLE_CASES: list[dict[str, Any]] = __import__("json").loads(
    (Path(__file__).resolve().parent / "cases" / "articles.json").read_text("utf-8")
)


@pytest.mark.parametrize("case", _ARTICLE_CASES, ids=[case["id"] for case in _ARTICLE_CASES])
def test_header_cases(case: dict[str, Any]) -> None:
    article = parse_article(case["text"])
    expected = case["expected"]

    def iso(value: object) -> str | None:
        return None if value is None else value.isoformat()  # type: ignore[attr-defined]

    got = {
        "headline": article.headline,
        "published": iso(article.published),
        "published_time": iso(article.published_time),
        "published_timezone": article.published_timezone,
        "updated": iso(article.updated),
        "kinds": [block.kind for block in article.blocks],
        "authors": [author.name for author in article.byline.authors] if article.byline else [],
        "organizations": list(article.byline.organizations) if article.byline else [],
        "contributors": [(c.name, c.role) for c in article.contributors],
        "people": [person.name for person in article.people],
    }
    for key, value in expected.items():
        if key == "kinds":
            assert got["kinds"][: len(value)] == value
        elif key == "contributors":
            assert got[key] == [tuple(pair) for pair in value]
        elif key == "not_people":
            assert not set(value) & set(got["people"])
        else:
            assert got[key] == value, key
