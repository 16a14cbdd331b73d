"""Score newsparse on the development sets of ``../shared/dev``.

    python -m benchmarks.devsets [--dev PATH] [--set NAME] [--limit N] [--misses K] [--json]

The four JSON Lines files beside ``../shared/dev/README.md`` (which defines
their rows and gold conventions) are read there at run time; nothing from
them is copied into the project. Their figures are development data: hidden
sets of the same kinds decide. ``python -m benchmarks.evaluate`` prints these
tables after the seed's and the corpus's; a missing folder or file is one
line on stderr saying it was skipped.

The matching rules are those of the dev README ("Figures of newsparse … on
these sets"), made precise here:

people (``people-dev``, ``people-train``: CoNLL-2003 PER)
    The mentions of ``extract_people(text)`` that start with a capital letter
    (the README's "capitalised ones"; the few others, stray numbers or a
    lower-case particle, are left out and counted) against the gold spans: a
    mention is right when its ``(start, end)`` equals a gold span. P/R/F1 over
    mentions. For error analysis the gold and predicted mentions are also
    counted by shape (:func:`mention_shapes`): on a table line or in prose,
    all caps or not, one word or several.

quotes (``quotes``: PolNeAR train, the body only)
    ``extract_quotes(text, people=extract_people(text))`` over the whole text
    (the README's figures were made so; ``parse_article`` gives the same
    quotes on this set today). Gold attributions ``in_title`` are left out,
    and so are predictions that start in the title block (before the first
    blank line). Spans are trimmed of white space, punctuation (quotation
    marks included) and a leading "that" (:func:`trim`), a gold content part
    by part. A prediction and a gold content overlap when the characters they
    share are at least half of the shorter (the gold's length being that of
    its trimmed parts); pairs are taken one to one, largest overlap first. A
    prediction left unmatched whose characters lie for at least half in the
    parts of an already matched discontiguous content (``"A," he said,
    "B."`` read as two quotes) is no false alarm: it is not counted at all.
    Reported: P/R/F1 of that matching; exact content F1 (a gold content is
    exactly found when the trimmed spans of its matched prediction and of
    the further predictions inside it are its trimmed parts, in order;
    precision over the same predictions as above); speaker accuracy over the
    matched pairs whose gold has a source (:func:`speaker_right`); recall by
    gold ``kind`` and by ``speech_cue``; precision by predicted kind.

articles (``articles``: Fundus, ``header-first`` and ``deck-first`` rows)
    ``parse_article(text)``, per language group (de, en, es, tr, ko, ja, the
    languages with two articles, those with one), all but en/de, and all;
    each layout in its own table. Headline: equal to the gold title, white
    space folded. Date: ``published`` equal to ``date.value``. Authors: F1
    over casefolded names, one to one, a predicted name matching a gold
    author's ``name`` or its ``clean`` form (they differ by "Dr."/"Prof.").
    Organisations: F1 over the byline's casefolded organisations. Captions
    found: of the gold captions with a credit, those covered for at least
    half of their line by one ``Caption`` (the one that covers most). Of
    those found: caption text exact (``Caption.text`` equal to the gold
    ``text``) and credit split right (``Credit.raw`` equal to the gold
    ``credit_printed``), both compared by :func:`split_key` (white space
    folded, a separator such as ``,`` or ``|`` at an edge and one pair of
    brackets around the whole taken off).
    Paragraphs taken for captions: the share of gold body paragraphs covered
    for at least half by one ``Caption``. Nothing lost: the share of articles
    whose blocks hold every non-blank character exactly once (1.000 is the
    contract).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import attrs
import regex

import newsparse
from benchmarks.scores import Score

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV = ROOT.parent / "shared" / "dev"

Row = dict[str, Any]
Examples = dict[str, list[str]]
"""Misses and false alarms for ``--misses``, by heading: one line each."""


def _cell(value: float | None, width: int = 7, digits: int = 3) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.{digits}f}"


def _note(examples: Examples | None, key: str, line: str) -> None:
    if examples is not None:
        examples.setdefault(key, []).append(line)


def _squash(text: str | None) -> str | None:
    """White space folded, case kept."""
    return None if text is None else " ".join(text.split())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _snippet(text: str | None, width: int = 90) -> str:
    if text is None:
        return "None"
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else flat[: width - 1] + "…")


def _tail(text: str, width: int = 50) -> str:
    """The end of ``text``, where a caption and its credit split."""
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= width else "…" + flat[1 - width :])


@attrs.define
class Share:
    """How many of ``total`` were right."""

    hit: int = 0
    total: int = 0

    def add(self, other: Share) -> None:
        self.hit += other.hit
        self.total += other.total

    def count(self, right: bool) -> None:
        self.hit += right
        self.total += 1

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None


def _add_all(mine: dict[str, Any], other: dict[str, Any]) -> None:
    for key, value in other.items():
        if key in mine:
            mine[key].add(value)
        else:
            mine[key] = attrs.evolve(value)


def _score_json(score: Score) -> dict[str, Any]:
    return {"tp": score.tp, "fp": score.fp, "fn": score.fn, "precision": score.precision,
            "recall": score.recall, "f1": score.f1}  # fmt: skip


def _share_json(share: Share) -> dict[str, Any]:
    return {"right": share.hit, "of": share.total, "value": share.value}


_SCORE_HEAD = f"  {'structure':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'FP':>7}{'FN':>7}"


def _score_line(label: str, score: Score) -> str:
    return (
        f"  {label:<22}{_cell(score.precision)}{_cell(score.recall)}{_cell(score.f1)}"
        f"{score.tp:>7}{score.fp:>7}{score.fn:>7}"
    )


# ---------------------------------------------------------------------------
# people


def mention_shapes(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The shape classes of the mention ``text[start:end]``, for error analysis.

    - ``table line`` when its line holds a digit and fewer than three words
      that start with a lower-case letter (results, tables, line-ups),
      else ``prose line``;
    - ``all caps`` when the mention has letters and no lower-case one (as in
      an ALL CAPS headline), else ``mixed case``;
    - ``one word`` or ``several words``.

    >>> mention_shapes("1. John SMITH (USA) 10.2", 3, 13)
    ('table line', 'mixed case', 'several words')
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    lower_words = sum(word[:1].islower() for word in line.split())
    table = any(c.isdigit() for c in line) and lower_words < 3
    mention = text[start:end]
    caps = any(c.isalpha() for c in mention) and not any(c.islower() for c in mention)
    return (
        "table line" if table else "prose line",
        "all caps" if caps else "mixed case",
        "one word" if len(mention.split()) == 1 else "several words",
    )


SHAPES = ("prose line", "table line", "mixed case", "all caps", "one word", "several words")


@attrs.define
class PeopleTally:
    """Person mentions of the CoNLL rows."""

    documents: int = 0
    mentions: Score = attrs.field(factory=Score)
    by_shape: dict[str, Score] = attrs.field(factory=lambda: {s: Score() for s in SHAPES})
    left_out: int = 0
    """Predicted mentions that do not start with a capital letter."""

    def add(self, other: PeopleTally) -> None:
        self.documents += other.documents
        self.mentions.add(other.mentions)
        _add_all(self.by_shape, other.by_shape)
        self.left_out += other.left_out

    def render(self, title: str) -> str:
        lines = [
            (
                f"{title} (development data): {self.documents:,} documents, "
                f"{self.mentions.tp + self.mentions.fn:,} gold mentions"
            ),
            _SCORE_HEAD,
            _score_line("person mentions", self.mentions),
            f"  predicted mentions not capitalised (left out): {self.left_out}",
            f"  {'by shape':<22}{'gold':>7}{'found':>7}{'missed':>7}{'false':>7}{'R':>7}{'P':>7}",
        ]
        for shape in SHAPES:
            s = self.by_shape[shape]
            lines.append(
                f"  {shape:<22}{s.tp + s.fn:>7}{s.tp + s.fp:>7}{s.fn:>7}{s.fp:>7}"
                f"{_cell(s.recall)}{_cell(s.precision)}"
            )
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "mentions": _score_json(self.mentions),
            "by shape": {k: _score_json(v) for k, v in self.by_shape.items()},
            "left out": self.left_out,
        }


def score_people(
    row: Row, mentions: Iterable[newsparse.Mention], examples: Examples | None = None
) -> PeopleTally:
    """One CoNLL row against the mentions found in its text."""
    text = row["text"]
    gold = {(g["start"], g["end"]) for g in row["people"]}
    found: set[tuple[int, int]] = set()
    tally = PeopleTally(documents=1)
    for mention in mentions:
        if mention.text[:1].isupper():
            found.add((mention.span.start, mention.span.end))
        else:
            tally.left_out += 1
    for span in sorted(gold | found):
        outcome = Score(tp=1) if span in gold and span in found else None
        if outcome is None:
            outcome = Score(fn=1) if span in gold else Score(fp=1)
            key = "missed" if outcome.fn else "false alarm"
            line_start = text.rfind("\n", 0, span[0]) + 1
            _note(
                examples,
                key,
                f"{row['id']} {text[span[0] : span[1]]!r} in "
                f"{_snippet(text[line_start : line_start + 100])}",
            )
        tally.mentions.add(outcome)
        for shape in mention_shapes(text, *span):
            tally.by_shape[shape].add(outcome)
    return tally


def run_people(rows: Iterable[Row], examples: Examples | None) -> PeopleTally:
    total = PeopleTally()
    for row in rows:
        people = newsparse.extract_people(row["text"])
        total.add(score_people(row, [m for p in people for m in p.mentions], examples))
    return total


# ---------------------------------------------------------------------------
# quotes

_EDGE = regex.compile(r"[\s\p{P}]+")
_EDGE_END = regex.compile(r"[\s\p{P}]+$")
_THAT = regex.compile(r"(?i:that)(?=\s)")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without white space and punctuation (quotation marks,
    brackets, dashes) at either edge, nor a leading "that".

    >>> text = 'He said that "we will win."'
    >>> start, end = trim(text, 8, len(text))
    >>> text[start:end]
    'we will win'
    """
    while True:
        before = (start, end)
        if m := _EDGE.match(text, start, end):
            start = m.end()
        if m := _EDGE_END.search(text, start, end):
            end = m.start()
        if m := _THAT.match(text, start, end):
            start = m.end()
        if (start, end) == before:
            return start, end


