"""PDF pages: reader's whole parse of each page (glyphs → articles) on one core, beside reading the same characters
with pdfplumber (pdfminer.six), and a whole edition of PDF pages built to EPUB + site.

Usage: python bench/pdf.py [FOLDER_OF_PDFS] [--runs 3]
Default folder: ../shared/eval/dev/pdf (else tests/fixtures/pdf). Prints per-page median and worst page, pages a
second, peak memory of a parse, pdfplumber's time to only read the characters of the same pages (where it is
installed: pip install pdfplumber) and the ratio, and the build of one edition of all the pages.
"""
from __future__ import annotations

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from reader.parse import read_pdf  # noqa: E402

DEV = os.path.join(os.path.dirname(ROOT), "shared", "eval", "dev", "pdf")
FIXTURES = os.path.join(ROOT, "tests", "fixtures", "pdf")


def timed(fn, path: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def plumber_chars(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as doc:
        return sum(len(page.chars) for page in doc.pages)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=DEV if os.path.isdir(DEV) else FIXTURES)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    pages = sorted(glob.glob(os.path.join(args.folder, "*.pdf")))
    if not pages:
        print(f"no PDFs in {args.folder}")
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    ours = {p: timed(read_pdf, p, args.runs) for p in pages}
    med, worst = statistics.median(ours.values()), max(ours.items(), key=lambda kv: kv[1])
    print(f"reader (pypdfium2 glyphs → articles), {len(pages)} pages, median of {args.runs} runs each:")
    print(f"  median page {med:.3f} s ({1 / med:.1f} pages/s); worst {os.path.basename(worst[0])} {worst[1]:.3f} s")
    tracemalloc.start()
    read_pdf(worst[0])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  peak Python memory parsing the worst page: {peak / 2**20:.1f} MB")
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        print("pdfplumber: not installed (pip install pdfplumber), no ratio")
    else:
        theirs = {p: timed(plumber_chars, p, 1) for p in pages}
        tmed = statistics.median(theirs.values())
        print(f"pdfplumber, only reading the characters with their boxes: median page {tmed:.3f} s; "
              f"reader's whole parse / pdfplumber's reading = {med / tmed:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        for n, p in enumerate(pages, 1):
            shutil.copy(p, os.path.join(src, f"bench-2018-01-01-p{n}.pdf"))
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "reader", "build", src, "-o", os.path.join(tmp, "out")],
                           capture_output=True, text=True)
        t = time.perf_counter() - t0
        if r.returncode:
            print(r.stderr)
            return 1
        epub = os.path.join(tmp, "out", "epub", "bench-2018-01-01.epub")
        print(f"one edition of {len(pages)} PDF pages → EPUB + site (with search): {t:.1f} s; "
              f"EPUB {os.path.getsize(epub) / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
