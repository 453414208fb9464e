"""reader.toml in the input folder → settings of the build; precedence: defaults, then reader.toml, then flags.

    scripts = ["hant-tw", "hant-hk"]   # Traditional editions to make
    vertical = true                    # vertical EPUBs too
    theme = "e-ink"
    base_url = "https://example.org/paper/"
    site_title = "菏泽日报存档"
    keep_quotes = false
"""
from __future__ import annotations

import os
import tomllib

from .errors import ReaderError
from .naming import DEFAULT_INPUT

KEYS = {"scripts": list, "vertical": bool, "theme": str, "base_url": str, "site_title": str, "keep_quotes": bool}
ARGUMENTS = {"scripts": "script"}  # a setting's command-line argument, where its name differs
CONFIG = "reader.toml"


def load_config(inputs: list[str]) -> dict:
    """The settings of reader.toml in the first input folder (or beside the first input file), checked."""
    first = inputs[0] if inputs else DEFAULT_INPUT
    folder = first if os.path.isdir(first) else os.path.dirname(os.path.abspath(first))
    path = os.path.join(folder, CONFIG)
    if not os.path.isfile(path):
        return {}
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ReaderError(path, f"not a valid {CONFIG}: {e}") from None
    for key, value in data.items():
        if key not in KEYS:
            raise ReaderError(path, f"unknown setting {key!r} (known: {', '.join(KEYS)})")
        if not isinstance(value, KEYS[key]):
            raise ReaderError(path, f"{key} must be a {KEYS[key].__name__}")
    return data


def apply_config(args, config: dict) -> None:
    """Set from the configuration each argument the command line left unset (defaults < reader.toml < flags).

    Unset is what the parser leaves when a flag is not given: None (the defaults are the options' own, filled in
    afterwards), False for a switch, [] for a repeatable flag; a flag given wins even when it names a default."""
    for key, value in config.items():
        name = ARGUMENTS.get(key, key)
        if value and getattr(args, name) in (None, False, []):
            setattr(args, name, list(value) if isinstance(value, list) else value)
