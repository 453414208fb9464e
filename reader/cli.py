"""Command line → one library call per command: parse, inspect, build."""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import Interrupted, ReaderError, stop_on_signals, warn
from .model import STYLES

EPILOG = ("Exit status: 0 on success, 2 on bad input or usage (one line on stderr, naming the file), "
          "130 or 143 when interrupted (Ctrl-C, SIGTERM), 70 on an internal error.")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="reader", description="Turn raw Chinese newspaper text dumps (or the pages' PDFs) into editions.",
                                epilog=EPILOG)
    p.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def dump_options(sp):
        sp.add_argument("--encoding", help="read the dump in this encoding instead of detecting it "
                                           "(utf-8, gb18030, big5, utf-16 …)")
        sp.add_argument("--style", choices=STYLES,
                        help="the dump style, instead of recognising it")

    sp = sub.add_parser("parse", help="parse one dump and print its articles",
                        description="Parse one text dump into articles and print them.", epilog=EPILOG)
    sp.add_argument("dump", metavar="DUMP", help="the text dump of one or more newspaper pages, or their PDF")
    sp.add_argument("--format", choices=("json", "text"), default="json",
                    help="json: the edition JSON (reader.edition/1); text: one line per block (default: json)")
    sp.add_argument("--fix-punctuation", action="store_true",
                    help="restore full-width ，（）：；！？ in Chinese text (EPUBs and the site always have them; the "
                         "JSON keeps the dump's own characters unless asked)")
    sp.add_argument("--explain", action="store_true",
                    help="show, block by block, which rule gave its role in the first pass and finally")
    dump_options(sp)

    sp = sub.add_parser("dump", help="write a PDF page's text as a block dump",
                        description="Read a PDF of newspaper pages and write its text as a block dump: one block "
                                    "per paragraph piece, headline or credit, in reading order, blocks parted by a "
                                    "blank line, pages by a form feed.", epilog=EPILOG)
    sp.add_argument("pdf", metavar="PAGE.pdf")
    sp.add_argument("-o", "--output", metavar="FILE.txt", help="where to write it (default: standard output)")

    sp = sub.add_parser("inspect", help="write an HTML proof sheet of a dump's reconstruction",
                        description="Write one HTML page showing the dump block by block, coloured by role, "
                                    "with every join, split and moved block marked.", epilog=EPILOG)
    sp.add_argument("dump", metavar="DUMP")
    sp.add_argument("-o", "--output", metavar="FILE.html", help="where to write it (default: build/<name>.inspect.html)")
    dump_options(sp)

    _output_commands(sub, dump_options)
    return p


def _edition_arguments(sp) -> None:
    """The options of the editions made: theme, font, paper, cover, scripts, quotes, orientation."""
    sp.add_argument("--theme", help="theme name (a folder of themes/) or a theme folder "
                                    "(default: default; e-ink for e-ink readers)")
    sp.add_argument("--theme-dir", metavar="DIR", help="a folder whose files override the theme's")
    sp.add_argument("--embed-font", metavar="FONT", help="subset this font file to the edition's characters "
                                                        "and embed it, for readers without Chinese fonts")
    sp.add_argument("--paper", metavar="NAME", help="the paper's name, when the dump does not print it")
    sp.add_argument("--no-cover", action="store_true", help="make no cover image")
    sp.add_argument("--script", action="append", default=[], metavar="VARIANT",
                    choices=("hant-tw", "hant-hk", "hant", "hant-tw-phrases"),
                    help="also make a Traditional edition: hant-tw (Taiwan), hant-hk (Hong Kong), hant (generic); "
                         "hant-tw-phrases also swaps vocabulary (it rewrites official names); repeatable")
    sp.add_argument("--keep-quotes", action="store_true", help="keep “” in Taiwan and Hong Kong editions "
                                                               "instead of 「」")
    sp.add_argument("--vertical", action="store_true", help="set the EPUB vertically (right to left), "
                                                            "for every script made")


