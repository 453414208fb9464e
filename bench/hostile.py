"""Hostile shapes of input: seconds and seconds per MB of `reader epub` on each case of tests/hostile/corpus.py.

Usage: python bench/hostile.py [--repeat 3]
Whole processes (start-up included), the median of the repeats; the sample dump is the yardstick: a hostile
shape should cost about what ordinary text of its size costs, never more than a small multiple.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "hostile"))
import corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(ROOT, "input", "heze-2024-12-03.txt")
        cases = [("sample (yardstick)", sample, ())]
        corpus.write(tmp, corpus.small_cases() + corpus.large_cases())
        cases += [(name, os.path.join(tmp, name), extra) for name, _, extra, _ in corpus.small_cases() + corpus.large_cases()]
        print(f"{'case':32} {'size':>10} {'exit':>4} {'seconds':>8} {'s/MB':>8}")
        for name, path, extra in cases:
            times, code = [], None
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                r = subprocess.run([sys.executable, "-m", "reader", "epub", path, "-o", os.path.join(tmp, "out.epub"),
                                    *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times.append(time.perf_counter() - t0)
                code = r.returncode
            size = os.path.getsize(path)
            t = statistics.median(times)
            per_mb = f"{t / (size / 2**20):8.2f}" if size > 2**20 else "       -"
            print(f"{name:32} {size:>10,} {code:>4} {t:8.2f} {per_mb}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
