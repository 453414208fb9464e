"""An output folder → refused when it is not reader's alone; cleared of a killed build's temporary files and of
the outputs of editions whose dumps are gone."""
from __future__ import annotations

import os
import re

from .errors import ReaderError
from .fsutil import TEMP_PREFIX
from .manifest import cached_edition
from .naming import DEFAULT_INPUT
# An edition's own files in its site folder: its pages and the copies of its EPUBs.
EDITION_FILE = re.compile(r"index\.html|a\d{3,}\.html|.+\.epub")
PICTURE_FILE = re.compile(r"[0-9a-f]{16}(?:-\d+)?\.(?:jpg|png)")  # images/: pictures named by their bytes
PAGE_IMAGE = re.compile(r"p\d+(?:-thumb)?\.webp")  # pages/: the printed pages drawn


def tidy(folder: str, pattern: re.Pattern, wanted: set[str]) -> None:
    """Remove the files of the folder that reader names so (pattern) but are not wanted now, then the folder if
    that leaves it empty."""
    if not os.path.isdir(folder):
        return
    for name in os.listdir(folder):
        if pattern.fullmatch(name) and name not in wanted and os.path.isfile(os.path.join(folder, name)):
            os.remove(os.path.join(folder, name))
    if not os.listdir(folder):
        os.rmdir(folder)


def check_output_folder(outdir: str, inputs: list[str]) -> None:
    """Refuse an output folder that would mix outputs with what is not reader's: an input folder or a folder
    inside one, the root of a repository (a folder holding .git), the home folder, or /."""
    real = os.path.realpath(outdir)
    why = None
    if real == os.path.realpath(os.sep):
        why = "is the file system's root"
    elif real == os.path.realpath(os.path.expanduser("~")):
        why = "is the home folder"
    elif os.path.exists(os.path.join(real, ".git")):
        why = "is the root of a repository"
    else:
        for inp in inputs or [DEFAULT_INPUT]:
            folder = os.path.realpath(inp if os.path.isdir(inp) else os.path.dirname(os.path.abspath(inp)))
            if real == folder or real.startswith(folder + os.sep):
                why = f"is inside the input folder {inp}" if real != folder else f"is the input folder {inp}"
                break
    if why:
        raise ReaderError(outdir, f"refused as the output folder: it {why}; give -o a folder of its own (build/)")


def remove_stale_temporaries(outdir: str) -> int:
    """Temporary files a killed build left (write_atomic's .tmp-*, Pagefind's *.tmp folders are its own)."""
    removed = 0
    for dirpath, dirnames, files in os.walk(outdir):
        for name in files:
            if name.startswith(TEMP_PREFIX):
                os.remove(os.path.join(dirpath, name))
                removed += 1
    return removed


def _inside(path: str, outdir: str) -> bool:
    real, top = os.path.realpath(path), os.path.realpath(outdir)
    return real != top and real.startswith(top + os.sep)


def _remove_pages(folder: str, site: str) -> None:
    """An edition's own files in its site folder (its pages, EPUB copies, pictures and page images), then the
    folders left empty."""
    if not (_inside(folder, site) and os.path.isdir(folder)):
        return
    tidy(os.path.join(folder, "images"), PICTURE_FILE, set())
    tidy(os.path.join(folder, "pages"), PAGE_IMAGE, set())
    for name in os.listdir(folder):
        if EDITION_FILE.fullmatch(name) and os.path.isfile(os.path.join(folder, name)):
            os.remove(os.path.join(folder, name))
    while _inside(folder, site) and os.path.isdir(folder) and not os.listdir(folder):
        os.rmdir(folder)
        folder = os.path.dirname(folder.rstrip(os.sep))


def remove_gone(manifest: dict, names: set[str], outdir: str) -> set[str]:
    """Remove the outputs of editions whose dumps are no longer in the input (JSON, EPUBs, cached edition,
    site pages in every script's copy) and their manifest entries; returns their site folders."""
    from .progress import say
    from .render.site import SCRIPT_LABELS

    folders = set()
    for name in sorted(n for n in manifest if not n.startswith(".") and n not in names):
        entry = manifest.pop(name)
        if not isinstance(entry, dict):
            continue
        files = [os.path.join(outdir, name + ".json"), cached_edition(outdir, name)]
        files += [p for p in entry.get("epubs", []) if isinstance(p, str)]
        for path in files:
            if _inside(path, outdir) and os.path.isfile(path):
                os.remove(path)
        folder = entry.get("folder")
        if isinstance(folder, str) and folder:
            folders.add(folder)
            for script in SCRIPT_LABELS:
                _remove_pages(os.path.join(outdir, "site", script or "", folder), os.path.join(outdir, "site"))
        say(f"{name}: its dump is gone, its outputs removed")
    return folders