def _output_commands(sub, dump_options) -> None:
    """The commands that write editions (epub, build) and the one that serves them (serve)."""
    sp = sub.add_parser("epub", help="make the EPUB edition of one dump",
                        description="Parse one dump and write its EPUB 3 edition (with an EPUB 2 NCX).",
                        epilog=EPILOG)
    sp.add_argument("dump", metavar="DUMP")
    sp.add_argument("-o", "--output", metavar="FILE.epub", help="where to write it (default: build/epub/<name>.epub)")
    dump_options(sp)
    _edition_arguments(sp)

    sp = sub.add_parser("build", help="parse every dump in the input folders and write the outputs",
                        description="Parse every *.txt dump and *.pdf page in INPUT (files or folders; default: input/) and "
                                    "write OUTDIR/<name>.json for each (default OUTDIR: build/).", epilog=EPILOG)
    sp.add_argument("inputs", nargs="*", metavar="INPUT", help="dump files or folders (default: input/)")
    sp.add_argument("-o", "--output", metavar="OUTDIR", default="build", help="output folder (default: build/)")
    sp.add_argument("--encoding", help="read every dump in this encoding instead of detecting it")
    _edition_arguments(sp)
    sp.add_argument("--base-url", metavar="URL", help="where the site will be published: sets canonical links, "
                                                      "the feed and the sitemap (links stay relative)")
    sp.add_argument("--site-title", metavar="TITLE", help="the site's name (default: the paper's, or 报纸存档 "
                                                          "for several papers)")
    sp.add_argument("--no-site", action="store_true", help="write no site")
    sp.add_argument("--no-search", action="store_true", help="build no search index")

    sp = sub.add_parser("serve", help="preview the built site on localhost",
                        description="Serve a built site folder on localhost to preview it.", epilog=EPILOG)
    sp.add_argument("folder", nargs="?", default="build/site", help="the site folder (default: build/site)")
    sp.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")


def _theme(args) -> dict:
    """The theme named by a flag or reader.toml; none named, the options' own default."""
    return {"theme": args.theme} if args.theme else {}


def site_options(args):
    """SiteOptions from parsed command-line arguments, or None with --no-site."""
    from .render.site import SiteOptions

    if args.no_site:
        return None
    return SiteOptions(**_theme(args), theme_dir=args.theme_dir, base_url=args.base_url, search=not args.no_search,
                       title=args.site_title, scripts=tuple(args.script))


def epub_options(args):
    """EpubOptions from parsed command-line arguments, and the Traditional scripts asked for."""
    from .render.epub import EpubOptions

    return EpubOptions(**_theme(args), theme_dir=args.theme_dir, embed_font=args.embed_font,
                       paper_name=args.paper, cover=not args.no_cover, vertical=args.vertical,
                       corner_quotes=False if args.keep_quotes else None), list(args.script)


def _inspect(args) -> int:
    from .inspect import write_inspect

    path = write_inspect(args.dump, args.output, args.encoding, args.style)
    print(f"wrote {path}", file=sys.stderr)
    return 0


def _epub(args) -> int:
    from .build import write_epub

    for path in write_epub(args.dump, args.output, epub_options(args), args.encoding, args.style):
        print(f"wrote {path}", file=sys.stderr)
    return 0


def _build(args) -> int:
    from .build import build
    from .config import apply_config, load_config

    apply_config(args, load_config(args.inputs))
    return build(args.inputs, args.output, args.encoding, epub_options(args), site_options(args))


def _dump(args) -> int:
    from .fsutil import write_atomic
    from .parse import read_pdf

    text = read_pdf(args.pdf).text
    if args.output:
        write_atomic(args.output, text.encode("utf-8"))
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _serve(args) -> int:
    from .serve import serve

    return serve(args.folder, args.port)


COMMANDS = {"dump": _dump, "inspect": _inspect, "epub": _epub, "build": _build, "serve": _serve}  # parse: in main


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    stop_on_signals()
    try:
        if args.command == "parse":
            from .parse import read_dump
            from . import export

            parsed = read_dump(args.dump, args.encoding, args.style)  # one parse, for the edition and --explain
            ed = parsed.edition
            for w in ed.warnings:
                warn(w)
            if args.explain:
                from .explain import explain

                sys.stdout.write(explain(parsed))
                return 0
            if args.fix_punctuation:
                from .transform.punctuation import restore_edition

                ed = restore_edition(ed)
            sys.stdout.write(export.to_json(ed) if args.format == "json" else export.to_text(ed))
        else:
            return COMMANDS[args.command](args)
    except ReaderError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, Interrupted) as e:
        print("reader: interrupted; outputs already written are complete, none is partial, and the next build "
              "finishes the rest", file=sys.stderr)
        return 128 + (e.signum if isinstance(e, Interrupted) else 2)
    except BrokenPipeError:
        return 0
    except OSError as e:  # an output folder not writable, a full disk, a name too long …
        print(f"reader: {e.filename or '-'}: {e.strerror or e}", file=sys.stderr)
        return 2
    except MemoryError:
        print("reader: out of memory (split the input into smaller dumps)", file=sys.stderr)
        return 2
    except Exception as e:  # a bug: one line for the user, the traceback when asked for
        if os.environ.get("READER_DEBUG"):
            raise
        print(f"reader: internal error ({type(e).__name__}: {e}); please report it with the input "
              "(READER_DEBUG=1 shows the traceback)", file=sys.stderr)
        return 70
    return 0
