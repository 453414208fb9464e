"""Bad inputs → bytes: the hostile corpus, and what reader must do with each (an edition, or a one-line error).

`python tests/hostile/corpus.py` rewrites the small cases as files beside this one (they are committed, so
they can be fed to other tools or a fuzzer by hand); the large ones are made on demand by the tests, or
with `python tests/hostile/corpus.py --large DIR`.

Each case: (file name, bytes, extra command-line arguments, expected) where expected is "edition" or
"error: <words the one-line error must contain>".
"""
from __future__ import annotations

import base64
import codecs
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


PNG = ("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGUlEQVR4nGM8ISfHQApgIkn1qIZRDUNKAwBPHwEkcYw1mAAAAABJRU5ErkJggg==")


def _sample() -> str:
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read()


def _png() -> bytes:
    """A real 16×16 PNG, as bytes written out (made once with Pillow; zlib builds differ, so not remade)."""
    return base64.b64decode(PNG)


def _news(lines: int = 40) -> str:
    """The first lines of the sample: a real page's headlines and paragraphs."""
    return "\n".join(_sample().splitlines()[:lines]) + "\n"


def _controls() -> str:
    """The sample with a few NUL and other C0 controls in headlines and paragraphs (well under 1% of it)."""
    text = _news()
    out, n = [], 0
    for i, ch in enumerate(text):
        out.append(ch)
        if ch == "。" and n < 12:
            out.append("\x00\x01\x07\x1b\x7f"[n % 5])
            n += 1
    return "".join(out)


