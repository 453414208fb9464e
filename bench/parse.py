"""Parse throughput: the sample dump repeated to about 10 MB, parsed in one process on one core.

Usage: python bench/parse.py [--mb 10] [--runs 3]
Prints MB/s (median of the runs) and, where pandoc is installed, pandoc's time on the same text.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from reader.parse import parse_text  # noqa: E402

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the text to parse (default 10)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with open(SAMPLE, encoding="utf-8") as f:
        one = f.read()
    copies = max(1, int(args.mb * 1e6 / len(one.encode("utf-8"))))
    text = "\n\n\n".join([one] * copies)
    size = len(text.encode("utf-8")) / 1e6
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        ed = parse_text(text, "bench.txt")
        times.append(time.perf_counter() - t0)
    t = statistics.median(times)
    print(f"reader parse: {size:.1f} MB in {t:.2f} s = {size / t:.2f} MB/s "
          f"({len(ed.articles)} articles, median of {args.runs})")
    pandoc = shutil.which("pandoc")
    if pandoc:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write(text)
        t0 = time.perf_counter()
        subprocess.run([pandoc, "-f", "markdown", "-t", "html", f.name, "-o", os.devnull], check=True)
        tp = time.perf_counter() - t0
        os.unlink(f.name)
        print(f"pandoc markdown→html (no reconstruction): {tp:.2f} s = {size / tp:.2f} MB/s; "
              f"reader/pandoc time ratio {t / tp:.2f}")
    else:
        print("pandoc: not installed, no ratio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
