"""reader build over a folder: pages of one day grouped into one edition, failures reported, a summary."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT

from reader.naming import group_editions

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


def test_a_build_writes_its_manifest_once(tmp_path, monkeypatch):
    from reader import manifest
    from reader.cli import main

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03.txt")
    out = tmp_path / "out"
    written = []
    write = manifest.write_atomic
    monkeypatch.setattr(manifest, "write_atomic", lambda path, data: (written.append(path), write(path, data)))
    for _ in range(2):  # a first build, then one with nothing to do
        written.clear()
        assert main(["build", str(src), "-o", str(out), "--no-search"]) == 0
        assert written.count(str(out / manifest.MANIFEST)) == 1


def test_a_site_after_a_build_without_one_shows_what_that_build_changed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03.txt")
    out = tmp_path / "out"
    assert _build(src, out)[0] == 0
    dump = src / "heze-2024-12-03.txt"
    dump.write_text(dump.read_text(encoding="utf-8").replace("130人", "131人"), encoding="utf-8")  # same articles
    r = subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(out), "--no-site"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    code, last = _build(src, out)
    assert code == 0 and last.startswith("built 0 editions, 1 unchanged")  # only the site is made
    assert any("131人" in p.read_text(encoding="utf-8") for p in (out / "site/heze/2024/12/03").glob("a*.html"))


def _build_with_search(src, out):
    r = subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stderr


def _two_papers(tmp_path):
    """An input folder with two editions of one paper in 2024 and one of another in 2025; and an output folder."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03.txt")
    shutil.copy(SAMPLE, src / "heze-2024-11-28.txt")
    shutil.copy(os.path.join(FIXTURES, "jump-lines.txt"), src / "tongjiang-2025-02-11.txt")
    return src, tmp_path / "out"


def test_search_index_is_split_by_paper_and_year_and_only_changed_parts_reindexed(tmp_path):
    src, out = _two_papers(tmp_path)
    log = _build_with_search(src, out)
    index = out / "site" / "pagefind"
    assert sorted(os.listdir(index)) == ["heze-2024", "tongjiang-2025"]
    assert "in 2 of 2 indexes" in log
    heze, tongjiang = index / "heze-2024" / "pagefind-entry.json", index / "tongjiang-2025" / "pagefind-entry.json"
    heze_before, tongjiang_before = heze.stat().st_mtime_ns, tongjiang.stat().st_mtime_ns
    # the search page searches every index, the newest first (whose Pagefind runtime it loads: 65253fd)
    search = (out / "site" / "search.html").read_text(encoding="utf-8")
    assert 'data-bundles="tongjiang-2025 heze-2024"' in search

    with open(src / "tongjiang-2025-02-11.txt", "a", encoding="utf-8") as f:
        f.write("\n\n新增一段正文。\n")
    log = _build_with_search(src, out)
    assert "in 1 of 2 indexes (1 unchanged)" in log
    assert heze.stat().st_mtime_ns == heze_before  # the other year's index is not touched
    assert tongjiang.stat().st_mtime_ns != tongjiang_before

    log = _build_with_search(src, out)  # nothing changed: nothing re-indexed
    assert "in 0 of 2 indexes (2 unchanged)" in log and heze.stat().st_mtime_ns == heze_before


def test_an_edition_whose_dump_is_gone_is_removed_everywhere(tmp_path):
    src, out = _two_papers(tmp_path)
    _build_with_search(src, out)
    site = out / "site"
    assert (site / "heze/2024/11/28/index.html").is_file()
    assert "heze/2024/11/28/" in (site / "feed.xml").read_text(encoding="utf-8")

    (src / "heze-2024-11-28.txt").unlink()
    log = _build_with_search(src, out)
    assert "heze-2024-11-28: its dump is gone, its outputs removed" in log
    assert not (site / "heze/2024/11").exists()  # its pages, its EPUB copy and the emptied month folder
    assert not (out / "epub" / "heze-2024-11-28.epub").exists()
    assert not (out / "heze-2024-11-28.json").exists()
    assert "heze/2024/11/28/" not in (site / "index.html").read_text(encoding="utf-8")
    assert "heze/2024/11/28/" not in (site / "feed.xml").read_text(encoding="utf-8")  # no sitemap without --base-url
    assert "in 1 of 2 indexes (1 unchanged)" in log  # its year's index rebuilt without it
    assert (site / "heze/2024/12/03/index.html").is_file()  # the other edition of that year stays
    manifest = json.loads((out / ".reader-manifest.json").read_text(encoding="utf-8"))
    assert "heze-2024-11-28" not in manifest

    (src / "heze-2024-12-03.txt").unlink()  # the last of that paper's year: its index goes too
    _build_with_search(src, out)
    assert sorted(os.listdir(site / "pagefind")) == ["tongjiang-2025"]
    assert not (site / "heze").exists()
    search = (site / "search.html").read_text(encoding="utf-8")
    assert "heze-2024" not in search


