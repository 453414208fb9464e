"""Input folders → build/: every dump parsed first, then each edition's JSON and EPUB written atomically."""
from __future__ import annotations

import os
import sys

from .errors import ReaderError
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


def paper_name_for(dump: str) -> str | None:
    """The paper's name from papers.toml beside the dump, by the short name its file name starts with."""
    import tomllib

    from .parse import FILE_NAME

    meta = os.path.join(os.path.dirname(os.path.abspath(dump)), "papers.toml")
    m = FILE_NAME.match(os.path.basename(dump))
    if not m or not os.path.isfile(meta):
        return None
    try:
        with open(meta, "rb") as f:
            papers = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ReaderError(meta, f"not a valid papers.toml: {e}") from None
    entry = papers.get(m.group("paper"))
    return entry.get("name") if isinstance(entry, dict) else None


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

    return replace(opts, paper_name=opts.paper_name or paper_name_for(dump), names=names_for(dump))


def variants(opts, scripts: list[str]):
    """(file suffix, options) for every EPUB to make: Simplified first, then each script; vertical too if asked."""
    from dataclasses import replace

    out = []
    for script in [None] + scripts:
        for vertical in ([False, True] if opts.vertical else [False]):
            suffix = (f".{script}" if script else "") + (".vertical" if vertical else "")
            out.append((suffix, replace(opts, script=script, vertical=vertical)))
    return out


def _name(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]


def write_epub(dump: str, output: str | None, options, encoding: str | None = None,
               style: str | None = None) -> list[str]:
    """Parse one dump and write its EPUBs (one per script and orientation asked); returns their paths."""
    from .parse import parse_file
    from .render.epub import build_epub

    opts, scripts = options if isinstance(options, tuple) else (options, [])
    ed = parse_file(dump, encoding, style)
    paths = []
    for suffix, vopts in variants(_with_paper(opts, dump), scripts):
        data = build_epub(ed, vopts)
        if output:
            stem, ext = os.path.splitext(output)
            path = stem + suffix + (ext or ".epub")
        else:
            path = os.path.join("build", "epub", _name(dump) + suffix + ".epub")
        write_atomic(path, data)
        paths.append(path)
    for line in opts.report:
        print(line, file=sys.stderr)
    return paths


def group_editions(dumps: list[str]) -> list[tuple[str, list[tuple[int, str]]]]:
    """Dumps → editions: the pages of one paper and day (<paper>-<YYYY-MM-DD>-p<N>.txt) form one edition, in page
    order; any other file is an edition of its own. (name, [(page number, path)]) in name order."""
    from .parse import FILE_NAME

    groups: dict[str, list[tuple[int, str]]] = {}
    for path in dumps:
        m = FILE_NAME.match(os.path.basename(path))
        if m and m.group("page"):
            groups.setdefault(f"{m.group('paper')}-{m.group('date')}", []).append((int(m.group("page")), path))
        else:
            groups.setdefault(_name(path), []).append((1, path))
    return sorted((name, sorted(pages)) for name, pages in groups.items())


def _parse_edition(name: str, pages: list[tuple[int, str]], encoding: str | None):
    from .parse import merge_pages, parse_file

    if len(pages) == 1 and not name.endswith(f"-p{pages[0][0]}") and _name(pages[0][1]) == name:
        return parse_file(pages[0][1], encoding)
    return merge_pages([(n, parse_file(path, encoding)) for n, path in pages], name + ".txt")


def build(inputs: list[str], outdir: str, encoding: str | None = None, opts=None, site_opts=None) -> int:
    """Parse every edition, then write OUTDIR/<name>.json, OUTDIR/epub/<name>.epub and the site in OUTDIR/site/;
    a summary at the end; 2 if any edition failed (the others are still written)."""
    import time

    from .export import to_json
    from .render.epub import EpubOptions, build_epub, edition_title
    from .render.site import SiteEdition, build_site, edition_folder

    started = time.perf_counter()
    groups = group_editions(find_dumps(inputs))
    opts, scripts = opts if isinstance(opts, tuple) else (opts or EpubOptions(), [])
    failed, site_editions = [], []
    with _progress(len(groups)) as advance:
        for name, pages in groups:
            first = pages[0][1]
            try:
                ed = _parse_edition(name, pages, encoding)
                write_atomic(os.path.join(outdir, name + ".json"), to_json(ed))
                eopts = _with_paper(opts, first)
                epubs = []
                for suffix, vopts in variants(eopts, scripts):
                    epub_path = os.path.join(outdir, "epub", name + suffix + ".epub")
                    write_atomic(epub_path, build_epub(ed, vopts))
                    epubs.append(epub_path)
            except ReaderError as e:
                print(f"reader: {e}", file=sys.stderr)
                failed.append(name)
                advance()
                continue
            pages_note = f" ({len(pages)} pages)" if len(pages) > 1 else ""
            print(f"{name}{pages_note} → {', '.join(epubs)}: {len(ed.articles)} articles", file=sys.stderr)
            site_editions.append(SiteEdition(ed, edition_folder(ed), edition_title(ed, eopts), tuple(epubs)))
            advance()
    for line in opts.report:
        print(line, file=sys.stderr)
    if site_opts is not None and site_editions:
        for line in build_site(site_editions, os.path.join(outdir, "site"), site_opts):
            print(line, file=sys.stderr)
    took = time.perf_counter() - started
    summary = f"built {len(site_editions)} edition{'s' if len(site_editions) != 1 else ''}"
    if failed:
        summary += f", {len(failed)} failed ({', '.join(failed)})"
    print(f"{summary} in {took:.1f} s", file=sys.stderr)
    return 2 if failed else 0


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
