"""An edition's printed pages (sheets, read from PDFs) and pictures → their images and the e-paper view: the front
page as the EPUB's cover, each page drawn (by PDFium, from the PDF it was read from) with a link over each
article's regions, and a phone-sized copy of each wide picture."""
from __future__ import annotations

import io
import os

from ..model import Edition, Sheet

COVER_HEIGHT = 1400  # pixels: an e-reader's cover (Kindle asks 1600 × 2560 at most): ~280 KB as JPEG
PAGE_DPI = 150  # the e-paper view's page images: type sharp on a phone zoomed in; a dense page ~0.7 MB as WebP
THUMB_WIDTH = 160  # pixels: a page's thumbnail in the e-paper view's page strip
SMALL_PICTURE = 800  # pixels: a picture wider than this gets a copy this wide too, for phones (srcset)
MERGE_GAP = 14.0  # points: an article's boxes this close, one over the other in a column, are one region


def sheet_path(sheet: Sheet, paths: list[str]) -> str | None:
    """The file among paths that the sheet was read from (by its name), if given."""
    return next((p for p in paths if os.path.basename(p) == sheet.source), None)


def page_image(path: str, index: int, width_px: int):
    """Page index of the PDF at path drawn width_px wide by PDFium (a PIL image in RGB), and its size in points."""
    from ..parse.pdf import _page, open_pdf

    doc = open_pdf(path)
    try:
        page = _page(doc, index, path)
        width, height = page.get_size()
        image = page.render(scale=width_px / width).to_pil().convert("RGB")
        page.close()
    finally:
        doc.close()
    return image, width, height


def draw(path: str, sheet: Sheet, width_px: int):
    """The sheet drawn width_px wide (a PIL image in RGB)."""
    return page_image(path, sheet.index, width_px)[0]


def render_jpeg(path: str, index: int, width_px: int = 1000, quality: int = 70) -> tuple[bytes, float, float]:
    """One page drawn as a JPEG width_px wide (what a proof sheet lays boxes over), and its size in points."""
    image, width, height = page_image(path, index, width_px)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue(), width, height


def front_page(ed: Edition, paths: list[str]) -> bytes | None:
    """The edition's first printed page as a JPEG for the cover, or None (a text dump, or its PDF not given)."""
    if not ed.sheets:
        return None
    sheet = ed.sheets[0]
    path = sheet_path(sheet, paths)
    if path is None:
        return None
    image = draw(path, sheet, round(COVER_HEIGHT * sheet.width / sheet.height))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=70, optimize=True)
    return out.getvalue()


def page_images(path: str, sheet: Sheet) -> tuple[bytes, bytes, int, int]:
    """The sheet as a WebP page image at PAGE_DPI and a thumbnail: (page, thumbnail, width, height in pixels)."""
    image = draw(path, sheet, round(sheet.width / 72 * PAGE_DPI))
    page, thumb = io.BytesIO(), io.BytesIO()
    image.save(page, "WEBP", quality=60, method=4)
    small = image.resize((THUMB_WIDTH, round(THUMB_WIDTH * image.height / image.width)))
    small.save(thumb, "WEBP", quality=70, method=4)
    return page.getvalue(), thumb.getvalue(), image.width, image.height


def small_name(name: str) -> str:
    return f"{name[:-4]}-{SMALL_PICTURE}{name[-4:]}"


def smaller(data: bytes, media_type: str) -> bytes:
    """The picture SMALL_PICTURE pixels wide, encoded as before."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    image = image.resize((SMALL_PICTURE, max(1, round(image.height * SMALL_PICTURE / image.width))),
                         Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if media_type == "image/png":
        image.save(out, "PNG", optimize=True)
    else:
        image.convert("RGB").save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()


def merged(boxes: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """An article's boxes on a page with those of one column that follow one another made one (a column of
    paragraphs is one region, not a box a paragraph)."""
    out = sorted(boxes, key=lambda b: (b[0], b[1]))
    changed = True
    while changed:
        changed = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, b = out[i], out[j]
                across = min(a[2], b[2]) - max(a[0], b[0])
                gap = max(a[1], b[1]) - min(a[3], b[3])
                if across >= 0.5 * min(a[2] - a[0], b[2] - b[0]) and gap <= MERGE_GAP:
                    out[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del out[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(out, key=lambda b: (b[1], b[0]))


def epaper(ed: Edition, entries: list[dict]) -> list[dict]:
    """The e-paper view of an edition: each printed page with its image, its thumbnail and a link over each
    article's regions (the first of an article's links in the tab order and named; its others for the mouse)."""
    out = []
    for n, sheet in enumerate(ed.sheets):
        links = []
        for i, a in enumerate(ed.articles):
            mine = [r.box for r in a.regions if r.sheet == n]
            if not mine:
                continue
            boxes = merged(mine)
            x, y = (mine[0][0] + mine[0][2]) / 2, (mine[0][1] + mine[0][3]) / 2  # its first text: where it starts
            lead = next((k for k, b in enumerate(boxes) if b[0] <= x <= b[2] and b[1] <= y <= b[3]), 0)
            for k, (x0, top, x1, bottom) in enumerate(boxes):
                links.append({"href": entries[i]["href"], "label": entries[i]["label"], "first": k == lead,
                              "style": f"left:{100 * x0 / sheet.width:.2f}%;top:{100 * top / sheet.height:.2f}%;"
                                       f"width:{100 * (x1 - x0) / sheet.width:.2f}%;"
                                       f"height:{100 * (bottom - top) / sheet.height:.2f}%"})
        # labelled as the stories that start on it are (one jumping on from an earlier page is labelled there)
        page = next((a.page for a in ed.articles if a.regions and a.regions[0].sheet == n), None)
        out.append({"number": n + 1, "label": page or f"第{n + 1}版", "src": f"pages/p{n + 1}.webp",
                    "thumb": f"pages/p{n + 1}-thumb.webp", "width": round(sheet.width / 72 * PAGE_DPI),
                    "height": round(sheet.height / 72 * PAGE_DPI), "links": links})
    return out