def small_cases() -> list[tuple[str, bytes, tuple[str, ...], str]]:
    news = _news()
    utf8 = news.encode("utf-8")
    cut = len(news[:300].encode("utf-8")) + 1  # one byte into a three-byte character
    return [
        ("empty.txt", b"", (), "error: empty"),
        ("whitespace.txt", " \n\t\r\n\u3000\u3000\n\u00a0\n\f\n".encode("utf-8"), (), "error: empty"),
        ("image.png.txt", _png(), (), "error: binary"),
        ("truncated-utf8.txt", utf8[:cut], (), "edition"),
        ("damaged-utf8.txt", utf8[:500] + b"\xff\xfe" + utf8[500:1000] + b"\xc3" + utf8[1000:], (), "edition"),
        ("gb18030-read-as-big5.txt", news.encode("gb18030"), ("--encoding", "big5"), "error: not valid big5"),
        ("big5-read-as-gb18030.txt", _big5(), ("--encoding", "gb18030"), "edition"),
        ("utf8-read-as-utf16.txt", utf8, ("--encoding", "utf-16"), "edition"),
        ("utf16-without-bom.txt", news.encode("utf-16-le"), (), "edition"),
        ("utf16be-without-bom.txt", news.encode("utf-16-be"), (), "edition"),
        ("controls.txt", _controls().encode("utf-8"), (), "edition"),
        ("mostly-nul.txt", b"\x00" * 4000 + utf8[:200], (), "error: binary"),
        ("long-headline.txt", ("长" * 10_000 + "\n\n" + news).encode("utf-8"), (), "edition"),
        ("markup.txt", _markup().encode("utf-8"), (), "edition"),
        ("rtl-marks.txt", _rtl(news).encode("utf-8"), (), "edition"),
        ("emoji-ext-b.txt", _astral().encode("utf-8"), (), "edition"),
        ("mixed-line-ends.txt", _mixed_line_ends(news).encode("utf-8"), (), "edition"),
        ("xml-illegal.txt", ("正文开始\ufffe\uffff。\n\n" + news + "\ud7ff\ue000\ufdd0结束。\n").encode("utf-8", "surrogatepass"),
         (), "edition"),
        ("utf32le-with-bom.txt", news.encode("utf-32"), (), "edition"),  # Python writes little-endian with a BOM
        ("utf32be-with-bom.txt", codecs.BOM_UTF32_BE + news.encode("utf-32-be"), (), "edition"),
        ("shift-jis-japanese.txt", JAPANESE.encode("shift_jis"), (), "edition"),
        ("scanned.pdf", scanned_pdf(), (), "error: no text layer"),
        ("encrypted.pdf", encrypted_pdf(), (), "error: encrypted"),
        ("damaged.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8, (), "error: not a readable PDF"),
        ("text-named.pdf", news.encode("utf-8"), (), "error: not a readable PDF"),
    ]


# A Japanese local-news page (written for this corpus): kana throughout, kanji that GB18030 would misread.
JAPANESE = """市、子育て支援を拡充へ

【地域】市は３日、来年度から始める子育て支援策の概要を発表した。所得にかかわらず中学生までの医療費を無料にするほか、保育所の定員を約２００人増やす。

市長は記者会見で「若い世代が安心して暮らせるまちにしたい」と話した。必要な費用は約１２億円で、３月の議会に予算案を提出する。

一方、財源の確保については、議員の間から慎重な意見も出ている。

駅前に新しい図書館

駅前の再開発ビルに、来春、市立図書館の分館が開く。蔵書は約５万冊で、夜９時まで利用できる。
"""


def large_cases() -> list[tuple[str, bytes, tuple[str, ...], str]]:
    sentence = "这是一句很长的正文，没有换行，一直写下去。"
    one_line = (sentence * (20 * 2**20 // len(sentence.encode("utf-8")) + 1)).encode("utf-8")[: 20 * 2**20]
    one_line = one_line.decode("utf-8", "ignore").encode("utf-8")  # whole characters only
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就"
    blocks = "\n\n".join(chars[i % len(chars)] for i in range(100_000)).encode("utf-8")
    pairs = "\n\n".join(chars[i % len(chars)] + chars[i * 7 % len(chars)] for i in range(20_000)).encode("utf-8")
    fields = "\n\n".join(f"{chars[i % 9]}{chars[i % 11]}：{chars[i % 13]}{chars[i % 5]}" for i in range(10_000)).encode("utf-8")
    return [
        ("one-20mb-line.txt", one_line, (), "edition"),
        ("100k-one-char-blocks.txt", blocks, (), "edition"),
        ("20k-two-char-blocks.txt", pairs, (), "edition"),  # (title-shaped pieces each looked up against all: once
        ("10k-field-lines.txt", fields, (), "edition"),  # a pass over the page, never once for every piece)
    ]


def _big5() -> bytes:
    """A Taiwan page in Big5: the fixture's own bytes."""
    with open(os.path.join(ROOT, "tests", "fixtures", "big5-news.txt"), "rb") as f:
        return f.read()


def _markup() -> str:
    return ("<script>alert('标题')</script>\n\n"
            "本报讯 ]]> <![CDATA[ x ]]> &amp; &lt;b&gt; &#0; &#x1F; <?xml version=\"1.0\"?> <!-- 注释 --> 正文。\n\n"
            "<img src=x onerror=alert(1)>图片说明 \"引号\" '单引号' </body></html>\n\n"
            "{{ 7*7 }} {% raw %} ${7*7} %(x)s 结束。\n")


def _rtl(text: str) -> str:
    """Bidi controls before and inside lines: an override would show text reversed if it reached a page."""
    lines = text.splitlines()
    marks = ["\u202e", "\u200f", "\u200e", "\u2067", "\u2069", "\u202b", "\u202c"]
    return "\n".join(marks[i % len(marks)] + ln + ("\u202e反向" if i % 3 == 0 else "") for i, ln in enumerate(lines)) + "\n"


def _astral() -> str:
    return ("📰 今日头条 🇨🇳\n\n"
            "本报讯 𠀀𠮷𡈽𪚥 生僻字与表情 👍🏽 👨\u200d👩\u200d👧 葛\U000E0100 ✌\ufe0f 一起出现。\n\n"
            "第二段：𩸽𩹉 𤭢 鿰 〇 ㊣ ㍿ 也在正文里。\n")


def _mixed_line_ends(text: str) -> str:
    ends = ["\r\n", "\r", "\n", "\u2028", "\r\n\r\n", "\n\r"]
    return "".join(ln + ends[i % len(ends)] for i, ln in enumerate(text.splitlines()))


def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of these objects (1 0 obj is the catalog) with a correct cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return out


def text_pdf(lines: list[tuple[float, float, float, str]], drawing: bytes = b"") -> bytes:
    """One 600×800 page printing ASCII lines in Helvetica: (x, y from the top, size, text); drawing: path operators
    drawn after them (rules, frames; PDF coordinates, from the bottom)."""
    ops = b"".join(b"BT /F1 %.1f Tf %.1f %.1f Td (%s) Tj ET\n" % (size, x, 800 - y, text.encode("latin-1"))
                   for x, y, size, text in lines) + drawing
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


def scanned_pdf() -> bytes:
    """A page that is only a picture (a scan): an image, no text layer."""
    pixels = b"\xff\x00\x00" * 4
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Resources << /XObject << /Im1 5 0 R >> >> >>")
    ops = b"q 200 0 0 200 0 0 cm /Im1 Do Q\n"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream",
                b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
                b"/Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"])


def encrypted_pdf() -> bytes:
    """A PDF locked with a user password (the standard security handler; no password opens it)."""
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
                b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"],
               b"/Encrypt 4 0 R /ID [<" + b"ab" * 16 + b"> <" + b"ab" * 16 + b">] ")


def write(folder: str, cases) -> None:
    os.makedirs(folder, exist_ok=True)
    for name, data, _, _ in cases:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--large"]:
        write(sys.argv[2], large_cases())
    else:
        write(HERE, small_cases())
