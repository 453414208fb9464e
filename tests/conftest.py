"""Shared test options: --update-goldens rewrites golden files and the accuracy baseline."""
import os
import sys

import pytest

HERE = os.path.dirname(__file__)
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(HERE, "fixtures")
GOLDENS = os.path.join(HERE, "goldens")
SHARED_EVAL = os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, HERE)


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite tests/goldens/* and tests/accuracy_baseline.json from the current code; "
                          "read the diff before committing")


@pytest.fixture
def update_goldens(request):
    return request.config.getoption("--update-goldens")


def fixture_names():
    """Every fixture: a dump with its hand-made gold JSON."""
    return sorted(n[:-5] for n in os.listdir(FIXTURES) if n.endswith(".json")
                  and os.path.exists(os.path.join(FIXTURES, n[:-5] + ".txt")))
