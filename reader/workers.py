"""Editions to build → an EditionResult each: parsed, its JSON and EPUBs written, in a pool of worker processes."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace

from .errors import ReaderError
from .fsutil import write_atomic
from .model import Edition


@dataclass(frozen=True)
class EditionResult:
    """What building one edition gave, sent from a worker to the main process."""

    name: str  # the edition's name: heze-2024-12-03
    edition: Edition | None = None  # None when it failed
    paper: str | None = None  # the paper's name its title gives (菏泽日报); its day is the edition's
    epubs: tuple[str, ...] = ()  # the EPUB files written
    report: tuple[str, ...] = ()  # lines for the user (the size an embedded font added …)
    error: str | None = None  # why it failed, in one line
    warnings: tuple[str, ...] = ()  # problems of the input that did not stop it


def parse_edition(name: str, pages: list[tuple[int, str]], encoding: str | None) -> Edition:
    """An edition's dumps → one Edition, as papers.toml places them (the pages of a day joined in order)."""
    from .naming import is_one_dump
    from .papers import placed
    from .parse import merge_pages, parse_file

    if is_one_dump(name, pages):
        return placed(parse_file(pages[0][1], encoding), pages[0][1])
    return merge_pages([(n, placed(parse_file(path, encoding), path)) for n, path in pages], name + ".txt")


def build_edition(name, pages, encoding, opts, scripts, outdir) -> EditionResult:
    """Parse one edition and write its JSON and EPUBs (in a worker process)."""
    from .export import to_json
    from .naming import paper_title
    from .papers import with_paper
    from .publish import make_epub, variants

    try:
        ed = parse_edition(name, pages, encoding)
        write_atomic(os.path.join(outdir, name + ".json"), to_json(ed))
        eopts = with_paper(opts, pages[0][1])
        if eopts.cover and ed.sheets:
            from .render.sheets import front_page

            eopts = replace(eopts, front_page=front_page(ed, [path for _, path in pages]))
        epubs = []
        for suffix, vopts in variants(eopts, scripts):
            epub_path = os.path.join(outdir, "epub", name + suffix + ".epub")
            write_atomic(epub_path, make_epub(ed, vopts))
            epubs.append(epub_path)
        return EditionResult(name, ed, paper_title(ed, eopts.paper_name), tuple(epubs), tuple(eopts.report),
                             warnings=ed.warnings)
    except ReaderError as e:
        return EditionResult(name, error=str(e))
    except OSError as e:  # a name too long for the file system, a full disk, no permission …
        return EditionResult(name, error=f"{e.filename or name}: {e.strerror or e}")


def _ignore_signals() -> None:
    """Workers leave Ctrl-C, SIGTERM and SIGHUP to the main process, which stops the build and says so in one
    line (a worker forked with the main process's SIGTERM handler raised it wherever it was: while waiting for
    work, inside multiprocessing, with a traceback)."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, signal.SIG_IGN)


def build_editions(todo: list[tuple[str, list[tuple[int, str]]]], encoding, opts, scripts, outdir: str,
                   jobs: int | None = None, advance=lambda: None) -> dict[str, EditionResult]:
    """Every edition of todo built, in parallel (one process per core, or jobs) when there are several;
    advance is called after each."""
    results = {}
    workers = jobs or min(len(todo), os.cpu_count() or 1)
    if workers <= 1:
        for name, pages in todo:
            results[name] = build_edition(name, pages, encoding, opts, scripts, outdir)
            advance()
        return results
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_signals)
    try:
        futures = [pool.submit(build_edition, name, pages, encoding, opts, scripts, outdir) for name, pages in todo]
        for fut in futures:
            r = fut.result()
            results[r.name] = r
            advance()
    except BaseException:
        # interrupted: start nothing more; the editions being written finish (their files are replaced whole,
        # never in part) and the manifest, written at the build's end, keeps the previous keys: the next build
        # redoes them
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return results
