"""The one error users see: a problem with an input or output file, said in one line."""


class ReaderError(Exception):
    """A problem the user can act on; the CLI prints it as `reader: FILE: problem` and exits 2."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def warn(message: str) -> None:
    """A problem that did not stop reader (damaged bytes shown as U+FFFD …), said in one line on stderr."""
    import sys

    print(f"reader: warning: {message}", file=sys.stderr)
