"""reader.toml and the command line: defaults, then reader.toml, then flags; a flag given wins over the file even
when it names the default."""
import os
import shutil
import zipfile

import pytest
from conftest import ROOT

from reader.cli import _parser, epub_options, main, site_options
from reader.config import apply_config, load_config

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


def options(folder, *flags):
    """The EPUB and site options a build of folder would use, with flags on its command line."""
    args = _parser().parse_args(["build", str(folder), *flags])
    apply_config(args, load_config(args.inputs))
    (epub, scripts), site = epub_options(args), site_options(args)
    return {"theme": epub.theme, "vertical": epub.vertical, "corner_quotes": epub.corner_quotes, "scripts": scripts,
            "base_url": site.base_url, "site_title": site.title, "site_theme": site.theme}


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "reader.toml").write_text('theme = "e-ink"\nscripts = ["hant-hk"]\nvertical = true\n'
                                          'keep_quotes = true\nbase_url = "https://a.example/"\nsite_title = "甲"\n',
                                          encoding="utf-8")
    return tmp_path


def test_defaults_without_reader_toml(tmp_path):
    assert options(tmp_path) == {"theme": "default", "vertical": False, "corner_quotes": None, "scripts": [],
                                 "base_url": None, "site_title": None, "site_theme": "default"}


def test_reader_toml_over_the_defaults(folder):
    assert options(folder) == {"theme": "e-ink", "vertical": True, "corner_quotes": False, "scripts": ["hant-hk"],
                               "base_url": "https://a.example/", "site_title": "甲", "site_theme": "e-ink"}


def test_flags_over_reader_toml(folder):
    got = options(folder, "--theme", "default", "--script", "hant-tw", "--base-url", "https://b.example/",
                  "--site-title", "乙")
    assert got == {"theme": "default", "vertical": True, "corner_quotes": False, "scripts": ["hant-tw"],
                   "base_url": "https://b.example/", "site_title": "乙", "site_theme": "default"}


def test_theme_default_on_the_command_line_wins_over_reader_toml(tmp_path):
    def stylesheet(src, *flags):
        out = tmp_path / f"out-{src.name}-{len(flags)}"
        assert main(["build", str(src), "-o", str(out), "--no-site", "--no-cover", *flags]) == 0
        return zipfile.ZipFile(out / "epub" / "heze-2024-12-03.epub").read("EPUB/style.css")

    plain, themed = tmp_path / "plain", tmp_path / "themed"
    for src in (plain, themed):
        src.mkdir()
        shutil.copy(SAMPLE, src)
    (themed / "reader.toml").write_text('theme = "e-ink"\n', encoding="utf-8")
    default = stylesheet(plain)
    assert stylesheet(themed) != default  # reader.toml's e-ink
    assert stylesheet(themed, "--theme", "default") == default
