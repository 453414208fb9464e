"""Accuracy on every hand-annotated fixture, scored by the shared scorer and pinned so it cannot drop silently."""
import hashlib
import json
import os

import pytest
from conftest import FIXTURES, HERE, PDF_FIXTURES, SHARED_EVAL, fixture_names, pdf_fixture_names

import score as scorer
from reader.export import to_dict
from reader.parse import parse_file, read_pdf
from reader.parse.decode import decode

BASELINE = os.path.join(HERE, "accuracy_baseline.json")
TOLERANCE = 1e-9


def corpus_checksum() -> str:
    h = hashlib.sha256()
    for name in fixture_names():
        for ext in (".txt", ".json"):
            with open(os.path.join(FIXTURES, name + ext), "rb") as f:
                h.update(hashlib.sha256(f.read()).digest())
    for name in pdf_fixture_names():
        with open(os.path.join(PDF_FIXTURES, name + ".pdf"), "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def score_fixture(name: str, pdf: bool = False) -> dict:
    """The fixture's gold scored against the parse of its dump, or of its page's PDF (pdf/NAME.pdf): both against
    the dump, whose blocks are the boundaries the scorer checks joins at."""
    path = os.path.join(FIXTURES, name + ".txt")
    with open(os.path.join(FIXTURES, name + ".json"), encoding="utf-8") as f:
        gold = json.load(f)
    pred = to_dict(read_pdf(os.path.join(PDF_FIXTURES, name + ".pdf")).edition if pdf else parse_file(path))
    with open(path, "rb") as f:
        raw = str(decode(f.read(), path))  # what the scorer reads: the dump's own text, BOM aside
    return scorer.score(raw, gold, pred)


@pytest.fixture(scope="module")
def scores():
    out = {name: score_fixture(name) for name in fixture_names()}
    out.update({name + ".pdf": score_fixture(name, pdf=True) for name in pdf_fixture_names()})
    return out


def test_vendored_scorer_is_the_shared_one():
    shared = os.path.join(SHARED_EVAL, "score.py")
    if not os.path.exists(shared):
        pytest.skip("../shared/eval is not beside this checkout")
    with open(shared, "rb") as a, open(os.path.join(HERE, "score.py"), "rb") as b:
        assert a.read() == b.read(), "tests/score.py differs from ../shared/eval/score.py: copy it again"


def test_enough_fixtures():
    assert len(fixture_names()) >= 9  # the sample and at least eight of our own


def test_sample_scores_perfectly(scores):
    m = scores["heze-2024-12-03"]
    assert {k: v for k, v in m.items() if not k.startswith("chars_") and v < 1.0} == {}
    assert m["chars_missing"] == 0 and m["chars_extra"] == 0


@pytest.mark.parametrize("name", fixture_names() + [n + ".pdf" for n in pdf_fixture_names()])
def test_no_character_lost_or_invented(scores, name):
    assert scores[name]["chars_missing"] == 0
    assert scores[name]["chars_extra"] == 0


def changes(base: dict, scores: dict) -> tuple[list[str], list[str]]:
    """Each pinned figure that would change: (the lower ones, the others), a line each."""
    lower, other = [], []
    for name in sorted(set(base) | set(scores)):
        was, now = base.get(name, {}), scores.get(name, {})
        for k in sorted(set(was) | set(now)):
            a, b = was.get(k), now.get(k)
            if a is None or b is None or round(a, 4) != round(b, 4):
                worse = a is not None and (b is None or (b > a if k.startswith("chars_") else b < a - 0.00005))
                (lower if worse else other).append(f"{name} {k}: {a} → {b}")
    return lower, other


def test_no_metric_below_baseline(scores, update_goldens, allow_lower, capsys):
    if update_goldens or not os.path.exists(BASELINE):
        pinned = {n: {k: round(v, 4) for k, v in m.items()} for n, m in scores.items()}
        if os.path.exists(BASELINE):
            with open(BASELINE, encoding="utf-8") as f:
                lower, other = changes(json.load(f)["scores"], pinned)
            with capsys.disabled():  # every change is shown, raised or lowered
                for line in other + lower:
                    print(f"\naccuracy baseline: {line}", end="")
            if lower and not allow_lower:
                pytest.fail("--update-goldens would lower these pinned figures; the baseline is left as it was "
                            "(add --allow-lower if the drop is understood):\n" + "\n".join(lower))
        with open(BASELINE, "w", encoding="utf-8") as f:
            json.dump({"corpus_sha256": corpus_checksum(), "scores": pinned}, f, indent=1, sort_keys=True)
            f.write("\n")
        if not update_goldens:
            pytest.fail("tests/accuracy_baseline.json was missing and has been written: read and commit it")
    with open(BASELINE, encoding="utf-8") as f:
        base = json.load(f)
    drops = []
    for name, metrics in base["scores"].items():
        if name not in scores:
            drops.append(f"{name}: fixture missing")
            continue
        for k, v in metrics.items():
            now = scores[name].get(k)
            worse = now > v if k.startswith("chars_") else now < v - 0.00005
            if now is None or worse:
                drops.append(f"{name} {k}: {v} → {now}")
    assert not drops, "accuracy dropped (pytest --update-goldens only if the drop is understood):\n" + "\n".join(drops)
    assert base["corpus_sha256"] == corpus_checksum(), \
        "fixtures changed since the baseline was pinned: run pytest --update-goldens and read the diff"


def test_a_lowered_figure_is_told_from_a_raised_one():
    """What --update-goldens refuses without --allow-lower: a score down, a character more lost or added."""
    base = {"a": {"join_p": 0.33, "join_r": 0.5, "chars_missing": 0}, "gone": {"article_f1": 1.0}}
    now = {"a": {"join_p": 0.29, "join_r": 0.6, "chars_missing": 1}, "new": {"article_f1": 0.5}}
    lower, other = changes(base, now)
    assert lower == ["a chars_missing: 0 → 1", "a join_p: 0.33 → 0.29", "gone article_f1: 1.0 → None"]
    assert other == ["a join_r: 0.5 → 0.6", "new article_f1: None → 0.5"]
