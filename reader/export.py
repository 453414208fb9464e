"""Edition → the edition JSON of shared/eval/SCHEMA.md, and → the canonical text dump used by golden tests."""
from __future__ import annotations

import json

from .model import Edition, Role

SCHEMA = "reader.edition/1"


def to_dict(ed: Edition) -> dict:
    """The public edition JSON (reader.edition/1); extra keys: id, page, style, encoding, and for PDF pages
    sheets and each article's regions and pictures (their file names, sizes and boxes)."""
    arts = []
    for i, a in enumerate(ed.articles, 1):
        arts.append({
            "id": i,
            "kind": a.kind.value,
            "rubric": a.rubric,
            "kicker": a.kicker,
            "headline": a.headline,
            "subheadline": a.subheadline,
            "dateline": a.dateline,
            "bylines": list(a.bylines),
            "authors": list(a.authors),
            "paragraphs": list(a.paragraphs),
            "crossheads": list(a.crossheads),
            "captions": list(a.captions),
            "photo_credits": list(a.photo_credits),
            "page": a.page,
            "lines": [a.blocks[0].first_line, max(p.last_line for b in a.blocks for p in b.pieces)] if a.blocks else [],
        })
        if a.regions:  # read from a PDF: where the article stands on its printed pages, and its pictures
            arts[-1]["regions"] = [{"sheet": r.sheet, "box": list(r.box)} for r in a.regions]
            arts[-1]["pictures"] = [{"name": p.name, "media_type": p.media_type, "width": p.width,
                                     "height": p.height, "sheet": p.region.sheet, "box": list(p.region.box),
                                     "after": p.after, "rule": p.rule} for p in a.pictures]
    out = {"schema": SCHEMA, "source": ed.source, "paper": ed.paper, "paper_name": ed.paper_name, "date": ed.date,
           "language": ed.language, "style": ed.style, "encoding": ed.encoding, "articles": arts,
           "non_article": [b.text for b in ed.furniture]}
    if ed.sheets:
        out["sheets"] = [{"source": s.source, "page": s.index + 1, "width": s.width, "height": s.height}
                         for s in ed.sheets]
    return out


def to_json(ed: Edition) -> str:
    return json.dumps(to_dict(ed), ensure_ascii=False, indent=1) + "\n"


def to_text(ed: Edition) -> str:
    """One line per block: role, dump lines, text; articles headed by their kind. Stable and diffable."""
    out = [f"edition {ed.source} style={ed.style} encoding={ed.encoding}"]
    for i, a in enumerate(ed.articles, 1):
        extra = f" dateline={a.dateline!r}" if a.dateline else ""
        out.append(f"article {i} {a.kind.value}{extra} authors={','.join(a.authors) or '-'}")
        for b in a.blocks:
            lines = "+".join(f"{p.first_line}" if p.first_line == p.last_line else f"{p.first_line}-{p.last_line}"
                             for p in b.pieces)
            out.append(f"  {b.role.value:<12} {lines:<10} {b.text}")
    if ed.furniture:
        out.append("non_article")
        for b in ed.furniture:
            out.append(f"  {b.role.value:<12} {b.first_line:<10} {b.text}")
    return "\n".join(out) + "\n"


__all__ = ["to_dict", "to_json", "to_text", "Role"]
