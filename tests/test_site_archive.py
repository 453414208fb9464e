"""Several editions in one site: the latest first on the home page, the archive by year → month → day."""
import os
import shutil

from conftest import FIXTURES, ROOT
from lxml import html

from reader.cli import main


def test_archive_of_several_editions(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), src / "heze-2024-12-03.txt")
    shutil.copy(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), src / "heze-2024-11-28.txt")
    shutil.copy(os.path.join(FIXTURES, "jump-lines.txt"), src / "tongjiang-2025-02-11.txt")
    shutil.copy(os.path.join(ROOT, "input", "papers.toml"), src / "papers.toml")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-search", "--site-title", "两报存档"]) == 0
    home = html.parse(str(out / "site" / "index.html")).getroot()
    assert home.findtext(".//title") == "两报存档"
    latest = home.find(".//section[@class='latest']//h1/a")
    assert latest.get("href") == "tongjiang/2025/02/11/index.html"  # the newest edition first
    years = [s.text for s in home.findall(".//details[@class='archive__year']/summary")]
    assert years == ["2025年", "2024年"]
    days = [a.get("href") for a in home.findall(".//ul[@class='archive__days']//a")]
    assert days == ["tongjiang/2025/02/11/index.html", "heze/2024/12/03/index.html", "heze/2024/11/28/index.html"]
    for href in days:
        assert (out / "site" / href).is_file()
    edition = html.parse(str(out / "site" / "tongjiang/2025/02/11/index.html")).getroot()
    assert [h.text for h in edition.findall(".//h2[@class='page__label']")] == ["1 要闻", "3 综合"]


def test_search_finds_articles_in_every_years_index(tmp_path):
    """Each paper-year has its own Pagefind index; the search page merges them, served under a sub-folder."""
    import re

    from checkers import chromium_browser
    from test_site import PREFIX, expect, follow, opened, search, serving

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), src / "heze-2024-12-03.txt")
    shutil.copy(os.path.join(FIXTURES, "jump-lines.txt"), src / "tongjiang-2025-02-11.txt")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out)]) == 0
    assert sorted(os.listdir(out / "site" / "pagefind")) == ["heze-2024", "tongjiang-2025"]
    # one copy of Pagefind's runtime, in the newest index the search page loads it from; none of its interfaces
    files = {name: sorted(os.listdir(out / "site" / "pagefind" / name)) for name in ("heze-2024", "tongjiang-2025")}
    assert [n for n in files["tongjiang-2025"] if not n.endswith(".pf_meta")] == [
        "fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.unknown.pagefind"]
    assert [n for n in files["heze-2024"] if not n.endswith(".pf_meta")] == ["fragment", "index", "pagefind-entry.json"]
    # a term of each paper: the older year's is only in the merged index
    cases = {"协作帮扶": "heze/2024/12/03/", "开门红": "tongjiang/2025/02/11/"}
    with serving(str(out / "site"), PREFIX) as base, chromium_browser() as browser, opened(browser) as page:
        for term, folder in cases.items():
            page.goto(base + "search.html")
            results = search(page, term)
            day = "2024年12月3日" if folder.startswith("heze") else "2025年2月11日"
            expect(results.first.locator(".result__edition")).to_contain_text(day)  # its edition
            follow(page, results.first.locator(".result__title a"), base)
            assert re.fullmatch(re.escape(base + folder) + r"a\d{3}\.html", page.url), page.url
            expect(page.locator("main")).to_contain_text(term)
        assert not page.problems, page.problems