PRONOUNS = frozenset({
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers",
    "it", "its", "they", "them", "their", "who",
})  # fmt: skip
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*")


def _name_words(text: str) -> set[str]:
    return {w.casefold() for w in _CAPITALISED.findall(text) if w.casefold() not in PRONOUNS}


def speaker_right(quote: newsparse.Quote, source: str, parts: Sequence[Sequence[int]]) -> bool:
    """Whether ``quote``'s speaker is the gold source (its text and parts).

    Right when the speaker mention's span overlaps a part of the source, or
    when the mention as written or the canonical speaker shares a
    capitalised word that is not a pronoun with the source (``Trump`` for
    "Donald Trump", ``Clinton`` for "the Clinton campaign"). A quote without
    a speaker is wrong.
    """
    mention = quote.speaker_mention
    if mention is not None and any(
        _overlap((mention.span.start, mention.span.end), (a, b)) for a, b in parts
    ):
        return True
    said = " ".join(filter(None, (mention.text if mention else None, quote.speaker)))
    return bool(_name_words(said) & _name_words(source))


KINDS = ("direct", "partial", "indirect")
PREDICTED_KINDS = (*KINDS, "belief")
"""A prediction may also be of kind ``belief`` (an attribution of no speech:
PolNeAR annotates those too)."""
CUES = ("speech cue", "other cue")


