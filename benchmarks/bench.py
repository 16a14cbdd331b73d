"""Time parse_article and parse_caption: items per second, MB/s, peak memory, import time.

    python -m benchmarks.bench [--runs N] [--corpus PATH] [--profile]

(a) the seed article, parsed repeatedly; (b) every corpus article once per
pass (``../shared/corpus`` when present); (c) ``parse_caption`` alone over
every caption block of (a) and (b), collected once with ``parse_article``. Each figure is the median of
``--runs`` passes; the same work every time. ``import newsparse`` is timed in
fresh interpreters, minus a bare interpreter's start-up. Nothing here is an
assertion: the machines are noisy, so quote medians and ratios.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def header_parse(text: str) -> newsparse.Article:
    """The head, body and captions, without the people and quote finders."""
    return newsparse.parse_article(text, people_finder=None, quote_finder=None)


def time_pass(texts: list[str], parse: Callable[[str], object] = newsparse.parse_article) -> float:
    start = time.perf_counter()
    for text in texts:
        parse(text)
    return time.perf_counter() - start


def peak_memory(
    texts: list[str], parse: Callable[[str], object] = newsparse.parse_article
) -> float:
    """Peak traced allocation (MB) over one pass."""
    tracemalloc.start()
    for text in texts:
        parse(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def import_time(runs: int) -> float:
    """Median seconds for ``import newsparse`` in a fresh interpreter."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    bare = statistics.median(run("pass") for _ in range(runs))
    full = statistics.median(run("import newsparse") for _ in range(runs))
    return full - bare


def report(
    name: str,
    texts: list[str],
    runs: int,
    parse: Callable[[str], object] = newsparse.parse_article,
) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    time_pass(texts, parse)  # warm caches (patterns, tables, dateparser)
    seconds = statistics.median(time_pass(texts, parse) for _ in range(runs))
    print(
        f"{name:<28}{len(texts):>6} articles {size / 1e6:>7.3f} MB   "
        f"{len(texts) / seconds:>9,.0f} articles/s {size / 1e6 / seconds:>7.2f} MB/s   "
        f"peak {peak_memory(texts, parse):>6.2f} MB"
    )


def body_work(texts: list[str]) -> list[tuple[str, list[newsparse.Span], tuple[int, int]]]:
    """For each text, the windows parse_article gives the people finder and
    the body window it gives the quote finder, found once."""
    work = []
    for text in texts:
        article = header_parse(text)
        if not article.paragraphs:
            continue
        windows = [p.span for p in article.paragraphs]
        windows += [c.span for c in article.captions]
        body = (article.paragraphs[0].span.start, article.paragraphs[-1].span.end)
        work.append((text, windows, body))
    return work


def report_finders(
    work: list[tuple[str, list[newsparse.Span], tuple[int, int]]], runs: int
) -> None:
    """``extract_people`` and ``extract_quotes`` (with people) alone, in MB/s of what they read."""
    people_size = sum(
        len(text[w.start : w.end].encode("utf-8")) for text, ws, _ in work for w in ws
    )
    quote_size = sum(len(text[lo:hi].encode("utf-8")) for text, _, (lo, hi) in work)
    found = {id(text): newsparse.extract_people(text, windows=ws) for text, ws, _ in work}

    def people_pass() -> float:
        start = time.perf_counter()
        for text, windows, _ in work:
            newsparse.extract_people(text, windows=windows)
        return time.perf_counter() - start

    def quotes_pass() -> float:
        start = time.perf_counter()
        for text, _, (lo, hi) in work:
            newsparse.extract_quotes(text, people=found[id(text)], start=lo, end=hi)
        return time.perf_counter() - start

    for name, one_pass, size in (
        ("extract_people", people_pass, people_size),
        ("extract_quotes (+ people)", quotes_pass, quote_size),
    ):
        one_pass()
        seconds = statistics.median(one_pass() for _ in range(runs))
        tracemalloc.start()
        one_pass()
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(
            f"{name:<28}{len(work):>6} articles {size / 1e6:>7.3f} MB   "
            f"{len(work) / seconds:>9,.0f} articles/s {size / 1e6 / seconds:>7.2f} MB/s   "
            f"peak {peak:>6.2f} MB"
        )


def caption_windows(texts: list[str]) -> list[tuple[str, int, int]]:
    """Every caption block of ``texts`` as ``(text, start, end)``, found once."""
    return [
        (text, caption.span.start, caption.span.end)
        for text in texts
        for caption in newsparse.parse_article(text).captions
    ]


def time_captions(windows: list[tuple[str, int, int]]) -> float:
    start = time.perf_counter()
    for text, lo, hi in windows:
        newsparse.parse_caption(text, start=lo, end=hi)
    return time.perf_counter() - start


def report_captions(name: str, windows: list[tuple[str, int, int]], runs: int) -> None:
    """``parse_caption`` alone over the caption blocks, repeated to a measurable pass."""
    if not windows:
        return
    repeat = max(1, 2000 // len(windows))
    work = windows * repeat
    size = sum(len(text[lo:hi].encode("utf-8")) for text, lo, hi in work)
    time_captions(work)
    seconds = statistics.median(time_captions(work) for _ in range(runs))
    print(
        f"{name:<28}{len(work):>6} captions {size / 1e6:>7.3f} MB   "
        f"{len(work) / seconds:>9,.0f} captions/s {size / 1e6 / seconds:>7.2f} MB/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--profile", action="store_true", help="profile the corpus pass")
    args = parser.parse_args(argv)

    print(
        f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}, median of {args.runs} runs"
    )
    seed = read(SEED)
    corpus = [read(p) for p in sorted(args.corpus.glob("*.txt"))] if args.corpus.is_dir() else []
    report("seed x 200, header parse", [seed] * 200, args.runs, header_parse)
    if corpus:
        report("corpus, header parse", corpus, args.runs, header_parse)
    report("seed x 200, full parse", [seed] * 200, args.runs)
    if corpus:
        report("corpus, full parse", corpus, args.runs)
    else:
        print(f"corpus not found at {args.corpus}")
    report_finders(body_work([seed] * 20 + corpus), args.runs)
    captions = caption_windows([seed, *corpus])
    report_captions(f"parse_caption ({len(captions)} blocks)", captions, args.runs)
    print(f"{'import newsparse':<28}{import_time(args.runs) * 1000:>8.0f} ms")
    if args.profile and corpus:
        profiler = cProfile.Profile()
        profiler.runcall(time_pass, corpus * 5)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
