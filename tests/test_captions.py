"""Photo captions and credits: the case table, the seed, properties, bad input.

Each case of ``cases/captions.json`` is read twice: by ``parse_caption``,
which reads any text it is given as a caption (``expected``: what it
returns), and by the article step, as a block between two body paragraphs
(``caption``: whether the article lists it as a caption).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse_article
from newsparse._caption_blocks import HINT, hinted, is_caption_block
from newsparse._data import load_columns
from newsparse.captions import parse_caption

if TYPE_CHECKING:
    from newsparse import Caption

HERE = Path(__file__).parent
ROOT = HERE.parent
CASES = json.loads((HERE / "cases" / "captions.json").read_text(encoding="utf-8"))
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"
SEED_FACTS = json.loads(SEED.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))


def check_spans(text: str, caption: Caption) -> None:
    """Every span slices the caller's string to its raw text, credit inside caption."""
    assert 0 <= caption.span.start <= caption.span.end <= len(text)
    assert text[caption.span.start : caption.span.end] == caption.raw
    if caption.credit is not None:
        credit = caption.credit
        assert caption.span.start <= credit.span.start <= credit.span.end <= caption.span.end
        assert text[credit.span.start : credit.span.end] == credit.raw


# --------------------------------------------------------------------------
# The case table
# --------------------------------------------------------------------------


PARSED = [case for case in CASES if "expected" in case]
NOT_CAPTIONS = [case for case in CASES if not case["caption"]]
ISSUE_20_FORMS = [
    "bracket-agency-after-sentence",  # … released on Monday. (AP)
    "bracket-name-slash-outlet",  # (Jane Roe/CBC)
    "bracket-stock-site",  # (Unsplash)
    "bare-agency-after-sentence",  # … in Kabul. AFP
    "bare-name-after-spaced-slash",  # … in Seville / Jane Roe
    "bare-agency-slash-initial",  # EFE/ J. Roe
    "label-foto-german",
    "label-bild",
    "label-quelle",
    "label-bildquelle",
    "label-french-spaced-colon",  # Photo :
    "label-fotografia",
    "label-vietnamese",  # Ảnh:
    "label-lithuanian-trailing",  # nuotr.
    "label-image-credits",
    "label-symbolfoto",
    "label-text-the-reader-refused",  # Foto: picture alliance / dpa | Jane Roe
    "label-then-bracketed-agency",  # Foto: Jane Roe (Keystone)
    "label-several-roles",  # Foto: A. Styling: B. Make-up: C.
    "credit-line-first",  # Mandatory Credit: Photo by … then the caption
    "outlet-is-no-photographer",  # Photograph: Jane Roe/The Guardian
    "marker-archive-no-credit",  # a caption without a credit
]


def test_case_table_is_big_enough() -> None:
    assert len(CASES) >= 40
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert len(NOT_CAPTIONS) >= 10
    assert set(ISSUE_20_FORMS) <= {case["id"] for case in CASES}
    assert all(isinstance(case["caption"], bool) for case in CASES)


@pytest.mark.parametrize("case", PARSED, ids=[case["id"] for case in PARSED])
def test_case(case: dict[str, Any]) -> None:
    text = case["text"]
    published = dt.date.fromisoformat(case["published"]) if "published" in case else None
    caption = parse_caption(text, year=case.get("year"), published=published)
    expected = case["expected"]
    if expected is None:
        assert caption is None  # a blank window
        return
    assert caption is not None
    check_spans(text, caption)
    assert caption.raw == text.strip()
    assert caption.text == expected["text"]
    credit = expected["credit"]
    if credit is None:
        assert caption.credit is None
    else:
        assert caption.credit is not None
        assert caption.credit.raw == credit["raw"]
        assert list(caption.credit.photographers) == credit["photographers"]
        assert list(caption.credit.agencies) == credit["agencies"]
        assert [list(pair) for pair in caption.credit.contributors] == credit.get(
            "contributors", []
        )
    date = caption.date.isoformat() if caption.date else None
    assert date == expected["date"]
    assert caption.file_photo is expected["file_photo"]
    if "place" in expected:
        assert caption.place == expected["place"]
    assert caption.people == ()  # parse_article fills them (below)


