"""The code's layout holds: parse → transforms → renderers. Renderers import no transform (they are given the
edition with its transforms applied, by publish.py), transforms import nothing of the parser, and no module of
reader/ passes 400 lines and no function 60 (STYLE.md, issue 13)."""
import ast
import glob
import os

import pytest
from conftest import ROOT

PACKAGE = os.path.join(ROOT, "reader")
MAX_MODULE_LINES = 400  # split a module by responsibility before it reaches this
MAX_FUNCTION_LINES = 60  # a function longer than a screen is split into named steps


def modules(folder: str = "") -> list[str]:
    return sorted(glob.glob(os.path.join(PACKAGE, folder, "**", "*.py"), recursive=True))


def imports(path: str) -> set[str]:
    """The reader modules a module imports when it runs (imports only for type checking left out)."""
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    package = rel[:-1]  # a module's package; __init__'s is its own folder
    tree = ast.parse(open(path, encoding="utf-8").read())
    checking = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING"
                for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in checking:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            found |= {name} | {f"{name}.{a.name}" for a in node.names}
    return {m for m in found if m == "reader" or m.startswith("reader.")}


@pytest.mark.parametrize("path", modules("render"), ids=os.path.basename)
def test_renderers_import_no_transform(path):
    assert not [m for m in imports(path) if m.startswith("reader.transform")]


@pytest.mark.parametrize("path", modules("transform"), ids=os.path.basename)
def test_transforms_import_nothing_of_the_parser(path):
    assert not [m for m in imports(path) if m.startswith("reader.parse")]


def measured() -> list[str]:
    return modules()


@pytest.mark.parametrize("path", measured(), ids=lambda p: os.path.relpath(p, PACKAGE))
def test_modules_and_functions_are_small(path):
    source = open(path, encoding="utf-8").read()
    assert source.count("\n") <= MAX_MODULE_LINES
    functions = [n for n in ast.walk(ast.parse(source)) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    long = [f"{f.name}: {f.end_lineno - f.lineno + 1} lines" for f in functions
            if f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long
