"""Whole-archive builds: the sample dumps re-dated into N editions, built full and then incrementally.

Usage: python bench/archive.py [--sizes 10,100,1000] [--peers] [--pdf N]
For each N: wall time, editions per second and peak memory (the largest process, and all processes at once)
of a full `reader build` (EPUB and site, one script) and of an incremental
build after one edition changed; with --peers, pandoc and calibre's
ebook-convert on the same dumps, one process per file, where installed, and
the ratios of their time per edition to reader's marginal time per edition.
With --pdf N: N editions of three PDF pages each (the dev PDFs, else the test fixtures, re-dated), built with
their pictures and the e-paper view's page images: seconds an edition, the EPUB's and the site's size, and an
incremental build after one page changed (the other editions' page images are kept, not drawn again).
"""
from __future__ import annotations

import argparse
import datetime
import os
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


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants now (Linux /proc), 0 where it cannot be read."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            pass
    return total


def run(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident MB of the largest process of this run (the command or one it waited for),
    and peak resident MB of all its processes at once (sampled every 50 ms)."""
    import threading

    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a pipe nobody reads would fill and stop the build
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log)
        peak, done = [0], threading.Event()

        def sample():
            while not done.wait(0.05):
                peak[0] = max(peak[0], _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        if os.path.isdir("/proc"):
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        took = time.perf_counter() - t0
        done.set()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            log.seek(0)
            last = log.read().decode("utf-8", "replace").strip().splitlines()[-1:]
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {last}")
    return took, usage.ru_maxrss / 1024, peak[0] / 2**20


def peer_time(name: str, paths: list[str]) -> float | None:
    """Seconds a file for a peer converting the same dumps, one process each; None when not installed."""
    cmd = {"pandoc": ["pandoc", "-f", "markdown", "-o"], "ebook-convert": ["ebook-convert"]}[name]
    if not shutil.which(cmd[0]):
        return None
    t0 = time.perf_counter()
    for p in paths:
        target = p[:-4] + ".epub"
        argv = cmd + [target, p] if name == "pandoc" else cmd + [p, target]
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - t0) / len(paths)


PDF_DIRS = [os.path.join(ROOT, "..", "shared", "eval", "dev", "pdf"), os.path.join(ROOT, "tests", "fixtures", "pdf")]


def _size(folder: str) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files)


def pdf_archive(n: int) -> None:
    """Build n editions of three PDF pages each, then again after one page changed; print the figures."""
    folder = next(d for d in PDF_DIRS if os.path.isdir(d))
    pdfs = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".pdf"))
    tmp = tempfile.mkdtemp()
    try:
        src, out = os.path.join(tmp, "in"), os.path.join(tmp, "out")
        os.makedirs(src)
        day = datetime.date(2024, 1, 1)
        for k in range(n):
            for page in range(3):
                shutil.copyfile(pdfs[(3 * k + page) % len(pdfs)],
                                os.path.join(src, f"paper-{day + datetime.timedelta(days=k)}-p{page + 1}.pdf"))
        reader = [sys.executable, "-m", "reader", "build", src, "-o", out, "--no-search"]
        full, mem, _ = run(reader)
        epubs = _size(os.path.join(out, "epub"))
        site = _size(os.path.join(out, "site"))
        pages = sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(os.path.join(out, "site"))
                    for f in files if f.endswith(".webp"))
        with open(os.path.join(src, f"paper-{day}-p1.pdf"), "ab") as f:
            f.write(b"\n% changed\n")  # after %%EOF: the page reads the same, its bytes (and key) differ
        inc, _, _ = run(reader)
        print(f"{n} PDF editions of 3 pages (from {folder}): full {full:.1f} s ({full / n:.2f} s an edition), "
              f"incremental after one page changed {inc:.1f} s; EPUBs {epubs / n / 2**20:.2f} MB an edition; "
              f"site {site / n / 2**20:.2f} MB an edition, of which page images {pages / n / 2**20:.2f} MB; "
              f"peak memory {mem:.0f} MB")
    finally:
        shutil.rmtree(tmp)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", type=int, default=0, help="also build N editions of PDF pages (pictures, e-paper)")
    ap.add_argument("--sizes", default="10,100", help="comma-separated edition counts (default 10,100)")
    ap.add_argument("--peers", action="store_true", help="also time pandoc and calibre, one process per file")
    args = ap.parse_args()
    reader = [sys.executable, "-m", "reader", "build"]
    sizes = sorted(int(x) for x in args.sizes.split(","))
    rows, peers = [], {}
    for n in sizes:
        tmp = tempfile.mkdtemp()
        try:
            src, out = os.path.join(tmp, "in"), os.path.join(tmp, "out")
            paths = make_archive(src, n)
            full, mem, tree = run(reader + [src, "-o", out])
            with open(paths[n // 2], "a", encoding="utf-8") as f:
                f.write("\n\n新增一段正文。\n")
            inc, mem2, tree2 = run(reader + [src, "-o", out])
            rows.append((n, full, inc, max(mem, mem2)))
            print(f"{n:5d} editions: full {full:7.2f} s ({n / full:5.1f} editions/s, {full / n:.3f} s an edition), "
                  f"incremental after one change {inc:5.2f} s; peak memory {max(mem, mem2):4.0f} MB in the largest "
                  f"process, {max(tree, tree2):4.0f} MB in all at once", flush=True)
            if args.peers and not peers:
                sample = paths[: min(n, 20)]
                peers = {name: peer_time(name, sample) for name in ("pandoc", "ebook-convert")}
        finally:
            shutil.rmtree(tmp)
    if args.pdf:
        pdf_archive(args.pdf)
    if len(rows) > 1:  # linearity: the cost of each further edition between two sizes
        print("marginal cost an edition (full build):")
        for (n0, f0, *_), (n1, f1, *_) in zip(rows, rows[1:]):
            print(f"  {n0:5d} → {n1:5d}: {(f1 - f0) / (n1 - n0):.3f} s")
    if args.peers:
        n0, f0, *_ = rows[-2] if len(rows) > 1 else (0, 0.0)
        n1, f1, *_ = rows[-1]
        marginal = (f1 - f0) / (n1 - n0)
        for name, per_file in peers.items():
            if per_file is None:
                print(f"{name}: not installed")
            else:
                print(f"{name}: {per_file:.3f} s a file (one process each, no reconstruction); reader's marginal "
                      f"{marginal:.3f} s an edition (EPUB and site) → {name}/reader = {per_file / marginal:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