@attrs.define
class QuoteTally:
    """Attributions of the PolNeAR rows, the title block left out."""

    documents: int = 0
    overlap: Score = attrs.field(factory=Score)
    exact: Score = attrs.field(factory=Score)
    speaker: Share = attrs.field(factory=Share)
    by_kind: dict[str, Share] = attrs.field(factory=lambda: {k: Share() for k in KINDS})
    """Recall by the gold's kind."""
    by_cue: dict[str, Share] = attrs.field(factory=lambda: {k: Share() for k in CUES})
    """Recall by whether the gold's cue is a verb of saying."""
    by_predicted_kind: dict[str, Share] = attrs.field(
        factory=lambda: {k: Share() for k in PREDICTED_KINDS}
    )
    """Precision by the prediction's kind."""
    inside: int = 0
    """Further predictions inside a matched discontiguous content: not counted."""
    title_gold: int = 0
    title_predicted: int = 0

    def add(self, other: QuoteTally) -> None:
        self.documents += other.documents
        self.overlap.add(other.overlap)
        self.exact.add(other.exact)
        self.speaker.add(other.speaker)
        _add_all(self.by_kind, other.by_kind)
        _add_all(self.by_cue, other.by_cue)
        _add_all(self.by_predicted_kind, other.by_predicted_kind)
        self.inside += other.inside
        self.title_gold += other.title_gold
        self.title_predicted += other.title_predicted

    def render(self, title: str) -> str:
        def shares(label: str, table: dict[str, Share]) -> str:
            cells = "  ".join(f"{k} {_cell(v.value, 0)} ({v.total:,})" for k, v in table.items())
            return f"  {label:<22}{cells}"

        return "\n".join([
            (f"{title} (development data): {self.documents:,} articles, "
             f"{self.overlap.tp + self.overlap.fn:,} gold attributions"),
            _SCORE_HEAD,
            _score_line("quotes (overlap)", self.overlap),
            _score_line("quotes (exact)", self.exact),
            (f"  {'speaker accuracy':<22}{_cell(self.speaker.value)}  of {self.speaker.total:,}"
             " matched quotes whose gold has a source"),
            shares("recall by kind", self.by_kind),
            shares("recall by cue", self.by_cue),
            shares("precision by kind", self.by_predicted_kind),
            (f"  not counted: {self.inside:,} predictions inside a matched discontiguous "
             f"content; title block: {self.title_gold:,} gold, {self.title_predicted:,} predicted"),
        ])  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "quotes (overlap)": _score_json(self.overlap),
            "quotes (exact)": _score_json(self.exact),
            "speaker": _share_json(self.speaker),
            "recall by kind": {k: _share_json(v) for k, v in self.by_kind.items()},
            "recall by cue": {k: _share_json(v) for k, v in self.by_cue.items()},
            "precision by predicted kind": {
                k: _share_json(v) for k, v in self.by_predicted_kind.items()
            },
            "inside a matched content": self.inside,
            "title block": {"gold": self.title_gold, "predicted": self.title_predicted},
        }


