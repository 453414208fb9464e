"""The one error users see: a problem with an input or output file, said in one line."""


class ReaderError(Exception):
    """A problem the user can act on; the CLI prints it as `reader: FILE: problem` and exits 2."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
