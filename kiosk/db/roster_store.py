"""Staff rows exactly as stored, for replacing the managers central sends (kiosk.sync.pull_managers).

kiosk.db.staff_store hands out members of the roles this version knows. Replacing the
managers must also see, and remove, rows of a role it does not know (a newer version or
central wrote them), so they are read here as stored, role and all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.db.models import StaffRow


@dataclass(frozen=True)
class StoredStaff:
    id: str
    name: str
    #: as stored: clerk, manager, or a role this version does not know
    role: str
    pin_hash: str
    #: the hash as central sent it; pin_hash may be the kiosk's rehash of it
    source_hash: str | None = None

    @property
    def central_hash(self) -> str:
        return self.source_hash or self.pin_hash


def stored_staff(session: Session) -> list[StoredStaff]:
    rows = session.execute(select(StaffRow.id, StaffRow.name, StaffRow.role, StaffRow.pin_hash, StaffRow.source_hash)
                           .order_by(StaffRow.id))
    return [StoredStaff(*row) for row in rows]


def remove_staff(session: Session, ids: Sequence[str]) -> None:
    if ids:
        session.execute(delete(StaffRow).where(StaffRow.id.in_(list(ids))))
