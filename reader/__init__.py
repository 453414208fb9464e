"""reader: raw Chinese newspaper text dumps → articles → EPUB and static-site editions."""

__version__ = "0.1.0"
