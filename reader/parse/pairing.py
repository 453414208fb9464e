"""Units → pairs: each headline group bound to the body it heads, in the dump's orientation."""
from __future__ import annotations

from .ledger import Ledger
from .units import Unit, UnitKind, absorb, credit_only

Pair = tuple[Unit | None, Unit | None]


def orphans(core: list[Unit], backward: bool) -> int:
    """Units left without a partner when each headline group takes the body after it (before it, backward)."""
    seq = core[::-1] if backward else core
    n, waiting = 0, False
    for u in seq:
        if u.kind is UnitKind.TITLE:
            n += waiting
            waiting = True
        else:
            n += not waiting
            waiting = False
    return n + waiting


def pair(units: list[Unit], ledger: Ledger) -> list[Pair]:
    """Bind each headline group to a body: the one after it, or for dumps that print headlines after
    their bodies (seen in 人民日报 pages), the one before it; whichever leaves fewer orphans."""
    core = [u for u in units if u.kind is not UnitKind.BOX and not credit_only(u)]
    backward = orphans(core, True) < orphans(core, False)
    pairs: list[Pair] = []
    pending: Unit | None = None
    strays: list[Unit] = []
    for u in units[::-1] if backward else units:
        if u.kind is UnitKind.BOX:
            if pending:
                pairs.append((pending, None))
                pending = None
            pairs.append((u, None))
        elif u.kind is UnitKind.TITLE:
            if pending:
                pairs.append((pending, None))
            pending = u
        elif credit_only(u) and not pairs and not pending:
            strays.append(u)  # credits after the last headline group of a backward dump: no article's
        elif credit_only(u) and pairs and not pending:
            t, b = pairs[-1]
            if t is not None and t.kind is UnitKind.BOX:  # a box label takes no body: the credit is no article's
                pairs.append((None, u))
            elif b is not None:  # the credits close the story before them (after them, read backward)
                pairs[-1] = (t, absorb(ledger, b, u, "credit_closes_story", front=backward))
            else:
                pairs[-1] = (t, u)
        else:
            pairs.append((pending, u))
            pending = None
    if pending:
        pairs.append((pending, None))
    pairs += [(None, u) for u in strays]
    return pairs[::-1] if backward else pairs