@pytest.mark.parametrize(
    "case", [c for c in CASES if "expected" not in c], ids=lambda case: case["id"]
)
def test_any_text_the_caller_calls_a_caption_is_one(case: dict[str, Any]) -> None:
    # Not a caption in an article, but the caller says it is one: a Caption,
    # its credit found where the grammar finds one.
    caption = parse_caption(case["text"])
    assert caption is not None
    check_spans(case["text"], caption)
    assert caption.raw == case["text"].strip()


# An article around each case: a headline, a body paragraph, the case's
# text, another body paragraph.
HEADLINE = "Town council delays budget vote"
BODY_BEFORE = (
    "The council met on Tuesday to discuss the budget for the coming year. Members argued"
    " over the cost of new roads and the schools that the town needs, and no vote was taken"
    " before the meeting ended late in the evening."
)
BODY_AFTER = (
    "A second meeting is planned for next week. The mayor said she expected an agreement by"
    " the end of the month, although several members said they would not support any plan"
    " that raised local taxes again."
)


_HEADER_LINE_CASES = frozenset(
    {"byline-cbs-afp", "byline-pipe", "date-line-slashes", "byline-published"}
)
"""Cases whose block is a byline or a date line. Under the headline, the
block before such a line is the standfirst (issue 19: the standfirst may come
before the date line or byline), so there the first block is the summary."""


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_case_as_a_block_of_an_article(case: dict[str, Any]) -> None:
    before = f"{HEADLINE}\n\n{BODY_BEFORE}\n\n"
    text = f"{before}{case['text']}\n\n{BODY_AFTER}"
    article = parse_article(text, people_finder=None, quote_finder=None)
    block = (len(before), len(before) + len(case["text"]))
    taken = [c for c in article.captions if c.span.start < block[1] and c.span.end > block[0]]
    assert bool(taken) is case["caption"]
    if case["id"] in _HEADER_LINE_CASES:
        assert article.summary == BODY_BEFORE
        assert article.blocks[2].kind in {"byline", "date_line"}
    else:
        assert article.paragraphs[0].text == BODY_BEFORE
    assert article.paragraphs[-1].text == BODY_AFTER
    if taken and case.get("expected"):
        # a credit line of its own is a block of its own, and the caption under it another
        assert taken[-1].text == case["expected"]["text"]


# --------------------------------------------------------------------------
# The seed
# --------------------------------------------------------------------------


def seed_lines() -> tuple[str, list[tuple[int, int]]]:
    """The seed's text and the span of each non-blank line."""
    text = SEED.read_text(encoding="utf-8")
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((pos, pos + len(body)))
        pos += len(line)
    return text, spans


def seed_captions() -> list[Caption]:
    """The seed's lines that the article step takes for captions, read."""
    text, spans = seed_lines()
    found = []
    for start, end in spans:
        if not is_caption_block(text, start, end):
            continue
        caption = parse_caption(text, start=start, end=end, year=2021)
        assert caption is not None
        if caption is not None:
            check_spans(text, caption)
            found.append(caption)
    return found


def test_seed_has_exactly_its_two_captions() -> None:
    expected = SEED_FACTS["required"]["captions"]
    assert [c.text for c in seed_captions()] == [e["text"] for e in expected]


@pytest.mark.parametrize("index", [0, 1], ids=["reza-getty", "patrick-robert-sygma-getty"])
def test_seed_caption_facts(index: int) -> None:
    caption = seed_captions()[index]
    expected = SEED_FACTS["required"]["captions"][index]
    assert caption.text == expected["text"]
    assert caption.credit is not None
    assert caption.credit.raw == expected["credit_raw"]
    assert list(caption.credit.photographers) == expected["photographers"]
    assert list(caption.credit.agencies) == expected["agencies"]
    assert caption.date == dt.date.fromisoformat(expected["date"])
    assert caption.file_photo is expected["file_photo"]