def title_end(text: str) -> int:
    """Where the title block ends: the first blank line (0 without one)."""
    end = text.find("\n\n")
    return max(end, 0)


def score_quotes(
    row: Row, quotes: Sequence[newsparse.Quote], examples: Examples | None = None
) -> QuoteTally:
    """One PolNeAR row against the quotes found in its text."""
    text = row["text"]
    body = title_end(text)
    tally = QuoteTally(documents=1)
    golds = [q for q in row["quotes"] if not q["in_title"]]
    tally.title_gold = len(row["quotes"]) - len(golds)
    preds = [q for q in quotes if q.span.start >= body]
    tally.title_predicted = len(quotes) - len(preds)

    parts = [
        [p for p in (trim(text, a, b) for a, b in g["content_parts"]) if p[0] < p[1]] for g in golds
    ]
    # a quote its cue interrupts is scored by its parts, as PolNeAR's are
    pred_parts = [
        [p for p in (trim(text, s.start, s.end) for s in q.parts or (q.span,)) if p[0] < p[1]]
        for q in preds
    ]
    spans = [trim(text, q.span.start, q.span.end) for q in preds]

    def shared(i: int, j: int) -> int:
        return sum(_overlap(mine, part) for mine in pred_parts[i] for part in parts[j])

    pairs = []
    for i in range(len(preds)):
        length = sum(b - a for a, b in pred_parts[i])
        for j, gold_parts in enumerate(parts):
            n = shared(i, j)
            shorter = min(length, sum(b - a for a, b in gold_parts))
            if n and 2 * n >= shorter:
                pairs.append((-n, i, j))
    gold_of: dict[int, int] = {}
    pred_of: dict[int, int] = {}
    for _, i, j in sorted(pairs):
        if i not in gold_of and j not in pred_of:
            gold_of[i], pred_of[j] = j, i

    inside: dict[int, list[int]] = {}
    counted: list[int] = []
    for i, quote in enumerate(preds):
        if i in gold_of:
            counted.append(i)
            continue
        length = sum(b - a for a, b in pred_parts[i])
        host = next(
            (
                j
                for j in sorted(pred_of)
                if len(golds[j]["content_parts"]) > 1 and (n := shared(i, j)) and 2 * n >= length
            ),
            None,
        )
        if host is not None:
            inside.setdefault(host, []).append(i)
            continue
        counted.append(i)
        _note(
            examples,
            "false alarm",
            f"{row['id']} {quote.kind} (cue {quote.cue!r}): {_snippet(text[slice(*spans[i])])}",
        )
    tally.inside = sum(map(len, inside.values()))

    matched = len(pred_of)
    exact = 0
    for j, gold in enumerate(golds):
        cue = "speech cue" if gold["speech_cue"] else "other cue"
        found = pred_of.get(j)
        tally.by_kind[gold["kind"]].count(found is not None)
        tally.by_cue[cue].count(found is not None)
        if found is None:
            _note(
                examples,
                f"missed ({gold['kind']}, {cue})",
                f"{row['id']} cue {gold['cue']!r}: {_snippet(gold['content'])}",
            )
            continue
        got = sorted(part for k in [found, *inside.get(j, [])] for part in pred_parts[k])
        if got == parts[j]:
            exact += 1
        else:
            _note(
                examples,
                "not exact",
                f"{row['id']} {gold['kind']}: got "
                f"{_snippet(' | '.join(text[a:b] for a, b in got), 70)}, gold "
                f"{_snippet(' | '.join(text[a:b] for a, b in parts[j]), 70)}",
            )
        if gold["speaker_span"] is not None:
            right = speaker_right(preds[found], gold["speaker"], gold["speaker_parts"])
            tally.speaker.count(right)
            if not right:
                mention = preds[found].speaker_mention
                _note(
                    examples,
                    "wrong speaker",
                    f"{row['id']} got "
                    f"{mention.text if mention else None!r} ({preds[found].speaker!r}), "
                    f"gold {gold['speaker']!r}",
                )
    for i in counted:
        tally.by_predicted_kind[preds[i].kind].count(i in gold_of)
    tally.overlap = Score(tp=matched, fp=len(counted) - matched, fn=len(golds) - matched)
    tally.exact = Score(tp=exact, fp=len(counted) - exact, fn=len(golds) - exact)
    return tally


