"""Checking the items of an online return at drop-off, one unit at a time (issue 18).

Each authorised unit is verified either by scanning the item's own barcode (the order line's
GTIN) or, when the item has no barcode or it cannot be read, by a member of staff who looks
at it and confirms by sight. A scanned barcode that matches no authorised line, or a line
already complete, is refused on the spot: that item is not part of this return. The case
records per line how it was verified; a line where any unit was confirmed by sight counts as
``staff_sight`` (the weaker of the two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from kiosk.workflow.errors import KioskError
from kiosk.workflow.scans import normalise_gtin

SCAN, STAFF_SIGHT = "scan", "staff_sight"


class ItemRefused(KioskError):
    """A scanned item cannot be taken for this return; the key says why."""

    default_key = "item_not_authorised"


@dataclass(frozen=True)
class ExpectedLine:
    """An authorised line to verify: how many units, and the barcode they carry (None: none known)."""

    line_id: str
    title: str
    quantity: int
    gtin: str | None = None


@dataclass
class Verification:
    lines: dict[str, ExpectedLine]
    scanned: dict[str, int] = field(default_factory=dict)
    by_sight: dict[str, int] = field(default_factory=dict)
    #: staff ids who confirmed by sight, per line (for the audit and the case)
    confirmed_by: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, lines: Iterable[ExpectedLine]) -> Verification:
        return cls({line.line_id: ExpectedLine(line.line_id, line.title, line.quantity, normalise_gtin(line.gtin))
                    for line in lines if line.quantity > 0})

    def verified(self, line_id: str) -> int:
        return self.scanned.get(line_id, 0) + self.by_sight.get(line_id, 0)

    def remaining(self, line_id: str) -> int:
        return self.lines[line_id].quantity - self.verified(line_id)

    @property
    def complete(self) -> bool:
        return all(self.remaining(line_id) == 0 for line_id in self.lines)

    def scan(self, barcode: str) -> str:
        """The line a scanned item belongs to, counted; ItemRefused when it belongs to none still open."""
        gtin = normalise_gtin(barcode)
        matching = [line for line in self.lines.values() if gtin is not None and line.gtin == gtin]
        if not matching:
            raise ItemRefused("this item is not part of the return", key="item_not_authorised")
        open_lines = [line for line in matching if self.remaining(line.line_id) > 0]
        if not open_lines:
            raise ItemRefused("every unit of this item is already checked", key="item_already_verified",
                              params={"title": matching[0].title})
        line_id = open_lines[0].line_id
        self.scanned[line_id] = self.scanned.get(line_id, 0) + 1
        return line_id

    def confirm_by_sight(self, line_id: str, staff_id: str) -> None:
        """Staff looked at one unit of the line and confirm it is the authorised item."""
        if line_id not in self.lines or self.remaining(line_id) <= 0:
            raise ItemRefused("nothing left to confirm on this line", key="item_already_verified",
                              params={"title": self.lines[line_id].title if line_id in self.lines else line_id})
        self.by_sight[line_id] = self.by_sight.get(line_id, 0) + 1
        self.confirmed_by.setdefault(line_id, []).append(staff_id)

    def verified_by(self, line_id: str) -> str | None:
        """How the line was verified, for the case: None until every unit is."""
        if line_id not in self.lines or self.remaining(line_id) > 0:
            return None
        return STAFF_SIGHT if self.by_sight.get(line_id) else SCAN

    def needs_staff(self, line_id: str) -> bool:
        """No barcode is known for the line: only staff can confirm it."""
        return self.lines[line_id].gtin is None
