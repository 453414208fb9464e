"""Edition facts → a cover image (PNG bytes) an e-reader library shows as the thumbnail.

A newspaper front in miniature: the masthead large in the one accent colour,
a double rule, the date, then the lead headlines in black on white (e-ink
draws that sharp). The same inputs on the same machine give the same bytes.
"""
from __future__ import annotations

import datetime
import functools
import io
import os
import re
import subprocess
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFont

from ..errors import ReaderError
from .cover_lines import headline_lines

NO_FONT = "no CJK font found: install fonts-noto-cjk or fonts-wqy-microhei"

# Formats Pillow and fontTools both read; fontconfig also lists bitmap fonts (.pcf).
OUTLINE_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
# Text weights first: a Light or Black face makes a poor headline and body font.
WEIGHT_PREFERENCE = ("regular", "book", "normal", "medium")

PNG_LEVEL = 3  # zlib level of the cover: 6 takes twice as long for 16% fewer bytes, 9 twenty times for 24%

PAPER = "#ffffff"
INK = "#111111"
# Masthead red, as Chinese papers print theirs; on e-ink it reads as a dark grey.
ACCENT = "#b3121e"
# The cover's 256 colours: 128 shades from paper to ink, then 128 from paper to the accent. Text edges are
# drawn in 128 levels instead of 256 (no eye tells), and the PNG is a palette image: half the bytes of an RGB
# one, made in a third of the time.
SHADES = 128

# Sizes are shares of the page width, so a cover of any size keeps its proportions.
MARGIN = 0.08  # on every side
MASTHEAD_MAX_SIZE = 0.19  # of the width: four characters then fill the measure
MIN_TEXT_SIZE = 8  # pixels: smaller is a smudge; a name that needs it is not a masthead anyway
MASTHEAD_TRACKING = 0.12  # of the size, between Chinese characters, as printed mastheads are set
DATE_SIZE = 0.05  # still legible on a 200-pixel-high library thumbnail
LEAD_SIZE = 0.075  # the lead story reads at full size, like a front page's banner headline
OTHER_SIZE = 0.048
LEAD_MAX_LINES = 3
OTHER_MAX_LINES = 2
MAX_HEADLINES = 5  # more would be too small to read or crowd the page
LINE_HEIGHT = 1.32  # of the size: CJK headlines need less than body text's 1.5–1.8
# A stroke in the text colour stands in for a bold face, which CJK fonts often lack.
MASTHEAD_EMBOLDEN = 0.02  # of the size
LEAD_EMBOLDEN = 0.012
RULE_THICK, RULE_THIN, RULE_GAP = 0.006, 0.0017, 0.004  # the double rule under the masthead
HAIRLINE = 0.0012  # under the date
SPACE_SMALL, SPACE, SPACE_LARGE = 0.022, 0.035, 0.06  # vertical gaps, from tight to open
BULLET_WIDTH, BULLET_HEIGHT = 0.06, 0.004  # the short red bar over each further headline

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEKDAYS = "一二三四五六日"


def find_cjk_font() -> str:
    """The file of a font covering Simplified and Traditional Chinese, the same one on every run."""
    return _find_cjk_font(*_font_environment())


def start_finding_font() -> None:
    """Start asking fontconfig now, so that its answer is ready when the cover is drawn: fc-list runs beside the
    parse instead of after it."""
    environment = _font_environment()
    if environment not in _asked and _find_cjk_font.cache_info().currsize == 0:
        try:
            _asked[environment] = subprocess.Popen(_fc_list("zh-cn"), stdout=subprocess.PIPE,
                                                   stderr=subprocess.DEVNULL, text=True)
        except OSError:
            pass  # said when the cover is drawn


_asked: dict[tuple, subprocess.Popen] = {}  # fc-list started early, by the environment it was started in


def _font_environment() -> tuple[str | None, ...]:
    return tuple(os.environ.get(v) for v in ("FONTCONFIG_FILE", "FONTCONFIG_PATH", "PATH"))


@functools.lru_cache(maxsize=4)
def _find_cjk_font(*environment: str | None) -> str:
    """find_cjk_font, asked of fontconfig once a process for each setting of the variables it depends on."""
    candidates = sorted((_preference(style, file, family), file) for file, style, family, langs
                        in _fontconfig_faces("zh-cn", _asked.pop(environment, None)) if "zh-tw" in langs)
    if not candidates:
        raise ReaderError("fontconfig", NO_FONT)
    return candidates[0][1]


def _fc_list(lang: str) -> list[str]:
    return ["fc-list", "--format", r"%{file}\t%{index}\t%{style}\t%{family}\t%{lang}\n", f":lang={lang}"]