def run_quotes(rows: Iterable[Row], examples: Examples | None) -> QuoteTally:
    total = QuoteTally()
    for row in rows:
        text = row["text"]
        quotes = newsparse.extract_quotes(text, people=newsparse.extract_people(text))
        total.add(score_quotes(row, quotes, examples))
    return total


# ---------------------------------------------------------------------------
# articles

OWN_ROW = ("de", "en", "es", "tr", "ko", "ja")
"""Languages with a row of their own, in the order of the dev README."""
PAIRED = frozenset({"fr", "no", "zu"})
"""The languages with two header-first articles share a row; the rest (one
article each) share another, ``other``."""


def language_group(language: str) -> str:
    if language in OWN_ROW:
        return language
    return "fr, no, zu" if language in PAIRED else "other"


GROUPS = (*OWN_ROW, "fr, no, zu", "other", "all but en/de", "all")
LAYOUTS = ("header-first", "deck-first")


@attrs.define
class ArticleTally:
    """Whole-article figures of some Fundus rows."""

    articles: int = 0
    languages: set[str] = attrs.field(factory=set)
    headline: Share = attrs.field(factory=Share)
    date: Share = attrs.field(factory=Share)
    authors: Score = attrs.field(factory=Score)
    organizations: Score = attrs.field(factory=Score)
    captions: Share = attrs.field(factory=Share)
    """Gold captions with a credit, found."""
    caption_text: Share = attrs.field(factory=Share)
    """Of those found, the text exact."""
    credit: Share = attrs.field(factory=Share)
    """Of those found, the credit split right."""
    paragraphs_as_captions: Share = attrs.field(factory=Share)
    body: Share = attrs.field(factory=Share)
    """Gold paragraphs that open inside a block of kind ``paragraph`` (not
    summary, subhead, caption or furniture)."""
    nothing_lost: Share = attrs.field(factory=Share)
    subheads: Score = attrs.field(factory=Score)
    """Gold subheads against the blocks of kind ``subhead``, by exact span."""

    def add(self, other: ArticleTally) -> None:
        self.articles += other.articles
        self.languages |= other.languages
        for field in attrs.fields(ArticleTally)[2:]:  # the Shares and Scores
            getattr(self, field.name).add(getattr(other, field.name))


def _best_caption(
    captions: Sequence[newsparse.Caption], span: tuple[int, int]
) -> newsparse.Caption | None:
    """The caption covering at least half of ``span``, the one covering most."""
    best = max(captions, key=lambda c: _overlap((c.span.start, c.span.end), span), default=None)
    if best is None or 2 * _overlap((best.span.start, best.span.end), span) < span[1] - span[0]:
        return None
    return best


_BRACKETS = {"(": ")", "[": "]"}
_SEPARATORS = " ,;|·–—-"
"""What may stand between a caption and its credit; it belongs to neither."""


