"""Input folders → build/: every dump parsed first, then each edition's JSON and EPUB written atomically."""
from __future__ import annotations

import os
import sys

from .errors import ReaderError, warn
from .fsutil import write_atomic

DEFAULT_INPUT = "input"


def find_dumps(inputs: list[str]) -> list[str]:
    """The *.txt dumps named or inside the named folders, sorted; an error for a missing input."""
    out = []
    for inp in inputs or [DEFAULT_INPUT]:
        if os.path.isdir(inp):
            out += sorted(os.path.join(inp, n) for n in os.listdir(inp) if n.endswith(".txt"))
        elif os.path.isfile(inp):
            out.append(inp)
        else:
            raise ReaderError(inp, "no such file or folder")
    if not out:
        raise ReaderError(", ".join(inputs or [DEFAULT_INPUT]), "no *.txt dumps found")
    return out


def site_options(args):
    """SiteOptions from parsed command-line arguments, or None with --no-site."""
    from .render.site import SiteOptions

    if args.no_site:
        return None
    return SiteOptions(theme=args.theme, theme_dir=args.theme_dir, base_url=args.base_url, search=not args.no_search,
                       title=args.site_title, scripts=tuple(args.script))


def epub_options(args):
    """EpubOptions from parsed command-line arguments."""
    from .render.epub import EpubOptions

    return EpubOptions(theme=args.theme, theme_dir=args.theme_dir, embed_font=args.embed_font,
                       paper_name=args.paper, cover=not args.no_cover, vertical=args.vertical,
                       corner_quotes=False if args.keep_quotes else None), list(args.script)


def names_for(dump: str) -> tuple[str, ...]:
    """The user's names to keep whole in Traditional editions: names.txt beside the dump, one a line."""
    path = os.path.join(os.path.dirname(os.path.abspath(dump)), "names.txt")
    if not os.path.isfile(path):
        return ()
    try:
        with open(path, encoding="utf-8") as f:
            return tuple(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))
    except (OSError, UnicodeDecodeError) as e:
        raise ReaderError(path, f"cannot read the names list: {e}") from None


def _with_paper(opts, dump: str):
    from dataclasses import replace

    from .naming import paper_for

    paper = paper_for(dump)
    return replace(opts, paper_name=opts.paper_name or (paper.name if paper else None),
                   masthead=opts.masthead or (paper.masthead if paper else None), names=names_for(dump))


def write_epub(dump: str, output: str | None, options, encoding: str | None = None,
               style: str | None = None) -> list[str]:
    """Parse one dump and write its EPUBs (one per script and orientation asked); returns their paths."""
    from .naming import stem
    from .parse import parse_file
    from .publish import make_epub, variants

    opts, scripts = options if isinstance(options, tuple) else (options, [])
    if opts.cover:
        from .render.cover import start_finding_font

        start_finding_font()  # fontconfig answers while the dump is parsed
    ed = _placed(parse_file(dump, encoding, style), dump)
    for w in ed.warnings:
        warn(w)
    paths = []
    for suffix, vopts in variants(_with_paper(opts, dump), scripts):
        data = make_epub(ed, vopts)
        if output:
            stem, ext = os.path.splitext(output)
            path = stem + suffix + (ext or ".epub")
        else:
            path = os.path.join("build", "epub", stem(dump) + suffix + ".epub")
        if os.path.realpath(path) == os.path.realpath(dump):
            raise ReaderError(path, "is the input dump itself: give another output file")
        write_atomic(path, data)
        paths.append(path)
    for line in opts.report:
        print(line, file=sys.stderr)
    return paths


def _placed(ed, dump: str):
    """The edition with what papers.toml says of its dump: paper and day ([files]) and language."""
    from dataclasses import replace

    from .naming import FILE_NAME
    from .papers import papers_for

    papers = papers_for(dump)
    place = None if FILE_NAME.match(os.path.basename(dump)) else papers.placement(dump)
    if place:
        ed = replace(ed, paper=place.paper, date=place.date)
    paper = papers.papers.get(ed.paper) if ed.paper else None
    if paper and paper.language:
        ed = replace(ed, language=paper.language)
    return ed


