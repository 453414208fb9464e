"""Input folders → build/: every dump parsed first, then each edition's outputs written atomically."""
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


def build(inputs: list[str], outdir: str, encoding: str | None = None) -> int:
    """Parse every dump, then write OUTDIR/<name>.json for each; 2 if any dump failed, else 0."""
    from .export import to_json
    from .parse import parse_file

    dumps = find_dumps(inputs)
    failed = 0
    editions = []
    for path in dumps:
        try:
            editions.append((path, parse_file(path, encoding)))
        except ReaderError as e:
            print(f"reader: {e}", file=sys.stderr)
            failed += 1
    for path, ed in editions:
        name = os.path.splitext(os.path.basename(path))[0]
        write_atomic(os.path.join(outdir, name + ".json"), to_json(ed))
        print(f"{path} → {os.path.join(outdir, name + '.json')}: {len(ed.articles)} articles", file=sys.stderr)
    return 2 if failed else 0
