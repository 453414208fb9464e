"""What a build is doing → stderr: a line for each edition built, a bar and a status line on a terminal, a summary."""
from __future__ import annotations

import sys

EDITION_LINES = 20  # a line for each edition built, up to this many; for more, the summary says it


def say(line: str) -> None:
    print(line, file=sys.stderr)


def edition_line(name: str, pages: int, epubs: tuple[str, ...], articles: int) -> str:
    """heze-2024-12-03 (2 pages) → build/epub/heze-2024-12-03.epub: 8 articles"""
    pages_note = f" ({pages} pages)" if pages > 1 else ""
    return f"{name}{pages_note} → {', '.join(epubs)}: {articles} articles"


def summary(built: int, unchanged: int, failed: list[str], seconds: float) -> str:
    """built 2 editions, 15 unchanged, 1 failed (heze-2024-12-04) in 3.1 s"""
    line = f"built {built} edition{'s' if built != 1 else ''}"
    if unchanged:
        line += f", {unchanged} unchanged"
    if failed:
        line += f", {len(failed)} failed ({', '.join(failed)})"
    return f"{line} in {seconds:.1f} s"


class Status:
    """A spinner with a line saying what the build does (the site's pages, each search index) on a terminal."""

    def __enter__(self):
        if not sys.stderr.isatty():
            return lambda message: None
        from rich.console import Console

        self.status = Console(stderr=True).status("site")
        self.status.start()
        return self.status.update

    def __exit__(self, *exc):
        if sys.stderr.isatty():
            self.status.stop()
        return False


class Progress:
    """A rich progress bar on an interactive terminal when there is more than one edition; silent otherwise."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 1 and sys.stderr.isatty():
            from rich.progress import Progress as Bar

            self.bar = Bar(transient=True)
            self.bar.start()
            task = self.bar.add_task("editions", total=self.total)
            return lambda: self.bar.advance(task)
        return lambda: None

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False
