"""papers.toml and names.txt beside the dumps → each paper's name, masthead and language, the paper, day and page
of dumps whose file names do not say them, and the names to keep whole in Traditional editions.

    [heze]                       # dumps named heze-YYYY-MM-DD[-pN].txt
    name = "菏泽日报"             # the paper's name: titles, metadata, the site
    masthead = "菏泽日报"         # the name as the cover sets it large (default: name)
    language = "zh-Hans"         # BCP 47 tag, instead of detecting Simplified or Traditional

    [files]                      # dumps whose names say nothing: their paper, day and page
    "scan 0012.txt" = { paper = "heze", date = "2024-12-03", page = 2 }
"""
from __future__ import annotations

import datetime
import os
import re
import tomllib
from dataclasses import dataclass, replace

from .errors import ReaderError
from .naming import FILE_NAME

FILE = "papers.toml"
NAMES = "names.txt"  # one name a line: kept whole in Traditional editions
PAPER_KEYS = {"name": str, "masthead": str, "language": str}
PLACEMENT_KEYS = {"paper": str, "date": str, "page": int}
SHORT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # as in file names: heze-2024-12-03.txt
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$")


@dataclass(frozen=True)
class Paper:
    name: str | None = None
    masthead: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Placement:
    """Where a dump belongs: its paper's short name, the edition's day, the page."""

    paper: str
    date: str
    page: int = 1


@dataclass(frozen=True)
class Papers:
    papers: dict[str, Paper]
    files: dict[str, Placement]

    def placement(self, dump: str) -> Placement | None:
        return self.files.get(os.path.basename(dump))


_CACHE: dict[tuple[str, int, int], Papers] = {}


def papers_for(dump_or_folder: str) -> Papers:
    """The papers.toml of a dump's folder (or of a folder), checked; empty when there is none."""
    folder = dump_or_folder if os.path.isdir(dump_or_folder) else os.path.dirname(os.path.abspath(dump_or_folder))
    path = os.path.join(folder, FILE)
    try:
        st = os.stat(path)
    except OSError:
        return Papers({}, {})
    key = (path, st.st_mtime_ns, st.st_size)
    if key not in _CACHE:
        _CACHE[key] = _load(path)
    return _CACHE[key]


def _load(path: str) -> Papers:
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ReaderError(path, f"not a valid {FILE}: {e}") from None
    papers, files = {}, {}
    for short, entry in data.items():
        if short == "files":
            if not isinstance(entry, dict):
                raise ReaderError(path, "[files] must be a table of file name = { paper, date, page }")
            for name, place in entry.items():
                files[name] = _placement(path, name, place)
            continue
        if not SHORT_NAME.match(short):
            raise ReaderError(path, f"[{short}]: a paper's short name is lower-case letters, digits and _ (heze)")
        if not isinstance(entry, dict):
            raise ReaderError(path, f"{short} must be a table: [{short}] then name = \"…\"")
        _check(path, f"[{short}]", entry, PAPER_KEYS)
        language = entry.get("language")
        if language is not None and not LANGUAGE_TAG.match(language):
            raise ReaderError(path, f"[{short}] language {language!r} is not a language tag (zh-Hans, zh-Hant-TW)")
        papers[short] = Paper(entry.get("name"), entry.get("masthead"), language)
    for name, place in files.items():
        if place.paper not in papers and not SHORT_NAME.match(place.paper):
            raise ReaderError(path, f"[files] {name!r}: paper {place.paper!r} is not a short name (heze)")
    return Papers(papers, files)


def _placement(path: str, name: str, place) -> Placement:
    if not isinstance(place, dict):
        raise ReaderError(path, f"[files] {name!r} must be {{ paper = \"…\", date = \"YYYY-MM-DD\", page = N }}")
    _check(path, f"[files] {name!r}", place, PLACEMENT_KEYS)
    if "paper" not in place or "date" not in place:
        raise ReaderError(path, f"[files] {name!r} needs a paper and a date")
    try:
        datetime.date.fromisoformat(place["date"])
    except ValueError:
        raise ReaderError(path, f"[files] {name!r}: date {place['date']!r} is not YYYY-MM-DD") from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", place["date"]):
        raise ReaderError(path, f"[files] {name!r}: date {place['date']!r} is not YYYY-MM-DD")
    page = place.get("page", 1)
    if not 1 <= page <= 999:
        raise ReaderError(path, f"[files] {name!r}: page {page} is not between 1 and 999")
    return Placement(place["paper"], place["date"], page)


def _check(path: str, where: str, entry: dict, keys: dict) -> None:
    for key, value in entry.items():
        if key not in keys:
            raise ReaderError(path, f"{where}: unknown key {key!r} (known: {', '.join(keys)})")
        if not isinstance(value, keys[key]) or isinstance(value, bool) and keys[key] is int:
            raise ReaderError(path, f"{where}: {key} must be a {'string' if keys[key] is str else 'number'}")


def paper_for(dump: str) -> Paper | None:
    """The papers.toml entry of a dump's paper, by its short name: from its file name, else from [files]."""
    papers = papers_for(dump)
    m = FILE_NAME.match(os.path.basename(dump))
    place = None if m else papers.placement(dump)
    short = m.group("paper") if m else place.paper if place else None
    return papers.papers.get(short) if short else None


def placed(ed, dump: str):
    """The edition with what papers.toml says of its dump: paper and day ([files]) and language."""
    papers = papers_for(dump)
    place = None if FILE_NAME.match(os.path.basename(dump)) else papers.placement(dump)
    if place:
        ed = replace(ed, paper=place.paper, date=place.date)
    paper = papers.papers.get(ed.paper) if ed.paper else None
    if paper and paper.language:
        ed = replace(ed, language=paper.language)
    return ed


def names_for(dump: str) -> tuple[str, ...]:
    """The user's names to keep whole in Traditional editions: names.txt beside the dump, one a line."""
    path = os.path.join(os.path.dirname(os.path.abspath(dump)), NAMES)
    if not os.path.isfile(path):
        return ()
    try:
        with open(path, encoding="utf-8") as f:
            return tuple(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))
    except (OSError, UnicodeDecodeError) as e:
        raise ReaderError(path, f"cannot read the names list: {e}") from None


def with_paper(opts, dump: str):
    """EPUB options with what the files beside the dump say: its paper's name and masthead (unless given), and
    the names to keep whole."""
    paper = paper_for(dump)
    return replace(opts, paper_name=opts.paper_name or (paper.name if paper else None),
                   masthead=opts.masthead or (paper.masthead if paper else None), names=names_for(dump))