def _fontconfig_faces(lang: str, asked: subprocess.Popen | None = None) -> list[tuple[str, str, str, set[str]]]:
    """(file, style, family, languages) of each outline font whose first face fontconfig says covers `lang`:
    one fc-list for all (starting it is most of its cost), or the answer of the one started early."""
    try:
        if asked is not None:
            listing = asked.communicate()[0]
        else:
            listing = subprocess.run(_fc_list(lang), capture_output=True, text=True, check=False).stdout
    except FileNotFoundError:
        raise ReaderError("fontconfig", "fc-list not found: install fontconfig, and fonts-noto-cjk or "
                                        "fonts-wqy-microhei") from None
    faces = []
    for line in listing.splitlines():
        file, index, style, family, langs = (line.split("\t") + ["", "", "", ""])[:5]
        # Collections are read at index 0 (by Pillow and fontTools), so only that face counts.
        if index == "0" and file.lower().endswith(OUTLINE_FONT_SUFFIXES):
            faces.append((file, style, family, set(langs.split("|"))))
    return faces


def _preference(style: str, file: str, family: str = "") -> tuple[int, int, str]:
    """A sort key: Chinese faces before a collection's Japanese or Korean first face (Noto CJK's index 0 is
    JP, whose glyph shapes differ), then text weights, then the path, so that ties always fall the same way."""
    styles = [s.strip().lower() for s in style.split(",")]
    rank = min((WEIGHT_PREFERENCE.index(s) for s in styles if s in WEIGHT_PREFERENCE),
               default=len(WEIGHT_PREFERENCE))
    foreign = int(bool(re.search(r"\b(?:JP|KR|Japanese|Korean)\b", family)))
    return foreign, rank, file


def chinese_date(date: str) -> str:
    """2024-12-03 → 2024年12月3日 星期二; any other text is shown as given."""
    if not _ISO_DATE.match(date):
        return date
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return date
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


@dataclass(frozen=True)
class _Page:
    """The canvas and its measures, in pixels."""

    width: int
    height: int
    font_path: str

    @property
    def margin(self) -> int:
        return round(self.width * MARGIN)

    @property
    def measure(self) -> int:
        return self.width - 2 * self.margin

    def px(self, share: float) -> int:
        return max(1, round(self.width * share))

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        # BASIC layout: the same glyph positions whether or not libraqm is installed.
        return ImageFont.truetype(self.font_path, size, index=0, layout_engine=ImageFont.Layout.BASIC)


def make_cover(paper: str, date: str | None, headlines: list[str], font_path: str | None = None,
               size: tuple[int, int] = (1200, 1600)) -> bytes:
    """A PNG cover: masthead, date, and up to five lead headlines, black on white with a red masthead."""
    if not paper.strip():
        raise ValueError("a cover needs the paper's name")
    return _cover(paper.strip(), date.strip() if date else "", tuple(h.strip() for h in headlines if h.strip()),
                  font_path or find_cjk_font(), tuple(size))


@functools.lru_cache(maxsize=4)
def _cover(paper: str, date: str, headlines: tuple[str, ...], font_path: str, size: tuple[int, int]) -> bytes:
    """make_cover, drawn once a process for the same facts (a vertical EPUB has its horizontal twin's cover)."""
    page = _Page(size[0], size[1], font_path)
    check_draws_chinese(page.font_path)
    draw = _Layers(size)
    y = _draw_masthead(draw, page, paper, page.margin)
    y = _draw_double_rule(draw, page, y)
    if date:
        y = _draw_date(draw, page, chinese_date(date), y)
    _draw_headlines(draw, page, list(headlines[:MAX_HEADLINES]), y)
    _draw_foot_rule(draw, page)
    out = io.BytesIO()
    draw.image().save(out, "PNG", compress_level=PNG_LEVEL)  # no pnginfo: no time or software chunk: same bytes
    return out.getvalue()