@pytest.mark.parametrize("index", [0, 1], ids=["reza-getty", "patrick-robert-sygma-getty"])
def test_seed_caption_people_come_from_the_article(index: int) -> None:
    text, _spans = seed_lines()
    captions = parse_article(text).captions
    assert len(captions) == 2
    expected = SEED_FACTS["required"]["captions"][index]
    assert captions[index].text == expected["text"]
    assert list(captions[index].people) == expected["people"]
    assert seed_captions()[index].people == ()


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if (case.get("expected") or {}).get("people")],
    ids=lambda case: case["id"],
)
def test_caption_people_are_the_articles_people(case: dict[str, Any]) -> None:
    # A caption alone is an article of one block: the article's people
    # finder reads the caption's text (not its credit) and fills Caption.people.
    captions = parse_article(case["text"]).captions
    assert len(captions) == 1
    assert list(captions[0].people) == case["expected"]["people"]


def test_seed_places() -> None:
    first, second = seed_captions()
    assert first.place == "Panjshir Valley, Afghanistan"
    assert second.place == "Kabul, Afghanistan"


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

AGENCIES = [row[0] for row in load_columns("photo_agencies.txt") if row[1] in {"photo", "wire"}]
GIVEN = ["Jane", "Omar", "Ivy", "Tomas", "Rhea", "Ned", "Ana", "Dale"]
FAMILY = ["Doe", "Pike", "Castell", "Brenner", "Morrow", "Holm", "Ruiz", "Ferris"]
SENTENCES = [
    "Rescuers search the rubble of a school in Tamsk.",
    "A ferry leaves the harbour at dawn on Monday.",
    "Dana Holt serves during her first-round match.",
    "Storm clouds gather over the old bridge.",
]