def test_undated_dumps_with_unsafe_names_get_safe_distinct_folders(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "a{1}[x],y #!.txt")  # URL and glob metacharacters
    shutil.copy(SAMPLE, src / "a 1 x y.txt")  # the same once made safe
    shutil.copy(SAMPLE, src / "..hidden.txt")
    out = tmp_path / "out"
    _build_with_search(src, out)
    site = out / "site"
    folders = sorted(p.name for p in site.iterdir() if p.is_dir() and p.name not in ("pagefind", "static"))
    assert folders == ["a-1-x-y", "a-1-x-y-2", "hidden"]
    home = (site / "index.html").read_text(encoding="utf-8")
    for folder in folders:
        assert f'href="{folder}/index.html"' in home
    # all three are in the one index of undated editions: 3 × the sample's 8 articles
    entry = json.loads((site / "pagefind" / "undated" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == 24


def test_a_dump_that_breaks_keeps_its_earlier_edition_until_it_reads_again(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "heze-2024-12-03.txt")
    shutil.copy(SAMPLE, src / "heze-2024-12-04.txt")
    out = tmp_path / "out"
    assert _build(src, out)[0] == 0
    epub = out / "epub" / "heze-2024-12-04.epub"
    page = out / "site" / "heze/2024/12/04/a001.html"
    epub_before, page_before = epub.read_bytes(), page.read_bytes()
    (src / "heze-2024-12-04.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # a re-download went wrong
    r = subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(out), "--no-search"],
                       capture_output=True, text=True)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert any("heze-2024-12-04.txt" in ln and "binary" in ln and "its earlier build is kept" in ln for ln in lines)
    assert lines[-1].startswith("built 0 editions, 1 unchanged, 1 failed (heze-2024-12-04)")
    assert epub.read_bytes() == epub_before and page.read_bytes() == page_before  # outputs intact
    assert "heze/2024/12/04/index.html" in (out / "site" / "index.html").read_text(encoding="utf-8")  # still listed
    assert _build(src, out)[0] == 2  # retried on every build while the dump is broken
    shutil.copy(SAMPLE, src / "heze-2024-12-04.txt")
    with open(src / "heze-2024-12-04.txt", "a", encoding="utf-8") as f:
        f.write("\n\n修好后的新段落。\n")
    code, last = _build(src, out)
    assert code == 0 and last.startswith("built 1 edition, 1 unchanged")
    assert "修好后的新段落" in "".join(p.read_text(encoding="utf-8") for p in (out / "site/heze/2024/12/04").glob("a*.html"))


def test_papers_toml_places_dumps_whose_names_say_nothing(tmp_path):
    import zipfile

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(os.path.join(FIXTURES, "photo-credits.txt"), src / "scan 0013.txt")
    shutil.copy(SAMPLE, src / "scan 0012.txt")
    (src / "papers.toml").write_text(
        '[heze]\nname = "菏泽日报"\nmasthead = "菏泽日報"\nlanguage = "zh-Hans-CN"\n\n[files]\n'
        '"scan 0012.txt" = { paper = "heze", date = "2024-12-03", page = 1 }\n'
        '"scan 0013.txt" = { paper = "heze", date = "2024-12-03", page = 8 }\n', encoding="utf-8")
    out = tmp_path / "out"
    code, last = _build(src, out)
    assert code == 0 and last.startswith("built 1 edition in")  # two dumps, one edition
    edition = json.loads((out / "heze-2024-12-03.json").read_text(encoding="utf-8"))
    assert (edition["paper"], edition["paper_name"] or "菏泽日报", edition["date"], edition["language"]) == (
        "heze", "菏泽日报", "2024-12-03", "zh-Hans-CN")
    pages = [a["page"] for a in edition["articles"]]
    assert pages[-1] == "8 图片新闻" and pages.index("8 图片新闻") > 0  # page 1 first, in page order
    opf = zipfile.ZipFile(out / "epub" / "heze-2024-12-03.epub").read("EPUB/content.opf").decode("utf-8")
    assert "<dc:language>zh-Hans-CN</dc:language>" in opf and "菏泽日报 2024年12月3日" in opf
    assert (out / "site" / "heze/2024/12/03/index.html").is_file()


@pytest.mark.parametrize("toml,problem", [
    ('[heze]\ntitle = "x"\n', "[heze]: unknown key 'title' (known: name, masthead, language)"),
    ('[heze]\nlanguage = "simplified chinese"\n', "[heze] language 'simplified chinese' is not a language tag"),
    ('[Heze]\nname = "x"\n', "[Heze]: a paper's short name is lower-case letters"),
    ('[files]\n"a.txt" = { paper = "heze", date = "2024-13-01" }\n', "[files] 'a.txt': date '2024-13-01' is not"),
    ('[files]\n"a.txt" = { paper = "heze" }\n', "[files] 'a.txt' needs a paper and a date"),
    ('[files]\n"a.txt" = { paper = "heze", date = "2024-12-03", page = true }\n', "page must be a number"),
    ("[heze\n", "not a valid papers.toml"),
])
def test_a_bad_papers_toml_is_one_line(tmp_path, toml, problem):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SAMPLE, src / "a.txt")
    (src / "papers.toml").write_text(toml, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "reader", "build", str(src), "-o", str(tmp_path / "out"), "--no-search"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[0].startswith(f"reader: {src / 'papers.toml'}: ")
    assert problem in r.stderr, r.stderr


def _epub(tmp_path, name, env):
    out = tmp_path / name
    r = subprocess.run([sys.executable, "-m", "reader", "epub", SAMPLE, "-o", str(out)], capture_output=True,
                       text=True, env=env)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_compiled_templates_are_cached_and_change_no_byte(tmp_path):
    """The template cache ($XDG_CACHE_HOME/reader) only saves compiling: cold, warm or damaged, the same EPUB."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    cold = _epub(tmp_path, "cold.epub", env)
    entries = list((tmp_path / "cache" / "reader").glob("templates-*/*.cache"))
    assert entries, "no template was cached"
    folder = entries[0].parent
    assert folder.stat().st_mode & 0o077 == 0  # the user's own: compiled code is run from it
    assert _epub(tmp_path, "warm.epub", env) == cold
    for entry in entries:  # a full disk or a killed write leaves a damaged entry: compiled again
        entry.write_bytes(entry.read_bytes()[:40])
    assert _epub(tmp_path, "damaged.epub", env) == cold
    folder.chmod(0o777)  # a cache others could write is not used (and not fatal)
    assert _epub(tmp_path, "unsafe.epub", env) == cold
    env["XDG_CACHE_HOME"] = str(tmp_path / "a-file")
    (tmp_path / "a-file").write_text("not a folder")
    assert _epub(tmp_path, "none.epub", env) == cold


def test_a_cache_folder_others_can_write_is_not_used(tmp_path, monkeypatch):
    from reader.render import themes

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    themes.template_cache.cache_clear()
    try:
        cache = themes.template_cache()
        assert cache is not None and cache.directory.startswith(str(tmp_path))
        os.chmod(cache.directory, 0o777)
        themes.template_cache.cache_clear()
        assert themes.template_cache() is None
    finally:
        themes.template_cache.cache_clear()


CHECK_PATTERNS = """
import re, _sre
import reader.parse, reader.render.cover_lines
from reader.parse import patterns
used = patterns._used  # the patterns made from kept (or just generated) code, not by the fallback to re.compile
print(len(used), sum(_sre.compile(p, *parts) != re.compile(p, f) for (p, f), parts in used.items()), patterns._new)
"""


def _patterns(env):
    r = subprocess.run([sys.executable, "-c", CHECK_PATTERNS], capture_output=True, text=True, env=env, check=True)
    count, unequal, new = r.stdout.split()
    return int(count), int(unequal), new == "True"


def test_compiled_patterns_are_kept_and_equal_what_re_compiles(tmp_path):
    """The parser's patterns come from the cache after the first run, each equal (text, flags, code) to re's."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    count, unequal, new = _patterns(env)
    assert count > 50 and unequal == 0 and new  # compiled, and kept at exit
    [kept] = (tmp_path / "reader" / "patterns").iterdir()
    assert _patterns(env) == (count, 0, False)  # every one from the cache, equal to a fresh compile
    kept.write_bytes(kept.read_bytes()[:1000])  # damaged: compiled again, and kept again
    assert _patterns(env) == (count, 0, True)
    assert _patterns(env) == (count, 0, False)
    cold, warm = _epub(tmp_path, "cold.epub", dict(env, XDG_CACHE_HOME=str(tmp_path / "none"))), _epub(
        tmp_path, "warm.epub", env)
    assert cold == warm
