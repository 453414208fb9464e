"""The hostile corpus (tests/hostile/) through the real command line: each case gives a valid edition or the
one-line error, never a traceback or a hang, and loses no character.

An edition is built with `reader build` (EPUB and site), its EPUB checked by EPUBCheck, every XHTML and HTML
document scanned for characters XML forbids, and the parse compared with the decoded input character for
character. An error must be one line, name the file, say the problem, exit 2 and leave an earlier output as it
stood.
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from collections import Counter

import pytest
from checkers import epubcheck
from lxml import etree
from lxml import html as lxml_html
from score import all_text, norm

from reader.parse.decode import decode

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "hostile"))
import corpus  # noqa: E402

HOSTILE = os.path.dirname(corpus.__file__)
SMALL = {name: (data, args, expected) for name, data, args, expected in corpus.small_cases()}
SITE_SCRIPTS = {"search.html": 2, "404.html": 1}  # the site's own scripts: Pagefind's; the 404 page finding the root
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def hang_guard(size: int) -> float:
    """Seconds after which a run counts as hung: generous, and growing with the input (no speed is asserted)."""
    return 120 + 60 * size / 2**20


def run(*argv, size=0):
    return subprocess.run([sys.executable, "-m", "reader", *map(str, argv)], capture_output=True, text=True,
                          timeout=hang_guard(size))


def test_the_committed_corpus_is_what_corpus_py_makes():
    for name, (data, _, _) in SMALL.items():
        with open(os.path.join(HOSTILE, name), "rb") as f:
            assert f.read() == data, f"{name}: run python tests/hostile/corpus.py"


def check_error(path, args, words, tmp_path):
    (tmp_path / "err").mkdir()
    out = tmp_path / "err" / "x.epub"
    out.write_bytes(b"an earlier good output")
    r = run("epub", path, "-o", out, *args, size=os.path.getsize(path))
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"reader: {path}: "), lines
    assert words in lines[0], lines
    assert out.read_bytes() == b"an earlier good output"  # left as it stood
    assert [p.name for p in out.parent.iterdir()] == ["x.epub"]  # and no temporary file beside it


def check_edition(path, args, tmp_path, validate=True):
    """Build PATH's edition and check what needs no Java first (lossless, no character XML forbids, well-formed
    documents, the site escaping what it shows), then, if VALIDATE, EPUBCheck: where EPUBCheck cannot run, all
    the rest has been checked before it skips. The edition JSON and the EPUB's path."""
    size = os.path.getsize(path)
    src = tmp_path / "in"
    src.mkdir()
    dump = src / os.path.basename(path)
    os.link(path, dump) if os.stat(path).st_dev == os.stat(src).st_dev else dump.write_bytes(open(path, "rb").read())
    out = tmp_path / "out"
    r = run("build", src, "-o", out, "--no-search", *args, size=size)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    # lossless: every character of the decoded input is in the edition, and nothing else
    with open(path, "rb") as f:
        text = decode(f.read(), str(path), args[1] if args[:1] == ("--encoding",) else None)
    edition = json.loads((out / (dump.stem + ".json")).read_text(encoding="utf-8"))
    source, parsed = Counter(norm(str(text))), Counter(all_text(edition))
    assert (sum((source - parsed).values()), sum((parsed - source).values())) == (0, 0)
    # the EPUB: no character XML forbids in any document, each well-formed
    epub = out / "epub" / (dump.stem + ".epub")
    z = zipfile.ZipFile(epub)
    for name in z.namelist():
        if name.endswith((".xhtml", ".opf", ".ncx")):
            data = z.read(name)
            assert not XML_ILLEGAL.search(data.decode("utf-8")), name
            etree.fromstring(data)
    # the site: every page escapes what it shows; nothing of the input became an element or attribute
    for dirpath, _, names in os.walk(out / "site"):
        for name in names:
            if name.endswith(".html"):
                page = open(os.path.join(dirpath, name), encoding="utf-8").read()
                assert not XML_ILLEGAL.search(page), name
                doc = lxml_html.document_fromstring(page)
                assert not doc.xpath("//img | //*[@onerror] | //*[@onload]"), name
                assert len(doc.xpath("//script")) <= SITE_SCRIPTS.get(name, 0), name
    if validate:
        report = epubcheck(epub)
        assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), str(report)
    return edition, epub


@pytest.mark.parametrize("name", sorted(SMALL))
def test_each_small_case(name, tmp_path):
    data, args, expected = SMALL[name]
    path = os.path.join(HOSTILE, name)
    if expected.startswith("error: "):
        check_error(path, args, expected[len("error: "):], tmp_path)
    else:
        check_edition(path, args, tmp_path)