def split_key(text: str | None) -> str | None:
    """A caption's text or credit as compared: white space folded, a
    separator at either edge and one pair of brackets around the whole taken
    off (newsparse's credit leaves the brackets of ``(AP Photo/…)`` out, and
    keeps a label such as ``Foto:``, as the gold's printed credit does).

    >>> split_key(" (AP Photo/Jane Doe) "), split_key(", Foto: dpa"), split_key("A man.")
    ('AP Photo/Jane Doe', 'Foto: dpa', 'A man.')
    """
    text = _squash(text)
    if text is None:
        return None
    text = text.strip(_SEPARATORS)
    if text and text[0] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
    return text


def nothing_lost(text: str, blocks: Sequence[newsparse.Block]) -> bool:
    """Whether ``blocks`` hold every non-blank character of ``text`` exactly once."""
    ordered = sorted(blocks, key=lambda b: (b.span.start, b.span.end))
    covered = 0  # everything before this offset is checked
    for block in ordered:
        start, end = block.span.start, block.span.end
        if text[covered:start].strip():  # a gap with text in it
            return False
        if start < covered and text[start : min(covered, end)].strip():  # held twice
            return False
        covered = max(covered, end)
    return not text[covered:].strip()


def _match_authors(
    gold: Sequence[dict[str, Any]], predicted: Sequence[str]
) -> tuple[Score, list[str], list[str]]:
    """One to one, a predicted name matching a gold ``name`` or ``clean``.

    Returns the score, the gold names missed and the predicted names extra.
    """
    left = [(_squash(p) or "").casefold() for p in predicted]
    missed = []
    for author in gold:
        accepted = {(_squash(author.get(k)) or "").casefold() for k in ("name", "clean")}
        found = next((i for i, name in enumerate(left) if name in accepted - {""}), None)
        if found is None:
            missed.append(author["name"])
        else:
            left[found] = "\0"  # used
    extra = [p for p, name in zip(predicted, left) if name != "\0"]
    tp = len(gold) - len(missed)
    return Score(tp=tp, fp=len(extra), fn=len(missed)), missed, extra


def score_article(
    row: Row, article: newsparse.Article, examples: Examples | None = None
) -> ArticleTally:
    """One Fundus row against its parse."""
    text, rid = row["text"], row["id"]
    tally = ArticleTally(articles=1, languages={row["language"]})

    title = _squash((row.get("title") or {}).get("text"))
    if title is not None:
        tally.headline.count(_squash(article.headline) == title)
        if _squash(article.headline) != title:
            _note(
                examples,
                "headline",
                f"{rid}: got {_snippet(article.headline, 60)}, gold {_snippet(title, 60)}",
            )
    date = (row.get("date") or {}).get("value")
    if date is not None:
        got = article.published.isoformat() if article.published else None
        tally.date.count(got == date)
        if got != date:
            _note(
                examples,
                "date",
                f"{rid} ({row['language']}): got {got}, gold {date} "
                f"from {_snippet(row['date']['line'], 50)}",
            )

    byline = row.get("byline") or {}
    authors, missed, extra = _match_authors(
        byline.get("authors", []),
        [a.name for a in article.byline.authors] if article.byline else [],
    )
    tally.authors = authors
    if missed or extra:
        _note(
            examples,
            "authors",
            f"{rid} ({row['language']}): missed {missed}, "
            f"extra {extra}, line {_snippet(byline.get('line') or '', 60)}",
        )
    gold_orgs = [(_squash(o["name"]) or "").casefold() for o in byline.get("organizations", [])]
    got_orgs = (
        [(_squash(o) or "").casefold() for o in article.byline.organizations]
        if article.byline
        else []
    )
    tp = sum(min(gold_orgs.count(o), got_orgs.count(o)) for o in set(gold_orgs))
    tally.organizations = Score(tp=tp, fp=len(got_orgs) - tp, fn=len(gold_orgs) - tp)

    for caption in row["captions"]:
        if not caption.get("credit_printed"):
            continue
        found = _best_caption(article.captions, tuple(caption["span"]))
        tally.captions.count(found is not None)
        if found is None:
            _note(
                examples,
                "caption not found",
                f"{rid} ({caption['form']}): {_snippet(caption['line'])}",
            )
            continue
        text_right = split_key(found.text) == split_key(caption["text"])
        tally.caption_text.count(text_right)
        if not text_right:
            _note(
                examples,
                "caption text",
                f"{rid}: got {_tail(found.text)}, gold {_tail(caption['text'])}",
            )
        got_credit = split_key(found.credit.raw if found.credit else None)
        credit_right = got_credit == split_key(caption["credit_printed"])
        tally.credit.count(credit_right)
        if not credit_right:
            _note(
                examples,
                "credit",
                f"{rid} ({caption['form']}): got {got_credit!r}, "
                f"gold {caption['credit_printed']!r}",
            )
    for paragraph in row["paragraphs"]:
        taken = _best_caption(article.captions, tuple(paragraph["span"])) is not None
        tally.paragraphs_as_captions.count(taken)
        start = paragraph["span"][0]
        kind = next((b.kind for b in article.blocks if b.span.start <= start < b.span.end), None)
        tally.body.count(kind == "paragraph")
        if kind != "paragraph":
            _note(examples, f"paragraph read as {kind}", f"{rid}: {_snippet(paragraph['text'])}")
        if taken:
            _note(
                examples, "paragraph taken for a caption", f"{rid}: {_snippet(paragraph['text'])}"
            )
    gold_subheads = {tuple(subhead["span"]) for subhead in row.get("subheads", [])}
    got_subheads = {(b.span.start, b.span.end) for b in article.blocks if b.kind == "subhead"}
    tp = len(gold_subheads & got_subheads)
    tally.subheads = Score(tp=tp, fp=len(got_subheads) - tp, fn=len(gold_subheads) - tp)
    for start, end in sorted(got_subheads - gold_subheads):
        _note(examples, "subhead not in gold", f"{rid}: {_snippet(text[start:end])}")
    for start, end in sorted(gold_subheads - got_subheads):
        _note(examples, "subhead missed", f"{rid}: {_snippet(text[start:end])}")
    whole = nothing_lost(text, article.blocks)
    tally.nothing_lost.count(whole)
    if not whole:
        _note(examples, "text lost", rid)
    return tally


