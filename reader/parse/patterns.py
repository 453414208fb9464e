"""A regular expression → its compiled pattern, kept between runs: compiling the parser's patterns was a sixth of
the time of a whole `reader epub`.

re.compile parses a pattern and generates the matching engine's code in Python, every run; the engine (_sre)
takes that code, a list of integers, as it is. The lists are kept in the user's cache (reader/cache.py), one file
for each Python version and engine, each under its pattern's own text, so a changed pattern is simply compiled
again. The pattern given back equals (==: same text, flags and code) what re.compile gives, and the tests check
every one; anything unexpected (another Python's re internals, a damaged file) falls back to re.compile.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # a Python whose re is built otherwise: compile as usual
    _sre = None

_FILE = None if _sre is None else f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
_table: dict | None = None  # (pattern, flags) → what _sre.compile takes after them, as kept
_used: dict = {}  # the entries of this run: kept at exit when any is new (and those no pattern asks for any more go)
_new = False


def regex(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cache when it holds the pattern."""
    if _sre is None:
        return re.compile(pattern, flags)
    global _new
    key = (pattern, int(flags))
    try:
        parts = _cache().get(key)
        if parts is None:
            parts, _new = _compile(pattern, int(flags)), True
        compiled = _sre.compile(pattern, *parts)
        _used[key] = parts
        return compiled
    except Exception:  # internals not as expected, or a damaged entry
        return re.compile(pattern, flags)


def _compile(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands _sre.compile, made the same way (Python 3.11 to 3.13)."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    indexgroup = [None] * p.state.groups
    for name, index in p.state.groupdict.items():
        indexgroup[index] = name
    return int(flags | p.state.flags), code, p.state.groups - 1, dict(p.state.groupdict), tuple(indexgroup)


def _cache() -> dict:
    global _table
    if _table is None:
        _table = {}
        from .. import cache

        folder = cache.folder("patterns")
        if folder:
            try:
                with open(os.path.join(folder, _FILE), "rb") as f:
                    table = marshal.loads(f.read())  # load(f) reads the file item by item: 50 times slower
                if isinstance(table, dict):
                    _table = table
            except (OSError, EOFError, ValueError, TypeError):
                pass
            atexit.register(_save, os.path.join(folder, _FILE))
    return _table


def _save(path: str) -> None:
    """Keep this run's patterns, when any was compiled (at exit: once, whatever the run needed)."""
    if _new:
        from .. import cache

        cache.write(path, marshal.dumps(_used))