def test_markup_is_shown_as_text(tmp_path):
    # EPUBCheck runs on these files in test_each_small_case; the checks here need no Java
    edition, epub = check_edition(os.path.join(HOSTILE, "markup.txt"), (), tmp_path, validate=False)
    shown = "".join(etree.fromstring(zipfile.ZipFile(epub).read(n)).xpath("string(.)")
                    for n in zipfile.ZipFile(epub).namelist() if re.fullmatch(r"EPUB/a\d+\.xhtml", n))
    # exactly as typed: not run, not entity-decoded, not a template (brackets by Chinese text are made
    # full-width, as everywhere: alert（'标题'）)
    for text in ("<script>alert", "</script>", "]]>", "&amp;", "<img src=x onerror=alert(1)>", "{{ 7*7 }}"):
        assert text in shown


def test_bidi_controls_never_reach_a_page(tmp_path):
    """An override (U+202E) in a headline would show the text reversed: such marks are kept out of articles."""
    edition, epub = check_edition(os.path.join(HOSTILE, "rtl-marks.txt"), (), tmp_path, validate=False)
    z = zipfile.ZipFile(epub)
    for n in z.namelist():
        if n.endswith(".xhtml"):
            assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", z.read(n).decode("utf-8")), n
    assert "\u202e" in "".join(edition["non_article"])  # kept, out of the way


def test_astral_characters_and_emoji_sequences_survive_whole(tmp_path):
    edition, epub = check_edition(os.path.join(HOSTILE, "emoji-ext-b.txt"), (), tmp_path, validate=False)
    z = zipfile.ZipFile(epub)
    text = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.fullmatch(r"EPUB/a\d+\.xhtml", n))
    for s in ("𠀀𠮷𡈽𪚥", "👨\u200d👩\u200d👧", "👍🏽", "葛\U000E0100", "✌\ufe0f", "𩸽𩹉"):
        assert s in text


def test_damaged_and_cut_short_utf8_say_so(tmp_path):
    r = run("epub", os.path.join(HOSTILE, "truncated-utf8.txt"), "-o", tmp_path / "t.epub")
    assert r.returncode == 0 and "ends in the middle of a character" in r.stderr
    r = run("epub", os.path.join(HOSTILE, "damaged-utf8.txt"), "-o", tmp_path / "d.epub")
    assert r.returncode == 0 and "not valid UTF-8 (the first at byte 499)" in r.stderr  # corpus.py damages byte 500


def test_a_forced_encoding_that_disagrees_is_warned_about(tmp_path):
    r = run("epub", os.path.join(HOSTILE, "big5-read-as-gb18030.txt"), "--encoding", "gb18030", "-o", tmp_path / "b.epub")
    assert r.returncode == 0 and "but it reads as big5" in r.stderr


def test_a_japanese_dump_is_read_as_japanese_and_said_so(tmp_path):
    """Shift-JIS bytes also read as GB18030, as kanji soup: they are read as Japanese, tagged ja, with a warning."""
    r = run("epub", os.path.join(HOSTILE, "shift-jis-japanese.txt"), "-o", tmp_path / "j.epub")
    assert r.returncode == 0, r.stderr
    warnings = [ln for ln in r.stderr.splitlines() if ln.startswith("reader: warning:")]
    assert len(warnings) == 1 and "reads as Japanese (shift_jis), not Chinese" in warnings[0], r.stderr
    z = zipfile.ZipFile(tmp_path / "j.epub")
    text = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    assert "若い世代が安心して暮らせるまちにしたい" in text and 'xml:lang="ja"' in text


def test_a_folder_named_like_a_dump_fails_its_edition_only(tmp_path):
    """old.txt/ in the input: one line naming it, the other editions built, exit status 2 as for any bad dump."""
    src = tmp_path / "in"
    (src / "old.txt").mkdir(parents=True)
    (src / "heze-2024-12-03.txt").write_bytes(open(corpus.SAMPLE, "rb").read())
    r = run("build", src, "-o", tmp_path / "out", "--no-search")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("reader: ")]
    assert errors == [f"reader: {src / 'old.txt'}: is a folder, not a dump file"], r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("built 1 edition, 1 failed (old)")
    assert (tmp_path / "out" / "epub" / "heze-2024-12-03.epub").is_file()
    assert (tmp_path / "out" / "site" / "index.html").is_file()


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = tmp_path_factory.mktemp("large")
    corpus.write(str(folder), corpus.large_cases())
    return folder


@pytest.mark.parametrize("name", [name for name, _, _, _ in corpus.large_cases()])
def test_each_large_case(name, large, tmp_path):
    edition, epub = check_edition(str(large / name), (), tmp_path)
    z = zipfile.ZipFile(epub)
    biggest = max(z.getinfo(n).file_size for n in z.namelist() if n.endswith(".xhtml"))
    assert biggest < 1_000_000  # documents an e-reader can open: a huge article is split in parts


def test_a_dump_too_large_is_refused_before_it_is_read(tmp_path):
    from reader.parse import MAX_INPUT_BYTES

    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk used, and reading it would take a while
    check_error(str(huge), (), "too large for a dump", tmp_path)
