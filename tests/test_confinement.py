"""Outputs stay where they belong: refused output folders, and names from input files that cannot escape."""
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


def run(*argv, home):
    env = dict(os.environ, HOME=str(home))  # a refused home folder is this test's own, never the real one
    return subprocess.run([sys.executable, "-m", "reader", *map(str, argv)], capture_output=True, text=True,
                          env=env, timeout=300)


def files_under(folder):
    return {os.path.join(d, n) for d, _, names in os.walk(folder) for n in names}


@pytest.fixture
def place(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03.txt")
    (tmp_path / "home").mkdir()
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize("output,why", [
    ("in", "is the input folder"),
    ("in/sub", "is inside the input folder"),
    ("home", "is the home folder"),
    ("repo", "is the root of a repository"),
    ("/", "is the file system's root"),
])
def test_output_folders_that_are_refused(place, output, why):
    before = files_under(place)
    out = output if output == "/" else place / output
    r = run("build", place / "in", "-o", out, "--no-search", home=place / "home")
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [f"reader: {out}: refused as the output folder: it {why}"
                                             + (f" {place / 'in'}" if "input" in why else "")
                                             + "; give -o a folder of its own (build/)"]
    assert files_under(place) == before  # nothing written anywhere


def test_the_repository_itself_is_refused(place):
    r = run("build", place / "in", "-o", ROOT, "--no-search", home=place / "home")
    assert r.returncode == 2 and "is the root of a repository" in r.stderr
    assert not os.path.exists(os.path.join(ROOT, "heze-2024-12-03.json"))


def test_an_epub_is_never_written_over_its_own_dump(place):
    dump = place / "in" / "heze-2024-12-03.txt"
    before = dump.read_bytes()
    r = run("epub", dump, "-o", dump, home=place / "home")
    assert r.returncode == 2 and "is the input dump itself" in r.stderr
    assert dump.read_bytes() == before


@pytest.mark.parametrize("name", ["..txt", ".txt", "-o.txt", "a\\b.txt", "..\\..\\x.txt", "a b#?&.txt",
                                  "名字 (1).txt", "x" * 200 + ".txt"])
def test_names_from_input_files_stay_inside_the_output_folder(place, name):
    src = place / "odd"
    src.mkdir()
    shutil.copy(SAMPLE, src / name)
    out = place / "out"
    before = files_under(place)
    r = run("build", src, "-o", out, "--no-search", "--script", "hant-tw", "--vertical", home=place / "home")
    assert "Traceback" not in r.stderr
    new = files_under(place) - before
    # reader's cache (compiled templates and patterns, README) is the one place outside the output folder it
    # writes to, and none of its names comes from an input file
    cache = str(place / "home" / ".cache" / "reader") + os.sep
    kept = {p for p in new if p.startswith(cache)}
    assert all(re.fullmatch(r"patterns/patterns-[\w.-]+\.marshal|templates-[0-9a-f]+/[0-9a-f]+\.cache",
                            p[len(cache):]) for p in kept), kept
    new -= kept
    assert new and all(p.startswith(str(out) + os.sep) for p in new), sorted(new - files_under(out))
    if r.returncode == 0:
        assert any(p.endswith(".epub") for p in new)
    else:  # a name the file system cannot take with reader's suffixes: said in one line, the build goes on
        assert r.returncode == 2 and "File name too long" in r.stderr, r.stderr


def test_a_name_too_long_for_the_file_system_is_one_line(place):
    src = place / "odd"
    src.mkdir()
    shutil.copy(SAMPLE, src / ("长" * 80 + ".txt"))  # 240 bytes: with .hant-tw.vertical.epub over 255
    shutil.copy(SAMPLE, src / "heze-2024-12-04.txt")
    r = run("build", src, "-o", place / "out", "--no-search", "--script", "hant-tw", "--vertical",
            home=place / "home")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert any("File name too long" in ln and ln.startswith("reader: ") for ln in lines)
    assert lines[-1].startswith("built 1 edition, 1 failed")
    assert (place / "out" / "epub" / "heze-2024-12-04.hant-tw.vertical.epub").is_file()  # the other was built
