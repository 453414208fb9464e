"""Shared test options: --update-goldens rewrites golden files and the accuracy baseline;
a test whose checker is not installed skips outside CI and fails under it; one seed a run for the property
and fuzz tests, printed, so any run can be repeated (READER_TEST_SEED=N)."""
import os
import random
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(__file__)
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(HERE, "fixtures")
PDF_FIXTURES = os.path.join(FIXTURES, "pdf")  # real pages' PDFs whose dumps and golds are fixtures
GOLDENS = os.path.join(HERE, "goldens")
SHARED_EVAL = os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, HERE)

import checkers  # noqa: E402  (after the path, as tests import it by bare name)


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite tests/goldens/* and tests/accuracy_baseline.json from the current code; "
                          "read the diff before committing")
    parser.addoption("--allow-lower", action="store_true",
                     help="with --update-goldens: let the accuracy baseline take a lower figure (refused otherwise)")


SEED = "READER_TEST_SEED"  # set by the first process of a run, inherited by pytest-xdist's workers
SHOTS_ENV = "READER_SCREENSHOTS"  # the run's screenshot folder, chosen the same way


def screenshots(*parts: str) -> str:
    """The run's folder for screenshots (PARTS below it), made: outside the checkout, named at the end of the
    run for a person to look at; READER_SCREENSHOTS=DIR puts them there instead."""
    folder = os.path.join(os.environ[SHOTS_ENV], *parts)
    os.makedirs(folder, exist_ok=True)
    return folder


@pytest.hookimpl(tryfirst=True)  # before Hypothesis's plugin reads its --hypothesis-seed
def pytest_configure(config):
    """Every Hypothesis test of a run draws from one seed: --hypothesis-seed, else $READER_TEST_SEED, else a
    new random one (locally and in CI alike), passed on to the workers and printed in the header."""
    seed = config.getoption("hypothesis_seed", None) or os.environ.get(SEED) or str(random.randrange(2**32))
    os.environ[SEED] = str(seed)
    config.option.hypothesis_seed = int(seed)
    if not os.environ.get(SHOTS_ENV):
        import tempfile

        os.environ[SHOTS_ENV] = tempfile.mkdtemp(prefix="reader-screenshots-")


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    terminalreporter.write_line(f"property and fuzz tests seeded {os.environ[SEED]}: "
                                f"{SEED}={os.environ[SEED]} runs them again alike")
    if os.path.isdir(os.environ[SHOTS_ENV]) and os.listdir(os.environ[SHOTS_ENV]):
        terminalreporter.write_line(f"screenshots to look at: {os.environ[SHOTS_ENV]}")


@pytest.fixture
def update_goldens(request):
    return request.config.getoption("--update-goldens")


@pytest.fixture
def allow_lower(request):
    return request.config.getoption("--allow-lower")


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


def pdf_fixture_names():
    """Every fixture whose page is also here as its PDF (fixtures/pdf/NAME.pdf)."""
    return sorted(n[:-4] for n in os.listdir(PDF_FIXTURES) if n.endswith(".pdf")
                  and os.path.exists(os.path.join(FIXTURES, n[:-4] + ".json")))


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
