"""An Edition → its EPUB variants, Editions → the site: each variant's transforms applied, then its renderer.

The one place where transforms meet renderers (pandoc's filters between
reader and writer): a renderer is given the edition of its variant, the
paper's name and the theme's words already in the variant's script.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .render.epub import EpubOptions, build_epub
from .render.themes import load_theme
from .transform.pipeline import Variant

if TYPE_CHECKING:
    from .render.site import SiteEdition, SiteOptions


def variants(opts: EpubOptions, scripts: list[str]) -> list[tuple[str, EpubOptions]]:
    """(file suffix, options) for every EPUB to make: Simplified first, then each script; vertical too if asked."""
    out = []
    for script in [None] + scripts:
        for vertical in ([False, True] if opts.vertical else [False]):
            suffix = (f".{script}" if script else "") + (".vertical" if vertical else "")
            out.append((suffix, replace(opts, script=script, vertical=vertical)))
    return out


def make_epub(ed, opts: EpubOptions) -> bytes:
    """The EPUB of the variant the options ask for (script, names kept whole, quote marks, orientation)."""
    variant = Variant(opts.script, opts.names, opts.corner_quotes)
    shown = variant.edition(ed)
    opts = replace(opts, paper_name=variant.text(opts.paper_name), masthead=variant.text(opts.masthead))
    words = variant.words(load_theme(opts.theme, opts.theme_dir).words(), shown.language)
    return build_epub(shown, opts, words)


def write_site(editions: list[SiteEdition], outdir: str, opts: SiteOptions, only: set[str] | None = None,
               step=None) -> list[str]:
    """The site in outdir: Simplified, and a copy for each script the options ask for; lines for the user."""
    from .render.site import build_site  # not needed by `reader epub`, which imports this module

    scripts = [None] + [s for s in opts.scripts if s]
    return build_site(editions, outdir, opts, [Variant(s) for s in scripts], only, step)
