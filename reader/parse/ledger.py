"""Assembly's moves → a ledger: where each item of the dump is, every move that took it there, every wrap join.

Every pass of the assembly moves items only through Ledger.move (or places them
with Ledger.place and Ledger.land), so that each move is recorded with its rule
and checked against where the item is; Ledger.check then proves that every
item landed exactly once, in an article or in the furniture. A broken promise
is an AssemblyError: a bug in reader, caught where it happens.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Role

DUMP = "dump"
FURNITURE = "furniture"


class AssemblyError(AssertionError):
    """The assembly lost, doubled or misplaced an item of the dump: a bug, never bad input."""


@dataclass(frozen=True)
class Move:
    """An item taken from one place to another (a unit, an article, the furniture) by a rule."""

    item: int
    source: str
    target: str
    rule: str


@dataclass(frozen=True)
class Join:
    """Two items joined into one paragraph across a wrap: why they were joined, and how (join_text's rule)."""

    first: int
    second: int
    rule: str
    glue: str


@dataclass(frozen=True)
class Landing:
    """A block an item became, where it ended (article N or the furniture) and the rule that gave its role."""

    item: int
    role: Role
    rule: str
    text: str
    place: str
    split_off: bool = False


@dataclass
class Ledger:
    """Where every item is now, and the record of how it got there."""

    items: int  # how many items the dump gave: 0 … items-1
    where: dict[int, str] = field(default_factory=dict)
    moves: list[Move] = field(default_factory=list)
    joins: list[Join] = field(default_factory=list)
    landings: list[Landing] = field(default_factory=list)
    by_item: dict[int, list[int]] = field(default_factory=dict)  # item → indices of its landings
    units: int = 0  # units named so far
    articles: int = 0  # draft articles named so far

    def new_unit(self) -> str:
        """A name for a new unit of the assembly."""
        self.units += 1
        return f"unit {self.units}"

    def place(self, items, unit: str, rule: str) -> None:
        """Items taken from the dump into their first unit."""
        for i in items:
            self.move(i, DUMP, unit, rule)

    def move(self, item: int, source: str, target: str, rule: str) -> None:
        """The one way an item changes place: recorded, and checked against where it is. The blocks it has
        already become go with it."""
        now = self.where.get(item, DUMP)
        if now != source:
            raise AssemblyError(f"item {item} moved by {rule} from {source}, but it is in {now}")
        if source == target:
            return
        self.where[item] = target
        self.moves.append(Move(item, source, target, rule))
        for k in self.by_item.get(item, ()):
            if self.landings[k].place == source:
                self.landings[k] = replace(self.landings[k], place=target)

    def land(self, item: int, source: str, place: str, role: Role, rule: str, text: str,
             split_off: bool = False) -> None:
        """An item (or a part of it: a kicker split off its headline) becomes a block in place; split_off: a part
        of an item (a headline's doubled text layer) goes to the furniture while the item lands elsewhere."""
        parts = [self.landings[k].text for k in self.by_item.get(item, ()) if self.landings[k].place == place]
        if parts and self.where.get(item) == place:  # the second part of a split line lands beside the first
            if text in parts:
                raise AssemblyError(f"item {item} landed twice in {place} as {text!r}")
        elif not split_off:
            self.move(item, source, place, rule)
        self.by_item.setdefault(item, []).append(len(self.landings))
        self.landings.append(Landing(item, role, rule, text, place, split_off))

    def relabel(self, item: int, place: str, role: Role, rule: str) -> None:
        """An item's block in place takes another role (a crosshead found to be its story's headline)."""
        for k in self.by_item.get(item, ()):
            if self.landings[k].place == place:
                self.landings[k] = replace(self.landings[k], role=role, rule=rule)

    def check(self) -> None:
        """Every item landed exactly once: it is in an article or in the furniture, and no block of one item
        went anywhere else."""
        missing = [i for i in range(self.items) if not self.where.get(i, DUMP).startswith(("article", FURNITURE))]
        if missing:
            raise AssemblyError(f"items {missing[:10]} never landed (last seen in {self.where.get(missing[0], DUMP)})")
        for ld in self.landings:
            if ld.place != self.where[ld.item] and not (ld.split_off and ld.place == FURNITURE):
                raise AssemblyError(f"item {ld.item} has a block in {ld.place} but is in {self.where[ld.item]}")
        stray = [i for i in self.where if not 0 <= i < self.items]
        if stray:
            raise AssemblyError(f"items {stray[:10]} are not the dump's")
        landed = {ld.item for ld in self.landings}
        unseen = [i for i in range(self.items) if i not in landed]
        if unseen:
            raise AssemblyError(f"items {unseen[:10]} are placed but became no block")
