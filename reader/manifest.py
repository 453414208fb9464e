"""An edition's inputs → the key that says it is unchanged; build/.reader-manifest.json keeps each edition's key
and outputs, build/.cache/ its parsed Edition, so an unchanged edition is neither parsed nor written again.

    {"heze-2024-12-03": {"key": "…", "paper": "菏泽日报", "epubs": ["build/epub/…"], "folder": "heze/2024/12/03/"},
     ".site": "…"}      # what the site was last made from: the same, and only changed editions' pages are written
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle

from .fsutil import write_atomic

MANIFEST = ".reader-manifest.json"  # in OUTDIR: each edition's input key and outputs, for incremental builds
CACHE = ".cache"  # in OUTDIR: parsed editions of unchanged inputs, so the site can be refreshed without parsing
PACKAGE_FILES = (".py", ".j2", ".tsv", ".txt")  # reader's own files an output depends on: code, templates, data
BESIDE_DUMPS = ("papers.toml", "names.txt")  # files beside the dumps that an edition's outputs depend on


def code_version() -> str:
    """A hash of reader's own code, templates and data (surnames.tsv, zh_words.txt): a new version rebuilds
    everything."""
    h = hashlib.sha256()
    pkg = os.path.dirname(os.path.abspath(__file__))
    for dirpath, dirnames, files in os.walk(pkg):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for f in sorted(files):
            if f.endswith(PACKAGE_FILES):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    h.update(f.encode() + fh.read())
    return h.hexdigest()


def theme_version(opts) -> str:
    """A hash of every file of the theme's folders (the user's, the named theme's, default's)."""
    from .render.themes import load_theme

    h = hashlib.sha256()
    for folder in load_theme(opts.theme, opts.theme_dir).folders:
        for dirpath, dirnames, files in os.walk(folder):
            dirnames.sort()
            for f in sorted(files):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    h.update(f.encode() + fh.read())
    return h.hexdigest()


def edition_key(pages: list[tuple[int, str]], encoding, opts, scripts, version: str) -> str | None:
    """What an edition's outputs depend on: its dumps, the files beside them, options, theme and code; None when
    a dump cannot be read (a folder named like a dump, no permission): its edition is then built, and fails there
    in one line like any unreadable dump, while the others are built."""
    h = hashlib.sha256(version.encode())
    folder = os.path.dirname(os.path.abspath(pages[0][1]))
    for n, path in pages:
        try:
            with open(path, "rb") as f:
                h.update(f"{n}:".encode() + f.read())
        except OSError:
            return None
    for extra in BESIDE_DUMPS:
        p = os.path.join(folder, extra)
        if os.path.isfile(p):
            with open(p, "rb") as f:
                h.update(f.read())
    h.update(repr((encoding, opts.theme, opts.theme_dir, opts.embed_font, opts.paper_name, opts.cover,
                   opts.vertical, opts.corner_quotes, sorted(scripts))).encode())
    return h.hexdigest()


def load_manifest(outdir: str) -> dict:
    """The manifest of the last build that finished, or {} (none, or not readable: everything is built)."""
    try:
        with open(os.path.join(outdir, MANIFEST), encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def save_manifest(outdir: str, manifest: dict) -> None:
    write_atomic(os.path.join(outdir, MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))


def cached_edition(outdir: str, name: str) -> str:
    """Where an edition's parsed Edition is kept."""
    return os.path.join(outdir, CACHE, name + ".pickle")


def keep_edition(outdir: str, name: str, ed) -> None:
    write_atomic(cached_edition(outdir, name), pickle.dumps(ed))


def earlier_edition(manifest: dict, outdir: str, name: str):
    """The edition an earlier build made, if its entry is whole and its outputs are all still there; else None."""
    entry, path = manifest.get(name), cached_edition(outdir, name)
    if not (isinstance(entry, dict) and isinstance(entry.get("folder"), str) and isinstance(entry.get("paper"), str)
            and os.path.isfile(path)
            and all(isinstance(p, str) and os.path.isfile(p) for p in entry.get("epubs", []))):
        return None
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        return None
