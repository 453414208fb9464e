"""Whole-archive builds: the sample dumps re-dated into N editions, built full and then incrementally.

Usage: python bench/archive.py [--sizes 10,100,1000] [--peers]
For each N: wall time, editions per second and peak memory (largest process)
of a full `reader build` (EPUB and site, one script) and of an incremental
build after one edition changed; with --peers, pandoc and calibre's
ebook-convert on the same dumps, one process per file, where installed, and
the ratios of their time per edition to reader's marginal time per edition.
"""
from __future__ import annotations

import argparse
import datetime
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = [os.path.join(ROOT, "input", "heze-2024-12-03.txt")] + [
    os.path.join(ROOT, "tests", "fixtures", n) for n in ("news-groups.txt", "photo-credits.txt", "briefs.txt")]


def make_archive(folder: str, n: int) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    day = datetime.date(2024, 1, 1)
    paths = []
    for i in range(n):
        date = (day + datetime.timedelta(days=i)).isoformat()
        path = os.path.join(folder, f"heze-{date}.txt")
        shutil.copy(SOURCES[i % len(SOURCES)], path)
        paths.append(path)
    shutil.copy(os.path.join(ROOT, "input", "papers.toml"), folder)
    return paths


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of the largest child process."""
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100", help="comma-separated edition counts (default 10,100)")
    ap.add_argument("--peers", action="store_true", help="also time pandoc and calibre, one process per file")
    args = ap.parse_args()
    reader = [sys.executable, "-m", "reader", "build"]
    for n in (int(x) for x in args.sizes.split(",")):
        tmp = tempfile.mkdtemp()
        src, out = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        paths = make_archive(src, n)
        full, mem = run(reader + [src, "-o", out])
        with open(paths[n // 2], "a", encoding="utf-8") as f:
            f.write("\n\n新增一段正文。\n")
        inc, mem2 = run(reader + [src, "-o", out])
        print(f"{n:5d} editions: full {full:7.2f} s ({n / full:6.1f}/s), incremental after one change "
              f"{inc:6.2f} s, peak {max(mem, mem2):6.0f} MB")
        if args.peers:
            for name, cmd in (("pandoc", ["pandoc", "-f", "markdown", "-o"]),
                              ("ebook-convert", ["ebook-convert"])):
                if not shutil.which(cmd[0]):
                    print(f"        {name}: not installed")
                    continue
                sample = paths[: min(n, 20)]
                t0 = time.perf_counter()
                for p in sample:
                    target = p[:-4] + ".epub"
                    argv = cmd + [target, p] if name == "pandoc" else cmd + [p, target]
                    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                per_file = (time.perf_counter() - t0) / len(sample)
                print(f"        {name}: {per_file:.3f} s a file (one process each); "
                      f"reader's full build {full / n:.3f} s an edition → {name}/reader = {per_file / (full / n):.2f}")
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