@st.composite
def rendered_captions(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A caption built from the tables: (text, sentence, photographer, agency)."""
    sentence = draw(st.sampled_from(SENTENCES))
    name = f"{draw(st.sampled_from(GIVEN))} {draw(st.sampled_from(FAMILY))}"
    agency = draw(st.sampled_from(AGENCIES))
    form = draw(
        st.sampled_from(
            [
                "{s} ({a} Photo/{n})",
                "{s} (Photo by {n}/{a})",
                "{s} Photo: {n}/{a}",
                "{s} {n}/{a}",
                "{s} {N}/{A}",
                "{s}{N}/{A}",
            ]
        )
    )
    text = form.format(s=sentence, n=name, a=agency, N=name.upper(), A=agency.upper())
    return text, sentence, name, agency


@given(rendered_captions())
def test_render_then_parse_gives_the_truth_back(case: tuple[str, str, str, str]) -> None:
    text, sentence, name, agency = case
    caption = parse_caption(text)
    assert caption is not None
    check_spans(text, caption)
    assert caption.text == sentence
    assert caption.credit is not None
    assert caption.credit.photographers == (name,)
    assert caption.credit.agencies == (agency,)


texts = st.text() | st.text(alphabet=" ./|()©:ABCRPhotoimageGETTY\n1", max_size=300)


@given(texts, st.integers(-5, 400), st.none() | st.integers(-5, 400))
def test_never_raises_and_spans_in_bounds(text: str, start: int, end: int | None) -> None:
    caption = parse_caption(text, start=start, end=end)
    if caption is not None:
        check_spans(text, caption)
        window = range(len(text))[slice(start, end)]
        lo, hi = (window.start, window.stop) if window else (0, 0)
        assert lo <= caption.span.start <= caption.span.end <= hi
        assert caption.raw == text[start:end].strip()


PREFIXES = st.sampled_from(["", "x\n\n", "Body. "])
CAPTION_TEXTS = rendered_captions().map(lambda case: case[0])


@given(texts | CAPTION_TEXTS, PREFIXES)
def test_neutral_prefix_shifts_spans(text: str, prefix: str) -> None:
    alone = parse_caption(text)
    shifted = parse_caption(prefix + text, start=len(prefix))
    if alone is None:
        assert shifted is None
        return
    assert shifted is not None
    n = len(prefix)
    assert shifted.span == alone.span.shift(n)
    assert shifted.raw == alone.raw
    assert shifted.text == alone.text
    assert (shifted.date, shifted.place, shifted.file_photo) == (
        alone.date,
        alone.place,
        alone.file_photo,
    )
    if alone.credit is None:
        assert shifted.credit is None
    else:
        assert shifted.credit is not None
        assert shifted.credit.span == alone.credit.span.shift(n)
        assert shifted.credit.photographers == alone.credit.photographers
        assert shifted.credit.agencies == alone.credit.agencies


@given(texts | CAPTION_TEXTS)
def test_deterministic(text: str) -> None:
    assert parse_caption(text) == parse_caption(text)


@given(texts | CAPTION_TEXTS)
def test_a_window_with_a_word_is_a_caption(text: str) -> None:
    # a letter or a digit, as the regex module's Unicode tables say
    assert (parse_caption(text) is not None) is bool(regex.search(r"[\p{L}\p{N}]", text))


@given(texts | CAPTION_TEXTS, PREFIXES, st.booleans())
def test_detection_never_raises_and_ignores_a_neutral_prefix(
    text: str, prefix: str, first: bool
) -> None:
    alone = is_caption_block(text, 0, len(text), first=first)
    shifted = is_caption_block(prefix + text, len(prefix), len(prefix) + len(text), first=first)
    assert alone is shifted


@given(rendered_captions())
def test_rendered_captions_are_detected(case: tuple[str, str, str, str]) -> None:
    assert is_caption_block(case[0], 0, len(case[0]))


@pytest.mark.parametrize("value", [b"Photo: AFP", None, 42, ["text"]], ids=repr)
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        parse_caption(value)  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        parse_caption("A dog. (AP Photo/Jane Doe)", 0)  # type: ignore[misc]


# --------------------------------------------------------------------------
# Adversarial input
# --------------------------------------------------------------------------

ADVERSARIAL = {
    "slashes": "A/B/" * 25_000,
    "slashes-then-agency": "Jane Doe/" * 11_000 + "AFP",
    "photo-by-open": "(Photo by " * 10_000,
    "photo-by-closed": "(Photo by " * 10_000 + ")",
    "stops": "A. " * 33_000 + "REZA/GETTY",
    "glued": "x.AB" * 25_000,
    "labels": "Image: " * 14_000 + "Jane Doe.",
    "places": "in Kabul, " * 10_000 + "(AP Photo/Jane Doe)",
    "brackets": "(" * 50_000 + ")" * 50_000,
}


ADVERSARIAL |= {
    "loose-slashes": "a " + "Jane Roe / " * 9_000 + "Jane Roe",
    "name-runs": "Jane Roe Jane Roe " * 6_000 + "Jane Roe/AP",
    "label-chain": "Foto: A. Styling: B. " * 5_000,
    "brackets-of-names": "(Jane Roe) " * 9_000 + "(AP)",
    "handles": "@jroe via " * 10_000 + "X",
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_adversarial_input_finishes(text: str) -> None:
    began = time.perf_counter()
    caption = parse_caption(text)
    is_caption_block(text, 0, len(text))
    assert time.perf_counter() - began < 2.0
    if caption is not None:
        check_spans(text, caption)


@given(
    st.lists(
        st.sampled_from(
            [
                *"abXY .!?/|©:()cCÉ\n=：]）",
                "Photo",
                "hoto",
                "Courtesy",
                "IMAGES",
                "(c)",
                "video",
                "Foto",
            ]
        ),
        max_size=12,
    ).map("".join),
    st.data(),
)
def test_the_cheap_credit_test_agrees_with_its_pattern(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert hinted(text, lo, hi) == bool(HINT.search(text, lo, hi))


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_the_article_reads_its_captions_as_parse_caption_does(case: dict[str, Any]) -> None:
    # parse_article reuses the credit its detection found; the caption is
    # the one parse_caption reads from the same block (people aside).
    text = f"{HEADLINE}\n\n{BODY_BEFORE}\n\n{case['text']}\n\n{BODY_AFTER}"
    for caption in parse_article(text, people_finder=None, quote_finder=None).captions:
        alone = parse_caption(text, start=caption.span.start, end=caption.span.end)
        assert caption == alone


def test_parse_caption_reads_no_people() -> None:
    # Caption.people is the article's business: a caption parser that ran
    # the whole-text people finder would run it once per caption.
    text = "Ahmad Massoud is seen at his home, September 5, 2019.REZA/GETTY"
    assert parse_caption(text).people == ()
    assert parse_article(text).captions[0].people == ("Ahmad Massoud",)
