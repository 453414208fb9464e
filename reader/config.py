"""reader.toml in the input folder → defaults for the build's options; command-line flags win over it.

    scripts = ["hant-tw", "hant-hk"]   # Traditional editions to make
    vertical = true                    # vertical EPUBs too
    theme = "e-ink"
    base_url = "https://example.org/paper/"
    site_title = "菏泽日报存档"
"""
from __future__ import annotations

import os
import tomllib

from .errors import ReaderError

KEYS = {"scripts": list, "vertical": bool, "theme": str, "base_url": str, "site_title": str, "keep_quotes": bool}
CONFIG = "reader.toml"


def load_config(inputs: list[str]) -> dict:
    """The settings of reader.toml in the first input folder (or beside the first input file), checked."""
    first = inputs[0] if inputs else "input"
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
    """Fill the arguments the user did not give from the configuration (defaults < reader.toml < flags)."""
    if config.get("scripts") and not args.script:
        args.script = list(config["scripts"])
    for key in ("vertical", "keep_quotes"):
        if config.get(key) and not getattr(args, key):
            setattr(args, key, True)
    if config.get("theme") and args.theme == "default":
        args.theme = config["theme"]
    for key in ("base_url", "site_title"):
        if config.get(key) and not getattr(args, key):
            setattr(args, key, config[key])
