"""A parse's record → the text `reader parse --explain` prints: every block's roles and rules, joins and moves."""
from __future__ import annotations

from .parse import Parsed
from .parse.assemble import reason
from .parse.ledger import DUMP

TEXT_CHARS = 40  # characters of a block's text shown on its line
SEAM_CHARS = 10  # characters either side of a wrap join shown


def _lines(parsed: Parsed, i: int) -> str:
    pieces = parsed.items[i].chunk.pieces
    first, last = pieces[0].first_line, pieces[-1].last_line
    return f"L{first}" if first == last else f"L{first}-{last}"


def _short(text: str) -> str:
    return text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS - 1] + "…"


def explain(parsed: Parsed) -> str:
    """Block by block: the dump lines, the first-pass role and rule, the second-pass role and rule, then each
    block it became after assembly (role, the rule that decided it, where it landed); then every wrap join with
    its rule and glue, and every move of an item between units and articles with its rule."""
    ledger = parsed.ledger
    landed: dict[int, list] = {}
    for ld in ledger.landings:
        landed.setdefault(ld.item, []).append(ld)
    out = [f"style={parsed.edition.style}",
           f"{'lines':<9} {'first pass':<26} {'second pass':<26} {'after assembly':<36} text"]
    for it in parsed.items:
        first = f"{it.first_role.value}({it.first_rule})"
        second = f"{it.role.value}({it.rule})"
        blocks = landed.get(it.index, [])
        for k, ld in enumerate(blocks):
            final = f"{ld.role.value}({ld.rule}) → {ld.place}"
            text = ld.text if len(blocks) > 1 else it.text  # a line split in two shows each part
            if k == 0:
                out.append(f"{_lines(parsed, it.index):<9} {first:<26} {second:<26} {final:<36} {_short(text)}")
            else:
                out.append(f"{'':<9} {'':<26} {'':<26} {final:<36} {_short(text)}")
    out.append(f"wrap joins: {len(ledger.joins)}")
    for j in ledger.joins:
        a, b = parsed.items[j.first].text.rstrip(), parsed.items[j.second].text.lstrip()
        seam = f"…{a[-SEAM_CHARS:]}|{b[:SEAM_CHARS]}…"
        out.append(f"  {_lines(parsed, j.first) + ' + ' + _lines(parsed, j.second):<14} {j.rule}, glued by {j.glue}  {seam}")
    moves = [m for m in ledger.moves if m.source != DUMP and not (m.source.startswith("unit")
                                                                and not m.target.startswith("unit"))]
    out.append(f"moves: {len(moves)}")
    for m in moves:
        out.append(f"  {_lines(parsed, m.item):<9} {m.source} → {m.target}  by {m.rule}  "
                   f"{_short(parsed.items[m.item].text)}")
    used = dict.fromkeys([it.first_rule for it in parsed.items] + [it.rule for it in parsed.items]
                         + [ld.rule for ld in ledger.landings] + [m.rule for m in moves]
                         + [r for j in ledger.joins for r in (j.rule, j.glue)])
    out.append("rules")
    out += [f"  {name:<26} {reason(name) or '?'}" for name in used]
    return "\n".join(out) + "\n"
