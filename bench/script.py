"""Traditional conversion time of a 1 MB edition (the sample repeated), per variant, names protected.

Usage: python bench/script.py [--runs 3]   (target: under 0.2 s a variant)
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from reader.parse import parse_text  # noqa: E402
from reader.transform.script import VARIANTS, ScriptOptions, convert_edition  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with open(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), encoding="utf-8") as f:
        one = f.read()
    text = "\n\n\n".join([one] * max(1, int(1e6 / len(one.encode("utf-8")))))
    ed = parse_text(text, "bench-2024-12-03.txt")
    size = len(text.encode("utf-8")) / 1e6
    print(f"converting a {size:.2f} MB edition ({len(ed.articles)} articles), median of {args.runs}:")
    for variant in VARIANTS:
        convert_edition(ed, ScriptOptions(variant))  # load OpenCC's dictionaries once
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            convert_edition(ed, ScriptOptions(variant))
            times.append(time.perf_counter() - t0)
        t = statistics.median(times)
        print(f"  {variant:16s} {t:.3f} s  ({size / t:.1f} MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
