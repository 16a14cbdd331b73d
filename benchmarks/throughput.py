"""Throughput on the development sets' news text, against one regex scan of it.

    python -m benchmarks.throughput [--runs N] [--dev PATH] [--limit N] [--profile]

The work, the same every run: the texts of PolNeAR train (840 US articles)
and of the header-first Fundus articles (129, in 18 languages) for
``parse_article``; the CoNLL-2003 dev texts for ``extract_people`` on its
own (the whole text, as a user calls it). Beside them, in the same process
and interleaved with them run by run, one ``regex`` scan of the same texts
for capitalised words and quotation marks (``\\p{Lu}\\p{Ll}+|["“”]``): the
least a parser that looks at names and quotes must do, the yardstick of
issue 21 ("within 30× of one regex scan"). Every figure is the median of
``--runs`` passes after one warm-up pass; sizes are UTF-8 bytes. Nothing
here is an assertion: the machines are noisy, so quote medians and ratios.
The texts are read at run time from ``../shared/dev`` and never stored.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

import newsparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV = ROOT.parent / "shared" / "dev"
SCAN = regex.compile(r'\p{Lu}\p{Ll}+|["“”]')


def texts_of(
    path: Path, limit: int | None, keep: Callable[[dict], bool] = lambda _: True
) -> list[str]:
    """The ``text`` of the rows of a JSON Lines file that ``keep`` accepts, the first ``limit``."""
    texts: list[str] = []
    if not path.is_file():
        print(f"{path} not found: skipped", file=sys.stderr)
        return texts
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(texts) >= limit:
                break
            row = json.loads(line)
            if keep(row):
                texts.append(row["text"])
    return texts


def scan(text: str) -> int:
    """One pass of the yardstick pattern over ``text``: the number of matches."""
    return sum(1 for _ in SCAN.finditer(text))


def people(text: str) -> object:
    return newsparse.extract_people(text)


def time_pass(work: list[str], step: Callable[[str], object]) -> float:
    start = time.perf_counter()
    for text in work:
        step(text)
    return time.perf_counter() - start


def medians(
    jobs: dict[str, tuple[list[str], Callable[[str], object]]], runs: int
) -> dict[str, float]:
    """Median seconds per job, the jobs interleaved run by run (so load hits them alike)."""
    for work, step in jobs.values():
        time_pass(work, step)  # warm-up: tables, patterns, dateparser
    seconds: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, (work, step) in jobs.items():
            seconds[name].append(time_pass(work, step))
    return {name: statistics.median(values) for name, values in seconds.items()}


def size_of(work: list[str]) -> float:
    """MB of UTF-8."""
    return sum(len(text.encode("utf-8")) for text in work) / 1e6


def lines(jobs: dict[str, tuple[list[str], Callable[[str], object]]], runs: int) -> Iterator[str]:
    taken = medians(jobs, runs)
    for name, (work, _) in jobs.items():
        mb = size_of(work)
        yield (
            f"{name:<34}{len(work):>6} texts {mb:>7.2f} MB   "
            f"{len(work) / taken[name]:>9,.1f} texts/s {mb / taken[name]:>8.2f} MB/s"
        )
    for name in jobs:
        yardstick = f"regex scan, {name.split(',', 1)[1].strip()}" if "," in name else None
        if yardstick in taken and not name.startswith("regex"):
            ratio = taken[name] / taken[yardstick]
            yield f"{name:<34}{ratio:>8.0f}x the time of one regex scan of the same text"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.throughput", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="the dev folder")
    parser.add_argument("--limit", type=int, metavar="N", help="the first N texts of each set")
    parser.add_argument("--profile", action="store_true", help="profile one parse_article pass")
    args = parser.parse_args(argv)

    news = texts_of(args.dev / "quotes_polnear_train.jsonl", args.limit)
    news += texts_of(
        args.dev / "articles_fundus_dev.jsonl",
        args.limit,
        lambda row: row.get("layout") == "header-first",
    )
    conll = texts_of(args.dev / "people_conll2003_dev.jsonl", args.limit)
    if not news and not conll:
        print(f"no development sets at {args.dev}", file=sys.stderr)
        return 2
    print(
        f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}, "
        f"median of {args.runs} runs"
    )
    jobs: dict[str, tuple[list[str], Callable[[str], object]]] = {}
    if news:
        jobs["parse_article, PolNeAR + Fundus"] = (news, newsparse.parse_article)
        jobs["regex scan, PolNeAR + Fundus"] = (news, scan)
    if conll:
        jobs["extract_people, CoNLL dev"] = (conll, people)
        jobs["regex scan, CoNLL dev"] = (conll, scan)
    for line in lines(jobs, args.runs):
        print(line)
    if args.profile and news:
        profiler = cProfile.Profile()
        profiler.runcall(time_pass, news, newsparse.parse_article)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
