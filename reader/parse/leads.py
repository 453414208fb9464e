"""A printed line's glyphs → its run-in lead: the words opening it in another face (a title run into its text)."""
from __future__ import annotations

LEAD_MIN, LEAD_MAX = 2, 20  # characters of a run-in lead: a few words, a title's length at most
GAP = 0.5  # of the type size: a space, or white space this wide, ends the lead
MARKS = "■□●◆▲▎"  # … or a bullet, a square or a bar opening the text after it
ENDS = "—-：:〕】）)／▎"  # … as does a dash, a colon, a closing bracket, a slash or a bar set at its end (〔記者X／台北報導〕, （上接A1版）, 某國／, 周一▎)


def run_in_lead(glyphs) -> tuple[str, str] | None:
    """(text, face) of the words opening the line in a face of their own, set off by a space, a gap, a dash or a
    colon, before text in another face (澜青高速全线贯通 记者从…, the title in bold); None if the line opens in its
    text's face."""
    first = glyphs[0].face if glyphs else ""
    k = 0
    while k < len(glyphs) and glyphs[k].face == first and not glyphs[k].text.isspace():
        k += 1
    rest = [g for g in glyphs[k:] if not g.text.isspace()]
    if not LEAD_MIN <= k <= LEAD_MAX or not rest or sum(g.face != first for g in rest) < len(rest):
        return None
    gap = (glyphs[k].text.isspace() or glyphs[k].x0 - glyphs[k - 1].x1 >= GAP * glyphs[k].size
           or glyphs[k - 1].text in ENDS or glyphs[k].text in MARKS)  # 临江女排晋级四强——昨天…: a dash or a colon
    # ends it too, as does a square opening the text (某某发放到户■近日，…)
    return ("".join(g.text for g in glyphs[:k]), first) if gap else None