def _parse_edition(name: str, pages: list[tuple[int, str]], encoding: str | None):
    from .naming import is_one_dump
    from .parse import merge_pages, parse_file

    if is_one_dump(name, pages):
        return _placed(parse_file(pages[0][1], encoding), pages[0][1])
    return merge_pages([(n, _placed(parse_file(path, encoding), path)) for n, path in pages], name + ".txt")


EDITION_LINES = 20  # a line for each edition built, up to this many; for more, the summary says it
MANIFEST = ".reader-manifest.json"  # in OUTDIR: each edition's input key and outputs, for incremental builds
CACHE = ".cache"  # in OUTDIR: parsed editions of unchanged inputs, so the site can be refreshed without parsing


def _code_version() -> str:
    """A hash of reader's own code and templates: a new version rebuilds everything."""
    import hashlib

    h = hashlib.sha256()
    pkg = os.path.dirname(os.path.abspath(__file__))
    for dirpath, dirnames, files in os.walk(pkg):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for f in sorted(files):
            if f.endswith((".py", ".j2")):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    h.update(f.encode() + fh.read())
    return h.hexdigest()


def _theme_version(opts) -> str:
    import hashlib

    from .render.themes import load_theme

    h = hashlib.sha256()
    for folder in load_theme(opts.theme, opts.theme_dir).folders:
        for dirpath, dirnames, files in os.walk(folder):
            dirnames.sort()
            for f in sorted(files):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    h.update(f.encode() + fh.read())
    return h.hexdigest()


def _edition_key(pages: list[tuple[int, str]], encoding, opts, scripts, version: str) -> str | None:
    """What an edition's outputs depend on: its dumps, the files beside them, options, theme and code; None when
    a dump cannot be read (a folder named like a dump, no permission): its edition is then built, and fails there
    in one line like any unreadable dump, while the others are built."""
    import hashlib

    h = hashlib.sha256(version.encode())
    folder = os.path.dirname(os.path.abspath(pages[0][1]))
    for n, path in pages:
        try:
            with open(path, "rb") as f:
                h.update(f"{n}:".encode() + f.read())
        except OSError:
            return None
    for extra in ("papers.toml", "names.txt"):
        p = os.path.join(folder, extra)
        if os.path.isfile(p):
            with open(p, "rb") as f:
                h.update(f.read())
    h.update(repr((encoding, opts.theme, opts.theme_dir, opts.embed_font, opts.paper_name, opts.cover,
                   opts.vertical, opts.corner_quotes, sorted(scripts))).encode())
    return h.hexdigest()


