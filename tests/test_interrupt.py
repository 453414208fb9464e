"""Stopping a build half-way (Ctrl-C, SIGTERM, SIGKILL) leaves build/ whole, and the next build completes it.

Each case takes a built archive, changes every dump so that everything is rewritten, starts `reader build` in
its own process group, signals the whole group (as a terminal's Ctrl-C does) once the build is in the phase
named, then checks every file under build/ and builds again: the result must equal a clean build's. The first
build and the clean one are the same for every case, so they are made once (outputs depend on the dumps'
contents, not on where they lie: see manifest.edition_key).
"""
import datetime
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile

import pytest
from conftest import ROOT
from lxml import etree

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")
EDITIONS = 24
SIGNALS = {"SIGINT": (signal.SIGINT, 130), "SIGTERM": (signal.SIGTERM, 143), "SIGKILL": (signal.SIGKILL, -9)}


def make_archive(src):
    src.mkdir()
    day = datetime.date(2024, 3, 1)
    for i in range(EDITIONS):
        shutil.copy(SAMPLE, src / f"heze-{day + datetime.timedelta(days=i)}.txt")


def reader_build(src, out, **kw):
    return subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(out)],
                          capture_output=True, text=True, **kw)


def outputs(out):
    """Every output file (relative path → bytes), the manifest and the cache of parsed editions left out."""
    files = {}
    for dirpath, dirnames, names in os.walk(out):
        dirnames[:] = [d for d in dirnames if d != ".cache"]
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), out)
            if rel != ".reader-manifest.json":
                with open(os.path.join(dirpath, name), "rb") as f:
                    files[rel] = f.read()
    return files


def assert_whole(files):
    """No output is partial: EPUBs are whole archives of well-formed documents, JSON parses, pages end.
    A temporary file (.tmp-*) is not an output: a kill can catch one half-written, and the next build removes it."""
    for rel, data in files.items():
        if os.path.basename(rel).startswith(".tmp-"):
            continue
        if rel.endswith(".epub"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, rel
            for name in z.namelist():
                if name.endswith((".xhtml", ".opf", ".ncx")):
                    etree.fromstring(z.read(name))
        elif rel.endswith(".json") and "pagefind" not in rel:
            json.loads(data)
        elif rel.endswith(".html"):
            assert data.rstrip().endswith(b"</html>"), rel


def as_in_a_terminal():
    """The build's signals as a terminal's foreground job has them: a test run started in the background
    (`pytest &` in a script) ignores SIGINT, and a process that starts with SIGINT ignored rightly keeps
    ignoring it, as Unix asks of background jobs."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL)


def stop_when(out, phase, proc, started):
    """Wait until the build is in PHASE (a new EPUB written, or a new site page written); False if it ended."""
    watch = os.path.join(out, "epub") if phase == "editions" else os.path.join(out, "site", "heze", "2024")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        for dirpath, _, names in os.walk(watch):
            for name in names:
                if name.endswith((".epub", ".html")) and not name.startswith(".tmp-") and \
                        os.stat(os.path.join(dirpath, name)).st_mtime_ns > started:
                    return True
        time.sleep(0.005)
    return False


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An archive built from the original dumps, the dumps changed, and a clean build of the changed dumps."""
    root = tmp_path_factory.mktemp("interrupt")
    src, changed, built, clean = root / "in", root / "changed", root / "built", root / "clean"
    make_archive(src)
    first = reader_build(src, built)
    assert first.returncode == 0, first.stderr
    shutil.copytree(src, changed)
    for dump in changed.iterdir():  # every edition changes: the next build rewrites every output
        with open(dump, "a", encoding="utf-8") as f:
            f.write("\n\n本报讯 新增一段正文，在构建中途被打断。\n")
    again = reader_build(changed, clean)
    assert again.returncode == 0, again.stderr
    return {"changed": changed, "built": built, "clean": outputs(clean)}


@pytest.mark.parametrize("phase", ["editions", "site"])
@pytest.mark.parametrize("signame", SIGNALS)
def test_an_interrupted_build_leaves_build_whole_and_the_next_one_completes(archive, tmp_path, signame, phase):
    sig, expected = SIGNALS[signame]
    src, out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(archive["changed"], src)
    shutil.copytree(archive["built"], out, symlinks=True)
    before = outputs(out)

    started = time.time_ns()
    proc = subprocess.Popen([sys.executable, "-m", "reader", "build", str(src), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=as_in_a_terminal)
    in_phase = stop_when(str(out), phase, proc, started)
    if in_phase:
        os.killpg(proc.pid, sig)
    _, err = proc.communicate(timeout=120)
    assert in_phase, f"the build ended before its {phase} phase could be interrupted"
    assert proc.returncode == expected, err
    if sig != signal.SIGKILL:
        assert "Traceback" not in err, err
        assert err.strip().splitlines()[-1].startswith("reader: interrupted"), err
    after = outputs(out)
    assert_whole(after)
    if sig != signal.SIGKILL:  # a killed process cannot tidy up: the next build removes what it left
        assert not [rel for rel in after if os.path.basename(rel).startswith(".tmp-")]
    if sig != signal.SIGKILL:  # nothing went missing (a kill between the two renames of a search index swap could)
        assert {rel for rel in before if "pagefind" not in rel} <= set(after)
        shards = {rel.split(os.sep)[2] for rel in before if rel.startswith(os.path.join("site", "pagefind", ""))}
        assert all(os.path.join("site", "pagefind", s, "pagefind-entry.json") in after for s in shards)

    again = reader_build(src, out)
    assert again.returncode == 0, again.stderr
    finished, reference = outputs(out), archive["clean"]
    assert sorted(finished) == sorted(reference)
    assert [rel for rel in reference if finished[rel] != reference[rel]] == []
