"""newsparse's people against spaCy's small English model, on the same text.

    python -m benchmarks.compare_spacy [--model NAME] [--corpus PATH] [--runs N]
    python -m benchmarks.compare_spacy --quotes [--sample N] [--dev PATH] [--runs N]

Needs spaCy and a small English pipeline (``en_core_web_sm``; ``--model``
names another installed package, such as a mirror of it). For every article
with expected facts it runs ``parse_article`` twice: once with newsparse's
own ``extract_people`` and once with the spaCy people finder of
``docs/examples/spacy_people.py`` plugged in, and scores both with the
evaluation's people, person-mention and name-split rules. It then times both
finders over the same windows (the body paragraphs and caption texts that
``parse_article`` hands them) and prints characters per second and the
ratio. Nothing here is an assertion.

``--quotes`` times the pipeline a user would otherwise pick for quotes:
spaCy's whole pipeline on the article (``nlp(text)``) followed by textacy's
``direct_quotations``, against ``parse_article`` (everything: header,
people, quotes), on the same news articles in the same process, the two
interleaved run by run: every ``len // N``-th article of PolNeAR train
(``../shared/dev``, read at run time), ``--sample`` of them. It prints
articles per second and the ratio (median of ``--runs``). Needs textacy
too; without spaCy, the model or textacy it says so and exits with 2.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import newsparse
from benchmarks.evaluate import DEFAULT_CORPUS, ROOT, Score, expected_files, score_article

STRUCTURES = ("people", "person mentions", "name split")


def load_model(name: str) -> Any:
    import spacy  # noqa: PLC0415 - optional: only this script needs it

    try:
        return spacy.load(name)
    except OSError:
        return importlib.import_module(name).load()


def spacy_finder(nlp: Any) -> Callable[..., tuple[newsparse.Person, ...]]:
    path = ROOT / "docs" / "examples" / "spacy_people.py"
    spec = importlib.util.spec_from_file_location("spacy_people", path)
    assert spec is not None  # noqa: S101
    assert spec.loader is not None  # noqa: S101
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    finder: Callable[..., tuple[newsparse.Person, ...]] = module.spacy_people_finder(nlp)
    return finder


def accuracy(finder: Callable[..., tuple[newsparse.Person, ...]], corpus: Path) -> dict[str, Score]:
    import json  # noqa: PLC0415

    totals = {s: Score() for s in STRUCTURES}
    for path in expected_files(corpus):
        expected = json.loads(path.read_text("utf-8"))
        text = (path.parent / expected["source_text"]).read_bytes().decode("utf-8")
        article = newsparse.parse_article(text, people_finder=finder, quote_finder=None)
        scores = score_article(expected, article)
        for structure in STRUCTURES:
            totals[structure].add(scores[structure])
    return totals


def windows_of(corpus: Path) -> list[tuple[str, list[newsparse.Span]]]:
    work = []
    texts = [p.read_bytes().decode("utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts.append((ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt").read_bytes().decode("utf-8"))
    for text in texts:
        seen: list[list[newsparse.Span]] = []

        def record(
            _text: str, *, windows: list[newsparse.Span] | None = None, _seen: Any = seen
        ) -> tuple[newsparse.Person, ...]:
            _seen.append(list(windows or []))
            return ()

        newsparse.parse_article(text, people_finder=record, quote_finder=None)
        work.append((text, seen[0] if seen else []))
    return work


def chars_per_second(
    finder: Callable[..., object], work: list[tuple[str, list[newsparse.Span]]], runs: int
) -> float:
    size = sum(w.end - w.start for _, ws in work for w in ws)

    def one_pass() -> float:
        start = time.perf_counter()
        for text, windows in work:
            finder(text, windows=windows)
        return time.perf_counter() - start

    one_pass()
    return size / statistics.median(one_pass() for _ in range(runs))


def quote_texts(dev: Path, sample: int) -> list[str]:
    """Every ``len // sample``-th PolNeAR train text: the same articles every run."""
    import json  # noqa: PLC0415

    path = dev / "quotes_polnear_train.jsonl"
    rows = path.read_text("utf-8").splitlines()
    step = max(1, len(rows) // sample)
    return [json.loads(line)["text"] for line in rows[::step][:sample]]


def compare_quotes(nlp: Any, texts: list[str], runs: int) -> None:
    from textacy.extract.triples import direct_quotations  # noqa: PLC0415 - optional

    bailed: set[int] = set()

    def spacy_textacy(text: str) -> object:
        doc = nlp(text)
        try:
            return list(direct_quotations(doc))
        except ValueError:  # textacy gives up on an odd number of quotation marks
            bailed.add(id(text))
            return []

    def one_pass(step: Callable[[str], object]) -> float:
        start = time.perf_counter()
        for text in texts:
            step(text)
        return time.perf_counter() - start

    steps: dict[str, Callable[[str], object]] = {
        "parse_article": newsparse.parse_article,
        "spaCy + textacy direct_quotations": spacy_textacy,
    }
    for step in steps.values():
        one_pass(step)  # warm-up
    seconds: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            seconds[name].append(one_pass(step))
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rates = {name: len(texts) / statistics.median(values) for name, values in seconds.items()}
    print(f"{len(texts)} PolNeAR train articles, {size:.2f} MB, median of {runs} runs")
    for name, rate in rates.items():
        print(f"{name:<36}{rate:>9.1f} articles/s {rate * size / len(texts):>8.3f} MB/s")
    ours, theirs = rates.values()
    print(f"{'ratio':<36}{ours / theirs:>9.0f}x")
    print(
        f"textacy gave up (unpaired quotation marks) on {len(bailed)} of the {len(texts)} articles"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.compare_spacy", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--model", default="en_core_web_sm")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quotes", action="store_true", help="time spaCy + textacy quotes")
    parser.add_argument("--sample", type=int, default=60, help="articles for --quotes")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev")
    args = parser.parse_args(argv)
    try:
        nlp = load_model(args.model)
        if args.quotes:
            importlib.import_module("textacy")
    except (ImportError, OSError) as error:
        print(
            f"spaCy, textacy or the model {args.model!r} is not installed: {error}", file=sys.stderr
        )
        return 2
    if args.quotes:
        print(f"newsparse {newsparse.__version__} against spaCy model {nlp.meta.get('name')} "
              f"{nlp.meta.get('version')} + textacy direct_quotations")  # fmt: skip
        compare_quotes(nlp, quote_texts(args.dev, args.sample), args.runs)
        return 0
    finder = spacy_finder(nlp)
    print(f"newsparse {newsparse.__version__} against spaCy model {nlp.meta.get('name')} "
          f"{nlp.meta.get('version')} ({', '.join(nlp.pipe_names)})")  # fmt: skip
    print(f"\n{'':<28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}")
    for label, found in (("newsparse", newsparse.extract_people), ("spaCy", finder)):
        for structure, s in accuracy(found, args.corpus).items():
            cells = "".join(
                f"{'   -' if v is None else f'{v:.3f}':>7}" for v in (s.precision, s.recall, s.f1)
            )
            print(f"{label + ' ' + structure:<28}{cells}{s.tp:>5}{s.fp:>5}{s.fn:>5}")
    work = windows_of(args.corpus)
    ours = chars_per_second(newsparse.extract_people, work, args.runs)
    theirs = chars_per_second(finder, work, args.runs)
    print(f"\nextract_people   {ours:>12,.0f} characters/s")
    print(f"spaCy finder     {theirs:>12,.0f} characters/s")
    print(f"ratio            {ours / theirs:>12.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