@attrs.define
class ArticlesResult:
    """Article tallies by layout and language group."""

    tables: dict[str, dict[str, ArticleTally]] = attrs.field(
        factory=lambda: {layout: {} for layout in LAYOUTS}
    )

    def add(self, row: Row, tally: ArticleTally) -> None:
        table = self.tables.setdefault(row["layout"], {})
        groups = [language_group(row["language"]), "all"]
        if row["language"] not in {"en", "de"}:
            groups.append("all but en/de")
        for group in groups:
            table.setdefault(group, ArticleTally()).add(tally)

    def render(self, title: str) -> str:
        head = (
            f"  {'language':<38}{'n':>4}{'headline':>9}{'date':>6}{'authors F1':>13}"
            f"{'orgs F1':>12}{'captions':>13}{'text':>6}{'credit':>7}{'para→cap':>9}{'body':>6}{'intact':>7}"
            f"{'subheads F1':>17}"
        )
        out = []
        for layout, table in self.tables.items():
            if not table:
                continue
            out += [f"{title}, {layout} (development data): {table['all'].articles} articles", head]
            for group in GROUPS:
                if (t := table.get(group)) is None:
                    continue
                label = group
                if group == "other":
                    label = f"other: {', '.join(sorted(t.languages))}"
                out.append(
                    f"  {label:<38}{t.articles:>4}{_cell(t.headline.value, 9, 2)}"
                    f"{_cell(t.date.value, 6, 2)}"
                    f"{_cell(t.authors.f1, 7, 2)} ({t.authors.tp + t.authors.fn:>3})"
                    f"{_cell(t.organizations.f1, 6, 2)} ({t.organizations.tp + t.organizations.fn:>3})"
                    f"{_cell(t.captions.value, 7, 2)} ({t.captions.total:>3})"
                    f"{_cell(t.caption_text.value, 6, 2)}{_cell(t.credit.value, 7, 2)}"
                    f"{_cell(t.paragraphs_as_captions.value, 9, 3)}{_cell(t.body.value, 6, 2)}"
                    f"{_cell(t.nothing_lost.value, 7, 2)}"
                    f"{_cell(t.subheads.f1, 10, 2)} ({t.subheads.tp + t.subheads.fn:>3})"
                )
            out.append("")
        out.append(
            "  n articles; authors F1 (gold persons), orgs F1 (gold organisations), captions"
            " found (gold captions with a credit);\n  of those found: text exact, credit split"
            " right; para→cap: share of gold paragraphs taken for captions;\n  body: share of gold paragraphs read as body paragraphs; intact: share of"
            " articles whose blocks hold every non-blank character once;\n  subheads F1: blocks"
            " of kind subhead against the gold subheads, by exact span (gold count)"
        )
        return "\n".join(out)

    def to_json(self) -> dict[str, Any]:
        return {
            layout: {
                group: {
                    "articles": t.articles,
                    "languages": sorted(t.languages),
                    "headline": _share_json(t.headline),
                    "date": _share_json(t.date),
                    "authors": _score_json(t.authors),
                    "organizations": _score_json(t.organizations),
                    "captions found": _share_json(t.captions),
                    "caption text exact": _share_json(t.caption_text),
                    "credit split right": _share_json(t.credit),
                    "paragraphs taken for captions": _share_json(t.paragraphs_as_captions),
                    "paragraphs read as body": _share_json(t.body),
                    "nothing lost": _share_json(t.nothing_lost),
                    "subheads": _score_json(t.subheads),
                }
                for group, t in table.items()
            }
            for layout, table in self.tables.items()
        }


