"""Score newsparse against the hand-written expected facts.

    python -m benchmarks.evaluate [--shared PATH] [--corpus PATH] [--details] [--json]
                                  [--no-dev] [--dev-limit N] [--misses K]

Reads every ``*.expected.json`` in ``seeds/`` and in the corpus (by default
``../shared/corpus`` beside the repository; the articles are read there at
run time, never copied), parses each article with ``parse_article`` and
prints precision, recall and F1 per structure, per source and overall.
Structures whose parser has not landed are shown as "not measured".

Then it scores the development sets of ``../shared/dev`` with
``benchmarks.devsets`` (people on CoNLL-2003 dev and train, quotes on
PolNeAR train, whole articles on Fundus; the rules are in that module's
docstring), each table headed with its set and "(development data)":
``--no-dev`` skips them, ``--dev-limit N`` reads the first N rows of each
file, ``--misses K`` prints up to K of their misses and false alarms per
structure. A missing shared folder, dev folder or dev file is one line on
stderr saying what was skipped; the command still exits 0.

Matching follows the corpus's EXPECTED_FORMAT.md: strings compare after
folding case and white space and unifying quotation marks; a quote matches
when its clean text starts with ``text_starts``; a person matches by name.
Single-valued structures (headline, date, dateline): gold null and
predicted null counts nothing; predicted with gold null is a false
positive; gold with nothing predicted a false negative; both but different
one of each.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import newsparse
from benchmarks import devsets
from benchmarks.scores import Score, fold

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_CORPUS = DEFAULT_SHARED / "corpus"

STRUCTURES = (
    "headline", "date", "byline authors", "byline organizations", "dateline",
    "captions", "people", "person mentions", "name split", "quotes", "quotes direct",
    "quotes partial", "quotes indirect", "speakers", "speakers direct", "speakers partial",
    "speakers indirect",
)  # fmt: skip
NEEDS = {
    "captions": "parse_caption",
    "people": "extract_people",
    "person mentions": "extract_people",
    "name split": "extract_people",
    "quotes": "extract_quotes",
    "quotes direct": "extract_quotes",
    "quotes partial": "extract_quotes",
    "quotes indirect": "extract_quotes",
    "speakers": "extract_quotes",
    "speakers direct": "extract_quotes",
    "speakers partial": "extract_quotes",
    "speakers indirect": "extract_quotes",
}


def score_single(gold: str | None, predicted: str | None) -> Score:
    """One value that is either there or not."""
    gold, predicted = fold(gold), fold(predicted)
    if gold is None and predicted is None:
        return Score()
    if gold is None:
        return Score(fp=1)
    if predicted is None:
        return Score(fn=1)
    return Score(tp=1) if gold == predicted else Score(fp=1, fn=1)


def score_multiset(gold: list[str], predicted: list[str]) -> Score:
    """Two bags of strings, compared folded."""
    g = Counter(fold(x) for x in gold)
    p = Counter(fold(x) for x in predicted)
    tp = sum((g & p).values())
    return Score(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)


def score_prefixes(
    gold: list[str], predicted: Sequence[str | Sequence[str]]
) -> tuple[Score, list[int | None]]:
    """Each gold prefix matched to one predicted text that starts with it.

    A prediction may offer several texts (a mixed quote: its clause and
    each quoted piece in it); it matches when one of them does.
    Returns the score and, for each gold item, the index of its match.
    """
    used: set[int] = set()
    matches: list[int | None] = []
    offered = [(p,) if isinstance(p, str) else tuple(p) for p in predicted]
    for prefix in gold:
        want = fold(prefix) or ""
        found = next(
            (
                i
                for i, texts in enumerate(offered)
                if i not in used and any((fold(t) or "").startswith(want) for t in texts)
            ),
            None,
        )
        if found is not None:
            used.add(found)
        matches.append(found)
    tp = len(used)
    return Score(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp), matches


def score_mentions(
    gold: dict[str, int | None] | None, people: tuple[newsparse.Person, ...]
) -> Score:
    """Mentions per person, by count: the gold gives how many times the text
    names each person, not where. A matched person scores min(gold, found)
    true positives and the difference as misses or extras; an unmatched gold
    person's mentions are all missed, an invented person's all extra."""
    if gold is None:
        return Score()
    found = {fold(p.name): len(p.mentions) for p in people}
    score = Score()
    for name, count in gold.items():
        want = count or 1
        got = found.pop(fold(name) or "", 0)
        score.add(Score(tp=min(want, got), fp=max(0, got - want), fn=max(0, want - got)))
    score.fp += sum(found.values())
    return score


def score_split(gold: dict[str, str | None], people: tuple[newsparse.Person, ...]) -> Score:
    """Family names of the matched people: right is a true positive, wrong is
    one false positive and one miss (so P = R = accuracy)."""
    found = {fold(p.name): p.family for p in people}
    score = Score()
    for name, family in gold.items():
        key = fold(name) or ""
        if key not in found:
            continue
        if fold(found[key]) == fold(family):
            score.tp += 1
        else:
            score.fp += 1
            score.fn += 1
    return score


def gold_facts(expected: dict[str, Any]) -> dict[str, Any]:
    """The gold facts of one file, in one shape for the seed and the corpus."""
    req = expected["required"]
    byline = req.get("byline")
    people = req.get("people")
    if isinstance(people, dict):  # the seed: must_include, no mention counts
        listed = people.get("must_include", [])
        counts = None
    else:
        listed = people or []
        counts = {p["name"]: p.get("mentions") for p in listed}
    names = [p["name"] for p in listed]
    dateline = req.get("dateline")
    return {
        "headline": req.get("headline"),
        "date": req.get("publication_date"),
        "byline authors": [a["name"] for a in (byline or {}).get("authors", [])],
        "byline organizations": list((byline or {}).get("organizations", [])),
        "dateline": dateline["raw"] if dateline else None,
        "captions": [c["text"] for c in req.get("captions", [])],
        "people": names,
        "mention counts": counts,
        "family names": {p["name"]: p.get("family_name") for p in listed if "family_name" in p},
        "quotes": [(q["text_starts"], q.get("speaker")) for q in req.get("quotes", [])],
        "quote kinds": [q.get("kind") for q in req.get("quotes", [])],
    }


def quote_texts(quote: newsparse.Quote, text: str | None) -> tuple[str, ...]:
    """What a quote offers to match a gold ``text_starts``: its text, and
    the quoted pieces of a mixed quote (with the article's ``text``; the
    annotators listed such a piece as a partial quote of its own).
    """
    if text is None:
        return (quote.text,)
    return (quote.text, *(" ".join(text[p.start : p.end].split()) for p in quote.quoted))


def score_article(
    expected: dict[str, Any], article: newsparse.Article, text: str | None = None
) -> dict[str, Score]:
    """Every structure's score for one article (``text``: the article's,
    for the quoted pieces of mixed quotes). Quotes of kind ``belief`` are
    left out: the expected facts list statements, not beliefs.
    """
    gold = gold_facts(expected)
    byline = article.byline
    scores = {
        "headline": score_single(gold["headline"], article.headline),
        "date": score_single(
            gold["date"], article.published.isoformat() if article.published else None
        ),
        "byline authors": score_multiset(
            gold["byline authors"], [a.name for a in byline.authors] if byline else []
        ),
        "byline organizations": score_multiset(
            gold["byline organizations"], list(byline.organizations) if byline else []
        ),
        "dateline": score_single(
            gold["dateline"], article.dateline.raw if article.dateline else None
        ),
        "captions": score_multiset(gold["captions"], [c.text for c in article.captions]),
        "people": score_multiset(gold["people"], [p.name for p in article.people]),
    }
    scores["person mentions"] = score_mentions(gold["mention counts"], article.people)
    scores["name split"] = score_split(gold["family names"], article.people)
    said = [q for q in article.quotes if q.kind != "belief"]
    quotes, matches = score_prefixes(
        [q[0] for q in gold["quotes"]], [quote_texts(q, text) for q in said]
    )
    scores["quotes"] = quotes
    for kind in ("direct", "partial", "indirect"):
        offered = [(q.text,) for q in said if q.kind == kind]
        if kind == "partial" and text is not None:  # the quoted pieces of mixed quotes
            offered += [quote_texts(q, text)[1:] for q in said if q.quoted]
        scores[f"quotes {kind}"] = score_prefixes(
            [q[0] for q, k in zip(gold["quotes"], gold["quote kinds"]) if k == kind], offered
        )[0]
    # speakers of the matched quotes, overall and by the gold quote's kind
    speakers = {key: Score() for key in ("speakers", "speakers direct", "speakers partial",
                                         "speakers indirect")}  # fmt: skip
    for (_, speaker), kind, index in zip(gold["quotes"], gold["quote kinds"], matches):
        if index is None:
            outcome = Score(fn=1)
        elif fold(said[index].speaker) == fold(speaker):
            outcome = Score(tp=1)
        else:
            outcome = Score(fp=1, fn=1)
        speakers["speakers"].add(outcome)
        if f"speakers {kind}" in speakers:
            speakers[f"speakers {kind}"].add(outcome)
    scores.update(speakers)
    return scores


def measured(structure: str) -> bool:
    """Whether the parser behind ``structure`` has landed."""
    need = NEEDS.get(structure)
    return need is None or hasattr(newsparse, need)


def source_of(path: Path) -> str:
    """``afmil``, ``armymil``, ``senate``, ``wikinews`` or ``seed``."""
    parts = path.name.split("_")
    if not parts[0].isdigit():
        return "seed"
    return parts[1].split("-")[0]


def expected_files(corpus: Path | None) -> list[Path]:
    files = sorted((ROOT / "seeds").glob("*.expected.json"))
    if corpus is not None and corpus.is_dir():
        files += sorted(corpus.glob("*.expected.json"))
    return files


def evaluate(corpus: Path | None) -> tuple[dict[str, dict[str, Score]], list[str]]:
    """Scores per source (and ``overall``), and the misses for ``--details``."""
    table: dict[str, dict[str, Score]] = {}
    misses: list[str] = []
    for path in expected_files(corpus):
        expected = json.loads(path.read_text("utf-8"))
        text = (path.parent / expected["source_text"]).read_bytes().decode("utf-8")
        article = newsparse.parse_article(text)
        for structure, score in score_article(expected, article, text).items():
            for key in (source_of(path), "overall"):
                table.setdefault(key, {s: Score() for s in STRUCTURES})[structure].add(score)
            if (score.fp or score.fn) and measured(structure):
                misses.append(f"{path.name[:48]}: {structure}: {score}")
    return table, misses


def _cell(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def render(table: dict[str, dict[str, Score]]) -> str:
    lines = []
    for source in [*sorted(k for k in table if k != "overall"), "overall"]:
        lines.append(f"\n{source}")
        lines.append(f"  {'structure':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}")
        for structure in STRUCTURES:
            s = table[source][structure]
            if not measured(structure):
                lines.append(f"  {structure:<22}{'not measured':>21}")
                continue
            lines.append(
                f"  {structure:<22}{_cell(s.precision):>7}{_cell(s.recall):>7}{_cell(s.f1):>7}"
                f"{s.tp:>5}{s.fp:>5}{s.fn:>5}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED,
        help="the folder with corpus/ and dev/ (default: ../shared beside the repository)",
    )  # fmt: skip
    parser.add_argument("--corpus", type=Path, help="the corpus (default: SHARED/corpus)")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--no-dev", action="store_true", help="skip the development sets")
    parser.add_argument(
        "--dev-limit", type=int, metavar="N", help="read the first N rows of each dev file"
    )
    parser.add_argument(
        "--misses", type=int, default=0, metavar="K",
        help="print up to K dev-set misses and false alarms per structure",
    )  # fmt: skip
    args = parser.parse_args(argv)
    corpus = args.corpus or args.shared / "corpus"
    dev = args.shared / "dev"
    if args.corpus is None and not args.shared.is_dir():
        print(
            f"shared folder not found at {args.shared}: corpus and development sets skipped,"
            " scoring the seed only",
            file=sys.stderr,
        )
        dev_sets: list[devsets.Scored] = []
    else:
        if not corpus.is_dir():
            print(f"corpus not found at {corpus}: scoring the seed only", file=sys.stderr)
        dev_sets = [] if args.no_dev else devsets.evaluate_dev(dev, limit=args.dev_limit)
    table, misses = evaluate(corpus)
    if args.json:
        out: dict[str, Any] = {
            source: {
                s: ({"tp": v.tp, "fp": v.fp, "fn": v.fn, "precision": v.precision,
                     "recall": v.recall, "f1": v.f1} if measured(s) else "not measured")
                for s, v in row.items()
            }
            for source, row in table.items()
        }  # fmt: skip
        if dev_sets:
            out["dev sets"] = devsets.to_json(dev_sets)  # no source id has a space
        print(json.dumps(out, indent=2))
    else:
        print(
            f"newsparse {newsparse.__version__}: {len(expected_files(corpus))} files with expected facts"
        )
        print(render(table))
        if dev_sets:
            print("\n" + devsets.render(dev_sets))
    if args.details:
        print("\nmisses:")
        print("\n".join(misses) or "  none")
    if args.misses and dev_sets:
        print(devsets.render_misses(dev_sets, args.misses), file=sys.stderr if args.json else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
