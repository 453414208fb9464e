"""The one error users see: a problem with an input or output file, said in one line."""


class ReaderError(Exception):
    """A problem the user can act on; the CLI prints it as `reader: FILE: problem` and exits 2."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class Interrupted(BaseException):
    """A signal asked reader to stop (SIGTERM, SIGHUP): stopped like Ctrl-C, with the signal's exit status."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def stop_on_signals() -> None:
    """SIGTERM and SIGHUP stop reader the way Ctrl-C does: what is being written is finished or not begun."""
    import signal

    def stop(signum, frame):
        raise Interrupted(signum)

    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, stop)


def warn(message: str) -> None:
    """A problem that did not stop reader (damaged bytes shown as U+FFFD …), said in one line on stderr."""
    import sys

    print(f"reader: warning: {message}", file=sys.stderr)
