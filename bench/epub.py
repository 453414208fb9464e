"""EPUB build time of the sample, as whole processes: reader against calibre's ebook-convert and pandoc, in one run.

Usage: python bench/epub.py [--runs 5]
Each tool makes an EPUB from the same dump (input/heze-2024-12-03.txt); medians
of --runs runs; ratios are the peer's time over reader's. Peers that are not
installed are reported as such. Only reader reconstructs the articles.
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
SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    out = tempfile.mkdtemp()
    tools = {"reader": [sys.executable, "-m", "reader", "epub", SAMPLE, "-o", os.path.join(out, "r.epub")]}
    if shutil.which("ebook-convert"):
        tools["calibre ebook-convert"] = ["ebook-convert", SAMPLE, os.path.join(out, "c.epub")]
    if shutil.which("pandoc"):
        tools["pandoc"] = ["pandoc", "-f", "markdown", SAMPLE, "-o", os.path.join(out, "p.epub"),
                           "--metadata", "title=sample", "--metadata", "lang=zh-Hans"]
    results = {name: timed(cmd, args.runs) for name, cmd in tools.items()}
    base = results["reader"]
    print(f"EPUB of {os.path.basename(SAMPLE)}, whole process, median of {args.runs}:")
    for name, t in results.items():
        ratio = "" if name == "reader" else f"  (peer/reader = {t / base:.2f})"
        print(f"  {name:22s} {t:.3f} s{ratio}")
    for name in ("calibre ebook-convert", "pandoc"):
        if name not in results:
            print(f"  {name:22s} not installed")
    shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
