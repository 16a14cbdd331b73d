"""Scaling of parse_many: articles/s with 1 and 2 workers, speed-up, peak memory.

    python -m benchmarks.batch [--articles N] [--workers 1,2] [--corpus PATH]

The corpus (``../shared/corpus/*.txt``, else the seed) repeated to
``--articles`` texts (20,000 by default), parsed by ``parse_many`` with each
worker count, every count in a fresh interpreter so that its memory figures
are its own. ``1`` is the in-process path; more uses worker processes.
Peak RSS is the parent's (``RUSAGE_SELF``) and the largest worker's
(``RUSAGE_CHILDREN``, after the pool has ended). Nothing here is an
assertion: the machines are noisy, so quote the figures with the date.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "cbs_afp_2021-08-19_massoud.txt"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def corpus(path: Path, count: int) -> list[str]:
    files = sorted(path.glob("*.txt")) if path.is_dir() else []
    texts = [f.read_bytes().decode("utf-8") for f in files] or [SEED.read_text(encoding="utf-8")]
    return [texts[i % len(texts)] for i in range(count)]


def run_one(workers: int, count: int, path: Path) -> dict[str, float]:
    """Time one worker count here; the figures as a dict."""
    texts = corpus(path, count)
    start = time.perf_counter()
    failures = 0
    for result in newsparse.parse_many(texts, workers=None if workers == 1 else workers):
        failures += isinstance(result, newsparse.Failure)
    seconds = time.perf_counter() - start
    mb = 1024  # ru_maxrss is in KiB on Linux
    return {
        "workers": workers,
        "articles": count,
        "failures": failures,
        "seconds": seconds,
        "rate": count / seconds,
        "mbytes": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
        "parent_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / mb,
        "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one count, as JSON
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.articles, args.corpus)))
        return

    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        command = [sys.executable, "-m", "benchmarks.batch", "--one", str(workers)]
        command += ["--articles", str(args.articles), "--corpus", str(args.corpus)]
        done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        rows.append(json.loads(done.stdout))

    base = rows[0]["rate"]
    size = rows[0]["mbytes"]
    print(
        f"{rows[0]['articles']:,} articles, {size:.1f} MB ({size * 1e3 / rows[0]['articles']:.1f} kB each)"
    )
    print("| workers | seconds | articles/s | speed-up | peak RSS, parent | peak RSS, per worker |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        worker_rss = f"{row['worker_rss_mb']:.0f} MB" if row["workers"] > 1 else "(in process)"
        print(
            f"| {row['workers']} | {row['seconds']:.1f} | {row['rate']:,.0f} | "
            f"{row['rate'] / base:.2f}x | {row['parent_rss_mb']:.0f} MB | {worker_rss} |"
        )
        if row["failures"]:
            print(f"  ({row['failures']} failures)")
    hours = 1_000_000 / base / 3600
    print(f"a million such articles on one core: {hours:.1f} h ({base:,.0f} articles/s)")


if __name__ == "__main__":
    main()
