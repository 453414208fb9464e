"""Input folders → build/: the editions whose inputs changed built in parallel, then the site; one manifest.

The order of a build: refuse an output folder that is not reader's alone and
clear what a killed build left (outdir.py); group the dumps into editions
(naming.py); keep the editions whose key is unchanged (manifest.py); build the
others, each parsed and its JSON and EPUBs written (workers.py); refresh the
site (publish.py); write the manifest; say what was done (progress.py).
"""
from __future__ import annotations

import os
import time

from .errors import Interrupted, ReaderError, warn
from .fsutil import write_atomic
from .naming import DEFAULT_INPUT


def find_dumps(inputs: list[str]) -> list[str]:
    """The *.txt dumps and *.pdf pages named or inside the named folders, sorted; an error for a missing input.
    Where a folder holds a page both as a dump and as its PDF (same name), the PDF is read: it shows more."""
    out = []
    for inp in inputs or [DEFAULT_INPUT]:
        if os.path.isdir(inp):
            names = os.listdir(inp)
            pdfs = {n[:-4].lower() for n in names if n.lower().endswith(".pdf")}
            for n in sorted(names):
                if n.lower().endswith(".pdf") or (n.endswith(".txt") and n[:-4].lower() not in pdfs):
                    out.append(os.path.join(inp, n))
                elif n.endswith(".txt"):
                    warn(f"{os.path.join(inp, n)}: skipped: the page's PDF beside it is read instead")
        elif os.path.isfile(inp):
            out.append(inp)
        else:
            raise ReaderError(inp, "no such file or folder")
    if not out:
        raise ReaderError(", ".join(inputs or [DEFAULT_INPUT]), "no *.txt dumps or *.pdf pages found")
    return out


def write_epub(dump: str, output: str | None, options, encoding: str | None = None,
               style: str | None = None) -> list[str]:
    """Parse one dump and write its EPUBs (one per script and orientation asked); returns their paths."""
    from .naming import stem
    from .papers import placed, with_paper
    from .parse import parse_file
    from .progress import say
    from .publish import make_epub, variants

    opts, scripts = options if isinstance(options, tuple) else (options, [])
    if opts.cover:
        from .render.cover import start_finding_font

        start_finding_font()  # fontconfig answers while the dump is parsed
    ed = placed(parse_file(dump, encoding, style), dump)
    for w in ed.warnings:
        warn(w)
    paths = []
    opts = with_paper(opts, dump)
    if opts.cover and ed.sheets:
        from dataclasses import replace

        from .render.sheets import front_page

        opts = replace(opts, front_page=front_page(ed, [dump]))
    for suffix, vopts in variants(opts, scripts):
        data = make_epub(ed, vopts)
        if output:
            base, ext = os.path.splitext(output)
            path = base + suffix + (ext or ".epub")
        else:
            path = os.path.join("build", "epub", stem(dump) + suffix + ".epub")
        if os.path.realpath(path) == os.path.realpath(dump):
            raise ReaderError(path, "is the input dump itself: give another output file")
        write_atomic(path, data)
        paths.append(path)
    for line in opts.report:
        say(line)
    return paths


def build(inputs: list[str], outdir: str, encoding: str | None = None, opts=None, site_opts=None,
          jobs: int | None = None) -> int:
    """Parse every edition whose inputs changed (in parallel), write OUTDIR/<name>.json, OUTDIR/epub/<name>.epub
    and the site in OUTDIR/site/; a summary at the end; 2 if any edition failed (the others are still written).

    The manifest is written once, after everything else: a build stopped before that leaves the previous one,
    whose keys make the next build redo what this one had done (the same bytes again) and finish the rest."""
    from .manifest import code_version, edition_key, load_manifest, save_manifest, theme_version
    from .naming import group_editions
    from .outdir import check_output_folder, remove_gone, remove_stale_temporaries
    from .progress import Progress, say, summary
    from .render.epub import EpubOptions
    from .workers import build_editions

    started = time.perf_counter()
    check_output_folder(outdir, inputs)
    groups = group_editions(find_dumps(inputs))
    remove_stale_temporaries(outdir)
    opts, scripts = opts if isinstance(opts, tuple) else (opts or EpubOptions(), [])
    version = code_version() + theme_version(opts)
    manifest = load_manifest(outdir)
    gone = remove_gone(manifest, {name for name, _ in groups}, outdir)
    keys = {name: edition_key(pages, encoding, opts, scripts, version) for name, pages in groups}
    results = _unchanged(groups, keys, manifest, outdir)
    todo = [(name, pages) for name, pages in groups if name not in results]
    try:
        with Progress(len(todo)) as advance:
            results.update(build_editions(todo, encoding, opts, scripts, outdir, jobs, advance))
        site_editions, failed, rebuilt = _gather(groups, results, {name for name, _ in todo}, keys, manifest, outdir)
        if site_opts is not None and site_editions:
            _site(site_editions, outdir, site_opts, manifest, version, rebuilt, gone)
    except (KeyboardInterrupt, Interrupted):
        # a signal that comes between a temporary file's making and write_atomic's own cleanup leaves it: tidy up
        remove_stale_temporaries(outdir)
        raise
    if site_opts is None or not site_editions:
        manifest.pop(".site", None)  # the site was not brought up to date: the next build that makes one makes it whole
    save_manifest(outdir, manifest)
    say(summary(len(rebuilt), len(groups) - len(todo), failed, time.perf_counter() - started))
    return 2 if failed else 0


