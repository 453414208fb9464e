"""EPUB build time of the sample, as whole processes: reader against calibre's ebook-convert and pandoc, in one run.

Usage: python bench/epub.py [--runs 11]
Each tool makes an EPUB from the same dump (input/heze-2024-12-03.txt). The tools take turns, run by run, so a
machine whose load drifts weighs on all alike; medians (and the range) of --runs runs after one untimed run
each, which for reader fills what an installed reader keeps between runs: Python's bytecode and reader's cache
(compiled templates and patterns), both in a temporary folder here. reader's first, cold run is shown too. The
machine's load (run-queue length over the last minute, against its cores) is printed before and after:
figures taken under load are slower for every tool. Peers that are not installed are reported as such; only
reader reconstructs the articles.
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
TARGET = 0.3  # seconds: reader's whole process on the sample, on a quiet machine


def timed(cmd: list[str], env: dict | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    out = tempfile.mkdtemp()
    # as a user runs it: bytecode written (whatever this shell says) and a cache of its own, both kept in `out`
    as_installed = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    as_installed.update(PYTHONPYCACHEPREFIX=os.path.join(out, "pycache"), XDG_CACHE_HOME=os.path.join(out, "cache"))
    tools = {"reader": ([sys.executable, "-m", "reader", "epub", SAMPLE, "-o", os.path.join(out, "r.epub")],
                        as_installed)}
    if shutil.which("ebook-convert"):
        tools["calibre ebook-convert"] = (["ebook-convert", SAMPLE, os.path.join(out, "c.epub")], None)
    if shutil.which("pandoc"):
        tools["pandoc"] = (["pandoc", "-f", "markdown", SAMPLE, "-o", os.path.join(out, "p.epub"),
                            "--metadata", "title=sample", "--metadata", "lang=zh-Hans"], None)
    print(f"EPUB of {os.path.basename(SAMPLE)}, whole process; {load()}")
    cold = {name: timed(cmd, env) for name, (cmd, env) in tools.items()}  # untimed for the medians
    times: dict[str, list[float]] = {name: [] for name in tools}
    for _ in range(args.runs):
        for name, (cmd, env) in tools.items():
            times[name].append(timed(cmd, env))
    base = statistics.median(times["reader"])
    print(f"median of {args.runs} runs (fastest–slowest), after one untimed run each:")
    for name, ts in times.items():
        t = statistics.median(ts)
        ratio = "" if name == "reader" else f"  (peer/reader = {t / base:.2f})"
        print(f"  {name:22s} {t:.3f} s  ({min(ts):.3f}–{max(ts):.3f}){ratio}")
    for name in ("calibre ebook-convert", "pandoc"):
        if name not in times:
            print(f"  {name:22s} not installed")
    print(f"reader's first run, nothing cached (Python compiling its modules too): {cold['reader']:.3f} s")
    verdict = "under" if base < TARGET else "over"
    print(f"reader is {verdict} its {TARGET} s target (on a quiet machine); {load()}")
    shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