def _ramp(colour: str, steps: int) -> list[int]:
    """RGB triples from paper to `colour` in `steps` even steps, flat."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    p = [int(PAPER[i:i + 2], 16) for i in (1, 3, 5)]
    return [round(p[k] + (c - p[k]) * i / (steps - 1)) for i in range(steps) for k, c in enumerate((r, g, b))]


PALETTE = _ramp(INK, SHADES) + _ramp(ACCENT, SHADES)


class _Layers:
    """The cover as two coverage layers, what is drawn in ink and what in the accent (each 0 to SHADES - 1), drawn
    through the ImageDraw calls the cover uses, with the colour choosing the layer; composed into a palette image."""

    def __init__(self, size: tuple[int, int]):
        self.layers = {INK: Image.new("L", size, 0), ACCENT: Image.new("L", size, 0)}
        self.draws = {colour: ImageDraw.Draw(layer) for colour, layer in self.layers.items()}

    def text(self, xy, text: str, font, fill: str, stroke_fill: str | None = None, **options) -> None:
        full = SHADES - 1
        self.draws[fill].text(xy, text, font=font, fill=full, stroke_fill=full if stroke_fill else None, **options)

    def rectangle(self, box, fill: str) -> None:
        self.draws[fill].rectangle(box, fill=SHADES - 1)

    def image(self) -> Image.Image:
        """Palette indices: the ink's shade, or the accent's where it has any (the two never overlap)."""
        accent = self.layers[ACCENT].point([SHADES + v if v else 0 for v in range(256)])
        index = ImageChops.lighter(self.layers[INK], accent)
        index.putpalette(PALETTE)  # an L image given a palette becomes a P image, in place
        return index


def check_draws_chinese(font_path: str) -> None:
    """A ReaderError unless the font draws two different Chinese characters differently (no tofu boxes)."""
    if not os.path.isfile(font_path):
        raise ReaderError(font_path, "font file not found")
    try:
        font = ImageFont.truetype(font_path, 48, index=0, layout_engine=ImageFont.Layout.BASIC)
    except OSError as e:
        raise ReaderError(font_path, f"not a font file that can be read ({e})") from e
    if glyph_bitmap(font, "报") == glyph_bitmap(font, "国"):
        raise ReaderError(font_path, f"font draws no Chinese characters; {NO_FONT}")


def glyph_bitmap(font: ImageFont.FreeTypeFont, text: str) -> bytes:
    """The pixels of `text` drawn alone in `font`, to compare glyphs."""
    image = Image.new("L", (font.size * (len(text) + 1), font.size * 2), 0)
    ImageDraw.Draw(image).text((font.size // 2, font.size // 2), text, font=font, fill=255)
    return image.tobytes()


def _text_width(font: ImageFont.FreeTypeFont, text: str, tracking: float = 0) -> float:
    """The drawn width of `text`, with `tracking` pixels added between its characters."""
    if not tracking:
        return font.getlength(text)
    return sum(font.getlength(c) for c in text) + tracking * (len(text) - 1)


def _draw_masthead(draw: _Layers, page: _Page, paper: str, top: int) -> int:
    """The paper's name centred, as large as fits the measure; returns the y below it."""
    chinese = not paper.isascii()
    size = page.px(MASTHEAD_MAX_SIZE)
    while True:
        font = page.font(size)
        tracking = size * MASTHEAD_TRACKING if chinese else 0
        if _text_width(font, paper, tracking) <= page.measure or size <= MIN_TEXT_SIZE:
            break
        size -= 1
    stroke = max(1, round(size * MASTHEAD_EMBOLDEN))
    x = (page.width - _text_width(font, paper, tracking)) / 2
    if tracking:
        for c in paper:
            draw.text((x, top), c, font=font, fill=ACCENT, anchor="la", stroke_width=stroke, stroke_fill=ACCENT)
            x += font.getlength(c) + tracking
    else:
        draw.text((x, top), paper, font=font, fill=ACCENT, anchor="la", stroke_width=stroke, stroke_fill=ACCENT)
    ascent, descent = font.getmetrics()
    return top + ascent + descent + stroke


def _draw_double_rule(draw: _Layers, page: _Page, y: int) -> int:
    """A thick rule over a thin one, as under a newspaper's masthead; returns the y below it."""
    thick, thin, gap = page.px(RULE_THICK), page.px(RULE_THIN), page.px(RULE_GAP)
    y += page.px(SPACE_SMALL)
    left, right = page.margin, page.width - page.margin
    draw.rectangle((left, y, right, y + thick - 1), fill=INK)
    y += thick + gap
    draw.rectangle((left, y, right, y + thin - 1), fill=INK)
    return y + thin


def _draw_date(draw: _Layers, page: _Page, text: str, y: int) -> int:
    """The date centred between the double rule and a hairline; returns the y below the hairline."""
    font = page.font(page.px(DATE_SIZE))
    y += page.px(SPACE)
    draw.text((page.width / 2, y), text, font=font, fill=INK, anchor="ma")
    ascent, descent = font.getmetrics()
    y += ascent + descent + page.px(SPACE_SMALL)
    draw.rectangle((page.margin, y, page.width - page.margin, y + page.px(HAIRLINE) - 1), fill=INK)
    return y


def _draw_headlines(draw: _Layers, page: _Page, headlines: list[str], y: int) -> None:
    """The lead headline large, the others smaller under short red bars, as many as the page holds."""
    bottom = page.height - page.margin - page.px(SPACE)
    y += page.px(SPACE_LARGE)
    for n, headline in enumerate(headlines):
        lead = n == 0
        font = page.font(page.px(LEAD_SIZE if lead else OTHER_SIZE))
        step = round(font.size * LINE_HEIGHT)
        top = y if lead else y + page.px(SPACE_SMALL)
        room = (bottom - top) // step
        if room < 1:
            return
        lines = headline_lines(headline, page.measure, min(room, LEAD_MAX_LINES if lead else OTHER_MAX_LINES),
                               font.getlength)
        if not lead:
            draw.rectangle((page.margin, y, page.margin + page.px(BULLET_WIDTH), y + page.px(BULLET_HEIGHT) - 1),
                           fill=ACCENT)
        stroke = round(font.size * LEAD_EMBOLDEN) if lead else 0
        y = top
        for line in lines:
            draw.text((page.margin, y), line, font=font, fill=INK, anchor="la", stroke_width=stroke, stroke_fill=INK)
            y += step
        y += page.px(SPACE_LARGE if lead else SPACE)


def _draw_foot_rule(draw: _Layers, page: _Page) -> None:
    """A thin rule at the foot, closing the page as the double rule opens it."""
    y = page.height - page.margin
    draw.rectangle((page.margin, y, page.width - page.margin, y + page.px(RULE_THIN) - 1), fill=INK)
