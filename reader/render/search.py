"""Site pages → Pagefind search indexes (one per paper and year) in which every Chinese character is a word.

Pagefind's extended build splits Chinese text into words with one dictionary when it indexes, and the browser
splits a query with another (Intl.Segmenter). They often disagree, and Pagefind then searches the longest indexed
prefix of a query word instead (量子 → 量) or drops the word, so a query finds pages that lack it (量子计算机 →
高质量) and misses pages that hold it inside a longer indexed word (水平 in 高水平, 坚持 in the Traditional site).
Indexed character by character, a query searched as an exact phrase of characters (static/search.js) finds
exactly the pages whose text holds it. Pagefind reads a copy of the pages with a space between adjacent Chinese
characters; the site's own pages are not changed.
"""
from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager

from ..errors import ReaderError

# Chinese characters (Han script): CJK Unified Ideographs, extension A, compatibility ideographs, extensions B on;
# 々 and 〇. static/search.js spaces a query with the same class.
HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_BETWEEN_HAN = re.compile(f"(?<=[{HAN}])(?=[{HAN}])")
_TAG = re.compile(r"(<[^>]*>)")
_TITLE = re.compile(r'(\sdata-title=")([^"]*)')
# What Pagefind writes beside an index that the site's search page does not load: its own search interfaces.
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
            "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-highlight.js")
# What the search page loads from the first (newest) index only: merged indexes need none of it.
RUNTIME = ("pagefind.js", "pagefind-worker.js", "wasm.*.pagefind")


def search_shard(folder: str) -> str:
    """The search index an edition's pages go in: one per paper and year (heze-2024), undated editions together.

    An archive's index is split so that a new or changed edition re-indexes one year of one paper, and no
    Pagefind run holds a whole archive; the search page merges the indexes (Pagefind's mergeIndex)."""
    parts = folder.strip("/").split("/")
    if len(parts) == 4 and all(p.isdigit() for p in parts[1:]):
        return f"{parts[0]}-{parts[1]}"
    return "undated"


def spaced(html: str) -> str:
    """A page with a space between adjacent Chinese characters of its text and of its data-title attribute, the
    title Pagefind ranks by (other attributes unchanged: data-label is the title as the search page shows it)."""
    parts = _TAG.split(html)
    return "".join(_TITLE.sub(lambda m: m.group(1) + _BETWEEN_HAN.sub(" ", m.group(2)), p) if i % 2
                   else _BETWEEN_HAN.sub(" ", p) for i, p in enumerate(parts))


def _write_source(outdir: str, folders: list[str], scripts: list, dest: str) -> None:
    """The pages of a shard's editions, in every script's copy of the site, spaced for Pagefind into dest."""
    for script in scripts:
        for folder in folders:
            rel = (f"{script}/" if script else "") + folder
            src = os.path.join(outdir, rel)
            if not os.path.isdir(src):
                continue
            os.makedirs(os.path.join(dest, rel), exist_ok=True)
            for name in sorted(os.listdir(src)):
                if name.endswith(".html"):
                    with open(os.path.join(src, name), encoding="utf-8") as f:
                        text = spaced(f.read())
                    with open(os.path.join(dest, rel, name), "w", encoding="utf-8") as f:
                        f.write(text)


def _prune(index: str, primary: bool) -> None:
    """Pagefind's own interfaces out of an index folder, and its runtime too unless the index is the first."""
    for pattern in UI_FILES + (() if primary else RUNTIME):
        for path in glob.glob(os.path.join(glob.escape(index), pattern)):
            os.remove(path)


@contextmanager
def _signals_held():
    """Ctrl-C and SIGTERM wait until the block is done (where the platform can hold signals)."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def index_search(outdir: str, shards: dict[str, list[str]], scripts: list, only: set[str] | None = None,
                 step=None) -> str:
    """Run Pagefind (extended) for each search index whose editions changed, into outdir/pagefind/<shard>/, and
    remove indexes no edition belongs to any more; one line for the user.

    shards: index → the folders of its editions, the newest index first: the search page loads Pagefind's
    runtime from that one, so it alone keeps it. only: the folders of the editions that changed or went
    (None: every index is rebuilt)."""
    try:
        import pagefind  # noqa: F401
    except ImportError:
        raise ReaderError(outdir, "pagefind is not installed: pip install 'pagefind[extended]'") from None
    root = os.path.join(outdir, "pagefind")
    os.makedirs(root, exist_ok=True)
    for name in sorted(os.listdir(root)):  # indexes of editions that went, an older single index, temporaries
        if name not in shards:
            path = os.path.join(root, name)
            shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)
    primary = next(iter(shards), None)
    changed = {search_shard(f) for f in only} if only is not None else set(shards)
    todo = [s for s in shards if s in changed or not os.path.isfile(os.path.join(root, s, "pagefind-entry.json"))
            or (s == primary and not os.path.isfile(os.path.join(root, s, "pagefind.js")))]
    pages = 0
    for n, shard in enumerate(todo, 1):
        if step:
            step(f"search: indexing {shard} ({n} of {len(todo)})")
        tmp = os.path.join(root, shard + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        # the spaced copy Pagefind reads lies outside the site: a build stopped while writing it (even by
        # kill -9) leaves no half page where a web host would serve it
        with tempfile.TemporaryDirectory(prefix="reader-search-") as source:
            _write_source(outdir, shards[shard], scripts, source)
            proc = subprocess.run([sys.executable, "-m", "pagefind", "--site", source, "--output-path", tmp],
                                  capture_output=True, text=True)
        if proc.returncode != 0:
            shutil.rmtree(tmp, ignore_errors=True)
            last = proc.stderr.strip().splitlines()[-1:] or proc.stdout.strip().splitlines()[-1:]
            raise ReaderError(outdir, f"search index {shard} failed: {last[0] if last else proc.returncode}")
        _prune(tmp, shard == primary)
        final = os.path.join(root, shard)
        old = final + ".old"
        shutil.rmtree(old, ignore_errors=True)
        with _signals_held():  # the old index out, the new one in: not stopped between the two
            if os.path.exists(final):
                os.rename(final, old)
            os.rename(tmp, final)
        shutil.rmtree(old, ignore_errors=True)
        m = re.search(r"Indexed (\d+) pages?", proc.stdout)
        pages += int(m.group(1)) if m else 0
    for shard in shards:  # indexes kept as they were: an earlier build's interfaces, a runtime no longer first
        if shard not in todo:
            _prune(os.path.join(root, shard), shard == primary)
    kept = len(shards) - len(todo)
    return (f"search index: {pages} pages indexed in {len(todo)} of {len(shards)} indexes"
            + (f" ({kept} unchanged)" if kept else ""))
