"""reader build over a folder: pages of one day grouped into one edition, failures reported, a summary."""
import json
import os
import shutil
import subprocess
import sys

from conftest import FIXTURES, ROOT

from reader.build import group_editions

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


def test_pages_of_one_day_form_one_edition_in_page_order():
    dumps = ["in/heze-2024-12-03-p2.txt", "in/heze-2024-12-03-p10.txt", "in/heze-2024-12-03-p1.txt",
             "in/heze-2024-12-04.txt", "in/notes.txt"]
    assert group_editions(dumps) == [
        ("heze-2024-12-03", [(1, "in/heze-2024-12-03-p1.txt"), (2, "in/heze-2024-12-03-p2.txt"),
                             (10, "in/heze-2024-12-03-p10.txt")]),
        ("heze-2024-12-04", [(1, "in/heze-2024-12-04.txt")]),
        ("notes", [(1, "in/notes.txt")]),
    ]


def test_build_of_a_folder_with_pages_and_a_broken_dump(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03-p1.txt")
    shutil.copy(os.path.join(FIXTURES, "photo-credits.txt"), src / "heze-2024-12-03-p2.txt")
    (src / "heze-2024-12-04.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(out), "--no-search"],
                       capture_output=True, text=True)
    assert r.returncode == 2  # something failed …
    lines = r.stderr.strip().splitlines()
    assert any("heze-2024-12-04.txt" in ln and "binary" in ln for ln in lines)
    assert lines[-1].startswith("built 1 edition, 1 failed (heze-2024-12-04)")
    assert "Traceback" not in r.stderr
    # … and the good edition was still built, its two pages as one edition
    edition = json.loads((out / "heze-2024-12-03.json").read_text(encoding="utf-8"))
    pages = [a["page"] for a in edition["articles"]]
    assert pages[0] == "第1版" and pages[-1] == "8 图片新闻"  # the first dump names no page, the second does
    last_of_page_1 = max(i for i, p in enumerate(pages) if p == "第1版")
    assert all(p == "8 图片新闻" for p in pages[last_of_page_1 + 1:])  # page 1's articles all come first
    assert (out / "epub" / "heze-2024-12-03.epub").is_file()
    assert not (out / "heze-2024-12-03-p1.json").exists()


def _build(src, out):
    r = subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(out), "--no-search"],
                       capture_output=True, text=True)
    return r.returncode, r.stderr.strip().splitlines()[-1]


def test_incremental_build_skips_unchanged_editions(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03.txt")
    shutil.copy(SAMPLE, src / "heze-2024-12-04.txt")
    out = tmp_path / "out"
    assert _build(src, out)[1].startswith("built 2 editions in")
    epub = out / "epub" / "heze-2024-12-03.epub"
    before = epub.stat().st_mtime_ns
    assert _build(src, out)[1].startswith("built 0 editions, 2 unchanged in")
    assert epub.stat().st_mtime_ns == before  # not rewritten
    kept_page = out / "site" / "heze/2024/12/03/a001.html"
    changed_page = out / "site" / "heze/2024/12/04/a001.html"
    kept_before, changed_before = kept_page.stat().st_mtime_ns, changed_page.stat().st_mtime_ns
    with open(src / "heze-2024-12-04.txt", "a", encoding="utf-8") as f:
        f.write("\n\n新增一段正文。\n")
    assert _build(src, out)[1].startswith("built 1 edition, 1 unchanged in")
    assert kept_page.stat().st_mtime_ns == kept_before  # the unchanged edition's pages are kept
    assert changed_page.stat().st_mtime_ns != changed_before
    assert any("新增一段正文" in p.read_text(encoding="utf-8")
               for p in (out / "site" / "heze/2024/12/04").glob("a*.html"))  # and its new text is on the site
    # the site still lists both editions (its index, archive and feed are refreshed every time)
    home = (out / "site" / "index.html").read_text(encoding="utf-8")
    assert "heze/2024/12/03/index.html" in home and "heze/2024/12/04/index.html" in home
    epub.unlink()  # a missing output is rebuilt
    assert _build(src, out)[1].startswith("built 1 edition, 1 unchanged in")
    assert epub.is_file()