def _earlier(entry, cached: str):
    """The edition an earlier build made, if its outputs are all still there; else None."""
    import pickle

    if not (isinstance(entry, dict) and isinstance(entry.get("folder"), str) and os.path.isfile(cached)
            and all(isinstance(p, str) and os.path.isfile(p) for p in entry.get("epubs", []))):
        return None
    try:
        with open(cached, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        return None


def _worker_signals() -> None:
    """Workers leave Ctrl-C, SIGTERM and SIGHUP to the main process, which stops the build and says so in one
    line (a worker forked with the main process's SIGTERM handler raised it wherever it was: while waiting for
    work, inside multiprocessing, with a traceback)."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, signal.SIG_IGN)


def _build_one(name, pages, encoding, opts, scripts, outdir):
    """Parse one edition and write its JSON and EPUBs (run in a worker process); a result tuple."""
    from .export import to_json
    from .publish import make_epub, variants
    from .render.epub import edition_title

    try:
        ed = _parse_edition(name, pages, encoding)
        write_atomic(os.path.join(outdir, name + ".json"), to_json(ed))
        eopts = _with_paper(opts, pages[0][1])
        epubs = []
        for suffix, vopts in variants(eopts, scripts):
            epub_path = os.path.join(outdir, "epub", name + suffix + ".epub")
            write_atomic(epub_path, make_epub(ed, vopts))
            epubs.append(epub_path)
        return name, ed, edition_title(ed, eopts), tuple(epubs), list(eopts.report), None, ed.warnings
    except ReaderError as e:
        return name, None, None, (), [], str(e), ()
    except OSError as e:  # a name too long for the file system, a full disk, no permission …
        return name, None, None, (), [], f"{e.filename or name}: {e.strerror or e}", ()


def build(inputs: list[str], outdir: str, encoding: str | None = None, opts=None, site_opts=None,
          jobs: int | None = None) -> int:
    """Parse every edition whose inputs changed (in parallel), write OUTDIR/<name>.json, OUTDIR/epub/<name>.epub
    and the site in OUTDIR/site/; a summary at the end; 2 if any edition failed (the others are still written)."""
    import json
    import pickle
    import time

    from .naming import group_editions
    from .render.epub import EpubOptions
    from .publish import write_site
    from .render.site import SiteEdition, edition_folder

    started = time.perf_counter()
    check_output_folder(outdir, inputs)
    groups = group_editions(find_dumps(inputs))
    remove_stale_temporaries(outdir)
    opts, scripts = opts if isinstance(opts, tuple) else (opts or EpubOptions(), [])
    version = _code_version() + _theme_version(opts)
    manifest_path = os.path.join(outdir, MANIFEST)
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError):
        manifest = {}
    gone = _remove_gone(manifest, {name for name, _ in groups}, outdir)
    results, todo, skipped = {}, [], 0
    keys = {}
    for name, pages in groups:
        keys[name] = _edition_key(pages, encoding, opts, scripts, version)
        entry = manifest.get(name)
        earlier = _earlier(entry, os.path.join(outdir, CACHE, name + ".pickle")) \
            if entry and keys[name] and entry.get("key") == keys[name] else None
        if earlier is not None:
            results[name] = (name, earlier, entry["title"], tuple(entry["epubs"]), [], None, ())
            skipped += 1
            continue
        todo.append((name, pages))
    workers = jobs or min(len(todo), os.cpu_count() or 1)
    with _progress(len(todo)) as advance:
        if workers > 1:
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_signals)
            try:
                futures = [pool.submit(_build_one, name, pages, encoding, opts, scripts, outdir)
                           for name, pages in todo]
                for fut in futures:
                    r = fut.result()
                    results[r[0]] = r
                    advance()
            except BaseException:
                # interrupted: start nothing more; the editions being written finish (their files are replaced
                # whole, never in part) and the manifest keeps the previous keys, so the next build redoes them
                pool.shutdown(wait=True, cancel_futures=True)
                raise
            pool.shutdown()
        else:
            for name, pages in todo:
                results[name] = _build_one(name, pages, encoding, opts, scripts, outdir)
                advance()
    failed, site_editions, reports, rebuilt, folders = [], [], [], set(), set()
    for name, pages in groups:
        _, ed, title, epubs, report, error, warnings = results[name]
        for w in warnings:
            warn(w)
        if error:
            failed.append(name)
            earlier = _earlier(manifest.get(name), os.path.join(outdir, CACHE, name + ".pickle"))
            if earlier is None:
                print(f"reader: {error}", file=sys.stderr)
                manifest.pop(name, None)
                continue
            # its earlier outputs stay, on the site too, until the dump reads again (retried every build)
            print(f"reader: {error} (its earlier build is kept)", file=sys.stderr)
            manifest[name]["key"] = "failed"
            folders.add(manifest[name]["folder"])
            site_editions.append(SiteEdition(earlier, manifest[name]["folder"], manifest[name]["title"],
                                             tuple(manifest[name]["epubs"])))
            continue
        reports += [ln for ln in report if ln not in reports]
        folder, n = edition_folder(ed), 2
        while folder in folders:  # two dump names made the same once made safe (a b.txt, a#b.txt): number it
            folder, n = f"{edition_folder(ed)[:-1]}-{n}/", n + 1
        folders.add(folder)
        if (name, pages) in todo:
            if len(todo) <= EDITION_LINES:
                pages_note = f" ({len(pages)} pages)" if len(pages) > 1 else ""
                print(f"{name}{pages_note} → {', '.join(epubs)}: {len(ed.articles)} articles", file=sys.stderr)
            write_atomic(os.path.join(outdir, CACHE, name + ".pickle"), pickle.dumps(ed))
            rebuilt.add(ed.source)
            manifest[name] = {"key": keys[name], "title": title, "epubs": list(epubs)}
        manifest[name]["folder"] = folder
        site_editions.append(SiteEdition(ed, folder, title, tuple(epubs)))
    write_atomic(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
    for line in reports:
        print(line, file=sys.stderr)
    if site_opts is not None and site_editions:
        # pages of unchanged editions are kept unless something every page shows has changed
        papers = sorted({e.title.rsplit(" ", 1)[0] for e in site_editions})  # the site's name comes from these
        site_key = repr((version, sorted(site_opts.__dict__.items()), papers))
        only = None
        if manifest.get(".site") == site_key:  # editions an interrupted build had not yet put on the site, too
            only = {e.folder for e in site_editions if e.edition.source in rebuilt} | gone | set(
                f for f in manifest.get(".site-pending", []) if isinstance(f, str))
        # said before writing, so that a build stopped half-way is finished by the next one
        if only is None:
            manifest.pop(".site", None)
        else:
            manifest[".site-pending"] = sorted(only)
        write_atomic(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
        with _status() as step:
            lines = write_site(site_editions, os.path.join(outdir, "site"), site_opts, only, step)
        for line in lines:
            print(line, file=sys.stderr)
        manifest[".site"] = site_key
        manifest.pop(".site-pending", None)
        write_atomic(manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True))
    took = time.perf_counter() - started
    built = len(rebuilt)
    summary = f"built {built} edition{'s' if built != 1 else ''}"
    if skipped:
        summary += f", {skipped} unchanged"
    if failed:
        summary += f", {len(failed)} failed ({', '.join(failed)})"
    print(f"{summary} in {took:.1f} s", file=sys.stderr)
    return 2 if failed else 0


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
    from .fsutil import TEMP_PREFIX

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
    """An edition's own files in its site folder (its pages and EPUB copies), then the folders left empty."""
    import re

    if not (_inside(folder, site) and os.path.isdir(folder)):
        return
    for name in os.listdir(folder):
        if re.fullmatch(r"index\.html|a\d{3,}\.html|.+\.epub", name) and os.path.isfile(os.path.join(folder, name)):
            os.remove(os.path.join(folder, name))
    while _inside(folder, site) and os.path.isdir(folder) and not os.listdir(folder):
        os.rmdir(folder)
        folder = os.path.dirname(folder.rstrip(os.sep))


def _remove_gone(manifest: dict, names: set[str], outdir: str) -> set[str]:
    """Remove the outputs of editions whose dumps are no longer in the input (JSON, EPUBs, cached edition,
    site pages in every script's copy) and their manifest entries; returns their site folders."""
    from .render.site import SCRIPT_LABELS

    folders = set()
    for name in sorted(n for n in manifest if not n.startswith(".") and n not in names):
        entry = manifest.pop(name)
        if not isinstance(entry, dict):
            continue
        files = [os.path.join(outdir, name + ".json"), os.path.join(outdir, CACHE, name + ".pickle")]
        files += [p for p in entry.get("epubs", []) if isinstance(p, str)]
        for path in files:
            if _inside(path, outdir) and os.path.isfile(path):
                os.remove(path)
        folder = entry.get("folder")
        if isinstance(folder, str) and folder:
            folders.add(folder)
            for script in SCRIPT_LABELS:
                _remove_pages(os.path.join(outdir, "site", script or "", folder), os.path.join(outdir, "site"))
        print(f"{name}: its dump is gone, its outputs removed", file=sys.stderr)
    return folders


class _status:
    """A spinner with a line saying what the build does (the site's pages, each search index) on a terminal."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return lambda message: None
        from rich.console import Console

        self.status = Console(stderr=True).status("site")
        self.status.start()
        return self.status.update

    def __exit__(self, *exc):
        if sys.stderr.isatty():
            self.status.stop()
        return False


class _progress:
    """A rich progress bar on an interactive terminal when there is more than one edition; silent otherwise."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 1 and sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            task = self.bar.add_task("editions", total=self.total)
            return lambda: self.bar.advance(task)
        return lambda: None

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False
