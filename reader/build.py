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


def build(inputs: list[str], outdir: str, encoding: str | None = None, opts=None, site_opts=None) -> int:
    """Parse every dump, then write OUTDIR/<name>.json, OUTDIR/epub/<name>.epub and the site in OUTDIR/site/;
    2 if any dump failed."""
    from .export import to_json
    from .parse import parse_file
    from .render.epub import EpubOptions, build_epub

    dumps = find_dumps(inputs)
    failed = 0
    editions = []
    for path in dumps:
        try:
            editions.append((path, parse_file(path, encoding)))
        except ReaderError as e:
            print(f"reader: {e}", file=sys.stderr)
            failed += 1
    from .render.epub import edition_title
    from .render.site import SiteEdition, build_site, edition_folder

    opts, scripts = opts if isinstance(opts, tuple) else (opts or EpubOptions(), [])
    site_editions = []
    for path, ed in editions:
        name = _name(path)
        write_atomic(os.path.join(outdir, name + ".json"), to_json(ed))
        eopts = _with_paper(opts, path)
        epubs = []
        for suffix, vopts in variants(eopts, scripts):
            epub_path = os.path.join(outdir, "epub", name + suffix + ".epub")
            write_atomic(epub_path, build_epub(ed, vopts))
            epubs.append(epub_path)
        print(f"{path} → {', '.join(epubs)}: {len(ed.articles)} articles", file=sys.stderr)
        site_editions.append(SiteEdition(ed, edition_folder(ed), edition_title(ed, eopts), tuple(epubs)))
    for line in opts.report:
        print(line, file=sys.stderr)
    if site_opts is not None and site_editions:
        for line in build_site(site_editions, os.path.join(outdir, "site"), site_opts):
            print(line, file=sys.stderr)
    return 2 if failed else 0