def run_articles(rows: Iterable[Row], examples: Examples | None) -> ArticlesResult:
    result = ArticlesResult()
    for row in rows:
        result.add(row, score_article(row, newsparse.parse_article(row["text"]), examples))
    return result


# ---------------------------------------------------------------------------
# the sets and the command


class Result(Protocol):
    def render(self, title: str) -> str: ...
    def to_json(self) -> dict[str, Any]: ...


@attrs.frozen
class DevSet:
    """One development file, its title in the tables and its scorer."""

    name: str
    file: str
    title: str
    run: Callable[[Iterable[Row], Examples | None], Result]


SETS = (
    DevSet(name="people-dev", file="people_conll2003_dev.jsonl",
           title="people, CoNLL-2003 dev", run=run_people),
    DevSet(name="people-train", file="people_conll2003_train.jsonl",
           title="people, CoNLL-2003 train", run=run_people),
    DevSet(name="quotes", file="quotes_polnear_train.jsonl",
           title="quotes, PolNeAR train (body)", run=run_quotes),
    DevSet(name="articles", file="articles_fundus_dev.jsonl",
           title="articles, Fundus dev", run=run_articles),
)  # fmt: skip


def read_rows(path: Path, limit: int | None = None) -> Iterator[Row]:
    """The rows of a JSON Lines file, the first ``limit`` of them if given."""
    with path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, limit):
            if line.strip():
                yield json.loads(line)


@attrs.frozen
class Scored:
    dev_set: DevSet
    result: Result
    examples: Examples


def evaluate_dev(
    dev: Path, *, names: Sequence[str] | None = None, limit: int | None = None
) -> list[Scored]:
    """Score the sets found in ``dev``; say on stderr which were skipped."""
    if not dev.is_dir():
        print(f"development sets not found at {dev}: skipped", file=sys.stderr)
        return []
    scored = []
    for dev_set in SETS:
        if names and dev_set.name not in names:
            continue
        path = dev / dev_set.file
        if not path.is_file():
            print(f"{dev_set.name}: {path} not found: skipped", file=sys.stderr)
            continue
        examples: Examples = {}
        scored.append(Scored(dev_set, dev_set.run(read_rows(path, limit), examples), examples))
    return scored


def pick(items: Sequence[str], k: int) -> list[str]:
    """Up to ``k`` of ``items``, spread evenly over them (always the same)."""
    n = len(items)
    return [items[i * n // k] for i in range(min(k, n))] if k > 0 else []


def render_misses(scored: Sequence[Scored], k: int) -> str:
    lines = []
    for s in scored:
        for key, items in s.examples.items():
            lines.append(f"\n{s.dev_set.name}: {key}: {len(items):,}, {min(k, len(items))} shown")
            lines += [f"  {item}" for item in pick(items, k)]
    return "\n".join(lines)


def render(scored: Sequence[Scored]) -> str:
    return "\n\n".join(s.result.render(s.dev_set.title) for s in scored)


def to_json(scored: Sequence[Scored]) -> dict[str, Any]:
    return {s.dev_set.name: s.result.to_json() for s in scored}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.devsets", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="the dev folder")
    parser.add_argument("--set", action="append", choices=[s.name for s in SETS],
                        help="score this set only (repeatable)")  # fmt: skip
    parser.add_argument("--limit", type=int, metavar="N", help="the first N rows of each file")
    parser.add_argument("--misses", type=int, default=0, metavar="K",
                        help="print up to K misses and false alarms per structure")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)
    scored = evaluate_dev(args.dev, names=args.set, limit=args.limit)
    if args.json:
        print(json.dumps(to_json(scored), indent=2))
    elif scored:
        print(f"newsparse {newsparse.__version__}\n")
        print(render(scored))
    if args.misses:
        print(render_misses(scored, args.misses), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
