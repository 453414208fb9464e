"""A name → reader's folder for it in the user's cache ($XDG_CACHE_HOME/reader, else ~/.cache/reader).

What is kept there only saves time (compiled templates and patterns): any of it may be deleted at any time,
and a cache that cannot be made, read or written is no cache. What is read from it is run as code, so a folder
that is not the user's own, or that others may write, is not used.
"""
from __future__ import annotations

import os
import stat


def folder(name: str) -> str | None:
    """The cache folder `name`, made if need be (readable by the user alone), or None when it cannot be used."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    path = os.path.join(base, "reader", name)
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None
    owner = getattr(os, "getuid", lambda: st.st_uid)()
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != owner or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    return path


def write(path: str, data: bytes) -> None:
    """data to path whole (a temporary file renamed), or nothing: a full disk or a read-only cache is no error."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.remove(tmp)
        except OSError:
            pass
