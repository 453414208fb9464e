"""Dump file names → papers, days, pages and editions; an edition's paper and day → its title."""
from __future__ import annotations

import os
import re

DEFAULT_INPUT = "input"  # the folder of dumps read when none is named
# <paper>-<YYYY-MM-DD>[-p<N>].txt: heze-2024-12-03.txt is one edition, heze-2024-12-03-p2.txt its second page.
FILE_NAME = re.compile(r"^(?P<paper>[a-z][a-z0-9_]*)-(?P<date>\d{4}-\d{2}-\d{2})(?:-p(?P<page>\d{1,3}))?(?=\.|$)")


def stem(path: str) -> str:
    """A file's name without its folder and its last extension: in/heze-2024-12-03.txt → heze-2024-12-03."""
    return os.path.splitext(os.path.basename(path))[0]


def group_editions(dumps: list[str]) -> list[tuple[str, list[tuple[int, str]]]]:
    """Dumps → editions: the pages of one paper and day (<paper>-<YYYY-MM-DD>-p<N>.txt, or as papers.toml's
    [files] places them) form one edition, in page order; any other file is an edition of its own.
    (name, [(page number, path)]) in name order."""
    from .papers import papers_for  # here, not at the top: papers imports FILE_NAME from this module

    groups: dict[str, list[tuple[int, str]]] = {}
    for path in dumps:
        m = FILE_NAME.match(os.path.basename(path))
        place = None if m else papers_for(path).placement(path)
        if m and m.group("page"):
            groups.setdefault(f"{m.group('paper')}-{m.group('date')}", []).append((int(m.group("page")), path))
        elif place:
            groups.setdefault(f"{place.paper}-{place.date}", []).append((place.page, path))
        else:
            groups.setdefault(stem(path), []).append((1, path))
    return sorted((name, sorted(pages)) for name, pages in groups.items())


def is_one_dump(name: str, pages: list[tuple[int, str]]) -> bool:
    """Whether an edition is a single dump read as it is (not a page of a day, not placed by papers.toml)."""
    return len(pages) == 1 and not name.endswith(f"-p{pages[0][0]}") and stem(pages[0][1]) == name


def paper_title(ed, paper_name: str | None = None) -> str:
    """The paper's name an edition is titled with: the one given (--paper, papers.toml), else the one its page
    header prints, its short name, or the dump's name."""
    return paper_name or ed.paper_name or ed.paper or ed.source.rsplit(".", 1)[0]


def edition_title(paper: str, date: str | None) -> str:
    """菏泽日报 2024年12月3日: the paper's name and the edition's day; the name alone for an undated edition."""
    if date:
        y, m, d = (int(x) for x in date.split("-"))
        return f"{paper} {y}年{m}月{d}日"
    return paper