def _unchanged(groups, keys: dict, manifest: dict, outdir: str) -> dict:
    """The editions whose inputs are those their outputs were made from, and whose outputs are all there."""
    from .manifest import earlier_edition
    from .workers import EditionResult

    results = {}
    for name, _ in groups:
        entry = manifest.get(name)
        if not (isinstance(entry, dict) and keys[name] and entry.get("key") == keys[name]):
            continue
        ed = earlier_edition(manifest, outdir, name)
        if ed is not None:
            results[name] = EditionResult(name, ed, entry["paper"], tuple(entry["epubs"]))
    return results


def _gather(groups, results: dict, built: set[str], keys: dict, manifest: dict, outdir: str):
    """Each edition's result → its place on the site and its manifest entry, what went wrong said; the site's
    editions, the names of those that failed, and the sources of those built."""
    from .manifest import keep_edition
    from .progress import EDITION_LINES, edition_line, say
    from .render.site import SiteEdition, edition_folder

    failed, site_editions, reports, rebuilt, folders = [], [], [], set(), set()
    for name, pages in groups:
        r = results[name]
        for w in r.warnings:
            warn(w)
        if r.error:
            failed.append(name)
            kept = _kept_on_failure(name, r.error, manifest, outdir)
            if kept is not None:
                folders.add(kept.folder)
                site_editions.append(kept)
            continue
        reports += [ln for ln in r.report if ln not in reports]
        folder, n = edition_folder(r.edition), 2
        while folder in folders:  # two dump names made the same once made safe (a b.txt, a#b.txt): number it
            folder, n = f"{edition_folder(r.edition)[:-1]}-{n}/", n + 1
        folders.add(folder)
        if name in built:
            if len(built) <= EDITION_LINES:
                say(edition_line(name, len(pages), r.epubs, len(r.edition.articles)))
            keep_edition(outdir, name, r.edition)
            rebuilt.add(r.edition.source)
            manifest[name] = {"key": keys[name], "paper": r.paper, "epubs": list(r.epubs)}
        manifest[name]["folder"] = folder
        site_editions.append(SiteEdition(r.edition, folder, r.paper, r.epubs, tuple(path for _, path in pages)))
    for line in reports:
        say(line)
    return site_editions, failed, rebuilt


def _kept_on_failure(name: str, error: str, manifest: dict, outdir: str):
    """A failed edition said in one line; its earlier build as the site shows it, if there is one (kept, on the
    site too, until its dump reads again: it is retried every build)."""
    from .manifest import earlier_edition
    from .progress import say
    from .render.site import SiteEdition

    earlier = earlier_edition(manifest, outdir, name)
    if earlier is None:
        say(f"reader: {error}")
        manifest.pop(name, None)
        return None
    say(f"reader: {error} (its earlier build is kept)")
    entry = manifest[name]
    entry["key"] = "failed"
    return SiteEdition(earlier, entry["folder"], entry["paper"], tuple(entry["epubs"]))


def _site(site_editions, outdir: str, site_opts, manifest: dict, version: str, rebuilt: set[str],
          gone: set[str]) -> None:
    """The site, the pages of unchanged editions kept unless something every page shows has changed."""
    from .progress import Status, say
    from .publish import write_site

    papers = sorted({e.paper for e in site_editions})  # the site's name comes from these
    site_key = repr((version, sorted(site_opts.__dict__.items()), papers))
    only = None
    if manifest.get(".site") == site_key:
        only = {e.folder for e in site_editions if e.edition.source in rebuilt} | gone
    manifest.pop(".site-pending", None)  # kept by earlier builds, which wrote the manifest before the site too
    with Status() as step:
        lines = write_site(site_editions, os.path.join(outdir, "site"), site_opts, only, step)
    for line in lines:
        say(line)
    manifest[".site"] = site_key
