"""Theme name → its stylesheets and a Jinja2 environment; lookup goes user folder → named theme → default."""
from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
from dataclasses import dataclass
from functools import cached_property

import jinja2
import markupsafe

from ..errors import ReaderError

THEMES_DIR = os.environ.get("READER_THEMES") or os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "themes")
DEFAULT = "default"
# How templates are compiled; the compiled code depends on these, so the template cache is kept apart for each.
ENV_OPTIONS = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True}


@dataclass(frozen=True)
class Theme:
    """A theme's folders in lookup order: the user's override (if any), the named theme, then default."""

    name: str
    folders: tuple[str, ...]

    def find(self, relpath: str) -> str:
        """The first file at relpath along the lookup order."""
        for folder in self.folders:
            path = os.path.join(folder, relpath)
            if os.path.isfile(path):
                return path
        raise ReaderError(self.name, f"theme has no {relpath} (looked in {', '.join(self.folders)})")

    def read(self, relpath: str) -> str:
        with open(self.find(relpath), encoding="utf-8") as f:
            return f.read()

    def stylesheet(self, relpath: str) -> str:
        """A stylesheet layered along the lookup order: default's first, then the named theme's, then the
        user's override, so each only states what it changes."""
        parts = []
        for folder in reversed(self.folders):
            path = os.path.join(folder, relpath)
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    parts.append(f.read())
        if not parts:
            raise ReaderError(self.name, f"theme has no {relpath} (looked in {', '.join(self.folders)})")
        return "\n".join(parts)

    def setting(self, key: str, default=None):
        """A value of the theme's theme.toml, the nearest folder's first (e-ink: pictures = "greyscale")."""
        import tomllib

        for folder in self.folders:
            path = os.path.join(folder, "theme.toml")
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    values = tomllib.load(f)
                if key in values:
                    return values[key]
        return default

    def words(self) -> dict[str, str]:
        """The theme's own words (目录, 上一篇 …) as its words.toml files write them, layered like the stylesheets,
        so a theme's file states only the words it changes; the caller puts them in an edition's script
        (transform/pipeline.py)."""
        import tomllib

        words = {}
        for folder in reversed(self.folders):
            path = os.path.join(folder, "words.toml")
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    words.update(tomllib.loads(f.read()))
        if not words:
            raise ReaderError(self.name, f"theme has no words.toml (looked in {', '.join(self.folders)})")
        return words

    @cached_property
    def env(self) -> jinja2.Environment:
        """Templates by bare name, every value escaped (XHTML and HTML alike)."""
        loader = jinja2.FileSystemLoader([os.path.join(f, "templates") for f in self.folders])
        env = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined, bytecode_cache=template_cache(),
                                 **ENV_OPTIONS)
        env.filters["tcy"] = tate_chu_yoko
        return env


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs (compiling them is a tenth of a second of every run). Jinja checks
    each entry against its template's source and the Python version; an entry that cannot be read or written
    is simply compiled again."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry (a full disk, a killed write): compile the template instead
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # a read-only or full cache folder: no cache
            pass


@functools.lru_cache(maxsize=1)
def template_cache() -> _TemplateCache | None:
    """The template cache in the user's cache folder (reader/cache.py), or None when it cannot be used."""
    from .. import cache

    scope = hashlib.sha256(repr((jinja2.__version__, sys.version, sorted(ENV_OPTIONS.items()))).encode())
    folder = cache.folder("templates-" + scope.hexdigest()[:16])
    return _TemplateCache(folder, "%s.cache") if folder else None


_TWO_DIGITS = re.compile(r"(?<![0-9A-Za-z.])([0-9]{2})(?![0-9A-Za-z.])")


def tate_chu_yoko(text: str, vertical: bool = False) -> markupsafe.Markup:
    """Escaped text; in vertical text two-digit numbers set upright across the line (縦中横: 12月, 28日)."""
    if not vertical:
        return markupsafe.escape(text)
    # the digits are found in the text, not in its escaped form (where &#34; holds digits too)
    out, last = [], 0
    for m in _TWO_DIGITS.finditer(str(text)):
        out += [str(markupsafe.escape(text[last:m.start()])), f'<span class="tcy">{m.group(1)}</span>']
        last = m.end()
    out.append(str(markupsafe.escape(text[last:])))
    return markupsafe.Markup("".join(out))


def load_theme(name: str = DEFAULT, user_dir: str | None = None) -> Theme:
    """The theme called name (a folder of themes/, or a path to a theme folder), with the user's override first."""
    folders = []
    if user_dir:
        if not os.path.isdir(user_dir):
            raise ReaderError(user_dir, "theme override folder not found")
        folders.append(user_dir)
    named = name if os.path.isdir(name) else os.path.join(THEMES_DIR, name)
    if not os.path.isdir(named):
        known = sorted(n for n in os.listdir(THEMES_DIR) if os.path.isdir(os.path.join(THEMES_DIR, n)))
        raise ReaderError(name, f"no such theme (known: {', '.join(known)})")
    folders.append(named)
    default = os.path.join(THEMES_DIR, DEFAULT)
    if os.path.abspath(named) != os.path.abspath(default):
        folders.append(default)
    return _theme(os.path.basename(named.rstrip("/")), tuple(os.path.abspath(f) for f in folders))


@functools.lru_cache(maxsize=16)
def _theme(name: str, folders: tuple[str, ...]) -> Theme:
    """One Theme per lookup order in a process, so its templates are compiled once (Jinja reloads a template
    whose file changed; stylesheets and words are read on each use)."""
    return Theme(name, folders)
