"""Fuzzing the whole way: bytes → decode → parse → EPUB and site pages, with hypothesis.

Briefly in every test run; at length by hand:

    READER_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_fuzz.py -p no:cacheprovider

Properties: reading bytes either gives an edition or a ReaderError (nothing else escapes); the edition holds
every character of the decoded text; its EPUB, Simplified and Traditional (OpenCC) vertical, is built (render/epub.py reads every document back as XML and fails
loudly if one is not) with no character XML forbids; its site pages parse and show the input as text only.
Each finding is kept below as an @example, so it is tried on every run.
"""
import os
import re
import tempfile
from collections import Counter

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from test_properties import PIECES, output_chars

from reader.errors import ReaderError
from reader.export import to_dict
from reader.parse import parse_bytes
from reader.parse.decode import decode
from reader.publish import make_epub, write_site
from reader.render.epub import EpubOptions
from reader.render.site import SiteEdition, SiteOptions, edition_folder

EXAMPLES = int(os.environ.get("READER_FUZZ_EXAMPLES", "40"))
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Pieces of real dumps and of hostile ones, and any text at all between them.
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20), st.sampled_from([
    "<img src=x onerror=alert(1)>", "{{ 7*7 }}", "</html>", "<!--", "&#0;", "\u2028", "\x85", "\ud7ff",
    "\U000E0100", "👨\u200d👩\u200d👧", "\u0301", "\ufdd0", "\u00ad", "\u3000" * 4])), max_size=40).map("".join)
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures")
LINES = []  # lines of real and hand-made pages: every convention the rules know, in every style
for _name in ("heze-2024-12-03.txt", "jump-lines.txt", "briefs.txt", "photo-credits.txt", "news-groups.txt",
              "rmrb-20180112-p07.txt", "holdout-evening.txt", "indent-news.txt"):
    with open(os.path.join(FIXTURES, _name), encoding="utf-8") as _f:
        LINES += [ln for ln in _f.read().splitlines() if ln.strip()]
# A real page's lines, some dropped, others in between, cut apart by any kind of break: many articles.
PAGE = st.lists(st.tuples(st.one_of(st.sampled_from(LINES), TEXT), st.sampled_from(["\n\n", "\n", "\r\n", "\n\n\n\n", "\f"])),
                min_size=5, max_size=80).map(lambda parts: "".join(a + b for a, b in parts))
ENCODED = st.one_of(
    PAGE.map(lambda t: t.encode("utf-8")),
    PAGE.map(lambda t: t.encode("gb18030", "ignore")),
    TEXT.map(lambda t: t.encode("utf-8")),
    TEXT.map(lambda t: t.encode("utf-16-le")),
    TEXT.map(lambda t: t.encode("gb18030", "ignore")),
    TEXT.map(lambda t: t.encode("big5", "ignore")),
    st.tuples(TEXT, st.binary(max_size=8), TEXT).map(lambda p: p[0].encode("utf-8") + p[1] + p[2].encode("utf-8")),
    st.binary(max_size=300),
)


def visible(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(ENCODED)
@example(b"\xe6\x96\xb0\xe9\x97\xbb")  # cut short: the last character whole
@example("标题\n\n正文一段。".encode("utf-8")[:-1])  # cut in the middle of the last character
@example(b"\xff\xfe" + "正文".encode("utf-16-le")[:-1])  # a UTF-16 BOM and an odd length
@example("我国将探索建立专精特新赋能体系\n\n我国将探索建立专精特新赋能体系\n\n新华社北京12月2日电(记者 张辛欣 张晓洁)"
         "记者2日从工业和信息化部获悉,我国将完善优质企业梯度培育体系。\n\n重点项目巡礼\n\n新华社北京12月2日电(记者 张辛欣 "
         "张晓洁)记者2日从工业和信息化部获悉,我国将完善优质企业梯度培育体系。\n\n".encode("utf-8"))
# ↑ found 2026-11-27: a series bar before a body that was merged into the body above it was lost
@example("重点项目巡礼\n\n\n\n记者 孔博 摄\n\n我国将探索建立专精特新赋能体系\n\n".encode("utf-8"))
# ↑ found 2026-11-27: a series bar lifted onto a lone photo credit (no article's) was lost with it
@example("我国将探索建立专精特新赋能体系\n\n新华社北京12月2日电(记者 张辛欣 张晓洁)记者2日从工业和信息化部获悉。\n\n"
         "重点项目巡礼\n\n本地简讯\n\n".encode("utf-8"))
# ↑ found 2026-11-27: a series bar lifted onto a box label (本地简讯) was lost with it
@example("标题\n\n（上接第1版）\n\n本报讯 一段正文，从上一版接来，又转到下一版。\n\n下转第二版\n\n".encode("utf-8"))
# ↑ found 2026-11-27: a body both continued (上接) and jumping on (下转) was paired with itself and lost
@example("标题\n\n（上接第1版）本报讯 一段正文。下转第二版\n\n（上接第1版）本报讯 一段正文。下转第二版\n\n".encode("utf-8"))
# ↑ found 2026-11-27: two such bodies were each appended to the other, and both lost
@example("我国将探索建立专精特新赋能体系\n\n我国将探索建立专精特新赋能体系\n\n我国将探索建立专精特新赋能体系\n"
         "我国将探索建立专精特新赋能体系\n\n简讯\n记者 赵六 摄\n\n".encode("utf-8"))
# ↑ found 2026-11-27: a photo credit right after a box label (简讯) was paired with the label and dropped
@example("标题\n\n\"\n\n".encode("utf-8"))
# ↑ found 2026-11-27: in vertical text the digits of &#34; (an escaped ") were set upright, breaking the XML
def test_bytes_to_edition_epub_and_site(data):
    try:
        text = decode(data, "fuzz.txt")
        ed = parse_bytes(data, "fuzz.txt")
    except ReaderError as e:
        event(f"refused: {e.problem.split(' ')[0]}")
        return  # said in one line by the command line; nothing else may escape
    event(f"edition of {min(len(ed.articles), 3)}{'+' if len(ed.articles) > 3 else ''} articles")
    missing, extra = visible(str(text)) - output_chars(to_dict(ed)), output_chars(to_dict(ed)) - visible(str(text))
    assert set(missing) <= {"-"} and not extra, (dict(missing), dict(extra))  # a rejoined hyphen only
    import io
    import zipfile

    for opts in (EpubOptions(cover=False), EpubOptions(cover=False, script="hant-tw", vertical=True)):
        epub = make_epub(ed, opts)  # reads every document back as XML, or raises
        z = zipfile.ZipFile(io.BytesIO(epub))
        for name in z.namelist():
            if name.endswith((".xhtml", ".ncx", ".opf")):
                assert not XML_ILLEGAL.search(z.read(name).decode("utf-8")), name
    with tempfile.TemporaryDirectory() as site:
        write_site([SiteEdition(ed, edition_folder(ed), "报")], site, SiteOptions(search=False))
        for dirpath, _, names in os.walk(site):
            for name in names:
                if name.endswith(".html"):
                    page = open(os.path.join(dirpath, name), encoding="utf-8").read()
                    assert not XML_ILLEGAL.search(page), name
                    doc = lxml_html.document_fromstring(page)
                    assert not doc.xpath("//img | //*[@onerror]"), name
