"""A built site folder → served on localhost for a preview (Ctrl-C stops it)."""
from __future__ import annotations

import functools
import http.server
import os
import sys

from .errors import ReaderError


def serve(folder: str, port: int = 8000) -> int:
    if not os.path.isfile(os.path.join(folder, "index.html")):
        raise ReaderError(folder, "no site here: run `reader build` first")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as httpd:
        print(f"serving {folder} at http://127.0.0.1:{httpd.server_address[1]}/ (Ctrl-C stops)", file=sys.stderr)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0
