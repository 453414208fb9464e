"""Shared test options: --update-goldens rewrites golden files and the accuracy baseline;
a test whose checker is not installed skips outside CI and fails under it."""
import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(__file__)
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(HERE, "fixtures")
GOLDENS = os.path.join(HERE, "goldens")
SHARED_EVAL = os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, HERE)

import checkers  # noqa: E402  (after the path, as tests import it by bare name)


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite tests/goldens/* and tests/accuracy_baseline.json from the current code; "
                          "read the diff before committing")


@pytest.fixture
def update_goldens(request):
    return request.config.getoption("--update-goldens")


@pytest.fixture(scope="session")
def variant_edition(tmp_path_factory):
    """A two-page edition built once through the real command line in every variant the issue names
    (Simplified, Taiwan, Hong Kong; horizontal and vertical) with its site: (output folder, what it printed).
    Shared by the tests that read the same output (EPUB checks, reading systems, the site)."""
    root = tmp_path_factory.mktemp("variants")
    dumps = root / "input"
    dumps.mkdir()
    for page, fixture in ((1, "rmrb-20180102-p07"), (2, "rmrb-20180112-p07")):
        shutil.copy(os.path.join(FIXTURES, fixture + ".txt"), dumps / f"daily-2018-01-02-p{page}.txt")
    out = root / "build"
    proc = subprocess.run([sys.executable, "-m", "reader", "build", str(dumps), "-o", str(out),
                           "--script", "hant-tw", "--script", "hant-hk", "--vertical"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out, proc.stdout + proc.stderr


def fixture_names():
    """Every fixture: a dump with its hand-made gold JSON."""
    return sorted(n[:-5] for n in os.listdir(FIXTURES) if n.endswith(".json")
                  and os.path.exists(os.path.join(FIXTURES, n[:-5] + ".txt")))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    return (yield from _skip_missing_checker())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _skip_missing_checker())


def _skip_missing_checker():
    """A test whose checker (tests/checkers.py) is not installed is skipped, the message saying how
    to install it; under CI (CI=true) it fails instead, since CI must run every check."""
    try:
        return (yield)
    except checkers.CheckerMissing as e:
        if checkers.in_ci():
            raise
        pytest.skip(f"{e} (under CI=true this fails)")
