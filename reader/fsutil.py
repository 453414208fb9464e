"""Outputs written atomically: a temporary file in the same folder, then a rename over the old one."""
from __future__ import annotations

import os
import tempfile

TEMP_PREFIX = ".tmp-"  # temporary files are named so; a killed build's are removed by the next build
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomic(path: str, data: bytes | str) -> None:
    """Write data to path so that readers see either the old file or the whole new one, never a part."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix="-" + os.path.basename(path)[:32], dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes it private; outputs are for publishing
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
