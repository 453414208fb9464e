"""The canonical text dump of each fixture's parse, compared with its golden file (pytest --update-goldens)."""
import os

import pytest
from conftest import FIXTURES, GOLDENS, fixture_names

from reader.export import to_text
from reader.parse import parse_file


@pytest.mark.parametrize("name", fixture_names())
def test_golden_text_dump(name, update_goldens):
    got = to_text(parse_file(os.path.join(FIXTURES, name + ".txt")))
    path = os.path.join(GOLDENS, name + ".txt")
    if update_goldens:
        os.makedirs(GOLDENS, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(got)
        return
    assert os.path.exists(path), f"no golden for {name}: run pytest --update-goldens and read it"
    with open(path, encoding="utf-8") as f:
        assert got == f.read()
